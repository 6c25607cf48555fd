"""The command line: user errors are one located line and exit 2; output is atomic and stable."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli, render
from generator.diagnostics import ClientgenError
from tests.conftest import REPO

PAGE = REPO / "specs" / "ourpeople" / "ourpeople.page.txt"
OVERRIDES = REPO / "overrides" / "ourpeople.yaml"
CLIENTGEN = [sys.executable, "-m", "generator.cli"]


def run(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLIENTGEN, *args], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )


def release_free(files: dict[str, bytes]) -> dict[str, bytes]:
    """The package without its release record: the version and changelog follow the
    package's history of regenerations, not the inputs of this one."""
    version = re.search(rb'^version = "([^"]+)"', files["pyproject.toml"], re.M)
    assert version is not None
    found = re.escape(version.group(1))
    stamp = rb'((?:^version = |__version__ = )"|-client/)' + found + rb"\b"
    return {
        name: re.sub(stamp, rb"\g<1>VERSION", data, flags=re.M)
        for name, data in files.items()
        if name not in ("CHANGELOG.md", ".clientgen.json")
    }


def tree(root: Path) -> dict[str, bytes]:
    litter = {"__pycache__", ".mypy_cache", ".ruff_cache"}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not litter & set(p.relative_to(root).parts)
    }


def generate_into(output: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run(
        "generate",
        "--source",
        str(PAGE),
        "--overrides",
        str(OVERRIDES),
        "--name",
        "ourpeople",
        "--output",
        str(output),
        *extra,
    )


@pytest.mark.parametrize(
    ("files", "args", "expected"),
    [
        (
            {"spec.txt": "nothing to see here\n"},
            ["generate", "--source", "spec.txt", "--output", "out"],
            "spec.txt:1: error",
        ),
        (
            {"spec.yaml": "openapi: 3.0.0\ninfo:\n  title: [x\n"},
            ["generate", "--source", "spec.yaml", "--output", "out"],
            "spec.yaml:",
        ),
        (
            {
                "spec.yaml": "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n",
                "o.yaml": "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.paths['/a'].get.responses['200']\n    update: {content: {application/json: {schema: {$ref: '#/components/schemas/Gone'}}}}\n",
            },
            ["generate", "--source", "spec.yaml", "--overrides", "o.yaml", "--output", "out"],
            "#/paths/~1a/get/responses/200/content/application~1json/schema: error: broken $ref",
        ),
        (
            {
                "spec.yaml": "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
                "o.yaml": "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.nope\n    update: {}\n",
            },
            ["generate", "--source", "spec.yaml", "--overrides", "o.yaml", "--output", "out"],
            "o.yaml:4: error: override action",
        ),
        (
            {
                "clientgen.yaml": "clients:\n  - name: a\n    source: a.txt\n",
                "a.txt": "openapi: 3.0.0\n",
            },
            ["generate", "nope"],
            "error: unknown client 'nope'",
        ),
        (
            {"clientgen.yaml": "clients:\n  - name: a\n    sorce: a.txt\n"},
            ["generate"],
            "clientgen.yaml:3: error: unknown key 'sorce'",
        ),
    ],
    ids=[
        "not-openapi",
        "yaml-syntax",
        "broken-ref-from-override",
        "stale-overlay",
        "unknown-client",
        "bad-declaration",
    ],
)
def test_user_errors_are_one_located_line_and_exit_2(
    tmp_path: Path, files: dict[str, str], args: list[str], expected: str
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_check_passes_on_the_committed_tree() -> None:
    result = run("generate", "--check")
    assert result.returncode == 0, result.stderr


def test_check_reports_a_hand_edit(tmp_path: Path) -> None:
    assert generate_into(tmp_path).returncode == 0
    models = tmp_path / "ourpeople" / "ourpeople_client" / "models.py"
    models.write_text(models.read_text() + "# edited\n")
    result = generate_into(tmp_path, "--check")
    assert result.returncode == 1
    assert "changed  ourpeople_client/models.py (+0 -1)" in result.stderr


def test_output_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("1", "2"):
        output = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        assert (
            run(
                "generate",
                "--source",
                str(PAGE),
                "--overrides",
                str(OVERRIDES),
                "--name",
                "ourpeople",
                "--output",
                str(output),
                env=env,
            ).returncode
            == 0
        )
        files = tree(output / "ourpeople")
        del files[".clientgen.json"]  # records input digests, which are compared elsewhere
        trees.append(files)
    assert trees[0] == trees[1]
    committed = tree(REPO / "generated" / "ourpeople")
    assert release_free(trees[0]) == release_free(committed)


def test_a_failure_midway_leaves_the_previous_package_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(REPO / "generated" / "ourpeople", tmp_path / "ourpeople")
    before = tree(tmp_path / "ourpeople")
    real_format = render.format_python_files

    def failing_format(files: dict[str, str]) -> dict[str, str]:
        real_format(files)  # everything rendered and formatted, then the run fails
        raise ClientgenError("simulated failure", "models.py")

    monkeypatch.setattr(render, "format_python_files", failing_format)
    status = cli.main(
        ["generate", "--source", str(PAGE), "--name", "ourpeople", "--output", str(tmp_path)]
    )
    assert status == 2
    assert "simulated failure" in capsys.readouterr().err
    assert tree(tmp_path / "ourpeople") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ourpeople"], (
        "no temporary directories left"
    )


def test_unchanged_inputs_regenerate_as_a_no_op(tmp_path: Path) -> None:
    assert generate_into(tmp_path).returncode == 0
    second = generate_into(tmp_path)
    assert "up to date" in second.stdout


def test_export_prints_the_patched_model() -> None:
    result = run("export", "ourpeople")
    assert result.returncode == 0, result.stderr
    assert "openapi: 3.1.0" in result.stdout
    assert "x-clientgen-token-exchange:" in result.stdout
    assert "email: support@ourpeople.com" in result.stdout


def test_report_lists_every_operation_with_its_client_call(tmp_path: Path) -> None:
    page = tmp_path / "courier.html"
    result = run("report", "courier", "--html", str(page))
    assert result.returncode == 0, result.stderr
    assert "177 operations, 177 inferred" in result.stdout
    assert "GET     /v1/announcers/  ->  client.announcers.list" in result.stdout
    assert "- method: query parameters and a list response" in result.stdout
    html = page.read_text(encoding="utf-8")
    grouped = html.split('<h2 id="operations">')[1]
    assert grouped.count('<tr class="op') == 177
    assert "client.messaging_responders.enable" in html


def test_a_wheel_install_generates_outside_the_repo(tmp_path: Path) -> None:
    """templates/ ships inside the wheel: nothing is read from this checkout."""
    wheels, site, source = tmp_path / "wheels", tmp_path / "site", tmp_path / "src"
    litter = shutil.ignore_patterns(
        ".venv", ".git", "generated", ".bench", "build", "*.egg-info", "__pycache__"
    )
    shutil.copytree(REPO, source, ignore=litter)  # building leaves build/ behind: not in the repo
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        check=True,
        cwd=tmp_path,
        capture_output=True,
    )
    (wheel,) = wheels.glob("clientgen-*.whl")
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    shutil.copy(PAGE, tmp_path / "page.txt")
    script = (
        f"import sys; sys.path.insert(0, {str(site)!r}); import generator;"
        f"assert generator.__file__.startswith({str(site)!r}), generator.__file__;"
        "from generator.cli import main;"
        "sys.exit(main(['generate', '--source', 'page.txt', '--name', 'ourpeople', '--output', 'out']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "ourpeople" / "ourpeople_client" / "_base_client.py").is_file()
