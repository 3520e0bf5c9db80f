"""Turn command-line paths into (id, text) documents, reporting bad input without stopping.

A `.txt` file is one document (its id is the file stem), a folder contributes its
`.txt` files in name order, a `.jsonl` file (or `-`, standard input) holds `{"id", "text"}`
objects. Bytes
are decoded as UTF-8 exactly (a leading BOM is dropped, line endings are kept), so
offsets index the text as read.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


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
    return text[1:] if text.startswith("\ufeff") else text


def _from_txt(path: Path) -> Input | InputError:
    result = _decode(path.read_bytes(), str(path))
    if isinstance(result, InputError):
        return InputError(path.stem, result.source, result.reason)
    return Input(path.stem, result, str(path))


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
        yield Input(obj["id"], obj["text"], where)


def iter_inputs(paths: list[str | Path]) -> Iterator[Input | InputError]:
    """Documents from every path in order; unreadable ones come out as `InputError`."""
    for p in map(Path, paths):
        if str(p) == "-":  # standard input: JSON lines of {"id", "text"}
            yield from _from_jsonl(sys.stdin.buffer, "<stdin>")
        elif p.is_dir():
            for child in sorted(p.glob("*.txt")):
                yield _from_txt(child)
        elif p.suffix == ".jsonl":
            with open(p, "rb") as fh:
                yield from _from_jsonl(fh, str(p))
        elif p.is_file():
            yield _from_txt(p)
        else:
            yield InputError(None, str(p), "no such file or folder")


def count_inputs(paths: list[str | Path]) -> int:
    """How many documents `iter_inputs` will yield, at most (for the progress bar)."""
    n = 0
    for p in map(Path, paths):
        if str(p) == "-":
            continue  # unknown until read
        if p.is_dir():
            n += sum(1 for _ in p.glob("*.txt"))
        elif p.suffix == ".jsonl" and p.is_file():
            with open(p, "rb") as fh:
                n += sum(1 for line in fh if line.strip())
        else:
            n += 1
    return n
