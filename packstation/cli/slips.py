"""`packstation slips ORDER --out FILE.pdf`: the order's marketing, apology and returns slips as a PDF.

Without `--issue` nothing is stored: slips already issued for the order are rendered as they are (same codes), and
otherwise a preview is drawn, stamped PREVIEW, with sample codes that no box should carry. Why each slip was
chosen (or why a campaign was passed over) is printed to standard error.
"""

from __future__ import annotations

from pathlib import Path

import click

from packstation.cli import CliContext, main, pass_cli


@main.command("slips")
@click.argument("order_ref", metavar="ORDER")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="PDF to write.")
@click.option("--issue", is_flag=True, help="Issue the slips (coupons stored, insert stock taken) before printing.")
@click.option("--size", type=click.Choice(["a6", "half-letter"]), default="a6", show_default=True)
@click.option(
    "--dpi",
    type=click.Choice(["203", "300", "600"]),
    default="300",
    show_default=True,
    help="The printer's resolution: barcode bars are snapped to its dots.",
)
@click.option("--db", "db_url", default=None, help="Database URL (default: from the settings).")
@pass_cli
def slips(cli: CliContext, order_ref: str, out: Path, issue: bool, size: str, dpi: str, db_url: str | None) -> None:
    """Write ORDER's slips (pick-ticket barcode, order reference or id) to a PDF, one page per slip."""
    from packstation.app import CommandServices
    from packstation.documents.atomic import write_atomic
    from packstation.documents.marketing_slip import render_slips_pdf
    from packstation.domain.errors import DomainError
    from packstation.services.site.database import one_outer_transaction, open_existing

    if not out.parent.exists():
        raise click.ClickException(f"folder {out.parent} does not exist")
    try:
        store = open_existing(cli.db_url(db_url))
    except DomainError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        # Everything the service does runs inside one outer transaction on one connection (the service's own
        # commits do not end it): slips and coupons are issued only if the PDF is on disk. Order of events:
        # issue (uncommitted) -> render -> temporary file written and flushed -> commit -> rename.
        with one_outer_transaction(store) as (sessions, outer):
            service = CommandServices.marketing(sessions)
            try:
                order_id = service.resolve_order(order_ref)
                plan = service.plan(order_id)
                contents = service.slip_documents(order_id, issue=issue)
                issued = {s.slip_code: s for s in service.slips_for_order(order_id)}
                if not contents:
                    outer.rollback()
                    for note in plan.notes:
                        click.echo(f"  {note}", err=True)
                    raise click.ClickException(f"order {plan.order_ref} gets no slip; nothing written")
                write_atomic(
                    out, lambda: render_slips_pdf(contents, size=size, dpi=int(dpi)), before_rename=outer.commit
                )
            except BaseException:
                if outer.is_active:
                    outer.rollback()  # the PDF was not written: no coupon was issued either
                raise
    except DomainError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.dispose()
    for content in contents:
        slip = issued.get(content.slip_code)
        why = (
            slip.explanation
            if slip
            else next(
                (
                    c.explanation
                    for c in [*plan.chosen, *([plan.returns] if plan.returns else [])]
                    if c.kind == content.kind
                ),
                "",
            )
        )
        code = "PREVIEW" if content.preview else content.slip_code
        click.echo(f"{code} {content.kind} [{content.language}]: {why}", err=True)
    if not issued:
        for note in plan.notes:
            click.echo(f"  {note}", err=True)
    state = "preview (nothing issued)" if any(c.preview for c in contents) else "issued slips"
    click.echo(f"wrote {out}: {len(contents)} slip(s), {state}", err=True)
