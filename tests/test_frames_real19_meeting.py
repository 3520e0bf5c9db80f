"""Rules of the nineteenth real-news meeting pass (GUIDELINES §7 decisions 21, 36, 117): one round of talks named by
«جولة (جديدة) من + محادثات/مباحثات/المفاوضات» after a verb of starting or resuming is a specific round and opens a
meeting, over the parties that resume it and its date; a new round is no repeat of an earlier meeting; a weekday or day
in brackets right after a date restates it and is written in the date. Every sentence here is written for the test;
entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations


def test_round_started_in_a_place_opens_a_meeting(frames):
    # decisions 36, 117: «بدأت بـLOC جولة جديدة من المباحثات» reports one round; an earlier meeting does not make it
    # a repeat
    got = frames("عقدت [[اللجنة الوطنية|ORG]] اجتماعا أمس. في غضون ذلك، بدأت ب[[الدوحة|LOC]] جولة جديدة من "
                 "المباحثات بين الأطراف المتنازعة.", "meeting")
    talks = [g for g in got if g[1] == "المباحثات"]
    assert talks and talks[0][2]["location"] == ["الدوحة"]


def test_round_resumed_by_its_parties_is_dated(frames):
    # decisions 21, 117: «تستأنف X وY اليوم (الخميس) جولة جديدة من المفاوضات»: resuming starts the round, the parties
    # between are its subject, and the bracketed weekday is written in the date
    got = frames("تستأنف [[الأردن|LOC]] و[[العراق|LOC]] اليوم (الخميس) جولة جديدة من المفاوضات حول تقاسم المياه.",
                 "meeting")
    assert got and got[0][1] == "المفاوضات"
    assert got[0][2]["date"] == ["اليوم (الخميس)"]


def test_negotiations_in_general_open_nothing(frames):
    # decision 117: the process in general is no round
    got = frames("وقال [[سامر القاسم|PER]] إن المفاوضات بين البلدين طويلة ومعقدة.", "meeting")
    assert not got


def test_bracket_that_is_no_date_is_left_out(frames):
    # decision 21: only a weekday, day or month in brackets restates the date
    got = frames("عقدت [[اللجنة الوطنية|ORG]] اجتماعا أمس (بحسب مصادر) في [[عمان|LOC]].", "meeting")
    assert got and got[0][2].get("date") == ["أمس"]
