"""Packstation documents."""
