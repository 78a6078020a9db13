"""Packstation services: site."""
