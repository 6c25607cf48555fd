"""Bring every OpenAPI document to 3.1, the one version the rest of clientgen reads.

3.1 schemas are JSON Schema 2020-12, a superset of what 3.0 can say, so the
upgrade loses nothing and the lowering has one way to read nullability and
exclusive bounds instead of two.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostic, warning
from generator.docindex import DocumentIndex, SchemaWalk
from generator.oas import iter_schemas, make_nullable, schema_roots

TARGET_VERSION = "3.1.0"


def upgrade_to_31(document: dict[str, Any], source: str, index: DocumentIndex) -> list[Diagnostic]:
    """Upgrade a 3.0.x document in place; returns notes about what could not map.

    Its walk over the schemas goes into ``index`` (which it keeps true: a
    reference it moves into a new object is listed there)."""
    version = str(document.get("openapi", ""))
    notes: list[Diagnostic] = []
    if version.startswith("3.1"):
        return notes
    if not version.startswith("3.0"):
        notes.append(warning(f"unexpected openapi version {version!r}", f"{source}#/openapi"))
    document["openapi"] = TARGET_VERSION
    roots = list(schema_roots(document))
    walked = SchemaWalk(roots, [])
    for parts, schema in iter_schemas(document, roots):
        walked.schemas.append((parts, schema))
        _upgrade_schema(schema, index)
    index.schemas = walked
    return notes


def _upgrade_schema(schema: dict[str, Any], index: DocumentIndex) -> None:
    if "exclusiveMinimum" in schema or "exclusiveMaximum" in schema:
        for bound in ("Minimum", "Maximum"):
            flag = schema.get(f"exclusive{bound}")
            if isinstance(flag, bool):
                del schema[f"exclusive{bound}"]
                if flag and bound.lower() in schema:
                    schema[f"exclusive{bound}"] = schema.pop(bound.lower())
    if "nullable" in schema and schema.pop("nullable") is True:
        ref = schema.get("$ref")
        make_nullable(schema)
        if isinstance(ref, str) and schema.get("$ref") is not ref:  # moved into anyOf[0]
            index.ref_holders.append((ref, schema["anyOf"][0]))
