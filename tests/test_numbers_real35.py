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


@pytest.fixture(scope="module")
def facts(tokenizer):
    """A sentence marked [[surface|LABEL]] -> [(start, end, value, subject span)] of the number stage's facts."""
    from pipeline.numbers.component import NumbersComponent, numbers_for

    stage = NumbersComponent()

    def run(marked: str) -> tuple[str, list[tuple]]:
        text, entities = parse(marked)
        spans = tokenizer.spans(text)
        nums = numbers_for([text[s:e] for s, e in spans], spans, tokenizer.sentence_starts(text, spans),
                           stage.duals, stage.counts, entities)
        return text, [(n["start"], n["end"], n["value"], n["subject"] and tuple(n["subject"])) for n in nums]

    return run


@pytest.mark.parametrize("marked, surface, value, subject", [
    ("وبلغت قيمة الصادرات 61.8 بليون دولار في العام الماضي.", "61.8 بليون", 61.8e9, "قيمة الصادرات"),
    ("وخصصت الحكومة 3 بلايين جنيه لإصلاح المدارس.", "3 بلايين", 3e9, "جنيه"),
    ("وأنفقت الشركة بليوني دولار على المصنع الجديد.", "بليوني", 2e9, "دولار"),
])
def test_billion_is_a_multiplier(facts, marked, surface, value, subject):
    text, got = facts(marked)
    assert [(text[s:e], v) for s, e, v, _ in got] == [(surface, pytest.approx(value))]
    assert text[slice(*got[0][3])].split()[0] == subject.split()[0]  # §5: a subject matches on its first word


def test_billion_stays_one_word(tokenizer):
    text = "بلغ العجز 4 بليون دولار"
    assert [text[s:e] for s, e in tokenizer.spans(text)] == ["بلغ", "العجز", "4", "بليون", "دولار"]


@pytest.mark.parametrize("plain", [
    "وقدر عدد النازحين بمليون وثلاثمائة ألف شخص، وأصيب 19 ألف شخص.",
    "وضبطت الشرطة خمسة ملايين و312 ألف حبة مخدرة في المنفذ.",
])
def test_presentation_forms_give_the_same_facts(facts, tokenizer, plain):
    pres = as_presentation_forms(plain)
    assert tokenizer.spans(pres) == tokenizer.spans(plain)
    _, plain_facts = facts(plain)
    _, pres_facts = facts(pres)
    assert plain_facts and pres_facts == plain_facts


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
