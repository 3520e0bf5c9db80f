"""Rules of the thirty-third real-news meeting pass (GUIDELINES §7 decision 36): a place after «داخل» close after the
meeting noun is its location, «داخل» further on is «at home». Every sentence here is written for the test; entities
are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("between", ["", "مع المزارعين "])
def test_a_place_after_inside_close_after_the_noun_is_the_location(frames, between):
    # decision 36: the place of the meeting, «داخل» like «في»
    text = (f"وعقدت [[وزارة الزراعة|ORG]] اجتماعا {between}داخل [[مدينة حائل|LOC]] لبحث موسم الحصاد.")
    [(_, _, slots)] = frames(text, "meeting")
    assert slots["location"] == ["مدينة حائل"]


def test_inside_far_after_the_noun_places_no_meeting(frames):
    # «داخل البلاد» after a comma and a new clause says «at home», not where the meeting is
    text = ("وسيلتقي [[سالم العمري|PER]] أطرافا كثيرة ، ونحن نرى أن دوره في الحوار داخل [[اليمن|LOC]] مهم.")
    [(_, _, slots)] = frames(text, "meeting")
    assert "location" not in slots
