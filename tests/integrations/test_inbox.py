"""Orders arrive without a command: a watched folder and a token-protected HTTP endpoint, both all-or-nothing
through the ordinary importer, idempotent by order reference, every refusal in words."""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.app import Store, open_store
from packstation.config import Settings
from packstation.domain.errors import DomainError
from packstation.resources import resource
from packstation.services.shipping.connect import InboxService
from packstation.services.site.importing import import_file
from packstation.store.models import Order

TOKEN = "s3cret-token-for-the-shop-0123"


@pytest.fixture
def catalogued(db_url: str) -> Iterator[Store]:
    store = open_store(db_url)
    import_file(store, "catalog", Path(str(resource("sample_data", "catalog.csv"))))
    yield store
    store.dispose()


def _orders(store: Store) -> list[str]:
    with store.sessions() as db:
        return sorted(db.scalars(select(Order.external_ref)))


def test_the_folder_imports_a_finished_file_and_moves_a_bad_one_aside_with_its_reasons(
    catalogued: Store, tmp_path: Path
) -> None:
    inbox_dir = tmp_path / "inbox"
    inbox_dir.mkdir()
    service = InboxService(catalogued, Settings(db_url="sqlite://", inbox_dir=str(inbox_dir)), environ={})
    good = json.loads(Path(str(resource("sample_data", "orders.json"))).read_text(encoding="utf-8"))
    (inbox_dir / "orders-0001.json").write_text(json.dumps(good), encoding="utf-8")
    bad = dict(
        good, orders=[dict(good["orders"][0], order_ref="BG-9999", lines=[{"sku": "BG-VASE-S", "quantity": "two"}])]
    )
    (inbox_dir / "orders-0002.json").write_text(json.dumps(bad), encoding="utf-8")
    (inbox_dir / ".orders-0003.json.part").write_text("{", encoding="utf-8")  # still being written

    assert service.poll_folder() == []  # first look: sizes noted, nothing taken before it has settled
    results = {r.file: r for r in service.poll_folder()}
    assert results["orders-0001.json"].ok and "2 new" in results["orders-0001.json"].message
    assert not results["orders-0002.json"].ok and "quantity" in results["orders-0002.json"].message
    assert _orders(catalogued) == ["BG-5101", "BG-5102"]  # the bad file imported nothing
    assert (inbox_dir / "done" / "orders-0001.json").is_file()
    reasons = (inbox_dir / "failed" / "orders-0002.json.error.txt").read_text(encoding="utf-8")
    assert "'two'" in reasons and "quantity" in reasons
    assert sorted(p.name for p in inbox_dir.iterdir() if p.is_file()) == [".orders-0003.json.part"]

    (inbox_dir / "orders-0004.json").write_text(json.dumps(good), encoding="utf-8")  # the same orders again
    service.poll_folder()
    (again,) = service.poll_folder()
    assert again.ok and "2 unchanged" in again.message and _orders(catalogued) == ["BG-5101", "BG-5102"]


def _post(
    url: str, body: bytes, *, token: str | None = TOKEN, content_type: str = "application/json"
) -> tuple[int, dict]:  # type: ignore[type-arg]
    headers = {"Content-Type": content_type}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_http_endpoint_imports_with_a_token_and_refuses_in_words(catalogued: Store) -> None:
    settings = Settings(db_url="sqlite://", inbox_listen="127.0.0.1:0")
    service = InboxService(catalogued, settings, environ={"PACKSTATION_INBOX_TOKEN": TOKEN})
    assert service.server is not None
    thread = threading.Thread(target=service.server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{service.server.server_address[1]}/orders"
    body = Path(str(resource("sample_data", "orders.json"))).read_bytes()
    try:
        assert _post(url, body, token=None)[0] == 401
        assert _post(url, body, token="guess")[0] == 401
        assert _orders(catalogued) == []
        status, answer = _post(url, b'{"orders": [{"merchant": "BORGEN"}]}')
        assert status == 422 and answer["imported"] is False
        assert answer["problems"] == [
            "request body, orders[0], column 'lines': an order needs a list of at least one line"
        ]
        assert _post(url, body, content_type="text/xml")[0] == 415
        status, answer = _post(url, body)
        assert status == 200 and answer["created"] == 2, answer
        status, answer = _post(url, body)  # the shop retries: nothing doubles
        assert status == 200 and answer["created"] == 0 and answer["unchanged"] == 2
        csv = Path(str(resource("sample_data", "orders.csv"))).read_bytes()
        status, answer = _post(url, csv, content_type="text/csv")
        assert status == 200 and answer["created"] >= 1, answer
    finally:
        service.server.shutdown()
        service.server.server_close()
    with catalogued.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Order)) == 2 + answer["created"]


def test_the_endpoint_needs_a_real_token(catalogued: Store) -> None:
    settings = Settings(db_url="sqlite://", inbox_listen="127.0.0.1:0")
    with pytest.raises(DomainError, match="PACKSTATION_INBOX_TOKEN"):
        InboxService(catalogued, settings, environ={"PACKSTATION_INBOX_TOKEN": "short"})
