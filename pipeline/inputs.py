"""Turn command-line paths into (id, text) documents, reporting bad input without stopping.

A `.txt` file is one document (its id is the file stem), a folder contributes its
`.txt` files in name order, a `.jsonl` file (or `-`, standard input) holds `{"id", "text"}`
objects, and a glob (`'data/**/*.txt'`, for when the shell did not expand it) stands for
its matches in name order. Bytes are decoded as UTF-8 exactly (a leading BOM is dropped,
line endings are kept), so offsets index the text as read.
"""
from __future__ import annotations

import glob
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

GLOB_CHARS = "*?["
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


def parse_file(data: bytes, path: str) -> Iterator[Input | InputError]:
    """The documents in one file's bytes: JSON lines for `.jsonl`, else one text document.

    Public so that an engine which reads files elsewhere (Ray workers) parses them
    exactly as `iter_inputs` does.
    """
    if path.endswith(".jsonl"):
        yield from _from_jsonl(io.BytesIO(data), path)
    else:
        yield _from_txt(data, path)


def _files_of(path: Path) -> list[Path]:
    return sorted(path.glob("*.txt")) if path.is_dir() else [path]


def sources(paths: list[str | Path]) -> Iterator[Path | InputError]:
    """The files the command line names, in order: `-` as is, folders and globs expanded.

    A path that exists is taken literally even if it contains glob characters. A glob
    that matches nothing, or a path that does not exist, comes out as an `InputError`.
    """
    for raw in map(str, paths):
        path = Path(raw)
        if raw == "-" or path.exists():
            yield from _files_of(path) if raw != "-" else [STDIN]
        elif any(c in raw for c in GLOB_CHARS):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(None, raw, "no file matches this pattern")
            # `data/**` matches a folder and the files in it: each file once.
            yield from dict.fromkeys(f for m in matches for f in _files_of(Path(m)))
        else:
            yield InputError(None, raw, "no such file or folder")


def iter_inputs(paths: list[str | Path]) -> Iterator[Input | InputError]:
    """Documents from every path in order; unreadable ones come out as `InputError`."""
    for src in sources(paths):
        if isinstance(src, InputError):
            yield src
        elif src == STDIN:  # standard input: JSON lines of {"id", "text"}
            yield from _from_jsonl(sys.stdin.buffer, "<stdin>")
        else:
            try:
                if src.suffix == ".jsonl":  # streamed line by line: a big file is never held whole
                    with open(src, "rb") as fh:
                        yield from _from_jsonl(fh, str(src))
                else:
                    yield _from_txt(src.read_bytes(), str(src))
            except OSError as exc:
                yield InputError(src.stem if src.suffix != ".jsonl" else None, str(src), f"cannot read: {exc.strerror}")


def count_inputs(paths: list[str | Path]) -> int:
    """How many documents `iter_inputs` will yield, at most (for the progress bar)."""
    n = 0
    for src in sources(paths):
        if src == STDIN:
            continue  # unknown until read
        if isinstance(src, Path) and src.suffix == ".jsonl" and src.is_file():
            with open(src, "rb") as fh:
                n += sum(1 for line in fh if line.strip())
        else:
            n += 1
    return n
