"""Small SQL helpers shared by the store: dialect inserts and conflict detection."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

# Both dialects' inserts offer on_conflict_do_nothing / on_conflict_do_update.
Insert = Callable[[sa.Table], Any]

_PG_CONFLICTS = {"23505", "23503"}  # unique_violation, foreign_key_violation
_SQLITE_CONFLICTS = {
    "SQLITE_CONSTRAINT_UNIQUE",
    "SQLITE_CONSTRAINT_PRIMARYKEY",
    "SQLITE_CONSTRAINT_FOREIGNKEY",
}


def table(model: type) -> sa.Table:
    """The Core table of a SQLModel table class (statements here are Core, not ORM)."""
    return model.__table__  # type: ignore[attr-defined, no-any-return]


def insert_for(dialect_name: str) -> Insert:
    return pg_insert if dialect_name == "postgresql" else sqlite_insert


def is_conflict(exc: IntegrityError) -> bool:
    """A unique or foreign-key violation: another writer got there first.

    NOT NULL or CHECK violations are bugs, not races, and are not conflicts.
    """
    orig = exc.orig
    return (
        getattr(orig, "sqlstate", None) in _PG_CONFLICTS
        or getattr(orig, "sqlite_errorname", None) in _SQLITE_CONFLICTS
    )
