"""Span repair after the NER model, eighth pass: a name keeps the label the training gold always gives it.

The model labels a place in brackets or quotes an ORG («([بعقوبة])»), a news agency a LOC («واس»), a capital a PER
(«انقرة» as the subject of a verb). When the training gold labels that surface LOC (ORG) at least twice and never
ORG (LOC), the span is relabelled (`sole_loc`, `sole_org`); a PER only becomes a LOC on a place none of whose words
stands in a gold PER (`place_not_person`), since family names are place names («السويد»).
Sentences written for these tests; the model's output is given inline as [[surface|LABEL]].
"""
from __future__ import annotations

import pytest

from pipeline.ner.repair import edge_lists
from tests.conftest import repaired


def test_the_lists_come_from_the_training_gold():
    lists = edge_lists()
    assert "بعقوبة" in lists["sole_loc"] and "واس" in lists["sole_org"]
    assert "روما" not in lists["sole_loc"] | lists["sole_org"]  # a city and a club: both labels in the gold
    assert "انقرة" in lists["place_not_person"]
    assert "السويد" not in lists["place_not_person"]  # a family name too («الدكتور X السويد»)


@pytest.mark.parametrize("marked, expected", [
    pytest.param("ووصلت القافلة إلى مركز المحافظة ([[بعقوبة|ORG]]) مساء أمس.", [("بعقوبة", "LOC")],
                 id="a_bracketed_place_read_as_a_body_is_a_place"),
    pytest.param("ونقلت [[واس|LOC]] عن المتحدث أن الرحلات مستمرة.", [("واس", "ORG")],
                 id="a_news_agency_read_as_a_place_is_a_body"),
    pytest.param("وطالبت المعارضة [[انقرة|PER]] بفتح المعابر.", [("انقرة", "LOC")],
                 id="a_capital_read_as_a_person_is_a_place"),
    pytest.param("وقدم الدكتور [[السويد|PER]] شكره للحضور.", [("السويد", "PER")],
                 id="a_place_that_is_also_a_family_name_stays_a_person"),
    pytest.param("وفاز [[روما|ORG]] على ضيفه بهدفين.", [("روما", "ORG")],
                 id="a_surface_with_both_labels_is_left_alone"),
])
def test_a_name_keeps_its_gold_label(tokenizer, marked, expected):
    assert repaired(marked, tokenizer) == expected
