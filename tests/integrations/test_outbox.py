"""Shipment confirmations: written by the close itself, delivered to a folder and a webhook, retried with back-off,
never lost and, with their Idempotency-Key, never taken twice; a failure is visible to the lead."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

from sqlalchemy import func, select

from packstation.domain.ports import FixedClock
from packstation.integrations.outbox_channels import FolderChannel, WebhookChannel
from packstation.services.shipping.connect import OutboxService, retry_delay_s
from packstation.store.db import transaction
from packstation.store.models import AppMeta, OutboxDelivery, OutboxMessage, Sku
from tests.helpers.local_http import json_answer, local_server
from tests.integrations.conftest import Site


def test_a_close_writes_one_confirmation_with_what_shipped(site: Site) -> None:
    (order_id,) = site.pack(1)
    with site.store.sessions() as db:
        (message,) = db.scalars(select(OutboxMessage)).all()
        skus = dict(db.execute(select(Sku.id, Sku.code)).all())
    payload = message.payload
    assert message.order_id == order_id and payload["event"] == "shipment_confirmed"
    assert payload["order_ref"] == "BO000000" and payload["merchant"] == "BENCH"
    assert payload["packer_badge"] == "BENCH-P001" and payload["station"] == site.floor.stations[0]
    (package,) = payload["packages"]
    assert package["tracking_numbers"] and package["sscc"] and "measured_weight_g" in package
    assert [(line["sku"], line["ordered"], line["shipped"]) for line in payload["lines"]] == [
        (code, 1, 1) for code in sorted(skus.values())[0:2]
    ]


def test_folder_and_webhook_each_get_it_once(site: Site, tmp_path: Path) -> None:
    site.pack(2)
    with local_server(lambda *_: json_answer(200, {"ok": True})) as shop:
        deliverer = OutboxService(site.store, [FolderChannel(tmp_path / "outbox"), WebhookChannel(shop.url)])
        assert deliverer.deliver_due() == 4
        assert deliverer.deliver_due() == 0  # nothing twice
    files = sorted((tmp_path / "outbox").glob("*.json"))
    assert [f.name.split("_")[1] for f in files] == ["BO000000", "BO000001"]
    assert not list((tmp_path / "outbox").glob(".*"))  # no half-written file left
    keys = [r.headers["idempotency-key"] for r in shop.received]
    assert len(keys) == len(set(keys)) == 2
    assert {json.loads(f.read_text())["idempotency_key"] for f in files} == set(keys)
    assert {r.json()["order_ref"] for r in shop.received} == {"BO000000", "BO000001"}


def test_a_refusing_hanging_or_dropping_webhook_is_retried_and_shown_to_the_lead(sqlite_site: Site) -> None:
    site = sqlite_site
    site.pack(1)
    clock = FixedClock(dt.datetime.now(dt.UTC))
    answers = iter(["refuse", "hang", "drop", "ok"])
    current = ["refuse"]

    def shop_says(*_: object):  # type: ignore[no-untyped-def]
        return {
            "refuse": json_answer(503, {"error": "maintenance"}),
            "hang": "hang",
            "drop": "drop",
            "ok": json_answer(200, {}),
        }[current[0]]

    with local_server(shop_says) as shop:
        deliverer = OutboxService(site.store, [WebhookChannel(shop.url, timeout_s=0.5)], clock=clock)
        errors = []
        for _ in range(3):
            current[0] = next(answers)
            assert deliverer.deliver_due() == 0
            status = deliverer.status()
            (problem,) = status.problems
            errors.append(problem.last_error)
            assert deliverer.deliver_due() == 0  # not again before its back-off
            clock.at = problem.next_attempt_at
        current[0] = next(answers)
        assert deliverer.deliver_due() == 1
    assert "HTTP 503" in errors[0] and "maintenance" in errors[0]
    assert "no answer" in errors[1] and "0.5 s" in errors[1]
    assert "broke" in errors[2] or "cannot reach" in errors[2]
    assert deliverer.status().problems == ()
    assert deliverer.status().counts == {"webhook": {"delivered": 1}}
    assert [retry_delay_s(n) for n in (1, 2, 3, 20)] == [5, 10, 20, 3600]


def test_two_deliverers_at_once_send_each_confirmation_once(site: Site) -> None:
    site.pack(6)
    with local_server(lambda *_: json_answer(200, {})) as shop:
        deliverers = [OutboxService(site.store, [WebhookChannel(shop.url)]) for _ in range(2)]
        for deliverer in deliverers:
            deliverer.start()
        done: list[int] = []
        failed: list[BaseException] = []

        def run(deliverer: OutboxService) -> None:
            try:
                done.append(deliverer.deliver_due())
            except BaseException as error:  # noqa: BLE001 - reported below
                failed.append(error)

        threads = [threading.Thread(target=run, args=(d,)) for d in deliverers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    keys = [r.headers["idempotency-key"] for r in shop.received]
    assert failed == []
    assert sum(done) == 6 and len(keys) == len(set(keys)) == 6


def test_a_new_channel_gets_confirmations_from_its_start_not_the_whole_history(
    sqlite_site: Site, tmp_path: Path
) -> None:
    site = sqlite_site
    site.pack(2)
    OutboxService(site.store, [FolderChannel(tmp_path / "a")]).deliver_due()
    with transaction(site.store.sessions) as db:  # the folder channel was set up before the webhook
        db.add(AppMeta(key="outbox_since:webhook", value=dt.datetime.now(dt.UTC).isoformat()))
    site.pack(1)
    with local_server(lambda *_: json_answer(200, {})) as shop:
        OutboxService(site.store, [FolderChannel(tmp_path / "a"), WebhookChannel(shop.url)]).deliver_due()
    assert [r.json()["order_ref"] for r in shop.received] == ["BO000002"]
    assert len(list((tmp_path / "a").glob("*.json"))) == 3


def test_training_never_confirms_a_shipment(sqlite_site: Site) -> None:
    site = sqlite_site
    with transaction(site.store.sessions) as db:
        db.add(AppMeta(key="mode", value="demo"))
    site.pack(1)
    with site.store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        assert db.scalar(select(func.count()).select_from(OutboxDelivery)) == 0
