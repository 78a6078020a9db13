"""Property: no sequence of scanner input crashes a pack session, and the books always balance."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from packstation.domain.barcodes import GS
from packstation.domain.errors import DomainError
from packstation.domain.ports import FixedClock
from packstation.domain.safe_text import unsafe_character
from packstation.domain.vocabulary import VerdictCode
from packstation.services.packing.service import PackingService
from packstation.store.db import transaction
from packstation.store.models.packing import Event, PackedUnit
from tests.helpers.packing_data import (
    GTIN_MILK,
    GTIN_MUG,
    GTIN_PHONE,
    GTIN_TEA,
    GTIN_TEA_CASE,
    add_order,
    open_copy,
    world_template,
)

KNOWN = [
    GTIN_MUG,
    GTIN_TEA,
    "]C101" + GTIN_TEA_CASE,
    "VND-SOCK-01",
    "]d201" + "0" + GTIN_PHONE + "21SN-1",
    "]C101" + "0" + GTIN_MILK + "17260101" + "10L1",
    "BOX-S",
    "BOX-M",
    "CMD-UNDO",
    "BADGE-L1",
    "ORD-F0",
    "4006381333932",
    "376130321109103420",
    "SLIP-1",
    "TRK-1",
    "",
]
noise = st.text(alphabet=st.sampled_from(list("0123456789]CdQE1()-|AZ x") + [GS, "\x00", "é", "\n"]), max_size=40)
scans = st.lists(st.one_of(st.sampled_from(KNOWN), noise, st.text(max_size=30)), min_size=1, max_size=12)
_orders = itertools.count()


@pytest.fixture(scope="module")
def fuzz_world(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("fuzz")
    path, world = world_template(folder)
    store = open_copy(path, folder)
    yield store, world, PackingService(store, "BENCH-01", FixedClock(dt.datetime(2025, 3, 1, tzinfo=dt.UTC)))
    store.dispose()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=scans, register=st.booleans())
def test_no_scanner_input_crashes_the_session(fuzz_world, texts: list[str], register: bool) -> None:  # type: ignore[no-untyped-def]
    store, world, service = fuzz_world
    ref = f"F{next(_orders)}"
    add_order(store, world, ref, [("MUG", 2), ("TEA", 6), ("MILK", 1, "L1")])
    view = service.claim(world.packer_id, f"ORD-{ref}")
    sid = view.session_id
    try:
        check(store, service, sid, texts, register)
    finally:
        service.suspend(sid, "next example")


def check(store, service: PackingService, sid: int, texts: list[str], register: bool) -> None:  # type: ignore[no-untyped-def]
    view = service.view(sid)
    refused = 0
    for n, text in enumerate(texts):
        if register and n == len(texts) // 2:
            service.register_slips(sid, ["SLIP-1"])
        if unsafe_character(text) is not None:  # NUL or a lone surrogate: refused in words, nothing written
            with pytest.raises(DomainError) as caught:
                service.scan(sid, text)
            assert caught.value.code == "unsafe_text"
            refused += 1
            continue
        verdict, view = service.scan(sid, text)
        assert verdict.code in {c.value for c in VerdictCode}
        assert verdict.event_id is not None and verdict.message
    for line in view.lines:
        assert 0 <= line.scanned <= line.ordered
    with transaction(store.sessions) as db:
        journaled = db.scalar(
            select(func.count(Event.id)).where(
                Event.session_id == sid,
                Event.kind.in_(("scan", "box", "slip", "verify")),
                Event.code != "slips_registered",
            )
        )
        units = db.scalar(select(func.coalesce(func.sum(PackedUnit.quantity), 0)).where(PackedUnit.session_id == sid))
    assert journaled == len(texts) - refused  # every scan that was taken has its journal row
    assert units == view.units_scanned
