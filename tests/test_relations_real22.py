"""Relations of the twenty-second real-news pass, fitted with gold entities on real-train (GUIDELINES §4, §7 decisions
142, 161, 348): a body's own sites and fighters in the construct state before it («مقاتلي جبهة X في Y»، «معاقل X في Y»)
give located_in, «مواقع لـX في Y» still none; a dual title before two names with a nationality or portfolio after
«و» («الرئيسين الفرنسي X، والروسي Y»); a rank right before the name stands where a style does («المتحدث باسم
الأجهزة الأمنية اللواء X»). Every sentence here is written for the test; entities are marked [[surface|LABEL]]."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, org, place", [
    # fighters and strongholds of the body, construct state (decisions 142, 348)
    ("وقتلت الغارة عددا من مقاتلي [[جبهة الأحرار|ORG]] في [[درعا|LOC]] أمس.", "جبهة الأحرار", "درعا"),
    ("واقتحمت القوات معاقل [[داعش|ORG]] في [[الرقة|LOC]] فجرا.", "داعش", "الرقة"),
    # over a bare type noun
    ("وقصفت الطائرات مواقع تنظيم [[داعش|ORG]] في [[الموصل|LOC]] مساء.", "داعش", "الموصل"),
])
def test_located_in_own_sites_and_fighters(rels, text, org, place):
    assert ("located_in", org, place) in rels(text)


@pytest.mark.parametrize("text, org, place", [
    # «مواقع لـX»: with «ل» the place phrase stays the strike's (gold on real-train)
    ("وقصفت الطائرات مواقع لتنظيم [[داعش|ORG]] في [[الموصل|LOC]] مساء.", "داعش", "الموصل"),
    # an event noun still decides (decision 142)
    ("وشارك الوزير في قمة [[الاتحاد الأوروبي|ORG]] في [[بروكسل|LOC]] أمس.", "الاتحاد الأوروبي", "بروكسل"),
])
def test_no_located_in_strike_or_event(rels, text, org, place):
    assert ("located_in", org, place) not in rels(text)


@pytest.mark.parametrize("text, second", [
    # nationality adjective after «،و» (decision 161)
    ("وحضر الحفل [[الرئيسان|TITLE]] الأمريكي [[جون ميلر|PER]]، والكندي [[بول غرانت|PER]] مساء أمس.", "بول غرانت"),
    # portfolio after «و» and a style
    ("وافتتح [[وزيرا الصحة|TITLE]] الدكتور [[سالم العتيبي|PER]] والزراعة الدكتور [[فهد الرشيد|PER]] المعرض.",
     "فهد الرشيد"),
])
def test_dual_title_over_second_adjective(rels, text, second):
    got = rels(text)
    title = next(t for k, _, t in got if k == "holds_title")
    assert ("holds_title", second, title) in got


def test_no_shared_title_when_dual_not_right_before(rels):
    # the dual-looking title is held by the first name over another title: the second name after «والطبيب» is not its
    got = rels("وضم الفريق [[استشاري جراحة|TITLE]] [[رئيس|TITLE]] قسم الجراحة الطبيب [[نادر السالم|PER]]، والطبيب "
               "[[ماجد العلي|PER]] مساء أمس.")
    assert ("holds_title", "ماجد العلي", "استشاري جراحة") not in got


def test_rank_before_name_after_spokesman_body(rels):
    # «المتحدث باسم + untagged body + اللواء NAME»: the rank stands where a style does (GUIDELINES §4)
    got = rels("وقال [[المتحدث الرسمي|TITLE]] باسم الأجهزة الأمنية الوطنية [[اللواء|TITLE]] [[خالد العمري|PER]] إن الوضع هادئ.")
    assert ("holds_title", "خالد العمري", "المتحدث الرسمي") in got
    assert ("holds_title", "خالد العمري", "اللواء") in got
