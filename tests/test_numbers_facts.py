"""Numeric facts on real sentences from the seeds: spans, values, types and links."""
from __future__ import annotations

import pytest

from pipeline.numbers.component import NumbersComponent, numbers_for


@pytest.fixture(scope="module")
def facts(tokenizer):
    stage = NumbersComponent()

    def run(text: str) -> list[tuple]:
        spans = tokenizer.spans(text)
        nums = numbers_for([text[s:e] for s, e in spans], spans, tokenizer.sentence_starts(text, spans),
                           stage.duals, stage.counts)
        return [(text[n["start"]:n["end"]], n["type"], n["value"], n["total"], n["change"], n["baseline"],
                 n["qualifier"], n["period"], text[slice(*n["subject"])] if n["subject"] else None) for n in nums]

    return run


def test_percent_change_with_baseline(facts):
    text = "وانخفضت الجرائم ضد النظام الاجتماعي بنسبة 7.1٪ مقارنة بعام 2022."
    assert facts(text) == [("7.1٪", "percent", 7.1, None, "decrease", "2022", "eq", None, "الجرائم ضد النظام الاجتماعي")]


def test_metric_predicate_and_period(facts):
    text = "في عام 2023، وبلغ معدل التحقيق في القضايا واكتشافها 88.03٪؛ ووصلت الحالات الخطيرة إلى 96.87٪."
    got = facts(text)
    assert [g[:3] for g in got] == [("88.03٪", "percent", 88.03), ("96.87٪", "percent", 96.87)]
    assert got[0][7] == "2023" and got[0][8] == "معدل التحقيق في القضايا واكتشافها"
    assert got[1][8].startswith("الحالات الخطيرة")


def test_counts_with_subjects(facts):
    text = "تمكنت قوات الشرطة من اكتشاف وضبط 265 قضية إخلال بالنظام العام، وضبط 390 متهماً."
    got = facts(text)
    assert [(g[0], g[2]) for g in got] == [("265", 265.0), ("390", 390.0)]
    assert got[0][8].startswith("قضية إخلال") and got[1][8] == "متهماً"


def test_ratio_forms(facts):
    assert facts("ويبلغ المعدل 241/439 قضية")[0][:4] == ("241/439", "ratio", 241.0, 439.0)
    assert facts("وتوضيح 3,106 من أصل 3,541 قضية جنائية")[0][:4] == ("3,106 من أصل 3,541", "ratio", 3106.0, 3541.0)


def test_multipliers_and_qualifiers(facts):
    got = facts("شارك فيها ما يقرب من 16 ألف شخص؛ وقع على أكثر من 10 آلاف تعهد")
    assert [(g[0], g[2], g[6]) for g in got] == [("16 ألف", 16000.0, "approx"), ("10 آلاف", 10000.0, "gt")]


def test_rank_with_total_and_ordinal(facts):
    got = facts("احتلت لاو كاي المرتبة الثامنة من بين 63 مقاطعة ومدينة، واحتلت المرتبة الحادية عشرة على مستوى البلاد.")
    assert [g[:4] for g in got] == [("الثامنة من بين 63", "rank", 8.0, 63.0), ("الحادية عشرة", "rank", 11.0, None)]


def test_number_words_duals_and_durations(facts):
    got = facts("في عام ٢٠٢١، سُجِّلت حادثتان تتعلقان بالأمن. حصلت البلدية على تصنيف ممتاز لمدة ثلاث سنوات متتالية.")
    assert [(g[0], g[1], g[2], g[7]) for g in got] == [("حادثتان", "count", 2.0, "2021"), ("ثلاث", "duration", 3.0, None)]
    assert got[1][8].startswith("سنوات")


def test_identifiers_years_dates_are_not_facts(facts):
    text = ("عقدت اللجنة التوجيهية الإقليمية 138 مؤتمرا في 15 مارس لتنفيذ القرار رقم 15-NQ/TU ومشروع 06 "
            "بعد العاصفة رقم 3 في عام 2023 الساعة 23:30. تعليق (0)")
    assert facts(text) == []


@pytest.mark.parametrize("text", ["9999999999999999999 قضية", "1,2,3,4", "٪٪", "/", "قضية5", "٣3 متهم",
                                  "أحد " * 300, "ثلاثة وعشرون و" * 50])
def test_absurd_input_no_exception_no_invented_fact(facts, text):
    got = facts(text)
    for surface, *_ in got:
        assert surface in text
    assert not any(g[0] in ("9999999999999999999", "1,2,3,4") for g in got)


@pytest.mark.parametrize("text, expected", [
    ("بلغت نسبة التحقيق ٩٢٫٥٪ في المقاطعة", ("٩٢٫٥٪", "percent", 92.5)),
    ("وصل المعدل إلى %50 تقريباً", ("%50", "percent", 50.0)),
    ("ضبطت الشرطة ٣٬١٠٦ قضية", ("٣٬١٠٦", "count", 3106.0)),
    ("قيمة البضائع المضبوطة 38 مليار دونغ", ("38 مليار", "count", 38e9)),
    ("تم ضبط خمسة وعشرين متهماً", ("خمسة وعشرين", "count", 25.0)),
    ("اكتشفت الشرطة أحد عشر قضية", ("أحد عشر", "count", 11.0)),
    ("استقبل المركز ثلاثمائة شخص", ("ثلاثمائة", "count", 300.0)),
    ("سجلت البلدية منطقتين نموذجيتين", ("منطقتين", "count", 2.0)),
    ("خلال العامين الماضيين", ("العامين", "duration", 2.0)),
])
def test_number_forms_exact_values_and_offsets(facts, text, expected):
    (got,) = facts(text)
    assert got[:3] == expected
    assert text.index(expected[0]) >= 0
