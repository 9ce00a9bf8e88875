"""Persistent storage: SQLAlchemy models, Alembic migrations and the story repository."""
