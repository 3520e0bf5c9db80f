"""Enforcement rules of the twenty-ninth real-news frames pass: a present-tense arrest verb that reports an arrest
made («الشرطة تعتقل 3 أشخاص»، «الأجهزة تقبض يوم الاثنين على أربعة») opens enforcement (GUIDELINES §7 decision 61),
not after a negation, a modal, «أن» or «ما», nor as custody «منذ …» (decision 154); no trigger in a «رابط الخبر»
line opens a frame (the line repeats a headline, decision 154); a plural pronoun object after «N X من بينهم M Y»
takes the whole N, not its part (decision 61). Every sentence here is written for the test; entities are given as
gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


def test_a_present_tense_headline_arrest_opens_enforcement(frames):
    marked = "[[البيرو|LOC]] تعتقل 5 أشخاص في العاصمة"
    assert [s.get("suspects") for s in _slots(frames, marked)] == [["5"]]


def test_a_narrative_present_arrest_takes_its_object_after_a_time_phrase(frames):
    marked = "وها هي قوات الأمن تقبض يوم الأحد على ستة أشخاص في ضواحي المدينة."
    assert [s.get("suspects") for s in _slots(frames, marked)] == [["ستة"]]


def test_a_habitual_or_wished_present_arrest_opens_none(frames):
    assert _slots(frames, "وقال المحامي إن الشرطة كثيرا ما تعتقل 20 شخصا في كل مظاهرة.") == []
    assert _slots(frames, "وتريد الحكومة أن تعتقل 20 شخصا من المعارضين.") == []
    assert _slots(frames, "والشرطة لا تعتقل 20 شخصا بلا سبب.") == []


def test_present_custody_since_opens_none(frames):
    # decision 154: custody as a state
    marked = "وتعتقل السلطات [[سامر ناصر|PER]] منذ يوم السبت في مقرها."
    assert _slots(frames, marked) == []


def test_a_link_line_repeating_a_headline_opens_none(frames):
    marked = "رابط الخبر بصحيفة المساء: [[البيرو|LOC]] تعتقل 5 أشخاص في العاصمة"
    assert _slots(frames, marked) == []


def test_a_plural_pronoun_takes_the_whole_before_a_partitive(frames):
    # «14 عنصرا من بينهم 7 فتيات … بعد القبض عليهم»: the pronoun points at all fourteen
    marked = ("وأحالت الوحدات الأمنية أمس 16 عنصرا من بينهم 9 نساء على القضاء وذلك بعد القبض عليهم "
              "في منطقة جبلية.")
    assert [s.get("suspects") for s in _slots(frames, marked)] == [["16"]]


def test_no_trigger_in_a_link_line_opens_a_frame(frames):
    # the link line repeats the headline of an arrest told already (decision 154)
    marked = "رابط الخبر بصحيفة المساء: الشرطة تلقي القبض على [[سامر ناصر|PER]] في المطار"
    assert _slots(frames, marked) == []
    assert _slots(frames, "الشرطة تلقي القبض على [[سامر ناصر|PER]] في المطار") == [{"suspects": ["سامر ناصر"]}]
