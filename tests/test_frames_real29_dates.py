"""Dates of meetings and decisions (GUIDELINES §7 decision 21, relative dates as written): the night of the news
(«الليلة»، «الليلة الماضية»), a day of the current month with no month name («في 12 الجاري»), a part of the next or
last month with the month left out («أواخر المقبل»), no day read out of a name («“عين اليوم”»), and «في» before a
relative date right after a decision's issuer. Every sentence here is written for the test; entities are given as
gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_last_night_dates_a_meeting(frames):
    # decision 21: «الليلة الماضية» is a deictic date, the relative word inside
    got = frames("عقدت [[اللجنة الوطنية|ORG]] اجتماعا الليلة الماضية في [[عمان|LOC]] لبحث خطة المياه.", "meeting")
    assert got and got[0][2].get("date") == ["الليلة الماضية"]


def test_that_night_is_no_date(frames):
    # «تلك الليلة» names a night by what was said before, not the night of the news
    got = frames("عقدت [[اللجنة الوطنية|ORG]] اجتماعا تلك الليلة في [[عمان|LOC]].", "meeting")
    assert got and "date" not in got[0][2]


def test_day_of_current_month_without_month_name(frames):
    # decision 21: «في 12 الجاري» is the 12th of the month of the news, written as it stands
    got = frames("تعقد [[اللجنة الوطنية|ORG]] اجتماعا في 12 الجاري لمناقشة الميزانية.", "meeting")
    assert got and got[0][2].get("date") == ["12 الجاري"]


def test_part_of_next_month_with_month_left_out(frames):
    # decision 21: «في أواخر المقبل» (the month left out) is the date as written
    got = frames("وناقش الوفدان الملف في الاجتماع الوزاري الثالث ل[[منتدى التعاون|ORG]]، الذي سيعقد في [[جنيف|LOC]] "
                 "في أواخر المقبل.", "meeting")
    assert got and got[0][2].get("date") == ["أواخر المقبل"]


def test_today_inside_an_outlet_name_is_no_date(frames):
    # decision 21 takes dates, not names: «اليوم» inside the ORG «عين اليوم» dates nothing
    got = frames("وعلى خلفية ذلك تحاورت “[[عين اليوم|ORG]]” مع الدكتورة [[سهى الأحمد|PER]] عضو "
                 "[[الجمعية الوطنية|ORG]] حول أسباب الظاهرة.", "meeting")
    assert got and "date" not in got[0][2]


def test_decision_dated_after_its_issuer_over_in(frames):
    # decisions 21, 59: «القرار الذي اتخذه ORG في مطلع هذا الشهر»: the relative date after «في» dates the decision
    got = frames("وطالب النواب بتنفيذ قرار اتخذه [[مجلس الوزراء|ORG]] في مطلع هذا الشهر بشأن الأسعار.", "decision")
    assert got and got[0][2].get("date") == ["مطلع هذا الشهر"]
