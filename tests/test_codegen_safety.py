"""Nothing a spec contains can break out of a name, a literal or a docstring.

Names, descriptions, enum values and defaults from the spec all land in
generated code; these properties state that they land there inert.
"""

from __future__ import annotations

import ast
import importlib
import keyword
import sys
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator import cli
from generator.clientmodel.naming import argument_name, class_name, field_name, pascal, snake
from generator.clientmodel.pyliteral import docstring, py_literal, py_string

ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@given(ANY_TEXT)
def test_every_derived_name_is_a_plain_non_keyword_identifier(name: str) -> None:
    for spell in (snake, pascal):  # building blocks: identifiers, keywords allowed
        assert spell(name).isidentifier() and spell(name).isascii()
    for derive in (field_name, argument_name, class_name):  # what lands in code
        result = derive(name)
        assert result.isidentifier() and result.isascii(), (derive.__name__, result)
        assert not keyword.iskeyword(result) and not keyword.issoftkeyword(result)


@given(ANY_TEXT)
def test_string_literals_evaluate_back_to_the_text(text: str) -> None:
    assert ast.literal_eval(py_string(text)) == text


@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | ANY_TEXT,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
        max_leaves=10,
    )
)
def test_json_values_become_equal_python_literals(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


@given(ANY_TEXT)
def test_a_docstring_never_closes_early(text: str) -> None:
    source = f'def f():\n    """{docstring(text, "    ")}"""\n'
    module = ast.parse(source)
    (function,) = module.body
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 1 and isinstance(function.body[0], ast.Expr)


HOSTILE = '"""; import os; os.system("touch PWNED") #'


def hostile_spec() -> dict[str, object]:
    evil_schema = {
        "type": "object",
        "description": HOSTILE + "\n\\",
        "required": ["class"],
        "properties": {
            "class": {"type": "string", "enum": ['a"b', "c\\nd", "{x}", HOSTILE], "default": "{x}"},
            '"); import os #': {"type": "integer", "default": 3},
            "model_config": {"type": "string"},
            "json": {"type": "string", "pattern": "[a-z]+", "maxLength": 5},
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": HOSTILE, "version": HOSTILE, "description": HOSTILE},
        "servers": [{"url": 'https://h.example/"); import os; ("'}],
        "tags": [{"name": "../../outside", "description": HOSTILE}],
        "paths": {
            '/things/{id}/"quoted"/%7B%7D': {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": {
                    "operationId": "import os; getThing",
                    "tags": ["../../outside"],
                    "summary": HOSTILE,
                    "parameters": [
                        {
                            "name": 'q"); os.system("x',
                            "in": "query",
                            "schema": {"type": "string", "default": HOSTILE},
                        },
                        {"name": 'X-Evil"Header', "in": "header", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/__import__"}
                                }
                            },
                        }
                    },
                },
                "post": {
                    "operationId": "create",
                    "tags": ["../../outside"],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/__import__"}
                            }
                        }
                    },
                    "responses": {"201": {"description": "ok"}},
                },
            }
        },
        "components": {
            "schemas": {"__import__": evil_schema, "Object": {"type": "string", "enum": ["x"]}}
        },
    }


def test_a_hostile_spec_generates_inert_importable_code(tmp_path: Path) -> None:
    spec = tmp_path / "evil.yaml"
    spec.write_text(yaml.safe_dump(hostile_spec()), encoding="utf-8")
    output = tmp_path / "out"
    assert (
        cli.main(
            ["generate", "--source", str(spec), "--name", "../../evil", "--output", str(output)]
        )
        == 0
    )

    written = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert all(p == spec or output in p.parents for p in written), (
        "nothing lands outside the output directory"
    )
    (package_dir,) = [p for p in output.iterdir() if p.is_dir()]
    dangerous = {"system", "popen", "eval", "exec", "__import__", "run"}
    for path in package_dir.rglob("*.py"):
        module = ast.parse(path.read_text(encoding="utf-8"))
        called = {
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            for node in ast.walk(module)
            if isinstance(node, ast.Call)
        }
        assert not called & dangerous, (path, called & dangerous)
        imported = {
            alias.name
            for node in ast.walk(module)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        }
        assert not imported & {"system", "subprocess"}, path

    sys.path.insert(0, str(package_dir))
    try:
        package = importlib.import_module(f"{package_dir.name}_client")
        models = importlib.import_module(f"{package_dir.name}_client.models")
    finally:
        sys.path.remove(str(package_dir))
    assert not (tmp_path / "PWNED").exists() and not Path("PWNED").exists()
    assert package.Client.__doc__ is not None and HOSTILE in " ".join(
        package.Client.__doc__.split()
    ).replace("\\\\", "\\")
    thing = models.Import.model_validate({"class": "{x}", '"); import os #': 1})
    assert (thing.class_, thing.import_os) == ("{x}", 1)


def test_a_title_with_control_characters_gives_a_valid_pyproject() -> None:
    import tomllib

    from generator.render import _environment

    class Model:
        distribution = "x-client"
        version = "0.1.0"
        title = 'Bell\x07 "quoted" \\ back\nline'
        package = "x_client"

    text = _environment().get_template("pyproject.toml.jinja").render(model=Model())
    assert tomllib.loads(text)["project"]["description"] == f"Python client for the {Model.title}"
