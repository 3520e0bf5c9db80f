"""Rules of the thirty-fourth real-news meeting pass, on when and where a meeting is held (GUIDELINES §7 decisions
21, 36): a place whose name is opened by a quote or bracket after «في/بـ» (or «بمدينة») is the location; the place
that is the subject of «شهدت» right before the noun is the location.
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
