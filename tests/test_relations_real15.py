"""Relations of the fifteenth real-news pass, fitted on the tagger's own entities on real-train and real-dev
(GUIDELINES §4, §7 decision 142): holds_title over a quoted body name the tagger left untagged between a title and
its holder; no located_in for a group after a noun of fighting it or of its fighters and prisoners. Every sentence
here is written for the test; entities are given as the tagger might give them (marked [[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, title", [
    # a quoted body after «ل» that is no entity, between the title and its holder
    ('وأفرجت السلطات عن [[الأمين العام|TITLE]] ل "جمعية النور الخيرية" [[سالم العبدلي|PER]] أمس.',
     "سالم العبدلي", "الأمين العام"),
    # a type noun before the quoted name, and a style before the holder
    ("وقال [[المتحدث|TITLE]] باسم حركة «الفجر الجديد» الشيخ [[عادل الزين|PER]] إن الحوار مستمر.",
     "عادل الزين", "المتحدث"),
])
def test_holds_title_over_untagged_quoted_body(rels, text, person, title):
    assert ("holds_title", person, title) in rels(text)


def test_quoted_words_not_a_body_block_the_chain(rels):
    # a quote that is no body after a joiner (a verb follows the quote, then a new clause): no chain
    got = rels('وتحدث [[المدير|TITLE]] عن "خطة طويلة جدا للعمل في المدينة" ثم قال [[فهد السالم|PER]] إنه سيغادر.')
    assert ("holds_title", "فهد السالم", "المدير") not in got


@pytest.mark.parametrize("text, head, tail", [
    # fighting a group where it is: the place phrase is the fighting's (decision 142)
    ("وتشارك الطائرات في قتال [[تنظيم الظلام|ORG]] في [[سوريا|LOC]] منذ عام.", "تنظيم الظلام", "سوريا"),
    ("وأعلنت الحكومة خطة لضرب [[جماعة الرماد|ORG]] في [[الصحراء الكبرى|LOC]] قريبا.", "جماعة الرماد", "الصحراء الكبرى"),
    # the group's fighters and prisoners are where the place phrase says, not the group
    ("ويعيش مسلحو [[الكتيبة السوداء|ORG]] في [[مدينة الوادي|LOC]] بين المدنيين.", "الكتيبة السوداء", "مدينة الوادي"),
    ("وارتفع عدد معتقلي [[تنظيم الظلام|ORG]] في [[تركيا|LOC]] إلى مئة.", "تنظيم الظلام", "تركيا"),
])
def test_no_located_in_for_acted_on_group(rels, text, head, tail):
    assert ("located_in", head, tail) not in rels(text)


def test_located_in_body_without_acting_noun(rels):
    # the same shape with no noun of fighting before the body: located_in stands
    got = rels("وافتتحت [[جامعة النهضة|ORG]] في [[مدينة الوادي|LOC]] فرعا جديدا.")
    assert ("located_in", "جامعة النهضة", "مدينة الوادي") in got
