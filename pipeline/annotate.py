"""The local engine: batches annotated in this process or in a pool of worker processes.

- A document that cannot be read or processed never stops the batch: it is reported
  (and written to `--errors`) and the run goes on; the exit status says so.
- `workers > 1` runs the pipeline in that many processes, each loading the model once;
  output stays in input order unless `ordered=False`.
- Every line is written whole and flushed; `resume=True` keeps the complete lines of an
  earlier run (a torn last line is cut off), skips their ids and appends the rest, so a
  killed and resumed run ends with the same bytes as an uninterrupted one.

Annotating a batch and writing its results is `pipeline.batch`, shared with the Ray engine.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from pipeline.batch import Result, Sink, Summary, annotate_batch, check_options, check_outputs, renderer
from pipeline.inputs import Input, InputError, iter_inputs

_WORKER: tuple | None = None  # (nlp, with_tokens, render) of a pool worker


def _init_worker(model: str, triggers: str, with_tokens: bool, fmt: str) -> None:
    """Per worker process: one thread (the workers share the cores), one model load."""
    global _WORKER
    import torch

    from pipeline import load

    torch.set_num_threads(1)
    _WORKER = (load(model, triggers), with_tokens, renderer(fmt))


def _worker_batch(batch: list[Input]) -> list[Result | InputError]:
    nlp, with_tokens, render = _WORKER
    return annotate_batch(nlp, batch, with_tokens, render)


def _batches(items: Iterator[Input | InputError], size: int) -> Iterator[list[Input | InputError]]:
    while chunk := list(islice(items, size)):
        yield chunk


def annotate(paths: list[str | Path], output: str | Path, model: str | None = None, with_tokens: bool = False,
             errors_path: str | Path | None = None, progress: bool | None = None, workers: int = 1,
             batch_size: int = 16, ordered: bool = True, resume: bool = False, fmt: str = "jsonl") -> Summary:
    """Annotate every document of `paths` into `output` (`fmt`: "jsonl" lines, or "conll" IOB2 blocks)."""
    check_options(workers, batch_size, fmt, resume)
    check_outputs(paths, output, errors_path)
    from pipeline.frames.meeting.trigger_model import resolve_triggers
    from pipeline.nlp import resolve_model

    model = resolve_model(model) or "none"  # before any output is opened; workers get the answer
    triggers = resolve_triggers()  # an unusable $ARABIC_IE_TRIGGERS is an error here too; workers get the answer
    with Sink(paths, output, errors_path, resume=resume, progress=progress) as sink:
        def jobs() -> Iterator[tuple[list[InputError], list[Input]]]:
            for chunk in _batches(iter_inputs(list(paths), skip=sink.outputs), batch_size):
                docs = [x for x in chunk if isinstance(x, Input)]
                todo = [x for x in docs if x.id not in sink.done]
                sink.skip(len(docs) - len(todo))
                yield [x for x in chunk if isinstance(x, InputError)], todo

        if workers <= 1:
            from pipeline import load

            nlp, render = load(model, triggers), renderer(fmt)
            for errs, todo in jobs():
                for item in errs + (annotate_batch(nlp, todo, with_tokens, render) if todo else []):
                    sink.put(item)
        else:
            _pooled(jobs(), sink.put, model, triggers, with_tokens, fmt, workers, ordered)
    return sink.summary


def _pooled(jobs: Iterator[tuple[list[InputError], list[Input]]], put: Callable[[Result | InputError], None],
            model: str, triggers: str, with_tokens: bool, fmt: str, workers: int, ordered: bool) -> None:
    """Batches on a pool of `workers` processes; errors found while reading are reported at once,
    documents go to the pool in order."""
    pending_errors: list[InputError] = []

    def feed() -> Iterator[list[Input]]:
        for errs, todo in jobs:
            pending_errors.extend(errs)
            if todo:
                yield todo

    def flush() -> None:
        for err in pending_errors:
            put(err)
        pending_errors.clear()

    ctx = get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model, triggers, with_tokens, fmt)) as pool:
        mapper = pool.imap if ordered else pool.imap_unordered
        for results in mapper(_worker_batch, feed()):
            flush()
            for item in results:
                put(item)
    flush()
