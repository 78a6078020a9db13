"""`packstation export coupons [--since] [--format csv|json] [--out]`: every printed coupon, for the shop to match
redemptions against (code, campaign, order, customer)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from packstation.cli import CliContext, pass_cli
from packstation.cli.groups import export_group
from packstation.domain.safe_text import FIRST_YEAR, LAST_YEAR

HEADER = (
    "code",
    "merchant",
    "campaign",
    "kind",
    "variant",
    "order_ref",
    "customer_ref",
    "customer_email",
    "created_at",
    "redeemed_at",
)


def parse_since(value: str | None) -> dt.datetime | None:
    """A date (its start, UTC) or an ISO time (UTC when it names no zone)."""
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        parsed = parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise click.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD) or ISO time (YYYY-MM-DDTHH:MM)", param_hint="--since"
        ) from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise click.BadParameter(f"{value!r} is outside {FIRST_YEAR}-{LAST_YEAR}", param_hint="--since")
    return parsed


@export_group.command("coupons")
@click.option("--since", default=None, metavar="TIME", help="Coupons issued at or after this date/time (UTC).")
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
def export_coupons(
    cli: CliContext, since: str | None, fmt: str, out: Path | None, separator: str | None, db_url: str | None
) -> None:
    """Coupons printed on slips: code, merchant, campaign, variant, order, customer, issued and redeemed times."""
    from packstation.app import open_store, services_for
    from packstation.documents.atomic import write_atomic
    from packstation.documents.csv_safe import csv_text, locale_separator, separator_named, write_csv

    start = parse_since(since)
    sep = separator_named(separator) if separator else locale_separator(cli.settings.language)
    if out is not None and not out.parent.exists():
        raise click.ClickException(f"folder {out.parent} does not exist")
    store = open_store(cli.db_url(db_url))
    try:
        coupons = services_for(store, cli.settings).campaign_editor.export_coupons(start)
    finally:
        store.dispose()
    rows = [
        (
            c.code,
            c.merchant,
            c.campaign,
            c.kind,
            c.variant,
            c.order_ref,
            c.customer_ref,
            c.customer_email,
            c.created_at.isoformat(),
            c.redeemed_at.isoformat() if c.redeemed_at else "",
        )
        for c in coupons
    ]
    if fmt == "csv":
        if out is None:
            click.echo(csv_text(HEADER, rows, sep), nl=False)
        else:
            write_csv(out, HEADER, rows, sep)
    else:
        text = json.dumps([dict(zip(HEADER, row, strict=True)) for row in rows], ensure_ascii=False, indent=2)
        if out is None:
            click.echo(text)
        else:
            write_atomic(out, (text + "\n").encode("utf-8"))
    if out is not None:
        click.echo(f"wrote {len(rows)} coupon(s) to {out}", err=True)
