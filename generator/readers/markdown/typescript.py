"""Schemas written as TypeScript-like type literals, as openapi-to-md prints them.

    {
      // The user's name
      name: string
      tags?: string[]
      owner?: #/components/schemas/User
      items: {
        sku?: string
      }[]
    }

``?`` marks an optional property, ``// text`` describes the next one, ``}[]``
closes an array of objects, ``#/components/schemas/X`` is a reference, ``A & {...}``
or ``{...} & B`` a composition (its parts merged) and ``A | {...} | {...}`` a union,
each object literal on its own lines (``from?: // An app user`` / ``{`` ... ``} |
// A phone`` / ``{`` ... ``}``). An ``anyOf`` prints as ``Partial(A) & Partial(B)``
(object literals across lines: ``x?: Partial({`` ... ``}) & Partial({`` ... ``})``),
read as the union ``A | B``. Parameter lists are the same lines without braces.
A bare ``[]`` member is an array whose items the tool could not print, and whose
name it lost: the object has array members (``additionalProperties``). Depth is
bounded; what does not parse is skipped.
"""

from __future__ import annotations

import re
from typing import Any

from generator.readers.common.type_words import schema_for_type_word

Schema = dict[str, Any]

MAX_DEPTH = 32
REF_PREFIX = "#/components/schemas/"

# The name runs to the first ":" before a space (or a pointer): parameter names may hold
# colons, slashes and brackets (``jcr:content/cq:name?: string``, ``ValidUntilDate<``).
_PROPERTY = re.compile(
    r"^(?P<name>\"[^\"]+\"|'[^']+'|[^\s/](?:(?!//).)*?)(?P<optional>\?)?:(?:\s+|(?=#/))"
    r"(?P<value>.*)$"
)
_COMMENT = re.compile(r"^//\s?(.*)$")
_TRAILING_COMMENT = re.compile(r"\s+//\s*(.*)$")
_CLOSE = re.compile(r"^\}((?:\[\])*)\s*[,;]?\s*([|&].*)?$")
_REF = re.compile(r"#/components/schemas/([\w.-]+)")
_ENUM = re.compile(r"^enum\[(.*)\]$")
_LITERAL = re.compile(r"^(?:\"[^\"]*\"|'[^']*'|-?\d+(?:\.\d+)?)$")
# openapi-to-md prints an array of items it cannot render as "[]", without the name;
# the object then has array members (a map's values would say what they hold).
_UNNAMED_ARRAY = re.compile(r"^(?:\[\])+$")
NAMELESS_MEMBERS: Schema = {"type": "array"}
_PARTIAL_JOIN = re.compile(r"\)\s*&\s*Partial\(")
_PARTIAL_CLOSE = re.compile(r"^(\}(?:\[\])*)\)")


def parse_type_block(text: str) -> Schema | None:
    """The schema of one block, or None when it holds no type."""
    lines = [_unpartial(line.strip()) for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    parser = _Parser(lines)
    first = parser.peek_code()
    if first is None:
        return None
    if _PROPERTY.match(first) and not first.startswith("#"):
        members = parser.members(0, top=True)
        # A composition prints as one member named "undefined": the schema itself.
        if list(members["properties"]) == ["undefined"]:
            return dict(members["properties"]["undefined"])
        return members
    return parser.value_of(parser.take_code() or "", 0)


class _Parser:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.index = 0

    def peek_code(self) -> str | None:
        while self.index < len(self.lines) and _COMMENT.match(self.lines[self.index]):
            self.index += 1
        return self.lines[self.index] if self.index < len(self.lines) else None

    def take_code(self) -> str | None:
        line = self.peek_code()
        if line is not None:
            self.index += 1
        return line

    def members(self, depth: int, top: bool = False) -> Schema:
        """Properties up to the closing brace (or the end, at the top level)."""
        schema: Schema = {"type": "object", "properties": {}}
        required: list[str] = []
        comments: list[str] = []
        while self.index < len(self.lines):
            line = self.lines[self.index]
            comment = _COMMENT.match(line)
            if comment:
                comments.append(comment.group(1).strip())
                self.index += 1
                continue
            close = _CLOSE.match(line)
            if close and not top:
                self.index += 1
                schema["x-array-depth"] = close.group(1).count("[]")
                schema["x-rest"] = close.group(2) or ""
                break
            self.index += 1
            prop = _PROPERTY.match(line)
            if prop is None:
                if _UNNAMED_ARRAY.match(line):  # "[]": an array member whose name was lost
                    schema["additionalProperties"] = dict(NAMELESS_MEMBERS)
                comments = []
                continue
            name = prop.group("name").strip("\"'")
            value, note = _split_comment(prop.group("value"))
            child = self.value_of(value, depth + 1)
            description = " ".join(part for part in comments if part)
            # a note after "A |" describes the union's next member, not the property
            if note and not note.lower().startswith("default") and not value.endswith("|"):
                description = f"{description} {note}".strip()
            if description:
                child = {**child, "description": description}
            schema["properties"][name] = child
            if not prop.group("optional"):
                required.append(name)
            comments = []
        if required:
            schema["required"] = required
        return schema

    def value_of(self, text: str, depth: int) -> Schema:
        """A value, with the members of a union that go on below it (``A |`` then ``{``)."""
        if depth > MAX_DEPTH:
            return {}
        members: list[Schema] = []
        text = _uncommented(text)
        while True:
            opens = text.endswith("{")
            head = text[:-1].strip() if opens else text
            if not opens:  # "A", "A |" or "" (a comment only): "|" and "" go on below
                members += _scalars(head, depth)
                if (text and not text.endswith("|")) or not self.take_brace():
                    break
                head = ""
            elif head.endswith("|"):  # "A | {"
                members += _scalars(head, depth)
                head = ""
            body = self.members(depth + 1)
            arrays, rest = body.pop("x-array-depth", 0), body.pop("x-rest", "")
            head = head.rstrip("&").strip()
            schema = _compose(head, body, depth) if head else body
            for _ in range(arrays):
                schema = {"type": "array", "items": schema}
            text = _uncommented(rest)
            if text.startswith("&"):  # "} & B": the literal composed with what follows
                members.append(_all_of(schema, self.value_of(text[1:].strip(), depth + 1)))
                break
            members.append(schema)
            if not text:
                break
        return members[0] if len(members) == 1 else {"anyOf": members} if members else {}

    def take_brace(self) -> bool:
        """Take a line that opens an object literal, if the next code line is one."""
        start = self.index
        if self.take_code() == "{":
            return True
        self.index = start
        return False


def _unpartial(line: str) -> str:
    """A line of an ``anyOf`` (``Partial(A) & Partial(B)``) as the union ``A | B``."""
    if line.startswith("//") or ("Partial(" not in line and not _PARTIAL_CLOSE.match(line)):
        return line
    code, note = _split_comment(line)
    code = _PARTIAL_JOIN.sub(" | ", code).replace("Partial(", "")
    close = _PARTIAL_CLOSE.match(code)
    if close:  # "})" or "}[])" ends an object literal of the union
        code = close.group(1) + code[close.end() :]
    while code.count(")") > code.count("("):  # the last member's ")" on a one-line union
        at = code.rfind(")")
        code = code[:at] + code[at + 1 :]
    return f"{code} // {note}" if note else code


def _uncommented(text: str) -> str:
    """The code of a value, without the comment that describes what follows it."""
    text = text.strip()
    if text.startswith("//"):
        return ""
    return _split_comment(text)[0].strip().rstrip(",;")


def _scalars(text: str, depth: int) -> list[Schema]:
    """The members ``A | B |`` states (a pointer this parser cannot follow is none)."""
    text = text.strip().strip("|").strip()
    schema = _scalar(text, depth) if text else {}
    members = list(schema["anyOf"]) if set(schema) == {"anyOf"} else [schema]
    return [member for member in members if member]


def _split_comment(value: str) -> tuple[str, str]:
    match = _TRAILING_COMMENT.search(value)
    if match is None:
        return value, ""
    return value[: match.start()], match.group(1).strip()


def _all_of(left: Schema, right: Schema) -> Schema:
    parts = right["allOf"] if set(right) == {"allOf"} else [right] if right else []
    return {"allOf": [left, *parts]} if parts else left


def _compose(head: str, body: Schema, depth: int) -> Schema:
    parts = [_scalar(part, depth) for part in head.split("&") if part.strip()]
    return {"allOf": [*parts, body]} if parts else body


def _scalar(text: str, depth: int) -> Schema:
    text = text.strip()
    if depth > MAX_DEPTH or not text:
        return {}
    if text.endswith("[]"):
        return {"type": "array", "items": _scalar(text[:-2], depth + 1)}
    if text.startswith("(") and text.endswith(")"):
        return _scalar(text[1:-1], depth + 1)
    options = [option.strip() for option in text.split("|") if option.strip()]
    if len(options) > 1:
        return _union(options, depth)
    listed = _ENUM.match(text)
    if listed:  # openapi-to-md: enum[playable, preview]
        return {
            "type": "string",
            "enum": [v.strip().strip("\"'") for v in listed.group(1).split(",")],
        }
    ref = _REF.fullmatch(text)
    if ref:
        return {"$ref": REF_PREFIX + ref.group(1)}
    if "&" in text:
        return {"allOf": [_scalar(part, depth + 1) for part in text.split("&")]}
    if _LITERAL.match(text):
        return {"enum": [text.strip("\"'")]}
    return schema_for_type_word(text) or {}


def _union(options: list[str], depth: int) -> Schema:
    if all(_LITERAL.match(option) for option in options):
        values = [option.strip("\"'") for option in options]
        return {"type": "string", "enum": values}
    members = [_scalar(option, depth + 1) for option in options if option != "null"]
    schema: Schema = members[0] if len(members) == 1 else {"anyOf": members}
    if "null" in options and "type" in schema and isinstance(schema["type"], str):
        schema = {**schema, "type": [schema["type"], "null"]}
    return schema
