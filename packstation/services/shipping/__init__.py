"""Packstation services: shipping."""
