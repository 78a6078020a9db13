"""The `packstation` command: no subcommand starts the GUI; subcommands run the headless jobs."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from packstation import __version__
from packstation.cli.failures import SafeGroup
from packstation.config import ConfigError, Settings, load_settings


class CliContext:
    """Settings resolved once per invocation, shared by every subcommand."""

    def __init__(self, config_path: Path | None, demo: bool) -> None:
        self.config_path = config_path
        self.demo = demo
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            try:
                settings = load_settings(self.config_path)
            except ConfigError as exc:
                raise click.ClickException(f"bad configuration: {exc}") from None
            if self.demo:  # the demo database and the training printers in the demo data folder, never the bench's
                from packstation.demo.floor import demo_settings

                settings = demo_settings(settings)
            self._settings = settings
        return self._settings

    def db_url(self, override: str | None = None) -> str:
        """The database a command works on; with `--demo`, the demo database, refused when it is the production
        database (the same SQLite file or PostgreSQL database, however written) or holds data not marked demo."""
        settings = self.settings
        url = override or (settings.demo_db_url if settings.demo else settings.db_url)
        if settings.demo:
            from packstation.demo.floor import check_demo_url
            from packstation.domain.errors import DomainError
            from packstation.services.site.database import refuse_unless_demo_floor

            try:
                check_demo_url(settings, url)
                refuse_unless_demo_floor(url)
            except DomainError as exc:
                raise click.ClickException(f"--demo: {exc}") from None
        return url


pass_cli = click.make_pass_decorator(CliContext)


@click.group(cls=SafeGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="TOML settings file (default: the platform's config dir).",
)
@click.option("--demo", is_flag=True, help="Training mode: an isolated database of generated orders; nothing ships.")
@click.version_option(__version__, prog_name="packstation")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, demo: bool) -> None:
    """Packstation: scan, check, box, slip and label every order at the packing bench.

    Run without a command to open the station window.
    """
    ctx.obj = CliContext(config_path, demo)
    if ctx.invoked_subcommand is None:
        from packstation.app import run_station

        sys.exit(run_station(ctx.obj.settings))


@main.group("db")
def db_group() -> None:
    """Database maintenance."""


@db_group.command("upgrade")
@click.option("--db", "db_url", help="Database URL (default: from the settings).")
@pass_cli
def db_upgrade(cli: CliContext, db_url: str | None) -> None:
    """Bring the database schema up to the newest migration."""
    from packstation.services.site.database import upgrade

    click.echo(f"database at revision {upgrade(cli.db_url(db_url))}")


# Subcommands live in their own modules and register here.
from packstation.cli import commands as _commands  # noqa: E402,F401
