"""CoNLL import and export: `token TAG` lines, a blank line between sentences, IOB2.

Foreign tag names are mapped on import (ANERcorp's PERS → PER); MISC, which has
no counterpart in this project, is dropped unless asked for. Imported sentences
become documents whose text is the tokens joined by single spaces, so they flow
through the same code as the project's JSONL.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline.evaluate import iob2_tags
from pipeline.io.jsonl import DocumentError
from pipeline.schema import ENTITY_LABELS

# The project's own labels read as themselves; ANERcorp's PERS is this project's PER.
DEFAULT_TAGS = {**{label: label for label in ENTITY_LABELS}, "PERS": "PER"}


def read_conll(path: str | os.PathLike, tag_map: dict[str, str] | None = None, keep_misc: bool = False,
               id_prefix: str | None = None) -> list[dict]:
    """Sentences of a CoNLL file as documents with `entities` (and `tokens` offsets)."""
    tag_map = dict(DEFAULT_TAGS if tag_map is None else tag_map)
    if keep_misc:
        tag_map.setdefault("MISC", "MISC")
    prefix = id_prefix or Path(path).stem
    docs: list[dict] = []
    rows: list[tuple[str, str, int]] = []

    def flush() -> None:
        if rows:
            docs.append(_sentence_doc(f"{prefix}:{len(docs) + 1:06d}", rows, tag_map, path))
            rows.clear()

    with open(path, encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            parts = line.split()
            if len(parts) < 2:
                raise DocumentError(path, lineno, f"expected 'token TAG', got {line!r}")
            tag = parts[-1]
            if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
                raise DocumentError(path, lineno, f"tag {tag!r} is not IOB2 (O, B-X or I-X)")
            rows.append((parts[0], tag, lineno))
    flush()
    return docs


def _sentence_doc(doc_id: str, rows: list[tuple[str, str, int]], tag_map: dict[str, str], path) -> dict:
    text_parts, tokens, entities = [], [], []
    pos, current = 0, None
    for token, tag, lineno in rows:
        start = pos
        tokens.append([start, start + len(token)])
        text_parts.append(token)
        pos += len(token) + 1
        prefix, _, name = tag.partition("-")
        label = tag_map.get(name) if tag != "O" else None
        if label is None:
            current = None
            continue
        if prefix == "I" and current is not None and current["label"] == label:
            current["end"] = start + len(token)
        else:  # B-, or an I- that starts a span (IOB1 leftovers) is read as B-
            current = {"id": f"e{len(entities) + 1}", "start": start, "end": start + len(token), "label": label}
            entities.append(current)
    return {"id": doc_id, "text": " ".join(text_parts), "tokens": tokens, "entities": entities,
            "numbers": [], "relations": [], "frames": []}


def conll_block(doc: dict, tokens: list[tuple[int, int]], starts: list[bool]) -> str:
    """One document as `token TAG` lines, a blank line after each sentence."""
    text, lines = doc["text"], []
    tags = iob2_tags(tokens, doc.get("entities", []))
    for i, ((s, e), tag) in enumerate(zip(tokens, tags)):
        if starts[i] and i:
            lines.append("")
        lines.append(f"{text[s:e]} {tag}")
    return "\n".join(lines) + "\n\n" if tokens else ""


def write_conll(docs: Iterable[dict], path: str | os.PathLike,
                tokenize: Callable[[str], list[tuple[int, int]]],
                sentence_starts: Callable[[str, list[tuple[int, int]]], list[bool]] | None = None) -> int:
    """Write documents as IOB2 on `tokenize`'s tokens (or their own `tokens`). Returns sentences written."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for doc in docs:
            tokens = [tuple(t) for t in doc["tokens"]] if "tokens" in doc else tokenize(doc["text"])
            starts = sentence_starts(doc["text"], tokens) if sentence_starts else [i == 0 for i in range(len(tokens))]
            fh.write(conll_block(doc, tokens, starts))
            n += sum(starts[1:]) + 1 if tokens else 0
    return n
