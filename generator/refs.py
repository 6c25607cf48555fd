"""``$ref`` handling: external files are inlined under confinement, internal refs checked.

Internal references (``#/components/...``) are kept as they are: they name the
models of the generated client. References into other files are inlined so the
intermediate model is one self-contained document.

A spec is untrusted input, and whatever it references ends up in the package
and in messages. So an external reference may only name a regular file inside
the directory of the document that holds the reference chain's root (the spec,
or the overrides file for refs in overrides), named ``.yaml``, ``.yml`` or
``.json`` and not hidden: absolute paths, ``..`` or symlinks leading out, URLs
of any scheme, dotfiles, and devices, pipes or ``/proc`` files are refused
before anything is opened, naming the reference and where it sits. What is read is size-capped and parsed under the YAML limits, and the
inlined result is bounded in nodes and depth.

This is ours rather than prance's: prance follows any ``file:`` URL, and
confining it would mean trusting every path through its URL handling.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from generator.diagnostics import ClientgenError

MAX_REF_FILES = 256  # distinct files one document may pull in
MAX_INLINED_NODES = 1_000_000  # nodes copied into the document by external refs, all told
MAX_REF_CHAIN = 32  # a ref inside a referenced file inside a referenced file ...
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SPECIAL_ROOTS = ("/proc", "/sys", "/dev")
# Credentials live in dotfiles and extension-less files (.docker/config.json, .env, id_rsa).
_EXTENSIONS = (".yaml", ".yml", ".json")


_Entry = tuple[Any, int, Any, object]  # (value, depth, parent entry, key): pointers spelled late


def escape_token(token: object) -> str:
    """One JSON pointer token (RFC 6901): `~` and `/` escaped."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    """A pointer token from a URI fragment: percent-decoded (RFC 6901 §6), then unescaped."""
    return unquote(token).replace("~1", "/").replace("~0", "~")


def iter_refs(node: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """Every ``$ref`` value in ``node`` with the JSON pointer of the object holding it."""
    for ref, _, site in ref_holders(node):
        yield ref, at + site_pointer(site)


RefSite = _Entry  # where a ``$ref`` was found; ``site_pointer`` spells it


def ref_holders(node: Any) -> Iterator[tuple[str, dict[str, Any], RefSite]]:
    """Every ``$ref`` value in ``node`` with the object holding it and its site: for
    walks that change the holders and seldom need a pointer (spelling each costs)."""
    stack: list[_Entry] = [(node, 0, None, None)]
    while stack:
        entry = stack.pop()
        value = entry[0]
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                yield ref, value, entry
            for key, child in value.items():
                if isinstance(child, dict | list):
                    stack.append((child, 0, entry, key))
        elif isinstance(value, list):
            stack.extend((child, 0, entry, i) for i, child in enumerate(value))


def site_pointer(site: RefSite) -> str:
    """The JSON pointer of the object holding a ``$ref`` found by ``ref_holders``."""
    return _spell(site)


def resolve_pointer(document: Any, ref: str) -> Any:
    """The value an internal ``#/a/b`` reference names; KeyError when it names nothing."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = document
    tokens = ref[1:].split("/")[1:] if ref != "#" else []
    if "%" in ref or "~" in ref:  # most references spell every token plainly
        tokens = [unescape_token(token) for token in tokens]
    for token in tokens:
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(ref)
    return node


def check_document_limits(document: Any, source: str) -> list[tuple[str, RefSite]]:
    """Refuse a parsed document over the limits the YAML loader applies (nesting, nodes,
    string length), whatever it was parsed from: JSON and recovered documents too.

    The same walk finds every ``$ref`` (as ``ref_holders`` would, in its order): it
    returns them with their sites, so the caller need not walk the document again."""
    from generator.yamlsource import MAX_DEPTH, MAX_NODES, MAX_SCALAR_CHARS

    stack: list[_Entry] = [(document, 0, None, None)]
    found: list[tuple[str, _Entry]] = []
    nodes = 0
    while stack:
        entry = stack.pop()
        value, depth = entry[0], entry[1] + 1
        nodes += 1
        if depth > MAX_DEPTH + 1 or nodes > MAX_NODES or isinstance(value, str):
            raise _over_a_limit(entry, nodes, source)
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                found.append((ref, entry))
            for key, child in value.items():
                # What goes on the stack: containers, and strings only when too long.
                kind = child.__class__
                if kind is str:
                    if len(child) > MAX_SCALAR_CHARS:
                        stack.append((child, depth, entry, key))
                elif kind is dict or kind is list or _holds_more(child):
                    stack.append((child, depth, entry, key))
                if isinstance(key, str) and len(key) > MAX_SCALAR_CHARS:
                    stack.append((key, depth, entry, key[:20]))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                kind = child.__class__
                if kind is str:
                    if len(child) > MAX_SCALAR_CHARS:
                        stack.append((child, depth, entry, index))
                elif kind is dict or kind is list or _holds_more(child):
                    stack.append((child, depth, entry, index))
    return found


def _over_a_limit(entry: _Entry, nodes: int, source: str) -> ClientgenError:
    """The error for the value at ``entry``, the ``nodes``-th the walk met: the first of
    the limits it passes, in the order nesting, nodes, string length."""
    from generator.yamlsource import MAX_DEPTH, MAX_NODES, MAX_SCALAR_CHARS

    if entry[1] + 1 > MAX_DEPTH + 1:
        problem = f"the document nests deeper than {MAX_DEPTH} levels"
    elif nodes > MAX_NODES:
        problem = f"the document has more than {MAX_NODES:,} nodes"
    else:
        problem = f"a value is longer than {MAX_SCALAR_CHARS // (1024 * 1024)} MB"
    return ClientgenError(
        problem,
        f"{source}#{_spell(entry)}",
        "a limit against hostile documents: real API descriptions stay far below it",
    )


_SCALARS = frozenset({int, float, bool, type(None)})


def _holds_more(value: Any) -> bool:
    """Whether a value that is no plain ``dict``, ``list`` or ``str`` is walked: a subclass
    of ``dict`` or ``list``."""
    return value.__class__ not in _SCALARS and isinstance(value, dict | list)


def _spell(entry: _Entry) -> str:
    tokens = []
    while entry[2] is not None:
        tokens.append(escape_token(entry[3]))
        entry = entry[2]
    return "".join(f"/{token}" for token in reversed(tokens))


def follow_refs(document: Any, node: Any, limit: int = 32) -> Any | None:
    """What a chain of internal ``$ref``s leads to: ``node`` itself when it is no
    reference; None when a link names nothing or the chain runs past ``limit`` (a loop)."""
    for _ in range(limit):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        try:
            node = resolve_pointer(document, node["$ref"])
        except (KeyError, IndexError, ValueError):
            return None
    return None


def resolve_external_refs(
    document: dict[str, Any], source: str, *, base: str | Path | None = None
) -> list[tuple[str, dict[str, Any]]]:
    """Inline every reference into another file, in place; refuse any that leads out.

    ``base`` is the directory references must stay in (default: the source's).
    A reference back into ``source`` itself becomes an internal ``#/...`` one.
    The document is first checked against the limits (``check_document_limits``),
    and again after inlining. Returns what the last check found: every internal
    ``$ref`` with the object holding it, in ``ref_holders`` order.
    """
    found = check_document_limits(document, source)
    external = [(ref, _spell(entry)) for ref, entry in found if not ref.startswith("#")]
    if not external:
        return [(ref, entry[0]) for ref, entry in found]
    resolver = _Resolver(source, base, root_file=source)
    # Deepest first: replacing an outer holder then discards nothing still pending.
    for ref, at in sorted(external, key=lambda item: item[1].count("/"), reverse=True):
        holder = _get(document, at)
        value = resolver.inline(holder, ref, resolver.root_real, at)
        if at == "":
            document.clear()
            document.update(value if isinstance(value, dict) else {})
        else:
            _replace(document, at, value)
    found = check_document_limits(document, source)  # what the referenced files brought in
    return [(ref, entry[0]) for ref, entry in found if ref.startswith("#")]


def resolve_refs_in(value: Any, source: str, at: str) -> Any:
    """``value`` (part of ``source`` at pointer ``at``) with its external refs inlined.

    For documents that are not the spec (overrides): refs stay inside the
    directory of ``source``; refs to ``#/...`` name the spec and are kept.
    """
    if not any(not ref.startswith("#") for ref, _ in iter_refs(value)):
        return value
    wrapper = {"value": value}
    resolver = _Resolver(source, None, root_file=None)
    for ref, where in sorted(iter_refs(wrapper), key=lambda item: item[1].count("/"), reverse=True):
        if ref.startswith("#"):
            continue
        holder = _get(wrapper, where)
        pointer = at + where.removeprefix("/value")
        _replace(wrapper, where, resolver.inline(holder, ref, resolver.root_real, pointer))
    return wrapper["value"]


def _tokens(at: str) -> list[str]:
    """The tokens of a plain JSON pointer (as ``iter_refs`` gives: escaped, not percent-encoded)."""
    return [t.replace("~1", "/").replace("~0", "~") for t in at.split("/")[1:]]


def _get(document: Any, at: str) -> Any:
    node = document
    for token in _tokens(at):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _replace(document: Any, at: str, value: Any) -> None:
    *parents, key = _tokens(at)
    parent = document
    for token in parents:
        parent = parent[int(token)] if isinstance(parent, list) else parent[token]
    if isinstance(parent, list):
        parent[int(key)] = value
    else:
        parent[key] = value


class _Resolver:
    """Reads referenced files (each once) and builds inlined copies, within bounds."""

    def __init__(self, source: str, base: str | Path | None, root_file: str | None) -> None:
        self.source = source
        directory = Path(base) if base is not None else Path(source).absolute().parent
        self.base = os.path.realpath(directory)
        self.root_real = os.path.join(self.base, Path(source).name)
        self.root_file = self.root_real if root_file is not None else None
        self.files: dict[str, Any] = {}
        self.nodes = 0

    def _where(self, file: str, at: str) -> str:
        shown = self.source if file == self.root_real else file
        return f"{shown}#{at}"

    def _refuse(self, ref: str, file: str, at: str, reason: str) -> ClientgenError:
        shown = ref if len(ref) <= 200 else ref[:200] + "..."
        return ClientgenError(
            f"external $ref {shown!r} refused: {reason}",
            self._where(file, at),
            f"an external $ref must name a file inside {self.base} (no absolute paths, "
            "'..' or links leading out, URLs, devices or pipes): copy the file there",
        )

    def inline(
        self, holder: dict[str, Any], ref: str, file: str, at: str, chain: tuple[str, ...] = ()
    ) -> Any:
        """What the ``$ref`` in ``holder`` (in ``file`` at ``at``) stands for, inlined."""
        path_part, _, fragment = ref.partition("#")
        target = self._confine(path_part, ref, file, at) if path_part else file
        if target == self.root_file:
            if not fragment.strip("/"):
                raise self._refuse(ref, file, at, "it names the whole document it is in")
            return {"$ref": f"#{fragment}"}
        key = f"{target}#{fragment}"
        if key in chain:
            raise ClientgenError(
                f"circular external $ref {ref!r}",
                self._where(file, at),
                "inline the recursive schema into the main document, where refs may recurse",
            )
        if len(chain) >= MAX_REF_CHAIN:
            raise self._refuse(ref, file, at, f"references nest more than {MAX_REF_CHAIN} deep")
        try:
            value = resolve_pointer(self._load(target, ref, file, at), f"#{fragment}")
        except (KeyError, IndexError, ValueError):
            raise ClientgenError(
                f"external $ref {ref!r} names nothing in {target}",
                self._where(file, at),
                "check the part after '#' (a JSON pointer such as #/components/schemas/X)",
            ) from None
        depth = at.count("/") if at else 0
        built = self._build(value, target, fragment or "", depth, (*chain, key))
        siblings = {k: v for k, v in holder.items() if k != "$ref"}
        if siblings and isinstance(built, dict):
            built = {**built, **siblings}
        return built

    def _build(self, value: Any, file: str, at: str, depth: int, chain: tuple[str, ...]) -> Any:
        """A JSON-compatible copy of ``value`` (from ``file``) with its refs inlined."""
        from generator.yamlsource import MAX_DEPTH

        self.nodes += 1
        if self.nodes > MAX_INLINED_NODES:
            raise ClientgenError(
                f"external $refs inline more than {MAX_INLINED_NODES:,} nodes",
                self._where(file, at),
                "the referenced files repeat each other too much: reference components instead",
            )
        if depth > MAX_DEPTH:
            raise ClientgenError(
                f"the document nests deeper than {MAX_DEPTH} levels once $refs are inlined",
                self._where(file, at),
                "a limit against hostile documents: real API descriptions stay far below it",
            )
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                return self.inline(value, ref, file, at, chain)
            return {
                _key(k): self._build(v, file, f"{at}/{escape_token(_key(k))}", depth + 1, chain)
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [
                self._build(v, file, f"{at}/{i}", depth + 1, chain) for i, v in enumerate(value)
            ]
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    def _confine(self, path_part: str, ref: str, file: str, at: str) -> str:
        """The real path ``path_part`` names, or an error if it may not be read."""
        if _SCHEME.match(path_part) or path_part.startswith("//"):
            raise self._refuse(ref, file, at, "URLs are never fetched")
        relative = unquote(path_part)
        if "\0" in relative:
            raise self._refuse(ref, file, at, "the path holds a NUL character")
        if relative.startswith(("/", "\\")):
            raise self._refuse(ref, file, at, "absolute paths are not followed")
        real = os.path.realpath(os.path.join(os.path.dirname(file), relative))
        if os.path.commonpath([real, self.base]) != self.base or real == self.base:
            raise self._refuse(ref, file, at, "it leads outside the document's directory")
        if any(real == root or real.startswith(root + "/") for root in _SPECIAL_ROOTS):
            raise self._refuse(ref, file, at, "system files are not followed")
        inside = Path(os.path.relpath(real, self.base)).parts
        if any(part.startswith(".") for part in inside):
            raise self._refuse(ref, file, at, "hidden files and directories are not followed")
        if not real.lower().endswith(_EXTENSIONS):
            raise self._refuse(ref, file, at, "only .yaml, .yml and .json files are followed")
        try:
            mode = os.stat(real).st_mode
        except OSError as exc:
            raise self._refuse(ref, file, at, f"cannot read it ({exc.strerror})") from None
        if not stat.S_ISREG(mode):
            raise self._refuse(ref, file, at, "it is not a regular file")
        return real

    def _load(self, target: str, ref: str, file: str, at: str) -> Any:
        if target in self.files:
            return self.files[target]
        if len(self.files) >= MAX_REF_FILES:
            raise self._refuse(ref, file, at, f"more than {MAX_REF_FILES} files are referenced")
        from generator.yamlsource import read_limited

        try:
            raw = read_limited(Path(target))
        except ClientgenError as exc:
            raise self._refuse(ref, file, at, exc.diagnostic.message) from None
        except OSError as exc:
            raise self._refuse(ref, file, at, f"cannot read it ({exc.strerror})") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise self._refuse(ref, file, at, "it is not UTF-8 text") from None
        try:
            data = _parse(text, target)
        except json.JSONDecodeError as exc:
            raise ClientgenError(
                f"JSON syntax error: {exc.msg}", f"{target}:{exc.lineno}:{exc.colno}"
            ) from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = f":{mark.line + 1}" if mark is not None else ""
            raise ClientgenError(
                f"cannot read referenced file: {exc.problem or exc.context}", f"{target}{line}"
            ) from None
        except (yaml.YAMLError, RecursionError, ValueError):
            raise ClientgenError(
                "cannot read referenced file: it nests too deeply or holds values too large",
                target,
                "a limit against hostile documents",
            ) from None
        self.files[target] = data
        return data


def _parse(text: str, target: str) -> Any:
    """JSON for ``.json`` files and JSON-looking text, YAML otherwise."""
    from generator.yamlsource import FastLoader

    if target.endswith(".json"):
        return json.loads(text)
    if text.lstrip().startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # YAML flow style, which is not JSON
    return yaml.load(text, Loader=FastLoader)


def _key(key: object) -> str:
    """YAML 1.1 gives integer and boolean keys; OpenAPI is JSON."""
    return str(key).lower() if isinstance(key, bool) else str(key)


def check_internal_refs(document: dict[str, Any], source: str) -> None:
    for ref, site in check_document_limits(document, source):
        try:
            resolve_pointer(document, ref)
        except (KeyError, IndexError, ValueError):
            raise ClientgenError(
                f"broken $ref {ref!r}",
                f"{source}#{site_pointer(site)}",
                "the reference names nothing in the document: fix the spec or add "
                "the missing component with an override",
            ) from None
