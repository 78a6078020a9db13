"""`packstation slips` and `packstation export coupons` on a real SQLite file; the printed slip's barcode, scanned
back, passes the insertion check for its own order only."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.decode import decode_pdf_pages, pdf_text
from helpers.marketing_data import NOW, Shop, campaign_data, seed_shop

from packstation.cli import main
from packstation.domain.ports import FixedClock
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.marketing.service import MarketingService
from packstation.store.db import transaction
from packstation.store.models import Merchant


@pytest.fixture
def shop(sqlite_store) -> Shop:  # type: ignore[no-untyped-def]
    with transaction(sqlite_store.sessions) as session:
        shop = seed_shop(session)
        session.get(Merchant, shop.merchant_id).returns_slip = True  # type: ignore[union-attr]
    editor = CampaignEditorService(sqlite_store.sessions, clock=FixedClock(NOW))
    editor.save_campaign(
        campaign_data(
            shop,
            "hello",
            per_customer_limit=0,
            variants=[
                {
                    "name": "A",
                    "split": 100,
                    "texts": {
                        "en": {"headline": "Thank you, {first_name}!", "body": "Your code: {coupon}"},
                        "pl": {"headline": "Dziękujemy, {first_name}!", "body": "Twój kod: {coupon}"},
                        "nb": {"headline": "Takk, {first_name}!", "body": "Din kode: {coupon}"},
                    },
                }
            ],
        )
    )
    return shop


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_slips_preview_then_issue_then_scan_back(sqlite_store, sqlite_url: str, shop: Shop, tmp_path: Path) -> None:
    out = tmp_path / "slips.pdf"
    preview = run("slips", "A-Łukasz", "--out", str(out), "--db", sqlite_url)
    assert preview.exit_code == 0, preview.output  # type: ignore[attr-defined]
    assert "PREVIEW — NOT FOR THE BOX" in pdf_text(out)
    assert "preview (nothing issued)" in preview.output  # type: ignore[attr-defined]

    issued = run("slips", "PICK-A-Łukasz", "--out", str(out), "--issue", "--db", sqlite_url)
    assert issued.exit_code == 0, issued.output  # type: ignore[attr-defined]
    assert "'hello' (priority 0) matched: every customer" in issued.output  # type: ignore[attr-defined]
    service = MarketingService(sqlite_store.sessions, clock=FixedClock(NOW))
    slips = service.slips_for_order(shop.orders["A-Łukasz"])
    assert [s.kind for s in slips] == ["marketing", "returns"]
    text = pdf_text(out)
    assert "Dziękujemy, Łukasz!" in text and "Kod zwrotu" in text and "PREVIEW" not in text
    pages = decode_pdf_pages(out, dpi=300)
    scanned = [next(t for t, sym in page if sym == "]C0") for page in pages]
    assert scanned == [s.slip_code for s in slips]
    assert ("https://nordic.example/c/" + slips[0].coupon_code, "]Q1") in pages[0]  # type: ignore[operator]
    # The packer scans what was printed: it belongs to this order, not to another.
    assert not service.verify_slip_scan(shop.orders["A-Bjørn"], scanned[0]).ok
    assert all(service.verify_slip_scan(shop.orders["A-Łukasz"], code).ok for code in scanned)
    # A reprint shows the same codes.
    again = run("slips", "A-Łukasz", "--out", str(tmp_path / "again.pdf"), "--db", sqlite_url)
    assert again.exit_code == 0
    assert [next(t for t, s in p if s == "]C0") for p in decode_pdf_pages(tmp_path / "again.pdf", dpi=300)] == scanned


def test_slips_bad_input_names_what_is_wrong(sqlite_url: str, shop: Shop, tmp_path: Path) -> None:
    missing = CliRunner().invoke(main, ["slips", "NOPE-1", "--out", str(tmp_path / "x.pdf"), "--db", sqlite_url])
    assert missing.exit_code != 0 and "no order 'NOPE-1'" in missing.output
    no_dir = CliRunner().invoke(main, ["slips", "A-Alice", "--out", str(tmp_path / "no" / "x.pdf"), "--db", sqlite_url])
    assert no_dir.exit_code != 0 and "does not exist" in no_dir.output
    none = CliRunner().invoke(main, ["slips", "B-1", "--out", str(tmp_path / "b.pdf"), "--db", sqlite_url])
    assert none.exit_code != 0 and "gets no slip" in none.output and not (tmp_path / "b.pdf").exists()


def test_export_coupons_csv_and_json(sqlite_store, sqlite_url: str, shop: Shop, tmp_path: Path) -> None:
    service = MarketingService(sqlite_store.sessions, clock=FixedClock(NOW))
    codes = {s.coupon_code for ref in ("A-Alice", "A-Bjørn") for s in service.issue_slips(shop.orders[ref]).slips}
    out = tmp_path / "coupons.csv"
    result = run("export", "coupons", "--out", str(out), "--db", sqlite_url)
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["code"] for r in rows} == codes
    assert {(r["order_ref"], r["kind"]) for r in rows} >= {("A-Bjørn", "marketing"), ("A-Bjørn", "returns")}
    as_json = run("export", "coupons", "--format", "json", "--since", "2024-06-01", "--db", sqlite_url)
    assert {r["code"] for r in json.loads(as_json.output)} == codes  # type: ignore[attr-defined]
    later = run("export", "coupons", "--format", "json", "--since", "2024-06-02T00:00", "--db", sqlite_url)
    assert json.loads(later.output) == []  # type: ignore[attr-defined]
    bad = CliRunner().invoke(main, ["export", "coupons", "--since", "yesterday", "--db", sqlite_url])
    assert bad.exit_code != 0 and "'yesterday' is not a date" in bad.output
