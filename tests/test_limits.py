"""Resource limits and no tracebacks (issue 17, items 6 and 7).

Each limit is tested with its attack through the command line: exit 2, one
line with a location, quickly, nothing written. Limits that would need a
large input to reach are lowered with monkeypatch; the attack stays the same.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import cli, overlay, refs, yamlsource
from generator.diagnostics import ClientgenError

HEAD = """\
openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: 'https://api.example.com'}]
paths:
  /items:
    get:
      operationId: listItems
      description: DESCRIPTION
      responses:
        '200':
          description: ok
"""
OVERLAY_HEAD = "overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n"
DEEP = 10_000


def billion_laughs() -> str:
    """About 1 KB of YAML that expands to 9^9 (~387 million) nodes."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def run(*args: str) -> int:
    return cli.main(list(args))


def assert_clean_error(
    status: int, capfd: pytest.CaptureFixture[str], where: str, message: str, started: float
) -> str:
    err = capfd.readouterr().err
    assert status == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(where), err
    assert message in lines[0], err
    assert "(hint: " in lines[0], err
    assert time.monotonic() - started < 30, "a limit must stop the work early"
    assert not Path("out").exists()
    return lines[0]


def spec_with(extra: str) -> str:
    return HEAD + extra


# -- item 6: resource limits ---------------------------------------------------------


def test_alias_bomb_in_a_spec(work: Path, capfd: pytest.CaptureFixture[str]) -> None:
    Path("spec.yaml").write_text(spec_with("x-bomb:\n" + _indent(billion_laughs())))
    assert len(billion_laughs()) < 1100
    started = time.monotonic()
    status = run("generate", "--source", "spec.yaml", "--output", "out")
    assert_clean_error(status, capfd, "spec.yaml:", "aliases expand to more than", started)


def test_alias_bomb_in_an_overrides_file(work: Path, capfd: pytest.CaptureFixture[str]) -> None:
    Path("spec.yaml").write_text(HEAD)
    Path("o.yaml").write_text(
        OVERLAY_HEAD + "  - target: $.info\n    update:\n" + _indent(billion_laughs(), 6)
    )
    started = time.monotonic()
    status = run("generate", "--source", "spec.yaml", "--overrides", "o.yaml", "--output", "out")
    assert_clean_error(status, capfd, "o.yaml:", "aliases expand to more than", started)


def test_an_alias_to_its_own_container(work: Path, capfd: pytest.CaptureFixture[str]) -> None:
    Path("spec.yaml").write_text(spec_with("x-loop: &loop [*loop]\n"))
    started = time.monotonic()
    status = run("export", "spec.yaml")
    assert_clean_error(status, capfd, "spec.yaml:12", "refers to a node that contains it", started)


def test_document_size_is_capped_before_reading(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with open("spec.yaml", "wb") as handle:  # sparse: no disk, no memory
        handle.write(HEAD.encode())
        handle.truncate(yamlsource.MAX_DOCUMENT_BYTES + 1)
    started = time.monotonic()
    status = run("generate", "--source", "spec.yaml", "--output", "out")
    assert_clean_error(status, capfd, "spec.yaml:", "is larger than 64 MB", started)


def test_nesting_depth_is_capped(work: Path, capfd: pytest.CaptureFixture[str]) -> None:
    Path("spec.yaml").write_text(spec_with("x-deep: " + "[" * DEEP + "]" * DEEP + "\n"))
    started = time.monotonic()
    status = run("generate", "--source", "spec.yaml", "--output", "out")
    assert_clean_error(status, capfd, "spec.yaml:12", "nests deeper than 128 levels", started)


def test_node_count_is_capped(
    work: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlsource, "MAX_NODES", 1_000)
    Path("spec.yaml").write_text(spec_with("x-many: [" + ", ".join(["0"] * 2_000) + "]\n"))
    started = time.monotonic()
    status = run("export", "spec.yaml")
    assert_clean_error(status, capfd, "spec.yaml:12", "more than 1,000 nodes", started)


def test_a_huge_value_is_capped(
    work: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlsource, "MAX_SCALAR_CHARS", 1024 * 1024)
    Path("spec.yaml").write_text(HEAD.replace("DESCRIPTION", "x" * (1024 * 1024 + 1)))
    started = time.monotonic()
    status = run("export", "spec.yaml")
    assert_clean_error(status, capfd, "spec.yaml:8", "a value is longer than 1 MB", started)


def test_external_refs_cannot_multiply_a_document(
    work: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refs, "MAX_INLINED_NODES", 10_000)
    # Each file refers to the next ten times: 10^6 copies of the last one.
    for level in range(6):
        items = ", ".join([f"{{$ref: 'l{level + 1}.yaml'}}"] * 10)
        Path(f"l{level}.yaml").write_text(f"[{items}]\n")
    Path("l6.yaml").write_text("{type: string}\n")
    Path("spec.yaml").write_text(spec_with("x-refs: {$ref: 'l0.yaml'}\n"))
    started = time.monotonic()
    status = run("export", "spec.yaml")
    assert_clean_error(status, capfd, "", "external $refs inline more than 10,000 nodes", started)


def test_a_backtracking_regex_filter_is_time_boxed(
    work: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(overlay, "TARGET_SECONDS", 0.5)
    Path("spec.yaml").write_text(HEAD.replace("DESCRIPTION", "a" * 40 + "!"))
    Path("o.yaml").write_text(
        OVERLAY_HEAD + "  - target: \"$.paths.*[?match(@.description, '(a+)+b')]\"\n"
        "    update: {x-found: true}\n"
    )
    started = time.monotonic()
    status = run("export", "spec.yaml", "--overrides", "o.yaml")
    assert_clean_error(status, capfd, "o.yaml:4", "took over 0.5 s", started)
    assert time.monotonic() - started < 10


def test_an_invalid_regex_is_reported_as_invalid(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Path("spec.yaml").write_text(HEAD)
    Path("o.yaml").write_text(
        OVERLAY_HEAD + "  - target: \"$.paths.*[?search(@.description, 'DESC(')]\"\n"
        "    update: {x-found: true}\n"
    )
    started = time.monotonic()
    status = run("export", "spec.yaml", "--overrides", "o.yaml")
    line = assert_clean_error(status, capfd, "o.yaml:4", "invalid regular expression", started)
    assert "matches nothing" not in line


def test_a_valid_regex_filter_still_matches(work: Path, capfd: pytest.CaptureFixture[str]) -> None:
    Path("spec.yaml").write_text(HEAD)
    Path("o.yaml").write_text(
        OVERLAY_HEAD + "  - target: \"$.paths.*[?search(@.description, 'DESC.*ON')]\"\n"
        "    update: {x-found: yes-it-is}\n"
    )
    assert run("export", "spec.yaml", "--overrides", "o.yaml") == 0
    assert "x-found: yes-it-is" in capfd.readouterr().out


# -- item 7: no tracebacks -----------------------------------------------------------


def _deep_inputs() -> dict[str, str]:
    deep_yaml = "[" * DEEP + "]" * DEEP
    deep_json = '{"a":' * DEEP + "1" + "}" * DEEP
    return {
        "spec.yaml": spec_with(f"x-deep: {deep_yaml}\n"),
        "spec.json": '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, '
        f'"paths": {{}}, "x-deep": {deep_json}}}',
        "ok.yaml": HEAD,
        "o.yaml": OVERLAY_HEAD + f"  - target: $.info\n    update: {{x: {deep_yaml}}}\n",
        "clientgen.yaml": f"clients: {deep_yaml}\n",
    }


@pytest.mark.parametrize(
    "args",
    [
        ["generate", "--source", "spec.yaml", "--output", "out"],
        ["generate", "--source", "spec.json", "--output", "out"],
        ["generate", "--source", "ok.yaml", "--overrides", "o.yaml", "--output", "out"],
        ["generate"],
        ["export", "spec.yaml"],
        ["export", "spec.json", "--format", "json"],
        ["export", "ok.yaml", "--overrides", "o.yaml"],
        ["export", "declared"],
        ["report", "spec.yaml"],
        ["report", "spec.json"],
        ["report", "ok.yaml", "--overrides", "o.yaml"],
        ["report", "declared"],
    ],
    ids=lambda args: "-".join(a for a in args if not a.startswith("-") and a != "out"),
)
def test_every_entry_point_refuses_a_10000_deep_input_in_one_line(
    work: Path, capfd: pytest.CaptureFixture[str], args: list[str]
) -> None:
    for name, text in _deep_inputs().items():
        Path(name).write_text(text)
    started = time.monotonic()
    status = run(*args)
    err = capfd.readouterr().err
    assert status == 2, err
    assert "Traceback" not in err and "RecursionError" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert ":" in err.split(" error: ")[0], "the line starts with a location"
    assert "deep" in err
    assert time.monotonic() - started < 30
    assert not Path("out").exists()


@pytest.mark.parametrize(
    ("name", "text", "where", "message"),
    [
        ("spec.yaml", HEAD.replace("DESCRIPTION", '"a\\u0000b\0"'), "spec.yaml:8", "U+0000"),
        ("spec.yaml", HEAD.replace("DESCRIPTION", "colour \x1b[31mred"), "spec.yaml:8", "U+001B"),
        ("spec.yaml", spec_with("x-big: " + "7" * 5000 + "\n"), "spec.yaml:12", "4300 digits"),
        (
            "spec.json",
            '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, '
            '"x-big": ' + "7" * 5000 + "}",
            "spec.json",
            "4300 digits",
        ),
        ("spec.yaml", spec_with("x-when: 2024-13-45\n"), "spec.yaml:12", "invalid timestamp"),
    ],
    ids=["nul", "esc", "long-int-yaml", "long-int-json", "bad-date"],
)
def test_hostile_scalars_are_one_located_line(
    work: Path, capfd: pytest.CaptureFixture[str], name: str, text: str, where: str, message: str
) -> None:
    Path(name).write_text(text)
    for command in (["generate", "--source", name, "--output", "out"], ["export", name]):
        started = time.monotonic()
        assert_clean_error(run(*command), capfd, where, message, started)


def test_control_characters_in_an_overrides_file(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Path("spec.yaml").write_text(HEAD)
    Path("o.yaml").write_text(OVERLAY_HEAD + '  - target: $.info\n    update: {x: "a\x00"}\n')
    started = time.monotonic()
    status = run("export", "spec.yaml", "--overrides", "o.yaml")
    assert_clean_error(status, capfd, "o.yaml:5", "U+0000", started)


def test_an_output_path_that_is_a_file(work: Path, capfd: pytest.CaptureFixture[str]) -> None:
    Path("spec.yaml").write_text(HEAD)
    Path("afile").write_text("keep me\n")
    started = time.monotonic()
    status = run("generate", "--source", "spec.yaml", "--output", "afile")
    assert_clean_error(status, capfd, str(work / "afile"), "is a file", started)
    assert Path("afile").read_text() == "keep me\n"


def test_over_long_names(work: Path, capfd: pytest.CaptureFixture[str]) -> None:
    Path("spec.yaml").write_text(
        HEAD.replace("operationId: listItems", "tags: [" + "t" * 5000 + "]")
    )
    started = time.monotonic()
    status = run("generate", "--source", "spec.yaml", "--output", "out")
    err = capfd.readouterr().err
    if status != 0:  # the name allocator may shorten it; if not, the failure is one line
        assert status == 2
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1, err
    assert time.monotonic() - started < 60
    status = run("generate", "--source", "spec.yaml", "--name", "n" * 300, "--output", "out2")
    err = capfd.readouterr().err
    assert status == 2
    assert err.startswith("out2: error: client name") and "longer than 200 bytes" in err
    assert len(err.strip().splitlines()) == 1, err
    assert not Path("out2").exists()


def _indent(text: str, by: int = 2) -> str:
    return "".join(" " * by + line + "\n" for line in text.splitlines())


def test_json_documents_meet_the_same_limits(
    work: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlsource, "MAX_SCALAR_CHARS", 1000)
    head = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1", "description": '
    Path("long.json").write_text(head + '"' + "x" * 1001 + '"}, "paths": {}}')
    started = time.monotonic()
    status = run("export", "long.json")
    assert_clean_error(status, capfd, "long.json#/info/description", "longer than", started)
    Path("deep.json").write_text(head + '""}, "paths": {}, "x": ' + "[" * 200 + "]" * 200 + "}")
    status = run("export", "deep.json")
    assert_clean_error(status, capfd, "deep.json#/x/0/0/0", "nests deeper than 128", started)


def test_document_limits_name_the_pointer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsource, "MAX_SCALAR_CHARS", 10)
    document = {"paths": {"/a": {"get": {"description": "x" * 11}}}, "x": [[[]]]}
    with pytest.raises(ClientgenError) as caught:
        refs.check_document_limits(document, "spec.json")
    assert caught.value.diagnostic.location == "spec.json#/paths/~1a/get/description"
    monkeypatch.setattr(yamlsource, "MAX_DEPTH", 2)
    document = {"x": [[[]]]}
    with pytest.raises(ClientgenError) as caught:
        refs.check_document_limits(document, "spec.json")
    assert caught.value.diagnostic.location == "spec.json#/x/0/0"


def test_a_10000_deep_pyproject_declaration_is_one_line(
    work: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Path("ok.yaml").write_text(HEAD)
    Path("pyproject.toml").write_text(
        '[tool.clientgen]\nclients = [{name = "ok", source = "ok.yaml"}]\n'
        f"x = {'[' * DEEP}{']' * DEEP}\n"
    )
    for args in (["generate"], ["export", "ok"], ["report", "ok"]):
        started = time.monotonic()
        assert_clean_error(run(*args), capfd, str(work / "pyproject.toml"), "deeply", started)


def test_yaml_inside_recovered_documents_meets_the_same_limits() -> None:
    """An alias bomb in a Markdown example or a collapsed flow collection is refused quickly."""
    from generator.readers.markdown.document import parse_sample
    from generator.readers.openapi.collapsed import rebuild

    levels = ["a: &a [x,x,x,x,x,x,x,x,x]"]
    for index, name in enumerate("bcdefgh"):
        below = "abcdefg"[index]
        levels.append(f"{name}: &{name} [" + ",".join([f"*{below}"] * 9) + "]")
    bomb = "\n".join(levels) + "\n"
    started = time.monotonic()
    assert parse_sample(bomb) is not None  # read as nothing, quickly
    collapsed = "openapi: 3.0.0 info: {title: t, version: '1'} paths: {} x-bomb: " + " ".join(
        levels[-1:]
    )
    try:
        rebuild(collapsed, "bomb.txt")
    except Exception as error:  # a clean, located refusal is fine too
        assert "bomb.txt" in str(error)
    assert time.monotonic() - started < 10
