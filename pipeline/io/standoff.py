"""Stand-off gold for texts the project may not redistribute (SaudiNewsNet, CC BY-NC-SA 4.0).

A stand-off record is a gold document without its `text`: the layers (character offsets),
plus where the text lives (`source_file` line, the corpus's own `snn_id`) and the sha256 of
the text. `join` puts text and layers back together and refuses, naming the article, a text
that is missing or whose hash differs, so offsets are never applied to the wrong characters.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path

LAYERS = ("entities", "numbers", "relations", "frames")


class StandoffError(ValueError):
    """A stand-off record that cannot be joined with its text."""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_lines(raw: str | os.PathLike, lines: set[int]) -> dict[int, str]:
    """Texts of the given 0-based lines of a (gzipped) JSON-lines corpus; other lines are not decoded."""
    path = Path(raw)
    if not path.exists():
        raise StandoffError(f"{path}: raw corpus not found (the stand-off gold needs it to rebuild the texts)")
    opener = gzip.open if path.suffix == ".gz" else open
    out: dict[int, str] = {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for no, line in enumerate(fh):
            if no in lines:
                out[no] = json.loads(line)["text"]
                if len(out) == len(lines):
                    break
    return out


def to_standoff(doc: dict, line: int, snn_id: str) -> dict:
    """The record committed for `doc`: everything but the text, keyed by line, id and hash."""
    return {"id": doc["id"], "line": line, "snn_id": snn_id, "sha256": sha256(doc["text"]),
            **{k: doc[k] for k in LAYERS}}


def join(record: dict, text: str | None, where: str = "") -> dict:
    """The gold document of `record` over `text`; a missing or changed text is an error naming the article."""
    name = f"{where}{record['id']} (line {record['line']}, {record['snn_id']})"
    if text is None:
        raise StandoffError(f"{name}: its text is missing from the raw corpus")
    if sha256(text) != record["sha256"]:
        raise StandoffError(f"{name}: the raw text changed (sha256 differs), offsets would be wrong")
    return {"id": record["id"], "text": text, **{k: record[k] for k in LAYERS}}


def load_records(folder: str | os.PathLike) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def build_documents(records: list[dict], raw: str | os.PathLike) -> list[dict]:
    """Join every record with its text from `raw`, in the records' order."""
    texts = read_lines(raw, {r["line"] for r in records})
    return [join(r, texts.get(r["line"])) for r in records]


def real_split(split: str, gold: str | os.PathLike, selection: str | os.PathLike, raw: str | os.PathLike) -> list[dict]:
    """The gold documents of one real-news split (`real-train`, `real-dev`, `real-test`), built in memory."""
    chosen = {r["id"] for r in json.loads(Path(selection).read_text(encoding="utf-8")) if r["split"] == split}
    return build_documents([r for r in load_records(gold) if r["id"] in chosen], raw)
