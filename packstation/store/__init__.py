"""Packstation store."""
