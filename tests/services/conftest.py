"""Fixtures shared by the PackingService tests: one world built per module, copied per test (fast and isolated)."""

from __future__ import annotations

import pytest

from packstation.domain.ports import FixedClock
from packstation.services.packing.service import PackingService
from tests.helpers.packing_data import NOW, open_copy, world_template


@pytest.fixture(scope="module")
def template(tmp_path_factory):  # type: ignore[no-untyped-def]
    return world_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def packing_world(template, tmp_path):  # type: ignore[no-untyped-def]
    """(store, world, PackingService at BENCH-01 on a fixed clock) on a fresh copy of the module's world."""
    path, world = template
    store = open_copy(path, tmp_path)
    yield store, world, PackingService(store, "BENCH-01", FixedClock(NOW))
    store.dispose()
