"""`packstation replay SCRIPT.json [--db URL]`: run a scripted pack session and print each verdict as JSON lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from packstation.cli import CliContext, main, pass_cli
from packstation.domain.errors import DomainError, ValidationError


@main.command("replay")
@click.argument("script", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--db", "db_url", help="Database URL (default: from the settings).")
@click.option("--station", default=None, help="Station code (default: the script's, else the settings').")
@pass_cli
def replay(cli: CliContext, script: Path, db_url: str | None, station: str | None) -> None:
    """Run SCRIPT (a list of scans and actions) against a database; one JSON line per verdict.

    Steps with "expect" are checked: the exit status is 1 when any verdict differs from what was expected.
    """
    from packstation.app import open_store
    from packstation.domain.safe_text import unsafe_character
    from packstation.services.packing.replay import load_script, run_script

    try:
        data = load_script(script.read_text(encoding="utf-8"), str(script))
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{script}: cannot read: {exc}") from None
    except RecursionError:
        raise click.ClickException(f"{script}: JSON nested too deeply to read") from None
    except ValidationError as exc:
        raise click.ClickException(str(exc)) from None
    store = open_store(cli.db_url(db_url))
    failed = 0
    try:
        for row in run_script(store, data, station or cli.settings.station):
            failed += row.get("ok") is False
            line = json.dumps(row, ensure_ascii=False, default=str)
            if unsafe_character(line):  # a lone surrogate cannot be printed as UTF-8: escape this line
                line = json.dumps(row, default=str)
            click.echo(line)
    except DomainError as exc:  # refused before any step ran (a script clock on production)
        raise click.ClickException(str(exc)) from None
    finally:
        store.dispose()
    if failed:
        click.echo(f"{failed} step(s) did not give the expected verdict", err=True)
        sys.exit(1)
