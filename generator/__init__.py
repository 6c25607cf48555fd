"""clientgen: generate typed Python API clients from the documents vendors publish."""

__version__ = "0.1.0"
