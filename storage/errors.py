"""Why the database cannot be used as configured, in words an operator can act on."""

from __future__ import annotations


class StorageError(Exception):
    """DATABASE_URL is wrong, the database is unreachable, or its schema does not fit."""


class SchemaOutOfDate(StorageError):
    """The schema is older than this code; ``concession-coach db upgrade`` fixes it."""
