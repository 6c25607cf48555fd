"""ReDoc reference pages: recovered from what a scrape of the page kept."""

from generator.readers.redoc.reader import READER

__all__ = ["READER"]
