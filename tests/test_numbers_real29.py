"""Number subjects from the twenty-ninth pass over real news, fitted on real-train, each on a sentence written for
the test (GUIDELINES §3 subject: the metric as subject when the figure is its predicate, decisions 143 and 320)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subject", [
    ("وقد ارتفع العدد إلى (75) طالبا.", "العدد"),
    ('وبهذا وصل عدد المشاركين إلى "320" مشاركا.', "عدد المشاركين"),
])
def test_a_level_in_brackets_after_to_takes_the_metric(fact_tuples, text, subject):
    """«وقد وصل العدد إلى (148) مضربا»: a bracket or quote around the level after «إلى» does not cut the verb and
    its metric off the figure; the subject is the metric, not the unit (§3, decision 320)."""
    assert fact_tuples(text)[0][3] == subject


@pytest.mark.parametrize("text, subject", [
    ("وقال المدير إن متوسط الإنفاق لكل أسرة 4 آلاف ريال.", "متوسط الإنفاق لكل أسرة"),
    ("وكان عدد الزوار في اليوم الأول نحو 900 زائر.", "عدد الزوار في اليوم الأول"),
])
def test_a_metric_clause_after_that_or_was_keeps_its_prepositional_phrase(fact_tuples, text, subject):
    """«إن معدل الكلفة لكل مركز انتخابي 27 ألف ريال», «وكان عدد المشاركين في المسابقة حوالي 245 مشاركا»: a metric
    noun that opens a nominal clause after «إن/أن/كان» is the subject, with the prepositional phrase that follows
    it, of the figure its predicate (decision 143)."""
    assert fact_tuples(text)[0][3] == subject


@pytest.mark.parametrize("text, subject", [
    ("وأوضح أن تكلفة الصيانة السنوية 3 ملايين ريال.", "تكلفة الصيانة السنوية"),
    ("وذكر أن أجر العامل في المصنع 1500 ريال شهريا.", "أجر العامل في المصنع"),
    ("وكانت الكمية المستوردة من القمح حوالي 40 ألف طن.", "الكمية المستوردة من القمح"),
])
def test_a_measure_noun_opening_a_nominal_clause_is_the_subject(fact_tuples, text, subject):
    """«أن تكلفة الحفر بالقناة الجديدة 8 مليارات دولار», «أن مبلغ المديونية 120 ألف ريال»: a noun of measure (cost,
    amount, wage, quantity …) opening the clause after «أن/إن/كان» measures the figure that is its predicate, so
    it is the subject, not the unit after the figure (§3, decision 143)."""
    assert fact_tuples(text)[0][3] == subject


@pytest.mark.parametrize("text, subject", [
    ("وأكد أن متوسط أرباح أكبر 20 شركة ارتفع بشكل واضح.", "شركة"),
    ("ومن شأن الخطة أن تكلف نحو 50 مليون دولار.", "دولار"),
])
def test_no_measure_clause_where_the_figure_is_not_its_predicate(fact_tuples, text, subject):
    """«إن متوسط حقوق المساهمين لعينة من أكبر 20 بنكاً بلغ …»: a figure after a superlative counts its own noun;
    «أن تكلف نحو 200 مليون دولار»: «تكلف» is a verb, no measure noun opens the clause (the phrase starts at the
    noun counted)."""
    assert fact_tuples(text)[0][3].startswith(subject)
