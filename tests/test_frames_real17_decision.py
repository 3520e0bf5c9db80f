"""Rules of the seventeenth real-news pass on decision frames (GUIDELINES §4, §7 decisions 21, 38, 95, 121, 264, 265,
273, 282). Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


def _one(frames, text: str, ftype: str = "decision") -> tuple[str, dict]:
    got = frames(text, ftype)
    assert len(got) == 1, got
    return got[0][1], got[0][2]


# --- one frame per instrument (decisions 38, 121, 265) ----------------------------------------------------------------

def test_the_same_instrument_named_again_opens_no_frame(frames):
    text = ("ورحب السكان بقرار [[مجلس الوزراء|ORG]] أمس بمنع البناء على الشاطئ. وقال أحدهم إن قرار "
            "[[مجلس الوزراء|ORG]] سيخدم الأهالي.")
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][2] == {"issuer": ["مجلس الوزراء"], "date": ["أمس"]}


def test_a_new_issuance_by_the_same_issuer_stays(frames):
    # «كما أصدر الملك … أمراً ملكياً»: an issuing verb without a date of its own is another instrument
    text = ("وأصدر [[وزير العدل|TITLE]] قرارا بتعيين القضاة. كما أصدر [[وزير العدل|TITLE]] قرارا آخر بنقل "
            "الموظفين.")
    assert [s.get("issuer") for _, _, s in frames(text, "decision")] == [["وزير العدل"], ["وزير العدل"]]


def test_a_repeated_issuance_with_its_date_is_the_same_one(frames):
    text = ("وأصدر [[مجلس الأمن|ORG]] أمس قرارا بتمديد المهمة. وفي نيويورك أصدر [[مجلس الأمن|ORG]] أمس قرارا "
            "يمدد عمل البعثة.")
    got = frames(text, "decision")
    assert len(got) == 1 and got[0][1] == "قرارا" and got[0][2]["date"] == ["أمس"]


# --- ids (§4, decision 282) -------------------------------------------------------------------------------------------

def test_bare_id_after_the_issuing_body(frames):
    t, slots = _one(frames, "ودعا الوزير المتمردين إلى تنفيذ قرار [[مجلس الأمن|ORG]] 1540 وعدم عرقلته.")
    assert t == "قرار" and slots["id"] == ["1540"] and slots["issuer"] == ["مجلس الأمن"]


def test_ids_of_instruments_cited_together(frames):
    t, slots = _one(frames, "وطالب البيان بتطبيق قراري [[مجلس الأمن|ORG]] 338 و425، دون إبطاء.")
    assert slots["id"] == ["338", "425"]


def test_no_bare_id_from_a_count_after_the_body(frames):
    # «قرار مجلس الأمن 15 عضوا»: a figure with its noun after the body is no id
    got = frames("وأيد قرار [[مجلس الأمن|ORG]] 15 عضوا في الجلسة.", "decision")
    assert all("id" not in s for _, _, s in got)


# --- dates (decisions 21, 95, 264, 273) -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    # a dashed or tatweel-separated date after «بتاريخ» with its year
    ("وأصدرت [[محكمة الاستئناف|ORG]] حكما نهائيا في جلسة بتاريخ 12-03-2016 بإلزام الشركة بالدفع.", "12-03-2016"),
    ("وأصدرت [[المحكمة العامة|ORG]] حكما بتاريخ 7 ـ 5 ـ 1433 يقضي بسجنه.", "7 ـ 5 ـ 1433"),
])
def test_dashed_numeric_date(frames, text, date):
    _, slots = _one(frames, text)
    assert slots.get("date") == [date]


def test_dashed_id_is_no_date(frames):
    # a dashed figure without a year is an id, not a date
    _, slots = _one(frames, "وأصدرت [[المحكمة العامة|ORG]] حكما بتاريخ 3-8-41 في القضية.")
    assert "date" not in slots


def test_relative_date_after_indefinite_adjectives(frames):
    # decision 273: «ستصدر قراراً نهائياً وحاسماً اليوم» → date «اليوم»
    _, slots = _one(frames, "وأفادت مصادر أن [[لجنة الانضباط|ORG]] ستصدر قراراً حاسماً ونهائياً اليوم بشأن اللاعب.")
    assert slots["issuer"] == ["لجنة الانضباط"] and slots["date"] == ["اليوم"]


def test_years_between_the_verb_and_its_instrument(frames):
    # decision 21: «أصدرت المحكمة … في 2009 و2010 مذكرات» → date as written
    _, slots = _one(frames, "وأصدرت [[المحكمة الدولية|ORG]] ومقرها في لاهاي في 2011 و2012 مذكرات توقيف بحقه.")
    assert slots["date"] == ["2011 و2012"]


def test_time_ago_with_a_bound(frames):
    # decisions 95, 264: «بعد أكثر من ثلاث سنوات أصدرت المحكمة حكمها» → the whole phrase
    _, slots = _one(frames, "بعد أكثر من خمس سنوات أصدرت [[المحكمة الإدارية|ORG]] حكمها في الدعوى.")
    assert slots["date"] == ["بعد أكثر من خمس سنوات"]


def test_month_of_another_verb_does_not_date_a_reported_instrument(frames):
    # a month earlier in the sentence dates only an instrument issued there
    text = "وغادر الرئيس البلاد في يونيو الماضي قبل نهاية القمة تنفيذا لقرار [[المحكمة الدولية|ORG]] بحقه."
    _, slots = _one(frames, text)
    assert slots["issuer"] == ["المحكمة الدولية"] and "date" not in slots


def test_month_before_the_issuing_verb_still_dates_it(frames):
    _, slots = _one(frames, "وفي 5 مارس 2022، أصدر [[المجلس البلدي|ORG]] قرارا بإغلاق السوق.")
    assert slots["date"] == ["5 مارس 2022"]
