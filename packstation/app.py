"""Composition root: settings -> engine (+ migrations) -> session factory. Real objects are built here only."""

from __future__ import annotations

from packstation.config import Settings
from packstation.store.database import Store, open_store

__all__ = ["Store", "open_store", "store_for"]


def store_for(settings: Settings, migrate: bool = True) -> Store:
    """The production database, or the isolated training database in demo mode."""
    return open_store(settings.demo_db_url if settings.demo else settings.db_url, migrate=migrate)
