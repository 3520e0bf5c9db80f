"""Rules of the thirty-fifth real-news pass on decision and enforcement frames (GUIDELINES §4, §7 decisions 191,
262): an instrument word sheds at most one conjunction and one preposition glued before it, never its own first letter
(«لائحة»، «لوائح» keep their «ل»). Every sentence here is written for the test; entities are given as gold (marked
[[surface|LABEL]])."""
from __future__ import annotations

import pytest

from pipeline.frames.triggers import readings, unclitic
from pipeline.text.chars import word_key
from pipeline.text.lexicon import keys


@pytest.mark.parametrize("word, known, bare", [
    ("لائحة", keys("لائحة"), "لائحة"),  # its own «ل»
    ("ولوائح", keys("لوائح"), "لوائح"),  # a conjunction, then its own «ل»
    ("وبالقرار", ("القرار",), "القرار"),  # a conjunction and a preposition
    ("للقرار", ("القرار",), "القرار"),  # «ل» before the article it elides
    ("فرض", keys("قرار"), "فرض"),  # three letters: no proclitic comes off
])
def test_a_word_sheds_one_conjunction_and_one_preposition_at_most(word, known, bare):
    assert unclitic(word_key(word), known) == bare


def test_two_prepositions_are_not_proclitics():
    # «ببلاغ»: one «ب» at most comes off
    assert "لاغ" not in readings("ببلاغ")


@pytest.mark.parametrize("law", ["لائحة", "لوائح"])
def test_a_regulation_issued_by_a_body_opens_a_decision(frames, law):
    # decisions 191, 262: a regulation reported passive with its issuer
    text = f"وأوضح المتحدث أن {law} السلامة الصادرة عن [[وزارة الداخلية|ORG]] تمنع حمل السلاح في الأسواق."
    [(_, trigger, slots)] = frames(text, "decision")
    assert trigger == law
    assert slots["issuer"] == ["وزارة الداخلية"]


@pytest.mark.parametrize("text, offence", [
    ("وكان [[سامر يوسف|PER]] محبوسا لاتهامه بالانضمام إلى جماعة محظورة، وألقي القبض عليه في مايو الماضي.",
     "الانضمام إلى جماعة محظورة"),
    ("وأوقفت الشرطة أمس ثلاثة أشخاص لانتمائهم إلى خلية مسلحة.", "انتمائهم إلى خلية مسلحة"),
])
def test_a_charge_after_a_split_lam_is_the_offence(frames, text, offence):
    # decision 61: «لاتهامه ب…»، «لانتمائهم إلى …» name the offence though the tokenizer splits the «ل» off
    [(_, _, slots)] = frames(text, "enforcement")
    assert slots["offence"] == [offence]
