"""Packstation services: reports."""
