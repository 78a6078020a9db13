"""`packstation import orders|catalog|boxes|merchants|redemptions|incidents FILE`: CSV or JSON in, all or nothing."""

from __future__ import annotations

from pathlib import Path

import click

from packstation.cli import CliContext, pass_cli
from packstation.cli.groups import import_group

_HELP = {
    "orders": "Import orders (one CSV row per order line, or JSON orders with lines). Orders already imported "
    "are left alone.",
    "catalog": "Import SKUs with their barcodes (unknown merchants are created). Existing SKUs are updated.",
    "boxes": "Import boxes and mailers. Existing boxes (same code) are updated.",
    "merchants": "Import merchants' settings: name, return address, currency, whether a returns slip and return "
    "label go in the box, and the returns policy (returns_policy, and returns_policy_nb, _pl, _fi, "
    "_en per customer language). Existing merchants are updated.",
    "redemptions": "Import coupons used in the shop, from the shop's export: coupon, shop_order, amount, date. "
    "Unknown coupon codes are named; a row imported again is left alone.",
    "incidents": "Import customers' complaints against shipped orders (one row per line: damaged, wrong_item or "
    "missing_item); each creates a replacement order at high priority. Complaints already imported "
    "(same incident_ref) are left alone.",
}


def _make(kind: str) -> click.Command:
    @click.command(
        kind,
        help=_HELP[kind] + " A file with any bad row imports nothing; each problem is listed with its row and column.",
    )
    @click.argument("file", type=click.Path(path_type=Path))  # missing or a folder: refused below, exit 1
    @click.option("--db", "db_url", help="Database URL (default: from the settings).")
    @click.option("--format", "fmt", type=click.Choice(["csv", "json"]), help="Default: from the file name.")
    @pass_cli
    def command(cli: CliContext, file: Path, db_url: str | None, fmt: str | None) -> None:
        from packstation.app import open_store
        from packstation.domain.importing import ImportRejected
        from packstation.services.site.importing import import_file

        if not file.exists():
            raise click.ClickException(f"{file}: file not found; nothing imported")
        if not file.is_file():
            raise click.ClickException(f"{file}: is a folder, not a file; nothing imported")
        store = open_store(cli.db_url(db_url))
        try:
            result = import_file(store, kind, file, fmt=fmt, label_sources=cli.settings.label_sources)
        except ImportRejected as exc:
            raise click.ClickException(str(exc)) from None
        finally:
            store.dispose()
        click.echo(result.describe())

    return command


for _kind in ("orders", "catalog", "boxes", "merchants", "redemptions", "incidents"):
    import_group.add_command(_make(_kind))
