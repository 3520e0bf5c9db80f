"""Rules of the thirty-sixth real-news meeting pass, on when and where a meeting is held (GUIDELINES §7 decisions
21, 36, 263): a month or day before the meeting noun with «بعد/قبل» between them dates the event the meeting is the
time landmark of, not the meeting; days in figures after «خلال الفترة/المدة (من/ما بين)» are the meeting's date, also
after a later mention's verb of taking place; a date in figures after «الموافق» right after a weekday (and
«المقبل») restates that day and is written in the date; the place right after the holder's own seat («في مقرها
الرئيسي بالرياض») is the location, also far after the noun; the place right after a partner body («بالتعاون مع مركز
X بمدينة Y») is where the partner is, not the location; the place after «إلى» right before «لحضور/للمشاركة في» the
meeting is where the traveller attends it.
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("between", ["بعد مشاركته في", "قبل انتهاء أعمال"])
def test_a_month_before_a_landmark_meeting_does_not_date_it(frames, between):
    # decisions 21, 263: «في مارس الماضي بعد حضوره اجتماع»: March dates the return, the meeting is its landmark
    text = f"وعاد [[خالد السعدي|PER]] إلى بلاده في مارس الماضي {between} اجتماع [[مجلس التنسيق|ORG]]."
    [(_, _, slots)] = frames(text, "meeting")
    assert "date" not in slots


def test_a_relative_day_before_a_landmark_meeting_does_not_date_it(frames):
    # decisions 21, 263: the day she left the country, after missing the session
    text = "وغادرت [[سلمى العلي|PER]] البلاد أمس بعد تغيبها عن حضور جلسة [[محكمة الاستئناف|ORG]] للبت في قضيتها."
    [(_, _, slots)] = frames(text, "meeting")
    assert "date" not in slots


def test_a_month_before_the_meeting_without_a_landmark_still_dates_it(frames):
    # decision 21: with no «بعد/قبل» between, the month of the sentence dates the meeting
    text = "وفي مارس الماضي عقد [[مجلس التنسيق|ORG]] اجتماعا لمناقشة الخطة."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == ["مارس الماضي"]


@pytest.mark.parametrize("period, date", [
    ("خلال المدة من 3 إلى 7/5/1437هـ", "3 إلى 7/5/1437هـ"),
    ("خلال الفترة ما بين 4 / 12 وحتى 4 / 15", "4 / 12 وحتى 4 / 15"),
    ("خلال الفترة من 9 ــ 11/2/1437هـ", "9 ــ 11/2/1437هـ"),
])
def test_days_in_figures_after_during_the_period_date_the_meeting(frames, period, date):
    # decision 21: the date as written («2-3 سبتمبر»), from the first day
    text = f"وأقر المجلس توصيات المؤتمر الإقليمي للمياه المنعقد في [[عمان|LOC]] {period}، وأحاط علما بها."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == [date]


def test_a_period_of_years_is_no_meeting_date(frames):
    # «خلال الفترة من 2010 إلى 2014»: years with no day and month written in figures
    text = "وناقش المؤتمر الإقليمي للمياه المنعقد في [[عمان|LOC]] نتائج خطة خلال الفترة من 2010 إلى 2014."
    [(_, _, slots)] = frames(text, "meeting")
    assert "date" not in slots


def test_a_later_mention_taking_place_in_a_period_dates_the_meeting(frames):
    # decisions 21, 118: the later mention's verb of taking place states the days of the meeting
    text = ("تنظم [[جمعية البيئة|ORG]] ملتقى للتوعية بأخطار التلوث. وأوضح [[سعد الزهراني|PER]] أن الملتقى سوف يقام "
            "في [[مركز المعارض|LOC]] خلال الفترة ما بين 11 / 3 وحتى 11 / 6، بمشاركة الطلاب.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == ["11 / 3 وحتى 11 / 6"]


def test_figures_after_equals_restate_the_weekday(frames):
    # decision 21: «يوم الأربعاء المقبل الموافق …» is one date as written
    text = ("وتعقد [[لجنة الحكام|ORG]] ورشة عمل للمراقبين صباح يوم الأربعاء المقبل الموافق 14 / 3 / 1437 هـ، "
            "لمناقشة اللوائح.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["date"] == ["صباح يوم الأربعاء المقبل الموافق 14 / 3 / 1437 هـ"]


def test_the_place_after_the_holders_own_seat_is_the_location(frames):
    # decision 36: «في مقرها الرئيسي بالرياض», more than LOC_WINDOW words after the noun
    text = ("وقال [[سعد الزهراني|PER]] إن الهيئة ستعقد ورشة عمل مخصصة لمندوبي شركات النقل البري المرخصة للعمل "
            "داخل المدن الكبرى في مقرها الرئيسي ب[[الرياض|LOC]]؛ لشرح الأنظمة الجديدة.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["الرياض"]


@pytest.mark.parametrize("after, place", [
    ("ب[[مدينة العمران|LOC]] حول العنف الأسري", None),
    ("في [[مدينة العمران|LOC]]، ب[[قاعة الأمير سلطان|LOC]]", "قاعة الأمير سلطان"),
])
def test_the_place_of_a_partner_body_is_not_the_location(frames, after, place):
    # decisions 36, 226: «بالتعاون مع مركز X بمدينة Y»: Y is where the partner is; the venue after it still counts
    text = f"وعقدت [[جمعية البر|ORG]] ندوة بالشراكة مع [[مركز التنمية الأسرية|ORG]] {after}."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots.get("location") == ([place] if place else None)


def test_the_place_of_a_body_met_is_the_location(frames):
    # decision 36: a body met after «مع» is at the meeting, so the place after it is the meeting's
    text = "وفي لقاء [[الائتلاف الوطني|ORG]] مع [[هيئة التنسيق|ORG]] في [[بروكسل|LOC]]، اتفق الطرفان على الخطة."
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["بروكسل"]


@pytest.mark.parametrize("purpose", ["لحضور اجتماع", "للمشاركة في اجتماع"])
def test_the_place_travelled_to_attend_the_meeting_is_its_location(frames, purpose):
    # decision 192: the place a participant travels to in order to take part in the meeting
    text = (f"وغادر مساء أمس الأمين العام للاتحاد [[أحمد الخميس|PER]] إلى [[الكويت|LOC]] {purpose} أمناء "
            "الاتحادات الخليجية.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["الكويت"]


def test_the_place_left_to_attend_the_meeting_is_no_location(frames):
    # «غادر الكويت لحضور …»: the place left, without «إلى», is not where the meeting is
    text = "وغادر مساء أمس الأمين العام للاتحاد [[أحمد الخميس|PER]] [[الكويت|LOC]] لحضور اجتماع أمناء الاتحادات."
    [(_, _, slots)] = frames(text, "meeting")
    assert "location" not in slots
