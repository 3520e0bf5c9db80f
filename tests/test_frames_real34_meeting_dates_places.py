"""Rules of the thirty-fourth real-news meeting pass, on when and where a meeting is held (GUIDELINES §7 decisions
21, 36): a place whose name is opened by a quote or bracket after «في/بـ» (or «بمدينة») is the location; the place
that is the subject of «شهدت» right before the noun is the location; a month after «في» right after the noun dates it
over a month named earlier in the sentence; days written as ordinals before «من شهر» are in the date; the date after
«وذلك» further on in the sentence, past a «؛», is the meeting's; a date in figures right after a weekday restates it;
the day of a statement («أعلن X الاثنين أن …») dates the meeting after «خلال» it is made during; a date right after
«ثورة» names the revolution; «قبل/بعد» before a part of a period is in the date; the place after the person met
(«التقى X بوزير … Y في Z») is the location; the year after a conference's place («مؤتمر القاهرة 2014») is its
date; a place in what is said after «إن/لقد» is no location.
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("place", ['في "[[دار الضيافة|LOC]]"', "في «[[دار الضيافة|LOC]]»", "بمدينة ([[طنطا|LOC]])"])
def test_a_quoted_or_bracketed_place_after_in_is_the_location(frames, place):
    # decision 36: the place of the meeting; decision 69: the quoted name without its head noun
    text = f"وعقد مديرو الإدارات اجتماعاً صباح أمس {place} لبحث الميزانية."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == [place.split("[[")[1].split("|")[0]]


def test_a_quoted_phrase_after_a_non_place_word_is_no_location(frames):
    # a quoted place after a word that is neither «في/بـ» nor a head noun names something else (a slogan)
    text = 'وعقد مديرو الإدارات اجتماعاً صباح أمس تحت شعار "[[طنطا|LOC]] أولا" لبحث الميزانية.'
    [(_, _, slots)] = frames(text, "meeting")
    assert "location" not in slots


@pytest.mark.parametrize("verb", ["شهدت", "وشهدت"])
def test_the_place_that_saw_the_meeting_is_its_location(frames, verb):
    # decision 36: «شهدت مديرية X اجتماعا» says where the meeting was held
    text = f"وفي محافظة شبوة، {verb} [[مديرية المحفد|LOC]] اجتماعا ضم الشيخ [[سالم|PER]] والشيخ [[فهد|PER]]."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["مديرية المحفد"]


def test_a_month_right_after_the_verb_wins_over_an_earlier_month(frames):
    # decision 21: the earlier month dates a visit, the one after «في» right after the meeting dates the meeting
    text = ("وزار [[خالد|PER]] القاهرة في يوليو 2007 ثم في يوليو 2008، ثم التقى الأمير [[خالد|PER]] ب[[الرئيس|TITLE]] "
            "[[سامي|PER]] في مايو 2010 وبحث معه العلاقات.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == ["مايو 2010"]


def test_a_month_past_another_meeting_noun_keeps_the_first_month(frames):
    # a month after another meeting noun dates that one («… لبحث قمة في مايو»)
    text = ("وفي يوليو الماضي التقى [[خالد|PER]] ب[[الرئيس|TITLE]] [[سامي|PER]] لبحث قمة في مايو 2010.")
    dates = [slots.get("date") for _, trigger, slots in frames(text, "meeting") if trigger == "التقى"]
    assert dates == [["يوليو الماضي"]]


def test_a_month_of_another_event_after_the_purpose_keeps_the_first_month(frames):
    # only the people the meeting names may stand between it and its month; «لبحث الانتخابات المقررة في يونيو»
    # dates the elections
    text = "وفي 5 مايو الماضي، عقد [[المجلس|ORG]] اجتماعا لبحث الانتخابات المقررة في يونيو المقبل."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == ["5 مايو الماضي"]


@pytest.mark.parametrize("days", ["العاشر", "السابع إلى العاشر", "7 إلى 10"])
def test_days_before_of_the_month_are_in_the_date(frames, days):
    # decision 21: the date as written, the days before «من شهر» included
    text = f"ويعد المؤتمر الدولي الذي عقد في [[باريس|LOC]] من {days} من شهر يوليو الجاري من أهم المؤتمرات."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == [f"{days} من شهر يوليو الجاري"]


@pytest.mark.parametrize("date", ["يوم الأحد المقبل", "الأسبوع المقبل"])
def test_the_date_after_thereby_past_a_semicolon_is_the_meetings(frames, date):
    # decision 21: «وذلك» adds the time of the meeting its sentence reports
    text = ("وأوضح [[سالم|PER]] أن الأمانة ستعقد ورشة عمل للشركات في مقرها ب[[جدة|LOC]]؛ لاستكمال المتطلبات، "
            f"وذلك {date}.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == [date]


@pytest.mark.parametrize("figures", ["2/11/1436 هـ", "12/5/2015"])
def test_figures_right_after_a_weekday_are_in_the_date(frames, figures):
    # decision 21: the date as written; the figures restate the weekday
    text = f"وعقدت [[اللجنة|ORG]] اجتماعا لمناقشة الميزانية يوم الأحد {figures}، بحضور الأعضاء."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == [f"يوم الأحد {figures}"]


@pytest.mark.parametrize("speaker, date", [("[[سالم|PER]]", "الاثنين"),
                                           ("[[وزير الخارجية|TITLE]] [[سالم|PER]]", "أمس الأول الخميس")])
def test_the_day_of_a_statement_dates_the_meeting_it_is_made_during(frames, speaker, date):
    # decision 21: «أعلن X الاثنين أن …، خلال لقاء»: what he announced he said during the meeting, that day
    text = (f"وأعلن {speaker} {date} أن بلاده مستعدة لتعزيز التعاون مع جيرانها، وقال في كلمة خلال لقاء مع "
            "نظيره [[فهد|PER]].")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == [date]


def test_the_day_of_a_statement_does_not_date_a_meeting_named_inside_it(frames):
    # «قال X أمس إن الاتفاق الذي أبرم في اجتماع …»: the meeting after «في» is part of what is said
    text = "وقال [[سالم|PER]] أمس إن الاتفاق الذي أبرم في اجتماع مع [[فهد|PER]] سيصمد."
    [(_, _, slots)] = frames(text, "meeting")
    assert "date" not in slots


def test_a_date_that_names_a_revolution_dates_no_meeting(frames):
    # «ثورة 30 يونيو» names an event; the meeting's own date is «قبل نهاية العام الحالي» (decisions 21, 264)
    text = ("وبعد ثورة 30 يونيو، ظهرت بوادر مراجعة، على أن يعقد [[البرلمان|ORG]] أولى جلساته قبل نهاية العام "
            "الحالي.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == ["قبل نهاية العام الحالي"]


@pytest.mark.parametrize("around", ["قبل", "بعد"])
def test_before_or_after_a_part_of_a_period_is_in_the_date(frames, around):
    # decision 264: «قبل/بعد» + what places the meeting in time, as written
    text = f"وستعقد [[اللجنة|ORG]] اجتماعها المقبل {around} منتصف الشهر الجاري."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == [f"{around} منتصف الشهر الجاري"]


@pytest.mark.parametrize("office", ["[[وزير|TITLE]] الخارجية", "[[وزير|TITLE]] التجارة في [[اليمن|LOC]]"])
def test_the_place_after_the_person_met_with_bi_is_the_location(frames, office):
    # decision 36: «التقى X بوزير … Y في Z»: the place after the person met (over a place inside his office)
    text = f"التقى [[سالم|PER]] ب{office} [[عز الدين|PER]] في [[الرياض|LOC]]."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["الرياض"]


def test_the_year_after_the_place_a_conference_is_named_by_is_its_date(frames):
    # decisions 21, 36: «مؤتمر القاهرة 2014» is the conference held in Cairo in 2014
    text = "وواصلوا الوفاء بالتعهدات التي التزموا بها في مؤتمر [[القاهرة|LOC]] 2014."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots == {"location": ["القاهرة"], "date": ["2014"]}


@pytest.mark.parametrize("said", ["لقد بذل الاتحاد", "إن الاتحاد بذل"])
def test_a_place_in_what_is_said_after_the_meeting_is_no_location(frames, said):
    # decision 36: what is said after «إن/لقد» places the speech's subject, not the press conference
    text = f"وقالت [[سلمى|PER]] في مؤتمر صحفي {said} جهودا كبيرة في [[الشرق الأوسط|LOC]]."
    [(_, _, slots)] = frames(text, "meeting")
    assert "location" not in slots
