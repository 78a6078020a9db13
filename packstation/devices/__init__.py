"""Packstation devices."""
