"""`annotate --engine ray`: the same batches on Ray Data, so one command scales past one machine.

Files are listed here (folders and globs expanded by `pipeline.inputs.sources`), read and
parsed by Ray tasks (`pipeline.inputs.parse_file`: the same ids, sources and input errors
as the local engine), annotated and rendered by a pool of actors that each load the pipeline
once and run `pipeline.batch.annotate_batch` on their batches, and gathered back here, in
input order, into the same `pipeline.batch.Sink` as the local engine's: the output is byte
for byte the local engine's, in either format, failed documents go to the errors file with
id, source and reason, and `resume` skips the ids an earlier run finished (they are dropped
as they are parsed, before any actor sees them).

Ray is an optional extra (`pip install 'arabic-ie[ray]'`). If Ray is already initialised
(`ray.init(address=...)` in the caller), that cluster is used; otherwise `ray.init()` joins
the cluster named by `RAY_ADDRESS` or starts a local instance. On a cluster the input
files and the model directory must be readable at the same paths on every node: Ray gets
them as absolute paths (a worker's working directory is not the driver's), the records keep
the paths as given. Ray's own messages and the actors' output stay out of the terminal unless
`verbose` (`annotate -v`).
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow as pa
import ray
import ray.data

from pipeline.batch import (Result, Sink, Summary, annotate_batch, check_options, check_outputs, output_paths,
                            renderer)
from pipeline.inputs import STDIN, Input, InputError, parse_file, sources

# Parsed documents travel in blocks of about this size, so one big .jsonl file is shared
# among all actors (an actor takes a block at a time); Ray's default is 128 MiB.
BLOCK_BYTES = 256 * 1024


def _parse(row: dict[str, Any], given: dict[str, str], done: frozenset[str]) -> Iterator[dict[str, Any]]:
    """One file's bytes -> one row per document or input error, in file order (the same reader as the local engine's).

    `given` maps the absolute path Ray read back to the path as the user gave it (sources name that one);
    a document whose id is in `done` (finished by an earlier run) keeps its row, without its text, as "done".
    """
    for item in parse_file(row["bytes"], given.get(row["path"], row["path"])):
        if isinstance(item, InputError):
            yield {"id": item.id, "text": "", "source": item.source, "reason": item.reason, "done": False}
        else:
            finished = item.id in done
            yield {"id": item.id, "text": "" if finished else item.text, "source": item.source, "reason": "",
                   "done": finished}


class _Annotator:
    """A Ray actor: one pipeline, one torch thread (each actor holds one CPU)."""

    def __init__(self, model: str, triggers: str, with_tokens: bool, fmt: str) -> None:
        import torch
        import transformers

        from pipeline import load

        torch.set_num_threads(1)
        transformers.utils.logging.set_verbosity_error()  # no weight-loading bars or notes from each actor
        transformers.utils.logging.disable_progress_bar()
        self.nlp, self.with_tokens, self.render = load(model, triggers), with_tokens, renderer(fmt)

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = batch.select(["id", "text", "source", "reason", "done"]).to_pylist()  # exact strings, no numpy padding
        docs = [Input(r["id"], r["text"], r["source"]) for r in rows if not (r["reason"] or r["done"])]
        results = iter(annotate_batch(self.nlp, docs, self.with_tokens, self.render) if docs else [])
        out: dict[str, list] = {"id": [], "source": [], "read": [], "done": [], "output": [], "error": [],
                                "tokens": [], "labels": [], "numbers": [], "frames": []}
        for r in rows:
            result = (Result(r["id"], "", 0, (), 0, 0) if r["done"] else
                      InputError(r["id"], r["source"], r["reason"]) if r["reason"] else next(results))
            ok = isinstance(result, Result)
            out["id"].append(r["id"])
            out["source"].append(r["source"])
            out["read"].append(not r["reason"])  # a document read (an id to count), whether it failed later or not
            out["done"].append(r["done"])
            out["output"].append(result.output if ok else "")
            out["error"].append("" if ok else json.dumps(asdict(result), ensure_ascii=False))
            out["tokens"].append(result.tokens if ok else 0)
            out["labels"].append(" ".join(result.labels) if ok else "")
            out["numbers"].append(result.numbers if ok else 0)
            out["frames"].append(result.frames if ok else 0)
        return pa.table(out)


def annotate_ray(paths: list[str | Path], output: str | Path, model: str | None = None, with_tokens: bool = False,
                 errors_path: str | Path | None = None, progress: bool | None = None, workers: int = 1,
                 batch_size: int = 16, ordered: bool = True, resume: bool = False, fmt: str = "jsonl",
                 verbose: bool = False) -> Summary:
    """Annotate every document of `paths` into `output` with `workers` Ray actors (see the module doc)."""
    check_options(workers, batch_size, fmt, resume)
    check_outputs(paths, output, errors_path)
    from pipeline.frames.meeting.trigger_model import resolve_triggers
    from pipeline.nlp import resolve_model

    model = resolve_model(model)  # before any output is opened; the actors get the answer, as an absolute path
    triggers = resolve_triggers()  # an unusable $ARABIC_IE_TRIGGERS is an error here too; the actors get the answer
    model = os.path.abspath(model) if model else "none"
    triggers = os.path.abspath(triggers) if triggers else ""  # (actors do not read the driver's environment)
    found = list(sources(list(paths), skip=output_paths(output, errors_path)))
    if STDIN in found:
        raise ValueError("--engine ray reads files: save standard input to a .jsonl file first")
    missing = [src for src in found if isinstance(src, InputError)]  # reported first: Ray never sees them
    files = [str(src) for src in found if not isinstance(src, InputError)]
    given = {os.path.abspath(f): f for f in files}
    for name in ("ray.data", "ray._private.authentication"):  # "progress bars disabled", "token auth enabled"
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.ERROR)
    started = bool(files) and not ray.is_initialized()  # nothing to read: no Ray to start
    if started:  # before any output is emptied: a cluster that refuses us leaves them as they were
        _init(verbose)
    try:
        sink = Sink(paths, output, errors_path, resume=resume, progress=progress)
    except BaseException:
        if started:
            ray.shutdown()
        raise
    first_source: dict[str, str] = {}  # ids across files, as `iter_inputs` checks them for the local engine
    with sink:
        try:
            for err in missing:
                sink.put(err)
            if files:
                # Reading is light and reserves no CPU, so every core can hold an actor; a few readers
                # (one per 8 actors) keep the actors fed without a Python process per file.
                readers = max(1, min(len(files), -(-workers // 8)))
                ds = (ray.data.read_binary_files(list(given), include_paths=True, num_cpus=0, concurrency=readers)
                      .flat_map(_parse, fn_kwargs={"given": given, "done": frozenset(sink.done)}, num_cpus=0)
                      .map_batches(_Annotator, fn_constructor_kwargs={"model": model, "triggers": triggers,
                                                                      "with_tokens": with_tokens,
                                                                      "fmt": fmt},
                                   batch_size=batch_size, batch_format="pyarrow", num_cpus=1,
                                   compute=ray.data.ActorPoolStrategy(size=workers)))
                ds.context.execution_options.preserve_order = ordered  # this dataset's copy, not the caller's
                ds.context.target_max_block_size = BLOCK_BYTES
                ds.context.enable_progress_bars = False  # the one bar is ours, counting documents
                for row in ds.iter_rows():
                    earlier = first_source.setdefault(row["id"], row["source"]) if row["read"] else None
                    if row["read"] and earlier != row["source"]:
                        sink.put(InputError(row["id"], row["source"], f"duplicate id {row['id']!r} (first in {earlier})"))
                    elif row["done"]:
                        sink.skip()
                    elif row["error"]:
                        sink.put(InputError(**json.loads(row["error"])))
                    else:
                        sink.put(Result(row["id"], row["output"], row["tokens"], tuple(row["labels"].split()),
                                        row["numbers"], row["frames"]))
        finally:
            if started:
                ray.shutdown()
    return sink.summary


def _init(verbose: bool) -> None:
    """Join `RAY_ADDRESS`'s cluster or start a local instance; only warnings and errors of ours unless `verbose`."""
    quiet = logging.INFO if verbose else logging.ERROR
    address = os.environ.get("RAY_ADDRESS")
    try:
        ray.init(include_dashboard=False, logging_level=quiet, log_to_driver=verbose)
    except (ConnectionError, RuntimeError) as exc:
        if not address:
            raise
        mode = os.environ.get("RAY_AUTH_MODE", "unset")
        raise ValueError(f"cannot join the Ray cluster at RAY_ADDRESS={address} ({type(exc).__name__}: "
                         f"{str(exc).splitlines()[0]}); a cluster with token authentication needs RAY_AUTH_MODE=token "
                         f"(here: {mode}) and its token in ~/.ray/auth_token, RAY_AUTH_TOKEN_PATH or RAY_AUTH_TOKEN "
                         "(README, --engine ray)") from exc
