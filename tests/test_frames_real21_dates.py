"""Date finders of the twenty-first real-news pass (GUIDELINES §7 decisions 21, 95, 282, 385): dates of recency
(«مؤخرا»، «الفترة الأخيرة»، «قبل أيام»، «الأيام المقبلة»، «وقت سابق من العام الجاري»), a part of a period named by a
demonstrative («مطلع هذا الشهر»), a half of a month («النصف الثاني من مايو»), a day part that opens a date at the
window's edge («صباح اليوم»), a weekday set off by commas («أمس، الأربعاء،»), days joined by «أو» and the date that
opens an entry of a chronology. Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]])."""
from __future__ import annotations

import pytest


def _dates(got: list) -> list[list[str]]:
    return [f[2].get("date") for f in got]


@pytest.mark.parametrize("text, date", [
    # «مؤخرًا» after the verb of holding (decision 21)
    ("وذكر التقرير أن الندوة الدولية للطاقة التي عُقدت مؤخرًا في [[الدوحة|LOC]] ناقشت أسعار الوقود.", "مؤخرًا"),
    # «قبل أيام»: a duration with no figure counted from the news
    ("وشارك الوزير في قمة إقليمية عقدت في [[نيروبي|LOC]] قبل أيام لبحث ملف المياه.", "قبل أيام"),
    # «الأيام المقبلة»: a span of days after the news
    ("وستعقد [[لجنة النقل|ORG]] اجتماعا في الأيام المقبلة لبحث أسعار التذاكر.", "الأيام المقبلة"),
    # «صباح اليوم»: the day part at the window's edge is read with its day
    ("وقالت الوكالة إن وزراء المالية سيعقدون اجتماعًا تشاوريًا للمنتدى صباح اليوم.", "صباح اليوم"),
    # «أمس، الأربعاء،»: the weekday between commas restates the day (decision 385: the date as written)
    ("أخفقت [[الحكومة المحلية|ORG]] في اجتماعها أمس، الأربعاء، في إقرار الميزانية.", "أمس، الأربعاء"),
])
def test_meeting_dates_of_recency(frames, text, date):
    assert [date] in _dates(frames(text, "meeting"))


def test_bare_earlier_time_dates_nothing(frames):
    # «في وقت سابق» with no period named places the meeting nowhere in time
    got = frames("وكان [[خالد العتيبي|PER]] قد أعلن بعد لقائه مع [[فهد السالم|PER]] في وقت سابق أن الخطة جاهزة.",
                 "meeting")
    assert all(d is None for d in _dates(got))


def test_days_counted_from_another_event_date_nothing(frames):
    # «بعد أسبوعين من اختتام …»: counted from another event, no date of the meeting
    got = frames("وتأتي هذه الجلسة بعد أسبوعين من اختتام دورة عادية للمجلس.", "meeting")
    assert all(d is None or d == [] or "بعد أسبوعين" not in d for d in _dates(got))


def test_chronology_entry_dates_its_meeting(frames):
    got = frames("أحداث في مثل هذا اليوم.\n1962- مؤتمر [[جنيف|LOC]] يقر اتفاقا بشأن [[لاوس|LOC]].", "meeting")
    assert ["1962"] in _dates(got)


@pytest.mark.parametrize("text, date", [
    # decision 282: «قرارات … التي صدرت في الفترة الأخيرة»
    ("واضطرت المكاتب إلى تغيير أسلوبها بعد قرارات [[وزارة الصحة|ORG]] التي صدرت في الفترة الأخيرة.",
     "الفترة الأخيرة"),
    # «النصف الثاني من مايو»: the half of the month, not its second day
    ("وفي النصف الثاني من مايو الماضي، أصدرت [[محكمة الاستئناف|ORG]] حكما بسجن المتهمين.",
     "النصف الثاني من مايو الماضي"),
    # «أواخر العام الماضي» right after the issuer
    ("وكان السبب الرئيسي قرار [[منظمة التجارة|ORG]] أواخر العام الماضي بخفض الرسوم.", "أواخر العام الماضي"),
])
def test_decision_dates(frames, text, date):
    assert [date] in _dates(frames(text, "decision"))


def test_days_joined_by_or(tokenizer):
    from pipeline.frames.context import Context
    from pipeline.frames.triggers import date_near

    text = "وأكد أن الجولة الثانية مقررة في 30 أو 31 يوليو الحالي."
    spans = tokenizer.spans(text)
    ctx = Context.build(text, spans, tokenizer.sentence_starts(text, spans), [], [])
    d = date_near(ctx, 0)
    assert text[d[0]:d[1]] == "30 أو 31 يوليو الحالي"


def test_part_of_this_month(tokenizer):
    from pipeline.frames.context import Context
    from pipeline.frames.triggers import relative_date

    text = "صاغه المجلس في مطلع هذا الشهر بالإجماع."
    spans = tokenizer.spans(text)
    ctx = Context.build(text, spans, tokenizer.sentence_starts(text, spans), [], [])
    d = relative_date(ctx, 3, 1)
    assert text[d[0]:d[1]] == "مطلع هذا الشهر"
