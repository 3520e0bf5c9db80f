"""Rules from the eighteenth numbers pass over real news (subjects), fitted on real-train, each on a sentence
written for the test (GUIDELINES §3 subject and change, §7; decisions 93, 96)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, subject, change", [
    ("وقد ارتفعت أسعار الخبز بنسبة تصل إلى 40% خلال الشهر.", "40%", "أسعار الخبز", "increase"),
    ("ويتوقع التقرير تراجع عدد الرحلات بنسبة قد تزيد عن 15 في المائة هذا العام.", "15 في المائة", "عدد الرحلات",
     "decrease"),
    ("وشهد الموسم زيادة حجوزات الفنادق بنسبة تفوق 30 في المائة مقارنة بالموسم الماضي.", "30 في المائة",
     "حجوزات الفنادق", "increase"),
])
def test_a_limit_verb_after_bnisba_keeps_the_changed_measure(fact_at, text, surface, subject, change):
    """«بنسبة تصل إلى/تزيد عن/تفوق N%» is read like «بنسبة N%»: the change and the measure named before «بنسبة»;
    the verb only bounds the figure (decision 93)."""
    fact = fact_at(text, surface)
    assert (fact["subject_text"], fact["change"]) == (subject, change)


def test_a_limit_verb_after_bnisba_with_no_change_takes_the_measure_before(fact_at):
    """«مرتبطة بقيمة الصادرات بنسبة لا تتجاوز (8%)»: no change, the measure before «بنسبة» (decision 96)."""
    text = "وتكون الرسوم مرتبطة بقيمة الصادرات السنوية بنسبة لا تتجاوز (8%) من كل شحنة."
    fact = fact_at(text, "8%")
    assert fact["subject_text"] != "من كل شحنة" and fact["qualifier"] == "lte"
    text = "وتحدد الرسوم على الواردات الزراعية بنسبة لا تتجاوز (8%) فقط."
    assert fact_at(text, "8%")["subject_text"] == "الواردات الزراعية"


@pytest.mark.parametrize("text, surface, subject", [
    ("ونجحت الشركة في سداد ديون مصانع الحديد البالغة 2.4 مليار ريال.", "2.4 مليار", "ديون مصانع الحديد"),
    ("وتهدف الخطة إلى خفض مستحقات شركات البناء والتشييد البالغة 900 مليون دولار.", "900 مليون",
     "مستحقات شركات البناء والتشييد"),
    ("وهذا أقل من معدل استهلاك المدينة البالغ 3 ملايين لتر يوميا.", "3 ملايين", "معدل استهلاك المدينة"),
    ("وستصرف الدفعة الأولى البالغة 200 مليون يورو الشهر المقبل.", "200 مليون", "الدفعة الأولى"),
])
def test_the_noun_phrase_described_by_albaligh(fact_at, text, surface, subject):
    """«NP + البالغ/البالغة + N»: the whole noun phrase the participle describes, back to the construct noun that
    agrees with it in gender, not only its last word (§3 subject: the noun phrase measured)."""
    assert fact_at(text, surface)["subject_text"] == subject


def test_albaligh_after_the_verbal_noun_of_a_passive(fact_at):
    """«تم استخدام الباقي البالغ N»: the verbal noun after «تم» is no head of the phrase."""
    text = "وقد تم تحويل الرصيد البالغ 5 ملايين ريال إلى الحساب الجديد."
    assert fact_at(text, "5 ملايين")["subject_text"] == "الرصيد"
