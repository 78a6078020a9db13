"""The rules of the packing station: plain Python, no Qt, no SQLAlchemy."""
