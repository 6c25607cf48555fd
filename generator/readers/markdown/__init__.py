"""Markdown and prose API docs: headings, endpoint lines, field tables."""

from generator.readers.markdown.reader import READER

__all__ = ["READER"]
