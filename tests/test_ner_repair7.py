"""Span repair after the NER model, seventh pass: a TITLE that runs over the head noun of the body after it.

The model ends a TITLE on the first word of the body named after it («مدير أمن» | «عدن»، «رئيس هيئة» | … ORG).
Decisions 9 and 52 split a named body off the title («مدير أمن السويس» → TITLE + ORG); the head noun, a word that
starts training gold ORGs and never ends a gold TITLE (`org_heads`), moves from the TITLE to the body's ORG.
Sentences written for these tests; the model's output is given inline as [[surface|LABEL]].
"""
from __future__ import annotations

import pytest

from pipeline.ner.repair import edge_lists
from tests.conftest import repaired


def test_the_heads_come_from_the_training_gold():
    heads = edge_lists()["org_heads"]
    assert {"هيئة", "أمن", "وزارة"} <= heads
    assert not heads & {"رئيس", "الداخلية", "اللجنة"}  # words that end gold TITLEs («وزير الداخلية»، dec. 91)


@pytest.mark.parametrize("marked, expected", [
    # decision 52 / §2 «مدير أمن السويس» → TITLE «مدير» + ORG «أمن السويس»
    pytest.param("وصرح [[مدير أمن|TITLE]] [[الإسماعيلية|LOC]] بأن الطريق مفتوح.",
                 [("مدير", "TITLE"), ("أمن الإسماعيلية", "ORG")], id="head_noun_and_the_place_after_it_make_the_body"),
    # decisions 9, 107: «مدير نادي الكويت» → TITLE «مدير» + ORG «نادي الكويت» (the club named after its place)
    pytest.param("وسافر [[مدير نادي|TITLE]] [[الكويت|LOC]] إلى المعسكر.",
                 [("مدير", "TITLE"), ("نادي الكويت", "ORG")], id="a_club_noun_and_its_place"),
    # decision 9: a named body after a title is its own ORG, its head noun included
    pytest.param("وأكد [[رئيس هيئة|TITLE]] أعضاء شرف [[نادي الوحدة|ORG]] دعمه للفريق.",
                 [("رئيس", "TITLE"), ("هيئة أعضاء شرف نادي الوحدة", "ORG")],
                 id="head_noun_joins_an_org_after_bare_words"),
    # only bare words may stand between: a later ORG after a bracket and a number is another mention
    pytest.param("وعين سالم ([[رئيس قطاع|TITLE]]) بالمرتبة 12 ب[[وزارة الصحة|ORG]] أمس.",
                 [("رئيس قطاع", "TITLE"), ("وزارة الصحة", "ORG")], id="a_bracket_or_number_between_keeps_them_apart"),
    # the head noun stays in the TITLE when no ORG or LOC follows it
    pytest.param("وقال [[مدير المرصد|TITLE]] [[سامي الخطيب|PER]] إن العدد ارتفع.",
                 [("مدير المرصد", "TITLE"), ("سامي الخطيب", "PER")], id="a_person_after_the_title_keeps_it_whole"),
    # «الداخلية» ends gold TITLEs («وزير الداخلية»): no split before the ORG after it
    pytest.param("والتقى [[وزير الداخلية|TITLE]] [[الأمن العام|ORG]] في العاصمة.",
                 [("وزير الداخلية", "TITLE"), ("الأمن العام", "ORG")],
                 id="a_title_ending_on_a_portfolio_word_is_left_alone"),
])
def test_title_over_the_head_noun_of_a_body(tokenizer, marked, expected):
    assert repaired(marked, tokenizer) == expected
