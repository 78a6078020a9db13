"""`packstation demo-data`: fill an empty database with a deterministic demo floor."""

from __future__ import annotations

import click

from packstation.cli import CliContext, pass_cli


@click.command("demo-data")
@click.option("--db", "db_url", help="Database URL (default: the demo database from the settings).")
@click.option("--orders", type=click.IntRange(min=0), default=60, show_default=True, help="Orders to generate.")
@click.option("--seed", type=int, default=None, help="Random seed (default: demo_seed from the settings, 7).")
@click.option(
    "--history",
    "history_days",
    type=click.IntRange(min=0),
    default=0,
    help="Also generate DAYS of packed orders with realistic error patterns.",
)
@pass_cli
def demo_data(cli: CliContext, db_url: str | None, orders: int, seed: int | None, history_days: int) -> None:
    """Generate demo merchants, catalogue, boxes, customers, orders, stations and users.

    The same --seed gives the same data. The database must be empty; it is marked as a demo database, which
    never ships or exports.
    """
    from packstation.app import open_store
    from packstation.demo.generate import generate_demo_data, history_available
    from packstation.domain.errors import DomainError

    if history_days and not history_available():
        raise click.ClickException(
            "--history is not available: this build has no packstation.demo.history "
            "(sample history of packed orders); run without --history"
        )
    # Without --db the demo goes to the isolated demo database, never silently into production.
    url = db_url or cli.settings.demo_db_url
    if not db_url:
        from packstation.demo.floor import check_demo_url

        try:
            check_demo_url(cli.settings)
        except DomainError as exc:
            raise click.ClickException(str(exc)) from None
    store = open_store(url)
    try:
        summary = generate_demo_data(
            store, orders=orders, seed=cli.settings.demo_seed if seed is None else seed, history_days=history_days
        )
    except DomainError as exc:
        raise click.ClickException(f"{url}: {exc}") from None
    finally:
        store.dispose()
    click.echo(f"{url}: {summary.describe()}")
