"""Composition root: settings -> engine (+ migrations) -> session factory. Real objects are built here only."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from packstation.config import Settings
from packstation.store import db


@dataclass
class Store:
    """An open database: the engine and the session factory every service takes."""

    engine: Engine
    sessions: sessionmaker[Session]
    url: str

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str, migrate: bool = True) -> Store:
    """Open the database at `url` and bring its schema up to date (the app upgrades a SQLite file on start)."""
    db.check_url(url)
    engine = db.make_engine(url)
    if migrate:
        db.upgrade(engine)
    return Store(engine=engine, sessions=db.make_session_factory(engine), url=url)


def report_store_for(settings: Settings, store: Store) -> Store | None:
    """The store the lead's reports read when `report_db_url` names a replica (never migrated from here: a
    replica follows its primary); None when reports read `store` itself (no replica set, or demo mode)."""
    if settings.demo or not settings.report_db_url or db.same_database(settings.report_db_url, store.url):
        return None
    return open_store(settings.report_db_url, migrate=False)


def store_for(settings: Settings, migrate: bool = True) -> Store:
    """The production database, or the isolated training database in demo mode."""
    return open_store(settings.demo_db_url if settings.demo else settings.db_url, migrate=migrate)
