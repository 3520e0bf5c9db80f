"""Span repair after the NER model, second rule: a one-word ORG, LOC or TITLE on a common word is dropped.

The word list is learned from the training gold (scripts/build_unlabelled_words.py): words seen often there and
never labelled alone («القوات»، «شركة»، «منظمة»، «كبير»). Sentences written for these tests; the model's output
is given inline as [[surface|LABEL]] (tests/conftest.py `parse`).
"""
from __future__ import annotations

from pipeline.ner.repair import unlabelled_words
from tests.conftest import repaired




def test_the_list_holds_common_words_not_names():
    words = unlabelled_words()
    assert {"القوات", "شركة", "منظمة", "كبير"} <= words
    assert not {"الشرطة", "الحكومة", "سوريا"} & words  # decisions 1, 23: bare national bodies are ORG


def test_a_generic_body_noun_alone_is_dropped(tokenizer):
    # §2 «Generic and anaphoric mentions are not entities»; decision 24: «القوات» + a nationality is nothing
    out = repaired("انسحبت [[القوات|ORG]] الأجنبية من [[البلدة|LOC]] بعد أن وقعت [[شركة|ORG]] محلية عقدا مع "
                   "[[وزارة الزراعة|ORG]].", tokenizer)
    assert out == [("وزارة الزراعة", "ORG")]


def test_a_common_word_read_as_a_title_is_dropped(tokenizer):
    out = repaired("وقال [[كبير|TITLE]] الباحثين إن [[المدير|TITLE]] وافق.", tokenizer)
    assert out == [("المدير", "TITLE")]


def test_the_word_inside_a_longer_name_is_kept(tokenizer):
    # the rule reads one-word spans only: «منظمة» opens many ORG names
    out = repaired("أصدرت [[منظمة الصحة العالمية|ORG]] تقريرا عن [[الشرطة|ORG]] في [[دمشق|LOC]].", tokenizer)
    assert out == [("منظمة الصحة العالمية", "ORG"), ("الشرطة", "ORG"), ("دمشق", "LOC")]


def test_a_one_word_person_on_a_common_word_is_kept(tokenizer):
    # first names are common words («جميل»، «أمل»): PER is left to the model
    assert "جميل" in unlabelled_words()
    out = repaired("واستقبل [[جميل|PER]] ضيوفه في [[القاهرة|LOC]].", tokenizer)
    assert out == [("جميل", "PER"), ("القاهرة", "LOC")]
