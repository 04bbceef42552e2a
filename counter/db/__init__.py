"""Storage: SQLAlchemy models on SQLite, Alembic migrations, short sessions."""
