"""SQLAlchemy tables of the vault, by area, and their Alembic migrations."""
