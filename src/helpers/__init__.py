"""Compare how different outlets cover the same story: tone, readability and citation."""

__version__ = "0.1.0"
