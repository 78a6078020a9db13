"""Scan parsing: turn what a keyboard-wedge scanner typed into a `Scan` value.

A scan may carry an AIM symbology prefix (`]C1`, `]E0`, `]d2`, `]Q3`), GS1 element strings with FNC1 sent as ASCII 29
(GS) or a configured substitute character, and a trailing CR/LF/Tab. GS1 grammar and check digits come from biip (a
maintained parser) rather than a hand-written table. `parse_scan` never raises: bad input becomes a `Scan` with an
`error` code, so nothing a scanner sends can crash the station.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from biip import ParseConfig, ParseError
from biip.checksums import gs1_standard_check_digit
from biip.gs1_messages import GS1Message
from biip.gtin import Gtin
from biip.sscc import Sscc

GS = "\x1d"
TERMINATORS = "\r\n\t"
COMMAND_PREFIX = "CMD-"
# Symbology identifiers whose data is GS1 element strings (GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR, DotCode).
GS1_SYMBOLOGIES = frozenset({"]C1", "]e0", "]e1", "]e2", "]d2", "]Q3", "]J1"})
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_DIGITS = re.compile(r"^[0-9]+$")
_GTIN_LENGTHS = (8, 12, 13, 14)


class ScanKind:
    """What a scan turned out to be (plain strings so they serialise into the journal)."""

    GTIN = "gtin"  # a bare GTIN-8/12/13/14 (EAN/UPC)
    GS1 = "gs1"  # GS1 element strings: (01) GTIN with (10) lot, (17) expiry, (21) serial, (30) count, ...
    SSCC = "sscc"  # a shipping container code, bare or as (00)
    CODE = "code"  # anything else: a SKU or vendor code, an order, tote, box, slip, label or badge barcode
    COMMAND = "command"  # a printed command barcode, CMD-UNDO etc.
    EMPTY = "empty"


class ScanError:
    """Why a scan could not be read as what it looked like."""

    BAD_CHECK_DIGIT = "bad_check_digit"
    BAD_GS1 = "bad_gs1"


@dataclass(frozen=True)
class Scan:
    """One scan, resolved as far as the barcode itself allows (no database involved)."""

    raw: str  # exactly what arrived, terminators included
    text: str = ""  # the data without AIM prefix and terminators; FNC1 normalised to GS
    symbology: str | None = None  # the AIM prefix, e.g. "]C1"
    kind: str = ScanKind.EMPTY
    gtin: str | None = None  # normalised to 14 digits, check digit valid
    sku_code: str | None = None  # the code as printed, for SKU/vendor and other non-GS1 codes
    lot: str | None = None  # AI (10)
    expiry: dt.date | None = None  # AI (17)
    best_before: dt.date | None = None  # AI (15)
    serial: str | None = None  # AI (21)
    sscc: str | None = None  # AI (00) or a bare 18-digit SSCC
    quantity: int = 1  # AI (30) count of items, else 1 (a case barcode's pack size is the catalogue's business)
    count_given: bool = False  # True when AI (30) was present
    command: str | None = None  # "UNDO" for CMD-UNDO
    error: str | None = None  # a ScanError value when the barcode is malformed
    error_detail: str = ""
    ais: tuple[tuple[str, str], ...] = field(default=())  # every element string, in order
    entry: str = "scanner"  # "typed": the packer typed the code from a damaged label

    @property
    def lookup_codes(self) -> tuple[str, ...]:
        """Catalogue codes to try, best first: the normalised GTIN, then the code as printed."""
        codes = [c for c in (self.gtin, self.sku_code, self.text) if c]
        return tuple(dict.fromkeys(codes))


def escape_control(text: str) -> str:
    """The scan as a journal can show it: control characters as <GS>, <CR>, \\xNN."""
    names = {"\x1d": "<GS>", "\r": "<CR>", "\n": "<LF>", "\t": "<TAB>"}
    out = []
    for ch in text:
        if ch in names:
            out.append(names[ch])
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)


def gtin13(company: str, item: int) -> str:
    """A GTIN-13 with a valid check digit (computed by biip, the GS1 reference): a company prefix and an item number
    (the demo and training catalogues number their items this way)."""
    payload = f"{company}{item:05d}"
    return payload + str(gs1_standard_check_digit(payload))


def gtin_check_digit_ok(digits: str) -> bool:
    """GS1 mod-10 check of a GTIN/SSCC-length digit string."""
    if not _DIGITS.match(digits) or len(digits) < 2:
        return False
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def normalise_gtin(code: str) -> str | None:
    """A GTIN-8/12/13/14 as 14 digits, or None if it is not one (wrong length or check digit)."""
    code = code.strip()
    if not _DIGITS.match(code) or len(code) not in _GTIN_LENGTHS:
        return None
    try:
        return Gtin.parse(code).as_gtin_14()
    except (ParseError, ValueError):
        return None


def _bare_gs1_with_gtin(body: str) -> bool:
    """AI (01) + 14 digits with a valid GTIN check digit, followed by more element strings."""
    return len(body) > 16 and body.startswith("01") and gtin_check_digit_ok(body[2:16])


def _strip(raw: str) -> str:
    text = raw
    while text and (text[-1] in TERMINATORS or text[-1] == " "):
        text = text[:-1]
    return text.lstrip(" \r\n\t")


def _gs1(text: str, symbology: str | None, raw: str, separators: tuple[str, ...]) -> Scan:
    config = ParseConfig(separator_chars=separators)
    try:
        if text.startswith("("):
            message = GS1Message.parse_hri(text, config=config)
        else:
            message = GS1Message.parse(text.lstrip(GS), config=config)
    except (ParseError, ValueError) as exc:
        return Scan(
            raw=raw,
            text=text,
            symbology=symbology,
            kind=ScanKind.GS1,
            sku_code=text,
            error=ScanError.BAD_GS1,
            error_detail=str(exc),
        )
    values: dict[str, object] = {}
    ais: list[tuple[str, str]] = []
    error: str | None = None
    detail = ""
    for element in message.element_strings:
        ai = element.ai.ai
        ais.append((ai, element.value))
        if ai in ("01", "02"):
            if element.gtin is None:
                error, detail = ScanError.BAD_CHECK_DIGIT, element.gtin_error or "bad GTIN"
            else:
                values.setdefault("gtin", element.gtin.as_gtin_14())
        elif ai == "00":
            if element.sscc is None:
                error, detail = ScanError.BAD_CHECK_DIGIT, element.sscc_error or "bad SSCC"
            else:
                values.setdefault("sscc", element.sscc.value)
        elif ai == "10":
            values.setdefault("lot", element.value)
        elif ai == "17":
            values.setdefault("expiry", element.date)
        elif ai == "15":
            values.setdefault("best_before", element.date)
        elif ai == "21":
            values.setdefault("serial", element.value)
        elif ai in ("30", "37"):
            try:
                values.setdefault("quantity", int(element.value))
            except ValueError:
                error, detail = ScanError.BAD_GS1, f"count {element.value!r} is not a number"
    kind = ScanKind.SSCC if "sscc" in values and "gtin" not in values else ScanKind.GS1
    quantity = values.pop("quantity", None)
    return Scan(
        raw=raw,
        text=text,
        symbology=symbology,
        kind=kind,
        quantity=int(quantity) if isinstance(quantity, int) and quantity > 0 else 1,
        count_given=quantity is not None,
        error=error,
        error_detail=detail,
        ais=tuple(ais),
        **values,  # type: ignore[arg-type]
    )


def parse_scan(text: str, *, fnc1_substitute: str = "") -> Scan:
    """Parse one scan as typed by a scanner; never raises.

    Bare digit strings of GTIN length are GTINs (a bad check digit is reported, and the code is kept in `sku_code` so
    an all-digit vendor code can still be looked up); GS1 symbologies, GS characters, `(01)...` text or digit strings
    starting with AI 00/01/02 are GS1 element strings; `CMD-...` is a command; anything else is a code as printed.
    """
    raw = text if isinstance(text, str) else str(text)
    body = _strip(raw)
    separators: tuple[str, ...] = (GS,)
    if fnc1_substitute and fnc1_substitute != GS:
        body = body.replace(fnc1_substitute, GS)
    symbology: str | None = None
    if _AIM.match(body):
        symbology, body = body[:3], body[3:]
    body = body.rstrip(GS)
    if not body:
        return Scan(raw=raw, symbology=symbology)
    if body.upper().startswith(COMMAND_PREFIX) and len(body) > len(COMMAND_PREFIX):
        return Scan(
            raw=raw,
            text=body,
            symbology=symbology,
            kind=ScanKind.COMMAND,
            sku_code=body,
            command=body[len(COMMAND_PREFIX) :].upper(),
        )
    digits = bool(_DIGITS.match(body))
    looks_gs1 = (
        symbology in GS1_SYMBOLOGIES
        or GS in body
        or (body.startswith("(") and re.match(r"^\(\d{2,4}\)", body) is not None)
        or (digits and len(body) >= 16 and body[:2] in ("00", "01", "02") and len(body) != 18)
    )
    if digits and len(body) in _GTIN_LENGTHS and symbology not in GS1_SYMBOLOGIES:
        gtin = normalise_gtin(body)
        if gtin is None:
            return Scan(
                raw=raw,
                text=body,
                symbology=symbology,
                kind=ScanKind.GTIN,
                sku_code=body,
                error=ScanError.BAD_CHECK_DIGIT,
                error_detail=f"check digit of {body} is wrong",
            )
        return Scan(raw=raw, text=body, symbology=symbology, kind=ScanKind.GTIN, gtin=gtin, sku_code=body)
    if digits and len(body) == 18 and symbology not in GS1_SYMBOLOGIES:
        if gtin_check_digit_ok(body):
            try:
                return Scan(
                    raw=raw,
                    text=body,
                    symbology=symbology,
                    kind=ScanKind.SSCC,
                    sscc=Sscc.parse(body).value,
                    sku_code=body,
                )
            except ParseError:
                pass
        return Scan(raw=raw, text=body, symbology=symbology, kind=ScanKind.CODE, sku_code=body)
    if looks_gs1:
        return _gs1(body, symbology, raw, separators)
    if _bare_gs1_with_gtin(body):
        # GS1 element strings sent without their AIM prefix (many scanners' default), starting with AI (01) and a
        # GTIN whose check digit is right: read as GS1 when they parse, else keep the code as printed.
        parsed = _gs1(body, symbology, raw, separators)
        if parsed.error is None:
            return parsed
    return Scan(raw=raw, text=body, symbology=symbology, kind=ScanKind.CODE, sku_code=body)
