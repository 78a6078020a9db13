"""Returns in the box: one return code per package on every paper in it, a return label from the order's built-in
carrier (PDF and ZPL, read back as a scanner would), and the merchant's returns policy in the customer's language.
Packed through the station facade on a real SQLite file to a folder printer (and the label service on PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.bench_world import PIN, add_orders, build_floor
from helpers.decode import decode_pdf, decode_zpl, pdf_text
from sqlalchemy import select

from packstation.app import Store, open_store
from packstation.cli import main
from packstation.config import Settings
from packstation.domain.carriers import carrier_for, is_valid_s10
from packstation.services.marketing.service import MarketingService
from packstation.services.packing.station import StationService
from packstation.services.shipping.labels import LabelService
from packstation.store.db import transaction
from packstation.store.models import Customer, Merchant, Order, PrintJob, ReturnLabel
from tests.services.packing.test_returns_slip_printing import pack

POLICIES = {
    "nb": "Du kan returnere varene innen 14 dager.",
    "pl": "Możesz zwrócić towar w ciągu 21 dni.",
    "fi": "Voit palauttaa tuotteet 30 päivän kuluessa.",
}


def offer_returns(store: Store, merchant_id: int, customer_id: int, order_id: int, locale: str) -> None:
    with transaction(store.sessions) as db:
        merchant = db.get_one(Merchant, merchant_id)
        merchant.returns_slip = True
        merchant.returns_policy = "Return within 30 days for a full refund."
        merchant.returns_policies = POLICIES
        merchant.address_line1, merchant.postal_code, merchant.city, merchant.country = (
            "Lagerveien 2",
            "0580",
            "Oslo",
            "NO",
        )
        db.get_one(Customer, customer_id).locale = locale
        db.get_one(Order, order_id).carrier = "postnord"


@pytest.mark.parametrize("label_format", ["pdf", "zpl"])
def test_every_paper_in_the_box_carries_one_return_code_and_the_return_label_scans(
    tmp_path: Path, label_format: str
) -> None:
    """Whatever the label printer takes, the return label goes with the papers (PDF, document printer) so it can
    never be stuck on the box in place of the shipping label; `packstation label --return` writes it as ZPL too."""
    store = open_store(f"sqlite:///{tmp_path / 'station.db'}")
    floor = build_floor(store, skus=4)
    (order_id,) = add_orders(store, floor, 1, 2, quantity=1)
    offer_returns(store, floor.merchant_id, floor.customer_id, order_id, "nb_NO")
    settings = Settings(
        db_url=f"sqlite:///{tmp_path / 'station.db'}",
        station=floor.stations[0],
        print_dir=tmp_path / "prints",
        label_format=label_format,
    )
    station = StationService(store, settings)
    try:
        user = station.sign_in("BENCH-P001", PIN)
        pack(station, floor.packer_ids[0], station.next_order(user.id))  # type: ignore[arg-type]
        with store.sessions() as db:
            jobs = {j.document: (j.status, j.format, j.printer) for j in db.scalars(select(PrintJob))}
            row = db.scalars(select(ReturnLabel)).one()
        slips = MarketingService(store.sessions).slips_for_order(order_id)
    finally:
        store.dispose()
    assert jobs["return_label"] == ("sent", "pdf", jobs["returns_slip"][2])
    assert jobs["returns_slip"][0] == jobs["packing_slip"][0] == "sent"
    assert jobs["label"][1] == label_format
    code = row.return_code
    assert code == "RET-BENCH-BO000000"
    # The returns insert (marketing slip of kind returns) carries the same code as the slips: one code per box.
    assert [s.coupon_code for s in slips if s.kind == "returns"] == [code]
    prints = tmp_path / "prints"
    (returns_slip,) = prints.glob("returns_slip-*.pdf")
    (packing_slip,) = prints.glob("packing_slip-*.pdf")
    assert (code, "]Q1") in decode_pdf(returns_slip, dpi=150)
    assert (code, "]Q1") in decode_pdf(packing_slip, dpi=150)
    # The policy prints in the customer's language on both slips (not the English default).
    for pdf in (returns_slip, packing_slip):
        text = " ".join(pdf_text(pdf).split())
        assert POLICIES["nb"] in text and "full refund" not in text
    # The return label: the carrier's number (S10, from PostNord like the outbound label) and the return code.
    assert row.carrier == "postnord" and is_valid_s10(row.tracking_number)
    assert carrier_for("postnord").accepts(row.tracking_number)
    (label,) = prints.glob("return_label-*.pdf")
    text = " ".join(pdf_text(label).split())
    assert "RETURN of order BO000000" in text and "Lagerveien 2" in text
    assert decode_pdf(label) == [(row.tracking_number, "]C0"), (code, "]C0")]
    out = tmp_path / f"again.{label_format}"
    result = CliRunner().invoke(
        main, ["label", "BO000000", "--return", "--out", str(out), "--db", f"sqlite:///{tmp_path / 'station.db'}"]
    )
    assert result.exit_code == 0, result.output
    found = decode_pdf(out) if label_format == "pdf" else decode_zpl(out.read_text(encoding="utf-8"))[0]
    assert found == [(row.tracking_number, "]C0"), (code, "]C0")]  # the same label: made once


def test_return_label_is_made_once_and_differs_from_the_outbound_label(store: Store, tmp_path: Path) -> None:
    """On SQLite and PostgreSQL: issued once (a reprint shows the same number), never an outbound label's number,
    none for a merchant without returns, and refused in words for a carrier with no built-in stand-in."""
    floor = build_floor(store, skus=4)
    first, second, third = add_orders(store, floor, 3, 1, quantity=1)
    offer_returns(store, floor.merchant_id, floor.customer_id, first, "pl_PL")
    labels = LabelService(store)
    view = labels.issue_return_label(first)
    assert view is not None and labels.issue_return_label(first) == view
    assert view.return_code == "RET-BENCH-BO000000"
    pdf = labels.return_label(first, "pdf")
    assert pdf is not None and decode_pdf_bytes(pdf, tmp_path) == [
        (view.tracking_number, "]C0"),
        (view.return_code, "]C0"),
    ]
    with transaction(store.sessions) as db:
        db.get_one(Order, second).carrier = "no-such-carrier"
        db.get_one(Merchant, floor.merchant_id).returns_slip = False
    assert labels.issue_return_label(third) is None
    with transaction(store.sessions) as db:
        db.get_one(Merchant, floor.merchant_id).returns_slip = True
    with pytest.raises(Exception, match="unknown carrier 'no-such-carrier'"):
        labels.issue_return_label(second)


def decode_pdf_bytes(pdf: bytes, tmp_path: Path) -> list[tuple[str, str]]:
    path = tmp_path / "return_label.pdf"
    path.write_bytes(pdf)
    return decode_pdf(path)


def test_merchants_import_sets_returns_and_the_policy_per_language(store: Store, tmp_path: Path) -> None:
    from packstation.domain.importing import ImportRejected
    from packstation.services.shipping.label_documents import returns_policy_for
    from packstation.services.site.importing import import_file

    good = tmp_path / "merchants.csv"
    good.write_text(
        "merchant,name,address_line1,postal_code,city,country,returns_slip,returns_policy,"
        "returns_policy_nb,returns_policy_pl\n"
        "NORDIC,Nordic Roast,Lagerveien 2,0580,Oslo,NO,yes,Return within 30 days.,"
        "Retur innen 30 dager.,Zwrot w ciągu 30 dni.\n",
        encoding="utf-8",
    )
    assert import_file(store, "merchants", good).created == 1
    with store.sessions() as db:
        merchant = db.scalars(select(Merchant)).one()
        assert merchant.returns_slip and merchant.city == "Oslo"
        assert [returns_policy_for(merchant, loc) for loc in ("nb-NO", "pl_PL", "fi", "en")] == [
            "Retur innen 30 dager.",
            "Zwrot w ciągu 30 dni.",
            "Return within 30 days.",
            "Return within 30 days.",
        ]
    # Editing: a later file changes one language and leaves the others.
    good.write_text("merchant,returns_policy_fi\nNORDIC,Palautus 30 päivän kuluessa.\n", encoding="utf-8")
    assert import_file(store, "merchants", good).updated == 1
    with store.sessions() as db:
        merchant = db.scalars(select(Merchant)).one()
        assert merchant.returns_policies == {
            "nb": "Retur innen 30 dager.",
            "pl": "Zwrot w ciągu 30 dni.",
            "fi": "Palautus 30 päivän kuluessa.",
        }
    bad = tmp_path / "bad.csv"
    bad.write_text("merchant,name,returns_slip,currency\nNEWCO,,yes,NOK\nNORDIC,Nordic,maybe,NOKK\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as rejected:
        import_file(store, "merchants", bad)
    text = str(rejected.value)
    for expected in (
        "row 2",
        "returns_policy",
        "row 3",
        "returns_slip",
        "must be true or false",
        "currency",
        "at most 3",
    ):
        assert expected in text, (expected, text)


def test_sample_merchants_file_imports_after_the_sample_catalogue(sqlite_store: Store) -> None:
    from packstation.resources import resource_path
    from packstation.services.shipping.label_documents import returns_policy_for
    from packstation.services.site.importing import import_file

    import_file(sqlite_store, "catalog", resource_path("sample_data", "catalog.csv"))
    result = import_file(sqlite_store, "merchants", resource_path("sample_data", "merchants.csv"))
    assert (result.created, result.updated) == (0, 1)
    with sqlite_store.sessions() as db:
        merchant = db.scalars(select(Merchant)).one()
        assert merchant.returns_slip and returns_policy_for(merchant, "fi_FI").startswith("Palauta")
