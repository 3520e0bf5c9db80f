"""Rules of the twenty-second real-news pass on decision frames: recall of the issuer, id and date slots (GUIDELINES
§7 decisions 19, 21, 22, 38, 59, 282, 362). Every sentence here is written for the test; entities are given as gold
(marked [[surface|LABEL]])."""
from __future__ import annotations


def _decisions(frames, text: str) -> list[tuple[str, dict]]:
    return [(trigger, slots) for _, trigger, slots in frames(text, "decision")]


# --- several instruments cited together (decision 282) ---------------------------------------------------------------

def test_plural_instruments_a_body_took_open_one_frame_with_every_restated_id(frames):
    text = ("وسيتم رفع القرارات الخمسة التي اتخذتها [[جامعة الدول العربية|ORG]] منذ 2011 بشأن البلاد وهي "
            "القرارات 7380 و7412 و7590. وتقضي هذه القرارات بتجميد العضوية.")
    got = _decisions(frames, text)
    assert len(got) == 1
    trigger, slots = got[0]
    assert trigger == "القرارات"
    assert slots["issuer"] == ["جامعة الدول العربية"]
    assert slots["id"] == ["7380", "7412", "7590"]
    assert "date" not in slots  # «منذ 2011» spans the instruments' dates and dates none


def test_plural_decisions_a_person_took_stay_a_set(frames):
    # decision 38: «أبرز القرارات التي اتخذها الملك الراحل» names a set of decisions, not cited instruments
    text = "ويتناول المعرض حياة الملك [[سعود|PER]] وأبرز القرارات التاريخية التي اتخذها الملك الراحل في عهده."
    assert _decisions(frames, text) == []


# --- a periphrastic passive with its date (decision 362) -------------------------------------------------------------

def test_a_circular_issued_in_the_passive_opens_with_its_date(frames):
    text = "وأشار إلى أن هناك تعميما تم إصداره أمس لجميع المكاتب يحدد آلية تقديم الطلبات."
    assert _decisions(frames, text) == [("تعميما", {"date": ["أمس"]})]


def test_a_circular_in_the_passive_with_no_date_opens_none(frames):
    text = "وأشار إلى أن هناك تعميما تم إصداره لجميع المكاتب يحدد آلية تقديم الطلبات."
    assert _decisions(frames, text) == []


# --- orders with their pronoun (decision 38) -------------------------------------------------------------------------

def test_orders_with_a_pronoun_after_the_verb_open(frames):
    text = "وأصدر اللواء [[ماجد سالم|PER]] قائد المنطقة أوامره بتشديد الحراسة على المنشآت."
    got = _decisions(frames, text)
    assert [t for t, _ in got] == ["أوامره"]
    assert got[0][1]["issuer"] == ["ماجد سالم"]


# --- the issuer named after the instrument (decisions 22, 59) --------------------------------------------------------

def test_a_body_after_lam_issues_a_definite_instrument(frames):
    text = "وجاءت الأزمة بالقرار المفاجئ لـ\"[[هيئة السوق المالية|ORG]]\" التي اشترطت ضمانات جديدة."
    got = _decisions(frames, text)
    assert got and got[0][1].get("issuer") == ["هيئة السوق المالية"]


def test_a_definite_instrument_with_a_place_after_lam_has_no_issuer(frames):
    text = "وأثار القرار الجديد لسكان [[الحي الشرقي|LOC]] قلقا واسعا."
    assert all("issuer" not in s for _, s in _decisions(frames, text))


def test_the_holder_set_off_after_an_office_issues_the_instrument(frames):
    text = ("وقال إن الحزب التزم طوال الفترة الماضية بقرار [[زعيمه|TITLE]] المسجون في [[الجزيرة|LOC]]، "
            "[[سالم ناصر|PER]]، بوقف إطلاق النار.")
    got = _decisions(frames, text)
    assert got and got[0][1]["issuer"] == ["سالم ناصر"]


def test_a_person_after_a_later_clause_is_no_holder(frames):
    text = "ورحب الأهالي بقرار [[الوزير|TITLE]] الجديد بإنشاء جامعة، [[سالم ناصر|PER]] من بينهم."
    got = _decisions(frames, text)
    assert got and got[0][1]["issuer"] == ["الوزير"]


def test_a_described_body_stands_for_the_one_body_named_before(frames):
    # decision 22: «قرار المجلس» after «المجلس البلدي» fills the issuer with the name given first
    text = ("أصدر [[مجلس بلدية الوادي|ORG]] تقريرا بمنجزاته. وطلب المجلس تزويد [[المجلس البلدي|ORG]] بالبيانات. "
            "وأشار التقرير إلى قرار المجلس بتوجيه البلدية لإصلاح الطرق.")
    got = [s for t, s in _decisions(frames, text) if t == "قرار"]
    assert got and got[0]["issuer"] == ["مجلس بلدية الوادي"]


# --- «إصدار» with its subject (decision 19) --------------------------------------------------------------------------

def test_the_verbal_noun_with_its_subject_issues_the_instrument(frames):
    text = "وشهدت القضية عدة إجراءات، منها إصدار [[المحكمة الجزائية|ORG]] حكما يقضي بسجن المتهم."
    assert _decisions(frames, text) == [("حكما", {"issuer": ["المحكمة الجزائية"]})]


def test_the_verbal_noun_of_a_request_issues_nothing(frames):
    text = "وطالب المدعي العام بإصدار حكم رادع ضد المتهم."
    assert _decisions(frames, text) == []


# --- a bare year after the instrument and what it decides (decision 21) ----------------------------------------------

def test_a_bare_year_after_the_decided_act_dates_the_instrument(frames):
    text = "ويشبه المشروع قرار [[الرئيس|TITLE]] الراحل [[سامي حداد|PER]] بتأميم الميناء عام 1961 وبناء السد."
    got = _decisions(frames, text)
    assert got and got[0][1].get("date") == ["عام 1961"]


def test_the_year_of_a_numbered_decree_is_no_date(frames):
    text = "وأصدر [[سامي حداد|PER]] اليوم المرسوم التشريعي رقم 14 لعام 2015 القاضي بمنح عفو عام."
    got = _decisions(frames, text)
    assert got and got[0][1].get("date") == ["اليوم"]
