"""Security requirements: schemes needed together stay together, and every
credential is named after its scheme when the kind's usual name is ambiguous."""

from __future__ import annotations

from typing import Any

from tests.clientmodel.conftest import lower_spec


def _spec(schemes: dict[str, Any], security: list[dict[str, list[str]]]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Auth", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "security": security,
        "paths": {"/things": {"get": {"responses": {"204": {"description": "done"}}}}},
        "components": {"securitySchemes": schemes},
    }


KEY = {"type": "apiKey", "in": "header", "name": "X-API-Key"}
APP = {"type": "apiKey", "in": "header", "name": "X-App-Id"}


def test_a_requirement_naming_two_schemes_is_one_alternative() -> None:
    client, _ = lower_spec(
        _spec({"ApiKeyAuth": KEY, "AppId": APP}, [{"ApiKeyAuth": [], "AppId": []}])
    )

    (requirement,) = client.auth_requirements
    assert requirement.schemes == ("ApiKeyAuth", "AppId")
    assert [s.scheme for s in client.schemes_of(requirement)] == ["ApiKeyAuth", "AppId"]


def test_two_api_keys_are_named_after_their_schemes() -> None:
    client, _ = lower_spec(
        _spec({"ApiKeyAuth": KEY, "AppId": APP}, [{"ApiKeyAuth": [], "AppId": []}])
    )

    names = [c.name for s in client.auth for c in s.credentials]
    envs = [c.env for s in client.auth for c in s.credentials]
    assert names == ["api_key", "app_id"] and envs == ["TEST_API_KEY", "TEST_APP_ID"]


def test_a_scheme_name_without_a_key_word_gets_one() -> None:
    client, _ = lower_spec(
        _spec({"partner": KEY, "tenantAuth": APP}, [{"partner": [], "tenantAuth": []}])
    )

    assert [c.name for s in client.auth for c in s.credentials] == ["partner_key", "tenant_key"]


def test_a_lone_scheme_keeps_the_usual_name() -> None:
    client, _ = lower_spec(
        _spec(
            {"WeirdName": KEY, "jwt": {"type": "http", "scheme": "bearer"}},
            [{"WeirdName": []}, {"jwt": []}],
        )
    )

    assert [c.name for s in client.auth for c in s.credentials] == ["api_key", "token"]
    assert [r.schemes for r in client.auth_requirements] == [("WeirdName",), ("jwt",)]


def test_two_bearer_schemes_get_two_token_arguments() -> None:
    bearer = {"type": "http", "scheme": "bearer"}
    client, _ = lower_spec(
        _spec({"user": bearer, "service": bearer}, [{"user": []}, {"service": []}])
    )

    assert [c.name for s in client.auth for c in s.credentials] == ["user_token", "service_token"]


def test_each_operation_lists_the_requirements_that_let_it_through() -> None:
    document = _spec({"ApiKeyAuth": KEY, "AppId": APP}, [{"ApiKeyAuth": []}])
    document["paths"]["/admin"] = {
        "post": {
            "security": [{"ApiKeyAuth": [], "AppId": []}],
            "responses": {"204": {"description": "done"}},
        }
    }
    document["paths"]["/health"] = {
        "get": {"security": [], "responses": {"204": {"description": "done"}}}
    }
    client, _ = lower_spec(document)

    security = {op.path_template: op.security for r in client.resources for op in r.operations}
    assert security == {
        "/things": (("ApiKeyAuth",),),
        "/admin": (("ApiKeyAuth", "AppId"),),
        "/health": (),
    }
    assert [r.schemes for r in client.auth_requirements] == [
        ("ApiKeyAuth",),
        ("ApiKeyAuth", "AppId"),
    ]


def test_schemes_whose_names_say_the_same_fall_back_to_their_header_names() -> None:
    client, _ = lower_spec(
        _spec({"api_key": KEY, "ApiKeyAuth": APP}, [{"api_key": [], "ApiKeyAuth": []}])
    )

    assert [c.name for s in client.auth for c in s.credentials] == ["api_key", "app_id"]
