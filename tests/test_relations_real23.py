"""located_in of the twenty-third real-news pass, fitted on real-train (GUIDELINES §4 «when the text states it»,
§7 decisions 6, 142, 206): a body placed in the first of a list of units of one head noun is in each; places
named after «وتحديدا» + a plural unit noun are parts of the unit before; a body that «takes» a place as its seat
(«يتخذ من X مقرا») is in it; the third unit of a bare chain after its preposition. Every sentence here is written
for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


def test_body_in_a_list_of_regions(rels):
    # «فروع وزارة X في منطقة A، المنطقة B، ومنطقة C»: the branches are in every region of the list (§4)
    got = rels("وتم التنسيق بين فروع [[وزارة الإسكان|ORG]] في [[منطقة الجوف|LOC]]، [[المنطقة الوسطى|LOC]]، "
               "[[منطقة حائل|LOC]]، و[[منطقة تبوك|LOC]] لحصر الطلبات.")
    for place in ("منطقة الجوف", "المنطقة الوسطى", "منطقة حائل", "منطقة تبوك"):
        assert ("located_in", "وزارة الإسكان", place) in got


def test_list_of_regions_stops_at_another_head_noun(rels):
    # a chain «في بلدية X، محافظة Y» is no list: the body is in the first unit only
    got = rels("وافتتح [[مكتب البريد|ORG]] في [[بلدية النور|LOC]]، [[محافظة الوادي|LOC]] فرعا جديدا.")
    assert ("located_in", "مكتب البريد", "بلدية النور") in got
    assert ("located_in", "مكتب البريد", "محافظة الوادي") not in got


def test_places_after_specifically_and_a_plural_unit(rels):
    # «داخل محافظة X الجنوبية، وتحديدا مناطق A، وB، وC»: each listed area is in the unit before (§4)
    got = rels("وسقطت القذائف داخل [[محافظة الساحل|LOC]] الجنوبية، وتحديدا مناطق [[الرملة|LOC]]، و[[الصفا|LOC]]، "
               "و[[الغدير|LOC]]، وفق المصادر.")
    for place in ("الرملة", "الصفا", "الغدير"):
        assert ("located_in", place, "محافظة الساحل") in got


def test_specifically_without_a_plural_unit_gives_none(rels):
    # «البلاد وتحديدا في X»: no unit noun names X a part of the place before
    got = rels("وعاد إلى [[محافظة الساحل|LOC]] وتحديدا في [[الرملة|LOC]] بعد غياب.")
    assert ("located_in", "الرملة", "محافظة الساحل") not in got


@pytest.mark.parametrize("text, org, place", [
    ("وقال متحدث باسم [[الاتحاد الآسيوي|ORG]] الذي يتخذ من [[كوالالمبور|LOC]] مقرا له إن القرار نهائي.",
     "الاتحاد الآسيوي", "كوالالمبور"),
    ("وأعلنت [[المنظمة|ORG]] التي تتخذ من [[جنيف|LOC]] مقراً لها أنها سترسل فريقا.", "المنظمة", "جنيف"),
])
def test_body_taking_a_place_as_seat(rels, text, org, place):
    assert ("located_in", org, place) in rels(text)


def test_taking_a_place_without_seat_noun_gives_none(rels):
    # «تتخذ من X منطلقا»: a base for operations, not the body's seat
    got = rels("وقالت [[المنظمة|ORG]] التي تتخذ من [[جنيف|LOC]] منطلقا لحملتها إن العمل بدأ.")
    assert ("located_in", "المنظمة", "جنيف") not in got


def test_third_unit_of_a_bare_chain(rels):
    # «في X منطقة Y محافظة Z»: a chain of units after its preposition, link by link (decision 206)
    got = rels("وقصفت المدفعية منازل في [[الحصن|LOC]] [[منطقة الوادي|LOC]] [[محافظة الساحل|LOC]] صباح أمس.")
    assert ("located_in", "الحصن", "منطقة الوادي") in got
    assert ("located_in", "منطقة الوادي", "محافظة الساحل") in got
