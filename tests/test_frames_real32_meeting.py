"""Rules of the thirty-second real-news meeting pass (GUIDELINES §7 decisions 36, 62): the place said right after the
person a meeting noun is held with («خلال لقاء مع نظيره X في ماليزيا») is its location, and a verb of conducting with
the talks' pronoun after a definite noun («المباحثات التي أجراها مع X») holds it like «عقدها»; a partner named after
his offices after «مع» is met (decision 36), and a day said before a comma and «خلال مؤتمر صحافي» dates it (decision
21). Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("noun, partner", [
    ("لقاء مع", "نظيره الأمريكي"),
    ("لقائه", "نظيره الأمريكي"),
    ("اجتماع مع", "الرئيس"),
])
def test_the_place_right_after_the_partner_of_a_meeting_noun_is_its_location(frames, noun, partner):
    # decision 36: a meeting of named people takes the place said with its participant
    text = (f"وأكد [[وزير الدفاع|TITLE]] [[خالد الراشد|PER]] خلال {noun} {partner} [[جون سميث|PER]] في "
            "[[ماليزيا|LOC]] أن التعاون مستمر.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["ماليزيا"]
    assert slots["attendee"] == ["خالد الراشد", "جون سميث"]


def test_a_place_in_a_description_of_the_partner_is_not_the_meetings(frames):
    # the partner's own shop is where he works, not where the meeting is held
    text = ("وقال [[سالم العمري|PER]] في لقاء آخر مع [[حسن البدري|PER]] ، وهو صاحب أحد المحلات الكبيرة في "
            "[[مدينة تبوك|LOC]] ، إن الطلب يتزايد.")
    [(_, _, slots)] = frames(text, "meeting")
    assert "location" not in slots


@pytest.mark.parametrize("verb", ["أجراها", "أجرتها"])
def test_talks_conducted_after_a_definite_noun_open_a_meeting(frames, verb):
    # decision 62: the subject of a verb of holding after the noun holds and attends it, with its partner after «مع»
    text = (f"وأكد [[وزير الدفاع|TITLE]] [[خالد الراشد|PER]] أن المباحثات التي {verb} مع الرئيس [[سمير الحسن|PER]] "
            "أمس في [[القاهرة|LOC]] كانت مثمرة.")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "المباحثات"
    assert slots == {"location": ["القاهرة"], "date": ["أمس"], "attendee": ["خالد الراشد", "سمير الحسن"]}


def test_measures_after_talks_are_no_verb_of_conducting(frames):
    # «إجراءات» shares the letters of «أجرى» but is a noun: the definite talks stay a mention with nothing reported
    text = "وقال [[خالد الراشد|PER]] إن المباحثات التي سبقت إجراءات الحكومة في [[القاهرة|LOC]] كانت صعبة."
    assert frames(text, "meeting") == []


def test_a_partner_named_after_his_offices_reports_a_meeting_with_him(frames):
    # decision 36: «مع» + offices + name is one named participant, as «مع X» is
    text = ("وقال [[وزير الخارجية|TITLE]] [[سامي العلي|PER]] في بداية اجتماع مع [[وزير الخارجية|TITLE]] الياباني "
            "[[كينجي ساتو|PER]] إن الحوار مفيد.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["attendee"] == ["سامي العلي", "كينجي ساتو"]


@pytest.mark.parametrize("said", ["قد أعلن الأسبوع الماضي، خلال", "قد أعلن الأسبوع الماضي خلال"])
def test_the_day_said_before_a_comma_and_the_press_conference_dates_it(frames, said):
    # decision 21: the date between the verb of speaking and «خلال», with or without a comma after it
    text = f"وكان [[وزير المالية|TITLE]] [[سامي العلي|PER]] {said} مؤتمر صحافي عن خطة جديدة."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == ["الأسبوع الماضي"]


@pytest.mark.parametrize("day, written", [('"الأسبوع المقبل"', "الأسبوع المقبل"), ("(اليوم)", "اليوم")])
def test_the_quoted_or_bracketed_day_after_the_destination_dates_the_meeting(frames, day, written):
    # decision 21: the day he travels there, in quotes or brackets, is the day of the meeting «حيث» he meets
    text = (f"وأعلن [[وزير الخارجية|TITLE]] [[سامي العلي|PER]] انه سيتوجه الى [[طهران|LOC]] {day}، حيث سيلتقي "
            "الرئيس [[كمال حسن|PER]].")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == [written]
    assert slots["location"] == ["طهران"]


@pytest.mark.parametrize("text", [
    "وقصفت الميليشيات قرية تقع على قمة [[جبل صبر|LOC]] صباح الأحد.",
    "ويضم المتنزه أعلى قمة في [[منطقة الباحة|LOC]] وعددا من السدود.",
])
def test_a_peak_is_no_summit(frames, text):
    # «قمة» of a mountain, or the highest one, is a peak: no meeting and no slot
    assert frames(text, "meeting") == []


def test_a_guest_on_a_summit_still_attends_it(frames):
    # «على» alone does not make «قمة» a peak: «ضيف شرف على قمة X» is at the summit
    text = ("وحضر الرئيس [[جان دوبون|PER]] ضيف شرف على قمة [[مجلس التعاون|ORG]] الأخيرة المنعقدة في "
            "[[الرياض|LOC]].")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "قمة"
    assert slots["location"] == ["الرياض"]


@pytest.mark.parametrize("between", [" ،", ""])
def test_the_subject_of_kana_meets_over_qad(frames, between):
    # decision 36: «وكانت X (،) قد التقت مع …» names the one who met, over «قد» and a comma
    text = (f"وكانت [[نائبة وزير الخارجية|TITLE]] [[سارة ليفي|PER]]{between} قد التقت مع سفراء الدول الأوروبية "
            "في [[تل أبيب|LOC]].")
    [(_, trigger, slots)] = frames(text, "meeting")
    assert trigger == "التقت"
    assert slots["attendee"] == ["سارة ليفي"]
