"""The numeric-fact stage as a spaCy component: fills `doc._.numbers` in the JSONL schema."""
from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.numbers.detect import find_facts, is_currency
from pipeline.numbers.link import (ALTERNATIVE_JOINS, BY_RATE, LEVEL_QUALIFIERS, TO_WORDS, level_verb_before, link,
                                   range_pairs)
from pipeline.numbers.parse import multiplier, parse_words, word_key
from pipeline.numbers.words import FUNCTION_AFTER, Fact, is_punct
from pipeline.schema import entity_records, item_id
from pipeline.text.chars import letters
from pipeline.text.tokenizer import ArabicTokenizer, doc_words
from pipeline.text.lexicon import COMMAS

DUALS_FILE = Path(__file__).parent / "data" / "duals.json"


def numbers_for(words: list[str], spans: list[tuple[int, int]], sent_flags: list[bool],
                duals: dict[str, str] | None = None, counts: dict[str, int] | None = None,
                entities: list[dict] | None = None) -> list[dict]:
    """Numeric facts of one document's words, linked, as JSONL dicts. `entities` (JSONL entity records) let a number
    inside a name be left out (detect.NAME_LABELS)."""
    sent_starts = [k for k, f in enumerate(sent_flags) if f] or [0]
    sent_of = ArabicTokenizer.sentence_index(sent_flags)
    words = [letters(w) for w in words]  # presentation forms («ﻣﻠﻴﻮﻥ») read as letters, offsets kept
    keys = [word_key(w) for w in words]  # once per document, not once per fact
    out = []
    previous = None  # (sentence, fields) of the last figure, for change figures without a phrase
    facts = find_facts(words, spans, duals, counts, entities)
    for n, fact in enumerate(facts, 1):
        fields = link(fact, words, keys, spans, sent_of, sent_starts)
        # (previous is set after every figure, so it is there exactly when n > 1 and facts[n - 2] is its fact)
        same_sentence = previous is not None and previous[0] == sent_of[fact.first]
        if fields["change"] and fields["subject"] is None and same_sentence \
                and (not previous[1]["change"] or _same_change_again(fact.first, keys)):
            fields["subject"] = previous[1]["subject"]
        elif previous and previous[1]["change"] and fact.first >= 2 and words[fact.first - 1] == "(" \
                and fact.first - 4 <= facts[n - 2].last < fact.first \
                and all(w.isalpha() for w in words[facts[n - 2].last + 1:fact.first - 1]):
            fields["subject"], fields["change"] = previous[1]["subject"], fields["change"] or previous[1]["change"]
            # «بمقدار 9 حوادث (18.4%)»: the bracketed percent of a change figure is that change (§3)
        elif same_sentence and previous[1]["change"] and previous[1]["subject"] and fact.first \
                and level_verb_before(fact.first, keys):
            fields["subject"] = previous[1]["subject"]  # «ارتفعت X بنسبة 12% لتبلغ 363 مليار»: the same metric
        elif same_sentence and not fields["change"] \
                and (b := _bracket_before(fact.first, keys)) is not None and b - 3 <= facts[n - 2].last < b \
                and not any(keys[k].startswith("و") for k in range(facts[n - 2].last + 1, b)) \
                and not (fact.type == "duration" != facts[n - 2].type) \
                and (fact.type == "percent" or fact.last + 1 >= len(keys) or is_currency(keys[fact.last + 1])
                     or (keys[fact.last + 1] == ")" and keys[fact.last + 2:fact.last + 3] not in (["منهم"], ["منها"]))
                     or keys[fact.last + 2:fact.last + 3] == [")"]):  # («20 ميلا (32 كيلومترا)», decision 78)
            # (a breakdown «16 شخصاً (5 رجال، 6 أطفال)», «(15) مصليا (5) منهم» keeps its nouns, an age after a
            # count «أصيب والداه وشقيقه (4 أعوام)» its unit, the next item of a list «(15) وإصابة (33)» its own)
            fields["subject"] = None  # «1.83 درهم (1.87 ريال)», «6.2 مليار ريال (ما يقرب من 2 مليار دولار)»:
            # a bracketed restatement of the figure before, in another unit (§3, decision 54)
        elif same_sentence and previous[1]["subject"] and fact.first \
                and _compared(fact.first, keys) and not fields["change"] and (
                    all(k + 1 < len(keys) and is_currency(keys[k + 1]) for k in (facts[n - 2].last, fact.last))
                    or (fact.type == "percent" == facts[n - 2].type)
                    or (fact.type == "count" == facts[n - 2].type and _bare_figure(fact.last, words, keys))):
            fields["subject"] = previous[1]["subject"]  # «3,850 ملايين ريال، مقابل 4,065 ملايين»: the same metric
        elif same_sentence and previous[1]["subject"] and not fields["change"] \
                and _level_before(fact, facts[n - 2], words, keys):
            fields["subject"] = previous[1]["subject"]  # «ارتفع المؤشر إلى 49.9 من 49.4»: the same metric before
        elif same_sentence and previous[1]["subject"] and fields["subject"] is None and not fields["change"] \
                and fact.type == "percent" == facts[n - 2].type and (_next_item(fact.first, words, keys)
                                                                     or _named_item(fact, facts[n - 2], words, keys)):
            fields["subject"] = previous[1]["subject"]  # «أن 27% من النساء تعرضن …، و26% تعرضن …»: the same group
        elif same_sentence and previous[1]["subject"] and previous[1]["qualifier"] != "eq" \
                and _listed_after(fact, facts[n - 2], words, keys):
            fields["subject"], fields["qualifier"] = previous[1]["subject"], previous[1]["qualifier"]
            # «تزيد عن (300) ألف ريال في الأمانات، و(200) ألف ريال في البلديات»: the next item of a bounded list
        elif same_sentence and previous[1]["subject"] and fields["subject"] is None and not fields["change"] \
                and fact.type == "count" == facts[n - 2].type \
                and (k := _wounded_at(fact, facts[n - 2], words, keys)) is not None \
                and previous[1]["subject"][0] < spans[k][0]:
            fields["subject"] = [previous[1]["subject"][0], min(previous[1]["subject"][1], spans[k - 1][1])]
            # «قتل 19 شخصا وأصيب 43»: the wounded are counted in the noun of the dead (not past «وأصيب» itself)
        elif same_sentence and previous[1]["subject"] and not fields["change"] \
                and (fields["subject"] is None or fields["subject"][0] > fact.end) \
                and fact.type == "count" == facts[n - 2].type and _unit_elided(fact, facts[n - 2], keys):
            fields["subject"] = previous[1]["subject"]  # «220 ألف مسافر عبر منفذ سلوى ونحو 200 ألف عبر منفذ البطحاء»
        previous = (sent_of[fact.first], fields)
        out.append({"id": item_id("numbers", n), "start": fact.start, "end": fact.end, "type": fact.type, "value": float(fact.value),
                    "subject": fields["subject"], "change": fields["change"], "baseline": fields["baseline"],
                    "qualifier": fields["qualifier"], "total": fact.total, "period": fields["period"]})
    for chain in _listed_figures(facts, keys):  # «(4 و5 و11 عاما)»: the unit said once, after the last
        for n in chain[:-1]:
            out[n]["subject"], out[n]["type"] = out[chain[-1]]["subject"], out[chain[-1]]["type"]
    for a, b in _bare_alternatives(facts, words, keys, spans, sent_of, out):
        out[b]["subject"] = out[a]["subject"]  # «منذ شهرين أو ثلاثة», «خمس سنوات أو عشر»: the noun said once
        if out[a]["type"] == "duration":
            out[b]["type"] = "duration"  # (three of them: months, not things)
    ranges = range_pairs(facts, keys, sent_of)
    for a, b in _from_to_pairs(facts, keys, sent_of, ranges):
        if (m := _shared_multiplier(facts[a], facts[b], words)) is not None:
            out[a]["value"] = float(facts[a].value * m)  # «ارتفع من 400 إلى 500 ألف ريال»: 400 thousand (dec. 166)
    for a, b in ranges:  # a range: lower gte, upper lte, one subject (GUIDELINES §7)
        if out[b]["type"] in ("percent", "duration") and out[a]["type"] == "count" and facts[b].first - facts[a].last <= 3:
            out[a]["type"] = out[b]["type"]  # «بين 30 و35 في المائة», «بين ثلاث و10 سنوات»: said once for both bounds
        if (m := _shared_multiplier(facts[a], facts[b], words)) is not None:
            out[a]["value"] = float(facts[a].value * m)  # «ما بين 10.5 و11 مليار دولار»: 10.5 billion
        low, high = (a, b) if out[a]["value"] < out[b]["value"] else (b, a)  # the qualifiers follow the values (166)
        if out[low]["qualifier"] == "eq":
            out[low]["qualifier"] = "gte"
        if out[high]["qualifier"] == "eq":
            out[high]["qualifier"] = "lte"
        if out[b]["subject"] and (facts[b].first - facts[a].last <= 2 or not out[a]["subject"]):
            out[a]["subject"] = out[b]["subject"]  # «بين 10 و15 زائرا»; «بين 32 عاما و50 عاما» keeps its own noun
        elif not out[b]["subject"] and out[a]["subject"] and out[a]["subject"][0] != spans[facts[a].last + 1][0]:
            out[b]["subject"] = out[a]["subject"]  # «بعد شهرين أو ثلاثة»: the noun said with the lower bound
            # (not the join itself, «بين 20 أو 30.»)
    return out


def _bare_alternatives(facts: list[Fact], words: list[str], keys: list[str], spans: list[tuple[int, int]],
                       sent_of: list[int], out: list[dict]) -> list[tuple[int, int]]:
    """Pairs (a, b) of «N noun أو M» (or a dual «شهرين أو ثلاثة») where M has no noun of its own: the word after M is
    a punctuation mark or a function word, not the noun again («سبع سنوات أو ثماني سنوات» keeps its own). M counts
    a's noun (GUIDELINES §7 ranges; decision 275 keeps true alternatives as ranges)."""
    pairs = []
    for n in range(len(facts) - 1):
        a, b = facts[n], facts[n + 1]
        if sent_of[a.first] != sent_of[b.first] or b.first < 1 or keys[b.first - 1] not in ALTERNATIVE_JOINS \
                or a.type not in ("count", "duration") or b.type not in ("count", "duration") \
                or not out[n]["subject"]:
            continue
        own = out[n]["subject"]
        noun = a.last + 1 if b.first - 1 == a.last + 2 else None  # «ثلاثة كيلومترات أو خمسة»
        if noun is not None and list(own) == [spans[noun][0], spans[noun][1]]:
            noun_key = keys[noun]
        elif b.first - 1 == a.last + 1 and a.first == a.last and list(own) == [a.start, a.end]:
            noun_key = keys[a.first]  # «شهرين أو ثلاثة»: the dual is its own noun
        else:
            continue
        after = keys[b.last + 1] if b.last + 1 < len(keys) else "."
        if after == noun_key or (b.last + 1 < len(words) and words[b.last + 1].isalpha()) \
                and after not in FUNCTION_AFTER and after not in ALTERNATIVE_JOINS and not after.startswith("و"):
            continue  # («سبع سنوات أو ثماني سنوات», «ثلاثة أو أربعة أيام»: a noun of its own)
        pairs.append((n, n + 1))
    return pairs


BY = BY_RATE | {"بنحو"}
AND_BY = frozenset("و" + k for k in BY)


def _same_change_again(i: int, keys: list[str]) -> bool:
    """«ارتفعت تكاليف العمالة بنسبة 2.2% في منطقة اليورو، وبنسبة 2.5% في الاتحاد»: «و» + «بنسبة» right before a change
    figure with no phrase of its own adds a second measure of the change before it, the same metric (GUIDELINES §6)."""
    return (i >= 1 and keys[i - 1] in AND_BY) or (i >= 2 and keys[i - 1] in BY and keys[i - 2] == "و")


WOUNDED = frozenset(word_key(w) for w in ("جرح", "وجرح", "أصيب", "وأصيب", "إصابة", "وإصابة"))
WOUNDED_GAP = 12  # «قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة»: the dead and their noun, then the wounded


def _wounded_at(fact: Fact, prev: Fact, words: list[str], keys: list[str]) -> int | None:
    """The index of «وجرح/وأصيب/وإصابة» right before a figure of the wounded (past a qualifier, «وإصابة نحو 100»)
    that follows the figure of the dead with no comma between («قتل 19 شخصا على الأقل وأصيب 43», «مقتل أربعة أشخاص
    وجرح عشرة»), else None. The noun said with the dead counts the wounded too (decision 148: a figure with no noun
    of its own takes the one stated earlier in its sentence; decision 34's null stays where none is, «مصرع ثلاثة
    وإصابة خمسة»)."""
    k = fact.first - 1
    while k > prev.last and keys[k] in LEVEL_QUALIFIERS:
        k -= 1
    if k > prev.last and keys[k] in WOUNDED and fact.first - prev.last <= WOUNDED_GAP \
            and not any(w in COMMAS for w in words[prev.last + 1:k]):
        return k
    return None


LIST_MIN = 3  # two figures joined by «و» are a range only after «بين» (link.range_pairs)


def _listed_figures(facts: list[Fact], keys: list[str]) -> list[list[int]]:
    """Runs of at least three figures of one type (counts before a duration take its type), each joined to the next by a bare «و», the last one followed by
    its noun: «وأم لثلاثة أولاد (4 و5 و11 عاما)», «بارتفاع 20 و40 و50 طابقا» (GUIDELINES §6: one noun for all)."""
    runs, run = [], [0]
    for n in range(1, len(facts) + 1):
        if n < len(facts) and keys[facts[n - 1].last + 1:facts[n].first] == ["و"] \
                and {facts[n].type, facts[n - 1].type} <= {facts[n].type, "count"}:  # («4 و5 و11 عاما»: ages)
            run.append(n)
            continue
        last = facts[run[-1]].last
        if len(run) >= LIST_MIN and last + 1 < len(keys) and keys[last + 1].isalpha():
            runs.append(run)
        run = [n]
    return runs


def _from_to_pairs(facts: list[Fact], keys: list[str], sent_of: list[int],
                   ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Consecutive figures «من X إلى Y» that are no range (a change from one figure to another, decision 208): the
    scale written once after Y is shared all the same when X is smaller than Y's own number (decision 166 reads the
    writer's one scale for both ends; the gold writes «من 400 إلى 500 ألف» as 400000 and 500000)."""
    out = []
    for n in range(len(facts) - 1):
        a, b = facts[n], facts[n + 1]
        if (n, n + 1) in ranges or sent_of[a.first] != sent_of[b.first] or a.first < 1 or keys[a.first - 1] != "من" \
                or b.first - a.last != 2 or keys[a.last + 1] not in TO_WORDS:
            continue
        out.append((n, n + 1))
    return out


def _shared_multiplier(low: Fact, high: Fact, words: list[str]) -> float | None:
    """The multiplier that ends the upper bound of a range, when the lower bound is bare digits or one number word
    right before it and smaller than the upper bound's own number: said once for both («بين 10.5 و11 مليار»,
    «بين ثلاثين وستين مليون»)."""
    m = multiplier(words[high.last])
    if m is None or high.first == high.last or low.first != low.last \
            or not (words[low.first][:1].isdigit() or parse_words(words[low.first:low.first + 1])) \
            or high.first - low.last > 2 or not low.value < high.value / m:
        return None
    return m


BRACKET_QUALIFIERS = {"ما", "يقرب", "يعادل", "من", "نحو", "حوالي", "قرابة", "اي", "أي"}


def _bracket_before(first: int, keys: list[str]) -> int | None:
    """The index of the «(» that opens right before the figure, past qualifier words («(ما يقرب من 2 مليار»)."""
    k = first - 1
    while k >= 0 and first - k <= 4 and keys[k] in BRACKET_QUALIFIERS:
        k -= 1
    return k if k >= 0 and keys[k] == "(" else None


def _compared(first: int, keys: list[str]) -> bool:
    """«مقابل 4,065 ملايين», «مقارنة مع 14.5 في المئة», «مقارنة بـ 111»: a figure compared with the one before."""
    if keys[first - 1] == "مقابل":
        return True
    return first >= 2 and keys[first - 1] in ("مع", "ب", "بـ") and keys[first - 2].removeprefix("ب").startswith("مقارن")


def _bare_figure(last: int, words: list[str], keys: list[str]) -> bool:
    """No noun follows the figure: its sentence ends, a mark or «في» comes next («مقابل 18.5 في يوليو», «مقابل
    300.»): a count compared with the one before says that figure's noun once (GUIDELINES §6)."""
    return last + 1 >= len(keys) or is_punct(words[last + 1]) or keys[last + 1] == "في"


FROM_LEVEL_GAP = 4  # «إلى 51.8 في يوليو تموز من 52.7»: the time of the new level may stand between


def _level_before(fact, prev, words: list[str], keys: list[str]) -> bool:
    """«إلى 49.9 من 49.4»، «لتنزل إلى 52.2 من 52.5»: the figure after «من» that follows a level reached with «إلى»
    is that metric's level before (GUIDELINES §6: a figure compared with the one before takes its subject)."""
    k = fact.first - 1
    return k >= 1 and keys[k] == "من" and prev.first >= 1 and keys[prev.first - 1] in ("الى", "إلى") \
        and (k - prev.last == 1 or (k - prev.last <= FROM_LEVEL_GAP and keys[prev.last + 1] == "في")) \
        and fact.type == prev.type  # (not «إلى 275 كم بدلا من 190 كم»: another figure instead)


def _next_item(first: int, words: list[str], keys: list[str]) -> bool:
    """The figure opens the next item of a list: «، و» right before it."""
    return first >= 2 and keys[first - 1] == "و" and words[first - 2] in COMMAS


NAMED_ITEM_WORDS = 4  # «، وفي بريطانيا 2.4%», «، وإسبانيا بنسبة 23.2%», «، وفي مجال الخدمات 2.3%»


def _named_item(fact, prev, words: list[str], keys: list[str]) -> bool:
    """The percent opens the next item of a list that names only where or what it is for, after «،» and a glued or
    bare «و»: «سجلت أعلى المعدلات في ألمانيا 2.9%، وفي بريطانيا 2.4%» (GUIDELINES §6: a figure with no phrase of its
    own measures the metric of the item before it)."""
    between = range(prev.last + 1, fact.first)
    if not 2 <= len(between) <= NAMED_ITEM_WORDS + 2 or words[prev.last + 1] not in COMMAS:
        return False
    return keys[prev.last + 2][:1] == "و" and all(words[k].isalpha() for k in between[1:])  # (no figure, no bracket)


def _listed_after(fact, prev, words: list[str], keys: list[str]) -> bool:
    """The figure opens the next item of a list after «، و» and says the same unit as the figure before it:
    «(300) ألف ريال في الأمانات، و(200) ألف ريال في البلديات»."""
    if not _next_item(fact.first - (fact.first >= 1 and words[fact.first - 1] in ("(", "“", '"', "«")), words, keys):
        return False
    unit = _unit_after(fact, words, keys)
    return fact.type == prev.type and unit == _unit_after(prev, words, keys) and unit.isalpha() \
        and fact.first - prev.last < 30


# a preposition where an item's noun would be («ونحو 200 ألف عبر منفذ البطحاء», «و30 ألفا» + «ل» + «لفضية»); not «من»,
# which opens the item's own group («و3 من رجال الأمن»)
ITEM_PLACE_AFTER = frozenset(word_key(w) for w in ("عبر", "في", "إلى", "على", "ل"))
ELIDED_UNIT_GAP = 15


def _unit_elided(fact, prev, keys: list[str]) -> bool:
    """«220 ألف مسافر عبر منفذ سلوى ونحو 200 ألف عبر منفذ البطحاء», «40 ألف ريال، و30 ألفا للفضية»: a figure joined
    by «و» (past a qualifier) to the figure before it, with a preposition where its noun would be, counts the unit
    said with that figure (GUIDELINES §6: a figure with no noun of its own takes the one stated earlier)."""
    k = fact.first - 1
    while k > prev.last and keys[k] in LEVEL_QUALIFIERS:
        k -= 1
    glued = keys[fact.first][:1] == "و" and parse_words([keys[fact.first][1:]]) is not None  # «وخمسة آلاف»
    joined = k > prev.last and (keys[k] == "و" or (keys[k][:1] == "و" and keys[k][1:] in LEVEL_QUALIFIERS))
    if not (glued or joined):
        return False
    nxt = keys[fact.last + 1] if fact.last + 1 < len(keys) else ""
    return fact.first - prev.last < ELIDED_UNIT_GAP and (nxt in ITEM_PLACE_AFTER or nxt.startswith("لل"))


def _unit_after(fact, words: list[str], keys: list[str]) -> str:
    """The key of the word after the figure, past one closing bracket or quote ("" at the end of the text)."""
    if fact.last + 2 >= len(keys):
        return ""
    return keys[fact.last + 1 + (words[fact.last + 1] in (")", "”", '"', "»"))]


class NumbersComponent:
    """`duals`: known dual words (from the training gold); word counts come from the tokenizer data."""

    def __init__(self, duals: dict[str, str] | None = None, counts: dict[str, int] | None = None):
        if duals is None and DUALS_FILE.exists():
            duals = json.loads(DUALS_FILE.read_text(encoding="utf-8"))
        if counts is None:
            from pipeline.text.proclitics import ProcliticModel

            counts = ProcliticModel.load().counts
        self.duals, self.counts = duals or {}, counts

    def __call__(self, doc: Doc) -> Doc:
        w = doc_words(doc)
        doc._.numbers = numbers_for(w.words, w.spans, w.sent_starts, self.duals, self.counts,
                                    entity_records(doc.ents))  # (NER runs before this stage)
        return doc


@Language.factory("arabic_numbers")
def make_numbers(nlp: Language, name: str) -> NumbersComponent:
    return NumbersComponent()
