"""Substituted training copies: names harvested from the training examples, tags kept consistent."""
from __future__ import annotations

from pipeline.training.augment import Substituter, harvest_names
from pipeline.training.data import Example


def ex(words: str, tags: str) -> Example:
    w, t = words.split(), tags.split()
    return Example("d", w, [(0, 0)] * len(w), t)


def test_harvest_names_takes_each_person_span_once_in_order():
    exs = [ex("قال الأمير فيصل بن سلمان إن", "O B-TITLE B-PER I-PER I-PER O"),
           ex("التقى فيصل بن سلمان و سعد الحربي", "O B-PER I-PER I-PER O B-PER I-PER"),
           ex("في الرياض", "O B-LOC")]
    assert harvest_names(exs) == [("فيصل", "بن", "سلمان"), ("سعد", "الحربي")]
    assert harvest_names(exs, max_words=2) == [("سعد", "الحربي")]


def test_copies_use_harvested_and_gazetteer_names_with_whole_person_tags():
    names = [("عبدالله", "بن", "محمد", "العتيبي")]
    sub = Substituter(seed=1, names=names)
    assert sub.ready  # the shipped gazetteers are there
    source = ex("قال اللواء سعد الحربي إن", "O B-TITLE B-PER I-PER O")
    copies = [sub(source) for _ in range(200)]
    persons = []
    for c in copies:
        assert len(c.words) == len(c.tags) == len(c.offsets)
        assert c.words[:2] == ["قال", "اللواء"] and c.words[-1] == "إن" and c.tags[:2] == ["O", "B-TITLE"]
        span = c.words[2:-1]
        assert c.tags[2:-1] == ["B-PER"] + ["I-PER"] * (len(span) - 1)
        persons.append(tuple(span))
    harvested = sum(p == names[0] for p in persons)
    assert 60 < harvested < 140  # about half from the corpora, the rest fresh Vietnamese names
    assert len(set(persons)) > 20
    assert sub(ex("في الرياض", "O B-LOC")) is None  # nothing to substitute
