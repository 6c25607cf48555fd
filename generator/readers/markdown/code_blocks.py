"""What a code block under an endpoint is evidence of.

A curl command or a raw HTTP request states a call (method, URL, headers, body);
a JSON block is an example payload, or openapi-to-md's Example object around one
(``{"value": ...}``), or only a pointer into the schema it exemplifies
(``{"$ref": "#/components/schemas/Pet/example"}``), which names that schema.
"""

from __future__ import annotations

import json
import re

from generator.readers.common.curl import Call, parse_curl, parse_http_request
from generator.readers.markdown.lines import Block, Code, Endpoint

SHELL_LANGS = frozenset({"shell", "sh", "bash", "curl", "console", "zsh", "", "text"})
# The members of an OpenAPI Example object, as openapi-to-md prints named examples.
EXAMPLE_OBJECT_KEYS = frozenset({"summary", "description", "value", "externalValue"})
_SCHEMA_POINTER = re.compile(r"^#/components/schemas/([^/]+)(?:/|$)")


def call_of(code: Code) -> Call | None:
    if code.lang in SHELL_LANGS and "curl" in code.text:
        return parse_curl(code.text)
    if code.lang in ("http", "", "text"):
        return parse_http_request(code.text)
    return None


def states_endpoint(block: Block) -> bool:
    return isinstance(block, Endpoint) or (isinstance(block, Code) and call_of(block) is not None)


def parses_as_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def example_value(text: str) -> str:
    """The payload of an Example object (``{"value": ...}``) printed as JSON."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, dict) and "value" in value and set(value) <= EXAMPLE_OBJECT_KEYS:
        return json.dumps(value["value"])
    return text


def pointed_schema(text: str) -> str:
    """The schema an example that is only a pointer into it names (else "")."""
    if '"$ref"' not in text:
        return ""
    try:
        value = json.loads(text)
    except ValueError:
        return ""
    pointer = value.get("$ref") if isinstance(value, dict) and len(value) == 1 else None
    match = _SCHEMA_POINTER.match(pointer) if isinstance(pointer, str) else None
    return match.group(1) if match else ""
