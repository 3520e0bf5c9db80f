"""CoNLL import and export: `token TAG` lines, a blank line between sentences, IOB2.

Foreign tag names are mapped on import: ANERcorp's PERS → PER; Wojood's PERS → PER,
GPE and LOC → LOC, OCC → TITLE. Types with no counterpart (MISC, NORP, DATE, …) are
dropped (MISC kept when asked for). Nested corpora (Wojood: one tag per entity layer on
a token, outermost first) are flattened as GUIDELINES §2 draws entities: an occupation
is cut before the body or place it contains («سكرتير» + ORG «اللجنة القومية العربية» + LOC
«نابلس»), otherwise the outermost span wins. Imported sentences become documents whose
text is the tokens joined by single spaces, so they flow through the same code as the
project's JSONL.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline.io.jsonl import DocumentError
from pipeline.schema import ENTITY_LABELS, item_id
from pipeline.text.iob import iob2_tags

# The project's own labels read as themselves, plus ANERcorp's and Wojood's names for them.
DEFAULT_TAGS = {**{label: label for label in ENTITY_LABELS}, "PERS": "PER", "GPE": "LOC", "OCC": "TITLE"}
# Wojood's paragraph marker, a token of the file but no word of the text.
SKIP_TOKENS = {"$#$"}
# Left at the end of an occupation cut before its place or body («المندوب السامي في»): not part of the TITLE.
CUT_TRAILERS = {"في", "لدى", "من", "عن", "على", "إلى", "مع", "،", ",", "-"}
# Styles Wojood tags as occupations, outside every span in GUIDELINES §2 («د.»، «الدكتور»).
STYLES = {"د", ".", "د.", "الدكتور", "دكتور", "الشيخ", "السيد", "السيدة", "المهندس", "م"}


def _is_tag(tag: str) -> bool:
    return tag == "O" or (tag[:2] in ("B-", "I-") and len(tag) > 2)


def read_conll(path: str | os.PathLike, tag_map: dict[str, str] | None = None, keep_misc: bool = False,
               id_prefix: str | None = None) -> list[dict]:
    """Sentences of a CoNLL file (one or several tags a token) as documents with `entities` and `tokens`."""
    tag_map = dict(DEFAULT_TAGS if tag_map is None else tag_map)
    if keep_misc:
        tag_map.setdefault("MISC", "MISC")
    prefix = id_prefix or Path(path).stem
    docs: list[dict] = []
    rows: list[tuple[str, list[str]]] = []

    def flush() -> None:
        if rows:
            docs.append(_sentence_doc(f"{prefix}:{len(docs) + 1:06d}", rows, tag_map))
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
            bad = [t for t in parts[1:] if not _is_tag(t)]
            if bad:
                raise DocumentError(path, lineno, f"tag {bad[0]!r} is not IOB2 (O, B-X or I-X)")
            if parts[0] not in SKIP_TOKENS:
                rows.append((parts[0], [t for t in parts[1:] if t != "O"]))
    flush()
    return docs


def _layer_spans(rows: list[tuple[str, list[str]]], tag_map: dict[str, str]) -> list[tuple[int, int, str]]:
    """(first token, end token, label) of every mapped span, nested ones included.

    Per type, the open spans form a stack, outermost first: a token's I- tags of that type
    continue that many of them (the rest close) and its B- tags open new ones."""
    spans: list[list] = []
    open_: dict[str, list[list]] = {}
    for i, (_, tags) in enumerate(rows):
        by_type: dict[str, list[str]] = {}
        for tag in tags:
            by_type.setdefault(tag[2:], []).append(tag[0])
        for name in set(open_) - set(by_type):
            open_.pop(name)
        for name, prefixes in by_type.items():
            stack = open_.setdefault(name, [])
            keep = prefixes.count("I")
            if keep > len(stack):  # an I- that continues nothing starts a span (IOB1 leftovers)
                prefixes = ["B"] * (keep - len(stack)) + prefixes
                keep = len(stack)
            del stack[keep:]
            for span in stack:
                span[1] = i + 1
            for _ in range(prefixes.count("B")):
                if tag_map.get(name):
                    span = [i, i + 1, tag_map[name]]
                    spans.append(span)
                    stack.append(span)
                else:
                    stack.append([i, i + 1, None])
    return [tuple(s) for s in spans]


def flatten(spans: list[tuple[int, int, str]], words: list[str]) -> list[tuple[int, int, str]]:
    """Flat entities from nested ones: a TITLE ends where the first entity inside it starts
    (a preposition left at its end dropped, a TITLE of styles alone dropped); then the
    outermost (longest) span wins every overlap."""
    cut = []
    for s, e, label in spans:
        if label == "TITLE":
            inner = [a for a, b, _ in spans if s <= a and b <= e and (a, b) != (s, e)]
            e = min(inner, default=e)
            while e > s and words[e - 1] in CUT_TRAILERS:
                e -= 1
            if all(w in STYLES for w in words[s:e]):
                continue
        if s < e:
            cut.append((s, e, label))
    chosen: list[tuple[int, int, str]] = []
    for s, e, label in sorted(set(cut), key=lambda x: (x[0] - x[1], x[0])):
        if all(e <= a or b <= s for a, b, _ in chosen):
            chosen.append((s, e, label))
    return sorted(chosen)


def _sentence_doc(doc_id: str, rows: list[tuple[str, list[str]]], tag_map: dict[str, str]) -> dict:
    tokens, pos = [], 0
    for token, _ in rows:
        tokens.append([pos, pos + len(token)])
        pos += len(token) + 1
    entities = [{"id": item_id("entities", k), "start": tokens[s][0], "end": tokens[e - 1][1], "label": label}
                for k, (s, e, label) in enumerate(flatten(_layer_spans(rows, tag_map), [t for t, _ in rows]), 1)]
    return {"id": doc_id, "text": " ".join(t for t, _ in rows), "tokens": tokens, "entities": entities,
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
