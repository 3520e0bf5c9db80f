"""Frame rules of the seventh frames pass on real news (GUIDELINES §7 decisions 37, 154, 175): a later arrest that
repeats the figure of suspects already reported restates that arrest. Every sentence here is written for the test;
entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations


def test_repeated_figure_of_suspects_opens_no_second_frame(frames):
    # the arrest of 27 reported, then restated with the same figure: one frame (decisions 37, 154)
    text = ("أعلنت [[شرطة منطقة تبوك|ORG]] القبض على 27 متهما في قضايا سرقة خلال الأسبوع الماضي. "
            "وأشاد الأهالي بجهود رجال الأمن الذين تمكنوا من ضبط 27 متهما في وقت قياسي.")
    assert [trigger for _, trigger, _ in frames(text, "enforcement")] == ["القبض"]


def test_small_or_new_figure_still_opens_its_frame(frames):
    # two persons caught twice are two arrests; a different figure is another arrest
    text = ("قبضت الدوريات على شخصين أثناء تهريب الوقود. وفي حادثة أخرى تم القبض على شخصين في الميناء. "
            "كما ضبطت الدوريات 12 متسللا قرب الحدود.")
    assert [trigger for _, trigger, _ in frames(text, "enforcement")] == ["قبضت", "القبض", "ضبطت"]


def test_body_repeating_headline_keeps_its_frame(frames):
    # a headline (a first line with no full stop) and the story's own report of the arrest (decision 175)
    text = ("القبض على 14 متهما بالاتجار بالمخدرات\n"
            "ألقت [[شرطة الحدود|ORG]] القبض على 14 متهما بالاتجار بالمخدرات في عملية مشتركة.")
    assert len(frames(text, "enforcement")) == 2
