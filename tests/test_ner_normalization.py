"""The NER model reads a normalized view of each word; spans still index the original text.

A stub classifier stands in for the model: it tags a word by its normalized form, so each
test shows that a variant (tatweel, presentation forms, invisible marks, diacritics) reaches
the model as the plain word, and that an emoji never ends up in an entity.
"""
from __future__ import annotations

import spacy

from pipeline.ner.component import NERComponent
from pipeline.training.data import doc_examples
from pipeline.text.chars import is_symbol, model_view
from pipeline.text.tokenizer import ArabicTokenizer

TAGS = {"نائب": "B-TITLE", "رئيس": "I-TITLE", "سعد": "B-PER", "القحطاني": "I-PER", "لأحمد": "B-PER"}


class StubClassifier:
    def __init__(self):
        self.seen: list[list[str]] = []

    def predict(self, sentences, batch_size=32):
        self.seen.extend(sentences)
        out = []
        for words in sentences:
            out.append([TAGS.get(w, "I-PER" if w == "😀" else "O") for w in words])
        return out


def run(text: str):
    nlp = spacy.blank("ar")
    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    ner = object.__new__(NERComponent)
    ner.classifier, ner.batch_size, ner.consistency = StubClassifier(), 32, True
    doc = ner(nlp(text))
    return [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents], ner.classifier.seen


def test_model_view_of_each_variant():
    assert model_view("نائـــب") == "نائب"                   # tatweel
    assert model_view("ﻧﺎﺋﺐ") == "نائب"                      # presentation forms (PDF text)
    assert model_view("نا\u200fئب") == "نائب"                 # RLM inside a word
    assert model_view("نَائِبُ") == "نائب"                     # diacritics
    assert model_view("\u200c") == "" and model_view("\ufeff") == ""
    assert is_symbol("😀") and is_symbol("©") and not is_symbol("،") and not is_symbol("سعد")


def test_tatweel_title_keeps_its_label_and_offsets():
    text = "قال نائـــب رئيس اللجنة"
    ents, seen = run(text)
    assert ents == [(4, 16, "TITLE", "نائـــب رئيس")]
    assert text[4:16] == "نائـــب رئيس" and seen == [["قال", "نائب", "رئيس", "اللجنة"]]


def test_presentation_forms_are_read_as_letters():
    text = "ﺳﻌﺪ ﺍﻟﻘﺤﻄﺎﻧﻲ"
    ents, _ = run(text)
    assert ents == [(0, len(text), "PER", text)]


def test_invisible_marks_do_not_split_an_entity():
    text = "التقى سعد \u200c القحطاني و\u200fسعد"
    ents, seen = run(text)
    assert ents[0] == (6, 20, "PER", "سعد \u200c القحطاني")  # the lone ZWNJ is not seen, the span runs over it
    assert all(w for sent in seen for w in sent)


def test_emoji_never_carries_a_label():
    text = "سعد 😀 القحطاني"
    ents, _ = run(text)
    assert [e[3] for e in ents] == ["سعد", "القحطاني"]  # the stub tags the emoji I-PER; it is dropped


def test_training_examples_see_the_same_view():
    doc = {"id": "x", "text": "قال نائـــب \u200c رئيس", "entities": [{"id": "e1", "start": 4, "end": 18, "label": "TITLE"}]}
    (ex,) = doc_examples(doc, ArabicTokenizer())
    assert ex.words == ["قال", "نائب", "رئيس"] and ex.tags == ["O", "B-TITLE", "I-TITLE"]
    assert [doc["text"][s:e] for s, e in ex.offsets] == ["قال", "نائـــب", "رئيس"]


def test_split_off_proclitic_is_left_outside_a_predicted_span():
    from pipeline.ner.data import tags_to_entities

    # «مصرف الإمارات للتنمية»: the model's I-ORG on the split-off «ل» must not end the span on it
    words, offsets = ["مصرف", "الإمارات", "ل", "لتنمية"], [(0, 4), (5, 13), (14, 15), (15, 21)]
    assert tags_to_entities(offsets, ["B-ORG", "I-ORG", "I-ORG", "O"], words) == [
        {"start": 0, "end": 13, "label": "ORG"}]
    # a span that is only the proclitic is dropped; a leading one stays: the tokenizer splits «ولي» as «و|لي»
    assert tags_to_entities([(0, 1), (1, 4)], ["B-LOC", "O"], ["و", "مصر"]) == []
    assert tags_to_entities([(0, 1), (1, 3), (4, 9)], ["B-TITLE", "I-TITLE", "I-TITLE"], ["و", "لي", "العهد"]) == [
        {"start": 0, "end": 9, "label": "TITLE"}]
    # a letter that is not glued to a next word (initials «ع.ك») stays inside
    assert tags_to_entities([(0, 1), (1, 2), (2, 3)], ["B-PER", "I-PER", "I-PER"], ["ع", ".", "ك"]) == [
        {"start": 0, "end": 3, "label": "PER"}]
