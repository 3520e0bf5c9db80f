"""Rules of the fourteenth real-news meeting pass (GUIDELINES §7 decisions 21, 36, 62, 97, 118, 211, 345): the date
after a verb of taking place that follows the meeting noun («مؤتمر صحافي عقده أمس»), the building after it
(«بوزارة …»), the unnamed speaker who holds it and the person it is held with («عقده … مع نظيره X»), a speaker at
a later mention of the meeting, a host before the noun («تستضيف جامعة X ملتقى»، «استضافت LOC … مفاوضات»), «تنعقد»
after the noun, and a part of a month in a date («بداية يوليو»). Every sentence here is written for the test; entities
are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_date_after_the_verb_of_holding_opens_the_meeting(frames):
    # decisions 21, 36: «خلال مؤتمر صحافي عقده أمس» with no verb of speaking before it still reports the meeting
    got = frames("وأبدى المهندس [[سامي العنزي|PER]]، خلال مؤتمر صحافي عقده أمس، تفاؤله بنجاح الموسم.", "meeting")
    assert len(got) == 1
    assert got[0][2]["date"] == ["أمس"]


def test_passive_verb_of_holding_with_a_weekday(frames):
    got = frames("وكان وزراء المالية، في اجتماع عقد الخميس، قد وافقوا على الخطة.", "meeting")
    assert len(got) == 1 and got[0][1] == "اجتماع" and got[0][2]["date"] == ["الخميس"]


def test_building_after_the_verb_of_holding_is_the_location(frames):
    # the gold's venues: a body after «بـ» right after «عقده أمس» is where the meeting was held
    got = frames("وأوضح الدكتور [[ماجد الحربي|PER]]، خلال مؤتمر صحافي عقده أمس بـ[[وزارة الصحة|ORG]]، أن الحملة "
                 "مستمرة.", "meeting")
    assert len(got) == 1
    assert got[0][2]["location"] == ["وزارة الصحة"]
    assert "organizer" not in got[0][2]


def test_body_after_the_verb_is_the_organizer_not_the_location(frames):
    got = frames("وناقشت الجلسة التي عقدتها [[لجنة الأسعار|ORG]] أمس ارتفاع الإيجارات.", "meeting")
    assert got and got[0][2].get("organizer") == ["لجنة الأسعار"] and "location" not in got[0][2]


def test_unnamed_subject_of_the_verb_of_holding_attends(frames):
    # decisions 62, 97: «عقده» with no named subject after it is held by the speaker of the sentence
    got = frames("وأبدى المهندس [[سامي العنزي|PER]]، خلال مؤتمر صحافي عقده أمس، تفاؤله بنجاح الموسم.", "meeting")
    assert got[0][2]["attendee"] == ["سامي العنزي"]


def test_named_subject_after_the_verb_is_not_replaced(frames):
    got = frames("وأشاد [[فهد السبيعي|PER]] بالاجتماع الذي عقده [[نايف القحطاني|PER]] أمس مع المزارعين.", "meeting")
    assert got and "فهد السبيعي" not in got[0][2].get("attendee", [])
    assert "نايف القحطاني" in got[0][2]["attendee"]


def test_person_the_conference_is_held_with_attends(frames):
    # decision 36: «عقده في جدة أمس مع نظيره X»; over the place, the date is still the day it was held
    got = frames("وشدد في مؤتمر صحفي مشترك عقده في [[جدة|LOC]] أمس مع نظيره العماني [[يوسف البوسعيدي|PER]]، على "
                 "أهمية التعاون.", "meeting")
    assert len(got) == 1
    slots = got[0][2]
    assert slots["attendee"] == ["يوسف البوسعيدي"]
    assert slots["date"] == ["أمس"] and slots["location"] == ["جدة"]


def test_speaker_at_a_later_mention_attends_the_meeting(frames):
    # decisions 118, 211: «وأشار X … خلال المؤتمر الصحفي» places X at the press conference already reported
    text = ("وأوضح [[سامي العنزي|PER]]، خلال مؤتمر صحافي عقده أمس، أن المراكز جاهزة. وأشار [[منصور الدوسري|PER]] "
            "نائب رئيس الفريق خلال المؤتمر الصحفي إلى أن التكلفة منخفضة.")
    got = frames(text, "meeting")
    assert len(got) == 1
    assert got[0][2]["attendee"] == ["سامي العنزي", "منصور الدوسري"]


def test_a_body_that_hosts_the_meeting_organizes_it(frames):
    # decision 345: «تستضيف ORG … ملتقى» → organizer
    got = frames("تستضيف [[جامعة حائل|ORG]] الأسبوع المقبل ملتقى التراث العمراني.", "meeting")
    assert len(got) == 1
    assert got[0][2]["organizer"] == ["جامعة حائل"]
    assert got[0][2]["date"] == ["الأسبوع المقبل"]


def test_a_place_that_hosts_the_meeting_is_its_location(frames):
    # decision 345 (dec. 106): a LOC that hosts it is its location, never its organizer; a part of the month stays in
    # the date (decision 21)
    got = frames("واستضافت [[قطر|LOC]] في مطلع مارس مفاوضات بين الطرفين.", "meeting")
    assert len(got) == 1
    slots = got[0][2]
    assert slots["location"] == ["قطر"] and "organizer" not in slots
    assert slots["date"] == ["مطلع مارس"]


def test_tanaqid_after_the_noun_reports_the_meeting(frames):
    # «القمة التي تنعقد اليوم»: a verb of taking place after a definite noun reports it (decision 36)
    got = frames("يغيب الرئيس [[سالم بن علي|PER]] عن القمة الثلاثية التي تنعقد اليوم في [[نيروبي|LOC]].", "meeting")
    assert len(got) == 1
    assert got[0][2]["date"] == ["اليوم"]


def test_part_of_a_month_in_a_target_date(frames):
    # the shared date helper: «نهاية أغسطس» keeps its part of the month, as the gold writes it
    from pipeline.frames.context import Context
    from pipeline.frames.triggers import date_at
    from pipeline.text.tokenizer import ArabicTokenizer

    tok = ArabicTokenizer()
    text = "ويتوقع أن ينتهي المشروع في نهاية أغسطس المقبل."
    spans = tok.spans(text)
    ctx = Context.build(text, spans, tok.sentence_starts(text, spans), [], [])
    j = next(k for k, w in enumerate(ctx.words) if w == "أغسطس")
    s, e = date_at(ctx, j)
    assert text[s:e] == "نهاية أغسطس المقبل"
