"""The Overlay 1.0 engine: merge, append, remove, and loud failure on stale actions."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import ClientgenError
from generator.overlay import apply_overlay, load_overlay

DOCUMENT = {
    "info": {"title": "t", "contact": {"email": ["x"]}},
    "tags": [{"name": "a"}],
    "paths": {"/a": {"get": {"summary": "A"}}, "/b": {"get": {"summary": "B"}, "post": {}}},
}


def overlay(tmp_path: Path, actions: str) -> Path:
    path = tmp_path / "o.yaml"
    path.write_text(
        f"overlay: 1.0.0\ninfo: {{title: t, version: '1'}}\nactions:\n{actions}", encoding="utf-8"
    )
    return path


def test_update_merges_objects_replaces_scalars_and_appends_arrays(tmp_path: Path) -> None:
    path = overlay(
        tmp_path,
        "  - target: $.info\n    update: {contact: {email: a@b.c}, version: '2'}\n"
        "  - target: $.tags\n    update: [{name: b}]\n",
    )
    patched, applied = apply_overlay(DOCUMENT, load_overlay(path))
    assert patched["info"] == {"title": "t", "contact": {"email": "a@b.c"}, "version": "2"}
    assert patched["tags"] == [{"name": "a"}, {"name": "b"}]
    assert applied[0].matched == ("/info",)
    assert DOCUMENT["info"]["contact"] == {"email": ["x"]}, "the input is not modified"


def test_wildcard_targets_update_every_match(tmp_path: Path) -> None:
    path = overlay(tmp_path, "  - target: $.paths.*.get\n    update: {x-clientgen-name: fetch}\n")
    patched, applied = apply_overlay(DOCUMENT, load_overlay(path))
    assert all(item["get"]["x-clientgen-name"] == "fetch" for item in patched["paths"].values())
    assert applied[0].matched == ("/paths/~1a/get", "/paths/~1b/get")


def test_remove_deletes_every_match(tmp_path: Path) -> None:
    path = overlay(
        tmp_path,
        "  - target: $.paths['/b'].post\n    remove: true\n  - target: $.tags[0]\n    remove: true\n",
    )
    patched, _ = apply_overlay(DOCUMENT, load_overlay(path))
    assert list(patched["paths"]["/b"]) == ["get"]
    assert patched["tags"] == []


def test_an_action_matching_nothing_is_an_error_naming_it(tmp_path: Path) -> None:
    path = overlay(
        tmp_path,
        "  - target: $.paths['/gone'].get\n    description: Rename gone\n    update: {summary: x}\n",
    )
    with pytest.raises(ClientgenError) as caught:
        apply_overlay(DOCUMENT, load_overlay(path))
    assert "Rename gone" in str(caught.value)
    assert caught.value.diagnostic.location == f"{path}:4"


@pytest.mark.parametrize(
    ("actions", "message"),
    [
        ("  - target: paths\n    update: {}\n", "JSONPath starting with '$'"),
        ("  - target: $.a[\n    update: {}\n", "invalid JSONPath"),
        ("  - target: $.a\n", "exactly one of"),
        ("  - target: $.a\n    update: {}\n    replace: 1\n", "unknown action field"),
    ],
)
def test_invalid_actions_are_refused_with_a_line(
    tmp_path: Path, actions: str, message: str
) -> None:
    with pytest.raises(ClientgenError) as caught:
        load_overlay(overlay(tmp_path, actions))
    assert message in str(caught.value)
    assert f"{tmp_path / 'o.yaml'}:" in caught.value.diagnostic.location


def test_a_file_that_is_not_an_overlay_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text("openapi: 3.1.0\n", encoding="utf-8")
    with pytest.raises(ClientgenError, match="not an OpenAPI Overlay"):
        load_overlay(path)


def test_an_action_the_source_has_caught_up_with_is_marked_redundant(tmp_path: Path) -> None:
    path = overlay(
        tmp_path,
        "  - target: $.paths['/a'].get\n    description: Summarise A\n    update: {summary: A}\n"
        "  - target: $.tags\n    description: Tag a\n    update: [{name: a}]\n"
        "  - target: $.paths['/b'].get\n    description: Summarise B\n    update: {summary: Bee}\n",
    )
    _, applied = apply_overlay(DOCUMENT, load_overlay(path))
    assert [(a.description, a.redundant) for a in applied] == [
        ("Summarise A", True),
        ("Tag a", True),
        ("Summarise B", False),
    ]


def test_generate_warns_that_a_redundant_action_can_be_deleted(tmp_path: Path) -> None:
    import subprocess
    import sys

    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://x.example'}]\n"
        "paths:\n  /a:\n    get:\n      operationId: getA\n      responses: {'200': {description: ok}}\n"
    )
    path = overlay(
        tmp_path,
        "  - target: $\n    description: Add the server\n"
        "    update: {servers: [{url: 'https://x.example'}]}\n",
    )
    result = subprocess.run(
        [sys.executable, "-m", "generator.cli", "export", str(spec), "--overrides", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (
        f"{path}:4: warning: override action 'Add the server' changes nothing: the source now "
        "says the same (hint: delete the action)"
    ) in result.stderr
