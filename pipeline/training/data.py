"""Documents to NER training examples: the tokenizer's words per sentence with IOB2 tags, and back.

The words are those the runtime component reads (`pipeline.ner.data.model_words`), so a model
trained on them predicts on the same view.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.ner.data import Span, model_words, sentences, tags_to_entities
from pipeline.schema import item_id
from pipeline.text.chars import model_view
from pipeline.text.iob import iob2_tags
from pipeline.text.lexicon import PROCLITIC_SPLITS
from pipeline.text.tokenizer import ArabicTokenizer


@dataclass
class Example:
    """One sentence: words, their offsets in the document, tags, and labels its corpus never marks."""

    doc_id: str
    words: list[str]
    offsets: list[Span]
    tags: list[str]
    missing: tuple[str, ...] = field(default=())


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
             "entities": [{"id": item_id("entities", i), **e} for i, e in enumerate(by_doc[d["id"]], 1)]} for d in docs]



def conform_to_tokenizer(doc: dict, tokenizer: ArabicTokenizer) -> dict:
    """Re-tokenize a foreign-corpus document with the project tokenizer and move each entity's start
    past proclitic tokens, so corpora whose entities include «و»/«ب»/«ل» (ANERcorp: «وإسرائيل»)
    follow GUIDELINES §2."""
    text = doc["text"]
    spans = tokenizer.spans(text)
    entities = []
    for ent in doc.get("entities", []):
        inside = [(s, e) for s, e in spans if ent["start"] <= s and e <= ent["end"]]
        while len(inside) > 1 and text[inside[0][0]:inside[0][1]] in PROCLITIC_SPLITS:
            inside = inside[1:]
        if inside:
            entities.append({**ent, "start": inside[0][0]})
    out = {k: v for k, v in doc.items() if k != "tokens"}
    out["entities"] = entities
    return out
