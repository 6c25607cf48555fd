"""Example requests in docs, as evidence: curl commands and raw HTTP request blocks.

Docs often state an operation only by example (``curl -X POST https://api.x.com/v1/users
-H 'Authorization: Bearer $TOKEN' -d '{"name": "Ada"}'``), and generated docs
repeat every operation as one. A call gives the method, the URL (server, path,
query names), the headers (how auth is sent) and the body (a sample of the
request schema). Parsing is lenient: an unbalanced quote or an unknown option
never raises, it yields what could be read.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

from generator.oas import HTTP_METHODS

# curl options that take a value (the ones docs use; others are skipped alone).
_VALUE_OPTIONS = frozenset(
    {
        "-X",
        "--request",
        "-H",
        "--header",
        "-d",
        "--data",
        "--data-raw",
        "--data-binary",
        "--data-urlencode",
        "--json",
        "-u",
        "--user",
        "-F",
        "--form",
        "-o",
        "--output",
        "-A",
        "--user-agent",
        "-b",
        "--cookie",
        "--url",
        "-e",
        "--referer",
        "-m",
        "--max-time",
    }
)
_DATA_OPTIONS = frozenset({"-d", "--data", "--data-raw", "--data-binary", "--json"})
_FORM_OPTIONS = frozenset({"-F", "--form", "--data-urlencode"})
_REQUEST_LINE = re.compile(
    rf"^({'|'.join(m.upper() for m in HTTP_METHODS)})\s+(\S+)(?:\s+HTTP/[\d.]+)?$"
)
_HEADER_LINE = re.compile(r"^([A-Za-z][\w-]*):\s*(.*)$")
_CONTINUATION = re.compile(r"\\\s*\n")


@dataclass
class Call:
    """One example request: ``url`` as written (absolute or a path)."""

    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    form: list[str] = field(default_factory=list)
    user: str = ""


def parse_curl(text: str) -> Call | None:
    """The first curl command in a shell block, or None."""
    joined = _CONTINUATION.sub(" ", text)
    for line in joined.splitlines():
        stripped = line.strip().removeprefix("$ ").strip()
        if stripped.startswith("curl ") or stripped == "curl":
            return _curl_call(_split(stripped)[1:])
    return None


def parse_http_request(text: str) -> Call | None:
    """A raw request block: ``POST /v1/users HTTP/1.1``, headers, a blank line, the body."""
    lines = text.strip("\n").splitlines()
    if not lines:
        return None
    first = _REQUEST_LINE.match(lines[0].strip())
    if first is None:
        return None
    call = Call(first.group(1), first.group(2))
    index = 1
    while index < len(lines) and lines[index].strip():
        header = _HEADER_LINE.match(lines[index].strip())
        if header:
            call.headers[header.group(1).lower()] = header.group(2)
        index += 1
    rest = [line for line in lines[index:] if line.strip()]
    if rest and all(_HEADER_LINE.match(line.strip()) for line in rest):
        # An empty header (widdershins prints "Host:" bare) ended the block early.
        for line in rest:
            name, _, value = line.strip().partition(":")
            call.headers[name.lower()] = value.strip()
        rest = []
    call.body = "\n".join(rest).strip()
    host = call.headers.get("host", "")
    if host and call.url.startswith("/"):
        call.url = f"https://{host}{call.url}"
    return call


def _split(command: str) -> list[str]:
    try:
        return shlex.split(command, posix=True)
    except ValueError:  # an unbalanced quote: split on blanks
        return command.split()


def _curl_call(words: list[str]) -> Call | None:
    method, url = "", ""
    call = Call("GET", "")
    index = 0
    while index < len(words):
        word = words[index]
        value = words[index + 1] if index + 1 < len(words) else ""
        takes_value = word in _VALUE_OPTIONS
        if word in ("-X", "--request"):
            method = value.upper()
        elif word in ("-H", "--header"):
            name, _, content = value.partition(":")
            call.headers[name.strip().lower()] = content.strip()
        elif word in _DATA_OPTIONS:
            call.body = value
        elif word in _FORM_OPTIONS:
            call.form.append(value)
        elif word in ("-u", "--user"):
            call.user = value
        elif word == "--url":
            url = value
        elif not word.startswith("-") and not url:
            url = word
        index += 2 if takes_value else 1
    if not url:
        return None
    call.url = url
    call.method = method or ("POST" if call.body or call.form else "GET")
    return call
