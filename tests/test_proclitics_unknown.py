"""A conjunction or preposition glued to a name the corpus never saw is split off.

The proclitic model splits a word when its rest is frequent; a rare name fails that test, so «و» stayed
glued to it and no entity span could start after the «و» (ANNOTATION: proclitics stay outside the span).
The names below are invented for these tests.
"""
from __future__ import annotations

import pytest

from pipeline.text.chars import lookup_key
from pipeline.text.proclitics import ProcliticModel
from pipeline.text.tokenizer import ArabicTokenizer


@pytest.fixture(scope="module")
def shipped() -> ArabicTokenizer:
    return ArabicTokenizer()


@pytest.mark.parametrize("text, spans", [
    ("زار حي الزرنوقة والقمحاوية", [(0, 3), (4, 6), (7, 15), (16, 17), (17, 26)]),  # «و» + an unseen place
    ("وصل بالشمرخانية", [(0, 3), (4, 5), (5, 15)]),  # «ب» + the article
    ("تبرع للقرنفيلية", [(0, 4), (5, 6), (6, 15)]),  # «ل» before the elided article's «ل»
    ("ثم فالزرنوقة", [(0, 2), (3, 4), (4, 12)]),  # «ف»
])
def test_an_unseen_word_splits_before_an_article_noun(shipped, text, spans):
    for word in text.split():
        assert shipped.model.counts.get(lookup_key(word), 0) < 20 or word in ("زار", "حي", "وصل", "تبرع", "ثم")
    assert shipped.spans(text) == spans


@pytest.mark.parametrize("word", ["والي", "والد", "والدة", "بالغ", "والتر"])
def test_frequent_words_opening_with_the_article_letters_stay_whole(shipped, word):
    assert shipped.model.counts.get(lookup_key(word), 0) > 0  # seen as wholes: the unseen rule does not apply
    assert shipped.spans(word) == [(0, len(word))]


def test_the_unseen_article_rule_needs_a_long_rest_and_no_kaf():
    model = ProcliticModel(counts={})
    tok = ArabicTokenizer(model=model)
    assert tok.spans("والقمحاوية") == [(0, 1), (1, 10)]
    assert tok.spans("والقمح") == [(0, 1), (1, 6)]  # a rest of five letters: split
    assert tok.spans("والقم") == [(0, 5)]  # «القم»: too short to be sure it is a noun of its own
    assert tok.spans("كالزرنوقي") == [(0, 9)]  # «كال» opens names of its own: kept
    model = ProcliticModel(counts={"والقمحاوية": 3})  # seen as a whole: the usual evidence test decides
    assert ArabicTokenizer(model=model).spans("والقمحاوية") == [(0, 10)]
    model = ProcliticModel(counts={}, unseen_article=0)  # off
    assert ArabicTokenizer(model=model).spans("والقمحاوية") == [(0, 10)]


def test_offsets_hold_in_running_text(shipped):
    text = "قدم الفريق من الزرنوقة والقمحاوية إلى الشمرخانية"
    spans = shipped.spans(text)
    assert [text[s:e] for s, e in spans] == ["قدم", "الفريق", "من", "الزرنوقة", "و", "القمحاوية", "إلى",
                                              "الشمرخانية"]


def test_the_setting_survives_save_and_load(tmp_path):
    # a tuned `unseen_article` written by build_segmentation must come back, not silently fall to the default
    model = ProcliticModel(counts={"الحويزة": 1}, unseen_article=7)
    model.save(tmp_path / "seg.json.gz", sources={})
    assert ProcliticModel.load(tmp_path / "seg.json.gz").unseen_article == 7
