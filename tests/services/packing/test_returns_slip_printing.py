"""The returns slip goes in the box with the packing slip when the merchant offers returns: packed through the
station facade on a real SQLite file to a folder printer, read back with pdftotext and zxing-cpp."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from helpers.bench_world import PIN, add_orders, build_floor
from helpers.decode import decode_pdf, pdf_text
from sqlalchemy import select

from packstation.app import Store, open_store
from packstation.config import Settings
from packstation.domain.vocabulary import SessionState
from packstation.services.packing.station import StationService
from packstation.services.views import SessionView
from packstation.store.db import transaction
from packstation.store.models import Customer, Merchant, Order, OrderLine, PrintJob


def pack(station: StationService, user_id: int, view: SessionView) -> None:
    """As a packer does: every unit, the box, each slip into the box, the label on it, close."""
    for _ in range(200):
        if view.state == SessionState.SCANNING:
            scan = view.active_line.barcode  # type: ignore[union-attr]
        elif view.state == SessionState.BOX:
            scan = "BENCH-BOX-M"
        elif view.state == SessionState.SLIPS and view.slips_expected:
            scan = sorted(view.slips_expected)[0]
        elif view.state == SessionState.VERIFY and view.labels_expected:
            scan = sorted(view.labels_expected)[0]
        elif view.can_close:
            station.close(view.session_id)
            return
        else:
            raise AssertionError(f"stuck at {view.state}: {view.blockers}")
        verdict, view = station.scan(view.session_id, scan)
        assert verdict.severity == "ok", verdict.message
    raise AssertionError("never closed")


def pack_to_verify(
    station: StationService, view: SessionView, until: SessionState = SessionState.VERIFY
) -> SessionView:
    """Items, box and slips, up to the step where the label is scanned on the box (or to `until`)."""
    for _ in range(50):
        if view.state == until:
            return view
        scan = {
            SessionState.SCANNING: lambda v: v.active_line.barcode,
            SessionState.BOX: lambda v: "BENCH-BOX-M",
            SessionState.SLIPS: lambda v: sorted(v.slips_expected)[0],
        }[view.state](view)
        view = station.scan(view.session_id, scan)[1]
    raise AssertionError(f"never reached the label check: {view.state} {view.blockers}")


def slip_station(tmp_path: Path, *, locale: str, currency: str, returns: bool) -> tuple[Store, StationService, int]:
    store = open_store(f"sqlite:///{tmp_path / 'station.db'}")
    floor = build_floor(store, skus=4)
    (order_id,) = add_orders(store, floor, 1, 2, quantity=2)
    with transaction(store.sessions) as db:
        merchant = db.get_one(Merchant, floor.merchant_id)
        merchant.returns_slip, merchant.returns_policy = returns, "Return within 14 days for a full refund."
        merchant.address_line1, merchant.postal_code, merchant.city, merchant.country = (
            "Lagerveien 2",
            "0580",
            "Oslo",
            "NO",
        )
        db.get_one(Customer, floor.customer_id).locale = locale
        order = db.get_one(Order, order_id)
        order.currency, order.carrier = currency, "postnord"
        for line in db.scalars(select(OrderLine).where(OrderLine.order_id == order_id)):
            line.unit_price = Decimal("1234.50")
    settings = Settings(
        db_url=f"sqlite:///{tmp_path / 'station.db'}", station=floor.stations[0], print_dir=tmp_path / "prints"
    )
    return store, StationService(store, settings), floor.packer_ids[0]


@pytest.mark.parametrize(
    ("locale", "currency", "words", "money", "date_format"),
    [
        (
            "nb_NO",
            "NOK",
            ["Returseddel", "Returner innen", "Feil størrelse", "Refusjonsbeløp"],
            "2 469,00 kr",
            "{d:02}.{m:02}.{y}",
        ),
        (
            "pl_PL",
            "PLN",
            ["Formularz zwrotu", "Zwróć do", "Zły rozmiar", "Kwota zwrotu"],
            "2 469,00 zł",
            "{d}.{m:02}.{y}",
        ),
        (
            "fi_FI",
            "EUR",
            ["Palautuslomake", "Palauta viimeistään", "Väärä koko", "Palautettava summa"],
            "2 469,00 €",
            "{d}.{m}.{y}",
        ),
    ],
)
def test_station_prints_the_returns_slip_in_the_customers_language(
    tmp_path: Path, locale: str, currency: str, words: list[str], money: str, date_format: str
) -> None:
    store, station, packer_id = slip_station(tmp_path, locale=locale, currency=currency, returns=True)
    try:
        user = station.sign_in("BENCH-P001", PIN)
        view = station.next_order(user.id)
        assert view is not None
        pack(station, packer_id, view)
        with store.sessions() as db:
            order = db.scalars(select(Order)).one()
            assert order.status == "closed"
            jobs = {j.document: j.status for j in db.scalars(select(PrintJob).where(PrintJob.order_id == order.id))}
    finally:
        store.dispose()
    assert jobs["returns_slip"] == jobs["packing_slip"] == "sent"
    (slip,) = (tmp_path / "prints").glob("returns_slip-*.pdf")
    (packing,) = (tmp_path / "prints").glob("packing_slip-*.pdf")
    text = " ".join(pdf_text(slip).split())
    for word in words:
        assert word in text, (locale, word, text)
    code = "RET-BENCH-BO000000"
    assert code in text
    assert money.replace("\u00a0", " ") in text.replace("\u00a0", " ").replace("\u202f", " "), text
    due = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=14)  # the merchant's 14 days, as the customer writes
    expected_date = date_format.format(d=due.day, m=due.month, y=due.year)
    assert f"{words[1]} {expected_date}" in text, (expected_date, text)
    assert (code, "]Q1") in decode_pdf(slip, dpi=150)
    assert "BO000000" in pdf_text(packing)


def test_no_returns_slip_when_the_merchant_offers_none(tmp_path: Path) -> None:
    store, station, packer_id = slip_station(tmp_path, locale="nb_NO", currency="NOK", returns=False)
    try:
        user = station.sign_in("BENCH-P001", PIN)
        pack(station, packer_id, station.next_order(user.id))  # type: ignore[arg-type]
    finally:
        store.dispose()
    assert list((tmp_path / "prints").glob("returns_slip-*.pdf")) == []
    assert len(list((tmp_path / "prints").glob("packing_slip-*.pdf"))) == 1


def test_a_reprint_prints_the_customer_documents_again_with_the_reason(tmp_path: Path) -> None:
    store, station, _ = slip_station(tmp_path, locale="fi_FI", currency="EUR", returns=True)
    try:
        user = station.sign_in("BENCH-P001", PIN)
        view = station.next_order(user.id)
        assert view is not None
        view = pack_to_verify(station, view)
        view = station.reprint(view.session_id, "Printer jam")
        with store.sessions() as db:
            jobs = sorted(
                (j.document, j.reason, j.status)
                for j in db.scalars(select(PrintJob))
                if j.document in ("packing_slip", "returns_slip")
            )
    finally:
        store.dispose()
    assert jobs == [
        ("packing_slip", "", "sent"),
        ("packing_slip", "Printer jam", "sent"),
        ("returns_slip", "", "sent"),
        ("returns_slip", "Printer jam", "sent"),
    ]
    slips = sorted((tmp_path / "prints").glob("returns_slip-*.pdf"))
    assert len(slips) == 2 and all("Palautuslomake" in pdf_text(p) for p in slips)
