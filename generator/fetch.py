"""``clientgen fetch``: re-capture a declared client's document from where it is published.

The capture replaces ``specs/<api>/...`` byte for byte (sources are never
edited, only replaced), after ``clientgen diff`` has said what changed. A URL is
http(s) or a local file (for a document another job downloads); reads are
size-capped and time-limited like every input.
"""

from __future__ import annotations

import os
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from generator.diagnostics import ClientgenError
from generator.yamlsource import MAX_DOCUMENT_BYTES

TIMEOUT_SECONDS = 60


def download(url: str, root: Path) -> bytes:
    """The document at ``url`` (http, https, file://, or a path relative to ``root``)."""
    scheme = urlsplit(url).scheme
    if scheme in ("http", "https"):
        request = urllib.request.Request(url, headers={"User-Agent": "clientgen-fetch"})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                data: bytes = response.read(MAX_DOCUMENT_BYTES + 1)
        except OSError as exc:
            raise ClientgenError(f"cannot fetch {url}: {exc}", url, "check the URL") from None
    else:
        path = Path(urlsplit(url).path) if scheme == "file" else root / url
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_DOCUMENT_BYTES + 1)
        except OSError as exc:
            raise ClientgenError(f"cannot read {path}: {exc.strerror}", url) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ClientgenError(f"{url} is larger than {MAX_DOCUMENT_BYTES} bytes", url)
    return data


def staged(source: Path, data: bytes) -> Path:
    """The new capture in a temporary file beside the source (same name, so readers detect alike)."""
    folder = Path(tempfile.mkdtemp(prefix=".fetch-", dir=source.parent))
    staged_file = folder / source.name
    staged_file.write_bytes(data)
    return staged_file


def replace_source(source: Path, staged_file: Path) -> None:
    os.replace(staged_file, source)
    staged_file.parent.rmdir()
