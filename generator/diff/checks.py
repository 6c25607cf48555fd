"""Every check ``clientgen diff`` runs: a stable id, a default level, what it means.

Ids never change once published: CI configurations and reviewers refer to them.
``wire.*`` checks compare the two OpenAPI documents (what travels on the wire);
``sdk.*`` checks compare the two generated clients (what a user's code calls).
The SDK view decides what is breaking for us: a removed optional argument
breaks callers though no wire-level tool flags it, and an added response enum
value breaks nobody because our models accept unknown values.
"""

from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    """Ordered: a run fails on a level and everything above it."""

    DOC = 0
    INFO = 1
    WARNING = 2
    BREAKING = 3

    @property
    def label(self) -> str:
        return "doc-only" if self is Level.DOC else self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Level:
        for level in cls:
            if level.label == text:
                return level
        raise ValueError(text)


B, W, N, D = Level.BREAKING, Level.WARNING, Level.INFO, Level.DOC  # N: notice (info)

CHECKS: dict[str, tuple[Level, str]] = {
    # The wire view.
    "wire.operation.added": (N, "a new operation"),
    "wire.operation.removed": (B, "an operation is gone: calls to it fail"),
    "wire.operation.deprecated": (W, "the API now marks the operation deprecated"),
    "wire.parameter.added": (N, "a new optional parameter"),
    "wire.parameter.added-required": (B, "a new required parameter: old requests lack it"),
    "wire.parameter.removed": (W, "the server no longer reads this parameter"),
    "wire.parameter.became-required": (B, "an optional parameter is now required"),
    "wire.parameter.became-optional": (N, "a required parameter is now optional"),
    "wire.parameter.type-changed": (B, "the parameter's schema type changed"),
    "wire.request.added": (N, "the operation now takes a request body"),
    "wire.request.removed": (W, "the operation no longer takes a request body"),
    "wire.request.field-added": (N, "a new optional request field"),
    "wire.request.field-added-required": (B, "a new required request field"),
    "wire.request.field-removed": (W, "the server no longer reads this request field"),
    "wire.request.field-became-required": (B, "a request field is now required"),
    "wire.request.field-type-changed": (B, "a request field's type changed"),
    "wire.request.enum-value-removed": (B, "a value the request accepted is refused"),
    "wire.request.enum-value-added": (N, "the request accepts a new value"),
    "wire.response.field-added": (N, "a new response field"),
    "wire.response.field-removed": (W, "a response field is gone (reads give None)"),
    "wire.response.field-type-changed": (W, "a response field's type changed"),
    "wire.response.enum-value-added": (N, "a new response value (our models accept it)"),
    "wire.response.enum-value-removed": (N, "the response no longer sends this value"),
    "wire.constraint.tightened": (W, "a limit on a sent value is stricter"),
    "wire.constraint.loosened": (N, "a limit on a sent value is looser"),
    "wire.security.changed": (B, "the authentication the API asks for changed"),
    "wire.server.changed": (W, "the API's base URL changed"),
    "wire.docs.changed": (D, "descriptions, summaries or examples changed"),
    "wire.version.changed": (D, "info.version changed"),
    # The SDK view.
    "sdk.resource.removed": (B, "a resource attribute of the client is gone"),
    "sdk.method.added": (N, "a new client method"),
    "sdk.method.removed": (B, "a client method is gone"),
    "sdk.method.renamed": (B, "the same operation is now called by another name"),
    "sdk.argument.added": (N, "a new optional keyword argument"),
    "sdk.argument.added-required": (B, "a new required argument: old calls fail"),
    "sdk.argument.removed": (B, "an argument is gone: calls passing it fail"),
    "sdk.argument.became-required": (B, "an optional argument is now required"),
    "sdk.argument.became-optional": (N, "a required argument is now optional"),
    "sdk.argument.type-widened": (N, "an argument accepts more types"),
    "sdk.argument.type-changed": (B, "an argument's type changed: calls may not type-check"),
    "sdk.positional.changed": (B, "the positional (path) arguments changed order or names"),
    "sdk.return.changed": (W, "a method returns another type"),
    "sdk.model.added": (N, "a new model"),
    "sdk.model.removed": (B, "a model is gone: imports of it fail"),
    "sdk.field.added": (N, "a new optional model field"),
    "sdk.field.added-required": (B, "a new required field in a model users send"),
    "sdk.field.removed": (B, "a model field is gone"),
    "sdk.field.became-required": (B, "a field of a model users send is now required"),
    "sdk.field.type-narrowed": (N, "a model field holds fewer types"),
    "sdk.field.type-widened": (W, "a model field may hold new types"),
    "sdk.field.type-changed": (B, "a model field's type changed"),
    "sdk.constructor.changed": (B, "the client's constructor arguments changed"),
}


def level_of(check: str, overrides: dict[str, Level | None]) -> Level | None:
    """The level a check reports at; None when the configuration silences it."""
    if check in overrides:
        return overrides[check]
    return CHECKS[check][0]
