"""IT's commands for a real site: `site setup|prefix|cutoff|show`, `users ...`, `stations ...`, `badges`, `lead`.

PINs are read from a hidden prompt or, for scripts, one line on standard input (`--pin-stdin`); never from the
command line (it would land in the shell's history) and never printed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from packstation.cli import CliContext, main, pass_cli
from packstation.domain.vocabulary import ROLES

DB_OPTION = click.option("--db", "db_url", help="Database URL (default: the configured database).")


@contextmanager
def _site(cli: CliContext, db_url: str | None) -> Iterator[Any]:
    from packstation.app import open_store, services_for
    from packstation.domain.errors import DomainError

    store = open_store(cli.db_url(db_url))
    try:
        yield services_for(store, cli.settings).site
    except DomainError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.dispose()


def _read_pin(pin_stdin: bool, prompt: str = "PIN") -> str:
    if pin_stdin:
        line = sys.stdin.readline().strip()
        if not line:
            raise click.ClickException("--pin-stdin: no PIN on standard input")
        return line
    return str(click.prompt(prompt, hide_input=True, confirmation_prompt=True))


# -- site ----------------------------------------------------------------------------------------------------
@main.group("site")
def site_group() -> None:
    """Set up a real site: first admin, name, GS1 company prefix, this bench's printers."""


@site_group.command("setup")
@click.option("--name", "site_name", required=True, help="The site's name, e.g. 'Oslo DC'.")
@click.option("--admin", "admin_name", required=True, help="The first admin's name.")
@click.option("--badge", required=True, help="The first admin's badge code.")
@click.option("--pin-stdin", is_flag=True, help="Read the admin's PIN from standard input (else a hidden prompt).")
@click.option("--prefix", default="", help="The site's GS1 company prefix (6-12 digits) for SSCCs.")
@click.option("--station", default=None, help="This bench's code (default: from the settings).")
@click.option("--label-printer", default="", help="tcp://HOST:9100, system:NAME or empty for PDF files.")
@click.option("--document-printer", default="", help="tcp://HOST:9100, system:NAME or empty for PDF files.")
@DB_OPTION
@pass_cli
def site_setup(
    cli: CliContext,
    site_name: str,
    admin_name: str,
    badge: str,
    pin_stdin: bool,
    prefix: str,
    station: str | None,
    label_printer: str,
    document_printer: str,
    db_url: str | None,
) -> None:
    """First run of a production database (the station window asks the same in its first-run dialog)."""
    from packstation.services.site.service import SiteSetup

    pin = _read_pin(pin_stdin, "Admin PIN")
    with _site(cli, db_url) as site:
        admin = site.setup(
            SiteSetup(
                admin_name,
                badge,
                pin,
                site_name,
                prefix,
                station or cli.settings.station,
                label_printer,
                document_printer,
            )
        )
        click.echo(f"site {site_name!r} set up; admin {admin.name} (badge {admin.badge_code})")


@site_group.command("prefix")
@click.argument("prefix")
@click.option("--merchant", default=None, help="This merchant's own prefix (default: the whole site's).")
@DB_OPTION
@pass_cli
def site_prefix(cli: CliContext, prefix: str, merchant: str | None, db_url: str | None) -> None:
    """Set the GS1 company prefix SSCCs on labels are built from (per merchant, or the site's default)."""
    with _site(cli, db_url) as site:
        site.set_company_prefix(prefix, merchant)
        click.echo(f"GS1 company prefix {prefix} for {merchant or 'the site'}")


@site_group.command("cutoff")
@click.argument("merchant")
@click.argument("cutoff", metavar="HH:MM|none")
@click.option("--tz", "tz_name", default="UTC", show_default=True, help="The merchant's time zone, e.g. Europe/Oslo.")
@DB_OPTION
@pass_cli
def site_cutoff(cli: CliContext, merchant: str, cutoff: str, tz_name: str, db_url: str | None) -> None:
    """Orders placed before CUTOFF ship the same day, later ones the next day (their ship-by time when the import
    gives none); 'none' removes it."""
    with _site(cli, db_url) as site:
        given = None if cutoff.strip().lower() == "none" else cutoff
        site.set_ship_cutoff(merchant, given, tz_name)
        click.echo(
            f"{merchant}: placed before {given} ({tz_name}) ships the same day"
            if given
            else f"{merchant}: no same-day cut-off"
        )


@site_group.command("show")
@DB_OPTION
@pass_cli
def site_show(cli: CliContext, db_url: str | None) -> None:
    """The site's name, mode, GS1 company prefixes and each merchant's same-day cut-off."""
    from packstation.services.shipping.label_documents import DEFAULT_GS1_COMPANY_PREFIX

    with _site(cli, db_url) as site:
        click.echo(f"site: {site.site_name() or '(not set up)'}")
        click.echo(f"mode: {site.mode() or 'empty'}")
        for merchant, prefix in site.company_prefixes():
            shown = prefix or (
                "(GS1 example " + DEFAULT_GS1_COMPANY_PREFIX + ")" if merchant == "*" else "(site default)"
            )
            click.echo(f"prefix {merchant}: {shown}")
        for merchant, cutoff, tz_name in site.ship_cutoffs():
            click.echo(
                f"cutoff {merchant}: "
                + (
                    f"placed before {cutoff} ({tz_name}) ships the same day"
                    if cutoff
                    else "none (ship-by only from the import)"
                )
            )


# -- users ---------------------------------------------------------------------------------------------------
@main.group("users")
def users_group() -> None:
    """People who sign in at the benches (badge + PIN)."""


@users_group.command("add")
@click.argument("name")
@click.option("--badge", required=True, help="The badge code (what the badge barcode holds).")
@click.option("--role", type=click.Choice(ROLES), default="packer", show_default=True)
@click.option("--language", "locale", default="en", show_default=True, help="Screen language: en, nb, pl, fi.")
@click.option("--trainee", is_flag=True, help="A trainee (shown on the trainer's scorecards).")
@click.option("--pin-stdin", is_flag=True, help="Read the PIN from standard input (else a hidden prompt).")
@click.option("--no-pin", is_flag=True, help="A packer who signs in with the badge alone.")
@DB_OPTION
@pass_cli
def users_add(
    cli: CliContext,
    name: str,
    badge: str,
    role: str,
    locale: str,
    trainee: bool,
    pin_stdin: bool,
    no_pin: bool,
    db_url: str | None,
) -> None:
    """Add a user. Leads and admins always need a PIN."""
    pin = None if no_pin else _read_pin(pin_stdin)
    with _site(cli, db_url) as site:
        user = site.add_user(name, badge, role, pin=pin, locale=locale, trainee=trainee)
        click.echo(f"added {user.name} ({user.role}, badge {user.badge_code})")


@users_group.command("list")
@DB_OPTION
@pass_cli
def users_list(cli: CliContext, db_url: str | None) -> None:
    """Every user: name, badge, role, language, PIN set or not, active or not (never the PIN)."""
    with _site(cli, db_url) as site:
        for u in site.users():
            click.echo(
                f"{u.badge_code}\t{u.name}\t{u.role}\t{u.locale}\t{'PIN' if u.has_pin else 'no PIN'}\t"
                f"{'active' if u.active else 'inactive'}"
            )


@users_group.command("set-pin")
@click.argument("badge")
@click.option("--pin-stdin", is_flag=True, help="Read the PIN from standard input (else a hidden prompt).")
@DB_OPTION
@pass_cli
def users_set_pin(cli: CliContext, badge: str, pin_stdin: bool, db_url: str | None) -> None:
    """Give the user with BADGE a new PIN."""
    pin = _read_pin(pin_stdin, "New PIN")
    with _site(cli, db_url) as site:
        site.set_pin(badge, pin)
        click.echo(f"PIN changed for badge {badge}")


@users_group.command("deactivate")
@click.argument("badge")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@DB_OPTION
@pass_cli
def users_deactivate(cli: CliContext, badge: str, yes: bool, db_url: str | None) -> None:
    """The badge stops working at once (the user's history stays)."""
    if not yes:
        click.confirm(f"Deactivate badge {badge}?", abort=True)
    with _site(cli, db_url) as site:
        site.deactivate(badge)
        click.echo(f"badge {badge} deactivated")


@users_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB_OPTION
@pass_cli
def users_import(cli: CliContext, file: Path, db_url: str | None) -> None:
    """CSV with columns name, badge, role and optional pin, locale, trainee; all or nothing."""
    with _site(cli, db_url) as site:
        added = site.import_users(file.read_text(encoding="utf-8"), file.name)
        click.echo(f"{len(added)} users added")


# -- stations ------------------------------------------------------------------------------------------------
@main.group("stations")
def stations_group() -> None:
    """The packing benches and their printers."""


@stations_group.command("add")
@click.argument("code")
@click.option("--name", default="", help="A name people use for it.")
@click.option("--label-printer", default="", help="tcp://HOST:9100, system:NAME or empty for PDF files.")
@click.option("--document-printer", default="", help="tcp://HOST:9100, system:NAME or empty for PDF files.")
@DB_OPTION
@pass_cli
def stations_add(
    cli: CliContext, code: str, name: str, label_printer: str, document_printer: str, db_url: str | None
) -> None:
    """Register a bench (a bench also registers itself on first start)."""
    with _site(cli, db_url) as site:
        row = site.add_station(code, name, label_printer=label_printer, document_printer=document_printer)
        click.echo(f"added station {row.code}")


@stations_group.command("list")
@DB_OPTION
@pass_cli
def stations_list(cli: CliContext, db_url: str | None) -> None:
    """Every bench with its printers."""
    with _site(cli, db_url) as site:
        for row, devices in site.stations():
            click.echo(
                f"{row.code}\t{row.name}\tlabels: {devices.get('label_printer') or 'PDF files'}\t"
                f"documents: {devices.get('document_printer') or 'PDF files'}"
            )


# -- badges and the lead's window ----------------------------------------------------------------------------
@click.command("badges")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("badges.pdf"),
    show_default=True,
    help="Where to write the PDF.",
)
@DB_OPTION
@pass_cli
def badges(cli: CliContext, out: Path, db_url: str | None) -> None:
    """A sheet of badge barcodes with names for every active user (no PINs)."""
    from packstation.documents.badge_sheet import write_badge_sheet

    if out.parent and not out.parent.exists():
        raise click.ClickException(f"{out}: folder {out.parent} does not exist")
    with _site(cli, db_url) as site:
        rows = [(b.name, b.badge_code, b.role) for b in site.badges()]
        if not rows:
            raise click.ClickException("no active users yet: add some with `packstation users add`")
        write_badge_sheet(out, rows, site=site.site_name())
    click.echo(f"{out}: {len(rows)} badges")


@click.command("lead")
@pass_cli
def lead(cli: CliContext) -> None:
    """Open the shift lead's window on an office PC (a lead's or admin's badge and PIN first)."""
    from packstation.app import run_lead

    sys.exit(run_lead(cli.settings))
