"""located_in of the twenty-seventh real-news pass, fitted on real-train (GUIDELINES §7 decision 142: the noun
directly before a body decides, an event or an attack on it gives no located_in): quotes around the body's name do
not hide the attack or crime noun before it («بجرائم «X» في Y»، «ضد «X» في Y»); the second side of a clash «بين A
و ORG في Y» is not located in the clash's place. Every sentence here is written for the test; entities are given as
gold (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, place", [
    # decision 142: the attack, crime or fight before the quoted body decides
    ("وخرج المتظاهرون يندّدون بجرائم «[[تنظيم النور|ORG]]» في [[بلدة الصفا|LOC]] أمس.", "تنظيم النور", "بلدة الصفا"),
    ("وتشارك الطائرات في الحرب ضد «[[جماعة الفجر|ORG]]» في [[مالي|LOC]] منذ أشهر.", "جماعة الفجر", "مالي"),
    ("واستخدمت الطائرات القاعدة لضرب تنظيم «[[جبهة السهم|ORG]]» في [[ليبيا|LOC]] الأسبوع الماضي.",
     "جبهة السهم", "ليبيا"),
])
def test_quoted_body_after_an_event_noun(rels, text, body, place):
    assert ("located_in", body, place) not in rels(text)


def test_quoted_body_seat_still_located(rels):
    # without an event noun before it, a quoted body placed «في» a place stays located there (§4, decision 142)
    got = rels("وافتتحت «[[جمعية البر|ORG]]» في [[مدينة الطائف|LOC]] فرعا جديدا.")
    assert ("located_in", "جمعية البر", "مدينة الطائف") in got


@pytest.mark.parametrize("text, body, place", [
    # decision 142: the place phrase after «بين A وB» is the clash's, an event
    ("وقتل ثلاثة في اشتباكات بين [[الشرطة|ORG]] و[[حزب الوادي|ORG]] ب[[بلدة الزهور|LOC]] أمس.",
     "حزب الوادي", "بلدة الزهور"),
    ("وتجددت المواجهات بين [[المقاومة الشعبية|ORG]] وميليشيا [[الحركة الخضراء|ORG]] في [[قرية العين|LOC]] أمس.",
     "الحركة الخضراء", "قرية العين"),
])
def test_second_side_of_a_clash(rels, text, body, place):
    assert ("located_in", body, place) not in rels(text)


def test_coordinated_bodies_without_a_clash_stay_located(rels):
    # two institutions joined by «و», each with its place: no «بين», the rule does not apply (§4)
    got = rels("وشارك [[مستشفى الشفاء|ORG]] و[[جمعية الخير|ORG]] ب[[مدينة أبها|LOC]] في الحملة.")
    assert ("located_in", "جمعية الخير", "مدينة أبها") in got


def test_quoted_body_with_its_fighters_stays_located(rels):
    # decision 142: the body's fighters or members before its quoted name place it there
    got = rels("وقالت الصحيفة إن مجموعة من مسلحي «[[جبهة السهم|ORG]]» في [[مدينة الوادي|LOC]] هاجموا القرية.")
    assert ("located_in", "جبهة السهم", "مدينة الوادي") in got


def test_training_camp_of_a_team(rels):
    # decision 142: a team's training camp is an event, like its match
    got = rels("وتستمر المرحلة الثانية من معسكر [[فريق النصر|ORG]] الإعدادي في [[مدينة فيينا|LOC]] أسبوعين.")
    assert ("located_in", "فريق النصر", "مدينة فيينا") not in got


def test_champion_of_a_country_plays_elsewhere(rels):
    # decision 142: the place phrase after «بطل X» is the champion's match, not the country's
    got = rels("وفاز [[الاتحاد|ORG]] على [[الوداد|ORG]] بطل [[المغرب|LOC]] في [[مدينة دبي|LOC]] أمس.")
    assert ("located_in", "المغرب", "مدينة دبي") not in got


def test_champion_noun_does_not_reach_past_a_mention(rels):
    # the noun before the country belongs to it only: the next place's own container stays (§4)
    got = rels("وخسر [[الاتحاد|ORG]] أمام [[الوداد|ORG]] بطل [[المغرب|LOC]] في [[مدينة أوستن|LOC]] ب[[ولاية تكساس|LOC]].")
    assert ("located_in", "مدينة أوستن", "ولاية تكساس") in got


def test_bare_area_word_marked_as_place_is_transparent(rels):
    # decisions 86, 347: «ريف» is outside the LOC; a one-word «بريف» mention (model output) does not part the chain
    got = rels("وسيطرت الفصائل على [[قرية الصفصاف|LOC]] في [[سهل الزيتون|LOC]] [[بريف|LOC]] [[حمص|LOC]] الغربي.")
    assert ("located_in", "سهل الزيتون", "حمص") in got
    assert not any(t == "بريف" for _, _, t in got)
