"""generator/imports.py: which names generated code reads, and the import block it needs."""

from __future__ import annotations

from generator.imports import defined_names, import_block, used_names


def test_names_inside_strings_and_comments_are_not_read() -> None:
    code = 'x = "Pet and Owner"  # Tag\ny = """Order\nDate"""\nz = rb"Any"\n'
    assert used_names(code) == set()  # x, y and z are defined, not read


def test_a_name_before_a_comment_or_a_string_prefix_is_read_the_prefix_is_not() -> None:
    assert used_names("x = Pet# a comment\n") == {"Pet"}
    assert used_names("x = f'{Pet}' + b'Tag'\n") == {"Pet"}


def test_fields_of_f_strings_are_read() -> None:
    assert used_names('x = f"{Pet.name:>10} {{Tag}}"\n') == {"Pet"}


def test_the_lazy_value_of_a_type_alias_is_read() -> None:
    code = 'Tree = TypeAliasType("Tree", "list[Tree] | Leaf")\n'
    assert used_names(code) == {"TypeAliasType", "Tree", "list", "Leaf"}
    assert used_names('label = "list[Tree] | Leaf"\n') == set()


def test_a_name_defined_at_the_start_of_a_line_counts_only_where_it_is_read() -> None:
    assert used_names("class A:\n    Pet: int = 1\n    owner = 2\n") == {"class", "A", "int"}
    assert used_names("    Pet: int\n    x = Pet\n") == {"Pet", "int"}


def test_a_module_counts_only_when_an_attribute_follows() -> None:
    assert used_names("os = 1\nx = httpx.Client\ny = warnings\n") == {"httpx"}
    assert "os" not in used_names("value = self.os.path\n")


def test_attributes_are_not_names() -> None:
    assert used_names("x = client.Pet\n") == {"client"}


def test_import_block_groups_and_orders_like_isort() -> None:
    code = "class Pet(BaseModel):\n    born: date\n    tags: Mapping[str, Any]\nx = httpx.get\n"
    block = import_block(code, {"BaseModel": "._models", "Pet": ".models"})
    assert block == (
        "from collections.abc import Mapping\n"
        "from datetime import date\n"
        "from typing import Any\n\n"
        "import httpx\n\n"
        "from ._models import BaseModel"
    )
    assert defined_names(code) == {"Pet", "x"}
