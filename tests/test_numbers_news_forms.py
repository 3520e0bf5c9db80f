"""Number detection and subjects on forms of real Arab-world news (issue 15): each rule on a sentence
written for the test (GUIDELINES §3 «General Arabic forms», §7 «Numbers» and the real-news adjudication)."""
from __future__ import annotations

import pytest

from pipeline.numbers.component import NumbersComponent, numbers_for


@pytest.fixture(scope="module")
def read(tokenizer):
    """text -> [(surface, value, subject surface or None)], with every span checked against the text."""
    stage = NumbersComponent()

    def run(text: str) -> list[tuple]:
        spans = tokenizer.spans(text)
        out = []
        for n in numbers_for([text[s:e] for s, e in spans], spans, tokenizer.sentence_starts(text, spans),
                             stage.duals, stage.counts):
            subject = text[slice(*n["subject"])] if n["subject"] else None
            assert subject is None or subject == subject.strip()
            out.append((text[n["start"]:n["end"]], n["value"], subject))
        return out

    return run


def surfaces(facts: list[tuple]) -> list[tuple]:
    return [(s, v) for s, v, _ in facts]


# --- detection ---------------------------------------------------------------------------------------------

def test_wire_decimal_with_ra(read):
    """«50ر11 مليون»: the news agencies' decimal, fraction first, is 11.5 million."""
    assert surfaces(read("دفع النادي 25ر7 مليون دولار للاعب")) == [("25ر7 مليون", pytest.approx(7.25e6))]


def test_percent_sign_after_fi(read):
    assert surfaces(read("وهبط المؤشر العام 1.2 في % خلال الجلسة")) == [("1.2 في %", 1.2)]


def test_bare_figure_that_is_the_value_of_a_stated_metric(read):
    """A figure after a definite noun counts when the clause stated a metric or a distribution before it."""
    got = read("أما عدد المستفيدين من الكبار 640 وكان الباقون صغارا. وتوزعت الحالات بين الرجال 120 والنساء 95 .")
    assert surfaces(got) == [("640", 640), ("120", 120), ("95", 95)]
    assert read("وقع الحادث في المنطقة 9 دون إصابات") == []  # a name, with no metric before it


def test_contact_numbers_are_no_facts(read):
    assert read("للاستفسار أرسل رسالة نصية إلى 74123 أو اتصل على 920011") == []
    assert read("للاشتراك أرسل sms تبدأ بالرمز 31") == []


def test_feminine_duals_as_common_as_a_fifth_of_their_singular(read):
    assert surfaces(read("زار الطبيب المريض مرتين")) == [("مرتين", 2)]


def test_masculine_dual_whose_form_is_unseen(read):
    """A dual the word counts never saw: no plural in -ون was seen either; the singular is found under its hamza."""
    assert surfaces(read("أعلن الجيش السيطرة على اقليمين حدوديين")) == [("اقليمين", 2)]


def test_definite_ين_form_after_a_definite_noun_is_an_adjective(read):
    assert read("استقبل المستشفى المرضى المرافقين لذويهم") == []


def test_adjective_of_a_construct_dual(read):
    assert surfaces(read("أقامت البلدية نقطتي تفتيش مؤقتتين")) == [("نقطتي", 2)]
