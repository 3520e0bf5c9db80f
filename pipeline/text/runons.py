"""Words run together where a space was lost, cut back apart at the seam, offsets untouched.

Scraped news loses spaces at paragraph and markup seams («المشاركةأقام», «أصدرالشيخ»,
«الجابرSami»), and a token that hides a word boundary hides an entity boundary from the NER.
A seam is cut only where the evidence is strong:
- a change of script inside a run of letters (Arabic against Latin or any other);
- in a word the corpus counts rarely (fewer than `RARE` times), after a ta marbuta or
  alef maqsura, which Arabic writes only at a word's end, when a counted word follows
  («الزيارةزار»);
- in such a word, before a definite article when both sides are frequent words («الفكرالقديم»),
  except after «عبد»/«أبو» and kin, which compose names written as one word («عبدالمطلوب»);
- in such a word, between two long words that are both very frequent («القصيمأعرب»).
Never after an article and one letter («الخ|الدين» is «الخالدين») or before «مائة» («الخمسمائة»);
a word that is a proclitic before a counted word («والدّعامة») is the proclitic model's, never cut here.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.text.chars import ARABIC_LETTER_RE, ATTACHED_RE
from pipeline.text.proclitics import ARTICLE, PREFIXES

WORD_FINAL = "ةى"  # letters Arabic spelling keeps for the end of a word
NAME_HEADS = ("عبد", "عبيد", "ابو", "أبو", "ابا", "أبا", "ابي", "أبي")  # «عبدالمطلوب», «أبوالنجا»: one name
HUNDREDS = ("مائة", "مئة")  # «الخمسمائة»: hundreds are written joined to their unit
RARE = 10  # a word seen less often than this may hide a seam (a glitch repeats in a few copies of an article)
MIN_COUNT = 50  # each side of an article seam must be a word seen this often
BARE_COUNT, BARE_LETTERS = 300, 4  # a seam with no spelling cue: two long, frequent words
PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufeff"
_PRESENTATION = re.compile(f"[{PRESENTATION_FORMS}]")  # the counts are kept for plain letters only
ARABIC_BLOCKS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff" + PRESENTATION_FORMS
_RUNS = re.compile(f"[{ARABIC_BLOCKS}]+|[^{ARABIC_BLOCKS}]+")  # runs of one script


def _seam(key: str, counts: Mapping[str, int]) -> int:
    """Letters of an Arabic word's lookup form before its first seam (0: none)."""
    known = counts.get(key, 0) >= RARE or any(key.startswith(p) and counts.get(key[len(p):], 0) >= RARE for p in PREFIXES)
    if len(key) < 5 or known:  # a word, or a proclitic before one («والدّعامة»)
        return 0
    for i in range(2, len(key) - 1):
        head, rest = key[:i], key[i:]
        if head[-1] in WORD_FINAL and counts.get(rest, 0) >= MIN_COUNT:
            return i
        both = min(counts.get(head, 0), counts.get(rest, 0))
        if rest in HUNDREDS or head.startswith(ARTICLE) and len(head) < 4:
            continue
        if rest.startswith(ARTICLE) and len(head) >= 3 and len(rest) >= 4 and not head.endswith(NAME_HEADS):
            if both >= MIN_COUNT:
                return i
        elif both >= BARE_COUNT and min(len(head), len(rest)) >= BARE_LETTERS:
            return i
    return 0


def _arabic_cuts(word: str, counts: Mapping[str, int]) -> list[int]:
    """Seams inside a run of Arabic letters; marks and tatweel stay with the letter before them."""
    ends: list[int] = []  # for each letter, the offset after it and its marks
    for i, ch in enumerate(word):
        if not ATTACHED_RE.match(ch):
            ends.append(i + 1)
        elif ends:
            ends[-1] = i + 1
    key = ATTACHED_RE.sub("", word)
    cuts, done = [], 0
    while n := _seam(key[done:], counts):
        done += n
        cuts.append(ends[done - 1])
    return cuts


def runon_cuts(word: str, counts: Mapping[str, int]) -> tuple[int, ...]:
    """Offsets inside `word` (one run of letters) where a lost space is put back."""
    if counts.get(word, 0) >= RARE:  # a word the corpus knows as written: no seam
        return ()
    cuts: list[int] = []
    for k, m in enumerate(_RUNS.finditer(word)):
        if k:
            cuts.append(m.start())
        if ARABIC_LETTER_RE.match(m.group()) and not _PRESENTATION.search(m.group()):
            cuts.extend(m.start() + c for c in _arabic_cuts(m.group(), counts))
    return tuple(cuts)
