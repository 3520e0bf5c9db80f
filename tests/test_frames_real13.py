"""Rule of the thirteenth real-news frames pass (GUIDELINES §7 decisions 211, 227): a PER filler of a meeting slot is
the person's first mention in the article, the first mention of the same name or of a longer name before it whose
last words are the short one; when two people before it share the short name, the filler stays. Every sentence here
is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest

from tests.conftest import parse


@pytest.mark.parametrize("text, attendee", [
    # decision 227: «جديع بن نهار القحطاني» at the opening, «القحطاني» in the meeting sentence → the opening mention
    ("وصل الدكتور [[خالد بن سعد العمري|PER]] إلى جدة أمس. وقال [[العمري|PER]] في مؤتمر صحافي عقده مساء أمس إن "
     "الخطة جاهزة.", "خالد بن سعد العمري"),
    # an attendee named by his first name after his full name
    ("وتحدث [[ماريو فيرنانديز|PER]] عن المشروع طويلا. وقال [[ماريو|PER]] في مؤتمر صحافي عقده أمس إن العمل بدأ.",
     "ماريو فيرنانديز"),
])
def test_short_name_takes_the_first_full_mention(frames, text, attendee):
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["attendee"] == [attendee]


def test_two_people_with_one_family_name_keep_the_short_mention(frames):
    text = ("وهنأ [[فهد الزهراني|PER]] شقيقه [[سالم الزهراني|PER]] بالتخرج. وقال [[الزهراني|PER]] في مؤتمر صحافي "
            "عقده أمس إن الحفل كان ناجحا.")
    got = frames(text, "meeting")
    assert len(got) == 1 and got[0][2]["attendee"] == ["الزهراني"]


def test_same_name_twice_takes_the_first_mention(tokenizer):
    from pipeline.frames.component import relations_and_frames

    text, ents = parse("أعلن [[سعد المالكي|PER]] أمس خطة جديدة للنقل. وقال [[سعد المالكي|PER]] في مؤتمر صحافي "
                       "عقده بالرياض إن التنفيذ يبدأ قريبا.")
    spans = tokenizer.spans(text)
    _, out = relations_and_frames(text, spans, tokenizer.sentence_starts(text, spans), ents, [])
    meetings = [f for f in out if f["type"] == "meeting"]
    assert len(meetings) == 1 and meetings[0]["slots"]["attendee"] == ["e1"]
