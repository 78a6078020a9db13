"""The marketing service on a real database: facts, issuing slips and coupons, stock fallback, apology, the
insertion check, returns slips."""

from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import dataclass
from decimal import Decimal

import pytest
from helpers.marketing_data import NOW, Shop, campaign_data, days_ago, seed_shop, texts
from sqlalchemy import select

from packstation.app import Store
from packstation.domain.campaigns import is_slip_code, is_valid_coupon_code
from packstation.domain.errors import DomainError, ValidationError
from packstation.domain.pins import hash_pin
from packstation.domain.ports import FixedClock
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.marketing.service import MarketingService
from packstation.services.shipping.label_documents import return_code
from packstation.store.db import transaction
from packstation.store.models import Campaign, Coupon, CustomerIncident, Merchant, Order, OrderLine, Slip
from packstation.store.models.people import User


@dataclass
class Env:
    store: Store
    shop: Shop
    marketing: MarketingService
    editor: CampaignEditorService


def make_env(store: Store) -> Env:
    with transaction(store.sessions) as session:
        shop = seed_shop(session)
    return Env(
        store,
        shop,
        MarketingService(store.sessions, clock=FixedClock(NOW)),
        CampaignEditorService(store.sessions, clock=FixedClock(NOW)),
    )


@pytest.fixture
def both(store: Store) -> Env:
    """On SQLite and PostgreSQL: for what touches locking, counting and unique codes."""
    return make_env(store)


@pytest.fixture
def env(sqlite_store: Store) -> Env:
    """SQLite only: for the choice logic, which is the same SQL on both."""
    return make_env(sqlite_store)


def test_customer_facts_combine_the_shops_history_with_orders_seen_here(both: Env) -> None:
    store, shop, marketing = both.store, both.shop, both.marketing
    with transaction(store.sessions) as session:  # an order packed here after the shop's last known order
        order = Order(
            merchant_id=shop.merchant_id,
            customer_id=shop.customers["Bjørn"],
            external_ref="A-old",
            order_barcode="PICK-A-old",
            total_value=Decimal("20.00"),
            placed_at=days_ago(5),
            status="closed",
        )
        order.lines.append(OrderLine(line_no=1, sku_id=session.scalar(select(OrderLine.sku_id).limit(1)), quantity=1))
        session.add(order)
    facts = marketing.customer_facts(shop.orders["A-Bjørn"])
    assert facts.orders_to_date == 4
    assert facts.lifetime_spend == Decimal("200.00")
    assert facts.last_order_at == days_ago(5)
    assert facts.days_since_last_order == 5
    assert facts.categories == {"coffee", "tea"}
    assert facts.order_categories == {"tea"}
    assert facts.locale == "nb-NO" and facts.merchant == "NORDIC"
    paivi = marketing.customer_facts(shop.orders["A-Päivi"])
    assert paivi.open_incidents == {"damaged"} and paivi.days_since_incident == 10


def test_issue_creates_a_coupon_and_a_slip_and_explains_why(both: Env) -> None:
    store, shop, marketing, editor = both.store, both.shop, both.marketing, both.editor
    vip = editor.save_campaign(campaign_data(shop, "VIP thanks", rule={"segment": "vip"}, coupon_prefix="VIP"))
    result = marketing.issue_slips(shop.orders["A-Łukasz"])
    (slip,) = result.slips
    assert slip.campaign_id == vip.id and slip.kind == "marketing" and slip.status == "printed"
    assert slip.locale == "en"  # no Polish text: English fallback, and it says so
    assert "lifetime_spend is 2150.00, rule >= 1000" in slip.explanation
    assert "language en (no pl-PL text)" in slip.explanation
    assert is_slip_code(slip.slip_code)
    assert slip.coupon_code and is_valid_coupon_code(slip.coupon_code, "VIP")
    with transaction(store.sessions) as session:
        coupon = session.scalars(select(Coupon)).one()
        assert (coupon.order_id, coupon.customer_id, coupon.campaign_id) == (
            shop.orders["A-Łukasz"],
            shop.customers["Łukasz"],
            vip.id,
        )
    # Issuing again returns the same slips: a reprint never draws new codes.
    again = marketing.issue_slips(shop.orders["A-Łukasz"])
    assert again.already_issued and again.slips == result.slips
    assert marketing.issue_slips(shop.orders["A-Alice"]).slips == ()


def test_per_customer_limit_counts_slips_on_earlier_orders(env: Env) -> None:
    store, shop, marketing, editor = env.store, env.shop, env.marketing, env.editor
    editor.save_campaign(campaign_data(shop, "welcome back", per_customer_limit=1))
    assert len(marketing.issue_slips(shop.orders["A-Bjørn"]).slips) == 1
    with transaction(store.sessions) as session:
        nxt = Order(
            merchant_id=shop.merchant_id,
            customer_id=shop.customers["Bjørn"],
            external_ref="A-next",
            order_barcode="PICK-A-next",
            placed_at=NOW,
        )
        session.add(nxt)
        session.flush()
        next_id = nxt.id
    result = marketing.issue_slips(next_id)
    assert result.slips == ()
    assert "'welcome back' already sent 1 time(s) to this customer (limit 1)" in result.notes


def test_stock_runs_out_falls_back_to_the_next_match_and_says_so(both: Env) -> None:
    shop, marketing, editor = both.shop, both.marketing, both.editor
    flyer = editor.save_campaign(campaign_data(shop, "flyer", priority=9, insert_stock=1))
    editor.save_campaign(campaign_data(shop, "postcard", priority=1))
    marketing.max_slips = 1
    first = marketing.issue_slips(shop.orders["A-Alice"])
    assert [s.campaign_name for s in first.slips] == ["flyer"]
    assert editor.get_campaign(flyer.id or 0).insert_stock == 0
    second = marketing.issue_slips(shop.orders["A-Bjørn"])
    assert [s.campaign_name for s in second.slips] == ["postcard"]
    assert "'flyer' matched but its insert stock ran out; fell back to the next match" in second.notes


def test_apology_after_an_incident_comes_first_and_is_sent_once(env: Env) -> None:
    store, shop, marketing, editor = env.store, env.shop, env.marketing, env.editor
    editor.save_campaign(campaign_data(shop, "summer sale", priority=100))
    sorry = editor.save_campaign(
        campaign_data(
            shop,
            "we are sorry",
            kind="apology",
            rule={"segment": "recent_incident"},
            variants=[
                {
                    "name": "A",
                    "split": 100,
                    "texts": {
                        "en": {"headline": "We are sorry, {first_name}", "body": "Here is {coupon}"},
                        "fi": {
                            "headline": "Olemme pahoillamme, {first_name}",
                            "body": "Tässä koodi {coupon}",
                        },
                    },
                }
            ],
        )
    )
    marketing.max_slips = 1
    (slip,) = marketing.issue_slips(shop.orders["A-Päivi"]).slips
    assert slip.campaign_id == sorry.id and slip.kind == "apology" and slip.locale == "fi"
    assert "open_incidents is {damaged}" in slip.explanation
    with transaction(store.sessions) as session:
        assert session.scalars(select(CustomerIncident.resolved)).all() == [True]
    (content,) = marketing.slip_documents(shop.orders["A-Päivi"])
    assert content.headline == "Olemme pahoillamme, Päivi"
    assert content.body == f"Tässä koodi {slip.coupon_code}"


def test_insertion_check(both: Env) -> None:
    store, shop, marketing, editor = both.store, both.shop, both.marketing, both.editor
    editor.save_campaign(campaign_data(shop, "hello", per_customer_limit=0))
    with transaction(store.sessions) as session:
        session.get(Merchant, shop.merchant_id).returns_slip = True  # type: ignore[union-attr]
    mine = marketing.issue_slips(shop.orders["A-Bjørn"]).slips
    theirs = marketing.issue_slips(shop.orders["A-Alice"]).slips
    assert [s.kind for s in mine] == ["marketing", "returns"]
    expected = tuple(s.slip_code for s in mine)
    assert tuple(s.slip_code for s in marketing.slips_for_order(shop.orders["A-Bjørn"])) == expected

    wrong = marketing.verify_slip_scan(shop.orders["A-Bjørn"], theirs[0].slip_code)
    assert not wrong.ok and wrong.code == "wrong_slip" and wrong.other_order_ref == "A-Alice"
    assert wrong.remaining == expected
    unknown = marketing.verify_slip_scan(shop.orders["A-Bjørn"], "4006381333931")
    assert not unknown.ok and "not a slip" in unknown.message

    ok = marketing.verify_slip_scan(shop.orders["A-Bjørn"], f" {expected[0].lower()}\n")
    assert ok.ok and ok.code == "slip_verified" and ok.remaining == expected[1:]
    assert marketing.verify_slip_scan(shop.orders["A-Bjørn"], expected[0]).ok  # a second scan is harmless
    with transaction(both.store.sessions) as session:
        session.add(User(name="Lee Lead", badge_code="BADGE-L9", role="lead", pin_hash=hash_pin("246810")))
    skipped = marketing.skip_slip(shop.orders["A-Bjørn"], expected[1], "BADGE-L9", "246810", reason="printer jam")
    assert skipped.status == "skipped"
    statuses = [s.status for s in marketing.slips_for_order(shop.orders["A-Bjørn"])]
    assert statuses == ["verified", "skipped"]


def test_returns_slip_carries_a_return_code_in_the_customers_language(env: Env) -> None:
    store, shop, marketing = env.store, env.shop, env.marketing
    with transaction(store.sessions) as session:
        session.get(Merchant, shop.merchant_id).returns_slip = True  # type: ignore[union-attr]
    (slip,) = marketing.issue_slips(shop.orders["A-Bjørn"]).slips
    assert slip.kind == "returns" and slip.locale == "nb" and slip.coupon_code
    # The order's one return code (the packing slip and returns slip print the same); 'ø' is no QR-safe character,
    # so this reference gives a stable digest rather than a shortened name another order could share.
    assert re.fullmatch(r"RET-[A-Z2-7]{20}", slip.coupon_code)
    with transaction(store.sessions) as session:
        merchant, order = session.get_one(Merchant, shop.merchant_id), session.get_one(Order, shop.orders["A-Bjørn"])
        assert return_code(merchant, order) == slip.coupon_code
    (content,) = marketing.slip_documents(shop.orders["A-Bjørn"])
    assert content.qr_data == slip.coupon_code
    assert content.body.startswith("Return within 30 days, free of charge.")
    assert f"Din returkode: {slip.coupon_code}" in content.body
    with transaction(store.sessions) as session:  # the returns campaign was created once, editable like others
        assert session.scalars(select(Campaign.kind)).all() == ["returns"]
    # Other merchants without the option get none.
    assert marketing.issue_slips(shop.orders["B-1"]).slips == ()


def test_preview_without_issuing(env: Env) -> None:
    store, shop, marketing, editor = env.store, env.shop, env.marketing, env.editor
    editor.save_campaign(
        campaign_data(
            shop,
            "nb only",
            variants=[
                {
                    "name": "A",
                    "split": 100,
                    "texts": {
                        "en": {"headline": "Hi {first_name}", "body": ""},
                        "nb": {"headline": "Hei {first_name}", "body": ""},
                    },
                }
            ],
        )
    )
    contents = marketing.slip_documents(shop.orders["A-Bjørn"])
    assert [(c.preview, c.headline, c.slip_code) for c in contents] == [(True, "Hei Bjørn", "PREVIEW")]
    with transaction(store.sessions) as session:
        assert session.scalars(select(Slip)).all() == [] and session.scalars(select(Coupon)).all() == []


def test_resolve_order(env: Env) -> None:
    shop, marketing = env.shop, env.marketing
    assert marketing.resolve_order("PICK-A-Alice") == shop.orders["A-Alice"]
    assert marketing.resolve_order("A-Alice") == shop.orders["A-Alice"]
    with pytest.raises(DomainError, match="no order 'nope'"):
        marketing.resolve_order("nope")


def test_save_refuses_an_invalid_campaign_and_stores_nothing(env: Env) -> None:
    shop, editor = env.shop, env.editor
    with pytest.raises(ValidationError, match=r"unknown placeholder \{frist_name\}"):
        editor.save_campaign(
            campaign_data(shop, "typo", variants=[{"name": "A", "split": 100, "texts": texts("Hi {frist_name}")}])
        )
    with pytest.raises(DomainError, match="no merchant 999"):
        editor.save_campaign(campaign_data(shop, "ghost", merchant_id=999))
    assert editor.list_campaigns() == ()


def test_edit_list_and_get(env: Env) -> None:
    shop, editor = env.shop, env.editor
    saved = editor.save_campaign(campaign_data(shop, "draft", priority=1))
    changed = editor.save_campaign({**campaign_data(shop, "renamed", priority=7), "id": saved.id})
    assert changed.id == saved.id and changed.priority == 7
    (summary,) = editor.list_campaigns(shop.merchant_id)
    assert summary.spec == editor.get_campaign(saved.id or 0) and summary.slips_printed == 0


def test_preview_for_sample_customers_and_the_queue(env: Env) -> None:
    shop, marketing, editor = env.shop, env.marketing, env.editor
    draft = campaign_data(
        shop,
        "coffee lovers",
        rule={"segment": "category_affinity", "params": {"category": "coffee"}},
        variants=[
            {"name": "A", "split": 50, "texts": texts("A for {first_name}")},
            {"name": "B", "split": 50, "texts": texts("B for {first_name}")},
        ],
    )
    samples = dict(editor.sample_customers(shop.merchant_id))
    assert set(samples.values()) >= {"Bjørn Ødegård", "Łukasz Wójcik"}
    rows = {r.customer_name: r for r in editor.preview(draft, list(samples))}
    bjorn = rows["Bjørn Ødegård"]
    assert bjorn.matched and bjorn.headline == f"{bjorn.variant} for Bjørn"
    assert "categories is {coffee, tea}, rule contains coffee" in bjorn.explanation
    assert bjorn.qr_data.startswith("https://nordic.example/c/")
    assert not rows["Łukasz Wójcik"].matched and "rule did not match" in rows["Łukasz Wójcik"].explanation
    queue = editor.orders_in_queue_matching(draft)
    assert [m.order_ref for m in queue] == ["A-Bjørn"]
    # Stable A/B: the preview's variant is the one the packed order gets.
    editor.save_campaign(draft)
    (issued,) = marketing.issue_slips(shop.orders["A-Bjørn"]).slips
    assert issued.variant == bjorn.variant


def test_export_coupons_since(both: Env) -> None:
    shop, marketing, editor = both.shop, both.marketing, both.editor
    editor.save_campaign(campaign_data(shop, "all", per_customer_limit=0))
    for ref in ("A-Alice", "A-Bjørn"):
        marketing.issue_slips(shop.orders[ref])
    rows = editor.export_coupons()
    assert [(r.order_ref, r.customer_ref, r.campaign, r.merchant) for r in rows] == [
        ("A-Alice", "C-Alice", "all", "NORDIC"),
        ("A-Bjørn", "C-Bjørn", "all", "NORDIC"),
    ]
    assert editor.export_coupons(since=NOW + dt.timedelta(seconds=1)) == ()


def test_the_last_insert_goes_to_one_order_only_when_two_benches_issue_at_once(both: Env) -> None:
    shop, marketing, editor = both.shop, both.marketing, both.editor
    flyer = editor.save_campaign(campaign_data(shop, "last flyer", insert_stock=1))
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def bench(ref: str) -> None:
        barrier.wait()
        results[ref] = marketing.issue_slips(shop.orders[ref])

    threads = [threading.Thread(target=bench, args=(ref,)) for ref in ("A-Alice", "A-Bjørn")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2  # both benches got an answer: neither failed nor was held
    slips = [s for r in results.values() for s in r.slips]  # type: ignore[attr-defined]
    assert len(slips) == 1 and slips[0].campaign_name == "last flyer"
    assert editor.get_campaign(flyer.id or 0).insert_stock == 0
