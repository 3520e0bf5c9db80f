"""Enforcement rules of the fourteenth real-news frames pass (GUIDELINES §4 suspects/offence, §7 decisions 37, 39, 61,
82, 154): more nouns of persons caught, the members of a group caught, dismantling a cell, a figure of other suspects,
names listed after «وهم:» or «كل من», a quoted name or one after a bare noun, figures glued to a preposition, a quoted
charge and «الانتماء إلى» after «بتهمة», and arrests only called for. Every sentence here is written for the test;
entities are given as gold (marked [[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


@pytest.mark.parametrize("marked, figure", [
    # nouns of persons caught (§4 suspects): young men, workers, people convicted, persons involved
    ("واعتقلت الشرطة نحو 20 شابا في الحي.", "20"),
    ("وتمكنت الدوريات من ضبط 15 عاملا مخالفا في المزرعة.", "15"),
    ("كما تم ضبط (24) محكوماً عليهم خلال الحملة.", "24"),
    ("وأعلنت الوزارة ضبط عدد من السيارات و9 من المتورطين في السرقة.", "9"),
])
def test_more_nouns_count_persons_caught(frames, marked, figure):
    assert [s.get("suspects") for s in _slots(frames, marked)] == [[figure]]


@pytest.mark.parametrize("marked, figure", [
    # decision 39: the count of the members of a group caught is the suspects
    ("وألقت الشرطة القبض على شبكة تضم خمسة كويتيين في العاصمة.", "خمسة"),
    ("وأوقفت الأجهزة خلية مكونة من سبعة مراهقين في المدينة.", "سبعة"),
])
def test_members_of_a_group_caught_are_the_suspects(frames, marked, figure):
    assert [s.get("suspects") for s in _slots(frames, marked)] == [[figure]]


def test_dismantling_a_cell_is_an_arrest(frames):
    # decision 82: «فككت … خلايا»، «تفكيك شبكة» open enforcement; «ف» of «فكك» is a root letter, not a conjunction
    got = frames("وفككت الأجهزة الأمنية خلية تضم ستة مراهقين في الجنوب.", "enforcement")
    assert [f[2].get("suspects") for f in got] == [["ستة"]]
    assert frames("ونجح الخبراء في تفكيك قنبلة تضم خمسة كيلوغرامات من المتفجرات.", "enforcement") == []
    assert frames("وقال إن القسم فكك قضيتين كبيرتين للاحتيال.", "enforcement") == []


def test_a_figure_of_other_suspects_is_no_restatement(frames):
    # decision 154 drops a later figure that repeats an earlier one; «الآخرين» counts other persons
    got = _slots(frames, "واعتقلت الشرطة أربعة أشخاص في المدينة. وأصدرت النيابة مذكرات اعتقال بحق أربعة من "
                         "المشتبه بهم الآخرين.")
    assert [s.get("suspects") for s in got] == [["أربعة"], ["أربعة"]]


def test_names_listed_after_wahum_are_the_suspects(frames):
    # decision 61: a plural pronoun object takes the persons named for it, every one
    got = _slots(frames, "وتم تحديد هوياتهم والقبض عليهم، وهم: [[سامي خالد|PER]] (30 عاما)، و[[فارس عادل|PER]] "
                         "(25 عاما).")
    assert [s.get("suspects") for s in got] == [["سامي خالد", "فارس عادل"]]
    got = _slots(frames, "وكان ثلاثة منهم سبق إيقافهم في قضايا سابقة (وهم: [[ناصر فهد|PER]]، [[بدر سعد|PER]]، "
                         "و[[راشد علي|PER]]).")
    assert got and got[0]["suspects"][-3:] == ["ناصر فهد", "بدر سعد", "راشد علي"]


def test_names_after_kull_min_are_the_suspects(frames):
    got = _slots(frames, "وتم إلقاء القبض على كل من [[ماجد سالم|PER]] (30 عاما)، و[[حسن علي|PER]] (28 عاما) في "
                         "الميناء.")
    assert [s.get("suspects") for s in got] == [["ماجد سالم", "حسن علي"]]


@pytest.mark.parametrize("marked, suspect", [
    # a quoted name, and a name after one bare noun that describes the person
    ('وأعلنت الشرطة أنه تم القبض على "[[ليلى حسن|PER]]" في منزلها.', "ليلى حسن"),
    ("وقال المتحدث إنه تم اعتقال حاجي [[نور محمد|PER]] قائد المجموعة.", "نور محمد"),
])
def test_the_named_person_after_a_quote_or_a_bare_noun(frames, marked, suspect):
    assert [s.get("suspects") for s in _slots(frames, marked)] == [[suspect]]


def test_a_figure_glued_to_a_preposition_counts_no_suspects(frames):
    # «بقتلها لعشرة أشخاص»: the persons an act was done to
    got = _slots(frames, 'وتم القبض على "[[ليلى حسن|PER]]" التي اعترفت بقتلها لعشرة أشخاص.')
    assert [s.get("suspects") for s in got] == [["ليلى حسن"]]


@pytest.mark.parametrize("marked, offence", [
    # decision 61: the charge is the offence; quotes outside, «إلى» of a verbal noun's object inside
    ("وأوقفت الشرطة رجلين بتهمة «تمويل جماعة مسلحة» الأسبوع الماضي.", "تمويل جماعة مسلحة"),
    ("واعتقلت السلطات 30 شخصا بتهمة الانتماء إلى جماعة محظورة.", "الانتماء إلى جماعة محظورة"),
])
def test_charge_after_tuhma(frames, marked, offence):
    assert [s.get("offence") for s in _slots(frames, marked)] == [[offence]]


@pytest.mark.parametrize("marked", [
    # decision 37: a call for an arrest or a duty to make it is no reported arrest
    "وطالب الأهالي بضرورة إلقاء القبض على الشابين فورا.",
    "وقالت إنه ليس لها التزام بإلقاء القبض على [[كمال يوسف|PER]] أثناء زيارته.",
])
def test_an_arrest_called_for_opens_none(frames, marked):
    assert frames(marked, "enforcement") == []
