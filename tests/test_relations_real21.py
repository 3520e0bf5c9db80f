"""Relations of the twenty-first real-news pass, fitted on the tagger's own entities (end to end) on real-train and
real-dev (GUIDELINES §4, §7 decisions 46, 69, 239): a body's type noun («جهاز»، «لجنة») outside its quoted name between
a title and the body; «في» before a body over its quotes and its type noun; a bracketed container after a quoted
place name. Every sentence here is written for the test; entities are given as the tagger might give them (marked
[[surface|LABEL]])."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, title, body", [
    # a type noun outside the quoted name (decisions 46, 69)
    ("وقال [[رئيس|TITLE]] جهاز «[[المخابرات العامة|ORG]]» إن الوضع هادئ.", "رئيس", "المخابرات العامة"),
    ('وطالب [[رئيس|TITLE]] لجنة "[[الوفاق|ORG]]" العربية بوقف القتال.', "رئيس", "الوفاق"),
])
def test_title_of_over_body_type_noun(rels, text, title, body):
    assert ("title_of", title, body) in rels(text)


def test_holds_title_over_body_type_noun_and_comma(rels):
    # «رئيس جهاز «X»، NAME»: the chain runs over the type noun and the comma before the holder
    got = rels("وقالت مصادر إن [[رئيس|TITLE]] جهاز «[[الأمن الداخلي|ORG]]»، [[سامر الحداد|PER]]، زار المدينة.")
    assert ("holds_title", "سامر الحداد", "رئيس") in got
    assert ("title_of", "رئيس", "الأمن الداخلي") in got


@pytest.mark.parametrize("text, title, body", [
    # «في» before a quoted body name
    ('وقال [[مدير المبيعات|TITLE]] في "[[النخلة الذهبية|ORG]]"، [[كريم ناصر|PER]]، إن الأسعار مستقرة.',
     "مدير المبيعات", "النخلة الذهبية"),
    # «في» + a type noun outside the quoted name
    ('وأوضح [[مدير العلاقات العامة|TITLE]] في شركة "[[الواحة|ORG]]" أن العمل بدأ.', "مدير العلاقات العامة", "الواحة"),
])
def test_title_of_in_quoted_body(rels, text, title, body):
    assert ("title_of", title, body) in rels(text)


def test_no_title_of_in_place_over_quotes(rels):
    # «في» before a place stays no title_of (decision 160), quotes or not
    got = rels('وقال [[المستشار الثقافي|TITLE]] في "[[مدينة النور|LOC]]" إن البرنامج مستمر.')
    assert ("title_of", "المستشار الثقافي", "مدينة النور") not in got


def test_no_title_of_over_type_noun_without_quotes_to_other_word(rels):
    # a type noun then another word before the body: not the body the title heads
    got = rels("وقال [[رئيس|TITLE]] في شركة كبيرة [[الواحة|ORG]] إن العمل بدأ.")
    assert ("title_of", "رئيس", "الواحة") not in got


@pytest.mark.parametrize("text, head, tail", [
    # a quoted place name, then its container in brackets (decision 239)
    ("ووقع هجوم على قاعدة «[[الصخرة|LOC]]» ([[ولاية نيفادا|LOC]]) قبل سنوات.", "الصخرة", "ولاية نيفادا"),
    ('وزار الوفد مخيم "[[الأمل|LOC]]" ([[الأردن|LOC]]) أمس.', "الأمل", "الأردن"),
])
def test_located_in_bracket_after_quoted_place(rels, text, head, tail):
    assert ("located_in", head, tail) in rels(text)


def test_no_located_in_quoted_list_item(rels):
    # a quote then a bare comma stays a list item, not a container
    got = rels('وشاركت شركات من "[[الصخرة|LOC]]"، [[الأردن|LOC]]، ومصر.')
    assert ("located_in", "الصخرة", "الأردن") not in got
