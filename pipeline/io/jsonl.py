"""Read, validate and write the JSONL documents of ANNOTATION.md.

Every problem is reported as `path:line: message`, so a person can open the
file at the right place.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.schema import validate_document


class DocumentError(ValueError):
    """A line of a JSONL file that breaks the contract."""

    def __init__(self, path: str | os.PathLike, line: int, message: str):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}:{line}: {message}")


def iter_lines(path: str | os.PathLike) -> Iterator[tuple[int, dict | DocumentError]]:
    """Yield (line number, document or the error that line has), never stopping early."""
    seen: dict[str, int] = {}
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield lineno, DocumentError(path, lineno, f"not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, DocumentError(path, lineno, f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            problems = validate_document(doc)
            if not problems and doc["id"] in seen:
                problems = [f"duplicate document id {doc['id']!r} (first on line {seen[doc['id']]})"]
            if problems:
                yield lineno, DocumentError(path, lineno, "; ".join(problems))
                continue
            seen[doc["id"]] = lineno
            yield lineno, doc


def read_jsonl(path: str | os.PathLike) -> list[dict]:
    """All documents of a valid file; raise `DocumentError` on the first bad line."""
    docs = []
    for _, item in iter_lines(path):
        if isinstance(item, DocumentError):
            raise item
        docs.append(item)
    return docs


def validate_file(path: str | os.PathLike) -> tuple[int, list[DocumentError]]:
    """(number of valid documents, errors) for one file."""
    good, errors = 0, []
    for _, item in iter_lines(path):
        if isinstance(item, DocumentError):
            errors.append(item)
        else:
            good += 1
    return good, errors


def dumps(doc: dict) -> str:
    """One JSONL line (no newline), Arabic kept readable."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def write_jsonl(docs: Iterable[dict], path: str | os.PathLike) -> int:
    """Write documents, one per line; return how many."""
    n = 0
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(dumps(doc) + "\n")
            n += 1
    return n
