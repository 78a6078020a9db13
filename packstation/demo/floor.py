"""Opening the training floor: the isolated demo database, generated from the seed on first use."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy.engine import make_url

from packstation.config import Settings, default_data_dir
from packstation.domain.errors import ValidationError
from packstation.store.database import Store, open_store
from packstation.store.db import same_database

TRAINING_PRINTS = "training-prints"


def demo_data_folder(settings: Settings) -> Path:
    """Where the training floor keeps its files: the demo SQLite file's folder (or the user data folder)."""
    url = make_url(settings.demo_db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().resolve().parent
    return default_data_dir()


def demo_settings(settings: Settings) -> Settings:
    """A station's settings turned into the training floor's, for every demo path (`--demo`, the Training menu, the
    commands): the demo database, and PDF files in `<demo data folder>/training-prints` as the only printers, never
    the bench's printers or its print folder; labels from the built-in carriers only (demo tracking numbers), and
    no inbox, outbox or webhook."""
    return dataclasses.replace(
        settings,
        demo=True,
        label_printer="",
        document_printer="",
        label_format="pdf",
        print_dir=demo_data_folder(settings) / TRAINING_PRINTS,
        label_sources={},
        karrio={},
        inbox_dir="",
        inbox_listen="",
        outbox_dir="",
        webhook_url="",
    )  # no carrier, shipping system, inbox or webhook from training


def check_demo_url(settings: Settings, url: str | None = None) -> str:
    """The demo database URL, refused when it reaches the production database (same file, same PostgreSQL
    database, however the URL is written)."""
    url = url or settings.demo_db_url
    if same_database(url, settings.db_url):
        raise ValidationError("demo_is_production", "demo_db_url is the production database; training needs its own")
    return url


def open_demo_store(settings: Settings, orders: int = 30) -> Store:
    """The demo database (`settings.demo_db_url`), filled from `settings.demo_seed` when empty.

    Refuses when the demo URL is the production URL, or when the database at it holds data but is not marked
    `app_meta.mode = demo`: training must never write into a real floor.
    """
    check_demo_url(settings)
    from packstation.demo.generate import generate_demo_data, has_data
    from packstation.services.training.training_orders import is_demo_database

    store = open_store(settings.demo_db_url)
    try:
        if not has_data(store):
            generate_demo_data(store, orders=orders, seed=settings.demo_seed)
        with store.sessions() as db:
            if not is_demo_database(db):
                raise ValidationError(
                    "not_demo_database",
                    f"{settings.demo_db_url} holds real data (app_meta mode is not demo); refusing to train in it",
                )
    except BaseException:
        store.dispose()
        raise
    return store
