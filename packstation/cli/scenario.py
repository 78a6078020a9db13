"""`packstation scenario check FILE...` and `packstation scenario list`: trainers check their scenario files."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from packstation.domain.errors import ValidationError


@click.group("scenario")
def scenario() -> None:
    """Training scenarios (demo mode)."""


@scenario.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
def check(files: tuple[Path, ...]) -> None:
    """Check scenario files (JSON or TOML); exit 1 naming the file, the path in it and what is wrong."""
    from packstation.domain.training.scenarios import load_file

    bad = 0
    for path in files:
        try:
            s = load_file(path)
        except ValidationError as exc:
            bad += 1
            click.echo(f"refused: {exc}", err=True)
            continue
        click.echo(f"ok: {path}: {s.id} ({len(s.orders)} orders, {len(s.events)} injected errors)")
    if bad:
        sys.exit(1)


@scenario.command("list")
def list_shipped() -> None:
    """The shipped scenarios, easiest first."""
    from packstation.domain.training.scenarios import load_shipped

    for s in load_shipped():
        click.echo(f"{s.level}  {s.id:18} {s.title}  [{', '.join(e.type for e in s.events) or 'no errors'}]")
