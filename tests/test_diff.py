"""``clientgen diff`` on real scenarios built from the OurPeople seed: each change
a vendor makes, with the findings, levels and exit status a reviewer gets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, clientgen

SEED = (REPO / "specs" / "ourpeople" / "ourpeople.page.txt").read_text(encoding="utf-8")
OVERRIDES = REPO / "overrides" / "ourpeople.yaml"
RATING = """        - name: rating
          in: query
          required: false
          description: Filter by rating value when the content type is a rating.
          schema:
            type: integer
"""
CONTENT_TYPE = """        type:
          type: string
          description: The content type (e.g., text, file, rating).
"""
STATUS = """        status:
          type: string
          description: Delivery status
"""
GET_BROADCAST = SEED[
    SEED.index("  /v1/broadcasts/{broadcastId}:") : SEED.index(
        "  /v1/broadcasts/deliveries/{deliveryId}/recipients:"
    )
]


def with_enum(values: str) -> str:
    return SEED.replace(CONTENT_TYPE, CONTENT_TYPE + f"          enum: [{values}]\n")


def diff(tmp_path: Path, old: str, new: str, *extra: str) -> tuple[int, dict[str, Any]]:
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    args = ["diff", "old.txt", "new.txt", "--overrides", str(OVERRIDES), "--format", "json"]
    result = clientgen(*args, *extra, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def checks(report: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(f["level"], f["check"], f["where"]) for f in report["findings"]}


def test_the_same_capture_has_no_findings(tmp_path: Path) -> None:
    status, report = diff(tmp_path, SEED, SEED, "--fail-on", "info")
    assert (status, report["verdict"], report["findings"]) == (0, None, [])


def test_a_removed_operation_breaks_both_views(tmp_path: Path) -> None:
    status, report = diff(tmp_path, SEED, SEED.replace(GET_BROADCAST, ""), "--fail-on", "breaking")
    assert status == 1
    assert report["verdict"] == "breaking"
    assert ("breaking", "wire.operation.removed", "GET /v1/broadcasts/{broadcastId}") in checks(
        report
    )
    assert ("breaking", "sdk.method.removed", "client.broadcasts.get") in checks(report)


def test_a_parameter_made_required(tmp_path: Path) -> None:
    new = SEED.replace(RATING, RATING.replace("required: false", "required: true"))
    _, report = diff(tmp_path, SEED, new)
    method = "client.broadcasts.list_content_recipients(rating=)"
    assert ("breaking", "sdk.argument.became-required", method) in checks(report)
    assert report["verdict"] == "breaking"


def test_an_enum_value_added_to_a_response_breaks_no_user(tmp_path: Path) -> None:
    status, report = diff(tmp_path, with_enum("text, file"), with_enum("text, file, rating"))
    levels = {f["check"]: f["level"] for f in report["findings"]}
    assert levels["wire.response.enum-value-added"] == "info"
    assert report["verdict"] != "breaking"
    assert status == 0


def test_a_field_type_changed(tmp_path: Path) -> None:
    new = SEED.replace(STATUS, STATUS.replace("type: string", "type: integer"))
    _, report = diff(tmp_path, SEED, new)
    assert ("breaking", "sdk.field.type-changed", "Delivery.status") in checks(report)
    assert (
        "warning",
        "wire.response.field-type-changed",
        "GET /v1/broadcasts/deliveries -> status",
    ) in checks(report)


def test_a_removed_optional_argument_breaks_callers_though_the_wire_only_warns(
    tmp_path: Path,
) -> None:
    _, report = diff(tmp_path, SEED, SEED.replace(RATING, ""))
    found = checks(report)
    assert (
        "breaking",
        "sdk.argument.removed",
        "client.broadcasts.list_content_recipients(rating=)",
    ) in found
    wire = [f for f in report["findings"] if f["check"] == "wire.parameter.removed"]
    assert [f["level"] for f in wire] == ["warning"]


def test_a_config_file_changes_or_silences_a_check(tmp_path: Path) -> None:
    (tmp_path / "levels.yaml").write_text(
        "checks:\n  sdk.argument.removed: warning\n  wire.parameter.removed: off\n"
    )
    status, report = diff(
        tmp_path, SEED, SEED.replace(RATING, ""), "--config", "levels.yaml", "--fail-on", "breaking"
    )
    assert {f["check"]: f["level"] for f in report["findings"]} == {
        "sdk.argument.removed": "warning"
    }
    assert status == 0


def test_an_unknown_check_in_the_config_is_a_located_error(tmp_path: Path) -> None:
    (tmp_path / "levels.yaml").write_text("checks:\n  sdk.nope: warning\n")
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    result = clientgen("diff", "a.txt", "a.txt", "--config", "levels.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "levels.yaml:2: error: unknown check 'sdk.nope'" in result.stderr


def test_a_stale_override_after_the_change_names_the_action(tmp_path: Path) -> None:
    (tmp_path / "spec.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "o.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n"
        "  - target: $.paths['/v1/broadcasts/{broadcastId}'].get\n"
        "    description: Name the broadcast getter\n"
        "    update: {x-clientgen-name: fetch}\n"
    )
    (tmp_path / "clientgen.yaml").write_text(
        "clients:\n  - name: ourpeople\n    source: spec.txt\n    overrides: o.yaml\n"
    )
    (tmp_path / "new.txt").write_text(SEED.replace(GET_BROADCAST, ""), encoding="utf-8")
    result = clientgen("diff", "ourpeople", "--against", "new.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "override action 'Name the broadcast getter' matches nothing" in result.stderr


@pytest.mark.parametrize("fmt", ["text", "markdown", "github"])
def test_every_format_names_each_finding_and_its_check(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "old.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "new.txt").write_text(SEED.replace(GET_BROADCAST, ""), encoding="utf-8")
    result = clientgen("diff", "old.txt", "new.txt", "--format", fmt, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "sdk.method.removed" in result.stdout
    assert "client.broadcasts.get" in result.stdout
    if fmt == "github":
        assert "::error title=sdk.method.removed (breaking)::client.broadcasts.get: removed" in (
            result.stdout
        )


def test_a_new_required_field_breaks_only_models_users_send(tmp_path: Path) -> None:
    sent = """        - id
        - secret
      properties:
"""
    received = """        broadcastName:
          type: string
"""
    new = SEED.replace(
        sent,
        sent.replace("- secret", "- secret\n        - scope")
        + ("        scope:\n          type: string\n"),
    )
    new = new.replace(received, received + "        channel:\n          type: string\n")
    new = new.replace(
        "    Delivery:\n      type: object\n",
        "    Delivery:\n      type: object\n      required: [channel]\n",
    )
    _, report = diff(tmp_path, SEED, new)
    levels = {
        f["where"]: (f["level"], f["check"]) for f in report["findings"] if f["view"] == "sdk"
    }
    assert levels["AuthRequest.scope"] == ("breaking", "sdk.field.added-required")
    assert levels["Delivery.channel"] == ("info", "sdk.field.added")
