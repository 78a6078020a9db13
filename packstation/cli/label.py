"""`packstation label ORDER [--return] --format pdf|zpl --out FILE`: (re)print an order's shipping labels (or its
return label) into a file.

ORDER is the order's reference, its pick-ticket barcode or its numeric id. Labels are issued first if the order's
packages have none yet; the same tracking numbers print every time (a reprint, not a new shipment).
"""

from __future__ import annotations

from pathlib import Path

import click

from packstation.cli import CliContext, main, pass_cli
from packstation.domain.errors import DomainError


@main.command("label")
@click.argument("order")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["pdf", "zpl"]),
    default=None,
    help="Label format (default: from the --out file's extension, else the settings).",
)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="File to write.")
@click.option("--dpi", type=click.Choice(["203", "300"]), default=None, help="Printer resolution (default: settings).")
@click.option(
    "--return",
    "return_label",
    is_flag=True,
    help="The order's return label (customer back to merchant) instead of its shipping labels.",
)
@click.option("--db", "db_url", help="Database URL (default: from the settings).")
@pass_cli
def label(
    cli: CliContext, order: str, fmt: str | None, out: Path, dpi: str | None, return_label: bool, db_url: str | None
) -> None:
    """Write the shipping labels (or, with --return, the return label) of ORDER (reference, barcode or id) to a
    PDF or ZPL file."""
    from packstation.app import open_store, services_for
    from packstation.services.packing.orders import order_ids_named

    settings = cli.settings
    fmt = fmt or (out.suffix.lstrip(".").lower() if out.suffix.lower() in (".pdf", ".zpl") else settings.label_format)
    store = open_store(cli.db_url(db_url))
    try:
        ids = order_ids_named(store, order)
        if not ids:
            raise click.ClickException(f"order {order!r} not found (give its reference, barcode or id)")
        if len(ids) > 1:
            raise click.ClickException(f"order {order!r} is ambiguous ({len(ids)} orders match); give its id")
        try:
            service = services_for(store, settings).labels
            if return_label:
                made = service.return_label(ids[0], fmt, int(dpi or settings.label_dpi))
                if made is None:
                    raise click.ClickException(f"order {order}'s merchant offers no returns: no return label")
                payload = made
            else:
                payload = service.render_labels(ids[0], fmt, int(dpi or settings.label_dpi))
        except DomainError as exc:
            raise click.ClickException(str(exc)) from None
        from packstation.documents.atomic import write_atomic

        try:
            write_atomic(out, payload)  # whole or not at all: the old file stays if this fails
        except DomainError as exc:
            raise click.ClickException(str(exc)) from None
    finally:
        store.dispose()
    what = "return label" if return_label else "labels"
    click.echo(f"wrote {fmt.upper()} {what} of order {order} to {out}")
