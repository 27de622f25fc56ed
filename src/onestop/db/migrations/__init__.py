"""Alembic migrations of the vault schema (run by onestop.db.migrate, never by hand)."""
