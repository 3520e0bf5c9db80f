"""Number rules from the seventh pass over real news, fitted on the large real-train split, each on a sentence
written for the test (GUIDELINES §3, §7, decisions 15, 75, 93, 143, 145)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, value", [
    ("وتراجع سعر الخام إلى 75.\u200f49 دولار للبرميل أمس.", "75.\u200f49", 49.75),
    ("وزادت مخزونات الوقود 3.\u200f2 مليون برميل الأسبوع الماضي.", "3.\u200f2 مليون", 2300000.0),
])
def test_decimal_around_right_to_left_mark(fact_tuples, text, surface, value):
    """«75.‏49»: wire copy prints a decimal in reverse order around a dot and a right-to-left mark; read as
    meant, like «8ر15» (decision 75), the multiplier after it kept in the span (§3)."""
    assert [(s, v) for s, _, v, _ in fact_tuples(text)][:1] == [(surface, value)]


def test_count_pronoun_is_the_metric(fact_tuples):
    """«وعددهم 14 شخصا»: «their number» right before the figure is its metric (decisions 15, 143)."""
    assert [(s, subj) for s, _, _, subj in fact_tuples("وأحالت الشرطة الموقوفين وعددهم 14 شخصا إلى النيابة.")] \
        == [("14", "عددهم")]


@pytest.mark.parametrize("text, subjects", [
    ("وتراوحت مكاسب الأسهم في السوق ما بين 2.5% إلى 1.2% أمس.", ["مكاسب الأسهم في السوق"] * 2),
    ("ويباع الكتاب في المعرض بأسعار تتراوح بين 30 و45 ريالا.", ["أسعار", "أسعار"]),
    ("وارتفعت الرسوم التي تتراوح ما بين 100 و200 ريال للطلب.", ["الرسوم", "الرسوم"]),
    ("وتتراوح أعمار المشاركين بين 20 و30 عاما.", ["عاما", "عاما"]),
    ("وتتراوح أعمار الطلاب من 12 وحتى 15 سنة.", ["سنة", "سنة"]),
])
def test_range_verb_takes_the_metric(fact_tuples, text, subjects):
    """«تتراوح (ما) بين» is a reaching verb: both bounds take its subject after it, else the noun it describes
    (decision 93); an age bracket keeps its unit (decision 94)."""
    assert [subj for _, _, _, subj in fact_tuples(text)] == subjects


def test_share_of_those_who(fact_tuples):
    """«40% ممن شملهم المسح»: «ممن» (of those who) opens the partitive phrase (§3 «X% من NP»)."""
    assert [subj for _, _, _, subj in fact_tuples("وتبين أن 40% ممن شملهم المسح يفضلون القراءة.")][0] \
        .startswith("ممن شملهم")


@pytest.mark.parametrize("text, surface", [
    ("وافتتح المستشفى الجديد بتكلفة 80 مليون ريال.", "80 مليون"),
    ("وأبرمت الشركة عقدا بقيمة تجاوزت 12 مليون ريال.", "12 مليون"),
])
def test_cost_and_exceeded_value_have_no_subject(fact_tuples, text, surface):
    """A figure after «بتكلفة», or after «بقيمة» past «تجاوزت», is a price: subject null (decision 145)."""
    assert [(s, subj) for s, _, _, subj in fact_tuples(text)] == [(surface, None)]
