"""`packstation archive --before DATE [--dry-run]`: move closed orders' history out of the live store (docs/archive.md)."""

from __future__ import annotations

import click

from packstation.cli import CliContext, main, pass_cli
from packstation.cli.report import _zone, parse_when


@main.command("archive")
@click.option(
    "--before",
    "before",
    required=True,
    metavar="DATE",
    help="Archive orders closed before this day (YYYY-MM-DD, its start) or time (YYYY-MM-DDTHH:MM).",
)
@click.option("--dry-run", is_flag=True, help="Only say what would move; change nothing.")
@click.option("--tz", "tz_name", default=None, help="Time zone of DATE (default: this computer's).")
@click.option("--db", "db_url", default=None, help="Database URL (default: from the settings).")
@pass_cli
def archive(cli: CliContext, before: str, dry_run: bool, tz_name: str | None, db_url: str | None) -> None:
    """Move the history (scans, journal, QC, packages, labels, print jobs, photos, slips) of orders closed before
    DATE to the archive: reports, timelines and evidence records still reach it."""
    from packstation.app import open_store, services_for
    from packstation.domain.errors import DomainError

    moment = parse_when(before, _zone(tz_name), end=False, hint="--before")
    store = open_store(cli.db_url(db_url), migrate=False)
    try:
        service = services_for(store, cli.settings).archive
        try:
            service.ready()
            plan = service.plan(moment)
            stays = (
                f"; {plan.open_orders} order(s) placed before then are not closed and stay live"
                if plan.open_orders
                else ""
            )
            if dry_run:
                click.echo(
                    f"would move {plan.orders} closed order(s) with {plan.events} journal row(s) closed "
                    f"before {moment:%Y-%m-%d %H:%M} UTC to {plan.where}{stays} (dry run: nothing changed)"
                )
                return
            if plan.orders == 0:
                click.echo(
                    f"nothing to archive: no closed order before {moment:%Y-%m-%d %H:%M} UTC is still live{stays}"
                )
                return

            def show(done: int, total: int) -> None:
                click.echo(f"  {done}/{total} orders", err=True)

            result = service.run(moment, progress=show)
        except DomainError as exc:
            raise click.ClickException(str(exc)) from None
    finally:
        store.dispose()
    rows = ", ".join(f"{n} {name}" for name, n in result.rows.items() if n)
    click.echo(f"moved {result.orders} closed order(s) to {result.where}: {rows or 'no history rows'}{stays}")
