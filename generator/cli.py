"""The ``clientgen`` command line.

Every error a user can cause ends here as one line (``where: error: what
(hint: how)``) and exit status 2; a bug in clientgen still shows its traceback,
because hiding those helps nobody.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from generator import __version__
from generator.background import Pending, background
from generator.clientmodel.naming import snake
from generator.diagnostics import ClientgenError, Diagnostic, Severity, error
from generator.digest import inputs_digest
from generator.job import Job
from generator.messages import FORMATS, emit
from generator.progress import enable_if_terminal, stage
from generator.writer import (
    Change,
    check_replaceable,
    compare,
    has_manifest,
    kept_files,
    package_state,
    recover,
    safe_target,
    write_package,
)
from generator.yamlsource import check_input_file

_T = TypeVar("_T")
if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from generator.config import ClientDecl, Project  # declarations: only runs that read them
    from generator.pipeline import Build  # the pipeline is imported only when there is work

EXIT_USER_ERROR = 2
EXIT_STALE = 1


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except ClientgenError as exc:
        emit(exc.diagnostic, getattr(args, "messages", "text"))
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `clientgen export x | head`: the reader left, not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientgen", description="Generate typed Python API clients from API documents."
    )
    parser.add_argument("--version", action="version", version=f"clientgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="generate client packages")
    generate.add_argument("names", nargs="*", help="declared clients to generate (default: all)")
    generate.add_argument(
        "--check", action="store_true", help="exit 1 if the output is stale; write nothing"
    )
    generate.add_argument(
        "--source", type=Path, help="generate from this file instead of clientgen.yaml"
    )
    generate.add_argument(
        "--output", type=Path, help="with --source: the directory to write the package into"
    )
    _add_single_file_options(generate)
    generate.add_argument(
        "-v", "--verbose", action="store_true", help="show informational notes too"
    )
    generate.add_argument(
        "--force", action="store_true", help="overwrite generated files edited by hand"
    )
    generate.add_argument(
        "--meta",
        choices=("full", "none"),
        default="full",
        help="with --source: 'none' writes only the importable package, for vendoring",
    )
    generate.add_argument(
        "--format",
        dest="messages",
        choices=FORMATS,
        default="text",
        help="diagnostics and --check findings as text (stderr), JSON lines or GitHub "
        "annotations (stdout)",
    )
    generate.set_defaults(run=_generate)

    export = commands.add_parser("export", help="print the patched intermediate model as OpenAPI")
    export.add_argument("target", help="a declared client name, or a spec file")
    export.add_argument("--format", choices=("yaml", "json"), default="yaml")
    _add_single_file_options(export)
    export.set_defaults(run=_export)

    report = commands.add_parser("report", help="show every operation with its evidence")
    report.add_argument("target", help="a declared client name, or a spec file")
    report.add_argument("--html", type=Path, help="also write a self-contained HTML report here")
    _add_single_file_options(report)
    report.set_defaults(run=_report)

    init = commands.add_parser("init", help="add an API: copy its document, declare it, report")
    init.add_argument("source", type=Path, help="the API document, as published")
    init.add_argument("--name", help="client name (default: from the file name)")
    init.add_argument("--reader", help="force a reader (openapi, redoc_text, markdown_docs)")
    init.set_defaults(run=_init)

    fetch = commands.add_parser(
        "fetch", help="re-capture declared clients' documents from their url, showing what changed"
    )
    fetch.add_argument("names", nargs="*", help="declared clients (default: every one with a url)")
    fetch.set_defaults(run=_fetch)

    diff = commands.add_parser(
        "diff", help="what changed between two captures: on the wire and for SDK users"
    )
    diff.add_argument("old", nargs="?", help="the old capture, or a declared client name")
    diff.add_argument("new", nargs="?", help="the new capture (or use --against)")
    diff.add_argument("--against", type=Path, help="with a client name: the new capture")
    diff.add_argument("--format", choices=("text", "json", "markdown", "github"), default="text")
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "warning", "info", "never"),
        default="never",
        help="exit 1 when a finding is at this level or above (default: never)",
    )
    diff.add_argument("--config", type=Path, help="check levels: {checks: {<id>: <level>|off}}")
    diff.add_argument("--list-checks", action="store_true", help="list every check and exit")
    _add_single_file_options(diff)
    diff.set_defaults(run=_diff)
    return parser


def _add_single_file_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--overrides", type=Path, help="an OpenAPI Overlay 1.0 file to apply")
    parser.add_argument("--reader", help="force a reader (openapi, redoc_text, markdown_docs)")
    parser.add_argument(
        "--name", help="client name for a single file (default: from the file name)"
    )


def _single_job(source: Path, args: argparse.Namespace) -> Job:
    if not source.exists():
        raise ClientgenError(f"no such file: {source}", str(source), "check the path")
    check_input_file(source, str(source))
    if args.overrides is not None:
        if not args.overrides.exists():
            raise ClientgenError(
                f"no such overrides file: {args.overrides}", str(args.overrides), "check the path"
            )
        check_input_file(args.overrides, str(args.overrides))
    name = snake(args.name or source.name.split(".")[0], "api")
    return Job(
        name=name,
        source=source,
        package=f"{name}_client",
        reader=args.reader,
        overrides=args.overrides,
    )


def _declared_jobs(names: list[str]) -> tuple[Project, list[Job]]:
    from generator.config import load_project

    project = load_project(Path.cwd())
    return project, [_job_of(project, c) for c in project.select(names)]


def _job_of(project: Project, c: ClientDecl) -> Job:
    """The build of one declared client."""
    return Job(
        c.name, c.source, c.package, c.reader, c.overrides, c.preserve, project.templates, c.meta
    )


def _job_for_target(target: str, args: argparse.Namespace) -> Job:
    path = Path(target)
    if path.is_file():
        return _single_job(path, args)
    _, jobs = _declared_jobs([target])
    job = jobs[0]
    if args.overrides is not None:
        job = Job(job.name, job.source, job.package, args.reader or job.reader, args.overrides)
    return job


def _generate(args: argparse.Namespace) -> int:
    if args.source is not None:
        if args.output is None:
            raise ClientgenError(
                "--source needs --output DIR",
                "clientgen generate",
                "name where to write the package",
            )
        jobs = [replace(_single_job(args.source, args), meta=args.meta == "full")]
        output = args.output
    else:
        if args.output is not None:
            raise ClientgenError(
                "--output goes with --source",
                "clientgen generate",
                "declared clients write to clientgen.yaml's output",
            )
        project, jobs = _declared_jobs(args.names)
        output = project.output
    if args.messages == "text" and not args.check:
        enable_if_terminal()
    return _generate_jobs(jobs, output, args.check, args.verbose, args.force, args.messages)


def _generate_jobs(
    jobs: list[Job],
    output: Path,
    check: bool,
    verbose: bool,
    force: bool = False,
    messages: str = "text",
) -> int:
    """Build what is stale (in parallel), then write or compare; a failure writes nothing."""
    with ExitStack() as digests:
        work: list[tuple[Job, Path, str | Pending[str]]] = []
        for job in jobs:
            target = safe_target(output, job.name)
            if not check:
                check_replaceable(target)  # before spending time on a build that cannot be written
                recover(target)
            inputs: str | Pending[str]
            if has_manifest(target):
                inputs = inputs_digest(job)
                edited, current = package_state(target, inputs, job.preserve)
            else:  # never written, so stale whatever the inputs: their digest (hashing the
                # source, 0.04 s for the GitHub API) is taken on another core during the build
                inputs = digests.enter_context(background(partial(inputs_digest, job)))
                edited, current = [], False
            if edited and not (check or force):
                _refuse_hand_edits(target, edited)
            if current:
                if not check:
                    print(f"{job.name}: up to date ({target})")
            else:
                work.append((job, target, inputs))
        return _finish(work, check, verbose, messages)


def _finish(
    work: list[tuple[Job, Path, str | Pending[str]]], check: bool, verbose: bool, messages: str
) -> int:
    """Build the stale packages, then write them (or, with ``check``, report them)."""
    stale = 0
    for (job, target, inputs), build in zip(
        work, _build_all([(w[0], w[1]) for w in work]), strict=True
    ):
        files = build.files
        _print_notes(build.notes, verbose, messages)
        changes = compare(target, files, job.preserve)
        if check:
            if changes:
                stale += 1
                _report_stale(job, target, changes, messages)
            continue
        with stage(job.name, "write"):
            digest = inputs if isinstance(inputs, str) else inputs.result()
            write_package(target, files, digest, kept_files(target, job.preserve), build.release)
        print(f"{job.name}: wrote {len(files)} files to {target} ({len(changes)} changed)")
    if check and stale:
        print(f"{stale} client(s) out of date: run `clientgen generate`", file=sys.stderr)
        return EXIT_STALE
    return 0


def _refuse_hand_edits(target: Path, edited: list[str]) -> None:
    more = f" (and {len(edited) - 1} more)" if len(edited) > 1 else ""
    raise ClientgenError(
        f"{edited[0]} was edited by hand since clientgen wrote it{more}; not overwriting",
        str(target / edited[0]),
        "put the change in an override, or list the file under 'preserve:' to keep it, "
        "or pass --force to discard it",
    )


def _build_all(work: list[tuple[Job, Path]]) -> list[Build]:
    """Every job's package (versioned against its target), in order; jobs use every core."""
    if not work:
        return []
    from generator.pipeline import build_release  # the heavy part: only when there is work

    workers = min(len(work), os.cpu_count() or 1)
    if workers <= 1:
        return [_guarded(job, build_release, job, target) for job, target in work]
    with _pool(workers) as pool:
        largest_first = sorted(work, key=lambda w: w[0].source.stat().st_size, reverse=True)
        futures = {job: pool.submit(build_release, job, target) for job, target in largest_first}
        return [_guarded(job, futures[job].result) for job, _ in work]


def _pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes; their machinery is imported only by runs that use it."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers)


def _guarded(job: Job, call: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """``call(*args)``, with the input errors that escape every stage's checks made one line.

    The readers and stages refuse what they know to be too deep or too large;
    this is the net under them, so a user never sees a traceback for an input.
    """
    try:
        return call(*args, **kwargs)
    except RecursionError:
        raise ClientgenError(
            "the input nests too deeply to process",
            str(job.source),
            "no real API description nests this deep: is the file damaged?",
        ) from None
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
        raise ClientgenError(
            "a name from the input is too long for a file name",
            str(job.source),
            "shorten the tag or schema name, or rename it with an override",
        ) from None
    except ValueError as exc:
        if "integer string conversion" not in str(exc):
            raise
        raise ClientgenError(
            "a number in the input has more than 4300 digits",
            str(job.source),
            "quote it to keep it as a string, or remove it",
        ) from None


def _print_notes(notes: list[Diagnostic], verbose: bool, messages: str = "text") -> None:
    for note in notes:
        if verbose or note.severity is not Severity.INFO:
            emit(note, messages)


def _report_stale(job: Job, target: Path, changes: list[Change], messages: str) -> None:
    if messages == "text":
        print(
            f"{job.name}: {len(changes)} file(s) differ from what the sources produce:",
            file=sys.stderr,
        )
        for change in changes[:40]:
            print(f"  {change}", file=sys.stderr)
        return
    for change in changes:
        emit(
            error(
                f"generated file is stale: {change}",
                str(target / change.path),
                f"run `clientgen generate {job.name}` and commit the result",
            ),
            messages,
        )


def _export(args: argparse.Namespace) -> int:
    from generator.pipeline import build_document

    job = _job_for_target(args.target, args)
    built = _guarded(job, build_document, job)
    _print_notes(built.diagnostics, verbose=False)
    if args.format == "json":
        text = _guarded(job, json.dumps, built.document, indent=2, ensure_ascii=False)
    else:
        text = _guarded(
            job,
            _dump_yaml,
            built.document,
            Dumper=_Dumper,
            sort_keys=False,
            allow_unicode=True,
            width=100,
        )
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _report(args: argparse.Namespace) -> int:
    from generator.pipeline import build_document, build_model
    from generator.report import render_text
    from generator.report_html import render_html

    job = _job_for_target(args.target, args)
    built = _guarded(job, build_document, job)
    model, _ = _guarded(job, build_model, job, built)
    names: dict[tuple[str, str], str] = {}
    for resource in model.resources:
        for op in resource.operations:
            call = f"client.{resource.attr}.{op.name}"
            key = (op.http_method, op.path_template)
            names[key] = f"{names[key]} / {call}" if key in names else call
    print(_guarded(job, render_text, built.document, built.applied, names))
    if args.html is not None:
        html = _guarded(job, render_html, built.document, built.applied, names)
        try:
            args.html.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise ClientgenError(
                f"cannot write the report: {exc.strerror}", str(args.html), "check the path"
            ) from None
        print(f"wrote {args.html}")
    return 0


def _init(args: argparse.Namespace) -> int:
    from generator.scaffold import init

    name = snake(args.name or args.source.name.split(".")[0], "api")
    config, spec = init(args.source, name, args.reader, Path.cwd())
    print(f"{name}: copied to {spec}, declared in {config}, overrides stub in overrides/")
    args.target, args.overrides, args.html = name, None, None
    return _report(args)


def _fetch(args: argparse.Namespace) -> int:
    import shutil

    from generator.config import load_project
    from generator.diff import compare
    from generator.diff.output import text
    from generator.fetch import download, replace_source, staged

    project = load_project(Path.cwd())
    chosen = project.select(args.names)
    if args.names and (missing := [c.name for c in chosen if c.url is None]):
        raise ClientgenError(
            f"no url declared for {', '.join(missing)}", str(project.config_path), "add url: to it"
        )
    for client in (c for c in chosen if c.url is not None):
        data = download(str(client.url), project.root)
        if client.source.read_bytes() == data:
            print(f"{client.name}: up to date ({client.url})")
            continue
        new_file = staged(client.source, data)
        try:
            old = _job_of(project, client)
            new = replace(old, source=new_file)
            with _pool(2) as pool:
                before, after = pool.map(_diff_side, (old, new))
        except ClientgenError:
            shutil.rmtree(new_file.parent)
            raise
        result = compare(before[0], after[0], before[1], after[1])
        sys.stdout.write(text(result.findings, result.verdict, f"{client.name}: {client.url}"))
        replace_source(client.source, new_file)
        print(f"{client.name}: {client.source} replaced; run `clientgen generate {client.name}`")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from generator.diff import compare, load_levels
    from generator.diff.checks import CHECKS, Level
    from generator.diff.output import FORMATS

    if args.list_checks:
        for check, (level, meaning) in CHECKS.items():
            print(f"{check:40} {level.label:9} {meaning}")
        return 0
    old_job, new_job = _diff_jobs(args)
    levels = load_levels(args.config) if args.config is not None else {}
    with _pool(2) as pool:  # the two sides are independent
        old_side, new_side = pool.map(_diff_side, (old_job, new_job))
    result = compare(old_side[0], new_side[0], old_side[1], new_side[1], levels)
    title = f"{new_job.name}: {old_job.source.name} -> {new_job.source.name}"
    sys.stdout.write(FORMATS[args.format](result.findings, result.verdict, title))
    if args.fail_on == "never" or result.verdict is None:
        return 0
    return EXIT_STALE if result.verdict >= Level.parse(args.fail_on) else 0


def _diff_side(job: Job) -> tuple[dict[str, Any], Any]:
    """One side of a diff: the patched document and its client model."""
    from generator.pipeline import build_document, build_model

    built = build_document(job)
    return built.document, build_model(job, built)[0]


def _diff_jobs(args: argparse.Namespace) -> tuple[Job, Job]:
    """(old, new): two files, or a declared client and the new capture given by --against."""
    if args.old is None or (args.new is None) == (args.against is None):
        raise ClientgenError(
            "diff takes OLD NEW, or NAME --against FILE",
            "clientgen diff",
            "e.g. clientgen diff courier --against new-capture.txt",
        )
    if args.against is not None:
        old = _job_for_target(args.old, args)
        if not args.against.is_file():
            raise ClientgenError(f"no such file: {args.against}", str(args.against))
        return old, Job(old.name, args.against, old.package, old.reader, old.overrides)
    new = _single_job(Path(args.new), args)
    old = _single_job(Path(args.old), args)
    return Job(new.name, old.source, new.package, old.reader, old.overrides), new


# libyaml's dumper when PyYAML was built with it: much faster on large specs.
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump_yaml(document: Any, **options: Any) -> str:
    return str(yaml.dump(document, **options))


if __name__ == "__main__":
    sys.exit(main())
