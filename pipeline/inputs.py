"""Turn command-line paths into (id, text) documents, reporting bad input without stopping.

A file named on the command line is one document (its id is the file stem) unless its name
ends in `.jsonl` (any case): then it (or `-`, standard input) holds `{"id", "text"}` objects.
A folder contributes every `.txt` and `.jsonl` file (any case) in it and in its subfolders, in
path order, hidden names (a leading dot) and symbolic links to folders left out; a folder with
no such file is an error. A glob (`'data/**/*.txt'`, for when the shell did not expand it)
stands for its matches in name order, a matched folder expanded as above. An id seen before,
in the same or another input, is an error naming the first source; the first one is kept.
Bytes are decoded as UTF-8 exactly (a leading BOM is dropped, line endings are kept), so
offsets index the text as read.
"""
from __future__ import annotations

import glob
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

GLOB_CHARS = "*?["
DOC_SUFFIXES = (".txt", ".jsonl")  # what a folder contributes (any case)
STDIN = Path("-")
BINARY = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")  # C0 controls other than whitespace, and DEL


@dataclass(frozen=True)
class Input:
    id: str
    text: str
    source: str


@dataclass(frozen=True)
class InputError:
    id: str | None
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def _decode(data: bytes, source: str) -> str | InputError:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(None, source, f"not UTF-8: {exc.reason} at byte {exc.start}")
    return text.removeprefix("\ufeff")


def binary_error(item: Input) -> InputError | None:
    """A NUL, or control characters making up over 1% of the text, mark a binary file; a stray
    control character in a real article (SaudiNewsNet has U+001A) does not cost the article."""
    first = BINARY.search(item.text)
    if first is None:
        return None
    controls = len(BINARY.findall(item.text))
    if "\x00" not in item.text and controls * 100 <= len(item.text):
        return None
    return InputError(item.id, item.source, f"binary content: {controls} control characters, the first "
                                            f"U+{ord(first.group()):04X} at character {first.start()}")


def _from_txt(data: bytes, path: str) -> Input | InputError:
    stem = Path(path).stem
    result = _decode(data, path)
    if isinstance(result, InputError):
        return InputError(stem, result.source, result.reason)
    item = Input(stem, result, path)
    return binary_error(item) or item


def _from_jsonl(fh: BinaryIO, path: str) -> Iterator[Input | InputError]:
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(fh, 1):
        where = f"{path}:{lineno}"
        line = _decode(raw, where)
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(None, where, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str) or not isinstance(obj.get("text"), str):
            yield InputError(obj.get("id") if isinstance(obj, dict) else None, where,
                             "expected an object with string fields 'id' and 'text'")
            continue
        if obj["id"] in seen:
            yield InputError(obj["id"], where, f"duplicate id {obj['id']!r} (first on line {seen[obj['id']]})")
            continue
        seen[obj["id"]] = lineno
        item = Input(obj["id"], obj["text"], where)
        yield binary_error(item) or item


def is_jsonl(path: str | Path) -> bool:
    return str(path).lower().endswith(".jsonl")


def parse_file(data: bytes, path: str) -> Iterator[Input | InputError]:
    """The documents in one file's bytes: JSON lines for `.jsonl`, else one text document.

    Public so that an engine which reads files elsewhere (Ray workers) parses them
    exactly as `iter_inputs` does.
    """
    if is_jsonl(path):
        yield from _from_jsonl(io.BytesIO(data), path)
    else:
        yield _from_txt(data, path)


def _folder_files(folder: Path, empty_is_error: bool = True) -> Iterator[Path | InputError]:
    """The folder rule: `.txt` and `.jsonl` files (any case) here and in subfolders, in path order;
    hidden names skipped; symbolic links to folders not followed (no loops); none at all: an error."""
    found: list[Path] = []
    problems: list[InputError] = []

    def unreadable(exc: OSError) -> None:
        problems.append(InputError(None, exc.filename or str(folder), f"cannot read folder: {exc.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / f for f in files if not f.startswith(".") and f.lower().endswith(DOC_SUFFIXES)]
    yield from problems
    yield from sorted(found, key=str)
    if not found and not problems and empty_is_error:
        yield InputError(None, str(folder), "no .txt or .jsonl file in this folder or its subfolders")


def _real(path: str | Path) -> str:
    return os.path.realpath(path)  # never raises, symbolic link loops included


def same_file(a: str | Path, b: str | Path) -> bool:
    """One file under two names: the same path once links are followed, or a hard link (same inode)."""
    if _real(a) == _real(b):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def sources(paths: list[str | Path], skip: Iterable[str | Path] = ()) -> Iterator[Path | InputError]:
    """The files the command line names, in order: `-` as is, folders and globs expanded.

    A path that exists is taken literally even if it contains glob characters. A glob
    that matches nothing, a folder without documents, or a path that does not exist comes
    out as an `InputError`. Files found by expanding a folder or a glob that are one of
    `skip` (the outputs of the run) are left out.
    """
    skipped = {_real(p) for p in skip}
    seen: set[Path] = set()  # `data/**` matches a folder and the files in it: each file once

    def expanded(items: Iterable[Path | InputError]) -> Iterator[Path | InputError]:
        for item in items:
            if isinstance(item, InputError):
                yield item
            elif item not in seen and _real(item) not in skipped:
                seen.add(item)
                yield item

    for raw in map(str, paths):
        path = Path(raw)
        if raw == "-":
            yield STDIN
        elif path.is_dir():
            yield from expanded(_folder_files(path))
        elif path.exists():
            yield path
        elif os.path.islink(raw):
            try:
                os.stat(raw)
                reason = "cannot read"
            except OSError as exc:
                reason = f"cannot read: {exc.strerror}"  # a symbolic link loop, or a dangling link
            yield InputError(path.stem if not is_jsonl(raw) else None, raw, reason)
        elif any(c in raw for c in GLOB_CHARS):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(None, raw, "no file matches this pattern")
            n = len(seen)
            for m in map(Path, matches):
                yield from expanded(_folder_files(m, empty_is_error=False) if m.is_dir() else [m])
            if matches and len(seen) == n:
                yield InputError(None, raw, "no .txt or .jsonl file in the folders this pattern matches")
        else:
            yield InputError(None, raw, "no such file or folder")


def _iter_raw(paths: list[str | Path], skip: Iterable[str | Path]) -> Iterator[Input | InputError]:
    for src in sources(paths, skip):
        if isinstance(src, InputError):
            yield src
        elif src == STDIN:  # standard input: JSON lines of {"id", "text"}
            yield from _from_jsonl(sys.stdin.buffer, "<stdin>")
        else:
            try:
                if is_jsonl(src):  # streamed line by line: a big file is never held whole
                    with open(src, "rb") as fh:
                        yield from _from_jsonl(fh, str(src))
                else:
                    yield _from_txt(src.read_bytes(), str(src))
            except OSError as exc:
                yield InputError(src.stem if not is_jsonl(src) else None, str(src), f"cannot read: {exc.strerror}")


def iter_inputs(paths: list[str | Path], skip: Iterable[str | Path] = ()) -> Iterator[Input | InputError]:
    """Documents from every path in order; unreadable ones, and ids already seen in an earlier
    input, come out as `InputError` (the first document with an id is the one kept)."""
    first: dict[str, str] = {}
    for item in _iter_raw(paths, skip):
        if isinstance(item, Input):
            earlier = first.setdefault(item.id, item.source)
            if earlier != item.source:
                yield InputError(item.id, item.source, f"duplicate id {item.id!r} (first in {earlier})")
                continue
        yield item


def count_inputs(paths: list[str | Path], skip: Iterable[str | Path] = ()) -> int:
    """How many documents `iter_inputs` will yield, at most (for the progress bar)."""
    n = 0
    for src in sources(paths, skip):
        if src == STDIN:
            continue  # unknown until read
        try:
            if isinstance(src, Path) and is_jsonl(src) and src.is_file():
                with open(src, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
                continue
        except OSError:
            pass  # unreadable: one error when it is read
        n += 1
    return n
