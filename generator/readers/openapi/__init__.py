"""OpenAPI 3.x and Swagger 2.0, clean, wrapped in a page, or with its line breaks lost."""

from generator.readers.openapi.reader import READER

__all__ = ["READER"]
