"""Packstation services: training."""
