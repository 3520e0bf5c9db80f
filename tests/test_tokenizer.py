from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.proclitics import ProcliticModel
from pipeline.text.tokenizer import ArabicTokenizer
from tests.conftest import load_script


def surfaces(tok, text):
    return [text[s:e] for s, e in tok.spans(text)]


def test_numbers_stay_whole_and_percent_is_split(tokenizer):
    text = "بنسبة 7.1٪ و3,106 من أصل ٢٠٢١ و88.03% و٩٢٫٥ و٣٬١٠٦ و241/439"
    assert surfaces(tokenizer, text) == [
        "بنسبة", "7.1", "٪", "و", "3,106", "من", "أصل", "٢٠٢١", "و", "88.03", "%", "و", "٩٢٫٥",
        "و", "٣٬١٠٦", "و", "241", "/", "439"]


def test_punctuation_is_split(tokenizer):
    text = "«الوقاية الذاتية»، (ANTQ)؛ هل؟ 15-NQ/TU \"شعار\""
    assert surfaces(tokenizer, text) == [
        "«", "الوقاية", "الذاتية", "»", "،", "(", "ANTQ", ")", "؛", "هل", "؟", "15", "-", "NQ", "/", "TU",
        '"', "شعار", '"']


def test_sentence_final_dot_after_number_is_not_a_decimal(tokenizer):
    assert surfaces(tokenizer, "مقارنة بعام 2022. وبلغ")[-3:-1] == ["2022", "."]


def test_proclitics_split_only_where_the_rest_is_a_word(tokenizer):
    # split: conjunction, preposition, ل before the elided article, stacked clitics
    assert surfaces(tokenizer, "ولجنة") == ["و", "لجنة"]
    assert surfaces(tokenizer, "للجنة") == ["ل", "لجنة"]
    assert surfaces(tokenizer, "للشرطة") == ["ل", "لشرطة"]
    assert surfaces(tokenizer, "بوزارة") == ["ب", "وزارة"]
    assert surfaces(tokenizer, "واللجنة") == ["و", "اللجنة"]
    assert surfaces(tokenizer, "وبالمقاطعة") == ["و", "ب", "المقاطعة"]
    # kept whole: the first letter belongs to the word
    for word in ("وزارة", "بلدية", "لاو", "كاي", "وحدة", "الإقليمية", "فريق", "بوابة"):
        assert surfaces(tokenizer, word) == [word], word


def test_split_keeps_diacritics_and_tatweel_with_their_letter(tokenizer):
    assert surfaces(tokenizer, "وَلجنة") == ["وَ", "لجنة"]
    assert surfaces(tokenizer, "لـ 10") == ["لـ", "10"]


def test_decisions_follow_the_data_not_a_word_list():
    model = ProcliticModel(counts={"ولجنة": 500, "لجنة": 5})
    assert ArabicTokenizer(model=model).spans("ولجنة") == [(0, 5)]
    model = ProcliticModel(counts={"ولجنة": 5, "لجنة": 500})
    assert ArabicTokenizer(model=model).spans("ولجنة") == [(0, 1), (1, 5)]
    model = ProcliticModel(counts={"ولجنة": 5, "لجنة": 500}, keep=frozenset({"ولجنة"}))
    assert ArabicTokenizer(model=model).spans("ولجنة") == [(0, 5)]


@pytest.mark.parametrize("counts, split", [
    ({"القرينة": 9, "بالقرينة": 3}, True),  # an article opens the rest: a rarer noun is evidence enough
    ({"قرينة": 9, "بقرينة": 3}, False),  # no article: the usual minimum holds
    ({"اليه": 9, "باليه": 3}, False),  # too short to be an article noun («باليه», ballet)
    ({"القرينة": 9, "بالقرينة": 5}, False),  # the whole is nearly as common: kept
])
def test_a_rest_that_opens_with_the_article_needs_less_evidence(counts, split):
    word = max(counts, key=len)
    spans = ArabicTokenizer(model=ProcliticModel(counts=counts)).spans(word)
    assert (spans == [(0, 1), (1, len(word))]) if split else (spans == [(0, len(word))])


@pytest.mark.parametrize("text, expected", [
    ("الفكرالقديم", ["الفكر", "القديم"]),  # before the article: both sides frequent, the whole unknown
    ("الزيارةزار", ["الزيارة", "زار"]),  # after a ta marbuta, which only ends a word
    ("مستشفىالولادة", ["مستشفى", "الولادة"]),  # after an alef maqsura
    ("ووزارةالداخلية", ["و", "وزارة", "الداخلية"]),  # the seam first, then the proclitic
    ("الزيارةُزار", ["الزيارةُ", "زار"]),  # a mark stays with its letter
    ("الجابرSami9", ["الجابر", "Sami", "9"]),  # a change of script, whatever the counts
    ("القصيمأعلن", ["القصيم", "أعلن"]),  # no spelling cue: two long, very frequent words
    ("الرياضنداء", ["الرياض", "نداء"]),  # a glitch seen in a few copies is still rare
    ("عبدالقديم", ["عبدالقديم"]),  # «عبد» + article: one name written as one word
    ("الفكرالعنيد", ["الفكرالعنيد"]),  # a rare side: no evidence of a seam
    ("الفكرالقديمة", ["الفكرالقديمة"]),  # the whole is a frequent word
    ("الخالقديم", ["الخالقديم"]),  # an article and one letter is no word
    ("الأربعمائة", ["الأربعمائة"]),  # hundreds are written joined to their unit
    ("وأعلنالقديم", ["و", "أعلنالقديم"]),  # a proclitic before a counted word is not a seam
    ("اﻹسلام", ["اﻹسلام"]),  # a presentation-form ligature is Arabic, not another script
])
def test_words_run_together_are_cut_at_the_lost_space(text, expected):
    counts = {"الفكر": 400, "القديم": 300, "زار": 90, "الولادة": 60, "وزارة": 900, "الداخلية": 800, "القصيم": 700,
              "أعلن": 2000, "الرياض": 5000, "نداء": 400, "الرياضنداء": 3, "عبد": 900, "العنيد": 10,
              "الفكرالقديمة": 40, "الخ": 500, "الأربع": 500, "مائة": 900, "أعلنالقديم": 40}
    tok = ArabicTokenizer(model=ProcliticModel(counts=counts))
    spans = tok.spans(text)
    assert [text[s:e] for s, e in spans] == expected
    assert "".join(text[s:e] for s, e in spans) == text


def test_sentences_end_at_full_stop_and_line_break_not_semicolon(tokenizer):
    text = "انخفضت الجرائم؛ وبلغ المعدل 90%. وتم ذلك\nسطر جديد"
    spans = tokenizer.spans(text)
    starts = [text[s:e] for (s, e), f in zip(spans, tokenizer.sentence_starts(text, spans)) if f]
    assert starts == ["انخفضت", "وتم", "سطر"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ولبفكالجنةزر 0123456789.,٫٬٪%٠١٢«»()،؛؟-/\n\r\t\u200f\u200e\ufeffـَُِّa<>&")) | st.characters(), max_size=80))
def test_any_text_gives_ordered_valid_offsets_covering_every_nonspace_char(text):
    tok = ArabicTokenizer(model=_MODEL)
    spans = tok.spans(text)
    covered = set()
    prev_end = 0
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        prev_end = e
        covered.update(range(s, e))
        assert text[s:e] == text[s:e].strip() or not text[s:e].strip()
    assert covered == {i for i, ch in enumerate(text) if not ch.isspace()}


_MODEL = ProcliticModel.load()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_spacy_doc_reproduces_the_text_exactly(text):
    from spacy.vocab import Vocab

    doc = ArabicTokenizer(Vocab(), model=_MODEL)(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx:t.idx + len(t.text)] == t.text


def test_messy_input_keeps_offsets(nlp):
    text = "\ufeffالعقيد\r\nلي في هونغ\u200f <b>ساعد</b> شُرطـــة Hanoi 2024"
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space][:3] == ["\ufeff", "العقيد", "لي"]
    words = [t.text for t in doc if not t.is_space]
    assert words[words.index("\u200f") + 1:] == ["<", "b", ">", "ساعد", "<", "/", "b", ">", "شُرطـــة", "Hanoi", "2024"]


def test_doc_words_are_read_once_per_doc_and_the_doc_still_serializes(nlp):
    from spacy.tokens import Doc

    from pipeline.text.tokenizer import doc_words

    text = "قال  الوزير:\nزار 3 مدن.  ثم عاد"
    doc = nlp.make_doc(text)
    first = doc_words(doc)
    assert doc_words(doc).spans is first.spans  # kept on the Doc, not computed again by each stage
    assert all(text[s:e] == w for (s, e), w in zip(first.spans, first.words))
    assert [doc[i].text for i in first.tokens] == first.words and not any(w.isspace() for w in first.words)
    assert first.sent_starts == [True, False, False, True, False, False, False, True, False]  # a line break, a full stop
    back = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert doc_words(back).words == first.words


def test_gold_evidence_weighs_a_split_against_the_whole_word():
    """«واحد» is the number «one» or «و» + «احد» («and one of»): the reading the gold shows more often wins."""
    module = load_script("build_segmentation")

    def doc(text: str, start: int) -> dict:
        return {"text": text, "entities": [], "numbers": [{"start": start, "end": start + 3}]}

    split_once = [doc("واحد", 1), doc("شخص واحد", 4), doc("رجل واحد", 4)]
    keep, split = module.gold_evidence(split_once)
    assert "واحد" in keep and "واحد" not in split
    keep, split = module.gold_evidence([doc("واحد", 1), doc("واحد", 1), doc("رجل واحد", 4)])
    assert split == {"واحد": 1} and "واحد" not in keep
    keep, split = module.gold_evidence([doc("بصحيفة", 1)])
    assert split == {"بصحيفة": 1} and not keep


def test_extra_evidence_reads_entities_only_and_never_overrules_the_gold():
    """Real-news gold adds entity evidence; the written split's own evidence stays first."""
    module = load_script("build_segmentation")
    gold = [{"text": "ولي هونغ", "entities": [{"start": 1, "end": 8, "label": "PER"}]}]
    extra = [{"text": "ولي العهد", "entities": [{"start": 0, "end": 9, "label": "TITLE"}]},
             {"text": "ولي العهد", "entities": [{"start": 0, "end": 9, "label": "TITLE"}]},
             {"text": "بصحيفة الوطن", "entities": [{"start": 1, "end": 12, "label": "ORG"}]},
             {"text": "بنسبة 5%", "entities": [], "numbers": [{"start": 6, "end": 8, "subject": [1, 5]}]}]
    keep, split = module.merge_evidence(gold, extra)
    assert split == {"ولي": 1, "بصحيفة": 1} and "ولي" not in keep
    keep, split = module.merge_evidence([], extra)
    assert "ولي" in keep and split == {"بصحيفة": 1}
