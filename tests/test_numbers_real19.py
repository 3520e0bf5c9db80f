"""Rules from the nineteenth numbers pass over real news (subjects after a reaching verb), fitted on real-train,
each on a sentence written for the test (GUIDELINES §3 subject: the predicate of بلغ/وصل takes the metric; §7
decisions 15, 16, 93, 96)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, subject", [
    ("وقال إن عدد الطلاب المسجلين يصل إلى نحو 300 طالب.", "300", "عدد الطلاب المسجلين"),
    ("وأكد أن حجم الاستثمارات الجديدة وصل إلى أكثر من 3 مليارات ريال.", "3 مليارات", "حجم الاستثمارات الجديدة"),
])
def test_the_metric_before_wasal_ila(fact_at, text, surface, subject):
    """«NP يصل/تصل إلى (نحو) N unit»: «إلى» belongs to the verb; its subject, the metric, not the unit (§3,
    decision 16)."""
    assert fact_at(text, surface)["subject_text"] == subject


def test_a_noun_after_ila_keeps_its_own_subject(fact_at):
    """«ليصل إلى المرحلة النهائية أربعة مشاركين»: a noun phrase between «إلى» and the figure, no predicate."""
    text = "وارتفعت المبيعات بنسبة 12 في المائة، وسيتم تقسيم المتسابقين ليصل إلى المرحلة النهائية أربعة مشاركين."
    assert fact_at(text, "أربعة")["subject_text"] == "مشاركين"


@pytest.mark.parametrize("text, surface, subject", [
    ("وارتفع عدد المشتركين 5 في المائة مقارنة بالعام الماضي، وبلغ 9200 مشترك.", "9200", "عدد المشتركين"),
    ("وتراجعت قضايا التزوير بنسبة 40 في المائة، حيث وصلت إلى 35 قضية.", "35", "قضايا التزوير"),
    ("وزادت ودائع العملاء بنسبة 7 في المائة لتصل إلى 80 مليار ريال.", "80 مليار", "ودائع العملاء"),
])
def test_a_level_verb_with_an_elided_subject_takes_the_changed_metric(fact_at, text, surface, subject):
    """«ارتفع X بنسبة N%، وبلغ/حيث وصلت إلى/لتصل إلى M unit»: the verb has no subject of its own; the antecedent
    in the sentence is the metric of the change before (decision 15)."""
    assert fact_at(text, surface)["subject_text"] == subject


@pytest.mark.parametrize("text, surface, subject", [
    ("وارتفع الطلب بنسبة 10 في المائة، ويعمل السائقون لزيادة الدخل اليومي، الذي يصل إلى 250 ريالا.", "250",
     "الدخل اليومي"),
    ("وارتفعت تكلفة العبور بنسبة 10 في المائة، وتنتظر السفن لفترة تصل إلى 18 ساعة.", "18", "ساعة"),
])
def test_a_level_verb_with_its_own_subject_keeps_it(fact_at, text, surface, subject):
    """«الدخل اليومي، الذي يصل إلى», «لفترة تصل إلى»: the verb's own subject, not the change before."""
    assert fact_at(text, surface)["subject_text"] == subject


def test_the_metric_after_bulugh(fact_at):
    """«بلوغ NP N»: the verbal noun of «بلغ»; the metric after it is the subject (§3)."""
    text = "وأعلنت الهيئة بلوغ عدد المستفيدين 4500 مستفيد."
    assert fact_at(text, "4500")["subject_text"] == "عدد المستفيدين"


@pytest.mark.parametrize("text, lower, upper, subject", [
    ("وأعلنت الجمعية صرف مساعدات عاجلة للأسر تتراوح بين 20 و50 ألف ريال.", "20", "50 ألف", "مساعدات عاجلة"),
    ("وحذرت البلدية من العقوبات المالية، التي تتراوح بين 5 آلاف إلى 20 ألف ريال.", "5 آلاف", "20 ألف",
     "العقوبات المالية"),
])
def test_the_metric_before_tatarawah(fact_at, text, lower, upper, subject):
    """«NP تتراوح بين N و M»: the noun and its adjective, not the party after «ل»; over a comma before «التي»;
    a lower bound with a multiplier («5 آلاف إلى») opens the range too (decisions 15, 93)."""
    assert [fact_at(text, s)["subject_text"] for s in (lower, upper)] == [subject, subject]


def test_bnisba_balaghat_is_read_like_bnisba(fact_at):
    """«ارتفعت X بنسبة بلغت N%»: the rate of the change of X, as «بنسبة N%» (decision 96)."""
    text = "وارتفعت أسعار الفنادق بنسبة بلغت 40%، مقارنة بالعام الماضي."
    fact = fact_at(text, "40%")
    assert (fact["subject_text"], fact["change"]) == ("أسعار الفنادق", "increase")
