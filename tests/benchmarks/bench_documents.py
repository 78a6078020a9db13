"""Document rendering per document: the 4x6 label (PDF at 203/300 dpi, ZPL), the packing slip, a marketing slip.

python -m tests.benchmarks.bench_documents [--n 30]
"""

from __future__ import annotations

import argparse
from decimal import Decimal

from packstation.documents.data import Address, LabelData, PackingSlipData, SlipLine
from packstation.documents.label import render_labels_pdf
from packstation.documents.packing_slip import render_packing_slip_pdf
from packstation.documents.zpl import render_label_zpl
from tests.benchmarks.harness import report, summary_ms, time_calls

TO = Address(name="Åsa Ødegård", line1="Løkkeveien 3", postal_code="0253", city="Oslo", country="NO")
FROM = Address(name="Nordly Outdoor AS", line1="Havnegata 1", postal_code="0150", city="Oslo", country="NO")
LABEL = LabelData(
    ship_from=FROM,
    ship_to=TO,
    carrier_code="postnord",
    carrier_name="PostNord",
    service="standard",
    tracking_number="00370712345678901234",
    sscc="376123450000000019",
    order_ref="BG-5001",
    weight_g=1234,
    length_mm=300,
    width_mm=200,
    height_mm=150,
    fragile=True,
)
SLIP = PackingSlipData(
    merchant_name="Nordly Outdoor AS",
    merchant_address=FROM,
    ship_to=TO,
    order_ref="BG-5001",
    order_date="2025-03-01",
    lines=tuple(
        SlipLine(f"SKU-{i}", f"Item number {i} with a longer description", 1 + i % 3, Decimal("19.90"))
        for i in range(12)
    ),
)


def marketing_slip() -> bytes:
    from packstation.documents.marketing_slip import SlipContent, render_slips_pdf

    return render_slips_pdf(
        [
            SlipContent(
                slip_code="MS-7F3K-2Q9P",
                kind="marketing",
                language="nb",
                merchant_name="Nordly Outdoor AS",
                headline="Takk, Åsa!",
                body="Her er 15 % på neste ordre med koden under.",
                coupon_code="NORDLY15",
                qr_data="https://example.invalid/r/MS-7F3K-2Q9P",
                order_ref="BG-5001",
            )
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30, help="renders per document")
    n = parser.parse_args(argv).n
    cases = [
        ("label PDF 203 dpi", lambda: render_labels_pdf([LABEL], dpi=203)),
        ("label PDF 300 dpi", lambda: render_labels_pdf([LABEL], dpi=300)),
        ("label ZPL 203 dpi", lambda: render_label_zpl(LABEL, dpi=203)),
        ("label ZPL 300 dpi", lambda: render_label_zpl(LABEL, dpi=300)),
        ("packing slip PDF A4, 12 lines", lambda: render_packing_slip_pdf(SLIP)),
    ]
    try:
        marketing_slip()
        cases.append(("marketing slip PDF A6", marketing_slip))
    except (ImportError, AttributeError, TypeError):
        pass
    rows = []
    for name, fn in cases:
        fn()  # warm: fonts and barcode tables load once per process
        s = summary_ms(time_calls(fn, n))
        rows.append((name, s["n"], s["p50"], s["p99"], s["max"]))
    report("Document rendering per document (ms)", ("document", "renders", "p50 ms", "p99 ms", "max ms"), rows)


if __name__ == "__main__":
    main()
