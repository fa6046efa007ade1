"""SQL persistence for the coach: tables, migrations and the SqlStore (SQLite or PostgreSQL)."""
