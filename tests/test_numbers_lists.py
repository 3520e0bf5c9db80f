"""Numbered lists and result tables are no facts (GUIDELINES §3 «Not facts»: list numbering; decision 283: a score
written «X-Y»), each on a sentence written for the test."""
from __future__ import annotations

import pytest

from pipeline.numbers.component import numbers_for


@pytest.mark.parametrize("text", [
    "وجاء الترتيب النهائي كالتالي: 1. الهلال 2. النصر 3. الأهلي 4. الاتحاد",
    "وتشمل الخطة ثلاث مراحل هي: 1) حصر المواقع 2) إزالة المخالفات 3) إعادة التأهيل",
    "وأوصت الدراسة بما يلي: (1) تحديث الأنظمة، و(2) تدريب الموظفين، و(3) متابعة التنفيذ.",
    "ومن أبرز الأسباب: 1. ضعف الرقابة 2. غياب التوعية",
])
def test_the_numbers_of_a_numbered_list_are_no_facts(fact_tuples, text):
    """Item numbers that rise one by one from 1, each marked the same way, label items and count nothing."""
    assert not any(surface[:1].isdigit() for surface, *_ in fact_tuples(text))


def test_the_counts_between_list_items_stay(fact_tuples):
    """A figure inside an item («45 نقطة») is still a count; only the item numbers go."""
    text = "وجاء الترتيب: 1. الهلال برصيد 45 نقطة 2. النصر برصيد 40 نقطة 3. الأهلي برصيد 38 نقطة"
    assert [surface for surface, *_ in fact_tuples(text)] == ["45", "40", "38"]


@pytest.mark.parametrize("text, figures", [
    ("وضبطت الدوريات (3) سيارات و(4) دراجات نارية.", ["3", "4"]),  # two bracketed counts not from 1
    ("وشارك المنتخب في (9) مباريات بمشاركة (10) أندية و(11) لاعبا محترفا.", ["9", "10", "11"]),  # a run not from 1
    ("وأسفر الحادث عن وفاة (15) شخصا (5) منهم من المارة و(6) من الركاب و(4) من العمال.", ["15", "5", "6", "4"]),
    ("وبلغ عدد المصابين 45. وقال المتحدث إن حالتهم مستقرة.", ["45"]),  # one figure ending a sentence
])
def test_marked_counts_that_do_not_start_a_list_stay_figures(fact_tuples, text, figures):
    """Bracketed counts are common in the Saudi press («(121) برنامجاً», decision 56); a run that does not start
    at 1, or does not rise one by one in reading order, is no list."""
    assert [surface for surface, *_ in fact_tuples(text)] == figures


def _facts_with_names(tokenizer, text: str, names: list[str]) -> list[str]:
    """The surfaces of the number stage's facts when each of `names` is an ORG entity."""
    spans = tokenizer.spans(text)
    entities = [{"start": (s := text.index(n)), "end": s + len(n), "label": "ORG"} for n in names]
    facts = numbers_for([text[a:b] for a, b in spans], spans, tokenizer.sentence_starts(text, spans),
                        entities=entities)
    return [text[f["start"]:f["end"]] for f in facts]


def test_a_score_between_the_names_of_two_sides_is_no_fact(tokenizer):
    """«الرائد 1 - 0 الفيصلي»: in a table of results no verb of winning stands near each score; the names of the
    two sides around it make it one."""
    text = "وجاءت نتائج الجولة: الرائد 1 - 0 الفيصلي، نجران 2-2 هجر، الوحدة 3 – 1 الخليج."
    names = ["الرائد", "الفيصلي", "نجران", "هجر", "الوحدة", "الخليج"]
    assert _facts_with_names(tokenizer, text, names) == []
    assert len(_facts_with_names(tokenizer, text, [])) > 0  # without the names the rule has no evidence


def test_a_range_before_its_noun_next_to_a_name_stays(tokenizer):
    """Two figures over a dash with a counted noun after them are a range, even after a name."""
    text = "وأرسلت الرياض 3-5 فرق إسعاف إلى الموقع."
    assert _facts_with_names(tokenizer, text, ["الرياض"]) == ["3", "5"]
