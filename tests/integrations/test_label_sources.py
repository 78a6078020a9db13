"""Labels from a carrier's API through karrio (a local server answering as EasyPost's test API does), from the
site's shipping system (HTTP URL template, hot folder), and the built-in offline carriers: each prints through the
station's queue, is verified on the box and ships; each failure reaches the packer in words and no order closes
without a label from a source that answered."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.domain.errors import DomainError
from packstation.domain.label_sources import Address as CarrierAddress
from packstation.domain.label_sources import (
    BoughtLabel,
    LabelRequest,
    LabelSourceError,
    check_bought_label,
    source_spec_for,
)
from packstation.domain.vocabulary import SessionState
from packstation.services.shipping.labels import LabelService
from packstation.store.models import Event, Label, Order
from tests.helpers.carrier_sandbox import ZPL_LABEL, EasyPostSandbox
from tests.helpers.decode import decode_zpl, require_zpl_renderer
from tests.helpers.local_http import LocalServer, json_answer, local_server
from tests.integrations.conftest import Site
from tests.services.packing.test_returns_slip_printing import pack, pack_to_verify

pytest.importorskip("karrio.sdk", reason="karrio is a test dependency (pip install -e '.[test]')")

KARRIO = {
    "sandbox": {
        "carrier": "easypost",
        "api_key_env": "EASYPOST_TEST_KEY",
        "services": {"standard": "easypost_usps_priority"},
    }
}


@pytest.fixture
def easypost(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[EasyPostSandbox, LocalServer]]:
    monkeypatch.setenv("EASYPOST_TEST_KEY", "EZTK-test-key")
    sandbox = EasyPostSandbox()
    with local_server(sandbox) as server:
        sandbox.base = server.url
        yield sandbox, server


def karrio_settings(server: LocalServer, **extra: object) -> dict[str, object]:
    karrio = {"sandbox": {**KARRIO["sandbox"], "server_url": f"{server.url}/v2", "timeout_s": 2, **extra}}
    return {"label_sources": {"postnord": "karrio:sandbox"}, "karrio": karrio, "label_format": "zpl"}


def _closed_with_label(site: Site) -> tuple[Order, Label]:
    with site.store.sessions() as db:
        order = db.scalars(select(Order)).one()
        label = db.scalars(select(Label)).one()
    return order, label


def test_a_karrio_carrier_label_is_bought_printed_as_sent_verified_and_voided_at_the_carrier(
    sqlite_site: Site, easypost: tuple[EasyPostSandbox, LocalServer], tmp_path: Path
) -> None:
    sandbox, server = easypost
    site = sqlite_site
    site.pack(1, **karrio_settings(server))
    order, label = _closed_with_label(site)
    assert order.status == "closed"
    assert label.source == "karrio:sandbox" and label.tracking_number.startswith("9400")
    assert label.external_id in sandbox.shipments and label.document_format == "zpl"
    (printed,) = (tmp_path / "prints").glob("label-*.zpl")
    assert printed.read_bytes() == ZPL_LABEL.format(tracking=label.tracking_number).encode()
    create = next(r for r in server.received if r.path == "/v2/shipments")
    assert create.headers["authorization"] == "Basic " + base64.b64encode(b"EZTK-test-key:").decode()
    sent = create.json()["shipment"]
    assert sent["reference"] == "BO000000" and sent["to_address"]["country"] == "SE"
    assert sent["from_address"]["city"] == "Oslo" and sent["options"]["label_format"] == "ZPL"
    require_zpl_renderer()
    (codes,) = decode_zpl(printed.read_text())
    assert label.tracking_number in {text for text, _ in codes}
    service = LabelService(site.store, site.settings.with_overrides(**karrio_settings(server)))
    service.void(label.id, "box crushed", user_id=None)
    assert sandbox.refunded == [label.external_id]


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("error", "refused the label for order BO000000: ADDRESS.VERIFY.FAILURE: Unable to verify address."),
        ("hang", "did not answer within 2 s"),
        ("garbage_label", "neither a PDF nor ZPL"),
        ("pdf", "sent a PDF label for order BO000000 but this bench's label printer takes ZPL"),
    ],
)
def test_a_carrier_that_fails_stops_the_label_step_in_words_and_the_order_cannot_close(
    sqlite_site: Site, easypost: tuple[EasyPostSandbox, LocalServer], mode: str, words: str
) -> None:
    sandbox, server = easypost
    sandbox.mode = mode
    site = sqlite_site
    station = site.station(**karrio_settings(server))
    user = station.sign_in("BENCH-P001", "1357")
    (order_id,) = _add_one(site)
    view = station.next_order(user.id)
    assert view is not None
    view = pack_to_verify(station, view, SessionState.LABEL)
    assert view.state == SessionState.LABEL and not view.labels_expected
    (problem,) = [p for p in station.print_queue() if p["document"] == "labels"]
    assert words in problem["last_error"]  # the print panel names the carrier and why
    with pytest.raises(DomainError, match="cannot close"):
        station.close(view.session_id)
    with site.store.sessions() as db:
        assert db.scalars(select(Label)).all() == []
        assert db.get_one(Order, order_id).status != "closed"
        journal = db.scalars(select(Event).where(Event.code == "label_source_failed")).all()
    assert journal and words in journal[-1].raw
    sandbox.mode = "ok"  # the carrier is back: F7 (print again) and the same bench ships it
    view = station.reprint(view.session_id, "carrier back")
    assert view.labels_expected
    pack(station, user.id, view)
    assert _closed_with_label(site)[0].status == "closed"


def _add_one(site: Site) -> list[int]:
    from tests.helpers.bench_world import add_orders

    return add_orders(site.store, site.floor, 1, 2)


def _shipping_system(answers: dict[str, object]) -> object:
    def respond(method: str, path: str, headers: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
        answer = answers.get(path.split("?")[0], json_answer(404, {"error": "no such label"}))
        return answer(headers) if callable(answer) else answer

    return respond


def test_the_sites_shipping_system_over_http_json_or_raw(
    sqlite_site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = sqlite_site
    monkeypatch.setenv("PACKSTATION_SHIPPING_SYSTEM_TOKEN", "wms-token")
    zpl = ZPL_LABEL.format(tracking="JJD000390007834561").encode()

    def json_label(headers: dict[str, str]):  # type: ignore[no-untyped-def]
        assert headers["authorization"] == "Bearer wms-token"
        return json_answer(
            200, {"tracking_number": "JJD000390007834561", "format": "zpl", "label": base64.b64encode(zpl).decode()}
        )

    raw = ZPL_LABEL.format(tracking="JJD000390007834578").encode()
    answers = {
        "/labels/BO000000/1": json_label,
        "/labels/BO000001/1": (
            200,
            {"Content-Type": "application/zpl", "X-Tracking-Number": "JJD000390007834578"},
            raw,
        ),
    }
    with local_server(_shipping_system(answers)) as wms:
        template = wms.url + "/labels/{order_ref}/{package_no}?format={format}"
        site.pack(2, label_sources={"BENCH/postnord": template}, label_format="zpl")
        assert [r.path for r in wms.received] == ["/labels/BO000000/1?format=zpl", "/labels/BO000001/1?format=zpl"]
    with site.store.sessions() as db:
        labels = {label.tracking_number: label for label in db.scalars(select(Label))}
        assert all(o.status == "closed" for o in db.scalars(select(Order)))
    assert set(labels) == {"JJD000390007834561", "JJD000390007834578"}
    assert labels["JJD000390007834578"].document == raw


def test_the_shipping_system_has_no_label_yet_or_refuses_the_token(sqlite_site: Site) -> None:
    site = sqlite_site
    answers: dict[str, object] = {"/labels/BO000000/1": json_answer(401, {"error": "bad token"})}
    with local_server(_shipping_system(answers)) as wms:
        station = site.station(
            label_sources={"postnord": wms.url + "/labels/{order_ref}/{package_no}"}, label_format="zpl"
        )
        user = station.sign_in("BENCH-P001", "1357")
        _add_one(site)
        view = pack_to_verify(station, station.next_order(user.id), SessionState.LABEL)  # type: ignore[arg-type]
        (problem,) = [p for p in station.print_queue() if p["document"] == "labels"]
        assert (
            "refused the station's credentials (HTTP 401; check PACKSTATION_SHIPPING_SYSTEM_TOKEN)"
            in (problem["last_error"])
        )
        answers.clear()
        view = station.reprint(view.session_id, "token fixed")
        (problem,) = [p for p in station.print_queue() if p["document"] == "labels"]
        assert "has no label for order BO000000 box 1 yet" in problem["last_error"]
        assert not view.labels_expected


def test_a_hot_folder_label_is_picked_up_by_order_reference_and_never_used_twice(
    sqlite_site: Site, tmp_path: Path
) -> None:
    site = sqlite_site
    folder = tmp_path / "labels"
    folder.mkdir()
    zpl = ZPL_LABEL.format(tracking="00340434161234567890").encode()
    (folder / "BO000000.zpl").write_bytes(zpl)
    (folder / "BO000000.txt").write_text("00340434161234567890\n", encoding="utf-8")
    site.pack(1, label_sources={"*": f"folder:{folder}"}, label_format="zpl")
    order, label = _closed_with_label(site)
    assert order.status == "closed" and label.tracking_number == "00340434161234567890"
    assert label.source == f"folder:{folder}" and label.external_id == "BO000000.zpl"
    # The same file offered for a reissue is refused: a second box must not carry the first one's label.
    service = LabelService(
        site.store, site.settings.with_overrides(label_sources={"*": f"folder:{folder}"}, label_format="zpl")
    )
    service.void(label.id, "torn", user_id=None)
    with pytest.raises(LabelSourceError, match="has used it before"):
        service.issue_labels(order.id)


def _request(fmt: str = "zpl") -> LabelRequest:
    here = CarrierAddress("Bench Goods", "Lagerveien 2", "", "0580", "Oslo", "", "NO")
    return LabelRequest("BENCH", "BO1", "postnord", "standard", 1, 1, 500, 300, 200, 100, here, here, fmt)


def test_which_source_a_package_uses_and_what_a_label_must_be() -> None:
    table = {"postnord": "karrio:pn", "BENCH/postnord:express": "folder:/x", "OTHER": "https://wms/{order_ref}"}
    assert source_spec_for(table, "BENCH", "postnord", "express") == "folder:/x"
    assert source_spec_for(table, "BENCH", "postnord", "standard") == "karrio:pn"
    assert source_spec_for(table, "OTHER", "postnord", "standard") == "https://wms/{order_ref}"
    assert source_spec_for(table, "BENCH", "bring", "standard") == "offline"
    with pytest.raises(LabelSourceError, match="without a usable tracking number"):
        check_bought_label(BoughtLabel("x", " ", b"^XA^XZ"), _request())
    with pytest.raises(LabelSourceError, match="no label document"):
        check_bought_label(BoughtLabel("x", "ABC123456"), _request())
    ok = check_bought_label(BoughtLabel("x", "ABC123456", b"%PDF-1.7 ..."), _request("pdf"))
    assert ok.document_format == "pdf"


def test_a_bad_label_source_setting_is_refused_with_the_key(tmp_path: Path) -> None:
    from packstation.config import ConfigError, load_settings

    config = tmp_path / "config.toml"
    config.write_text('[label_sources]\npostnord = "karrio:missing"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"names karrio connection 'missing' but there is no \[karrio.missing\]"):
        load_settings(config, environ={})
    config.write_text('[label_sources]\npostnord = "https://wms.example/labels"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="must contain {order_ref}"):
        load_settings(config, environ={})
    config.write_text(
        '[label_sources]\n"*" = "folder:/srv/labels"\n[karrio.dhl]\ncarrier = "dhl_express"\n'
        'password_env = "DHL_PASSWORD"\n',
        encoding="utf-8",
    )
    settings = load_settings(config, environ={})
    assert settings.label_sources == {"*": "folder:/srv/labels"}
    assert settings.karrio == {"dhl": {"carrier": "dhl_express", "password_env": "DHL_PASSWORD"}}
    assert json.dumps(settings.karrio).count("DHL_PASSWORD") == 1  # the name of the secret, never the secret


def test_carrier_rates_and_the_end_of_day_manifest_from_the_command_line(
    sqlite_site: Site, easypost: tuple[EasyPostSandbox, LocalServer], tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from packstation.cli import main

    _sandbox, server = easypost
    site = sqlite_site
    site.pack(1, **karrio_settings(server))
    config = tmp_path / "site.toml"
    config.write_text(
        f'db_url = "{site.settings.db_url}"\nlabel_format = "zpl"\n[label_sources]\n'
        f'postnord = "karrio:sandbox"\n[karrio.sandbox]\ncarrier = "easypost"\n'
        f'api_key_env = "EASYPOST_TEST_KEY"\nserver_url = "{server.url}/v2"\ntimeout_s = 5\n'
        'services = { standard = "easypost_usps_priority" }\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    rates = runner.invoke(main, ["--config", str(config), "carrier", "rates", "BO000000"])
    assert rates.exit_code == 0, rates.output
    assert rates.output.splitlines() == [
        "box 1: standard (easypost_usps_priority) 7.58 USD, 2 days",
        "box 1: easypost_usps_express 29.95 USD, 1 day",
    ]
    closed = runner.invoke(main, ["--config", str(config), "carrier", "manifest", "sandbox"])
    assert closed.exit_code == 1
    assert "this carrier has no end-of-day manifest through karrio" in closed.output
    unknown = runner.invoke(main, ["--config", str(config), "carrier", "manifest", "dhl"])
    assert "there is no [karrio.dhl] connection" in unknown.output
