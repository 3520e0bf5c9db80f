"""located_in of the twenty-fifth real-news pass, fitted on real-train (GUIDELINES §4, §7 decisions 142, 279):
a body's own seat named after it («ORG في مقرها الصيفي بـLOC»); a «حيث» clause right after a place that puts a body
there («LOC حيث كان يعمل في ORG»، «LOC، حيث مقر ORG»); «في العاصمة + nationality adjective + LOC»; «حلفاء» before a
capital keeps the place phrase off the capital; a road verb before «بالعاصمة + adjective» states no containment.
Every sentence here is written for the test; entities are given as gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, place", [
    ("وأصدرت [[المحكمة الإدارية العليا|ORG]] في مقرها الصيفي ب[[محافظة الطائف|LOC]] حكما جديدا.",
     "المحكمة الإدارية العليا", "محافظة الطائف"),
    ("وعقدت [[الهيئة الوطنية للتراث|ORG]] اجتماعها الشهري في مقرها الدائم في [[مدينة نابلس|LOC]] أمس.",
     "الهيئة الوطنية للتراث", "مدينة نابلس"),
    ("وذلك خلال الجلسة التي عقدتها [[لجنة التحكيم الرياضي|ORG]] بمقرها ب[[الدوحة|LOC]] يوم الأحد.",
     "لجنة التحكيم الرياضي", "الدوحة"),
])
def test_own_seat_after_the_body(rels, text, body, place):
    # decision 142: «المحكمة … في مقرها الصيفي بمحافظة جدة» → located_in (the body's seat is in the place)
    assert ("located_in", body, place) in rels(text)


def test_seat_of_another_noun_is_not_the_body(rels):
    # another noun between the body and «مقره» may own the seat: «استقبل ORG الوفد في مقره»
    got = rels("واستقبل [[نادي الشباب|ORG]] الوفد الزائر في مقره الرئيسي في [[مدينة صور|LOC]] أمس.")
    assert ("located_in", "نادي الشباب", "مدينة صور") not in got


@pytest.mark.parametrize("text, body, place", [
    ("ثم انتقل إلى [[المغرب|LOC]] حيث عمل في [[جامعة محمد الخامس|ORG]] سنوات.", "جامعة محمد الخامس", "المغرب"),
    ("وعاش في [[باريس|LOC]] حيث كانت [[سلمى|PER]] تعمل في [[السفارة الأردنية|ORG]] آنذاك.", "السفارة الأردنية", "باريس"),
    ("وسيتوجه الوزير إلى [[بلجيكا|LOC]]، حيث مقر [[الاتحاد الأوروبي|ORG]]، غدا.", "الاتحاد الأوروبي", "بلجيكا"),
])
def test_where_clause_puts_the_body_in_the_place(rels, text, body, place):
    # decision 279: «إسبانيا حيث كان يعمل في السفارة السورية» → located_in «السفارة السورية» → «إسبانيا»
    assert ("located_in", body, place) in rels(text)


def test_long_where_clause_gives_nothing(rels):
    # a «حيث» clause of description that reaches a body only after many words states no containment
    got = rels("وزار [[تونس|LOC]] حيث أكد في كلمة طويلة أمام الحضور ضرورة التعاون مع [[البنك الدولي|ORG]].")
    assert ("located_in", "البنك الدولي", "تونس") not in got


def test_capital_with_nationality_adjective(rels):
    # §4: «في العاصمة الجورجية تبليسي» states where the stadium is, as «في العاصمة تبليسي» does
    got = rels("وأقيمت المباراة على [[ملعب الاتحاد|LOC]] في العاصمة الجورجية [[تبليسي|LOC]] مساء أمس.")
    assert ("located_in", "ملعب الاتحاد", "تبليسي") in got


def test_road_to_the_capital_states_no_containment(rels):
    # a road linking two places: «تربط X بالعاصمة السعودية Y» puts neither in the other
    got = rels("وهي طرق تربط [[القصيم|LOC]] بالعاصمة السعودية [[الرياض|LOC]] مباشرة.")
    assert ("located_in", "القصيم", "الرياض") not in got


def test_allies_of_a_capital(rels):
    # decision 142 (the noun before decides): «حلفاء واشنطن في شمال سوريا» places the allies, not the capital
    got = rels("وقال إن الهجوم موجه إلى حلفاء [[موسكو|LOC]] في [[أوكرانيا|LOC]] قبل غيرهم.")
    assert ("located_in", "موسكو", "أوكرانيا") not in got
