"""The ZPL II label: rendered offline (zpl-renderer-js), decoded, and parsed to prove hostile text stays text."""

from __future__ import annotations

import re

import pytest
from helpers.decode import decode_zpl
from hypothesis import given
from hypothesis import strategies as st

from packstation.documents.data import Address, LabelData
from packstation.documents.zpl import escape_field, render_label_zpl, render_labels_zpl, unescape_field
from packstation.domain.carriers import make_one_z, make_s10, make_sscc

MERCHANT = Address("Nordlys Outdoor AS", "Industriveien 4", "", "0580", "Oslo", "", "NO")
HOSTILE = [
    "^XA^FO0,0^GB800,800,800^FS^XZ",
    "~JR~JA reset me",
    "Line one\nLine two\r\n^XZ",
    "back\\slash_under^score~tilde",
    "Łucja Żółkiewska-Øvergård " * 12,  # ~300 characters
    "x" * 300,
]


def label(name: str, no: int = 1, count: int = 1, **extra: object) -> LabelData:
    fields: dict[str, object] = dict(
        ship_from=MERCHANT,
        ship_to=Address(name, "Storgata 1", "", "0155", "Oslo", "", "NO"),
        carrier_code="postnord",
        carrier_name="PostNord",
        service="standard",
        tracking_number=make_s10("CP", 2000 + no, "SE"),
        sscc=make_sscc("0614141", 700 + no),
        order_ref="SO-2002",
        package_no=no,
        package_count=count,
        weight_g=900,
        routing_code="NO-015",
    )
    fields.update(extra)
    return LabelData(**fields)  # type: ignore[arg-type]


def fields_of(zpl: str) -> list[tuple[str, str]]:
    """(command prefix, data) of every ^FD..^FS field."""
    return re.findall(r"(\^FO[^\^]*(?:\^[A-Z0-9@][^\^]*)*?)\^FD(.*?)\^FS", zpl, flags=re.S)


@pytest.mark.slow
def test_rendered_zpl_scans_one_label_per_package() -> None:
    labels = [
        label("Åsa Bäckström", 1, 3),
        label("Åsa Bäckström", 2, 3, fragile=True),
        label(
            "Åsa Bäckström",
            3,
            3,
            carrier_code="ups",
            carrier_name="UPS",
            tracking_number=make_one_z("PKS001", "03", 77),
        ),
    ]
    zpl = render_labels_zpl(labels, dpi=203)
    assert zpl.count("^XA") == zpl.count("^XZ") == 3
    decoded = decode_zpl(zpl, dpi=203)
    assert decoded == [[(d.tracking_number, "]C0"), ("(00)" + d.sscc, "]C1")] for d in labels]


@pytest.mark.slow
def test_rendered_zpl_scans_at_300_dpi() -> None:
    data = label("Jørgen Ødegård", hazmat_classes=("9",), this_side_up=True)
    zpl = render_label_zpl(data, dpi=300)
    assert "^BY3^BC" in zpl and "^BY6^BC" in zpl  # 0.25 mm and the GS1 logistics minimum at 300 dpi
    assert decode_zpl(zpl, dpi=300) == [[(data.tracking_number, "]C0"), ("(00)" + data.sscc, "]C1")]]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_escaped_field_data(name: str) -> None:
    zpl = render_label_zpl(label(name))
    assert zpl.startswith("^XA\n^CI28\n") and zpl.count("^XA") == 1 and zpl.count("^XZ") == 1
    assert "~" not in zpl  # no tilde command can hide anywhere
    assert all(ch == "\n" or 0x20 <= ord(ch) <= 0x7E for ch in zpl)
    commands = re.findall(r"\^([A-Z@][A-Z0-9@]?)", zpl)
    assert set(commands) <= {
        "XA",
        "CI",
        "PW",
        "LL",
        "LH",
        "FO",
        "A0",
        "FH",
        "FD",
        "FS",
        "GB",
        "FR",
        "BY",
        "BC",
        "PQ",
        "XZ",
    }
    texts = []
    for prefix, data in fields_of(zpl):
        if "^BC" in prefix:
            continue
        assert prefix.endswith("^FH"), prefix
        assert not re.search(r"[\^~\\]", data)
        texts.append(unescape_field(data))
    printed = " ".join(texts)
    cleaned = " ".join(name.split())
    assert cleaned[:20] in printed  # the name prints literally (controls as spaces), as much as fits


@pytest.mark.parametrize("name", ["Łucja Żółkiewska-Øvergård", "Jørgen Ødegård"])
def test_full_name_travels_intact(name: str) -> None:
    texts = [unescape_field(data) for prefix, data in fields_of(render_label_zpl(label(name))) if "^BC" not in prefix]
    assert name in texts


@given(st.text(max_size=60))
def test_escape_round_trips_and_leaves_only_safe_bytes(text: str) -> None:
    escaped = escape_field(text)
    assert re.fullmatch(r"[\x20-\x7e]*", escaped)
    assert not re.search(r"[\^~\\]", escaped)
    assert unescape_field(escaped) == text


def test_unsafe_barcode_payload_is_refused() -> None:
    with pytest.raises(ValueError):
        render_label_zpl(label("A", tracking_number=">;>8123"))
    with pytest.raises(ValueError):
        render_label_zpl(label("A", tracking_number="CP123^XZ"))


def test_demo_label_band() -> None:
    zpl = render_label_zpl(label("A", demo=True))
    texts = [unescape_field(d) for _, d in fields_of(zpl)]
    assert "DEMO — DO NOT SHIP" in texts
