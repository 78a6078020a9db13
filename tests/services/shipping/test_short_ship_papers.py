"""Issue 15.5: units a lead let ship short are not in the box, so they are not on the packing slip or the returns
slip (the customer's papers say what ships). Rendered to PDF and read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import subprocess

from sqlalchemy import select

from packstation.documents.packing_slip import render_packing_slip_pdf
from packstation.documents.returns_slip import render_returns_slip_pdf
from packstation.services.shipping import label_documents as docs
from packstation.store.db import transaction
from packstation.store.models.catalog import Merchant
from tests.helpers.packing_data import GTIN_MUG, LEAD_PIN, add_order


def _text(pdf: bytes, tmp_path, name: str) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_short_shipped_units_are_not_on_the_packing_slip_or_the_returns_slip(packing_world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    with transaction(store.sessions) as db:
        db.scalars(select(Merchant)).one().returns_slip = True
    order_id = add_order(store, world, "SS1", [("MUG", 3), ("TEA", 2)])
    view = service.claim(world.packer_id, "ORD-SS1")
    sid = view.session_id
    service.scan(sid, GTIN_MUG)
    service.scan(sid, GTIN_MUG)  # one mug and both teas are missing from the tote
    service.override(sid, "short_ship", world.lead_badge, LEAD_PIN, "last units broken on the shelf")
    with transaction(store.sessions) as db:
        facts = docs.load_order(db, order_id)
        slip = docs.packing_slip_data(db, facts, {})
        returns = docs.returns_slip_data(facts, dt.date(2026, 12, 6))
    assert [(line.sku, line.quantity) for line in slip.lines] == [("MUG", 2)]
    assert returns is not None and [(line.sku, line.quantity) for line in returns.lines] == [("MUG", 2)]
    packing_text = _text(render_packing_slip_pdf(slip), tmp_path, "packing")
    returns_text = _text(render_returns_slip_pdf(returns), tmp_path, "returns")
    for text in (packing_text, returns_text):
        assert "MUG" in text and "TEA" not in text


def test_a_fully_packed_order_lists_every_unit(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "SS2", [("MUG", 2)])
    # before packing (a preview) and after: what was ordered
    with transaction(store.sessions) as db:
        assert [(x.sku, x.quantity) for x in docs.packing_slip_data(db, docs.load_order(db, order_id), {}).lines] == [
            ("MUG", 2)
        ]
    view = service.claim(world.packer_id, "ORD-SS2")
    service.scan(view.session_id, GTIN_MUG)
    service.scan(view.session_id, GTIN_MUG)
    with transaction(store.sessions) as db:
        assert [(x.sku, x.quantity) for x in docs.packing_slip_data(db, docs.load_order(db, order_id), {}).lines] == [
            ("MUG", 2)
        ]
