"""Span repair after the NER model, sixth pass: a deputy's or aide's TITLE and the office it serves after «ل».

The model ends the TITLE of a deputy before «ل» and tags the inner office as a TITLE of its own («النائب الأول» |
«لرئيس»). Decision 295 keeps the inner office inside one TITLE when only a post adjective stands between
(«النائب الأول لرئيس الوزراء»); decision 228 keeps a status word («السابق») and the office after it outside.
Sentences written for these tests; the model's output is given inline as [[surface|LABEL]].
"""
from __future__ import annotations

from pipeline.ner.repair import edge_lists
from tests.conftest import repaired


def test_the_heads_come_from_the_training_gold():
    heads = edge_lists()["served_heads"]
    assert {"النائب", "المستشار"} <= heads and "المبعوث" not in heads and "وزير" not in heads


def test_a_deputy_and_the_office_after_lam_are_one_title(tokenizer):
    # decision 295: «النائب الثاني لرئيس مجلس الوزراء» is one TITLE
    out = repaired("وصل [[النائب الثاني|TITLE]] ل[[رئيس مجلس الوزراء|TITLE]] إلى المدينة أمس.", tokenizer)
    assert out == [("النائب الثاني لرئيس مجلس الوزراء", "TITLE")]


def test_the_inner_office_with_its_lam_glued(tokenizer):
    # the model may keep one «ل» of «للرئيس» on the inner TITLE: still one TITLE (decision 295)
    out = repaired("وتحدث [[النائب الأول|TITLE]] ل[[لرئيس|TITLE]] عن الخطة الجديدة.", tokenizer)
    assert out == [("النائب الأول للرئيس", "TITLE")]


def test_an_aide_and_the_office_he_advises(tokenizer):
    # decision 295: «المستشار الخاص لرئيس X» → TITLE through «لرئيس», the place after it is a LOC
    out = repaired("والتقى [[المستشار الخاص|TITLE]] ل[[رئيس|TITLE]] [[تشيلي|LOC]] بالوفد.", tokenizer)
    assert out == [("المستشار الخاص لرئيس", "TITLE"), ("تشيلي", "LOC")]


def test_a_status_word_keeps_them_apart(tokenizer):
    # decision 228: «النائب السابق لرئيس X» → TITLE «النائب», the rest outside the TITLE
    out = repaired("وقال [[النائب|TITLE]] السابق ل[[رئيس|TITLE]] البلاد إن الوضع صعب.", tokenizer)
    assert out == [("النائب", "TITLE"), ("رئيس", "TITLE")]


def test_an_envoy_is_not_joined(tokenizer):
    # no gold TITLE runs an envoy's office on into the person's office: two TITLEs and the PER
    out = repaired("وصل [[المبعوث الخاص|TITLE]] ل[[لرئيس|TITLE]] [[سامر خليل|PER]] أمس.", tokenizer)
    assert out == [("المبعوث الخاص", "TITLE"), ("لرئيس", "TITLE"), ("سامر خليل", "PER")]


def test_two_offices_a_space_apart_stay_two(tokenizer):
    # §7: a chain of titles is separate entities; only «ل» joins an office to the office it serves
    out = repaired("واستقبل [[ولي العهد|TITLE]] [[نائب رئيس مجلس الوزراء|TITLE]] السفير.", tokenizer)
    assert out == [("ولي العهد", "TITLE"), ("نائب رئيس مجلس الوزراء", "TITLE")]
