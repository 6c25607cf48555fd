"""Types as nodes: the lowering's questions answered structurally, text made once."""

from __future__ import annotations

from generator.clientmodel.typenode import (
    ANY,
    NONE,
    STR,
    Constrained,
    DictOf,
    ListOf,
    LiteralOf,
    Named,
    cast_expression,
    union,
    with_none,
    without_none,
)
from generator.render import render_package
from tests.clientmodel.conftest import lower_spec

PET = Named("Pet")


def test_a_union_is_flat_without_repeats_and_none_comes_last() -> None:
    node = union(with_none(PET), union(STR, PET), ListOf(Named("int", nullable=True)))

    assert node.text == "Pet | str | list[int | None] | None"
    assert node.nullable and not node.omittable
    assert node.members == (PET, STR, ListOf(Named("int", nullable=True)))


def test_any_absorbs_a_union_and_nothing_is_any_or_none() -> None:
    assert union(PET, ANY, NONE) == ANY
    assert union() == ANY
    assert union(NONE).text == "None"
    assert union(PET, nullable=True) == with_none(PET)


def test_nullable_and_omittable_are_flags_rendered_last() -> None:
    node = union(LiteralOf(('"a"',), tolerant=True), nullable=True, omittable=True)

    assert node.text == 'Annotated[Literal["a"], tolerant] | None | NotGiven'
    assert without_none(node).text == 'Annotated[Literal["a"], tolerant] | NotGiven'
    assert node.bare.text == 'Annotated[Literal["a"], tolerant]'


def test_renaming_replaces_names_and_never_literal_values() -> None:
    node = union(DictOf(PET), LiteralOf(('"Pet"',)), Constrained(PET, "limits", ()))

    renamed = node.rename({"Pet": "PetInput"})

    assert renamed.text == 'dict[str, PetInput] | Literal["Pet"] | Annotated[PetInput, limits()]'
    assert renamed.names() == {"PetInput"}


def test_shadowed_builtins_are_qualified_only_in_the_types() -> None:
    node = union(ListOf(DictOf(Named("int"))), PET)
    shadowed = frozenset({"list", "int"})

    assert node.render(shadowed) == "builtins.list[dict[str, builtins.int]] | Pet"
    assert cast_expression(node, node, shadowed) == (
        'cast("type[builtins.list[dict[str, builtins.int]] | Pet]", '
        "builtins.list[dict[str, builtins.int]] | Pet)"
    )
    assert cast_expression(None, PET, shadowed) == "Pet"
    assert cast_expression(None, NONE, shadowed) == "type(None)"


def test_a_list_method_qualifies_annotations_but_not_docs_or_wire_names() -> None:
    """The text rewrite this replaced also changed ``list[`` in docstrings and in
    query keys (``"list[]"``)."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Shadow", "version": "1"},
        "paths": {
            "/items": {
                "get": {
                    "operationId": "listItems",
                    "summary": "List items: a list[str] of names",
                    "parameters": [
                        {
                            "name": "list[]",
                            "in": "query",
                            "schema": {"type": "array", "items": {"type": "string"}},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"type": "string"}}
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    client, _ = lower_spec(document)
    code = render_package(client)["test_client/resources/items.py"]

    assert "        list_: builtins.list[str] | NotGiven = NOT_GIVEN," in code
    assert "    ) -> builtins.list[str]:" in code
    assert "cast_to=builtins.list[str]," in code
    assert "List items: a list[str] of names" in code
    assert 'params={"list[]": list_}' in code
