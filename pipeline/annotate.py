"""Batch annotation: documents in, one JSONL line per document out, bad input recorded.

- A document that cannot be read or processed never stops the batch: it is reported
  (and written to `--errors`) and the run goes on; the exit status says so.
- `workers > 1` runs the pipeline in that many processes, each loading the model once;
  output stays in input order unless `ordered=False`.
- Every line is written whole and flushed; `resume=True` keeps the complete lines of an
  earlier run (a torn last line is cut off), skips their ids and appends the rest, so a
  killed and resumed run ends with the same bytes as an uninterrupted one.
"""
from __future__ import annotations

import json
import os
import stat
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from pipeline.inputs import STDIN, Input, InputError, count_inputs, iter_inputs, sources
from pipeline.io.jsonl import dumps
from pipeline.progress import progress as progress_bar


@dataclass
class Summary:
    documents: int = 0
    skipped: int = 0
    failed: int = 0
    tokens: int = 0
    seconds: float = 0.0
    entities: Counter = field(default_factory=Counter)
    numbers: int = 0
    frames: int = 0

    def __str__(self) -> str:
        rate = self.tokens / self.seconds if self.seconds else 0.0
        labels = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"
        resumed = f" ({self.skipped} already done)" if self.skipped else ""
        return (f"{self.documents} documents annotated{resumed}, {self.failed} failed; entities: {labels}; "
                f"numeric facts {self.numbers}; frames {self.frames}; {self.tokens} tokens in "
                f"{self.seconds:.1f}s ({rate:,.0f} tokens/s)")


_NLP = None


def _init_worker(model: str | None) -> None:
    """Per worker process: one thread (the workers share the cores), one model load."""
    global _NLP
    import torch

    from pipeline import load

    torch.set_num_threads(1)
    _NLP = load(model)


def _process(nlp, batch: list[Input], with_tokens: bool) -> list[tuple[str, dict | InputError, int]]:
    """Annotate a batch; a failing document is retried alone so only it fails.

    A text longer than spaCy's `max_length` is annotated alone, part by part (`long_docs`).
    """
    from pipeline.long_docs import annotate_long
    from pipeline.nlp import to_json, words

    short = [item.text for item in batch if len(item.text) <= nlp.max_length]
    try:
        docs = iter(list(nlp.pipe(short)))
    except Exception:
        docs = None
    out = []
    for item in batch:
        try:
            if len(item.text) > nlp.max_length:
                line, n_words = annotate_long(nlp, item.text, item.id, with_tokens)
            else:
                doc = next(docs) if docs is not None else nlp(item.text)
                line, n_words = to_json(doc, item.id, with_tokens=with_tokens), len(words(doc))
            out.append((item.id, line, n_words))
        except Exception as exc:  # one bad document must not stop the batch
            out.append((item.id, InputError(item.id, item.source, f"{type(exc).__name__}: {exc}"), 0))
    return out


def _file_id(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def check_options(workers: int, batch_size: int) -> None:
    if not (isinstance(workers, int) and workers >= 1):
        raise ValueError(f"--workers must be a whole number of at least 1, got {workers!r}")
    if not (isinstance(batch_size, int) and batch_size >= 1):
        raise ValueError(f"--batch-size must be a whole number of at least 1, got {batch_size!r}")


def _check_outputs(paths: list[str | Path], output: str | Path, errors_path: str | Path | None) -> None:
    """Refuse, before anything is opened, an output that is also read (by name, link or hard link),
    or that cannot be a file. The files a folder or glob expands to that are the outputs themselves
    are not refused but left out of the inputs (`sources(..., skip=outputs)`)."""
    written = [Path(output)] + ([Path(errors_path)] if errors_path else [])
    for path in written:
        if path.is_dir():
            raise ValueError(f"{path} is a folder: the output must be a file")
        parent = next((p for p in path.absolute().parents if p.exists()), None)
        if parent is not None and not parent.is_dir():
            raise ValueError(f"{path}: {parent} is not a folder")
    written = [p for p in written if p.is_file() or not p.exists()]  # /dev/null or a pipe holds no input
    real = [os.path.realpath(p) for p in written]
    ids = [_file_id(p) for p in written]
    if len(set(real)) < len(real) or (None not in ids and len(set(ids)) < len(ids)):
        raise ValueError(f"the output and the errors file are the same file: {written[0]}")
    for raw in paths:
        if str(raw) == "-":
            continue
        if os.path.realpath(raw) in real or (_file_id(raw) is not None and _file_id(raw) in ids):
            raise ValueError(f"{raw} is both an input and an output: it would be overwritten")
    if any(ids):  # an existing output: no file found in a folder or glob may be it under another name
        for src in sources(list(paths), skip=written):
            if isinstance(src, Path) and src != STDIN and _file_id(src) in ids:
                out = written[ids.index(_file_id(src))]
                raise ValueError(f"{src} is the same file as the output {out} (a hard link): "
                                 "writing the output would overwrite this input")


def open_outputs(output: str | Path, errors_path: str | Path | None, append: bool):
    """Open the output and errors files (folders created); neither is emptied unless both opened."""
    opened, created = [], []
    try:
        for path in (output, errors_path):
            if path is None:
                opened.append(None)
                continue
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            existed = path.exists()
            opened.append(open(path, "a", encoding="utf-8"))
            if not existed:
                created.append(path)
    except OSError:
        for fh in opened:
            if fh is not None:
                fh.close()
        for path in created:
            path.unlink(missing_ok=True)
        raise
    if not append:
        for fh in opened:
            if fh is not None and stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # not /dev/null or a pipe
                fh.truncate(0)
    return opened


def completed_ids(output: Path) -> set[str]:
    """Ids of the complete lines of an earlier run; a torn or broken tail is cut off the file."""
    done: set[str] = set()
    if not output.exists():
        return done
    good_bytes = 0
    with open(output, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                done.add(json.loads(raw)["id"])
            except (ValueError, KeyError, TypeError):
                break
            good_bytes += len(raw)
    with open(output, "r+b") as fh:
        fh.truncate(good_bytes)
    return done


def recorded_errors(errors_path: Path) -> set[str]:
    """The complete lines of an earlier run's errors file (a torn tail is cut off), so that a resumed
    run does not record the same bad document twice."""
    if not errors_path.exists():
        return set()
    data = errors_path.read_bytes()
    keep = data[:data.rfind(b"\n") + 1]
    if len(keep) < len(data):
        errors_path.write_bytes(keep)
    return set(keep.decode("utf-8").splitlines(keepends=True))


def _batches(items: Iterator[Input | InputError], size: int) -> Iterator[list[Input | InputError]]:
    while chunk := list(islice(items, size)):
        yield chunk


def annotate(paths: list[str | Path], output: str | Path, model: str | None = None, with_tokens: bool = False,
             errors_path: str | Path | None = None, progress: bool | None = None, workers: int = 1,
             batch_size: int = 16, ordered: bool = True, resume: bool = False, fmt: str = "jsonl") -> Summary:
    """Annotate every document of `paths` into `output` (`fmt`: "jsonl" lines, or "conll" IOB2 blocks)."""
    if fmt == "conll" and resume:
        raise ValueError("--resume works on JSONL output only")
    check_options(workers, batch_size)
    _check_outputs(paths, output, errors_path)
    from pipeline.nlp import resolve_model

    model = resolve_model(model) or "none"  # before any output is opened; workers get the answer
    output = Path(output)
    outputs = [output] + ([Path(errors_path)] if errors_path else [])
    summary = Summary()
    done = completed_ids(output) if resume else set()
    seen_errors = recorded_errors(Path(errors_path)) if resume and errors_path else set()
    out, errors = open_outputs(output, errors_path, append=resume)
    start = time.perf_counter()
    total = count_inputs(list(paths), skip=outputs)
    bar = progress_bar(total=total, desc="annotate", unit=" docs", disable=progress is False, bar=progress)

    def record_error(err: InputError) -> None:
        summary.failed += 1
        print(f"error: {err}", file=sys.stderr)
        line = json.dumps({"id": err.id, "source": err.source, "reason": err.reason}, ensure_ascii=False) + "\n"
        if errors and line not in seen_errors:
            errors.write(line)
            errors.flush()
            seen_errors.add(line)

    def handle(results: list[tuple[str, dict | InputError, int]] | list[InputError]) -> None:
        for res in results:
            if isinstance(res, InputError):
                record_error(res)
            elif isinstance(res[1], InputError):
                record_error(res[1])
            else:
                _, line, n_tokens = res
                out.write(render(line))
                out.flush()
                summary.documents += 1
                summary.tokens += n_tokens
                summary.entities.update(e["label"] for e in line["entities"])
                summary.numbers += len(line["numbers"])
                summary.frames += len(line["frames"])
            bar.update(1)
        elapsed = time.perf_counter() - start
        bar.set_postfix_str(f"{summary.tokens / elapsed:,.0f} tokens/s" if elapsed else "", refresh=False)

    render = lambda line: dumps(line) + "\n"  # noqa: E731
    if fmt == "conll":
        from pipeline.io.conll import conll_block
        from pipeline.text.tokenizer import ArabicTokenizer

        words = ArabicTokenizer()

        def render(line: dict) -> str:
            tokens = words.spans(line["text"])
            return conll_block(line, tokens, words.sentence_starts(line["text"], tokens))

    def jobs() -> Iterator[tuple[list[InputError], list[Input]]]:
        for chunk in _batches(iter_inputs(list(paths), skip=outputs), batch_size):
            todo = [x for x in chunk if isinstance(x, Input) and x.id not in done]
            summary.skipped += sum(1 for x in chunk if isinstance(x, Input) and x.id in done)
            bar.update(sum(1 for x in chunk if isinstance(x, Input) and x.id in done))
            yield [x for x in chunk if isinstance(x, InputError)], todo

    try:
        if workers <= 1:
            from pipeline import load

            nlp = load(model)
            for errs, todo in jobs():
                handle(errs)
                handle(_process(nlp, todo, with_tokens) if todo else [])
        else:
            # Errors found while reading are reported at once; documents go to the pool in order.
            pending_errors: list[InputError] = []

            def feed() -> Iterator[list[Input]]:
                for errs, todo in jobs():
                    pending_errors.extend(errs)
                    if todo:
                        yield todo

            ctx = get_context("spawn")
            with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
                mapper = pool.imap if ordered else pool.imap_unordered
                for results in mapper(_call_process, ((b, with_tokens) for b in feed())):
                    handle(pending_errors)
                    pending_errors.clear()
                    handle(results)
            handle(pending_errors)
    finally:
        bar.close()
        out.close()
        if errors:
            errors.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _call_process(args: tuple[list[Input], bool]):
    return _process(_NLP, *args)
