"""Facts of the OpenAPI format itself that several steps need, stated once."""

from __future__ import annotations

# The operation keys of a Path Item Object (OpenAPI 3.x), in the order the spec lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
