"""Number rules from the eighth pass over real news, fitted on the large real-train split, each on a sentence
written for the test (GUIDELINES §3, §7, decisions 111, 146, 185)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subject", [
    ("وحفرت البلدية خزانا عمقه 12 مترا قرب الحديقة.", "عمقه"),
    ("وتعتزم الشركة إنشاء مصنع قدرته 300 ميجاواط في المنطقة.", "قدرته"),
    ("وافتتح الممشى الجديد بطول يصل إلى 6 كيلومترات.", "طول"),
    ("وأقيمت الحديقة على مساحة تقدر بـ 40 ألف متر مربع.", "مساحة"),
    ("وتبلغ مساحته الإجمالية نحو 90 ألف متر مربع.", "مساحته الإجمالية"),
    ("ونفذ قطار بطول إجمالي يصل إلى 250 متراً.", "طول إجمالي"),
    ("وكان قد بلغ طولها وعرضها نحو 30 مترا.", "طولها وعرضها"),
])
def test_dimension_noun_is_the_subject(fact_tuples, text, subject):
    """A count after a possessed dimension noun, or joined to one by a verb of reaching, measures that dimension:
    «عمقها ٢٥ مترا» → «عمقها», «بطول/بمساحة (يقدر بـ/يصل إلى) N» → «طول»/«مساحة» (decision 185), not the unit."""
    assert [subj for _, _, _, subj in fact_tuples(text)] == [subject]


@pytest.mark.parametrize("text, subject", [("وشيدت الهيئة سياجا بطول 20 كيلومترا.", "طول"),
                                           ("ولدى المدينة سور يزيد طوله على 9 كيلومترات.", "كيلومترات")])
def test_bare_dimension_takes_the_dimension(fact_tuples, text, subject):
    """«بطول 20 كيلومترا» with no verb of reaching takes the dimension (GUIDELINES §7 decision 185; real-train
    brought in line in session 16; the written gold still writes the unit); after a split bound «يزيد طولها على»
    the unit stays."""
    assert [subj for _, _, _, subj in fact_tuples(text)][0] == subject


def test_index_points_take_the_index(number_facts):
    """A move or level in points belongs to the index named before it in the sentence, past a comma and an
    adverb: «أغلق مؤشر السوق أمس، مرتفعا 43 نقطة … ليصل إلى مستوى 9381 نقطة» → subject the index, the move an
    increase, the level no change (decisions 111, 146)."""
    text = "وأغلق مؤشر البورصة أمس، مرتفعا 25 نقطة، ليصل إلى مستوى 7120 نقطة."
    assert [(text[slice(*n["subject"])], n["change"]) for n in number_facts(text)] \
        == [("مؤشر البورصة", "increase"), ("مؤشر البورصة", None)]


@pytest.mark.parametrize("text, subject, change", [
    ("وكسب المؤشر العام 80 نقطة.", "المؤشر العام", "increase"),
    ("وجاء سهم «الأسمنت» ثانيا بعد أن خسر 2.5 نقطة.", "سهم «الأسمنت»", "decrease"),
    ("وتلاه قطاع «التأمين» بإضافة 31 نقطة.", "قطاع «التأمين»", "increase"),
])
def test_stock_points_move(fact_tuples, number_facts, text, subject, change):
    """«كسب/أضاف/خسر/فقد + N نقطة» moves the index, stock or sector named before it: change, subject the item
    (decision 146: «كسب المؤشر 136 نقطة» → the index)."""
    assert [(subj, n["change"]) for (_, _, _, subj), n in zip(fact_tuples(text), number_facts(text))] \
        == [(subject, change)]


def test_league_points_keep_their_noun(fact_tuples):
    """Points in a league table, or a score «برصيد N نقطة» in a ranking, are counted by «نقاط»: no index moved."""
    assert [subj for _, _, _, subj in fact_tuples("وتصدر الفريق المجموعة برصيد تسع نقاط.")] == ["نقاط"]
