"""Span repair after the NER model and the consistency pass: mend the spans whose edges or labels the training gold
(real-train and the written train set, never dev or test) says are wrong. The word lists are data
(data/unlabelled_words.json.gz, built by scripts/build_unlabelled_words.py). Each rule was measured on the model's
predictions after the rules before it; the figures, and the variants tried and not kept, are in RESULTS.md
(sessions 21-23).

Joining pieces. The token classifier sometimes opens a new span in the middle of one name (B-PER B-PER on «سليم»
«الجبوري»), and acronyms written with dots or a plus («بي.بي.سي»، «5+1») come back as one ORG per letter group:
- two PER spans separated by nothing, one space or a dot are one name (§7 «Arabic name chains are one PER»,
  decision 49), unless the second starts with «و» (a second person: «منذر رياحنة وعلا غانم»); a dash is left alone
  («نتنياهو-نفتالي بينيت» names two people);
- two ORG spans that touch, or are joined only by «.»، «+» or «-» with no space, are one ORG (decisions 28, 201).
LOC and TITLE neighbours are not joined: chains of titles and lists of places are separate entities (§7).

Common words. A one-word ORG, LOC or TITLE is dropped on a word the training gold sees at least 10 times outside
longer names and never labels alone («شركة»، «لجنة»، «البلدة»: §2 generic mentions, decision 24); words labelled
alone even once stay («الشرطة»، «الحكومة»: decisions 1, 23). The same word without the article is as common
(«جمهورية»، «محافظة»), unless the gold labels that bare form alone («سورية»، «مالي»: `named_bare`). PER is left
alone: first names are common words («جميل»).

Teams. A LOC right after the bare noun «منتخب»، «فريق» or «نادي» is a team named after its place: one ORG from that
noun (decisions 107, 8, 46).

Span edges (`edge_words` of the build script):
- a PER or LOC that is the next item of a list and starts with «و» on a word in no gold entity loses the «و»
  (§2: the conjunction is outside; «وليد»، «واشنطن» keep theirs); the NER stage then splits that token
  (`component.split_at_boundaries`), since spaCy's char_span needs token offsets;
- a PER of three words or more loses a first article word never in a gold PER (a rank or adjective glued before
  the name: «التيار الصدري مقتدى الصدر»; §2, §7 ranks), a last proclitic + article word («X بالقول»), and an edge
  word the gold labels alone as something else at least half the time («X المملكة»);
- an ORG loses a first bare noun the gold sees before ORGs and never starting one («قيادات/عناصر X»: §2 roles);
- a PER of three words or more is parted at an inner common word without the article in no gold entity («X شقيق
  Y»); article words stand inside names («سليم أبو الإقبال اليعقوبي»);
- a TITLE is extended over the next one or two words into a gold TITLE the gold never ends earlier («رئيس» +
  «الإقليم»; §7 portfolio titles stay whole).

Offices served. A deputy's TITLE and the office he serves after «ل», which the model tags as two TITLEs
(«النائب الأول» | «لرئيس»), are one TITLE when the first starts with a word that begins gold TITLEs running on
through «ل» into another office (`served_heads`; decision 295; a status word between keeps them apart, 228).

Bodies after a title. A TITLE that ends on the head noun of the body named after it («رئيس هيئة» | ORG «نادي
الهلال»، «مدير أمن» | LOC «عدن») gives that word to the body, which becomes an ORG, when the word starts gold ORGs
often and never ends a gold TITLE (`org_heads`; decisions 9, 52).

Sole labels. A span whose surface the gold labels LOC at least twice and never ORG becomes a LOC, and the reverse
(`sole_loc`, `sole_org`: §2, a name keeps its label across articles); a PER becomes a LOC only on such a place none
of whose words is ever in a gold PER (`place_not_person`: family names are place names, «السويد»). A majority
instead of "never" is wrong for newspapers named after their city («"الرياض"» is an ORG).
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from pipeline.text.proclitics import ARTICLE

UNLABELLED_DATA = Path(__file__).parent / "data" / "unlabelled_words.json.gz"  # scripts/build_unlabelled_words.py
COMMON_WORD_LABELS = frozenset({"ORG", "LOC", "TITLE"})  # PER left alone: first names are common words («سعيد»)
PER_GAPS = frozenset({"", " ", "."})  # what may stand between two pieces of one person's name
ORG_JOINERS = frozenset(".+-")  # what may join the letter groups of one acronym («بي.بي.سي»، «5+1»)
SERVED_JOINER = "ل"  # «النائب الأول لرئيس X»: the preposition before the office a deputy serves
COORDINATOR = "و"  # a second piece starting with it is another person, not the rest of the name
LISTED_LABELS = frozenset({"PER", "LOC"})  # labels whose list items lose a glued «و» (ORG names hold «و» inside)
BODY_GAP_WORDS = 2  # bare words that may stand between a body's head noun and the ORG that ends its name
TEAM_NOUNS = frozenset({"منتخب", "فريق", "نادي"})  # a place right after one names a team (decision 107)
# label → (label it becomes, EDGE_LISTS list of the surfaces it becomes that on), for `_sole_label`
SOLE_LABELS = {"ORG": ("LOC", "sole_loc"), "LOC": ("ORG", "sole_org"), "PER": ("LOC", "place_not_person")}
EDGE_LISTS = ("per_article_words", "glued_common", "named_alone", "in_names", "waw_names", "org_outside_heads",
              "title_surfaces", "title_followers", "served_heads", "org_heads",
              "sole_loc", "sole_org", "place_not_person")  # the lists of scripts/build_unlabelled_words.py `edge_words`


def _one_name(text: str, a: dict, b: dict) -> bool:
    """Whether span `b`, right after span `a`, is the rest of the same name."""
    if a["label"] != b["label"] or a["end"] > b["start"]:
        return False
    gap = text[a["end"]:b["start"]]
    if a["label"] == "PER":
        return gap in PER_GAPS and not text.startswith(COORDINATOR, b["start"])
    if a["label"] == "ORG":
        return set(gap) <= ORG_JOINERS
    if a["label"] == "TITLE":
        return _serves(text, a, b)
    return False


def _serves(text: str, a: dict, b: dict) -> bool:
    """Whether TITLE `b` is the office that TITLE `a` serves, written after «ل» («النائب الأول | لرئيس»،
    «النائب الثانى | رئيس مجلس الوزراء» after «ل»): one TITLE through the inner office (decision 295), for a
    deputy's or aide's office that the training gold runs on into the office it serves (`served_heads`). A
    status word between stays outside and parts them (decision 228), so only «ل» may stand between."""
    gap = text[a["end"]:b["start"]]
    glued = gap == " " and text.startswith(SERVED_JOINER, b["start"])
    if gap != " " + SERVED_JOINER and not glued:
        return False
    return text[a["start"]:a["end"]].split(" ")[0] in edge_lists()["served_heads"]


@lru_cache(maxsize=1)
def _data() -> dict:
    """The lists of scripts/build_unlabelled_words.py."""
    with gzip.open(UNLABELLED_DATA, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(common words, bare forms the gold labels alone), from scripts/build_unlabelled_words.py."""
    data = _data()
    return frozenset(data["words"]), frozenset(data.get("named_bare", ()))


@lru_cache(maxsize=1)
def edge_lists() -> dict[str, frozenset[str]]:
    """The training gold's EDGE_LISTS (scripts/build_unlabelled_words.py `edge_words`), by name."""
    data = _data()
    return {k: frozenset(data.get(k, ())) for k in EDGE_LISTS}


def unlabelled_words() -> frozenset[str]:
    """Words the training gold sees often and never labels alone (built by scripts/build_unlabelled_words.py)."""
    return _word_lists()[0]


def _common_word(text: str, e: dict) -> bool:
    """Whether `e` is a one-word ORG, LOC or TITLE on a word the training gold never labels alone, or on the
    bare form of such a word with the article («جمهورية» for «الجمهورية») that the gold never labels either."""
    if e["label"] not in COMMON_WORD_LABELS:
        return False
    word = text[e["start"]:e["end"]]
    common, named_bare = _word_lists()
    if word in common:
        return True
    return not word.startswith(ARTICLE) and " " not in word and ARTICLE + word in common and word not in named_bare


def _team(text: str, e: dict, entities: list[dict]) -> dict:
    """`e` as a team's ORG from the bare noun before it when it is a LOC right after «منتخب/فريق/نادي»
    (decision 107: «منتخب انجلترا» is one ORG), else `e` unchanged."""
    if e["label"] != "LOC" or not text.startswith(" ", e["start"] - 1):
        return e
    start = text.rfind(" ", 0, e["start"] - 1) + 1  # the word before, with no proclitic or punctuation on it
    if text[start:e["start"] - 1] not in TEAM_NOUNS or any(o["start"] <= start < o["end"] for o in entities):
        return e
    return {**e, "start": start, "label": "ORG"}


def _words(text: str, e: dict) -> list[tuple[int, int]]:
    """(start, end) of each space-separated word of span `e`."""
    out, pos = [], e["start"]
    for word in text[e["start"]:e["end"]].split(" "):
        if word:
            out.append((pos, pos + len(word)))
        pos += len(word) + 1
    return out


def _trim_edges(text: str, e: dict) -> dict:
    """`e` without an edge word the training gold says is not part of such a name:
    - a PER of three words or more whose first word has the article and never stands in a gold PER: an
      adjective or rank before the name («التيار الصدري مقتدى الصدر»، «الرقيب X»; §2 name only, ranks are
      TITLEs of their own);
    - a PER whose last word is a proclitic with the article that never stands in a gold PER («بالقول»:
      proclitics are outside names, §2);
    - a PER whose first or last word is one the gold labels alone as a place or body most times it sees it
      and never in a PER («X المملكة»: «المملكة» is a LOC of its own);
    - an ORG whose first word is a bare noun the gold sees before ORGs and never starting one: the members or
      leaders of the body («عناصر/قيادات X» → ORG X; §2 plural roles are not entities)."""
    if e["label"] not in ("PER", "ORG"):
        return e
    words = _words(text, e)
    if len(words) < 2:
        return e
    lists = edge_lists()
    first, last = text[slice(*words[0])], text[slice(*words[-1])]
    if e["label"] == "ORG":
        return {**e, "start": words[1][0]} if first in lists["org_outside_heads"] else e
    if (len(words) > 2 and first.startswith(ARTICLE) and first not in lists["per_article_words"]) \
            or first in lists["named_alone"]:
        words = words[1:]
    if len(words) > 1 and (last in lists["glued_common"] or last in lists["named_alone"]):
        words = words[:-1]
    return {**e, "start": words[0][0], "end": words[-1][1]}


def _listed_conjunction(text: str, e: dict, entities: list[dict]) -> dict:
    """`e` without the «و» it starts with when it is the next item of a list: a PER or LOC right after «، » or
    after an entity of its label (one space or a comma between), on a word starting with «و» that never stands
    in a training gold entity («وأثينا وميكونز»، «ياسمين، وسيلين»: §2 the conjunction is outside the span; the
    «و» of «وليد»، «واشنطن» is the name's)."""
    if e["label"] not in LISTED_LABELS or not text.startswith(COORDINATOR, e["start"]):
        return e
    word = text[e["start"]:e["end"]].split(" ")[0]
    if len(word) < 3 or word in edge_lists()["waw_names"]:
        return e
    listed = text.endswith(("، ", ", "), 0, e["start"]) or any(
        o["label"] == e["label"] and o["end"] < e["start"] and text[o["end"]:e["start"]].strip() in ("", "،", ",")
        and e["start"] - o["end"] <= 3 for o in entities)
    return {**e, "start": e["start"] + len(COORDINATOR)} if listed else e


@lru_cache(maxsize=1)
def _never_named() -> frozenset[str]:
    """Common words (`unlabelled_words`) that stand inside no training gold entity either."""
    return unlabelled_words() - edge_lists()["in_names"]


def _split_persons(text: str, e: dict) -> list[dict]:
    """`e`, or the two PERs on either side of an inner word that the training gold sees often and never inside
    any entity («X شقيق Y»: a kinship or role noun between two names; §2 the PER is the name only). A word with
    the article is left alone: names carry such words inside («سليم أبو الإقبال اليعقوبي», Wojood val)."""
    if e["label"] != "PER":
        return [e]
    words = _words(text, e)
    never_named = _never_named()
    for k in range(1, len(words) - 1):  # none under three words
        word = text[slice(*words[k])]
        if word in never_named and not word.startswith(ARTICLE):  # «أبو الإقبال»: an article word inside a name
            return [{**e, "end": words[k - 1][1]}, {**e, "start": words[k + 1][0]}]
    return [e]


def _longer_title(text: str, e: dict, entities: list[dict]) -> dict:
    """`e` extended over the next one or two words (one space apart, no other entity there) when that makes a
    TITLE of the training gold and the gold never ends this TITLE before the first of them («رئيس» + «الإقليم»،
    «منسقة السياسة» + «الخارجية»: a portfolio title stays whole, §2/§7 «Portfolio titles»)."""
    if e["label"] != "TITLE" or not text.startswith(" ", e["end"]):
        return e
    lists = edge_lists()
    surface, end = text[e["start"]:e["end"]], e["end"]
    words = text[end:end + 80].split(" ")[1:3]
    if surface + " " + words[0] in lists["title_followers"]:  # the gold ends this TITLE before that word
        return e
    best = None
    for k in range(1, len(words) + 1):
        tail = " ".join(words[:k])
        if not tail or any(not c.isalpha() for c in tail.replace(" ", "")):
            break
        if surface + " " + tail in lists["title_surfaces"]:
            best = end + 1 + len(tail)
    if best is None or any(o is not e and o["start"] < best and end <= o["start"] for o in entities):
        return e
    return {**e, "end": best}


def _bare_words(gap: str) -> bool:
    """Whether `gap` is one to BODY_GAP_WORDS words of letters only between spaces («أعضاء شرف»): the rest of a
    body's name, not a bracket, a number or a clause between the title and a later ORG."""
    words = gap.split(" ")
    return len(words) > 2 and not words[0] and not words[-1] and len(words) - 2 <= BODY_GAP_WORDS \
        and all(w.isalpha() for w in words[1:-1])


def _body_after_title(text: str, entities: list[dict]) -> list[dict]:
    """`entities` (sorted) where a TITLE of two words or more ends on the head noun of the body after it: a word
    that starts training gold ORGs and never ends a gold TITLE (`org_heads`: «هيئة»، «أمن»), with the next span an
    ORG or LOC right after it (one space) or an ORG after bare words only. The head noun leaves the TITLE and opens
    that body's ORG («رئيس هيئة» + «أعضاء شرف» + ORG «نادي الهلال» → TITLE «رئيس» + ORG «هيئة أعضاء شرف نادي
    الهلال»; «مدير أمن» + LOC «عدن» → TITLE «مدير» + ORG «أمن عدن»): a named body after a title is split off
    (decisions 9, 52; «مدير أمن السويس» → TITLE + ORG, §2)."""
    out = list(entities)  # (mended spans are new dicts)
    heads = edge_lists()["org_heads"]
    for i in range(len(out) - 1):
        e, nxt = out[i], out[i + 1]
        if e["label"] != "TITLE" or nxt["label"] not in ("ORG", "LOC") or nxt["start"] < e["end"]:
            continue
        words = _words(text, e)
        if len(words) < 2 or text[slice(*words[-1])] not in heads:
            continue
        gap = text[e["end"]:nxt["start"]]
        if gap != " " and not (nxt["label"] == "ORG" and _bare_words(gap)):
            continue
        out[i] = {**e, "end": words[-2][1]}
        out[i + 1] = {**nxt, "start": words[-1][0], "label": "ORG"}
    return out


def _sole_label(text: str, e: dict) -> dict:
    """`e` relabelled LOC (ORG) when it is an ORG (LOC) on a surface the training gold labels LOC (ORG) at least
    twice and never ORG (LOC) («(بعقوبة)» a place, «واس» the news agency: one name keeps its label across
    articles, §2). A PER becomes a LOC only on such a place none of whose words stands in a gold PER
    («انقرة»): family and first names are place names too («السويد»، «صلاح الدين»)."""
    swap = SOLE_LABELS.get(e["label"])
    if swap is None or text[e["start"]:e["end"]] not in edge_lists()[swap[1]]:
        return e
    return {**e, "label": swap[0]}


def repair_spans(text: str, entities: list[dict]) -> list[dict]:
    """`entities` (dicts with start, end, label and any other keys, those of the first piece kept) with the
    pieces of one name joined, a list item's «و» left out, two persons parted, edge words cut, one-word common
    nouns dropped, a title cut short completed, a body's head noun moved from a TITLE to its ORG, a team named
    after its place made one ORG and a surface the gold gives one label only relabelled, sorted by start."""
    out: list[dict] = []
    for e in sorted(entities, key=lambda e: e["start"]):
        if out and _one_name(text, out[-1], e):
            out[-1] = {**out[-1], "end": e["end"]}
        else:
            out.append(dict(e))
    out = [p for e in out for p in _split_persons(text, _listed_conjunction(text, e, out))]
    out = [e for e in (_trim_edges(text, e) for e in out) if not _common_word(text, e)]
    out = [_longer_title(text, e, out) for e in out]
    out = _body_after_title(text, out)
    return [_sole_label(text, _team(text, e, out)) for e in out]
