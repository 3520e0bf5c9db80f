"""Enforcement rules of the thirtieth real-news frames pass (precision): a negated arrest («ولم يتم اعتقاله»), an
arrest demanded or aimed at («وطالبت بتوقيفه»، «تهدف إلى اعتقال X») and custody extended («ومددت المحكمة اعتقال X»)
open none (GUIDELINES §7 decisions 37, 154); the speaker of a verb of saying, also named after his office, is no
suspect of a pronoun object (decision 61); a report that reveals figures («التقارير الصحفية كشفت عن …») uncovers no
case (decision 155). Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


def test_a_negated_passive_arrest_opens_none(frames):
    marked = "وكان [[سالم حداد|PER]] هو الوسيط بين الرجال، ولم يتم اعتقاله حتى الآن."
    assert _slots(frames, marked) == []


def test_a_made_passive_arrest_still_takes_the_person(frames):
    marked = "وكان [[سالم حداد|PER]] هو الوسيط بين الرجال، وقد تم اعتقاله أمس."
    assert [s.get("suspects") for s in _slots(frames, marked)] == [["سالم حداد"]]


def test_an_arrest_demanded_or_aimed_at_opens_none(frames):
    assert _slots(frames, "وطالبت المنظمة بتوقيفه بتهمة الفساد.") == []
    marked = "وكانت الحملة تهدف إلى اعتقال [[كريم منصور|PER]] قائد الكتيبة."
    assert _slots(frames, marked) == []


def test_a_demand_of_another_act_keeps_the_arrest(frames):
    marked = "وطالب محتجون بنشر تسجيلات حول اعتقال [[كريم منصور|PER]] الشهر الماضي."
    assert [s.get("suspects") for s in _slots(frames, marked)] == [["كريم منصور"]]


def test_custody_extended_opens_none(frames):
    marked = "ومددت محكمة عسكرية، الأربعاء، اعتقال [[كريم منصور|PER]] المشتبه بتمويل الجماعة."
    assert _slots(frames, marked) == []


def test_the_speaker_is_no_suspect_of_a_pronoun_object(frames):
    marked = "وتابع [[هاني سعيد|PER]] \"لكن الأمن داهم منزله واعتقاله مساء الجمعة\"."
    assert all("suspects" not in s for s in _slots(frames, marked))


def test_a_speaker_named_after_his_office_is_no_suspect(frames):
    marked = ("وأوضح [[الناطق الإعلامي|TITLE]] في [[شرطة المنطقة|ORG]] [[العقيد|TITLE]] [[فهد ناصر|PER]] أن المخفر "
              "تسلم المتهم، وتم التحفظ عليه.")
    assert all(s.get("suspects") != ["فهد ناصر"] for s in _slots(frames, marked))


def test_a_report_that_reveals_figures_opens_none(frames):
    marked = "وكانت بعض التقارير الصحفية كشفت عن تسجيل 900 قضية احتيال في عام واحد."
    assert _slots(frames, marked) == []
