"""Meeting dates of the twenty-fifth real-news pass (GUIDELINES §7 decisions 21, 36): a relative date far after the
meeting noun in its clause, past the body that holds it and a relative clause («اجتماع طارئ للجنة X التي تضم …
أمس في لندن»), and a bare day right after an indefinite «في/خلال اجتماع» («في اجتماع السبت»), which reports one
specific meeting. Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]])."""
from __future__ import annotations


def _dates(got: list) -> list[list[str] | None]:
    return [f[2].get("date") for f in got]


def test_date_after_the_body_and_its_relative_clause(frames):
    # the date stands after the holder and a relative clause describing it, more than ten words from the noun (dec. 21)
    got = frames("وسيعقد اجتماع عاجل ل[[لجنة الأزمات|ORG]] التي تضم وزراء ومسؤولين في أجهزة الأمن والدفاع المدني"
                 " أمس في [[مانشستر|LOC]] لبحث أضرار العاصفة.", "meeting")
    assert ["أمس"] in _dates(got)


def test_date_after_the_participants(frames):
    # «اجتماع X مع مديري … + date»: the day said after the list of the people met (dec. 21, 36)
    got = frames("وأكد المصدر انعقاد اجتماع [[ناصر الحربي|PER]] مع مديري المستشفيات في المحافظات الشمالية والشرقية"
                 " والجنوبية يوم الأحد القادم لبحث نقص الكوادر.", "meeting")
    assert ["يوم الأحد القادم"] in _dates(got)


def test_date_of_another_clause_dates_nothing(frames):
    # a date in the next clause (after «؛») belongs to another event
    got = frames("وسيعقد اجتماع عاجل ل[[لجنة الأزمات|ORG]] التي تضم وزراء ومسؤولين في أجهزة الأمن؛ وقد وصل الوفد أمس.",
                 "meeting")
    assert all(d is None for d in _dates(got))


def test_bare_day_after_an_indefinite_meeting_noun_opens_it(frames):
    # «في اجتماع السبت»: the weekday right after the noun names one specific meeting (dec. 36), its date (dec. 21)
    got = frames("وشارك المحافظان في اجتماع الثلاثاء الذي خصص لتنظيم حركة المرور.", "meeting")
    assert [["الثلاثاء"]] == _dates(got)


def test_bare_day_after_a_match_or_a_plural_opens_nothing(frames):
    # «لقاء الجمعة» in sport is a match, «جلسات أمس» are sittings of an event already reported
    assert frames("ويستعد الفريق جيدا للفوز في لقاء الجمعة أمام الضيوف.", "meeting") == []
    assert frames("وقدم الباحثون أوراقا كثيرة في جلسات أمس عن السلامة.", "meeting") == []


def test_far_date_past_another_meeting_noun_dates_that_meeting(frames):
    # «… في مؤتمر صحافي … عقب اجتماع … أمس»: the date after a second meeting noun is that meeting's, not the first's
    got = frames("وقال [[سعيد الكعبي|PER]] في مؤتمر صحافي مشترك مع الناطق باسم الحزب عقب اجتماع اللجنتين المشتركة"
                 " أمس إن الخلاف انتهى.", "meeting")
    first = [f for f in got if f[1] == "مؤتمر"]
    assert first and first[0][2].get("date") is None
