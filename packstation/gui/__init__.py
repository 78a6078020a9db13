"""Packstation gui."""
