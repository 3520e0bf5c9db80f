"""The batch core both engines share: one batch annotated, and where its results go.

An engine (the local one in `annotate`, Ray in `annotate_ray`) only decides where batches run.
Everything a user sees is done here, once: each document is annotated and rendered by
`annotate_batch` (a failing document is retried alone, so only it fails); `check_outputs`
refuses outputs that would overwrite an input, and the `Sink` opens the output and errors files, skips what an earlier run finished
(`resume`), writes each line whole and flushed, records errors without repeating one, keeps
the summary and moves the progress bar.
"""
from __future__ import annotations

import json
import os
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.inputs import STDIN, Input, InputError, count_inputs, sources
from pipeline.io.jsonl import dumps
from pipeline.progress import progress as progress_bar

FORMATS = ("jsonl", "conll")


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


@dataclass(frozen=True)
class Result:
    """One annotated document as the sink needs it: the rendered output and what the summary counts."""
    id: str
    output: str
    tokens: int
    labels: tuple[str, ...]
    numbers: int
    frames: int


def check_options(workers: int, batch_size: int, fmt: str = "jsonl", resume: bool = False) -> None:
    if not (isinstance(workers, int) and workers >= 1):
        raise ValueError(f"--workers must be a whole number of at least 1, got {workers!r}")
    if not (isinstance(batch_size, int) and batch_size >= 1):
        raise ValueError(f"--batch-size must be a whole number of at least 1, got {batch_size!r}")
    if fmt not in FORMATS:
        raise ValueError(f"--format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if fmt == "conll" and resume:
        raise ValueError("--resume works on JSONL output only")


def renderer(fmt: str) -> Callable[[dict], str]:
    """The output text of one annotated document: a JSONL line or an IOB2 CoNLL block."""
    if fmt == "jsonl":
        return lambda line: dumps(line) + "\n"
    from pipeline.io.conll import conll_block
    from pipeline.text.tokenizer import ArabicTokenizer

    words = ArabicTokenizer()

    def conll(line: dict) -> str:
        tokens = words.spans(line["text"])
        return conll_block(line, tokens, words.sentence_starts(line["text"], tokens))

    return conll


def annotate_batch(nlp, batch: list[Input], with_tokens: bool, render: Callable[[dict], str]) -> list[Result | InputError]:
    """Annotate and render a batch; a failing document is retried alone so only it fails.

    A text longer than spaCy's `max_length` is annotated alone, part by part (`long_docs`).
    """
    from pipeline.long_docs import annotate_long
    from pipeline.nlp import to_json
    from pipeline.text.tokenizer import doc_words

    short = [item.text for item in batch if len(item.text) <= nlp.max_length]
    try:
        docs = iter(list(nlp.pipe(short)))
    except Exception:
        docs = None
    out: list[Result | InputError] = []
    for item in batch:
        try:
            if len(item.text) > nlp.max_length:
                line, n_words = annotate_long(nlp, item.text, item.id, with_tokens)
            else:
                doc = next(docs) if docs is not None else nlp(item.text)
                line, n_words = to_json(doc, item.id, with_tokens=with_tokens), len(doc_words(doc).words)
            out.append(Result(item.id, render(line), n_words, tuple(e["label"] for e in line["entities"]),
                              len(line["numbers"]), len(line["frames"])))
        except Exception as exc:  # one bad document must not stop the batch
            out.append(InputError(item.id, item.source, f"{type(exc).__name__}: {exc}"))
    return out


def _file_id(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def output_paths(output: str | Path, errors_path: str | Path | None) -> list[Path]:
    """The files a run writes, which the inputs' folders and globs leave out."""
    return [Path(output)] + ([Path(errors_path)] if errors_path else [])


def check_outputs(paths: list[str | Path], output: str | Path, errors_path: str | Path | None) -> None:
    """Refuse, before anything is opened, an output that is also read (by name, link or hard link),
    or that cannot be a file. The files a folder or glob expands to that are the outputs themselves
    are not refused but left out of the inputs (`sources(..., skip=outputs)`)."""
    written = output_paths(output, errors_path)
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


class Sink:
    """The output file, the errors file, the summary and the progress bar of one run.

    The engine has run `check_outputs` first; opening the sink reads what an earlier run finished
    when `resume` (its ids in `done`), and only then opens (and, without `resume`, empties) the files.
    """

    def __init__(self, paths: list[str | Path], output: str | Path, errors_path: str | Path | None = None,
                 resume: bool = False, progress: bool | None = None) -> None:
        self._start = time.perf_counter()
        self.outputs = output_paths(output, errors_path)
        self.summary = Summary()
        self.done = completed_ids(Path(output)) if resume else set()
        self._seen_errors = recorded_errors(Path(errors_path)) if resume and errors_path else set()
        total = count_inputs(list(paths), skip=self.outputs) if progress is not False else None
        self._bar = progress_bar(total=total, desc="annotate", unit=" docs", disable=progress is False, bar=progress)
        try:
            self._out, self._errors = open_outputs(output, errors_path, append=resume)
        except BaseException:
            self._bar.close()
            raise

    def skip(self, n: int = 1) -> None:
        """Documents an earlier run finished (`resume`)."""
        self.summary.skipped += n
        self._bar.update(n)

    def put(self, item: Result | InputError) -> None:
        """Write one result whole and flushed, or record one error (once, on stderr and in the errors file)."""
        summary = self.summary
        if isinstance(item, InputError):
            summary.failed += 1
            print(f"error: {item}", file=sys.stderr)
            line = json.dumps({"id": item.id, "source": item.source, "reason": item.reason}, ensure_ascii=False) + "\n"
            if self._errors and line not in self._seen_errors:
                self._errors.write(line)
                self._errors.flush()
                self._seen_errors.add(line)
        else:
            self._out.write(item.output)
            self._out.flush()
            summary.documents += 1
            summary.tokens += item.tokens
            summary.entities.update(item.labels)
            summary.numbers += item.numbers
            summary.frames += item.frames
        self._bar.update(1)
        elapsed = time.perf_counter() - self._start
        self._bar.set_postfix_str(f"{summary.tokens / elapsed:,.0f} tokens/s" if elapsed else "", refresh=False)

    def close(self) -> Summary:
        """Close the files and the bar; the summary with the run's seconds."""
        self._bar.close()
        self._out.close()
        if self._errors:
            self._errors.close()
        self.summary.seconds = time.perf_counter() - self._start
        return self.summary

    def __enter__(self) -> Sink:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
