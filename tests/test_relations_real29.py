"""located_in of the twenty-ninth real-news pass: a security or armed force joined by a bare «و» to a force or body
right before it shares the place phrase with it, which says where the pair acts (an attack, a checkpoint, a clash),
not where the second force alone is (decision 142: the noun right before the body decides; as the sides of a clash).
Bodies of other kinds in a list keep their own place. Every sentence here is written for the test; entities are given
as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, org, place", [
    ("وأصيب أربعة من عناصر [[الجيش|ORG]] و[[الشرطة|ORG]] في [[قضاء الحويجة|LOC]] مساء أمس.", "الشرطة", "قضاء الحويجة"),
    ("واستهدف الهجوم [[الحرس الوطني|ORG]] و[[القوات الخاصة الفرنسية|ORG]] في [[مدينة غاو|LOC]] فجر الأحد.",
     "القوات الخاصة الفرنسية", "مدينة غاو"),
    ("وتقدمت [[قبائل الجوف|ORG]] و[[المقاومة الوطنية|ORG]] في [[وادي الرمل|LOC]] بعد معارك عنيفة.",
     "المقاومة الوطنية", "وادي الرمل"),
    ("وقال إن دوريات جيش و[[شرطة الحدود|ORG]] في [[منطقة الرمال|LOC]] أوقفت المهربين.", "شرطة الحدود", "منطقة الرمال"),
])
def test_second_force_of_a_pair_takes_no_place(rels, text, org, place):
    # decision 142: the place phrase after «X وقوات Y في Z» is the pair's field of action, not Y's seat
    assert ("located_in", org, place) not in rels(text)


def test_force_alone_keeps_its_place(rels):
    # without a first side the surface rule of decision 142 stands («قوات X في Y»)
    got = rels("وأعلنت [[القوات الخاصة الفرنسية|ORG]] في [[مدينة غاو|LOC]] انتهاء العملية.")
    assert ("located_in", "القوات الخاصة الفرنسية", "مدينة غاو") in got


@pytest.mark.parametrize("text, org, place", [
    ("وشارك في الحملة [[الهلال الأحمر|ORG]] و[[مركز الأورام|ORG]] ب[[مدينة الدمام|LOC]] طوال الأسبوع.",
     "مركز الأورام", "مدينة الدمام"),
    ("ونظمت [[جمعية البر|ORG]] و[[لجنة التنمية الأهلية|ORG]] في [[محافظة القريات|LOC]] الحفل.",
     "لجنة التنمية الأهلية", "محافظة القريات"),
])
def test_other_bodies_in_a_pair_keep_their_place(rels, text, org, place):
    # §4: an institution named with its place («ومركز X بمدينة Y») stays located there, also as a second item
    assert ("located_in", org, place) in rels(text)


def test_bracketed_member_list_after_a_body_is_no_container(rels):
    # decision 239 reads a bracket that names the container itself («X (Y)»); a list of members is none
    got = rels("وتضم [[مجموعة العشرين|ORG]] ([[كندا|LOC]] واليابان وإيطاليا) أكبر اقتصادات العالم.")
    assert ("located_in", "مجموعة العشرين", "كندا") not in got


def test_bracketed_container_after_a_body(rels):
    # decision 239: a bracket that names one place right after the body is its container
    got = rels("وقال أستاذ في [[جامعة بيرغن|ORG]] ([[النرويج|LOC]]) إن الدراسة اكتملت.")
    assert ("located_in", "جامعة بيرغن", "النرويج") in got


@pytest.mark.parametrize("text, org, place", [
    ("والتقى الوزير بممثل [[منظمة الصحة العالمية|ORG]] المقيم في [[عمّان|LOC]] أمس.", "منظمة الصحة العالمية", "عمّان"),
    ("وأعلن موعد الجمعية العمومية لـ[[الاتحاد الآسيوي|ORG]] المقررة في [[كوالالمبور|LOC]] الشهر المقبل.",
     "الاتحاد الآسيوي", "كوالالمبور"),
    ("وتبنى الهجوم [[تنظيم الشباب|ORG]] الخميس في [[مقديشو|LOC]] بحسب بيان.", "تنظيم الشباب", "مقديشو"),
])
def test_participle_or_weekday_after_a_body_parts_the_place(rels, text, org, place):
    # decision 142: a participle after «N + ORG» agrees with N, a weekday dates the event; the place is theirs
    assert ("located_in", org, place) not in rels(text)


@pytest.mark.parametrize("text, org, place", [
    ("وأوضح مدير [[المستشفى التخصصي|ORG]] الجديد في [[مدينة حائل|LOC]] أن الافتتاح قريب.",
     "المستشفى التخصصي", "مدينة حائل"),
    ("وقالت [[اللجنة الأولمبية|ORG]] الكويتية في [[الكويت|LOC]] إن الفريق جاهز.", "اللجنة الأولمبية", "الكويت"),
])
def test_adjective_of_the_body_keeps_the_place(rels, text, org, place):
    # decision 7: an adjective of the body between it and «في/ب» does not part the place
    assert ("located_in", org, place) in rels(text)
