"""Number rules from the thirty-fifth pass over real news, each on a sentence written for the test: «بليون» (the
billion of Egyptian and Levantine copy) is a multiplier like «مليار», and text in Arabic presentation forms (PDF
extraction) gives the same tokens, facts, relations and frames as the same text in plain letters, offsets unchanged."""
from __future__ import annotations

import unicodedata

import pytest

from tests.conftest import parse

# plain letter -> one presentation form of it (isolated or contextual: NFKC reads them all back)
PRESENTATION = {}
for _cp in range(0xFE70, 0xFEFD):
    _plain = unicodedata.normalize("NFKC", chr(_cp))
    if len(_plain) == 1:
        PRESENTATION.setdefault(_plain, chr(_cp))


def as_presentation_forms(text: str) -> str:
    out = "".join(PRESENTATION.get(c, c) for c in text)
    assert len(out) == len(text) and out != text
    return out


@pytest.mark.parametrize("text, surface, value, subject", [
    ("وبلغت قيمة الصادرات 61.8 بليون دولار في العام الماضي.", "61.8 بليون", 61.8e9, "قيمة الصادرات"),
    ("وخصصت الحكومة 3 بلايين جنيه لإصلاح المدارس.", "3 بلايين", 3e9, "جنيه"),
    ("وأنفقت الشركة بليوني دولار على المصنع الجديد.", "بليوني", 2e9, "دولار"),
])
def test_billion_is_a_multiplier(fact_tuples, text, surface, value, subject):
    [(got, _, got_value, got_subject)] = fact_tuples(text)
    assert (got, got_value) == (surface, pytest.approx(value))
    assert got_subject.split()[0] == subject.split()[0]  # §5: a subject matches on its first word


@pytest.mark.parametrize("text, words", [
    ("بلغ العجز 4 بليون دولار", ["بلغ", "العجز", "4", "بليون", "دولار"]),
    ("بلغ العجز مليونا وبليون دولار", ["بلغ", "العجز", "مليونا", "و", "بليون", "دولار"]),  # the conjunction alone
    ("واستهلك المصنع ستين لترا من الماء", ["واستهلك", "المصنع", "ستين", "لترا", "من", "الماء"]),
    ("وأضاف لترين من الزيت", ["وأضاف", "لترين", "من", "الزيت"]),
])
def test_unit_words_that_open_like_a_proclitic_stay_whole(tokenizer, text, words):
    assert [text[s:e] for s, e in tokenizer.spans(text)] == words


def test_litres_are_the_subject(fact_tuples):
    [(surface, _, value, subject)] = fact_tuples("واستهلك المصنع ستين لترا من الماء يوميا.")
    assert (surface, value, subject.split()[0]) == ("ستين", 60, "لترا")


@pytest.mark.parametrize("plain", [
    "وقدر عدد النازحين بمليون وثلاثمائة ألف شخص، وأصيب 19 ألف شخص.",
    "وضبطت الشرطة خمسة ملايين و312 ألف حبة مخدرة في المنفذ.",
])
def test_presentation_forms_give_the_same_facts(number_facts, tokenizer, plain):
    pres = as_presentation_forms(plain)
    assert tokenizer.spans(pres) == tokenizer.spans(plain)
    plain_facts = number_facts(plain)
    assert plain_facts and number_facts(pres) == plain_facts  # the same values, offsets and subjects


def test_presentation_forms_give_the_same_relations_and_frames(tokenizer):
    from pipeline.frames.component import relations_and_frames

    plain, entities = parse("وعقد [[وزير الداخلية|TITLE]] [[سعد الحربي|PER]] اجتماعا أمس في [[الرياض|LOC]] "
                            "مع [[مدير الشرطة|TITLE]] [[خالد العتيبي|PER]].")
    pres = as_presentation_forms(plain)

    def run(text: str) -> tuple:
        spans = tokenizer.spans(text)
        return relations_and_frames(text, spans, tokenizer.sentence_starts(text, spans), entities, [])

    rels, frames = run(plain)
    assert frames and rels
    assert run(pres) == (rels, frames)
