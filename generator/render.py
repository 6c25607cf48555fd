"""Render the client model into the files of a package (text only, no disk).

Templates print code; this module feeds them the model, adds the imports the
code uses (generator.imports) and formats it (generator.formatting), which
refuses code that does not parse, so the writer only ever sees finished files.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from functools import cache, cached_property, partial
from pathlib import Path
from typing import Any

import jinja2

from generator.background import background
from generator.clientmodel.model import ClientModel, Operation, ParamLocation, Resource
from generator.clientmodel.pyliteral import docstring, indent_lines, py_literal, py_string
from generator.clientmodel.typenode import Constrained, LiteralOf
from generator.formatting import format_python_files
from generator.imports import import_block
from generator.progress import stage
from generator.templates_dir import templates_dir

_RUNTIME_EXPORTS: dict[str, tuple[str, ...]] = {
    "_base_client": ("AsyncAPIClient", "SyncAPIClient"),
    "_models": (
        "ARGUMENTS_CONFIG",
        "BaseModel",
        "form_fields",
        "limits",
        "multipart",
        "tolerant",
        "validate_request",
    ),
    "_utils": ("quote_path",),
    "_types": ("NOT_GIVEN", "FileLike", "NotGiven", "Timeout"),
    "_response": ("APIResponse", "async_to_raw_response_wrapper", "to_raw_response_wrapper"),
    "_pagination": (
        "AsyncOffsetPage",
        "CursorPagination",
        "LinkPagination",
        "OffsetPagination",
        "SyncOffsetPage",
    ),
    "_auth": ("ApiKeyAuth", "BearerTokenAuth", "CombinedAuth"),
    "_oauth2": ("ClientCredentialsAuth",),
    "_token_exchange": ("TokenExchangeAuth",),
}


# Media types httpx labels a body with itself (a multipart body with its boundary).
_SET_BY_HTTPX = frozenset(
    {"application/json", "application/x-www-form-urlencoded", "multipart/form-data"}
)


@cache
def _environment(overrides: Path | None = None) -> jinja2.Environment:
    """``overrides``: the user's template directory; each file in it replaces ours."""
    ours = jinja2.FileSystemLoader(str(templates_dir() / "package"))
    loader: jinja2.BaseLoader = ours
    if overrides is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(overrides / "package")), ours])
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
        bytecode_cache=_template_cache(),
    )
    env.filters["pystr"] = py_string
    env.filters["pylit"] = py_literal
    # A TOML basic string: JSON's escapes are TOML's, and control characters get one.
    env.filters["toml"] = lambda text: json.dumps(str(text), ensure_ascii=False)
    env.filters["docstring"] = lambda text, indent="": docstring(str(text or ""), indent)
    return env


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs in the user's temp directory, keyed by each
    template's source (compiling ours costs a tenth of a second a run); a cache that
    cannot be read or written is passed over."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _template_cache() -> _TemplateCache | None:
    try:
        return _TemplateCache()
    except (OSError, RuntimeError):  # no private temp directory to be had
        return None


@dataclass(frozen=True)
class _OperationView:
    """What a resource template prints for one operation, beyond the model itself (each
    computed once: the template prints the sync and the async method)."""

    op: Operation
    resource: Resource

    def __getattr__(self, name: str) -> Any:
        return getattr(self.op, name)

    @cached_property
    def validated(self) -> bool:
        """Whether an argument carries an enum or limits, which ``validate_call`` checks."""
        return any(
            isinstance(node, LiteralOf)
            or (isinstance(node, Constrained) and node.marker == "Field")
            for p in self.op.params
            for node in p.annotation.walk()
        )

    @cached_property
    def payload(self) -> str:
        """The dict literal of a flattened body: arguments by wire name, nested where flattened."""
        fields = self.op.body.fields if self.op.body else ()

        def entries(container: str | None) -> str:
            return ", ".join(
                f"{py_string(f.alias)}: {f.fixed or f.name}"
                for f in fields
                if f.container == container
            )

        containers = dict.fromkeys(f.container for f in fields if f.container)
        nested = [f"{py_string(c)}: {{{entries(c)}}}" for c in containers]
        return "{" + ", ".join(filter(None, [entries(None), *nested])) + "}"

    def styles_in(self, location: ParamLocation) -> dict[str, str]:
        """The OpenAPI style of each parameter there whose style is not its location's
        default (``form*`` for query and cookie, ``simple`` for headers), ``*`` when exploded."""
        default = "simple" if location == "header" else "form*"
        codes = {p.wire: p.style + ("*" if p.explode else "") for p in self.op.params_in(location)}
        return {wire: code for wire, code in codes.items() if code != default}

    @cached_property
    def content_type(self) -> str | None:
        """The Content-Type to send when httpx would not set the declared one itself."""
        body = self.op.body
        if body is None or body.media_type in _SET_BY_HTTPX:
            return None
        if "*" in body.media_type:  # a range (image/*): the caller's bytes, as bytes
            return None if self.body_argument == "json" else "application/octet-stream"
        return body.media_type

    @cached_property
    def body_argument(self) -> str:
        body = self.op.body
        if body is None or body.type == "bytes | str | FileLike":
            return "content"
        if body.media_type == "multipart/form-data":
            return "files"
        if body.media_type == "application/x-www-form-urlencoded":
            return "data"
        return "json"

    @cached_property
    def docstring(self) -> str:
        op = self.op
        parts = [docstring(op.summary or f"{op.http_method} {op.path_template}")]
        if op.description and op.description != op.summary:
            parts.append(docstring(op.description))
        parts.append(f"``{op.http_method} {docstring(op.path_template)}``")
        args = [
            (p.name, p.description + (" (deprecated)" if p.deprecated else "")) for p in op.params
        ]
        if op.body and op.body.model:
            args += [(f.name, f.description) for f in op.body.fields if not f.fixed]
        elif op.body:
            args.append((op.body.variable, "The request body."))
        documented = [(name, desc) for name, desc in args if desc]
        if documented:
            lines = "\n".join(
                f"    {name}: {docstring(desc, '        ')}" for name, desc in documented
            )
            parts.append(f"Args:\n{lines}")
        if op.deprecated:
            parts.append("Deprecated: the API marks this operation as deprecated.")
        return indent_lines("\n\n".join(parts), "        ") + "\n        "


def render_package(model: ClientModel, overrides: Path | None = None) -> dict[str, str]:
    """Every file of the package, keyed by its path relative to the package root.

    ``overrides``: a directory laid out like templates/ whose files replace ours."""
    env = _environment(overrides)
    package = model.package
    theirs, mine = _shares(model)
    # Each core formats the modules it rendered: formatting the GitHub API's models.py
    # alone takes a tenth of a second, while this core renders its share.
    with background(partial(_formatted_share, env, model, theirs, models=True)) as other:
        package_modules = _package_modules(env, model)
        rendered = _share_modules(env, model, mine, models=False) | package_modules
        with stage(model.api_name, "format"):
            rendered = format_python_files(rendered)
        rest = _other_files(env, model, overrides)  # while the other core may still work
        rendered |= other.result()
    files = {f"{package}/models.py": rendered[f"{package}/models.py"]}
    for resource in model.resources:
        files[_resource_path(model, resource)] = rendered[_resource_path(model, resource)]
    files |= {path: rendered[path] for path in package_modules}
    return files | rest


def _other_files(
    env: jinja2.Environment, model: ClientModel, overrides: Path | None
) -> dict[str, str]:
    """The runtime modules, the typing marker, pyproject.toml and the README."""
    package = model.package
    files = {}
    for module in model.runtime_modules:  # copied verbatim: already formatted
        files[f"{package}/{module}.py"] = _runtime_file(module, overrides)
    files[f"{package}/py.typed"] = ""
    files["pyproject.toml"] = _render(env, "pyproject.toml.jinja", model=model)
    files["README.md"] = _render(
        env, "README.md.jinja", model=model, client_args=_client_args(model)
    )
    return files


# What rendering and formatting one model field costs, in operations (measured on the
# GitHub API: an operation's methods take about as long as 45 fields of models.py).
_FIELDS_PER_OPERATION = 45


def _shares(model: ClientModel) -> tuple[tuple[Resource, ...], tuple[Resource, ...]]:
    """The resources rendered beside models.py on another core, and those rendered here:
    as many operations there as make both cores' work about equal."""
    fields = sum(len(m.fields) + 1 for m in model.models)
    total = sum(len(r.operations) for r in model.resources) + fields / _FIELDS_PER_OPERATION
    room = total / 2 - fields / _FIELDS_PER_OPERATION  # what the other core has left
    theirs: list[Resource] = []
    mine: list[Resource] = []
    for resource in sorted(model.resources, key=lambda r: len(r.operations)):
        fits = len(resource.operations) <= room
        (theirs if fits else mine).append(resource)
        room -= len(resource.operations) if fits else 0
    return tuple(theirs), tuple(mine)


def _share_modules(
    env: jinja2.Environment, model: ClientModel, resources: tuple[Resource, ...], *, models: bool
) -> dict[str, str]:
    """The modules of ``resources``, and models.py with ``models``: one core's share."""
    files: dict[str, str] = {}
    if models:
        code = _render(env, "models.py.jinja", model=model)
        files[f"{model.package}/models.py"] = _python(code, _local_names(".", model_names=set()))
    resource_locals = _local_names("..", {m.name for m in model.models})  # one for every module
    for resource in resources:
        views = [_OperationView(op, resource) for op in resource.operations]
        code = _render(
            env, "resources/resource.py.jinja", model=model, resource=resource, operations=views
        )
        files[_resource_path(model, resource)] = _python(code, resource_locals)
    return files


def _formatted_share(
    env: jinja2.Environment, model: ClientModel, resources: tuple[Resource, ...], *, models: bool
) -> dict[str, str]:
    """`_share_modules`, formatted."""
    return format_python_files(_share_modules(env, model, resources, models=models))


def _resource_path(model: ClientModel, resource: Resource) -> str:
    return f"{model.package}/resources/{resource.module}.py"


def _package_modules(env: jinja2.Environment, model: ClientModel) -> dict[str, str]:
    """The resources package's ``__init__``, the client module and the package's ``__init__``."""
    package = model.package
    files: dict[str, str] = {}
    exported = sorted(name for r in model.resources for name in r.class_names)
    files[f"{package}/resources/__init__.py"] = _python(
        _render(env, "resources/__init__.py.jinja", model=model, exported=exported),
        {},
    )
    resource_names = {
        name: f".resources.{r.module}" for r in model.resources for name in r.class_names
    }
    files[f"{package}/_client.py"] = _python(
        _render(
            env,
            "_client.py.jinja",
            model=model,
            credentials=[c for scheme in model.auth for c in scheme.credentials],
            credential_hint=_credential_hint(model),
        ),
        {**_local_names(".", set()), **resource_names},
    )
    files[f"{package}/__init__.py"] = _python(_render(env, "__init__.py.jinja", model=model), {})
    return files


def _render(env: jinja2.Environment, name: str, **variables: Any) -> str:
    """Template ``name`` rendered with ``variables``, its context emptied afterwards: the
    macros a template defines refer back to its context, a cycle that kept the whole
    client model alive until the cyclic collector's next pass (0.08 s on the GitHub API)."""
    template = env.get_template(name)
    context = template.new_context(variables)
    try:
        return "".join(template.root_render_func(context))
    except Exception:
        env.handle_exception()
    finally:
        context.vars.clear()


def _local_names(prefix: str, model_names: set[str]) -> dict[str, str]:
    names = {
        name: f"{prefix}{module}"
        for module, exported in _RUNTIME_EXPORTS.items()
        for name in exported
    }
    names.update({name: f"{prefix}models" for name in model_names})
    return names


def _client_args(model: ClientModel) -> str:
    """The constructor arguments of the README's example."""
    args = ['base_url="https://api.example.com"'] if model.base_url is None else []
    args += [f"{v.name}={py_string(v.default)}" for v in model.server_variables]
    args += [f'{c.name}="..."' for scheme in model.auth[:1] for c in scheme.credentials]
    return ", ".join(args)


def _credential_hint(model: ClientModel) -> str:
    options = [
        " and ".join(f"{c.name}= (or set {c.env})" for s in option for c in s.credentials)
        for option in model.auth_options
    ]
    return ", or ".join(options) + "."


def _python(code: str, local: dict[str, str]) -> str:
    """Insert imports after the module docstring and `__future__`, then format."""
    marker = "from __future__ import annotations\n"
    head, _, body = code.partition(marker)
    imports = import_block(body, local)
    code = f"{head}{marker}\n{imports}\n\n{body.lstrip()}" if imports else code
    return code


def _runtime_file(module: str, overrides: Path | None) -> str:
    for root in (overrides, templates_dir()):
        if root is not None and (root / "runtime" / f"{module}.py").is_file():
            return (root / "runtime" / f"{module}.py").read_text(encoding="utf-8")
    raise FileNotFoundError(module)
