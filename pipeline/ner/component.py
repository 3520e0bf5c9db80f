"""The NER stage as a spaCy component: `doc.ents` from a fine-tuned token classifier.

Sentences (from the project tokenizer) are batched across documents, so `nlp.pipe`
runs the model on full batches; each word's tag maps back to its spaCy token. Then, unless the
`consistency` setting is off, `ner.consistency.spread_labels` copies each document's confident labels to
the other mentions of the same name (one sense per discourse), `ner.repair.repair_spans` mends the spans
the training gold says are cut wrong (pieces of a name re-joined, common nouns dropped, edge words cut off), and
`split_at_boundaries` splits a token that a mended span starts or ends inside.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.ner.consistency import spread_labels
from pipeline.ner.data import sentences
from pipeline.ner.model import TokenClassifier, predict_entities
from pipeline.ner.repair import repair_spans
from pipeline.text.chars import model_view
from pipeline.text.tokenizer import WORDS_KEY, doc_words

MAX_WORDS = 80


def _sentences(doc: Doc) -> list[tuple[list[tuple[int, int]], list[str]]]:
    """(offsets, texts) of the words the model reads (not spaces, not invisible marks alone) grouped by
    sentence, long ones cut at MAX_WORDS; read from `doc_words`, not from Token objects (this runs on every word)."""
    w = doc_words(doc)
    seen = [k for k, word in enumerate(w.words) if model_view(word)]
    groups = [[seen[k] for k in g] for g in sentences([w.sent_starts[k] for k in seen], MAX_WORDS)]
    return [([tuple(w.spans[k]) for k in g], [w.words[k] for k in g]) for g in groups]


def split_at_boundaries(doc: Doc, ents: list[dict]) -> None:
    """Split every token that an entity starts or ends inside, so that each span of `ents` is token-aligned:
    `repair_spans` leaves a list's conjunction «و» outside a name the tokenizer kept it on («وسيلين» → «و» +
    «سيلين», as the tokenizer cuts it on a known name). The Doc's cached words are dropped for the next stages."""
    offsets = {o for e in ents for o in (e["start"], e["end"])}
    if not offsets:
        return
    starts, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist()  # (no Token objects: this runs on every Doc)
    inside = offsets - set(starts) - {s + n for s, n in zip(starts, lengths)}
    cuts: dict[int, list[int]] = {}
    for o in sorted(inside):
        i = bisect_right(starts, o) - 1
        if i >= 0 and o < starts[i] + lengths[i]:  # inside token i, not in the space after it
            cuts.setdefault(i, []).append(o - starts[i])
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, inner in cuts.items():
            t = doc[i]
            bounds = [0, *inner, len(t.text)]
            orths = [t.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(t, orths, heads=[(t, 0)] * len(orths))
    doc.user_data.pop(WORDS_KEY, None)


class NERComponent:
    def __init__(self, model_dir: str, batch_size: int = 32, consistency: bool = True):
        self.model_dir = model_dir
        self.classifier = TokenClassifier.load(model_dir)
        self.batch_size = batch_size
        self.consistency = consistency

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        it = iter(docs)
        while chunk := list(islice(it, batch_size)):
            groups = [_sentences(doc) for doc in chunk]
            sents = [g for gs in groups for g in gs]
            found = iter(predict_entities(self.classifier, sents, self.batch_size))
            for doc, gs in zip(chunk, groups):
                ents = [e for _ in gs for e in next(found)]
                if self.consistency:
                    text = doc.text  # (joined from every token at each access)
                    ents = repair_spans(text, spread_labels(text, doc_words(doc).spans, ents))
                    split_at_boundaries(doc, ents)
                spans = [doc.char_span(e["start"], e["end"], label=e["label"]) for e in ents]
                doc.ents = [s for s in spans if s is not None]  # every span is token-aligned; never crash on one
                yield doc


@Language.factory("arabic_ner", default_config={"model_dir": None, "batch_size": 32, "consistency": True})
def make_ner(nlp: Language, name: str, model_dir: str, batch_size: int, consistency: bool) -> NERComponent:
    return NERComponent(model_dir, batch_size, consistency)
