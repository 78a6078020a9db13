"""Inserts that prove they work: the shop's used coupons imported (all or nothing, each problem named with its
row), and per campaign and variant the slips inserted, coupons redeemed, revenue and uplift on the holdout group
with its confidence interval; the losing variant stopped in one call; the inserts' cost counted.
On SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.insert_results import build_insert_world
from helpers.marketing_data import NOW
from sqlalchemy import func, select
from statsmodels.stats.proportion import confint_proportions_2indep

from packstation.app import Store
from packstation.cli import main
from packstation.domain.errors import ValidationError
from packstation.domain.importing import ImportRejected
from packstation.domain.ports import FixedClock
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.marketing.service import MarketingService
from packstation.services.site.importing import import_file
from packstation.store.models import CampaignHoldout, Coupon, Order, Redemption, Slip


def test_holdout_customers_get_no_slip_and_are_recorded(store: Store, tmp_path: Path) -> None:
    world = build_insert_world(store, tmp_path)
    with store.sessions() as db:
        held = set(db.scalars(select(CampaignHoldout.order_id)))
        slipped = set(db.scalars(select(Slip.order_id)))
    assert held and not held & slipped and held | slipped == set(world.orders)
    assert 10 <= len(held) <= 40  # 20 % of 120, drawn per customer
    # Issuing again neither adds a slip nor records the customer twice.
    marketing = MarketingService(store.sessions, clock=FixedClock(NOW))
    order_id = next(iter(held))
    assert marketing.issue_slips(order_id).slips == ()
    with store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(CampaignHoldout)) == len(held)


def test_redemptions_import_and_results_per_variant(store: Store, tmp_path: Path) -> None:
    world = build_insert_world(store, tmp_path)
    result = import_file(store, "redemptions", world.redemptions_csv)
    rows = len(world.redemptions_csv.read_text().splitlines()) - 1
    assert (result.rows, result.created) == (rows, rows)
    again = import_file(store, "redemptions", world.redemptions_csv)  # the same export twice: nothing new
    assert (again.created, again.unchanged) == (0, rows)
    editor = CampaignEditorService(store.sessions, clock=FixedClock(NOW))
    results = editor.results(world.campaign_id)
    a, b = results.variants
    assert results.holdout is not None
    with store.sessions() as db:
        verified = dict(
            db.execute(select(Slip.variant, func.count()).where(Slip.status == "verified").group_by(Slip.variant)).all()
        )
        held = db.scalar(select(func.count()).select_from(CampaignHoldout))
    assert (a.inserted, b.inserted, results.holdout.inserted) == (verified["A"], verified["B"], held)
    assert a.redeemed == rows and b.redeemed == 0
    assert a.revenue == Decimal("359.00") * rows
    assert a.redemption_rate == pytest.approx(rows / a.inserted)
    # Uplift: came-back share minus the holdout's, its interval from statsmodels (Newcombe).
    low, high = confint_proportions_2indep(
        a.came_back, a.inserted, results.holdout.came_back, held, method="newcombe", compare="diff"
    )
    assert a.uplift == pytest.approx(a.came_back / a.inserted - results.holdout.came_back / held)
    assert (a.uplift_low, a.uplift_high) == pytest.approx((low, high))
    assert a.uplift_low is not None and a.uplift_low > 0 and a.significant  # A clearly works
    assert b.uplift_low is not None and b.uplift_low < 0 < (b.uplift_high or 0)  # B: no better than no slip
    # Cost: 0.08 paper + 0.04 print per slip printed.
    assert a.cost == Decimal("0.12") * a.inserted and results.total_cost == Decimal("0.12") * (a.inserted + b.inserted)
    assert results.loser() == "B"
    spec = editor.stop_variant(world.campaign_id, "B")
    assert [(v.name, v.split) for v in spec.variants] == [("A", 100), ("B", 0)]
    assert editor.results(world.campaign_id).variants[1].stopped
    with pytest.raises(ValidationError, match="already stopped"):
        editor.stop_variant(world.campaign_id, "B")
    with pytest.raises(ValidationError, match="last one running"):
        editor.stop_variant(world.campaign_id, "A")


def test_bad_redemptions_file_imports_nothing_and_names_each_problem(sqlite_store: Store, tmp_path: Path) -> None:
    world = build_insert_world(sqlite_store, tmp_path, customers=20)
    with sqlite_store.sessions() as db:
        code, other = db.scalars(select(Coupon.code).order_by(Coupon.id).limit(2)).all()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "coupon;shop_order;amount;date\n"
        f"{code.lower().replace('-', '')};W-1;199,00;2024-05-20\n"  # as a shop may write it: fine
        "CB-NOPE-NOPE-NOPE;W-2;10;2024-05-20\n"
        f"{code};W-3;10;2024-05-20\n"
        f"{other};W-4;ten;2024-05-20\n"
        f"{other};;10;20.05.2024\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as rejected:
        import_file(sqlite_store, "redemptions", bad)
    text = str(rejected.value)
    for expected in (
        "row 3",
        "unknown coupon code 'CB-NOPE-NOPE-NOPE'",
        "row 4",
        f"coupon {code} is also used on row 2",
        "row 5",
        "amount",
        "must be a number like 12.50, not 'ten'",
        "row 6",
        "shop_order",
        "is required",
        "date",
        "ISO 8601",
    ):
        assert expected in text, (expected, text)
    with sqlite_store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Redemption)) == 0
    # Through the command line: the first row alone imports; then the same coupon on another shop order is refused.
    good = tmp_path / "good.csv"
    good.write_text(f"coupon,shop_order,amount,date\n{code},W-1,199.00,2024-05-20\n", encoding="utf-8")
    url = str(sqlite_store.engine.url)
    ok = CliRunner().invoke(main, ["import", "redemptions", str(good), "--db", url])
    assert ok.exit_code == 0, ok.output
    assert "1 rows; redemptions: 1 new" in ok.output
    good.write_text(f"coupon,shop_order,amount,date\n{code},W-9,199.00,2024-05-20\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["import", "redemptions", str(good), "--db", url])
    assert refused.exit_code == 1 and "already used on shop order W-1, not W-9" in refused.output
    with sqlite_store.sessions() as db:
        assert db.scalar(select(Coupon.redeemed_at).where(Coupon.code == code)) is not None
        assert db.scalar(select(func.count()).select_from(Order)) >= 20
    _ = world


def test_a_held_out_customer_is_held_out_once_per_the_customer_limit(sqlite_store: Store, tmp_path: Path) -> None:
    world = build_insert_world(sqlite_store, tmp_path)
    editor = CampaignEditorService(sqlite_store.sessions, clock=FixedClock(NOW))
    from packstation.domain.campaigns import campaign_to_dict

    editor.save_campaign(campaign_to_dict(editor.get_campaign(world.campaign_id)) | {"per_customer_limit": 1})
    with sqlite_store.sessions() as db:
        held = set(db.scalars(select(CampaignHoldout.customer_id)))
        later = db.scalars(select(Order.id).where(Order.external_ref.like("RE-%"), Order.customer_id.in_(held))).first()
    assert later is not None
    result = MarketingService(sqlite_store.sessions, clock=FixedClock(NOW)).issue_slips(later)
    assert result.slips == ()
    with sqlite_store.sessions() as db:
        assert (
            db.scalar(select(func.count()).select_from(CampaignHoldout).where(CampaignHoldout.order_id == later)) == 0
        )
