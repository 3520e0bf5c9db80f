"""Rules of the thirty-first real-news meeting pass (GUIDELINES §7 decisions 20, 97): an indefinite singular «مؤتمر»
with «صحفي/صحافي» after it reports one press conference and opens a meeting even when it is not the article's first
meeting and its sentence names no slot; plurals, suffixed and definite nouns do not. Every sentence here is written
for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("second, trigger", [
    ("وأشار المصدر إلى أن مؤتمراً صحافياً سيعقد بعد انتهاء الجلسات.", "مؤتمراً"),
    ("ويعتزم الفريق الإعلان عن خطته في مؤتمر صحفي قريب.", "مؤتمر"),
])
def test_a_later_press_conference_opens_its_own_meeting(frames, second, trigger):
    # decision 97: a press conference is a meeting; a later one with no slot in its sentence still is one (dec. 20)
    text = "عقدت [[وزارة الصحة|ORG]] اجتماعا في [[عمان|LOC]] أمس لبحث خطة الطوارئ. " + second
    got = frames(text, "meeting")
    assert [t for _, t, _ in got] == ["اجتماعا", trigger]


@pytest.mark.parametrize("second", [
    "وكانت الوزارة قد أصدرت بيانات ومؤتمرات صحفية كثيرة بشأن الخطة.",
    "وقال المتحدث في مؤتمره الصحفي إن الخطة جاهزة.",
    "وقال المتحدث في المؤتمر الصحفي إن الخطة جاهزة.",
])
def test_plural_suffixed_and_definite_press_conferences_open_none(frames, second):
    # a plural is no one meeting; «مؤتمره/المؤتمر الصحفي» names one already told (§6, decision 118)
    text = "عقدت [[وزارة الصحة|ORG]] اجتماعا في [[عمان|LOC]] أمس لبحث خطة الطوارئ. " + second
    assert [t for _, t, _ in frames(text, "meeting")] == ["اجتماعا"]
