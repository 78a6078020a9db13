"""Opening the training floor: the isolated demo database, generated from the seed on first use."""

from __future__ import annotations

from packstation.app import Store, open_store
from packstation.config import Settings
from packstation.domain.errors import ValidationError


def open_demo_store(settings: Settings, orders: int = 30) -> Store:
    """The demo database (`settings.demo_db_url`), filled from `settings.demo_seed` when empty.

    Refuses when the demo URL is the production URL, or when the database at it holds data but is not marked
    `app_meta.mode = demo`: training must never write into a real floor.
    """
    if settings.demo_db_url == settings.db_url:
        raise ValidationError("demo_is_production", "demo_db_url is the production database; training needs its own")
    from packstation.demo.generate import generate_demo_data, has_data
    from packstation.demo.scenario_build import is_demo_database

    store = open_store(settings.demo_db_url)
    try:
        if not has_data(store):
            generate_demo_data(store, orders=orders, seed=settings.demo_seed)
        with store.sessions() as db:
            if not is_demo_database(db):
                raise ValidationError("not_demo_database", f"{settings.demo_db_url} holds real data "
                                      "(app_meta mode is not demo); refusing to train in it")
    except BaseException:
        store.dispose()
        raise
    return store
