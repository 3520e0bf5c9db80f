"""Numeric facts: every number form of GUIDELINES §3 with exact span, type, value and total; what is not a
fact (§3, §6); bad input; and the links (subject, change, baseline, qualifier, period) on seed sentences."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def detect(number_facts):
    """text -> the JSONL facts, each with its surface added (`text[start:end]`)."""

    def run(text: str) -> list[dict]:
        return [{**n, "surface": text[n["start"]:n["end"]]} for n in number_facts(text)]

    return run


@pytest.fixture(scope="module")
def facts(detect):
    """text -> [(surface, type, value, total, change, baseline, qualifier, period, subject surface)]."""
    def run(text: str) -> list[tuple]:
        return [(n["surface"], n["type"], n["value"], n["total"], n["change"], n["baseline"], n["qualifier"],
                 n["period"], text[slice(*n["subject"])] if n["subject"] else None) for n in detect(text)]

    return run


# (text, [(surface, type, value, total)]): the whole list, so nothing is invented next to the expected facts
FORMS = [
    # digits of both systems, separators decided by context
    ("ضبطت الشرطة 265 قضية", [("265", "count", 265, None)]),
    ("ضبطت الشرطة ٢٦٥ قضية", [("٢٦٥", "count", 265, None)]),
    ("وتوضيح 3,106 قضية جنائية", [("3,106", "count", 3106, None)]),
    ("ضبطت الشرطة ٣٬١٠٦ قضية", [("٣٬١٠٦", "count", 3106, None)]),
    ("بلغت قيمة البضائع 1.234.567 دونغ", [("1.234.567", "count", 1234567, None)]),
    ("تراجع المؤشر بنسبة 3,5% فقط", [("3,5%", "percent", 3.5, None)]),
    ("قيمة البضائع 1,234.5 مليون دونغ", [("1,234.5 مليون", "count", 1234.5e6, None)]),
    # percent after or before, either sign, or in words
    ("وانخفضت الجرائم بنسبة 7.1٪ مقارنة بعام 2022", [("7.1٪", "percent", 7.1, None)]),
    ("بلغت نسبة التحقيق ٩٢٫٥٪ في المقاطعة", [("٩٢٫٥٪", "percent", 92.5, None)]),
    ("وصل المعدل إلى %50 تقريباً", [("%50", "percent", 50, None)]),
    ("وصل المعدل إلى ٪٥٠ تقريباً", [("٪٥٠", "percent", 50, None)]),
    ("بلغت النسبة 88 % في المقاطعة", [("88 %", "percent", 88, None)]),
    ("ارتفع عدد البلاغات بنسبة 12 في المائة", [("12 في المائة", "percent", 12, None)]),
    ("بارتفاع ٣٫١ نقطة مئوية مقارنة بالعام السابق", [("٣٫١", "percent", 3.1, None)]),
    # ranges: two figures
    ("شارك في الدورية 10-15 شخصاً", [("10", "count", 10, None), ("15", "count", 15, None)]),
    ("خفضت الوقت من 10 أيام إلى ثلاثة أيام", [("10", "duration", 10, None), ("ثلاثة", "duration", 3, None)]),
    # ratios
    ("ويبلغ المعدل 241/439 قضية", [("241/439", "ratio", 241, 439)]),
    ("أنشأت ٦٢/١٤٣ بلدية نقاطاً للإنقاذ", [("٦٢/١٤٣", "ratio", 62, 143)]),
    ("وتوضيح 3,106 من أصل 3,541 قضية جنائية", [("3,106 من أصل 3,541", "ratio", 3106, 3541)]),
    ("سجلت 12 قضية /15 قضية", [("12", "count", 12, None), ("15", "count", 15, None)]),
    # multipliers
    ("شارك فيها 16 ألف شخص", [("16 ألف", "count", 16000, None)]),
    ("وقع على 10 آلاف تعهد", [("10 آلاف", "count", 10000, None)]),
    ("صودرت 2.5 مليون علبة", [("2.5 مليون", "count", 2.5e6, None)]),
    ("تلقى 3 ملايين مستخدم التحذير", [("3 ملايين", "count", 3e6, None)]),
    ("قيمة البضائع المضبوطة 38 مليار دونغ", [("38 مليار", "count", 38e9, None)]),
    ("بيع البضائع المصادرة ١٢٥٫٦ مليار دونغ", [("١٢٥٫٦ مليار", "count", 125.6e9, None)]),
    ("جمعت لجنة الجبهة الإقليمية 38 مليار دونغ", [("38 مليار", "count", 38e9, None)]),
    ("حشدت ثلاثة آلاف ضابط", [("ثلاثة آلاف", "count", 3000, None)]),
    ("جمعت ما بين مليونين وثلاثة ملايين دونغ", [("مليونين", "count", 2e6, None), ("ثلاثة ملايين", "count", 3e6, None)]),
    # number words, genders, cases, compounds
    ("تم ضبط خمسة وعشرين متهماً", [("خمسة وعشرين", "count", 25, None)]),
    ("اكتشفت الشرطة أحد عشر وكراً", [("أحد عشر", "count", 11, None)]),
    ("منح شهادات تقدير لإحدى عشرة جماعة", [("إحدى عشرة", "count", 11, None)]),
    ("كرم اثني عشر فرداً وثلاث عشرة جماعة", [("اثني عشر", "count", 12, None), ("ثلاث عشرة", "count", 13, None)]),
    ("استقبل المركز ثلاثمائة شخص", [("ثلاثمائة", "count", 300, None)]),
    ("يضم المركز نحو مائتي نزيل", [("مائتي", "count", 200, None)]),
    ("لـ سبع جماعات وعشرة أفراد", [("سبع", "count", 7, None), ("عشرة", "count", 10, None)]),
    ("أقنعنا ألفاً وخمسمائة أسرة", [("ألفاً وخمسمائة", "count", 1500, None)]),
    ("المعايير الثلاثة", [("الثلاثة", "count", 3, None)]),
    ("أرسلت النيابة أربعة مدعين عامين", [("أربعة", "count", 4, None)]),
    ("وكانت أكبر خسارة لضحية واحدة", [("واحدة", "count", 1, None)]),
    # ordinals for ranks, with and without a total
    ("احتلت المقاطعة المرتبة الثامنة على مستوى البلاد", [("الثامنة", "rank", 8, None)]),
    ("واحتلت المرتبة الحادية عشرة", [("الحادية عشرة", "rank", 11, None)]),
    ("احتلت لاو كاي المرتبة الثامنة من بين 63 مقاطعة", [("الثامنة من بين 63", "rank", 8, 63)]),
    ("المرتبة الأولى من بين خمس وحدات", [("الأولى من بين خمس", "rank", 1, 5)]),
    ("لا يزال المؤشر في المرتبة 34، بانخفاض", [("34", "rank", 34, None)]),
    ("كانت أول بلدية تطبق النموذج", [("أول", "rank", 1, None)]),
    # duals imply two
    ("سُجِّلت حادثتان تتعلقان بالأمن", [("حادثتان", "count", 2, None)]),
    ("سجلت البلدية منطقتين نموذجيتين", [("منطقتين", "count", 2, None)]),
    ("خلال العامين الماضيين", [("العامين", "duration", 2, None)]),
    ("وأقرت البلدية سياستين ووجهتي نظر", [("سياستين", "count", 2, None), ("وجهتي", "count", 2, None)]),
    # durations and ages
    ("حصلت على تصنيف ممتاز لمدة ثلاث سنوات متتالية", [("ثلاث", "duration", 3, None)]),
    ("في الأشهر الستة الأولى من عام 2024", [("الستة", "duration", 6, None)]),
    ("تستمر الرئاسة لمدة سنة واحدة", [("واحدة", "duration", 1, None)]),
    ("لإنقاذ طفلة تبلغ من العمر ست سنوات", [("ست", "duration", 6, None)]),  # an age (GUIDELINES §7, 35)
]


@pytest.mark.parametrize("text, expected", FORMS, ids=[t for t, _ in FORMS])
def test_number_forms(detect, text, expected):
    got = detect(text)
    assert [(n["surface"], n["type"], n["value"], n["total"]) for n in got] == \
        [(s, t, pytest.approx(v), tot) for s, t, v, tot in expected]
    cursor = 0
    for n, (surface, *_) in zip(got, expected):  # exact offsets: the surface where it first occurs
        assert n["start"] == text.index(surface, cursor)
        cursor = n["end"]


NOT_FACTS = [
    "عقدت اللجنة التوجيهية الإقليمية 138 مؤتمراً",
    "واللجان التوجيهية 138 و1523 للمقاطعات",
    "لتنفيذ القرار رقم 15-NQ/TU للجنة الدائمة",
    "أعلن القرار رقم 95/QD-BCĐ389 الصادر عن اللجنة",
    "بعد العاصفة رقم 3 في سبتمبر",
    "في تنفيذ مشروع 06، احتلت المقاطعة",
    "والتنفيذ الفعال للمشروع 06.",
    "عبر الخط الساخن 113 أو لأقرب مركز شرطة",
    "إلى جانب قادة لواء المشاة 316 وقادة الإدارات",
    "في المنطقة 7 دون وقوع أي أعمال شغب",
    "في عام 2023، وفي ٢٠٢١",
    "مقارنة بعام 2022",
    "نغوين فان كوونغ (مواليد 1986، مقيم في بلدية ثانه هاي)",
    "اليوم، 15 مارس، وفي 31 مايو 2023",
    "بتاريخ 5/12/2024",
    "في حوالي الساعة 23:30 من يوم",
    "في حوالي الساعة 10 صباحاً",
    "في حوالي الساعة الثانية من فجر يوم",
    "هوانغ فو مصدر تعليق (0)",
    "ثين في [إعلان 2] رابط المصدر",
    "الخطة\n2.1. النتائج الرئيسية",
    'أطلقت الشرطة حملة "100 يوم وليلة" لمكافحة الجريمة',
    'تحت شعار "3 فقط، 4 واضح، 5 أكثر"',
    'ومن النماذج المتميزة نموذج "الأسر العشر المترابطة في الأمن"',
    "ويعد هذا المهرجان واحداً من المهرجانات",
    "داهمت القوات في وقت واحد المواقع",
    "أصيب أحد المتهمين بجروح",
    "إلى جانب آلاف السكان من القرى",
    "وحضر الملازم أول هوانغ ثي ثاو",
    "للبحث والإنقاذ البحري للمنطقة الثانية",
    "الرسالة إلى 88591 - Stc 635031",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_facts(detect, text):
    assert [n["surface"] for n in detect(text)] == []


def test_reported_speech_keeps_its_facts(facts):
    got = facts('وقال: "ضبطنا 15 متهماً"، وأطلقت الشرطة حملة "100 يوم وليلة".')
    assert [g[:3] for g in got] == [("15", "count", 15.0)]


@pytest.mark.parametrize("text, expected", [
    ("9999999999999999999 قضية", []),
    ("1,2,3,4", []),
    ("٪٪", []),
    ("/", []),
    ("٣3 متهم و١٢٫5٪", []),  # two digit systems in one number
    ("3ر62 مليون شخص", [("3ر62 مليون", 62.3e6)]),  # the wire decimal, fraction first (real-news gold: «50ر11» 11.5)
    ("قضية5", [("5", 5)]),  # glued to a word: the digits alone, never the word
    ("ضبطت 5قضايا", [("5", 5)]),
    ("نحو13 ألف شريحة", [("13 ألف", 13000)]),
    ("أحد " * 300, []),
    ("مليون مليون", [("مليون", 1e6), ("مليون", 1e6)]),
    ("ثلاثة وعشرون و" * 50, [("ثلاثة وعشرون", 23)] * 50),  # a chain that breaks the order is not one number
])
def test_bad_input_no_exception_no_invented_fact(detect, text, expected):
    assert [(n["surface"], n["value"]) for n in detect(text)] == expected


TOKENS = ["3,106", "٣٬١٠٦", "7.1", "٪", "%", "/", "-", "ألف", "ملايين", "خمسة", "وعشرون", "و", "عشر", "قضية",
          "المرتبة", "الثامنة", "من", "أصل", "بين", "رقم", "2023", "(", ")", '"', "«", "»", ":", "،", ".", "NQ",
          "حادثتان", "واحدة", "أول", "كانت", "الساعة", "23", "9999999999999999999", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from(["", " "])), max_size=25))
def test_any_token_soup_keeps_offsets(detect, parts):
    text = "".join(tok + sep for tok, sep in parts)
    got = detect(text)  # the fixture checks every span against the text
    assert all(a["end"] <= b["start"] for a, b in zip(got, got[1:]))
    assert all(math.isfinite(n["value"]) and n["value"] >= 0 for n in got)


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


def test_one_after_its_noun_counts_that_noun(facts):
    got = facts("عمل الرائد في المنطقة الحدودية مدة سنة واحدة قبل نقله.")
    assert [(g[0], g[2], g[8]) for g in got] == [("واحدة", 1.0, "سنة")]


def test_multipliers_and_qualifiers(facts):
    got = facts("شارك فيها ما يقرب من 16 ألف شخص؛ وقع على أكثر من 10 آلاف تعهد")
    assert [(g[0], g[2], g[6]) for g in got] == [("16 ألف", 16000.0, "approx"), ("10 آلاف", 10000.0, "gt")]


def test_dual_and_duration_links(facts):
    got = facts("في عام ٢٠٢١، سُجِّلت حادثتان تتعلقان بالأمن. حصلت البلدية على تصنيف ممتاز لمدة ثلاث سنوات متتالية.")
    assert [(g[0], g[1], g[2], g[7]) for g in got] == [("حادثتان", "count", 2.0, "2021"), ("ثلاث", "duration", 3.0, None)]
    assert got[1][8].startswith("سنوات")
