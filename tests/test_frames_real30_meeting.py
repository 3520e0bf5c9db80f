"""Rules of the thirtieth real-news meeting pass (GUIDELINES §7 decisions 36, 118): a definite meeting noun with its
place right after it («عشية المحادثات الحاسمة في X») reports that meeting, unless «هذه» points back to one already
told. Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, place", [
    # decision 36: the place said right after the definite noun (over one adjective) reports the meeting
    ("عشية المحادثات الحاسمة في [[مسقط|LOC]]، أعلن [[سالم الحارثي|PER]] أن بلاده تؤيد الحل.", "المحادثات", "مسقط"),
    ("ومع بدء المحادثات في [[جنيف|LOC]] كان الوفد على تواصل دائم مع حكومته.", "المحادثات", "جنيف"),
    ("وتوقع الخبراء تنفيذ المشروعات التي اتفق عليها في المؤتمر الاقتصادي بـ[[شرم الشيخ|LOC]] قريبا.",
     "المؤتمر", "شرم الشيخ"),
])
def test_definite_noun_with_its_place_opens_a_meeting(frames, text, trigger, place):
    got = frames(text, "meeting")
    assert [(t, s.get("location")) for _, t, s in got] == [(trigger, [place])]


def test_this_meeting_with_a_place_points_back(frames):
    # decision 118: «هذه الاجتماعات» is a later mention of meetings told before, no meeting of its own
    text = "وقال المحلل إن هذه الاجتماعات في [[عمان|LOC]] لن تغير شيئا في موقف الحكومة."
    assert frames(text, "meeting") == []


def test_place_after_adjectives_and_a_genitive(frames):
    # decision 36: over the definite adjectives and a «لل» genitive («الاجتماع الثالث للتعاون الإقليمي في X»)
    text = "وناقش الوفد جدول أعمال الاجتماع الثالث للتعاون الإقليمي في [[لندن|LOC]] الشهر المقبل."
    got = frames(text, "meeting")
    assert [(t, s.get("location")) for _, t, s in got] == [("الاجتماع", ["لندن"])]


def test_place_over_a_named_region(frames):
    # a named place in the genitive («المنتدى الاقتصادي للشرق الأوسط في X») is no verb between
    text = "وبدأ التفاوض خلال المنتدى الاقتصادي ل[[لشرق الأوسط|LOC]] في [[مرسيليا|LOC]] قبل عامين."
    got = frames(text, "meeting")
    assert [(t, s.get("location")) for _, t, s in got] == [("المنتدى", ["مرسيليا"])]


def test_a_verb_between_ties_the_place_elsewhere(frames):
    # «اللقاء تناول الأوضاع في X»: the place is what was discussed, not where they met
    text = "وأوضح المتحدث أن اللقاء تناول كذلك الأوضاع في [[ليبيا|LOC]] بشكل مفصل."
    assert frames(text, "meeting") == []
