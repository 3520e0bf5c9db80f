"""Documents to NER examples: the tokenizer's words per sentence with IOB2 tags, and back.

Training, prediction and evaluation all see the same words (those of the
project tokenizer), so a predicted tag always maps back to exact character
offsets in the original text.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.evaluate import iob2_tags
from pipeline.text.chars import is_symbol, model_view
from pipeline.text.tokenizer import ArabicTokenizer

Span = tuple[int, int]


@dataclass
class Example:
    """One sentence: words, their offsets in the document, tags, and labels its corpus never marks."""

    doc_id: str
    words: list[str]
    offsets: list[Span]
    tags: list[str]
    missing: tuple[str, ...] = field(default=())


def sentences(starts: list[bool], max_words: int = 80) -> list[list[int]]:
    """Token indices grouped by sentence, long sentences cut into pieces of at most `max_words`."""
    groups: list[list[int]] = []
    for i, start in enumerate(starts):
        if start or not groups or len(groups[-1]) >= max_words:
            groups.append([])
        groups[-1].append(i)
    return groups


def model_words(words: list[str]) -> list[str]:
    """The words as the model reads them (`text.chars.model_view`), for training and prediction alike."""
    return [model_view(w) for w in words]


def doc_examples(doc: dict, tokenizer: ArabicTokenizer, max_words: int = 80,
                 missing: tuple[str, ...] = ()) -> list[Example]:
    """Sentences of words with their tags; `words` are the model's view, `offsets` index the text.
    Tokens of invisible marks alone are left out, as the NER component leaves them out."""
    text = doc["text"]
    tokens = [tuple(t) for t in doc["tokens"]] if "tokens" in doc else tokenizer.spans(text)
    starts = tokenizer.sentence_starts(text, tokens) if "tokens" not in doc else [i == 0 for i in range(len(tokens))]
    seen = [i for i, (s, e) in enumerate(tokens) if model_view(text[s:e])]
    starts = [any(starts[p + 1:i + 1]) for p, i in zip([-1, *seen[:-1]], seen)]  # a start on a dropped token moves on
    tokens = [tokens[i] for i in seen]
    tags = iob2_tags(tokens, doc.get("entities", []))
    out = []
    for group in sentences(starts, max_words):
        sent_tags = [tags[i] for i in group]
        if sent_tags[0].startswith("I-"):  # a sentence cut inside an entity: restart it
            sent_tags[0] = "B-" + sent_tags[0][2:]
        out.append(Example(doc["id"], model_words([text[slice(*tokens[i])] for i in group]),
                           [tokens[i] for i in group], sent_tags, missing))
    return out


def examples(docs: Iterable[dict], tokenizer: ArabicTokenizer, missing: tuple[str, ...] = (),
             max_words: int = 80) -> list[Example]:
    return [ex for doc in docs for ex in doc_examples(doc, tokenizer, max_words, missing)]


def tagged_documents(docs: list[dict], exs: list[Example], tags: list[list[str]]) -> list[dict]:
    """Documents with the entities that per-sentence `tags` (one list per example) spell out."""
    by_doc: dict[str, list[dict]] = {d["id"]: [] for d in docs}
    texts = {d["id"]: d["text"] for d in docs}
    for ex, t in zip(exs, tags):
        by_doc[ex.doc_id].extend(tags_to_entities(ex.offsets, t, [texts[ex.doc_id][s:e] for s, e in ex.offsets]))
    return [{"id": d["id"], "text": d["text"],
             "entities": [{"id": f"e{i}", **e} for i, e in enumerate(by_doc[d["id"]], 1)]} for d in docs]


def tags_to_entities(offsets: list[Span], tags: list[str], words: list[str] | None = None) -> list[dict]:
    """IOB2 word tags to character spans; an I- that does not continue a span starts one.
    Given the `words`, an emoji or symbol is never part of an entity (it ends one)."""
    ents: list[dict] = []
    current = None
    for k, ((s, e), tag) in enumerate(zip(offsets, tags)):
        if tag == "O" or (words is not None and is_symbol(words[k])):
            current = None
            continue
        prefix, label = tag[:1], tag[2:]
        if prefix == "I" and current is not None and current["label"] == label:
            current["end"] = e
        else:
            current = {"start": s, "end": e, "label": label}
            ents.append(current)
    return ents


PROCLITIC_TOKENS = {"و", "ف", "ب", "ل", "ك", "لـ", "بـ", "وب", "ول"}


def conform_to_tokenizer(doc: dict, tokenizer: ArabicTokenizer) -> dict:
    """Re-tokenize a foreign-corpus document with the project tokenizer and move each entity's start
    past proclitic tokens, so corpora whose entities include «و»/«ب»/«ل» (ANERcorp: «وإسرائيل»)
    follow GUIDELINES §2."""
    text = doc["text"]
    spans = tokenizer.spans(text)
    entities = []
    for ent in doc.get("entities", []):
        inside = [(s, e) for s, e in spans if ent["start"] <= s and e <= ent["end"]]
        while len(inside) > 1 and text[inside[0][0]:inside[0][1]] in PROCLITIC_TOKENS:
            inside = inside[1:]
        if inside:
            entities.append({**ent, "start": inside[0][0]})
    out = {k: v for k, v in doc.items() if k != "tokens"}
    out["entities"] = entities
    return out
