"""Rules of the thirty-sixth real-news pass on target, decision and enforcement frames (GUIDELINES §4, §6 frames, §7
decisions 37, 100, 274): a figure past the aim verb's phrase is no level; a deadline in the phrase of a verb of hope
or promise is still ahead
(«تأمل الوزارة في … بحلول نهاية مارس»), and a clause of time after it («بعدما …») is no part of the deadline; a verb
or noun of «السعي» or a goal noun «هدف» aims at a figure of its own phrase, before a comma. Every sentence here is
written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "ويهدف البرنامج إلى تأهيل الشباب، وقد زار المدينة 12 ألف سائح.",
    "وقالت المصادر إن الطائرات تستهدف مواقع المسلحين في 3 مناطق جبلية.",
])
def test_a_figure_past_the_aim_phrase_or_of_an_attack_is_no_level(frames, text):
    # the aim's phrase ends at a comma; «تستهدف» may attack («تستهدف مواقع»), «يهدف» only aims
    assert frames(text, "target") == []


@pytest.mark.parametrize("hope, deadline", [
    ("وتأمل [[وزارة المالية|ORG]] في إنجاز الاتفاق مع المصارف حول القروض الجديدة", "نهاية مارس"),
    ("وكان [[سامي العلي|PER]] قد وعد بإعادة النظر في نظام الضرائب قبل إجراء الانتخابات", "نهاية مارس"),
])
def test_a_deadline_after_a_hope_or_promise_opens_a_target(frames, hope, deadline):
    # §6 frames: a target needs a trigger and a value or a deadline; a hoped or promised step is still ahead
    [(_, trigger, slots)] = frames(f"{hope} بحلول نهاية مارس.", "target")
    assert trigger == "بحلول"
    assert slots == {"deadline": [deadline]}


def test_a_hope_before_a_comma_does_not_reach_the_deadline(frames):
    # the hope's phrase ends at the comma: «بحلول» after it tells what was done by then
    text = "وتأمل [[وزارة المالية|ORG]] في إنجاز الاتفاق، وقد أنهت المصارف دراسة الملف بحلول نهاية مارس."
    assert frames(text, "target") == []


def test_a_clause_of_time_after_a_deadline_is_outside_it(frames):
    # §4 deadline: the words after «بحلول» that name the date, not the clause after it
    text = "وتأمل [[وزارة المالية|ORG]] في إنجاز الاتفاق بحلول 20 مارس بعدما قدمت مشروع القانون إلى البرلمان."
    [(_, _, slots)] = frames(text, "target")
    assert slots["deadline"] == ["20 مارس"]


@pytest.mark.parametrize("text", [
    "ويسعى [[سامي العلي|PER]]، وهو أول وزير يزور المدينة منذ عامين، إلى تهدئة الخلاف.",
    "وتواصل الجمعية السعي للوصول بالبرنامج إلى بر الأمان، لا سيما أن المركز يستقبل 90% من الدورات.",
])
def test_a_figure_after_the_comma_of_a_seek_phrase_is_no_value(frames, text):
    # decision 274: the aim's figure is in its own phrase; after the comma the text tells something else
    assert frames(text, "target") == []


def test_a_seek_verb_keeps_the_level_of_its_own_phrase(frames):
    text = "وتسعى [[وزارة التجارة|ORG]] إلى رفع الصادرات إلى 40 مليار دولار، وقال الوزير إن 12 شركة ستشارك."
    [(_, _, slots)] = frames(text, "target")
    assert slots["value"] == ["40 مليار"]


def test_a_figure_after_the_comma_of_a_goal_noun_is_no_value(frames):
    # «هدف الهجوم» is what was attacked; the distance after the comma is no planned level
    text = "ولم تكشف الشرطة عن هدف الهجوم المزعوم، لكن الموقع يبعد نحو 300 كيلومتر عن العاصمة."
    assert frames(text, "target") == []


def test_a_goal_noun_keeps_the_level_of_its_own_phrase(frames):
    text = "وحددت [[الحكومة|ORG]] هدفا لها هو تحقيق نمو يبلغ 6 في المائة، وقال الوزير إن 300 مشروع ستنفذ."
    [(_, _, slots)] = frames(text, "target")
    assert slots["value"] == ["6 في المائة"]
