"""`packstation serve`: orders in and shipment confirmations out, with nobody at a bench running a command.

Run it once per site (a systemd unit or a Windows service), beside the benches; see docs/integrations.md.
"""

from __future__ import annotations

import threading
import time

import click

from packstation.cli import CliContext, pass_cli


def _refuse_demo(store: object) -> None:
    from packstation.services.shipping.connect import refuse_demo_store

    message = refuse_demo_store(store)
    if message:
        raise click.ClickException(message)


@click.command("serve")
@click.option("--db", "db_url", help="Database URL (default: from the settings).")
@click.option(
    "--poll",
    "poll_s",
    type=click.FloatRange(0.2, 600),
    default=2.0,
    show_default=True,
    help="Seconds between looks at the inbox folder and the outbox.",
)
@click.option("--once", is_flag=True, help="One pass (import what is ready, deliver what is due), then exit.")
@click.option(
    "--lease",
    "lease_s",
    type=click.FloatRange(0.5, 3600),
    default=120,
    show_default=True,
    help="Seconds before a delivery left half-way by a stopped serve is sent again.",
)
@pass_cli
def serve(cli: CliContext, db_url: str | None, poll_s: float, once: bool, lease_s: float) -> None:
    """Import orders from the inbox folder and the HTTP endpoint; deliver shipment confirmations."""
    from packstation.app import open_store, services_for
    from packstation.domain.errors import DomainError

    settings = cli.settings
    if not (settings.inbox_dir or settings.inbox_listen or settings.outbox_dir or settings.webhook_url):
        raise click.ClickException(
            "nothing to serve: set inbox_dir, inbox_listen, outbox_dir or webhook_url in "
            "the configuration (docs/integrations.md)"
        )
    store = open_store(cli.db_url(db_url))
    try:
        _refuse_demo(store)
        try:
            inbox = services_for(store, settings).inbox
        except DomainError as error:
            raise click.ClickException(error.message) from None
        deliverer = services_for(store, settings).outbox(lease_s=lease_s)
        resumed = deliverer.start()
        if resumed:
            click.echo(f"outbox: {resumed} interrupted deliveries will be sent again")
        server_thread = None
        if inbox.server is not None:
            server_thread = threading.Thread(target=inbox.server.serve_forever, name="inbox-http", daemon=True)
            server_thread.start()
            host, port = inbox.server.server_address[:2]
            click.echo(f"orders endpoint listening on http://{host}:{port}/orders", err=False)
        try:
            while True:
                for result in inbox.poll_folder():
                    status = "imported" if result.ok else "REFUSED (moved to failed/)"
                    click.echo(f"inbox: {result.file} {status}: {result.message}")
                delivered = deliverer.deliver_due()
                if delivered:
                    click.echo(f"outbox: {delivered} delivered")
                if once:
                    break
                time.sleep(poll_s)
        except KeyboardInterrupt:
            pass
        finally:
            if inbox.server is not None:
                inbox.server.shutdown()
                inbox.server.server_close()
    finally:
        store.dispose()


@click.group("outbox")
def outbox_group() -> None:
    """Shipment confirmations on their way to the shop or WMS."""


@outbox_group.command("status")
@click.option("--db", "db_url", help="Database URL (default: from the settings).")
@pass_cli
def outbox_status(cli: CliContext, db_url: str | None) -> None:
    """What was delivered, what waits, and why a delivery failed."""
    from packstation.app import open_store, services_for

    store = open_store(cli.db_url(db_url))
    try:
        click.echo(services_for(store, cli.settings).outbox(deliver=False).status().describe())
    finally:
        store.dispose()
