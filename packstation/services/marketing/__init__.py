"""Packstation services: marketing."""
