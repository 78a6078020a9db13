"""No traceback reaches a person: whatever a command meets becomes one line on standard error and exit code 1
(the words come from `packstation.services.failures.one_line`)."""

from __future__ import annotations

import click

from packstation.services.failures import one_line


class SafeGroup(click.Group):
    """The `packstation` group: every exception below it becomes a ClickException (one line, exit 1)."""

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # noqa: BLE001 - the whole point: nothing escapes as a traceback
            raise click.ClickException(one_line(exc)) from None
