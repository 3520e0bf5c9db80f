"""The NER stage as a spaCy component: `doc.ents` from a fine-tuned token classifier.

Sentences (from the project tokenizer) are batched across documents, so `nlp.pipe`
runs the model on full batches; each word's tag maps back to its spaCy token.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.ner.model import TokenClassifier

MAX_WORDS = 80


def _sentences(doc: Doc) -> list[list[int]]:
    """Indices of non-space tokens grouped by sentence, long ones cut at MAX_WORDS."""
    groups: list[list[int]] = []
    for t in doc:
        if t.is_space:
            continue
        if t.is_sent_start or not groups or len(groups[-1]) >= MAX_WORDS:
            groups.append([])
        groups[-1].append(t.i)
    return groups


class NERComponent:
    def __init__(self, model_dir: str, batch_size: int = 32):
        self.model_dir = model_dir
        self.classifier = TokenClassifier.load(model_dir)
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        it = iter(docs)
        while chunk := list(islice(it, batch_size)):
            groups = [_sentences(doc) for doc in chunk]
            words = [[doc[i].text for i in g] for doc, gs in zip(chunk, groups) for g in gs]
            tags = iter(self.classifier.predict(words, self.batch_size))
            for doc, gs in zip(chunk, groups):
                ents = []
                for g in gs:
                    current = None
                    for i, tag in zip(g, next(tags)):
                        if tag == "O":
                            current = None
                        elif tag.startswith("I-") and current is not None and current[2] == tag[2:]:
                            current[1] = i + 1
                        else:
                            current = [i, i + 1, tag[2:]]
                            ents.append(current)
                doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
                yield doc


@Language.factory("arabic_ner", default_config={"model_dir": None, "batch_size": 32})
def make_ner(nlp: Language, name: str, model_dir: str, batch_size: int) -> NERComponent:
    return NERComponent(model_dir, batch_size)
