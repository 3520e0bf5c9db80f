"""Rules from the twentieth numbers pass over real news (subjects: a noun of measure right before the number),
fitted on real-train, each on a sentence written for the test (GUIDELINES §7 decisions 143, 185, 365)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, subject", [
    ("ويأتي الجهاز بكاميرا أمامية بدقة 12 ميجابيكسل.", "12", "دقة"),
    ("وأقيم حاجز خرساني بثخانة 40 سم حول الموقع.", "40", "ثخانة"),
    ("وغطيت الكعكة بطبقة من السكر سمكها 2 مليمتر.", "2", "سمكها"),
    ("وضبطت الشرطة عصابة قوامها 12 شخصا في الحي.", "12", "قوامها"),
    ("ورست في الميناء ناقلة بلغت حمولتها 50 ألف طن وغاطسها 15 مترا.", "15", "غاطسها"),
])
def test_a_noun_of_measure_before_the_figure_is_the_subject(fact_at, text, surface, subject):
    """«بدقة/بثخانة N unit», «سمكها/قوامها/غاطسها N unit»: thickness, resolution, strength and draught name the
    metric measured, like «بعمق/بطول» (decision 185); the unit after the figure is not counted."""
    assert fact_at(text, surface)["subject_text"] == subject


@pytest.mark.parametrize("text, surface, subject", [
    ("وضربت الشاطئ أمواج ارتفاعها 8 أمتار.", "8", "ارتفاعها"),
    ("وتزين الساحة مسلة ارتفاعه سبعة أمتار.", "سبعة", "ارتفاعه"),
])
def test_a_possessed_height_is_the_subject(fact_at, text, surface, subject):
    """«أمواج ارتفاعها N أمتار»: a possessed height is the dimension measured, as the real gold writes
    «<<ارتفاعه>> {{ثلاثة}} أمتار» (decision 365)."""
    assert fact_at(text, surface)["subject_text"] == subject


def test_a_first_person_measure_before_the_figure(fact_at):
    """«وزني N كغ وطولي N سم»: the measure with a first-person suffix is a nominal sentence's metric (decision 143,
    185), not the unit."""
    text = "أنا شاب وزني 90 كغ وطولي 175 سم."
    assert fact_at(text, "90")["subject_text"] == "وزني"
    assert fact_at(text, "175")["subject_text"] == "طولي"
