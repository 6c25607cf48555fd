"""generator/render.py's template cache: compiled templates reused, a broken cache passed over."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator.render import _TemplateCache


def _environment(cache: _TemplateCache) -> jinja2.Environment:
    loader = jinja2.DictLoader({"t.jinja": "{{ x }} and {{ x }}"})
    return jinja2.Environment(loader=loader, bytecode_cache=cache)


def test_a_compiled_template_is_kept_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _environment(_TemplateCache(str(tmp_path))).get_template("t.jinja").render(x=1)
    second = _environment(_TemplateCache(str(tmp_path)))

    def no_compiling(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(second, "compile", no_compiling)
    assert second.get_template("t.jinja").render(x=1) == "1 and 1"


def test_a_cache_that_cannot_be_written_is_passed_over(tmp_path: Path) -> None:
    env = _environment(_TemplateCache(str(tmp_path / "gone")))
    assert env.get_template("t.jinja").render(x=1) == "1 and 1"
