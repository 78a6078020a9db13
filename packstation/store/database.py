"""An open database: the engine and the session factory every service takes (`Store`), and how one is opened."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

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
