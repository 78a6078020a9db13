"""`packstation cheat-sheet --out FILE.pdf`: the printable keys and command barcodes for a bench."""

from __future__ import annotations

from pathlib import Path

import click

from packstation.cli import CliContext, pass_cli


@click.command("cheat-sheet")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("cheat-sheet.pdf"),
    show_default=True,
    help="Where to write the PDF.",
)
@click.option(
    "--language",
    "language",
    type=click.Choice(["en", "nb", "pl", "fi"]),
    default=None,
    help="The bench's language (default: the station's language setting).",
)
@pass_cli
def cheat_sheet(cli: CliContext, out: Path, language: str | None) -> None:
    """Write the packer's cheat sheet (every key and command barcode) as an A4 PDF."""
    from packstation.documents.cheat_sheet import write_cheat_sheet

    if out.parent and not out.parent.exists():
        raise click.ClickException(f"{out}: folder {out.parent} does not exist")
    write_cheat_sheet(out, station=cli.settings.station, language=language or cli.settings.language)
    click.echo(str(out))
