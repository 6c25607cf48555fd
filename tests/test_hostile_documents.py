"""Hostile documents, built by hypothesis: text from a spec lands in names, docstrings,
literals, defaults, server variables and tags, and none of it ever runs.

Each generated document is turned into a package that must compile and import
(with a canary proving no spec text executed) and write nothing outside its
output directory; a few are also checked with ``mypy --strict``. A document
clientgen refuses must be refused with a clean, located error.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import cli

# Text an attacker would try: code, quotes, Jinja, escapes, keywords, clashing names.
PAYLOADS = [
    "__import__('os').system('touch CANARY')",
    '"""; import os; os.system("touch CANARY"); """',
    "'''\nimport os\nos.system('touch CANARY')\n'''",
    "{{ ''.__class__.__mro__ }}{% raw %}",
    "\\N{BELL}\\x00\\u202e",
    "class",
    "None",
    "self",
    "Client",
    "Mapping",
    "NotGiven",
    "timeout",
    "with_raw_response",
    "model_config",
    "../../etc/passwd",
    "a\nb\r\nc",
    "名前",
    "",
]
HOSTILE = st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=30))


def build(names: list[str], texts: list[str], enum: list[str], default: str) -> dict[str, Any]:
    properties = {
        name or "p": {"type": "string", "description": text, "default": default}
        for name, text in zip(names, texts, strict=False)
    }
    properties["kind"] = {"type": "string", "enum": enum or ["x"]}
    schema_name = (names[0] or "Thing") if names else "Thing"
    return {
        "openapi": "3.1.0",
        "info": {"title": texts[0] if texts else "t", "version": "1", "description": default},
        "servers": [
            {
                "url": "https://{region}.example.com",
                "variables": {"region": {"default": "eu", "description": default}},
            }
        ],
        "tags": [{"name": n or "t", "description": t} for n, t in zip(names, texts, strict=False)],
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": schema_name,
                    "summary": texts[-1] if texts else "",
                    "tags": [names[-1] or "t"] if names else [],
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": names[0] or "q" if names else "q",
                            "in": "query",
                            "description": default,
                            "schema": {"type": "string", "enum": enum or ["x"]},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": default,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Model"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Model": {"type": "object", "properties": properties}}},
    }


def generate(document: dict[str, Any], work: Path) -> tuple[int, Path]:
    spec = work / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    status = cli.main(
        ["generate", "--source", str(spec), "--output", str(work / "out"), "--name", "hostile"]
    )
    return status, work / "out" / "hostile"


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    names=st.lists(HOSTILE, min_size=1, max_size=4),
    texts=st.lists(HOSTILE, min_size=1, max_size=4),
    enum=st.lists(HOSTILE, max_size=3, unique=True),
    default=HOSTILE,
)
def test_a_hostile_document_generates_inert_code_or_a_clean_error(
    tmp_path_factory: Any, names: list[str], texts: list[str], enum: list[str], default: str
) -> None:
    work = tmp_path_factory.mktemp("hostile")
    before = set(work.parent.iterdir())
    status, package = generate(build(names, texts, enum, default), work)
    assert status in (0, 2)
    assert set(work.parent.iterdir()) - before <= {work}, "nothing written beside the output"
    if status == 2:
        return
    for path in package.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    imported = subprocess.run(
        [sys.executable, "-c", "import hostile_client, hostile_client.models"],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    assert not list(package.rglob("CANARY")) and not (package / "CANARY").exists()


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    names=st.lists(st.sampled_from(PAYLOADS), min_size=2, max_size=4),
    texts=st.lists(st.sampled_from(PAYLOADS), min_size=1, max_size=3),
    enum=st.lists(st.sampled_from(PAYLOADS), max_size=3, unique=True),
    default=st.sampled_from(PAYLOADS),
)
def test_a_hostile_package_passes_mypy_strict(
    tmp_path_factory: Any, names: list[str], texts: list[str], enum: list[str], default: str
) -> None:
    status, package = generate(build(names, texts, enum, default), tmp_path_factory.mktemp("m"))
    if status == 2:
        return
    checked = subprocess.run(
        [
            str(Path(sys.executable).parent / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            "hostile_client",
        ],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert checked.returncode == 0, checked.stdout[-3000:]
