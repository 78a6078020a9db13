"""Packstation services."""
