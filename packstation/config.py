"""Typed settings from a TOML file plus environment overrides. Qt-free.

Precedence: defaults < TOML file (`--config PATH`, else the platform's config dir) < environment
(`PACKSTATION_DB_URL`, `PACKSTATION_STATION`, `PACKSTATION_PRINT_DIR`, `PACKSTATION_LANGUAGE`).
A bad value raises ConfigError naming the key and what is wrong.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "packstation"
LANGUAGES = ("en", "nb", "pl", "fi")


class ConfigError(Exception):
    """A configuration problem; the message names the file and key."""


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def default_db_url() -> str:
    return f"sqlite:///{default_data_dir() / 'packstation.db'}"


def default_demo_db_url() -> str:
    return f"sqlite:///{default_data_dir() / 'packstation-demo.db'}"


@dataclass(frozen=True)
class Settings:
    """Everything a station needs to start."""

    db_url: str = field(default_factory=default_db_url)
    station: str = "BENCH-01"
    language: str = "en"
    # Where PDF "printing" lands by default, and the printers of this bench.
    print_dir: Path = field(default_factory=lambda: default_data_dir() / "prints")
    label_printer: str = ""  # "" = PDF files in print_dir; "tcp://HOST:9100"; "system:NAME"
    document_printer: str = ""
    label_format: str = "pdf"  # pdf | zpl
    label_dpi: int = 203
    units: str = "metric"  # metric (cm/kg) | imperial (in/lb)
    # A connected scale: "" = the packer types the weight; "serial:///dev/ttyUSB0?protocol=mt-sics&baud=9600"
    # (see packstation/devices/serial_scale.py and docs/devices.md).
    scale: str = ""
    # A camera for the photo of each package: "" = none; "usb:" (the first USB camera), "usb:NAME";
    # "http://camera/snapshot.jpg" (an IP camera's snapshot URL). Photos land in photo_dir.
    camera: str = ""
    photo_dir: Path = field(default_factory=lambda: default_data_dir() / "photos")
    # Shipping rate tables per carrier service (JSON, format in resources/rates/sample.json: bands, dimensional
    # divisor, weight step); "" = the shipped sample. The box plan prices shipping with the order's service.
    rates_file: str = ""
    idle_sign_out_minutes: int = 15
    scan_max_key_gap_ms: int = 30  # a scan's typical (median) gap between keys is within this
    scan_prefix: str = ""  # characters the scanner is set to send before every code (taken off)
    scan_suffix: str = ""  # ... and after it, before the terminator (STX/ETX are always taken off)
    fnc1_substitute: str = ""  # a character some scanners send instead of ASCII 29
    demo: bool = False
    demo_db_url: str = field(default_factory=default_demo_db_url)
    # Where the lead's dashboard, drill-downs and timelines read: "" = db_url; a PostgreSQL streaming replica's
    # URL keeps leads' reports off the primary (docs/performance.md, "A read replica for the leads").
    report_db_url: str = ""
    demo_seed: int = 7
    sounds: bool = True
    large_text: bool = False
    # Where labels come from, per merchant / carrier / service (docs/integrations.md): "offline" (built-in
    # carriers), "karrio:NAME" (a [karrio.NAME] connection), an http(s) URL template or "folder:PATH".
    label_sources: dict[str, str] = field(default_factory=dict)
    karrio: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Orders in and shipments out without a command (`packstation serve`): a watched folder and an HTTP endpoint
    # ("HOST:PORT"; its token comes from PACKSTATION_INBOX_TOKEN), an outbox folder and a webhook
    # (PACKSTATION_WEBHOOK_TOKEN, if the receiver wants one).
    inbox_dir: str = ""
    inbox_listen: str = ""
    outbox_dir: str = ""
    webhook_url: str = ""
    # Box plans a packer can build: share of each unit's base that must rest on something (0 = off), and how much
    # heavier than the unit below a unit may be (fragile units never carry a heavier one).
    carton_min_support_pct: int = 70
    carton_heavy_on_light_g: int = 250

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes)


_ENV = {
    "PACKSTATION_DB_URL": "db_url",
    "PACKSTATION_STATION": "station",
    "PACKSTATION_PRINT_DIR": "print_dir",
    "PACKSTATION_LANGUAGE": "language",
    "PACKSTATION_LABEL_PRINTER": "label_printer",
    "PACKSTATION_SCALE": "scale",
    "PACKSTATION_CAMERA": "camera",
    "PACKSTATION_DEMO_DB_URL": "demo_db_url",
    "PACKSTATION_REPORT_DB_URL": "report_db_url",
}


def _coerce(source: str, key: str, value: Any, target: type | str) -> Any:
    kind = target if isinstance(target, str) else target.__name__
    if kind.startswith("dict"):
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: '{key}' must be a table, not {value!r}")
        inner_tables = "dict[str, Any]" in kind
        for name, item in value.items():
            if inner_tables and not isinstance(item, dict):
                raise ConfigError(f"{source}: '{key}.{name}' must be a table, not {item!r}")
            if not inner_tables and not isinstance(item, str):
                raise ConfigError(f"{source}: '{key}.{name}' must be text, not {item!r}")
        return dict(value)
    if "bool" in kind:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return value.lower() in ("1", "true", "yes", "on")
        raise ConfigError(f"{source}: '{key}' must be true or false, not {value!r}")
    if "int" in kind:
        if isinstance(value, bool):
            raise ConfigError(f"{source}: '{key}' must be a whole number, not {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{source}: '{key}' must be a whole number, not {value!r}") from None
    if "Path" in kind:
        if not isinstance(value, str | os.PathLike) or not str(value):
            raise ConfigError(f"{source}: '{key}' must be a folder path, not {value!r}")
        return Path(value).expanduser()
    if not isinstance(value, str):
        raise ConfigError(f"{source}: '{key}' must be text, not {value!r}")
    return value


def _validate(settings: Settings, sources: dict[str, str] | str) -> Settings:
    """Check the values; a problem names where that key came from (the file, the environment variable, or the
    built-in default), never a file that does not exist."""
    if isinstance(sources, str):
        return _check(settings, lambda _key: sources)  # type: ignore[return-value]
    return _check(settings, lambda key: sources.get(key, "built-in default"))


def _check(settings: Settings, src: Callable[[str], str]) -> Settings:
    if settings.language not in LANGUAGES:
        raise ConfigError(
            f"{src('language')}: 'language' must be one of {', '.join(LANGUAGES)}, not {settings.language!r}"
        )
    if settings.label_format not in ("pdf", "zpl"):
        raise ConfigError(f"{src('label_format')}: 'label_format' must be pdf or zpl, not {settings.label_format!r}")
    if settings.label_dpi not in (203, 300):
        raise ConfigError(f"{src('label_dpi')}: 'label_dpi' must be 203 or 300, not {settings.label_dpi}")
    if settings.units not in ("metric", "imperial"):
        raise ConfigError(f"{src('units')}: 'units' must be metric or imperial, not {settings.units!r}")
    for key in ("db_url", "demo_db_url"):
        url = getattr(settings, key)
        if not (url.startswith("sqlite") or url.startswith("postgresql")):
            raise ConfigError(f"{src(key)}: '{key}' must be a sqlite:/// or postgresql+psycopg:// URL, not {url!r}")
        if url.split("?")[0] in ("sqlite://", "sqlite:///:memory:", "sqlite:///"):
            raise ConfigError(
                f"{src(key)}: '{key}' is an in-memory database that keeps nothing; give a file, sqlite:///PATH"
            )
    if settings.report_db_url and not settings.report_db_url.startswith("postgresql"):
        raise ConfigError(
            f"{src('report_db_url')}: 'report_db_url' must be the postgresql+psycopg:// URL of a "
            f"replica of db_url, not {settings.report_db_url!r}"
        )
    if settings.rates_file and not Path(settings.rates_file).expanduser().is_file():
        raise ConfigError(f"{src('rates_file')}: 'rates_file' {settings.rates_file!r} is not a file")
    if not 0 <= settings.carton_min_support_pct <= 100:
        raise ConfigError(
            f"{src('carton_min_support_pct')}: 'carton_min_support_pct' must be 0 to 100, not {settings.carton_min_support_pct}"
        )
    if settings.carton_heavy_on_light_g < 0:
        raise ConfigError(f"{src('carton_heavy_on_light_g')}: 'carton_heavy_on_light_g' must not be negative")
    if settings.scale:
        from packstation.devices.serial_scale import parse_scale_uri

        try:
            parse_scale_uri(settings.scale)
        except ValueError as exc:
            raise ConfigError(f"{src('scale')}: 'scale': {exc}") from None
    if settings.camera and not settings.camera.startswith(("usb:", "http://", "https://")):
        raise ConfigError(
            f"{src('camera')}: 'camera' must be usb:, usb:NAME or an http:// snapshot URL, not {settings.camera!r}"
        )
    if not settings.station.strip():
        raise ConfigError(f"{src('station')}: 'station' must not be empty")
    if settings.webhook_url and not settings.webhook_url.startswith(("http://", "https://")):
        raise ConfigError(f"{src('webhook_url')}: 'webhook_url' must be an http(s) URL, not {settings.webhook_url!r}")
    if settings.inbox_listen and not _host_port(settings.inbox_listen):
        raise ConfigError(
            f"{src('inbox_listen')}: 'inbox_listen' must be HOST:PORT, e.g. 127.0.0.1:8765, not "
            f"{settings.inbox_listen!r}"
        )
    from packstation.domain.errors import ValidationError
    from packstation.domain.label_sources import check_spec

    for key, spec in settings.label_sources.items():
        try:
            check_spec(key, spec)
        except ValidationError as error:
            raise ConfigError(f"{src('label_sources')}: {error}") from None
        if spec.startswith("karrio:") and spec[7:] not in settings.karrio:
            raise ConfigError(
                f"{src('label_sources')}: label source for '{key}' names karrio connection '{spec[7:]}' but there "
                f"is no [karrio.{spec[7:]}] table"
            )
    return settings


def _host_port(text: str) -> tuple[str, int] | None:
    host, _, port = text.rpartition(":")
    return (host, int(port)) if host and port.isdigit() and 0 < int(port) < 65536 else None


def load_settings(config_path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then the TOML file (if it exists, or must exist when given), then the environment."""
    environ = dict(os.environ if environ is None else environ)
    explicit = config_path is not None
    path = config_path or default_config_path()
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    source = str(path)
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{source}: not valid TOML: {exc}") from None
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{source}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
        except OSError as exc:
            raise ConfigError(f"{source}: cannot read: {exc.strerror or exc}") from None
        # Accept a flat file or one [station] table (its tables, e.g. [station.karrio.x], belong to it).
        data = {**data.pop("station", {}), **data} if isinstance(data.get("station"), dict) else data
        for key, value in data.items():
            if key not in known:
                raise ConfigError(f"{source}: unknown key '{key}' (known: {', '.join(sorted(known))})")
            values[key] = _coerce(source, key, value, known[key])
            sources[key] = source
    elif explicit:
        raise ConfigError(f"{source}: config file not found")
    for env_key, name in _ENV.items():
        if environ.get(env_key):
            unsafe = next((c for c in environ[env_key] if ord(c) == 0 or 0xD800 <= ord(c) <= 0xDFFF), None)
            if unsafe is not None:
                raise ConfigError(f"environment {env_key}: holds a byte that is not UTF-8 text")
            values[name] = _coerce(f"environment {env_key}", name, environ[env_key], known[name])
            sources[name] = f"environment {env_key}"
    return _validate(Settings(**values), sources)
