"""Span repair after the NER model (`pipeline.ner.repair`): the pieces of one name are joined.

Sentences written for these tests; the model's output is given inline as [[surface|LABEL]] (tests/conftest.py
`parse`), each piece a separate span as the model emits it.
"""
from __future__ import annotations

from pipeline.ner.repair import repair_spans
from tests.conftest import parse, repaired




def test_a_person_cut_in_two_is_one_name(tokenizer):
    # §7: an Arabic name chain is one PER
    out = repaired("وصرح [[كريم|PER]] [[المنصوري|PER]] بأن العمل مستمر.", tokenizer)
    assert out == [("كريم المنصوري", "PER")]


def test_initials_joined_by_a_dot_are_one_person(tokenizer):
    out = repaired("وأصيب المدعو [[س|PER]].[[ع|PER]] بجروح طفيفة.", tokenizer)
    assert out == [("س.ع", "PER")]


def test_a_coordinated_second_person_stays_apart(tokenizer):
    # the «و» the tokenizer kept on an unknown name opens another person; since session 22 the «و» itself is
    # left outside (§2; tests/test_ner_repair4.py), so the second span starts inside the token
    text, ents = parse("شارك في العرض [[سامر حداد|PER]] [[ورنيم|PER]] أمس.")
    out = [(text[e["start"]:e["end"]], e["label"]) for e in repair_spans(text, ents)]
    assert out == [("سامر حداد", "PER"), ("رنيم", "PER")]


def test_people_joined_by_a_dash_or_a_comma_stay_apart(tokenizer):
    out = repaired("ناقش [[فادي|PER]]-[[جورج|PER]] الخطة، ثم [[نادر|PER]]، [[وليد|PER]] التنفيذ.", tokenizer)
    assert out == [("فادي", "PER"), ("جورج", "PER"), ("نادر", "PER"), ("وليد", "PER")]


def test_an_acronym_in_pieces_is_one_organization(tokenizer):
    # decisions 28 and 201: an acronym, «5+1» included, is one ORG
    out = repaired("بثت قناة ([[إم|ORG]].[[تي|ORG]].[[في|ORG]]) حوارا عن مجموعة [[5|ORG]]+[[1|ORG]] أمس.", tokenizer)
    assert out == [("إم.تي.في", "ORG"), ("5+1", "ORG")]


def test_two_bodies_across_a_space_stay_two(tokenizer):
    out = repaired("ووقعت [[الهيئة العامة للطيران|ORG]] [[شركة النقل الوطنية|ORG]] عقدا جديدا.", tokenizer)
    assert out == [("الهيئة العامة للطيران", "ORG"), ("شركة النقل الوطنية", "ORG")]


def test_a_chain_of_titles_and_a_list_of_places_are_left_alone(tokenizer):
    # §7: «ولي العهد نائب رئيس مجلس الوزراء» is one TITLE per office
    out = repaired("استقبل [[ولي العهد|TITLE]] [[نائب رئيس مجلس الوزراء|TITLE]] وفدا من [[دبي|LOC]] [[عجمان|LOC]].",
                   tokenizer)
    assert [label for _, label in out] == ["TITLE", "TITLE", "LOC", "LOC"]


def test_other_keys_of_the_first_piece_are_kept():
    text = "قال سامي عادل ذلك"
    out = repair_spans(text, [{"start": 4, "end": 8, "label": "PER", "id": "e1"},
                                  {"start": 9, "end": 13, "label": "PER", "id": "e2"}])
    assert out == [{"start": 4, "end": 13, "label": "PER", "id": "e1"}]
