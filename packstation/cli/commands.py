"""Registers every subcommand module with the `packstation` group (one import line each)."""

from packstation.cli import groups  # noqa: F401  (import / export groups)
