"""Span repair after the NER model, fourth pass: edge words the training gold never puts in such a name.

- A PER of three words or more starting with an article word that never stands in a gold PER loses it: an
  adjective or rank glued before the name (§2 name only; ranks are TITLEs of their own, §7).
- A PER ending in a proclitic + article word never in a gold PER loses it («بالقول»; §2 proclitics are outside).
- A PER edge word the gold labels alone as a place or body most times, never in a PER, is cut («المملكة» LOC, §7).
- A PER is parted at an inner word the gold sees often and never in an entity («X شقيق Y»; §2 name only).
- A PER or LOC list item keeps its «و» outside (§2); the Doc's token is split so the span stays aligned.
- An ORG starting with a bare noun the gold sees before ORGs but never starting one loses it («عناصر/قيادات»:
  members of a body; §2 plural roles are not entities).
- A TITLE the model ended early is extended over the next words when that makes a training gold TITLE the gold
  never cuts there («رئيس» + «الإقليم»; §7 portfolio titles stay whole).
Sentences written for these tests; the model's output is given inline as [[surface|LABEL]].
"""
from __future__ import annotations

from pipeline.ner.repair import edge_lists, repair_spans, unlabelled_words
from tests.conftest import parse, repaired




def test_the_lists_come_from_the_training_gold():
    lists = edge_lists()
    assert "الحبيب" in lists["per_article_words"] and "القضائي" not in lists["per_article_words"]
    assert "بالقول" in lists["glued_common"]
    assert "المملكة" in lists["named_alone"]
    assert {"عناصر", "قيادات"} <= lists["org_outside_heads"] and "وزارة" not in lists["org_outside_heads"]


def test_an_adjective_before_a_long_name_is_cut(tokenizer):
    # §2: the PER is the name only
    out = repaired("وقال المستشار [[القضائي سعد بن فهد العتيبي|PER]] إن الحكم نهائي.", tokenizer)
    assert out == [("سعد بن فهد العتيبي", "PER")]


def test_a_two_word_name_with_the_article_is_kept(tokenizer):
    # a two-word PER may start with an article word («الياس», foreign names): only three words or more are cut
    out = repaired("وصل [[القضائي خوري|PER]] أمس.", tokenizer)
    assert out == [("القضائي خوري", "PER")]


def test_a_name_word_with_the_article_stays(tokenizer):
    # «الحبيب» stands first in gold PERs («الحبيب الصيد»)
    out = repaired("وقال [[الحبيب بن علي الصيد|PER]] إن الحكومة مستعدة.", tokenizer)
    assert out == [("الحبيب بن علي الصيد", "PER")]


def test_a_glued_common_word_after_a_name_is_cut(tokenizer):
    # §2: a proclitic with the article is never the end of a name
    out = repaired("وأوضح [[منصور العلي بالقول|PER]] إن الخطة جاهزة.", tokenizer)
    assert out == [("منصور العلي", "PER")]


def test_a_place_after_a_name_is_cut(tokenizer):
    # §7: «المملكة» for Saudi Arabia is a LOC of its own, never a part of a person's name
    out = repaired("وتأتي زيارة [[سالم الراشد المملكة|PER]] بعد أسبوع.", tokenizer)
    assert out == [("سالم الراشد", "PER")]


def test_members_before_a_body_are_cut(tokenizer):
    # §2: «عناصر» are the members, the ORG is the body
    out = repaired("واعتقلت الشرطة ثلاثة من [[عناصر حركة التحرير الوطنية|ORG]] أمس، وأشادت "
                   "[[وزارة الداخلية|ORG]] بالعملية.", tokenizer)
    assert out == [("حركة التحرير الوطنية", "ORG"), ("وزارة الداخلية", "ORG")]



def test_the_conjunction_of_a_listed_name_is_outside(tokenizer):
    # §2: «و» is outside the span; the next item of a list after «، » or after a name of the same label
    text, ents = parse("سافر الوفد إلى [[باريس|LOC]] [[وزغرب|LOC]]، والتقى [[سمير|PER]]، [[ونوريا|PER]] هناك.")
    out = repair_spans(text, ents)
    assert [(text[e["start"]:e["end"]], e["label"]) for e in out] == [
        ("باريس", "LOC"), ("زغرب", "LOC"), ("سمير", "PER"), ("نوريا", "PER")]


def test_a_name_that_starts_with_waw_keeps_it(tokenizer):
    # «وليد» and «واشنطن» stand in training gold entities: the «و» is part of the name; a «و» word that is not in
    # a list is left to the model
    assert {"وليد", "واشنطن"} <= edge_lists()["waw_names"]
    out = repaired("وصل [[سمير|PER]] [[وليد|PER]] إلى [[القاهرة|LOC]] [[واشنطن|LOC]]، وقال [[وزغرب|PER]] إنه سعيد.",
                   tokenizer)
    assert out == [("سمير", "PER"), ("وليد", "PER"), ("القاهرة", "LOC"), ("واشنطن", "LOC"), ("وزغرب", "PER")]


def test_an_org_keeps_its_waw(tokenizer):
    # ORG names hold «و» between their parts («هيئة التحقيق والادعاء العام»): only PER and LOC lose it
    out = repaired("وقعت [[هيئة الطيران|ORG]] [[وشركة النقل|ORG]] اتفاقاً.", tokenizer)
    assert ("وشركة النقل", "ORG") in out


def test_the_doc_is_split_where_a_repaired_span_starts_inside_a_token():
    # the spaCy stage sets doc.ents with char_span, which needs token-aligned spans
    import spacy

    from pipeline.ner.component import split_at_boundaries
    from pipeline.text.tokenizer import ArabicTokenizer, doc_words

    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    text, ents = parse("زار [[سمير|PER]]، [[ونوريا|PER]] المعرض.")
    doc = nlp(text)
    assert "ونوريا" in [w for w in doc_words(doc).words]
    ents = repair_spans(text, ents)
    split_at_boundaries(doc, ents)
    spans = [doc.char_span(e["start"], e["end"], label=e["label"]) for e in ents]
    assert [s.text for s in spans] == ["سمير", "نوريا"]
    assert doc_words(doc).words[-4:-2] == ["و", "نوريا"] and doc.text == text


def test_a_kinship_noun_between_two_names_parts_them(tokenizer):
    # §2: the PER is the name only; «شقيق» stands in no training gold entity
    assert "شقيق" in unlabelled_words() and "شقيق" not in edge_lists()["in_names"]
    out = repaired("وكان [[سامر شقيق نادر الحسيني|PER]] في المدينة.", tokenizer)
    assert out == [("سامر", "PER"), ("نادر الحسيني", "PER")]


def test_a_name_word_between_names_keeps_the_chain(tokenizer):
    # «بن» and name words stand in gold entities: the chain stays one PER (§7)
    out = repaired("وقال [[سامر بن نادر الحسيني|PER]] إن الوفد وصل.", tokenizer)
    assert out == [("سامر بن نادر الحسيني", "PER")]


def test_a_title_cut_short_is_completed_from_the_gold_titles(tokenizer):
    # §2/§7: a portfolio title stays whole; «رئيس الإقليم» is a training gold TITLE and the gold never ends «رئيس»
    # before «الإقليم»
    lists = edge_lists()
    assert "رئيس الإقليم" in lists["title_surfaces"] and "رئيس الإقليم" not in lists["title_followers"]
    out = repaired("وناقش البرلمان تمديد ولاية [[رئيس|TITLE]] الإقليم أمس.", tokenizer)
    assert out == [("رئيس الإقليم", "TITLE")]


def test_a_title_the_gold_ends_before_a_body_is_not_extended(tokenizer):
    # «مدير الأمن» is a gold TITLE but the gold also ends «مدير» before «الأمن» (then «الأمن» starts an ORG): left
    # alone; and a title is never extended over another entity
    assert "مدير الأمن" in edge_lists()["title_followers"]
    out = repaired("وصل [[مدير|TITLE]] الأمن، ثم [[رئيس|TITLE]] [[الإقليم الشمالي|LOC]].", tokenizer)
    assert out == [("مدير", "TITLE"), ("رئيس", "TITLE"), ("الإقليم الشمالي", "LOC")]


def test_the_ner_stage_keeps_a_list_item_without_its_waw():
    # end to end through the spaCy stage with a stub model: the span starting inside «ونوريا» survives char_span
    import spacy

    from pipeline.ner.component import NERComponent
    from pipeline.text.tokenizer import ArabicTokenizer

    class Stub:
        def predict(self, sentences, batch_size=32):
            return [["B-PER" if w in ("سمير", "ونوريا") else "O" for w in words] for words in sentences]

    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    ner = object.__new__(NERComponent)
    ner.classifier, ner.batch_size, ner.consistency = Stub(), 32, True
    doc = ner(nlp("زار سمير، ونوريا المعرض."))
    assert [(e.text, e.label_) for e in doc.ents] == [("سمير", "PER"), ("نوريا", "PER")]
