"""Packstation: packing-station software for the warehouse bench."""

__version__ = "0.1.0"
