"""Packstation demo."""
