"""`packstation evidence CODE --out claim.pdf`: the evidence record of a package (tracking number or SSCC) or of
a whole order (its reference, pick-ticket barcode or id), for a dispute."""

from __future__ import annotations

from pathlib import Path

import click

from packstation.cli import CliContext, pass_cli


@click.command("evidence")
@click.argument("code", metavar="CODE")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="PDF to write.")
@click.option("--db", "db_url", default=None, help="Database URL (default: from the settings).")
@pass_cli
def evidence(cli: CliContext, code: str, out: Path, db_url: str | None) -> None:
    """Write the evidence record of CODE (tracking number, SSCC or order) to a PDF."""
    from packstation.app import services_for
    from packstation.documents.evidence import render_evidence_pdf
    from packstation.domain.errors import DomainError
    from packstation.services.site.database import open_existing

    if not out.parent.exists():
        raise click.ClickException(f"folder {out.parent} does not exist")
    try:
        store = open_existing(cli.db_url(db_url))
    except DomainError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        record = services_for(store, cli.settings).evidence.evidence(code)
    except DomainError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.dispose()
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(render_evidence_pdf(record))
    tmp.replace(out)
    photos = sum(1 for p in record.packages for ph in p.photos if ph.path)
    click.echo(
        f"wrote {out}: order {record.order_ref}, {len(record.packages)} package(s), {len(record.scans)} "
        f"scan(s), {photos} photo(s)",
        err=True,
    )
