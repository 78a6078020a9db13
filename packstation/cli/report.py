"""`packstation report`: the shift report for a date range as PDF (charts + tables) or CSV (formula-safe).

Reports are for real figures: a demo (training) database is refused unless `--demo` is given, and then the report
is stamped TRAINING.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from packstation.cli import CliContext, main, pass_cli
from packstation.domain.safe_text import FIRST_YEAR, LAST_YEAR


def parse_when(text: str, tz: dt.tzinfo, *, end: bool, hint: str = "") -> dt.datetime:
    """`2024-05-06` (a whole day: its start, or the next day's start for --to) or `2024-05-06T14:00`."""
    text = text.strip()
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            if end:
                day += dt.timedelta(days=1)
            moment = dt.datetime.combine(day, dt.time(), tzinfo=tz).astimezone(dt.UTC)
        else:
            moment = dt.datetime.fromisoformat(text)
            moment = (moment if moment.tzinfo else moment.replace(tzinfo=tz)).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise click.BadParameter(
            f"{text!r} is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM) between {FIRST_YEAR} and {LAST_YEAR}",
            param_hint=hint or None,
        ) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise click.BadParameter(f"{text!r} is outside {FIRST_YEAR}-{LAST_YEAR}", param_hint=hint or None)
    return moment


def _zone(name: str | None) -> dt.tzinfo:
    if not name:
        return dt.datetime.now().astimezone().tzinfo or dt.UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(f"unknown time zone {name!r} (e.g. Europe/Oslo, UTC)", param_hint="--tz") from None


@main.command("report")
@click.option("--from", "date_from", required=True, metavar="DATE", help="First day (YYYY-MM-DD) or a start time.")
@click.option("--to", "date_to", required=True, metavar="DATE", help="Last day, included (or an end time).")
@click.option("--station", "stations", multiple=True, metavar="S", help="Only this station (repeat for more).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "pdf"]),
    default=None,
    help="Output format (default: from the --out file's extension).",
)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="File to write.")
@click.option("--tz", "tz_name", default=None, help="Time zone for dates and hours (default: this computer's).")
@click.option("--db", "db_url", default=None, help="Database URL (default: from the settings).")
@click.option("--demo", "allow_demo", is_flag=True, help="Allow a demo database; the report is stamped TRAINING.")
@click.option(
    "--separator",
    type=click.Choice(["comma", "semicolon", "tab"]),
    default=None,
    help="CSV separator (default: the one your language's spreadsheets expect: semicolon for nb, pl, fi).",
)
@pass_cli
def report(
    cli: CliContext,
    date_from: str,
    date_to: str,
    stations: tuple[str, ...],
    fmt: str | None,
    out: Path,
    tz_name: str | None,
    db_url: str | None,
    allow_demo: bool,
    separator: str | None,
) -> None:
    """Write the shift report for a date range: orders, units, pack time, accuracy, errors by type/packer/station."""
    from packstation.app import services_for
    from packstation.domain.errors import DomainError, ValidationError
    from packstation.domain.report_views import ReportFilter
    from packstation.services.site.database import open_existing

    tz = _zone(tz_name)
    start = parse_when(date_from, tz, end=False, hint="--from")
    end = parse_when(date_to, tz, end=True, hint="--to")
    if end <= start:
        raise click.BadParameter(f"--to {date_to} is before --from {date_from}", param_hint="--to")
    fmt = fmt or out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "pdf"):
        raise click.BadParameter(
            f"cannot tell the format from {out.name!r}; give --format csv or pdf", param_hint="--format"
        )
    if not out.parent.exists():
        raise click.ClickException(f"folder {out.parent} does not exist")
    url = cli.db_url(db_url)
    try:
        store = open_existing(url)
    except DomainError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        service = services_for(store, cli.settings).reports
        if service.is_demo() and not (allow_demo or cli.demo):
            raise click.ClickException(
                "this is a demo (training) database; its figures are not real. Use --demo to report on it anyway "
                "(the report is stamped TRAINING)"
            )
        try:
            station_ids = service.resolve_stations(stations)
        except ValidationError as exc:
            raise click.BadParameter(str(exc), param_hint="--station") from None
        board = service.dashboard(ReportFilter(start, end, station_ids, tz))
    finally:
        store.dispose()
    if fmt == "pdf":
        from packstation.documents.shift_report import write_shift_report

        write_shift_report(board, out, cli.settings.language)
    else:
        from packstation.documents.csv_safe import locale_separator, separator_named
        from packstation.documents.shift_csv import write_shift_csv

        write_shift_csv(
            board,
            out,
            separator_named(separator) if separator else locale_separator(cli.settings.language),
            cli.settings.language,
        )
    k = board.kpis
    stamp = " [TRAINING]" if board.training else ""
    click.echo(
        f"{out}: {k.orders} orders, {k.units} units, {k.errors} errors, accuracy "
        f"{'-' if k.accuracy is None else f'{k.accuracy * 100:.1f} %'}{stamp}"
    )
