"""`packstation carrier rates ORDER` and `packstation carrier manifest NAME`: a karrio connection's rates for an
order's boxes, and the end-of-day manifest (close-out) of the labels bought through it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from packstation.cli import CliContext, pass_cli


@click.group("carrier")
def carrier_group() -> None:
    """Carrier connections (karrio): rates and the end-of-day manifest."""


@carrier_group.command("rates")
@click.argument("order")
@click.option("--db", "db_url", help="Database URL (default: from the settings).")
@pass_cli
def rates(cli: CliContext, order: str, db_url: str | None) -> None:
    """What the carrier connection of ORDER asks for each of its boxes."""
    from packstation.app import open_store, services_for
    from packstation.domain.errors import DomainError

    store = open_store(cli.db_url(db_url))
    try:
        service = services_for(store, cli.settings).labels
        try:
            for number, offered in service.carrier_rates(service.order_id_for(order)):
                for service_name, price, currency, days in offered:
                    when = "" if days is None else f", {days} day" if days == 1 else f", {days} days"
                    click.echo(f"box {number}: {service_name} {price} {currency}{when}")
        except DomainError as error:
            raise click.ClickException(error.message) from None
    finally:
        store.dispose()


@carrier_group.command("manifest")
@click.argument("connection")
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Default: today (UTC).")
@click.option(
    "--out", type=click.Path(path_type=Path, dir_okay=False), help="Where to write the carrier's manifest document."
)
@click.option("--db", "db_url", help="Database URL (default: from the settings).")
@pass_cli
def manifest(cli: CliContext, connection: str, day: dt.datetime | None, out: Path | None, db_url: str | None) -> None:
    """Close the day with CONNECTION: the manifest of every label bought through it that day."""
    from packstation.app import open_store, services_for
    from packstation.domain.errors import DomainError

    store = open_store(cli.db_url(db_url))
    try:
        when = (day or dt.datetime.now(dt.UTC)).date()
        try:
            count, document = services_for(store, cli.settings).labels.manifest(connection, when)
        except DomainError as error:
            raise click.ClickException(error.message) from None
    finally:
        store.dispose()
    if out is not None and document:
        out.write_bytes(document)
    click.echo(
        f"manifest of {count} labels from {connection} for {when:%Y-%m-%d}"
        + (f" written to {out}" if out and document else "")
    )
