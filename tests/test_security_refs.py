"""External ``$ref``s are confined to the document's directory (issue 17, HIGH 1).

Every attack goes through the command line (``clientgen generate --source F
--output D``): exit 2, one line naming the reference and its JSON pointer,
the secret nowhere in what is printed or written, and nothing written. The
ones that could hang or read forever if opened (a FIFO, /dev/zero) run in a
subprocess with a timeout.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import cli
from tests.conftest import clientgen as run_cli

SECRET = "SECRET-d41d8cd98f00"
POINTER = "#/paths/~1items/get/responses/200/content/application~1json/schema"
SPEC = """\
openapi: 3.0.3
info: {{title: t, version: '1'}}
servers: [{{url: 'https://api.example.com'}}]
paths:
  /items:
    get:
      operationId: listItems
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '{ref}'}}
"""
COMMON = """\
Item:
  type: object
  properties:
    id: {type: string}
    child: {$ref: '#/Child'}
Child: {type: object, properties: {name: {type: string}}}
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """``tmp_path/api`` holds the spec; a secret sits beside it, one level up."""
    (tmp_path / "secret.yaml").write_text(f"token: {SECRET}\n", encoding="utf-8")
    (tmp_path / "secret.json").write_text(f'{{"token": "{SECRET}"}}\n', encoding="utf-8")
    api = tmp_path / "api"
    api.mkdir()
    (api / "common.yaml").write_text(COMMON, encoding="utf-8")
    return api


def write_spec(api: Path, ref: str) -> Path:
    spec = api / "spec.yaml"
    spec.write_text(SPEC.format(ref=ref), encoding="utf-8")
    return spec


def assert_refused(
    status: int, out: str, err: str, output: Path, ref: str, where: str = POINTER
) -> None:
    assert status == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"{where}: error: external $ref {ref!r}" in lines[0]
    assert "hint:" in lines[0]
    assert SECRET not in out + err
    assert not output.exists(), "nothing may be written"


def generate(spec: Path, output: Path, *extra: str) -> int:
    return cli.main(["generate", "--source", str(spec), "--output", str(output), *extra])


@pytest.mark.parametrize(
    "ref",
    [
        "../secret.yaml",
        "../secret.yaml#/token",
        "sub/../../secret.json",
        "%2E%2E/secret.yaml",
        "{tmp}/secret.yaml",
        "file://{tmp}/secret.yaml",
        "/proc/self/environ",
        "/dev/zero",
        "http://127.0.0.1:9/spec.yaml",
        "https://example.com/spec.yaml#/x",
        "//example.com/spec.yaml",
    ],
    ids=[
        "dotdot",
        "dotdot-pointer",
        "dotdot-nested",
        "dotdot-percent",
        "absolute",
        "file-url",
        "proc-environ",
        "dev-zero",
        "http",
        "https",
        "network-path",
    ],
)
def test_references_out_of_the_directory_are_refused(
    site: Path, ref: str, capfd: pytest.CaptureFixture[str]
) -> None:
    ref = ref.format(tmp=site.parent)
    output = site.parent / "out"
    status = generate(write_spec(site, ref), output)
    captured = capfd.readouterr()
    assert_refused(status, captured.out, captured.err, output, ref)


def test_a_symlink_pointing_out_is_refused(site: Path, capfd: pytest.CaptureFixture[str]) -> None:
    (site / "shared.yaml").symlink_to(site.parent / "secret.yaml")
    (site / "linked").symlink_to(site.parent)
    output = site.parent / "out"
    for ref in ("shared.yaml", "linked/secret.yaml"):
        status = generate(write_spec(site, ref), output)
        captured = capfd.readouterr()
        assert_refused(status, captured.out, captured.err, output, ref)


def test_a_symlink_to_a_device_is_refused_unread(
    site: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (site / "zero.yaml").symlink_to("/dev/zero")
    output = site.parent / "out"
    status = generate(write_spec(site, "zero.yaml"), output)
    captured = capfd.readouterr()
    assert_refused(status, captured.out, captured.err, output, "zero.yaml")


def test_a_ref_in_a_referenced_file_is_confined_too(
    site: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (site / "hop.yaml").write_text("Thing: {$ref: '../secret.yaml'}\n", encoding="utf-8")
    output = site.parent / "out"
    status = generate(write_spec(site, "hop.yaml#/Thing"), output)
    captured = capfd.readouterr()
    assert_refused(
        status, captured.out, captured.err, output, "../secret.yaml", f"{site / 'hop.yaml'}#/Thing"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_beside_the_spec_is_refused_without_opening_it(site: Path) -> None:
    os.mkfifo(site / "pipe.yaml")
    os.mkfifo(site / "pipe2.yaml")
    spec = write_spec(site, "pipe.yaml")
    # A second ref to another pipe from the overrides: neither may be opened (a hang).
    (site / "o.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n"
        "  - target: $.info\n    update: {x-extra: {$ref: 'pipe2.yaml'}}\n",
        encoding="utf-8",
    )
    result = run_cli("generate", "--source", str(spec), "--output", "out", cwd=site.parent)
    assert_refused(
        result.returncode, result.stdout, result.stderr, site.parent / "out", "pipe.yaml"
    )
    assert "not a regular file" in result.stderr


def test_dev_zero_through_the_command_line_ends_at_once(site: Path) -> None:
    spec = write_spec(site, "/dev/zero")
    result = run_cli("generate", "--source", str(spec), "--output", "out", cwd=site.parent)
    assert_refused(
        result.returncode, result.stdout, result.stderr, site.parent / "out", "/dev/zero"
    )


def test_a_sibling_file_still_resolves(site: Path, capfd: pytest.CaptureFixture[str]) -> None:
    output = site.parent / "out"
    status = generate(write_spec(site, "common.yaml#/Item"), output)
    captured = capfd.readouterr()
    assert status == 0, captured.err
    models = (output / "spec" / "spec_client" / "models.py").read_text(encoding="utf-8")
    assert "child" in models
    assert "name" in models


def test_a_subdirectory_and_a_ref_back_into_the_spec_resolve(
    site: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (site / "schemas").mkdir()
    (site / "schemas" / "item.yaml").write_text(
        "type: object\nproperties:\n  tag: {$ref: '../spec.yaml#/components/schemas/Tag'}\n",
        encoding="utf-8",
    )
    spec = write_spec(site, "schemas/item.yaml")
    spec.write_text(
        spec.read_text() + "components:\n  schemas:\n    Tag: {type: string, enum: [a, b]}\n"
    )
    output = site.parent / "out"
    status = generate(spec, output)
    captured = capfd.readouterr()
    assert status == 0, captured.err
    models = (output / "spec" / "spec_client" / "models.py").read_text(encoding="utf-8")
    # A response enum is open (`Tag | str`): the ref back into the spec stays the named Tag.
    assert "tag: Tag | str | None" in models, "a ref back into the spec stays a named component"


def test_overrides_refs_are_confined_to_the_overrides_directory(
    site: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(site, "common.yaml#/Item")
    overrides_dir = site.parent / "overrides"
    overrides_dir.mkdir()
    (overrides_dir / "extra.yaml").write_text("x-note: from a sibling\n", encoding="utf-8")
    overlay = overrides_dir / "o.yaml"
    output = site.parent / "out"
    for ref, ok in (("extra.yaml", True), ("../secret.yaml", False), ("../api/common.yaml", False)):
        overlay.write_text(
            "overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n"
            f"  - target: $.info\n    update: {{x-extra: {{$ref: '{ref}'}}}}\n",
            encoding="utf-8",
        )
        status = cli.main(["export", str(spec), "--overrides", str(overlay), "--format", "json"])
        captured = capfd.readouterr()
        if ok:
            assert status == 0, captured.err
            assert "from a sibling" in captured.out
        else:
            assert_refused(
                status,
                captured.out,
                captured.err,
                output,
                ref,
                f"{overlay}#/actions/0/update/x-extra",
            )


def test_circular_and_missing_targets_are_clean_errors(
    site: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (site / "loop.yaml").write_text("A: {$ref: '#/B'}\nB: {$ref: '#/A'}\n", encoding="utf-8")
    output = site.parent / "out"
    for ref, message in (
        ("loop.yaml#/A", "circular external $ref"),
        ("common.yaml#/Nope", "names nothing"),
        ("missing.yaml", "cannot read it"),
    ):
        status = generate(write_spec(site, ref), output)
        captured = capfd.readouterr()
        assert status == 2
        assert message in captured.err
        assert len(captured.err.strip().splitlines()) == 1
        assert not output.exists()


def test_hidden_and_non_spec_files_beside_the_spec_are_refused(
    site: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (site / ".docker").mkdir()
    (site / ".docker" / "config.json").write_text(f'{{"auth": "{SECRET}"}}\n')
    (site / ".env.yaml").write_text(f"token: {SECRET}\n")
    (site / "id_token").write_text(f"{SECRET}\n")
    output = site.parent / "out"
    for ref, reason in (
        (".docker/config.json", "hidden"),
        (".env.yaml", "hidden"),
        ("id_token", "only .yaml, .yml and .json"),
    ):
        status = generate(write_spec(site, ref), output)
        captured = capfd.readouterr()
        assert_refused(status, captured.out, captured.err, output, ref)
        assert reason in captured.err


def test_a_ref_with_control_characters_stays_one_printable_line(
    site: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    spec = site / "spec.yaml"
    spec.write_text(SPEC.format(ref="x").replace("{$ref: 'x'}", '{$ref: "../a\\e[31m\\nb.yaml"}'))
    output = site.parent / "out"
    status = generate(spec, output)
    err = capfd.readouterr().err
    assert status == 2
    assert "\x1b" not in err and len(err.strip().splitlines()) == 1, err
    assert "refused" in err


ESCAPED_KEYS = {
    "spec.json": '{{"openapi": "3.0.3", "info": {{"title": "t", "version": "1"}}, "paths": '
    '{{"/items": {{"get": {{"responses": {{"200": {{"description": "ok", "content": '
    '{{"application/json": {{"schema": {{"\\u0024ref": "{ref}"}}}}}}}}}}}}}}}}}}',
    "spec.yaml": SPEC.replace("{{$ref: '{ref}'}}", '{{"\\x24ref": "{ref}"}}'),
}


@pytest.mark.parametrize("name", sorted(ESCAPED_KEYS))
def test_an_escaped_ref_key_is_resolved_and_confined_by_refs(site: Path, name: str) -> None:
    from generator.diagnostics import ClientgenError
    from generator.refs import resolve_external_refs
    from generator.yamlsource import load_yaml_text

    ref = f"file://{site.parent}/secret.yaml"
    document = load_yaml_text(ESCAPED_KEYS[name].format(ref=ref), name)
    with pytest.raises(ClientgenError) as caught:
        resolve_external_refs(document, str(site / name))
    assert POINTER in caught.value.diagnostic.location


@pytest.mark.parametrize("name", sorted(ESCAPED_KEYS))
def test_an_escaped_ref_key_through_the_command_line_is_refused(
    site: Path, name: str, capfd: pytest.CaptureFixture[str]
) -> None:
    ref = f"file://{site.parent}/secret.yaml"
    spec = site / name
    spec.write_text(ESCAPED_KEYS[name].format(ref=ref), encoding="utf-8")
    output = site.parent / "out"
    status = generate(spec, output)
    captured = capfd.readouterr()
    assert_refused(status, captured.out, captured.err, output, ref)
