"""Document-level label consistency ("one sense per discourse") after the sentence-level NER model.

The token classifier reads one sentence at a time, so in a news article it often labels a name at one
mention and misses it, or labels it otherwise, at another («العتيبي» PER once, nothing later). GUIDELINES
decisions 4, 29, 126, 181 and 254 make such names an entity "in every mention", with one label. This pass
gives every mention of a surface the label most of its labelled mentions have, and copies that label to the
mentions the model left unlabelled.

What it may do (chosen by measurement, session 18: fitted on real-train, judged on real-dev):
- relabel: a surface labelled two ways takes its strict majority label (a tie changes nothing);
- spread: only PER and LOC names of one word of at least four letters (shorter ones are often common words:
  «علي»، «الي»، «أول»), and multi-word PER and LOC; never ORG (a product or a member noun before a body,
  decision 103, is too often unlabelled in the gold) nor TITLE (session 19: spreading multi-word titles lowered
  TITLE on real-train 1,042 and real-dev 161), never a surface with no majority label;
- a one-word LOC with the article is not copied right after a word with the article: there it is an adjective
  agreeing with its noun («المحاكم السعودية»، «العلاقات السعودية»), not the place (session 19, real-dev 161
  LOC .8996 → .9013);
- surnames (session 19, fitted on real-train and real-dev): the last word of a multi-word PER name («محمد
  الجفري» → «الجفري») is a PER name of its own in the article (GUIDELINES decision 4: a person is an entity in
  every mention, «وقال الجفري»), unless it ends a compound («عبد الله»، «بن لادن»), is «الله», an ordinal
  («الأول») or an «ال» plural («المصابين»), or the surname is labelled otherwise somewhere in the article;
- a one-word PER the model labelled once is copied only when it is also a later word of a longer PER name in
  the article («محمد الجفري» … «الجفري»): one labelling alone is too often a common word read as a name
  (Wojood «أخوك عايش» → «عايش ومش عايش»; session 24, judged on fresh real-dev b28 and Wojood val: b28 .8431 →
  .8454, Wojood .7932 → .7966, real-dev .9029 → .9026, ANERcorp .5492 → .5486, written dev unchanged);
- never a one-word PER after a family or place word («عائلة دوابشة»، «قبيلة الوائلي»، «شارع سلمان»): there it
  names a family, a tribe or a street, which the gold leaves unlabelled;
- only at word boundaries: a mention may follow proclitics the tokenizer split off (و ف ب ل ك, GUIDELINES
  §2 «proclitics are outside the span»), and «ال» after a split ل is written «ل» («للعتيبي» → «لعتيبي», §2);
  never inside a longer word, never overlapping an existing entity.
Every added span starts and ends on token offsets, so it maps to a spaCy `doc.char_span`.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict

from camel_tools.utils.normalize import normalize_alef_ar

from pipeline.ner.data import Span
from pipeline.numbers.parse import ORDINALS
from pipeline.text.lexicon import PROCLITIC_LETTERS, PROCLITIC_SPLITS, QUOTES
from pipeline.text.proclitics import ARTICLE

COMPOUND_NAME = frozenset({"عبد", "بن", "ابن", "بنت", "أبو", "ابو", "أبي", "آل", "أم", "ام", "ولد"})  # «عبد الله»، «بن لادن»: no surname alone
FAMILY_WORDS = frozenset({"عائلة", "أسرة", "اسرة", "قبيلة", "آل", "ابن", "بن", "بنت", "أبو", "عبد", "شارع"})
QUOTES_AND_BRACKETS = "".join(QUOTES) + "()"  # skipped around the word before a mention
SKIPPED_BEFORE = frozenset(" " + QUOTES_AND_BRACKETS)  # what `_previous_word` steps over right before a mention
SPREAD_LABELS = frozenset({"PER", "LOC"})  # labels copied to unlabelled mentions
MIN_ONE_WORD = 4  # letters of a one-word mention at least, to be copied


def _word_char(c: str) -> bool:
    """A letter, digit or combining mark: a mention must not touch one (it would be inside a word)."""
    return c.isalnum() or unicodedata.category(c).startswith("M")


def _clitics(text: str, tokens: list[Span], at: dict[int, int], start: int) -> str | None:
    """The proclitics before a mention at `start` ("" for none), or None when `start` is not a word start:
    only split-off proclitic tokens may sit between the word boundary and the mention."""
    clitics = ""
    while start > 0 and _word_char(text[start - 1]):
        k = at.get(start)
        if k is None or k == 0 or tokens[k - 1][1] != start:
            return None
        prev = text[tokens[k - 1][0]:start]
        if prev not in PROCLITIC_SPLITS:
            return None
        clitics, start = prev + clitics, tokens[k - 1][0]
    return clitics


def _key(surface: str, clitics: str) -> str:
    """The surface with its article restored after a split ل («ل|لعتيبي» → «العتيبي»), so both forms match."""
    if clitics.endswith("ل") and surface.startswith("ل") and not surface.startswith(ARTICLE):
        return "ا" + surface
    return surface


def _spreadable(key: str, label: str) -> bool:
    return label in SPREAD_LABELS and (len(key.split()) > 1 or len(key) >= MIN_ONE_WORD)


def _surname(words: list[str]) -> str | None:
    """The last word of a PER name of several words when it may name the person alone, else None."""
    if len(words) < 2 or words[-2] in COMPOUND_NAME:
        return None
    last = words[-1]
    if len(last) < MIN_ONE_WORD or last == "الله":
        return None
    if last.startswith(ARTICLE) and (normalize_alef_ar(last[2:]) in ORDINALS or last.endswith(("ين", "ون", "ات"))):
        return None
    return last


def _previous_word(text: str, start: int) -> str:
    """The word before `start`, quotes skipped ("" at the start of the text). Read backwards from `start` (as
    `text[:start].rstrip(" " + QUOTES_AND_BRACKETS).split()[-1]` would, without copying and splitting the whole
    text before every mention)."""
    end = start
    while end > 0 and text[end - 1] in SKIPPED_BEFORE:
        end -= 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end].strip(QUOTES_AND_BRACKETS)


def _blocked(text: str, start: int, form: str, label: str) -> bool:
    """Whether a one-word mention at `start` (before its proclitics) must stay unlabelled: a PER after a family
    or street word, or a LOC with the article after a word with the article (an adjective)."""
    if " " in form:
        return False
    word = _previous_word(text, start)
    if label == "PER":
        return word in FAMILY_WORDS or (word[:1] in PROCLITIC_LETTERS and word[1:] in FAMILY_WORDS)
    definite = word.startswith((ARTICLE, "لل")) or word[:1] in PROCLITIC_LETTERS and word[1:].startswith(ARTICLE)
    return label == "LOC" and form.startswith(ARTICLE) and definite


def _majority(counts: Counter) -> str | None:
    (label, n), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == n else label


class _Taken:
    """The character spans already labelled, asked «does [start, end) overlap one?» once per occurrence of every
    spreadable surface: the characters they cover are marked, so a question costs the length of the occurrence,
    not the number of mentions (empty or reversed spans, which cover no character, are kept in a list)."""

    def __init__(self, size: int, spans: list[Span]) -> None:
        self.cover = bytearray(max([size] + [e for _, e in spans]))
        self.odd: list[Span] = []
        for s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        if 0 <= s < e:
            self.cover[s:e] = b"\x01" * (e - s)
        else:
            self.odd.append((s, e))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span [s, e) taken overlaps [start, end) (s < end and start < e), for 0 <= start < end <= size."""
        return self.cover.find(1, start, end) != -1 or any(s < end and start < e for s, e in self.odd)


def spread_labels(text: str, tokens: list[Span], entities: list[dict]) -> list[dict]:
    """`entities` with each surface's majority label, plus a copy at every unlabelled mention of a spreadable
    surface (dicts with start, end, label and any other keys, kept; the result sorted by start).
    `tokens` are the tokenizer's offsets."""
    at = {s: k for k, (s, _) in enumerate(tokens)}
    ends = {e for _, e in tokens}
    keys = [_key(text[e["start"]:e["end"]], _clitics(text, tokens, at, e["start"]) or "") for e in entities]
    counts: dict[str, Counter] = defaultdict(Counter)
    for key, e in zip(keys, entities):
        counts[key][e["label"]] += 1
    winner = {key: _majority(c) for key, c in counts.items()}
    for key in list(winner):
        last = _surname(key.split()) if winner[key] == "PER" else None
        if last is not None and last not in counts:
            winner.setdefault(last, "PER")
    out = [e if winner[key] in (None, e["label"]) else {**e, "label": winner[key]} for key, e in zip(keys, entities)]
    taken = _Taken(len(text), [(e["start"], e["end"]) for e in entities])
    later = {w for key, label in winner.items() if label == "PER" for w in key.split()[1:]}
    by_head = _token_heads(text, at) if len(text) >= INDEX_FROM else None
    for key, label in winner.items():
        if label is None or not _spreadable(key, label):
            continue
        if label == "PER" and " " not in key and key in counts and counts[key]["PER"] < 2 and key not in later:
            continue  # one uncorroborated labelling («أخوك عايش»): not copied
        forms = [key, "ل" + key[2:]] if key.startswith(ARTICLE) and len(key) > 3 else [key]
        for form in forms:
            for start in _occurrences(text, form, by_head):
                end = start + len(form)
                clitics = _clitics(text, tokens, at, start) if start in at and end in ends else None
                if (clitics is not None and (form == key or clitics.endswith("ل"))
                        and (end == len(text) or not _word_char(text[end]))
                        and not taken.overlaps(start, end)
                        and not _blocked(text, start - len(clitics), form, label)):
                    taken.add(start, end)
                    out.append({"start": start, "end": end, "label": label})
    return sorted(out, key=lambda e: e["start"])


HEAD = 4  # characters `_occurrences` groups token starts by («المد», «الر…» would leave groups of thousands)
# text length from which spread_labels indexes the token starts: a search per surface costs surfaces × length, which
# grows as the square of a long text's length; below it (one news article) the search is cheaper than the index
INDEX_FROM = 10_000


def _token_heads(text: str, at: dict[int, int]) -> dict[str, list[int]]:
    """The token starts grouped by the HEAD characters there, each group ascending."""
    by_head: dict[str, list[int]] = {}
    for s in sorted(at):
        by_head.setdefault(text[s:s + HEAD], []).append(s)
    return by_head


def _occurrences(text: str, form: str, by_head: dict[str, list[int]] | None) -> list[int]:
    """Where `form` occurs, ascending: with `by_head` (`_token_heads`) and a form of HEAD characters or more, only
    at the token starts (a copy may only start at a token) that open as it does, instead of a search of the whole
    text per surface; otherwise every occurrence, as a search finds them."""
    if by_head is None or len(form) < HEAD:
        found, start = [], text.find(form)
        while start >= 0:
            found.append(start)
            start = text.find(form, start + 1)
        return found
    return [s for s in by_head.get(form[:HEAD], ()) if text.startswith(form, s)]
