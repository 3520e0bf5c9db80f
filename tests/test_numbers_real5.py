"""Number rules from the fifth pass over real news (issue 15), each on a sentence written for the test
(GUIDELINES §3, §7, decisions 33, 34, 74, 129)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(fact_tuples):
    return fact_tuples


@pytest.mark.parametrize("text, surface, value, subject", [
    ("وأشاد المدرب بأداء اللاعبات الصغيرات الخمس اللواتي شاركن في البطولة.", "الخمس", 5.0, "اللاعبات الصغيرات"),
    ("وكرمت الجمعية أمس الطالبات المتفوقات الثلاث اللاتي فزن بالمسابقة.", "الثلاث", 3.0, "الطالبات المتفوقات"),
])
def test_number_before_any_relative_pronoun_counts_the_noun_before(read, text, surface, value, subject):
    """A definite number word before a relative pronoun counts the noun before it (adjudication 34); the subject rule
    reads the same relative pronouns as the detector (detect.RELATIVES), the feminine plural ones included."""
    assert read(text) == [(surface, "count", value, subject)]


@pytest.mark.parametrize("text, surface", [
    ("ونقلت سيارة الإسعاف مصابَين من موقع الانهيار إلى المستشفى.", "مصابَين"),
    ("ويؤجل تنفيذ الحكم حتى بلوغ القاصريْن سن الرشد.", "القاصريْن"),
])
def test_dual_by_its_written_vowel(read, text, surface):
    """A fatha before «ين» or a sukun on its «ي» writes the dual out, which the bare form leaves ambiguous with the
    sound plural: count 2 (§3 duals, decision 33)."""
    assert [(s, t, v) for s, t, v, _ in read(text)] == [(surface, "count", 2.0)]


@pytest.mark.parametrize("text", [
    "وزار المحافظ المصابِين في مستشفى المدينة.",
    "وعاد مصابين كثر إلى منازلهم بعد العلاج.",
    "وبحث الاجتماع العلاقات بَيْنَ البلدين الجارين اليوم.",
])
def test_plural_in_ين_is_no_dual_without_the_vowel(read, text):
    """The sound plural «مصابِين» (kasra), or the bare «مصابين», counts nothing: the dual lexicon keeps no form that was
    a dual in the gold only by its vowel (scripts/build_number_lexicon.py); «بَيْنَ» is no noun."""
    assert [s for s, *_ in read(text) if "ين" in s and "البلدين" not in s] == []


@pytest.mark.parametrize("text, surface, subject", [
    ("وتستعد المدينة لحدثين رياضيين هذا الصيف.", "حدثين", "حدثين رياضيين"),
    ("وأوقفت الدورية امرأة ورجلين كانا في السيارة.", "رجلين", "رجلين"),
    ("وأصيب الحارس بعيارين ناريين في ساقه.", "عيارين", "عيارين ناريين"),
])
def test_glued_proclitic_stays_outside_a_dual_and_its_subject(read, text, surface, subject):
    """A glued «ب/ك/ل/و» before a dual whose singular is the commoner word stays outside the span and the subject,
    which starts with the dual word (§3 span, §6 proclitics, decision 74)."""
    assert [(s, v, subj.split()[0]) for s, _, v, subj in read(text)] == [(surface, 2.0, subject.split()[0])]


@pytest.mark.parametrize("text, surface", [
    ("وذكر المراسل أن محوري السوق والمطار يشهدان هدوءا تاما.", "محوري"),
    ("ويرى المؤرخون أن هجومي بدر وأحد هما الأشهر في السيرة.", "هجومي"),
])
def test_construct_dual_before_a_pair_that_agrees(read, text, surface):
    """After «أن/إن/بأن» a construct -ي word before two genitives joined by «و» that a dual verb or «هما» follows is
    their dual (decisions 74, 129), though its -ي form is also a nisba adjective («محوري», «هجومي»)."""
    assert [(s, t, v) for s, t, v, _ in read(text)] == [(surface, "count", 2.0)]


def test_construct_after_that_needs_the_pair_to_agree(read):
    """After «أن» a pair with no dual verb or «هما» after it leaves the -ي word alone (a nisba adjective or «my»)."""
    assert read("وأكد بأن محوري الحديث هو الأمن والاقتصاد.") == []


@pytest.mark.parametrize("text, surface, value", [
    ("وأعلنت الشرطة عن ضبط أكثر \"من ثلاثمئة مخالفة\" خلال الحملة.", "ثلاثمئة", 300.0),
    ("وقال المدرب: إن اللاعبين «الثلاثة غادروا المعسكر أمس».", "الثلاثة", 3.0),
    ("وبلغت تكلفة الجسر 60 مليون ريال \"16 مليون دولار\" تقريبا.", "16 مليون", 16e6),
])
def test_quote_that_is_no_name_keeps_its_figure(read, text, surface, value):
    """A short quote is a name or slogan (§6) unless it is speech (a verb of saying and its colon before it), a phrase
    opened by a preposition, or a figure with its multiplier and currency (emphasis, like a figure alone)."""
    assert (surface, value) in [(s, v) for s, _, v, _ in read(text)]


@pytest.mark.parametrize("text", [
    "وأطلقت البلدية حملة \"في 100 يوم\" لتنظيف الأحياء.",
    "ورفع المتظاهرون شعار \"3 مطالب فقط\" أمام المبنى.",
])
def test_quoted_name_keeps_no_figure(read, text):
    """After a name head («حملة», «شعار») the quote is a name even when it opens with a preposition (§6)."""
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "وقال الشاهد إن المصابين كانوا بين 10 أو 12 في المكان.",
    "وتراوحت أعمار الفائزين بين 18 وال25 من العمر.",
])
def test_particle_alone_is_no_subject(read, text):
    """A particle or preposition left alone where the counted noun would stand («أو», «وال») counts nothing: the
    subject is null (GUIDELINES §3 subject)."""
    assert [subj for *_, subj in read(text)] == [None, None]


@pytest.mark.parametrize("text, surface, value", [
    ("وقد تم توجيه 6 فرق إسعاف إلى موقع الحادث.", "6", 6.0),
    ("ويتم تعليق 12 رحلة بسبب العاصفة.", "12", 12.0),
])
def test_identifier_head_after_passive_auxiliary_is_an_action(read, text, surface, value):
    """After «تم/يتم» an identifier head («توجيه», «تعليق») is the verbal noun of an action, and the figure after it
    counts its object (§3 counts), unlike «التوجيه 12» (a directive's number)."""
    assert [(s, v) for s, _, v, _ in read(text)] == [(surface, value)]


def test_identifier_head_alone_names_its_number(read):
    """Without the auxiliary «توجيه 12» is a directive's number, no count (§3 identifiers)."""
    assert read("وأشار البيان إلى توجيه 12 الصادر عن الوزارة.") == []


@pytest.mark.parametrize("text, expected", [
    ("وكرم الأمير الحافظين والحافظات لكتاب الله في الحفل.", []),
    ("وشارك في الحفل لاعبين ولاعبات من الأندية.", []),
    ("وكرمت الجمعية المتفوقين الاثنين في المسابقة.", [("الاثنين", 2.0)]),
])
def test_masculine_and_feminine_plural_pair_is_no_dual(read, text, expected):
    """An -ين word before «و» and its own stem in -ات («المتفوقين والمتفوقات») is the masculine plural of a
    masculine/feminine pair, no dual (§3 duals)."""
    assert [(s, v) for s, _, v, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("ويستقبل المركز مرضى نفسيين من مختلف المدن.", []),
    ("واتهمت الحكومة جنودا شماليين بإطلاق النار.", []),
    ("وخطف المسلحون أفغانيين يعملان في المزرعة.", [("أفغانيين", 2.0)]),
])
def test_nisba_adjective_after_a_broken_plural_is_no_dual(read, text, expected):
    """A nisba adjective in -يين right after an indefinite noun that is no dual («مرضى», «جنودا») agrees with a broken
    plural, no count; a dual verb after it makes it a dual noun (§3 duals, decision 33)."""
    assert [(s, v) for s, _, v, _ in read(text)] == expected


def test_word_after_ghair_is_an_adjective(read):
    """«غير» + an -ين word is a negated adjective («غير الخطرين»: the non-dangerous), no dual noun (§3 duals)."""
    assert read("وقررت المحكمة الإفراج عن المتهمين غير الخطرين بكفالة.") == []
