"""Frame rules of the ninth real-news pass, fitted on real-train (GUIDELINES §7 decisions 36, 62, 98, 133): the
person who holds a meeting, named between the verb of holding and the meeting noun, attends it, and so does the
person a talk is held with after «مع»; the persons of a later sentence about a paper given or discussed at the
article's meeting attend it. Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, attendees", [
    # the convener named after «عقد» attends (decision 62: no «ترأس/برئاسة», so no chair)
    ("وعقد [[مدير المركز|TITLE]] الدكتور [[سامي القرني|PER]] أول ورشة عمل تناقش خطة التدريب مع الجامعات.",
     ["سامي القرني"]),
    # a talk held with a person after «مع»: both are placed at it (decision 36)
    ("من جهة أخرى، عقد [[محافظ ينبع|TITLE]] [[ناصر الحارثي|PER]] اجتماعا عاجلا مع [[مدير الدفاع المدني|TITLE]] "
     "[[فهد السبيعي|PER]] لبحث آثار الأمطار.", ["ناصر الحارثي", "فهد السبيعي"]),
])
def test_convener_attends(frames, text, attendees):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["attendee"] == attendees and "chair" not in got[0][2]


@pytest.mark.parametrize("text, slots", [
    # a body that holds it is its organizer, not an attendee
    ("وعقدت [[الغرفة التجارية|ORG]] أمس اجتماعا مع المستثمرين.", {"organizer": ["الغرفة التجارية"], "date": ["أمس"]}),
    # the person after «ترأس» chairs it and attends nothing
    ("وترأس [[أمير المنطقة|TITLE]] [[خالد العتيبي|PER]] اجتماع اللجنة الأمنية.", {"chair": ["خالد العتيبي"]}),
])
def test_convener_is_no_attendee_otherwise(frames, text, slots):
    got = frames(text, "meeting")
    assert len(got) == 1 and "attendee" not in got[0][2]
    assert {k: v for k, v in got[0][2].items() if k in slots} == slots


def test_paper_presenters_attend_the_article_meeting(frames):
    # who gives or discusses a paper at the article's meeting is placed at it (decisions 98, 133), once each
    text = ("انطلق أمس الملتقى السنوي لمديري المدارس في [[أبها|LOC]]. وقدم الدكتور [[علي الغامدي|PER]] ورقة عن التعليم "
            "الرقمي، وناقشها الأستاذ [[سعيد القحطاني|PER]]. وأثنى [[علي الغامدي|PER]] على المشاركين.")
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["attendee"] == ["علي الغامدي", "سعيد القحطاني"]


@pytest.mark.parametrize("text", [
    # a paper sentence with no verb of giving, discussing or speaking places no one
    "عقدت [[الغرفة التجارية|ORG]] أمس اجتماعا. واستلم [[فهد الدوسري|PER]] ورقة الاعتماد من الإدارة.",
    # a paper before the meeting noun is not given at it
    "قدم [[ماجد الشهري|PER]] ورقة إلى الإدارة. ثم عقدت [[اللجنة الفنية|ORG]] اجتماعا أمس.",
])
def test_paper_sentence_without_presenting_places_no_one(frames, text):
    got = frames(text, "meeting")
    assert len(got) == 1 and "attendee" not in got[0][2]
