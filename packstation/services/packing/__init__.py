"""Packstation services: packing."""
