"""Enforcement rules of the seventeenth real-news frames pass (GUIDELINES §4 suspects, §7 decisions 39, 61, 82): the
offender nouns «جاني/جناة» but not «الجانبين», a figure of those killed through «أودى بحياة» or martyred, dead or
wounded after the arrest, the count before a passive plural arrest verb («ضبطوا»، «أوقفا»), a time phrase between
«القبض» and «على», a figure in brackets after «القبض على», a name in apposition to the person caught, and the act a
person caught tried («حاول»). Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]]), numbers come from the numbers stage."""
from __future__ import annotations

import pytest


def _slots(frames, marked: str) -> list[dict]:
    return [f[2] for f in frames(marked, "enforcement")]


def _suspects(frames, marked: str) -> list:
    return [s.get("suspects") for s in _slots(frames, marked)]


def test_the_two_sides_are_no_offenders(frames):
    # «جان» (offender) is a stem of «الجانبين» (the two sides): only «جاني/جناة» count persons caught, and the person
    # named after the arrest is the suspect
    marked = "واعتقلت الشرطة [[سامر الخطيب|PER]] بعد أن فصلت بين الجانبين في الساحة."
    assert _suspects(frames, marked) == [["سامر الخطيب"]]


def test_those_killed_through_awda_bihayat_are_no_suspects(frames):
    # decision 82: a figure of the dead counts no suspects
    marked = "وألقت الشرطة القبض على خلية نفذت التفجير الذي أودى بحياة 27 شخصا في السوق."
    assert all("27" not in (s or []) for s in _suspects(frames, marked))


@pytest.mark.parametrize("marked, figure", [
    # decision 82 again: those martyred, dead or wounded after the arrest are counted, not caught
    ("وضبطت الأجهزة الأمنية مواد متفجرة وأسلحة، وقد استشهد في تلك العمليات (12) من رجال الأمن.", "12"),
    ("وتمكنت الدوريات من ضبط مستودع للذخائر، وتوفي 4 أشخاص خلال المداهمة.", "4"),
    ("وألقت الشرطة القبض على عصابة السرقة، كما أصيب (9) من المارة في الاشتباك.", "9"),
])
def test_the_martyred_dead_and_wounded_after_an_arrest_are_no_suspects(frames, marked, figure):
    assert all(figure not in (s or []) for s in _suspects(frames, marked))


@pytest.mark.parametrize("marked, figure", [
    # §4 suspects: the subject of a passive plural or dual arrest verb, whatever its noun
    ("وتفرج السلطات عن 30 صيادا كانوا يعملون في البحر ضبطوا داخل المياه الإقليمية.", "30"),
    ("وأعلنت النيابة أن اثنين من السجناء السابقين أوقفا في المطار.", "اثنين"),
])
def test_count_before_a_passive_plural_arrest_verb(frames, marked, figure):
    assert _suspects(frames, marked) == [[figure]]


@pytest.mark.parametrize("marked, suspects", [
    # §4 suspects: the object after «على» when a time phrase stands between it and «القبض»
    ("وألقت الشرطة القبض، مساء الجمعة، على 18 طالبا في المطار.", ["18"]),
    ("وألقت الشرطة القبض في وقت متأخر من ليل الأحد على المتهم [[سامر العلي|PER]] قرب الحدود.", ["سامر العلي"]),
])
def test_a_time_phrase_before_ala(frames, marked, suspects):
    assert _suspects(frames, marked) == [suspects]


def test_a_figure_in_brackets_after_the_arrest(frames):
    assert _suspects(frames, "وأعلنت الوزارة إلقاء القبض على (215) من أعضاء الشبكة.") == [["215"]]


def test_a_name_in_apposition_to_the_person_caught(frames):
    # decision 61: the PER of the person caught, named after a comma
    marked = "وأصدرت المحكمة أمرا بإلقاء القبض على المتهم، [[كريم الهادي|PER]]، مدير الشركة."
    assert _suspects(frames, marked) == [["كريم الهادي"]]


def test_the_act_a_person_caught_tried_is_the_offence(frames):
    # decision 39: the act without the attempt
    marked = "وتمكنت الشرطة من ضبط مواطن حاول سرقة سيارة إسعاف عقب الحادث."
    assert [s.get("offence") for s in _slots(frames, marked)] == [["سرقة سيارة إسعاف"]]
