"""Words run together where a space was lost, cut back apart at the seam, offsets untouched.

Scraped news loses spaces at paragraph and markup seams («المشاركةأقام», «أصدرالشيخ»,
«الجابرSami»), and a token that hides a word boundary hides an entity boundary from the NER.
A seam is cut only where the evidence is strong:
- a change of script inside a run of letters (Arabic against Latin or any other);
- in a word the corpus counts do not know (fewer than the counts keep), after a ta marbuta or
  alef maqsura, which Arabic writes only at a word's end, when a counted word follows
  («الزيارةزار»);
- in such a word, before a definite article when both sides are frequent words («الفكرالقديم»),
  except after «عبد»/«أبو», which compose names written as one word («عبدالمطلوب»).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.text.chars import ARABIC_LETTER_RE, MARKS, TATWEEL

WORD_FINAL = "ةى"  # letters Arabic spelling keeps for the end of a word
ARTICLE = "ال"
NAME_HEADS = ("عبد", "ابو", "أبو")  # «عبدالمطلوب», «أبوالنجا»: one name, written without a space
MIN_COUNT = 50  # each side of an article seam must be a word seen this often
_ATTACHED = re.compile(f"[{MARKS}{TATWEEL}]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")  # counts are kept for plain letters only


def _seam(key: str, counts: Mapping[str, int]) -> int:
    """Letters of an Arabic word's lookup form before its first seam (0: none)."""
    if len(key) < 5 or key in counts:
        return 0
    for i in range(2, len(key) - 1):
        head, rest = key[:i], key[i:]
        if head[-1] in WORD_FINAL and counts.get(rest, 0) >= MIN_COUNT:
            return i
        if (rest.startswith(ARTICLE) and len(head) >= 3 and len(rest) >= 4 and not head.endswith(NAME_HEADS)
                and counts.get(head, 0) >= MIN_COUNT and counts.get(rest, 0) >= MIN_COUNT):
            return i
    return 0


def _arabic_cuts(word: str, counts: Mapping[str, int]) -> list[int]:
    """Seams inside a run of Arabic letters; marks and tatweel stay with the letter before them."""
    ends: list[int] = []  # for each letter, the offset after it and its marks
    for i, ch in enumerate(word):
        if not _ATTACHED.match(ch):
            ends.append(i + 1)
        elif ends:
            ends[-1] = i + 1
    key = _ATTACHED.sub("", word)
    cuts, done = [], 0
    while n := _seam(key[done:], counts):
        done += n
        cuts.append(ends[done - 1])
    return cuts


ARABIC_BLOCKS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"  # incl. presentation forms
_RUNS = re.compile(f"[{ARABIC_BLOCKS}]+|[^{ARABIC_BLOCKS}]+")


def runon_cuts(word: str, counts: Mapping[str, int]) -> tuple[int, ...]:
    """Offsets inside `word` (one run of letters) where a lost space is put back."""
    if word in counts:  # a word the corpus knows as written: no seam
        return ()
    cuts: list[int] = []
    for k, m in enumerate(_RUNS.finditer(word)):
        if k:
            cuts.append(m.start())
        if ARABIC_LETTER_RE.match(m.group()) and not _PRESENTATION.search(m.group()):
            cuts.extend(m.start() + c for c in _arabic_cuts(m.group(), counts))
    return tuple(cuts)
