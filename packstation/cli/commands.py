"""Registers every subcommand module with the `packstation` group (one import line each)."""
