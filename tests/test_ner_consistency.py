"""Document-level label consistency (`pipeline.ner.consistency`): a name the model labels at one mention is
labelled at its other mentions of the same document, at word boundaries only, never over an entity.

Sentences written for these tests; entities given inline as [[surface|LABEL]] (tests/conftest.py `parse`),
or found by a stub classifier through the spaCy component.
"""
from __future__ import annotations

import spacy

from pipeline.ner.component import NERComponent
from pipeline.ner.consistency import spread_labels
from tests.conftest import parse


def spread(marked: str, tokenizer) -> list[tuple[str, str]]:
    """(surface, label) of every entity after the pass, each checked to index its own surface on tokens."""
    text, ents = parse(marked)
    spans = tokenizer.spans(text)
    out = spread_labels(text, spans, ents)
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    for e in out:
        assert e["start"] in starts and e["end"] in ends
    return [(text[e["start"]:e["end"]], e["label"]) for e in out]


def test_a_person_is_labelled_at_a_later_mention(tokenizer):
    out = spread("أعلن [[العتيبي|PER]] عن الخطة أمس، وأكد [[العتيبي|PER]] جاهزيتها، وقال العتيبي إن التنفيذ يبدأ غدا.",
                 tokenizer)
    assert out == [("العتيبي", "PER")] * 3


def test_one_labelling_of_a_one_word_person_is_not_copied(tokenizer):
    # a common word the model read as a name once («عايش»: living) stays as it was
    out = spread("قال إن [[عايش|PER]] في المدينة منذ سنوات، وإنه عايش الحرب كلها.", tokenizer)
    assert out == [("عايش", "PER")]
    # the same name, also the last word of a full name in the article, is copied
    out = spread("حضر [[سالم عايش|PER]] الحفل، ثم تحدث [[عايش|PER]] للصحفيين، وغادر عايش مبكرا.", tokenizer)
    assert out == [("سالم عايش", "PER"), ("عايش", "PER"), ("عايش", "PER")]


def test_a_mention_after_split_proclitics(tokenizer):
    out = spread("شكر [[العتيبي|PER]] الحضور، وحيا [[العتيبي|PER]] الضيوف. وبالعتيبي بدأ الحفل، والكلمة للعتيبي.",
                 tokenizer)
    assert out == [("العتيبي", "PER")] * 3 + [("لعتيبي", "PER")]  # «ل|لعتيبي»: GUIDELINES §2


def test_never_inside_a_longer_word(tokenizer):
    out = spread("وصل [[سالم|PER]] إلى الدوحة، وكان سالما معافى، ومسالم الطبع، والسالمي غائب.", tokenizer)
    assert out == [("سالم", "PER")]


def test_a_short_word_and_an_organization_are_not_spread(tokenizer):
    out = spread("قال [[علي|PER]] إن الرد علي الطلب تأخر. قررت [[الهيئة|ORG]] تمديد المهلة، وتدرس الهيئة طلبات أخرى.",
                 tokenizer)
    assert out == [("علي", "PER"), ("الهيئة", "ORG")]
    out = spread("أعلنت [[هيئة النقل العام|ORG]] خطة جديدة، وستطبق هيئة النقل العام الخطة.", tokenizer)
    assert out == [("هيئة النقل العام", "ORG")]


def test_a_multi_word_place_is_spread_and_a_title_is_not(tokenizer):
    out = spread("وصل [[وزير الخارجية|TITLE]] إلى [[المدينة المنورة|LOC]]، وزار وزير الخارجية المدينة المنورة أمس.",
                 tokenizer)
    assert out == [("وزير الخارجية", "TITLE"), ("المدينة المنورة", "LOC"), ("المدينة المنورة", "LOC")]


def test_a_place_after_a_definite_noun_is_an_adjective(tokenizer):
    out = spread("عاد الوفد إلى [[السعودية|LOC]] أمس، وأشاد بالعلاقات السعودية المصرية، ثم زار السعودية مجددا.",
                 tokenizer)
    assert [s for s, _ in out] == ["السعودية", "السعودية"]
    assert out[1] == ("السعودية", "LOC")


def test_existing_entities_are_kept_whole(tokenizer):
    out = spread("زار [[سلطان|PER]] [[جامعة الأمير سلطان|ORG]] وحاضر [[سلطان|PER]] فيها ثم غادر سلطان.", tokenizer)
    assert out == [("سلطان", "PER"), ("جامعة الأمير سلطان", "ORG"), ("سلطان", "PER"), ("سلطان", "PER")]


def test_a_tie_between_two_labels_is_left_alone(tokenizer):
    out = spread("التقى [[بدران|PER]] وفد [[بدران|ORG]] في مقر بدران.", tokenizer)
    assert out == [("بدران", "PER"), ("بدران", "ORG")]


def test_the_majority_label_wins_and_spreads(tokenizer):
    out = spread("زار [[تبوك|LOC]] وفد، وفي [[تبوك|LOC]] التقى [[تبوك|ORG]] مسؤولين، ثم غادر تبوك.", tokenizer)
    assert out == [("تبوك", "LOC")] * 4


class OneMentionClassifier:
    """Tags «العتيبي» as PER in the first two sentences of each call only, like a model that misses the later
    mentions."""

    def predict(self, sentences, batch_size=32):
        out = []
        for words in sentences:
            tags = ["O"] * len(words)
            if len(out) < 2 and "العتيبي" in words:
                tags[words.index("العتيبي")] = "B-PER"
            out.append(tags)
        return out


def test_the_component_spreads_and_can_be_turned_off():
    nlp = spacy.blank("ar")
    from pipeline.text.tokenizer import ArabicTokenizer

    nlp.tokenizer = ArabicTokenizer(nlp.vocab)
    text = "صرح العتيبي للصحفيين. وأكد العتيبي الخبر. ثم عاد العتيبي إلى مكتبه."
    ner = object.__new__(NERComponent)
    ner.classifier, ner.batch_size, ner.consistency = OneMentionClassifier(), 32, True
    doc = ner(nlp(text))
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(4, 11, "PER"), (27, 34, "PER"), (49, 56, "PER")]
    assert all(text[e.start_char:e.end_char] == "العتيبي" for e in doc.ents)
    ner.consistency = False
    assert [e.text for e in ner(nlp(text)).ents] == ["العتيبي", "العتيبي"]


def test_the_surname_of_a_full_name_names_the_person_alone(tokenizer):
    out = spread("افتتح [[خالد المطيري|PER]] المعرض أمس. وقال المطيري إن المعرض يستمر أسبوعا، وأضاف د. المطيري أن الدخول مجاني.",
                 tokenizer)
    assert out == [("خالد المطيري", "PER"), ("المطيري", "PER"), ("المطيري", "PER")]


def test_no_surname_from_a_compound_an_ordinal_or_a_plural(tokenizer):
    out = spread("استقبل [[سعيد عبد الله|PER]] الوفد، وقال إن الله وفقهم. وحضر [[فهد الأول|PER]] الحفل الأول، "
                 "وزار [[ماجد المصابين|PER]] المصابين.", tokenizer)
    assert out == [("سعيد عبد الله", "PER"), ("فهد الأول", "PER"), ("ماجد المصابين", "PER")]


def test_a_surname_labelled_otherwise_keeps_its_label(tokenizer):
    out = spread("وصل [[حمد الدوحة|PER]] إلى [[الدوحة|LOC]] أمس، وغادر الدوحة اليوم.", tokenizer)
    assert ("الدوحة", "PER") not in out


def test_no_person_after_a_family_or_street_word(tokenizer):
    out = spread("عزى [[ناصر الحربي|PER]] عائلة «الحربي» وأهالي شارع الحربي، وقال الحربي إن المصاب جلل.", tokenizer)
    assert out == [("ناصر الحربي", "PER"), ("الحربي", "PER")]  # the one after «وقال»
