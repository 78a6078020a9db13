"""Connected bench scales on a serial line (RS-232, USB-serial) through pyserial.

Configured like the printers, by a URI (`scale` in the settings):

- `serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600`: Mettler Toledo MT-SICS. The station sends `S` (send stable
  weight) and reads `S S     1.234 kg`; `S D` (dynamic), `S I` (busy), `S +` / `S -` (over/underload) are faults.
  Zero is `Z`, tare `T`.
- `serial:///dev/ttyUSB0?protocol=continuous`: the weight string most bench scales (CAS, Dibal, Avery and similar)
  send several times a second, e.g. `ST,GS,+  1.234 kg` (`ST` stable, `US` unstable, `OL` overload; `GS` gross,
  `NT` net). Zero and tare send `Z` and `T` unless the URI says otherwise (`&zero=...&tare=...`).
- `serial:///dev/ttyS0?protocol=pattern&pattern=REGEX`: any other scale: a regular expression with the named groups
  `weight` (required), `unit`, `sign` and `stable` (a reading counts as stable when the group matched text other than
  `US`/`D`/`M`), matched against each line. `&request=...` is sent before each read for scales that need a prompt.
- `baud`, `bytesize` (8), `parity` (N/E/O), `stopbits` (1/2) and `timeout` (seconds to wait for a stable reading,
  default 2) complete the URI. On Windows the port is `serial:///COM3?...`.

Only a stable reading counts: `read()` returns a `WeightReading` in grams or raises `ScaleError` (a `DomainError`
with code `scale_no_answer`, `scale_unstable`, `scale_overload`, `scale_negative`, `scale_empty` or
`scale_unreadable`) which `gui/messages.py` turns into words. The port is opened for each call and closed after it,
so a scale unplugged and plugged back in works on the next read.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from packstation.domain.errors import DomainError
from packstation.domain.ports import WeightReading

GRAMS_PER = {"g": 1.0, "kg": 1000.0, "lb": 453.59237, "lbs": 453.59237, "oz": 28.349523125, "t": 1_000_000.0}
PROTOCOLS = ("mt-sics", "continuous", "pattern")

# The continuous strings of CAS, Dibal, Avery and most Chinese bench scales: status, (gross/net,) signed weight, unit.
CONTINUOUS = re.compile(
    r"(?P<stable>ST|US|OL)\s*,\s*(?:(?:GS|NT|TR|GR)\s*,\s*)?(?:[0-9A-F]{1,2}\s*,\s*)?"
    r"(?P<sign>[+-])?\s*(?P<weight>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|g|lb|lbs|oz)?",
    re.IGNORECASE,
)
MT_SICS = re.compile(
    r"^\s*(?P<cmd>S|SI|T|TI)\s+(?P<status>[SDI+\-])(?:\s+(?P<sign>-)?\s*(?P<weight>\d+(?:\.\d+)?)"
    r"\s*(?P<unit>\S+)?)?\s*$"
)


class ScaleError(DomainError):
    """A scale that could not give a stable reading; the code says why (see the module docstring)."""


def _fault(code: str, message: str, **params: Any) -> ScaleError:
    return ScaleError(code, message, **params)


def to_grams(value: str, unit: str | None, sign: str | None = None) -> int:
    """'1.234', 'kg' -> 1234; an unknown unit is a fault (a scale set to counting mode, for instance)."""
    factor = GRAMS_PER.get((unit or "g").lower())
    if factor is None:
        raise _fault("scale_unreadable", f"the scale reports in {unit!r}, not g, kg, lb or oz", text=unit or "")
    grams = round(float(value.replace(",", ".")) * factor)
    return -grams if sign == "-" else grams


@dataclass(frozen=True)
class ScaleConfig:
    """What a `serial://` URI says."""

    port: str
    protocol: str = "mt-sics"
    baud: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: int = 1
    timeout: float = 2.0
    pattern: str = ""
    request: str = ""
    zero: str = "Z"
    tare: str = "T"
    extra: dict[str, str] = field(default_factory=dict)


def parse_scale_uri(uri: str) -> ScaleConfig:
    """`serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600` -> ScaleConfig; ValueError naming what is wrong."""
    parsed = urlparse(uri)
    if parsed.scheme != "serial":
        raise ValueError(f"scale {uri!r}: expected serial:///dev/ttyUSB0?protocol=mt-sics")
    port = unquote(parsed.path or "")
    if re.fullmatch(r"/COM\d+", port, re.IGNORECASE):  # serial:///COM3 on Windows
        port = port[1:]
    if not port:
        raise ValueError(f"scale {uri!r}: no serial port")
    query = {key: values[-1] for key, values in parse_qs(parsed.query, keep_blank_values=True).items()}
    protocol = query.pop("protocol", "mt-sics").lower()
    if protocol not in PROTOCOLS:
        raise ValueError(f"scale {uri!r}: protocol must be one of {', '.join(PROTOCOLS)}, not {protocol!r}")
    try:
        config = ScaleConfig(
            port=port,
            protocol=protocol,
            baud=int(query.pop("baud", 9600)),
            bytesize=int(query.pop("bytesize", 8)),
            parity=query.pop("parity", "N").upper()[:1],
            stopbits=int(query.pop("stopbits", 1)),
            timeout=float(query.pop("timeout", 2.0)),
            pattern=query.pop("pattern", ""),
            request=query.pop("request", ""),
            zero=query.pop("zero", "Z"),
            tare=query.pop("tare", "T"),
            extra=query,
        )
    except ValueError as exc:
        raise ValueError(f"scale {uri!r}: {exc}") from None
    if config.protocol == "pattern":
        if not config.pattern:
            raise ValueError(f"scale {uri!r}: protocol=pattern needs &pattern=REGEX with a (?P<weight>...) group")
        try:
            if "weight" not in re.compile(config.pattern).groupindex:
                raise ValueError(f"scale {uri!r}: the pattern needs a (?P<weight>...) group")
        except re.error as exc:
            raise ValueError(f"scale {uri!r}: bad pattern: {exc}") from None
    return config


class SerialScale:
    """A scale on a serial port. `read()` -> stable WeightReading or ScaleError; `zero()`, `tare()`."""

    locks_weight = True  # its reading is the package's weight; a typed one needs the merchant's leave or a lead

    def __init__(self, config: ScaleConfig | str) -> None:
        self.config = parse_scale_uri(config) if isinstance(config, str) else config
        self.uri = config if isinstance(config, str) else f"serial://{self.config.port}"

    # -- the line ---------------------------------------------------------------------------------------------------
    def _open(self) -> Any:
        import serial  # pyserial: only the device adapter needs it

        c = self.config
        try:
            return serial.serial_for_url(
                c.port,
                baudrate=c.baud,
                bytesize=c.bytesize,
                parity=c.parity,
                stopbits=c.stopbits,
                timeout=0.1,
                write_timeout=1.0,
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            raise _fault("scale_no_answer", f"scale port {c.port} cannot be opened: {exc}", port=c.port) from None

    def _lines(self, port: Any, deadline: float) -> Any:
        """Yield each complete line received until the deadline."""
        buffer = b""
        while time.monotonic() < deadline:
            chunk = port.read(64)
            if not chunk:
                continue
            buffer += chunk
            while b"\n" in buffer or b"\r" in buffer:
                cut = min(i for i in (buffer.find(b"\n"), buffer.find(b"\r")) if i >= 0)
                line, buffer = buffer[:cut], buffer[cut + 1 :]
                text = line.decode("ascii", "replace").strip("\x02\x03 \t")
                if text:
                    yield text

    def _no_answer(self) -> ScaleError:
        return _fault(
            "scale_no_answer",
            f"the scale on {self.config.port} did not answer within {self.config.timeout:g} s",
            port=self.config.port,
            seconds=self.config.timeout,
        )

    # -- reading ----------------------------------------------------------------------------------------------------
    def read(self) -> WeightReading:
        with self._open() as port:
            port.reset_input_buffer()
            if self.config.protocol == "mt-sics":
                return self._read_mt_sics(port)
            return self._read_stream(port)

    def _read_mt_sics(self, port: Any) -> WeightReading:
        deadline = time.monotonic() + self.config.timeout
        last_fault: ScaleError | None = None
        while time.monotonic() < deadline:
            port.write(b"S\r\n")
            answer = next(self._lines(port, min(deadline, time.monotonic() + max(self.config.timeout / 2, 0.5))), None)
            if answer is None:
                break
            match = MT_SICS.match(answer)
            if match is None:
                if answer.startswith(("ES", "ET", "EL")):
                    raise _fault("scale_unreadable", f"the scale refused the command: {answer}", text=answer)
                raise _fault("scale_unreadable", f"unexpected answer from the scale: {answer!r}", text=answer)
            status = match.group("status")
            if status == "+":
                raise _fault("scale_overload", "the scale is overloaded", text=answer)
            if status == "-":
                raise _fault("scale_negative", "the scale reads below zero: zero it with the pan empty", text=answer)
            if status in ("D", "I"):  # moving, or busy: ask again until the deadline
                last_fault = _fault("scale_unstable", "the weight did not settle", text=answer)
                continue
            return self._reading(match.group("weight") or "0", match.group("unit"), match.group("sign"))
        raise last_fault or self._no_answer()

    def _read_stream(self, port: Any) -> WeightReading:
        deadline = time.monotonic() + self.config.timeout
        pattern = re.compile(self.config.pattern) if self.config.protocol == "pattern" else CONTINUOUS
        if self.config.request:
            port.write(self.config.request.encode("ascii").decode("unicode_escape").encode("latin-1"))
        last_fault: ScaleError | None = None
        seen = False
        for line in self._lines(port, deadline):
            seen = True
            match = pattern.search(line)
            if match is None:
                last_fault = _fault("scale_unreadable", f"unexpected text from the scale: {line!r}", text=line)
                continue
            groups = match.groupdict()
            stable_flag = (groups.get("stable") or "ST").upper()
            if stable_flag == "OL":
                raise _fault("scale_overload", "the scale is overloaded", text=line)
            if stable_flag in ("US", "D", "M"):
                last_fault = _fault("scale_unstable", "the weight did not settle", text=line)
                continue
            try:
                return self._reading(groups["weight"], groups.get("unit"), groups.get("sign"))
            except ScaleError as exc:
                if exc.code != "scale_empty":
                    raise
                last_fault = exc  # nothing on the pan yet: the box may be on its way; keep listening
        if not seen:
            raise self._no_answer()
        raise last_fault or self._no_answer()

    def _reading(self, value: str, unit: str | None, sign: str | None) -> WeightReading:
        grams = to_grams(value, unit, sign)
        if grams < 0:
            raise _fault("scale_negative", f"the scale reads {grams} g: zero it with the pan empty", grams=grams)
        if grams == 0:
            raise _fault("scale_empty", "the scale reads 0 g: put the box on the scale", grams=0)
        return WeightReading(grams, True, "scale")

    # -- zero and tare ----------------------------------------------------------------------------------------------
    def _command(self, command: str, what: str) -> str:
        with self._open() as port:
            port.reset_input_buffer()
            port.write(command.encode("ascii") + b"\r\n")
            if self.config.protocol != "mt-sics":
                return f"{what} sent"
            answer = next(self._lines(port, time.monotonic() + self.config.timeout), None)
        if answer is None:
            raise self._no_answer()
        if answer.split()[1:2] in (["S"], ["A"]):
            return answer
        if answer.split()[1:2] == ["+"]:
            raise _fault("scale_overload", "the scale is overloaded", text=answer)
        if answer.split()[1:2] == ["-"]:
            raise _fault("scale_negative", "the scale reads below zero", text=answer)
        raise _fault("scale_unstable", f"the scale could not {what.lower()} (the pan was moving?)", text=answer)

    def zero(self) -> str:
        """Set zero with the pan empty (MT-SICS `Z` -> `Z A`)."""
        return self._command(self.config.zero, "Zero")

    def tare(self) -> str:
        """Tare what is on the pan (MT-SICS `T` -> `T S  0.120 kg`)."""
        return self._command(self.config.tare, "Tare")


def scale_for(uri: str) -> SerialScale | None:
    """The scale a setting names; "" means none (the packer types the weight)."""
    if not uri:
        return None
    return SerialScale(uri)
