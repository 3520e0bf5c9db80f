"""Number rules from the eleventh pass over real news, fitted on real-train, each on a sentence written for the test
(GUIDELINES §3 subject, qualifier, change and dates, decisions 16, 149, 166)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subjects", [
    ("وقال المدير إن عدد المتطوعين 70 متطوعا في الموقع.", ["عدد المتطوعين"]),
    ("ويعمل فيها 6 آلاف معلم وعدد المدارس 3 آلاف مدرسة.", ["معلم", "عدد المدارس"]),
    ("وقد كان عدد المحال المغلقة 120 محلا في الحي.", ["عدد المحال المغلقة"]),
    ("وكانت نسبة المدخنين 30%، ونسبة المدخنات 12%.", ["نسبة المدخنين", "نسبة المدخنات"]),
    ("وتخرج الطالب بتقدير ممتاز ومعدل تراكمي 95.5% ومعدل موزون 91.2%.", ["معدل تراكمي", "معدل موزون"]),
])
def test_metric_noun_opening_a_clause_is_the_subject(fact_tuples, text, subjects):
    """«إن عدد المتطوعين 70 متطوعا», «وعدد المدارس 3 آلاف مدرسة», «ونسبة المدخنات 12%»: a metric or rate noun opening
    a nominal clause (after «أن/إن», «كان», a glued «و») is the subject of its figure, not the unit after it (§3
    subject, decision 16)."""
    assert [subject.split()[0] for *_, subject in fact_tuples(text)] == [s.split()[0] for s in subjects]


@pytest.mark.parametrize("text, subject", [
    ("وأكد أن عدد 40 امرأة متورطة في القضية.", "امرأة"),
    ("وقال إن المجموعة المؤلفة من خمسة مهاجمين وصلت بسيارة.", "مهاجمين"),
])
def test_metric_noun_right_before_the_figure_or_a_group_keeps_the_noun(fact_tuples, text, subject):
    """«إن عدد 40 امرأة» (the figure right after «عدد») and «المجموعة المؤلفة من خمسة مهاجمين» (a group, no metric)
    keep the counted noun."""
    assert fact_tuples(text)[0][3].split()[0] == subject


def test_rank_criterion_after_fi(fact_tuples):
    """«تحتل المرتبة الخامسة عالميا في احتياطي الغاز», «المركز الأول على مؤشر …»: the phrase after «في/على/ضمن» is
    the criterion ranked on, the rank's subject (§3)."""
    facts = fact_tuples("وتحتل البلاد المرتبة الخامسة عالميا في احتياطي الغاز، والمركز الأول على مؤشر السلامة.")
    assert [(value, subject.split()[0]) for _, _, value, subject in facts] == [(5.0, "احتياطي"), (1.0, "مؤشر")]


@pytest.mark.parametrize("text", ["واحتل الفريق المركز الثاني في المجموعة خلف المتصدر.",
                                  "وجاءت المدينة في المرتبة الأولى على مستوى العالم."])
def test_rank_where_not_on_what_has_no_subject(fact_tuples, text):
    """A group, a league or «على مستوى العالم» says where the placing happened, not on what: subject null (§3)."""
    assert fact_tuples(text)[0][3] is None


@pytest.mark.parametrize("text", [
    "وتتواصل فعاليات مهرجان صيف الطائف 36، في المدينة.",
    "واستطاع مهرجان الربيع 37 أن يجذب الزوار.",
    "وجاء ذلك تحت شعار مصيف بلادي 36 ومن ضمن الفعاليات خيمة.",
])
def test_festival_year_in_two_digits_is_no_fact(fact_tuples, text):
    """«مهرجان صيف طيبة 36»: two digits closing a festival's name stand for the Hijri year 1436, a date (§3)."""
    assert fact_tuples(text) == []


def test_festival_figure_before_a_noun_counts(fact_tuples):
    """A noun after the figure is what it counts: «ضم مهرجان الصيف 35 فعالية» is 35 events."""
    assert fact_tuples("وضم مهرجان الصيف 35 فعالية.") == [("35", "count", 35.0, "فعالية")]


@pytest.mark.parametrize("text", ["وتوجه الزوار إلى شاطئ نصف القمر للسباحة.", "وذكر ذلك موقع 24 الإماراتي أمس."])
def test_place_and_site_names_are_no_facts(fact_tuples, text):
    """«شاطئ نصف القمر» (Half Moon beach) and the news site «موقع 24» are names, not amounts (§3)."""
    assert fact_tuples(text) == []


@pytest.mark.parametrize("text", ["ووقع الحادث قبل أربعين عاما تقريبا.", "وتقع القرية على بعد 90 كيلومترا تقريبا.",
                                  "ويبلغ طول الممشى «4.5» كلم تقريبًا."])
def test_approx_after_the_noun(number_facts, text):
    """«قبل أربعين عاماً تقريباً»: «تقريباً» after the figure's one-word noun (past a quote of emphasis) gives approx,
    like one right after the figure (decision 149)."""
    assert [n["qualifier"] for n in number_facts(text)] == ["approx"]


def test_range_written_high_to_low(number_facts):
    """«ما بين 6.5% إلى 2.1%»: after «بين» the upper bound may come first; the qualifiers follow the values, the
    larger lte and the smaller gte (decision 166)."""
    nums = number_facts("وتراوحت المكاسب في القطاعات ما بين 6.5% إلى 2.1%.")
    assert [(n["value"], n["qualifier"]) for n in nums] == [(6.5, "lte"), (2.1, "gte")]


def test_cents_move_is_the_verbs_change(number_facts):
    """«وتراجع سعر خام برنت في العقود الآجلة عند التسوية 45 سنتا أو 0.9 في المائة إلى 50.1 دولار»: the move in cents
    and the percent restating it are the change of the verb that opens the clause; the level after «إلى» is not (§3)."""
    text = "وتراجع سعر خام برنت في العقود الآجلة لتسليم أكتوبر عند التسوية 45 سنتا أو 0.9 في المائة إلى 50.1 دولار."
    assert [n["change"] for n in number_facts(text)] == ["decrease", "decrease", None]


def test_bracketed_figure_before_a_time_unit_is_a_duration(fact_tuples):
    """«يبلغ من العمر (9) سنوات»: the bracket closed between the figure and its unit does not hide the unit (dec. 35)."""
    assert fact_tuples("وغرق طفل يبلغ من العمر (9) سنوات في المسبح.") == [("9", "duration", 9.0, "سنوات")]


@pytest.mark.parametrize("text, subject", [
    ("ونفذت صفقة على سهم الشركة بكمية بلغت 5000 سهم أمس.", "كمية"),
    ("وأغلق المؤشر عند مستوى 7100 نقطة بتداولات قاربت 3 مليارات ريال.", "تداولات"),
])
def test_noun_after_bi_before_a_reaching_verb(fact_tuples, text, subject):
    """«سهم جرير بكمية بلغت 17480 سهم», «بتداولات قاربت 4 مليارات ريال»: the subject of a reaching verb is the
    indefinite noun after «ب», not the phrase it is attached to (§3 subject, decision 16)."""
    assert [subj.split()[0] for _, _, value, subj in fact_tuples(text) if value in (5000.0, 3e9)] == [subject]


def test_definite_noun_after_bi_stays_outside(fact_tuples):
    """«ومبالغ مالية بالعملة السعودية قُدرت بـ 24 ألف»: a definite noun after «ب» is a complement, not the metric."""
    text = "وعثر بحوزتهم على هواتف، ومبالغ مالية بالعملة المحلية قُدرت بحدود 30 ألف ريال."
    assert fact_tuples(text)[-1][3].split()[0] == "مبالغ"


@pytest.mark.parametrize("text, subject", [
    ("وامتنع النادي عن توريد حصيلة المباراة التي بلغت 300 ألف ريال.", "حصيلة المباراة"),
    ("ويسعى السائقون لزيادة العائد اليومي، الذي يصل إلى 400 ريال.", "العائد اليومي"),
    ("وتحدد سحب 100 يورو أسبوعيا بدلا من الحد الأقصى السابق الذي بلغ 60 يورو.", "الحد الأقصى السابق"),
    ("لكن سهم شركة النور الذي صعد 3 % قاد المكاسب.", "سهم شركة النور"),
])
def test_antecedent_of_a_relative_before_a_reaching_verb(fact_tuples, text, subject):
    """«توريد حصيلة المباراة التي بلغت نصف مليون دولار»: «الذي/التي» follows a definite antecedent, so the subject is
    its last run of definite words with the construct head before them that agrees in gender, not the verbal noun or
    preposition that governs it (§3 subject: the grammatical subject of بلغ/وصل)."""
    assert fact_tuples(text)[-1][3] == subject


@pytest.mark.parametrize("text, subjects", [
    ("وغادر 120 ألف مسافر عبر منفذ الخفجي ونحو 90 ألف عبر منفذ سلوى وخمسة آلاف عبر المطار.",
     ["مسافر", "مسافر", "مسافر"]),
    ("ويحصل الفائز الأول على 50 ألف ريال، و40 ألفا للثاني.", ["ريال", "ريال"]),
])
def test_item_without_its_noun_takes_the_unit_before(fact_tuples, text, subjects):
    """«220 ألف مسافر عبر منفذ سلوى ونحو 200 ألف عبر منفذ البطحاء»: a figure joined by «و» to the one before, with a
    preposition where its noun would be, counts the same unit (§6: a figure with no noun takes the one stated earlier)."""
    assert [subject.split()[0] for *_, subject in fact_tuples(text)] == subjects


def test_item_with_its_own_partitive_keeps_it(fact_tuples):
    """«و3 من رجال الأمن» names its own group after «من»: it keeps that noun."""
    assert fact_tuples("وقتل 5 مدنيين و3 من رجال الأمن في الهجوم.")[-1][3].split()[0] == "رجال"


@pytest.mark.parametrize("text, subject", [
    ("وتشير الأنباء إلى أن مسلحين اثنين دخلا المبنى.", "مسلحين"),
    ("وذكر البيان أن ” عدد الضحايا بلغ 120 شخصا.", "عدد الضحايا"),
])
def test_subject_starts_after_that_or_a_quote(fact_tuples, text, subject):
    """«أن انتحاريين اثنين», «أن ” عدد القتلى بلغ 1332»: «أن» and a quote open the clause; the subject noun phrase
    starts after them (§3 subject)."""
    assert fact_tuples(text)[0][3] == subject
