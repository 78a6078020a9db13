"""`packstation export shipments --since TIME`: closed orders with packages and tracking numbers, CSV or JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from packstation.cli import CliContext, pass_cli
from packstation.cli.groups import export_group
from packstation.domain.safe_text import FIRST_YEAR, LAST_YEAR


class IsoTime(click.ParamType):
    """ISO 8601 date or time; without a zone it is UTC (the store's time)."""

    name = "TIME"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        try:
            parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            parsed = parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed
            parsed.astimezone(dt.UTC)  # a time a zone pushes out of Python's range fails here, not later
        except (ValueError, OverflowError):
            self.fail(
                f"{value!r} is not an ISO 8601 date or time like 2025-03-01 or 2025-03-01T06:00:00+01:00", param, ctx
            )
        if not FIRST_YEAR <= parsed.astimezone(dt.UTC).year <= LAST_YEAR:
            self.fail(f"{value!r} is outside {FIRST_YEAR}-{LAST_YEAR}", param, ctx)
        return parsed


@export_group.command("shipments")
@click.option("--since", required=True, type=IsoTime(), help="Orders closed at or after this time (UTC if no zone).")
@click.option("--until", type=IsoTime(), help="... and before this time (default: now).")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here (default: standard output).")
@click.option(
    "--separator",
    type=click.Choice(["comma", "semicolon", "tab"]),
    default=None,
    help="CSV separator (default: the one your language's spreadsheets expect: semicolon for nb, pl, fi).",
)
@click.option("--db", "db_url", help="Database URL (default: from the settings).")
@pass_cli
def export_shipments_command(
    cli: CliContext,
    since: dt.datetime,
    until: dt.datetime | None,
    fmt: str,
    out: Path | None,
    separator: str | None,
    db_url: str | None,
) -> None:
    """Shipments for the WMS or shop: order, packages, tracking numbers, weights, packer, station, times."""
    from packstation.app import open_store
    from packstation.documents.atomic import write_atomic
    from packstation.documents.csv_safe import locale_separator, separator_named
    from packstation.domain.errors import DomainError
    from packstation.services.shipping.exporting import export_shipments

    sep = separator_named(separator) if separator else locale_separator(cli.settings.language)
    store = open_store(cli.db_url(db_url))
    try:
        text = export_shipments(store, since, fmt, until, separator=sep)
    except DomainError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.dispose()
    if out is None:
        click.echo(text, nl=False)
        return
    try:  # a half-written export never replaces a good one
        write_atomic(out, text.encode("utf-8-sig" if fmt == "csv" else "utf-8"))
    except DomainError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {out}", err=True)
