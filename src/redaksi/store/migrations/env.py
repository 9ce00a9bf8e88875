"""Alembic environment: runs migrations on the engine Redaksi hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from redaksi.store.engine import normalise_url
from redaksi.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Migrate over the engine given in ``config.attributes`` (or ``sqlalchemy.url``)."""
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(normalise_url(config.get_main_option("sqlalchemy.url") or ""))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
