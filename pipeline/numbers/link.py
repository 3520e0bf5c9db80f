"""Link each numeric fact to its context: qualifier, change, baseline, period and subject.

Rules over the tokenizer's words, following the conventions of GUIDELINES.md §3:
qualifier words before the number, a change only for the number that is the change
(«بنسبة»، «بزيادة»، «بمقدار» with a direction word in its clause), the baseline year
after «مقارنة ب…», the period from «في/خلال/طوال/على مدار عام YYYY» in the same sentence,
and the subject from the noun phrase the number counts or the metric it measures.

A sentence longer than `MAX_SENTENCE_WORDS` words (a text without sentence punctuation) is
read in pieces of that many words, so the work per fact stays bounded and a 20 MB line is
linear, not quadratic; no sentence of ordinary news is that long (the longest among 20,000
SaudiNewsNet articles has 790 words), so their output does not depend on it.
"""
from __future__ import annotations

from pipeline.numbers.detect import Fact, find_years

PROCLITICS = {"و", "ف", "ب", "ل", "ك", "بـ", "لـ"}
QUALIFIERS = [  # (phrase as lookup keys, qualifier); longest first
    (("ما", "لا", "يقل", "عن"), "gte"), (("ما", "لا", "يزيد", "عن"), "lte"), (("ما", "لا", "يزيد", "على"), "lte"),
    (("ما", "لا", "تقل", "عن"), "gte"), (("ما", "لا", "تزيد", "عن"), "lte"), (("لا", "تقل", "عن"), "gte"),
    (("لا", "تزيد", "عن"), "lte"), (("لا", "يقل", "عن"), "gte"), (("لا", "يزيد", "عن"), "lte"), (("ما", "يقرب", "من"), "approx"),
    (("ما", "يقارب"), "approx"), (("ما", "يزيد", "عن"), "gt"), (("ما", "يزيد", "على"), "gt"),
    (("اكثر", "من"), "gt"), (("ازيد", "من"), "gt"), (("اقل", "من"), "lt"), (("يقرب", "من"), "approx"),
    (("حوالي",), "approx"), (("نحو",), "approx"), (("قرابة",), "approx"), (("زهاء",), "approx"),
    (("حوالى",), "approx"), (("يقارب",), "approx"),
]
CHANGE_MARKERS = {"بنسبة", "بمقدار", "قدرها", "مقدارها", "بـ", "ب", "نسبتها"}
INCREASE = ("ارتفع", "ارتفاع", "زياد", "بزياد", "زاد", "ازداد", "يزيد", "نمو", "تضاعف", "رفع", "بارتفاع", "تزايد")
DECREASE = ("انخفض", "انخفاض", "بانخفاض", "خفض", "تراجع", "بتراجع", "تقلص", "نقص", "قل", "تناقص", "هبط")
METRIC_VERBS = ("بلغ", "وصل", "يبلغ", "تبلغ", "يصل", "تصل", "انخفض", "ارتفع", "تراجع", "زاد", "سجل")
PERIOD_MARKERS = {"في", "خلال", "طوال", "مدار"}
YEAR_WORDS = {"عام", "العام", "سنة"}
CLAUSE_END = {".", "؛", "!", "؟", "\n", ";"}
MAX_SENTENCE_WORDS = 1000
SUBJECT_STOP = {"في", "على", "الى", "إلى", "عن", "مع", "حتى", "مقارنة", "بنسبة", "منذ", "خلال", "اي", "أي", "،", ",",
                ".", "؛", ":", "(", ")", "-", "/", "«", "»", '"'}


def sentence_pieces(sent_of: list[int], max_words: int = MAX_SENTENCE_WORDS) -> list[int]:
    """Sentence numbers with every sentence cut into pieces of at most `max_words` words
    (the same pieces `link` reads), for the rules downstream that must agree with it."""
    out: list[int] = []
    piece, prev, start = -1, None, 0
    for k, s in enumerate(sent_of):
        if s != prev:
            prev, start = s, k
        if k == start or (k - start) % max_words == 0:
            piece += 1
        out.append(piece)
    return out


def _piece(i: int, s0: int, s1: int, max_words: int = MAX_SENTENCE_WORDS) -> tuple[int, int]:
    """The [start, end) words of the piece of sentence [s0, s1) that holds word i."""
    p0 = s0 + (i - s0) // max_words * max_words
    return p0, min(s1, p0 + max_words)


def _bare(key: str) -> str:
    for p in ("وب", "و", "ف", "ب", "ل"):
        if key.startswith(p) and len(key) > len(p) + 2:
            return key[len(p):]
    return key


def _direction(key: str) -> str | None:
    for k in (key, _bare(key)):
        if k.startswith(INCREASE):
            return "increase"
        if k.startswith(DECREASE):
            return "decrease"
    return None


def _clause_start(words: list[str], i: int, sentence_start: int) -> int:
    k = i - 1
    while k > sentence_start and words[k] not in CLAUSE_END and words[k] != "؛":
        k -= 1
    return k + 1 if k >= sentence_start and words[k] in CLAUSE_END else max(k, sentence_start)


def qualifier(keys: list[str], first: int) -> str:
    before = [k for k in keys[max(0, first - 5):first] if k not in PROCLITICS]
    for phrase, q in QUALIFIERS:
        if tuple(before[-len(phrase):]) == phrase:
            return q
    after = keys[first + 1:first + 3] if first + 1 < len(keys) else []
    if after[:2] == ["على", "الاقل"]:
        return "gte"
    return "eq"


def link(fact: Fact, words: list[str], keys: list[str], spans: list[tuple[int, int]], sent_of: list[int],
         sent_starts: list[int]) -> dict:
    """The linked fields of `fact` (character offsets for the subject); `keys` are the words' `word_key`s."""
    i, j = fact.first, fact.last
    s0 = sent_starts[sent_of[i]]
    s1 = sent_starts[sent_of[i] + 1] if sent_of[i] + 1 < len(sent_starts) else len(words)
    s0, s1 = _piece(i, s0, s1)
    clause = _clause_start(words, i, s0)
    q = qualifier(keys, i)
    prev = [k for k in keys[clause:i] if k not in PROCLITICS and k not in ("ما", "يقرب", "من", "حوالي", "نحو", "اكثر")]

    change = None
    marker = prev[-1] if prev else ""
    if marker in CHANGE_MARKERS or _direction(marker):
        direction = _direction(marker)
        for k in reversed(keys[clause:i]):
            direction = direction or _direction(k)
        change = direction

    baseline = None
    if change:
        k = j + 1
        while k < s1 and words[k] not in CLAUSE_END and k - j < 10:
            if keys[k].startswith(("مقارن", "بالمقارن")) or keys[k] == "عن":
                for y in find_years(words[k:min(s1, k + 6)]):
                    baseline = str(int(words[k + y]))
                    break
                break
            k += 1

    period = None
    for y in find_years(words[s0:s1]):
        y += s0
        if y < 2 or keys[y - 1] not in YEAR_WORDS:
            continue
        marker = keys[y - 2]
        marker = marker[1:] if marker[:1] in ("و", "ف") and marker[1:] in PERIOD_MARKERS else marker
        compared = any(k.startswith(("مقارن", "بمقارن")) for k in keys[max(s0, y - 6):y])
        if marker in PERIOD_MARKERS or (marker == "من" and not compared and any(k in PERIOD_MARKERS for k in keys[max(s0, y - 6):y - 2])):
            period = str(int(words[y]))
            break

    return {"qualifier": q, "change": change, "baseline": baseline, "period": period,
            "subject": subject(fact, words, keys, spans, clause, s1, bool(change))}




def _np_after(k: int, words: list[str], keys: list[str], end: int, max_words: int = 5) -> tuple[int, int] | None:
    while k < end and keys[k] in PROCLITICS:
        k += 1
    start = k
    while k < end and k - start < max_words and keys[k] not in SUBJECT_STOP and not words[k][:1].isdigit():
        k += 1
    while k > start and keys[k - 1] in PROCLITICS:
        k -= 1
    return (start, k - 1) if k > start else None


CURRENCIES = ("دونغ", "دونج", "دولار", "ريال", "يورو")


RANK_CRITERIA = ("مؤشر", "معدل", "ترتيب", "نتائج", "تصنيف")


def _metric(words, keys, v0: int, i: int) -> tuple[int, int] | None:
    """The phrase between a metric verb (بلغ، وصل، انخفض …) in words[v0:i] and the number at i."""
    for v in range(v0, i):
        if _bare(keys[v]).startswith(METRIC_VERBS) or keys[v].startswith(METRIC_VERBS):
            stop = i
            while stop > v + 1 and keys[stop - 1] in CHANGE_MARKERS | PROCLITICS | {"الى", "إلى", "ما", "يقرب", "من", "حوالي", "نحو"}:
                stop -= 1
            start = v + 1
            while start < stop and keys[start] in PROCLITICS:
                start += 1
            return (start, stop - 1) if stop > start else None
    return None


def subject(fact: Fact, words, keys, spans, clause: int, end: int, is_change: bool = False) -> list[int] | None:
    """Word range of what the number counts or measures, as [start, end] characters.

    None for a change figure without a phrase of its own: the component then gives it the
    subject of the figure it follows (GUIDELINES §6).
    """
    i, j = fact.first, fact.last
    if any(k in ("يعادل", "يساوي") for k in keys[max(clause, i - 4):i]):  # a restatement («أي ما يعادل 54.4%»)
        return _span(_np_after(j + 2, words, keys, end), spans) if j + 1 < end and keys[j + 1] == "من" else None
    phrase = i
    while phrase > clause and words[phrase - 1] not in ("،", ",", "(", ")", "-"):
        phrase -= 1
    money = j + 1 < end and keys[j + 1].startswith(CURRENCIES)
    rng = None
    if fact.type in ("percent", "ratio") and j + 1 < end and keys[j + 1] == "من":
        rng = _np_after(j + 2, words, keys, end)
    if rng is None and fact.type == "rank":
        for k in range(j + 1, end):
            if words[k] in CLAUSE_END:
                break
            if keys[k] == "حيث" or _bare(keys[k]).startswith(RANK_CRITERIA) or keys[k].startswith(RANK_CRITERIA):
                rng = _np_after(k + 1 if keys[k] == "حيث" else k - 1, words, keys, end, 8)
                break
    if rng is None and (fact.type in ("percent", "ratio", "rank") or money or is_change):
        rng = _metric(words, keys, phrase, i)
    if rng is None and is_change:
        return None
    if rng is None and fact.first == fact.last and i and keys[i].startswith("ال") and keys[i - 1].startswith("ال") \
            and not words[i][:1].isdigit():
        rng = (i - 1, i - 1)  # «الأشهر الستة»: the noun before the number word
    if rng is None and fact.first == fact.last and i > clause and fact.value == 1 and keys[i].startswith("واحد") \
            and words[i - 1].isalpha():
        rng = (i - 1, i - 1)  # «سنة واحدة»: «واحد» follows the noun it counts
    if rng is None and fact.type in ("count", "duration", "ratio"):
        rng = _np_after(j + 1, words, keys, end)
    if fact.first == fact.last and not words[i][:1].isdigit() and fact.value == 2 and fact.type in ("count", "duration"):
        rng = _np_after(i, words, keys, end, 2)  # a dual: the phrase starts with the dual word
    return _span(rng, spans)


def _span(rng: tuple[int, int] | None, spans) -> list[int] | None:
    if rng is None or rng[0] > rng[1]:
        return None
    return [spans[rng[0]][0], spans[rng[1]][1]]
