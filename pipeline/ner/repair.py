"""Span repair after the NER model and the consistency pass: mend the spans whose edges the training gold says
are wrong. Pieces of one name are re-joined, one-word common nouns read as names dropped, two persons read as one
parted, words that are no part of a name cut off its edges, a title cut short completed, and a team named after
its place made one ORG. Each rule was measured on the model's predictions after the rules before it.

Joining pieces. The token classifier sometimes opens a new span in the middle of one name (B-PER B-PER on
«سليم» «الجبوري»), and the consistency pass can add a surname next to a first name it left alone; acronyms written
with dots or a plus («بي.بي.سي»، «5+1») come back as one ORG per letter group because the tokenizer cuts at «.»
and a symbol ends a span. Each piece then counts as a wrong span, and relations and frames lose the entity. Two
rules join such pieces, both for labels where two adjacent names of that label are rare in the gold:
- two PER spans separated by nothing, one space or a dot are one name (GUIDELINES §7 «Arabic name chains are
  one PER», decision 49 on initials such as «م.ج»), unless the second starts with «و» (a coordinated second
  person whose «و» the tokenizer kept: «منذر رياحنة وعلا غانم»); a dash is left alone («نتنياهو-نفتالي بينيت»
  names two people);
- two ORG spans that touch, or are joined only by «.»، «+» or «-» with no space, are one ORG (decision 28: a
  bracketed acronym is one entity; decision 201: «مجموعة (5+1)» → ORG «5+1»).
A merged span runs from the first piece's start to the second's end, so it starts and ends on token offsets
whenever the pieces do. Measured (entity span micro F1, session 21): real-train 1,042 .9800 → .9817, real-dev
161 .8890 → .8930 (PER .8994 → .9141, ORG .8530 → .8559), written dev 7 .9541 → .9581. Not kept, because they
lowered entity F1: joining LOC or TITLE neighbours (chains of titles «ولي العهد نائب رئيس مجلس الوزراء» and place
lists are separate entities, §7), joining ORGs across a space, extending an ORG over a following definite
adjective, and extending an ORG to a longer ORG surface of the same article.

Common words. A one-word ORG, LOC or TITLE is dropped on a word that the training gold (real-train and the
written train set, never dev or test) sees at least 10 times outside longer names and never labels alone —
generic bodies and common nouns the gold leaves unlabelled (§2 «Generic and anaphoric mentions are not
entities», decision 24: «القوات» + a nationality is nothing; «شركة»، «لجنة»، «البلدة»، «كبير»). The word list
is data (data/unlabelled_words.json.gz, built by scripts/build_unlabelled_words.py); words the gold labels alone
even once stay («الشرطة»، «الحكومة»: decisions 1, 23). PER is left alone: first names are common words («جميل»).
Measured (session 21): real-train .9817 → .9826, real-dev .8930 → .8965 (ORG .8559 → .8644, LOC .9119 → .9141,
TITLE .8855 → .8869; 40 spurious spans dropped, no true one lost), written dev .9581 → .9620. A minimum of 5 or 7
sightings dropped true names on real-dev («حقل»، «ميثاق»); including PER lost first names («سعيد») for no gain;
relabelling a one-word span to the label the training gold always gives it gained one span on real-dev and was
left out.
The same word written without the article is as common: a one-word ORG, LOC or TITLE with no article whose
article form is on the list is dropped («جمهورية»، «محافظة»، «إداري»، «حلف»: a bare common noun is no name, §2),
unless the training gold labels that bare form alone («سورية» LOC beside the adjective «السورية»، «مالي»، «أمير»:
the file's `named_bare`).

Teams. A LOC right after the bare noun «منتخب»، «فريق» or «نادي» (the word not inside another entity) is a team
named after its place: one ORG from that noun (decision 107 «منتخب انجلترا» → ORG; decisions 8, 46 keep
«نادي/فريق» inside the club's ORG).
The bare-form and team rules together (session 21): real-train .9826 → .9827 (5 spurious dropped, no true one lost),
real-dev .8965 → .8969 (3 dropped, 1 team mended, nothing lost), written dev .9620 unchanged; relations end to
end on real-dev .8498 → .8508. Not kept: dropping a one-word span on a proclitic + common word («بريف»: gained 2
on real-dev, lost true names «بردة»، «بتسليم» on real-train, and «لحرم» where the gold writes the name after
«لل»); relabelling PER/LOC/ORG by the training gold's label of the surface (±2 spans, both ways); a PER/ORG after
«فريق» (a coach's side «فريق مورينيو» is nothing; «فريق الهلال الأحمر» is a relief team whose ORG the gold keeps
without «فريق»).

Span edges, from more lists of the same file (scripts/build_unlabelled_words.py `edge_words`):
- a PER or LOC that is the next item of a list (after «، » or after an entity of its label) and starts with «و»
  on a word that stands in no training gold entity loses the «و» («أمستردام وأثينا وميكونز»، «ياسمين، وسيلين»:
  §2 the conjunction is outside; «وليد»، «واشنطن» keep theirs);
- a PER of three words or more loses a first word with the article that never stands in a gold PER (an adjective
  or rank glued before the name: «التيار الصدري مقتدى الصدر»، «المحكم القضائي X»، «الرقيب X»; §2, §7 ranks);
- a PER loses a last word made of a proclitic and the article that the gold sees 3 times and never in a PER
  («X بالقول»), and a first or last word the gold labels alone (not PER) at least half the times it sees it
  («X المملكة»: §7 «المملكة» for Saudi Arabia is a LOC);
- an ORG loses a first bare noun that the gold sees right before an ORG 4 times and never starting one
  («قيادات/عناصر X»: the members, not the body; §2 plural roles);
- a PER of three words or more is parted at an inner common word (`unlabelled_words`) without the article that
  stands in no gold entity («X شقيق Y» → two PERs; §2 name only); words with the article stand inside names
  («سليم أبو الإقبال اليعقوبي»: Wojood val .7874 → .7932 when left alone). With 5 sightings instead of 10 it
  also parted «عظيم» inside a name (real-train −2);
- a TITLE is extended over the next one or two words when that makes a training gold TITLE of two words or more
  and the gold never ends the shorter TITLE before the first of them («رئيس» + «الإقليم»، «منسقة السياسة» +
  «الخارجية»; §7 portfolio titles stay whole). Without the second condition it lost «المبعوث» before «الدولي».
A span may now start inside a token (the «و» of «وسيلين» stays outside); the NER stage splits that token
(`component.split_at_boundaries`), since spaCy's char_span needs token offsets.
Measured on the full-pipeline predictions (session 22): real-dev 161 .8974 → .9010 (tp 4546 → 4565, fp 514 →
496; PER .9141 → .9248, LOC .9154 → .9170, ORG .8655 → .8661, TITLE .8876 → .8925; one typo «واالأردن» lost),
real-train 1,042 .9835 → .9862 (one gold «وجامو» and one «لرئاسة X» lost), written dev .9620 unchanged.
Not kept: cutting a PER's last or first word the gold sees 5+ times and never in a PER (family names are common
words: «الملا»، «الخطاب»، «الطالب»، «المطلق»; first names «متى»، «سفر»، «مثال»: real-dev −2); cutting an ORG's
last word the gold never puts in an entity (real-dev −14: «اليدوية»، «المناصحة»); cutting an ORG's first word by
a ratio of outside to starting sightings («وفد»، «موقع»: ±0 with losses «موقع العين»، «طوارئ عسير»); extending an
ORG to a longer training gold ORG surface (real-dev +1, the rest is real-train memory); dropping a glued «و»
outside lists («ويتني هيوستون»، «ويفر» lost).
Offices served (session 23): the model ends a deputy's TITLE before «ل» and tags the office he serves as a TITLE
of its own («النائب الأول» | «لرئيس»، «النائب الثانى» | «رئيس مجلس الوزراء» after «ل»); the two are joined into
one TITLE when only «ل» stands between and the first starts with a word that begins a training gold TITLE
running on through «ل» into another office (`served_heads`: «النائب»، «المستشار»، «مساعد»; decision 295; a
status word between keeps them apart, decision 228). Measured on the pre-repair predictions: real-dev .9010 →
.9016 (TITLE .8925 → .8972, 2 spans mended), real-train, written dev, ANERcorp slice and Wojood val unchanged;
relations end to end on real-dev .863 → .864. Not kept: letting a TITLE run over a following ORG or LOC into a
training gold TITLE surface (real-train +2, real-dev ±0: «رئيس» + «البرلمان» is split in the gold too); cutting a
TITLE's last word that never stands in a gold TITLE (real-dev −2: «أستاذ النقد»، «مدير المرصد» lost).
Bodies after a title (session 23): the model runs a TITLE over the head noun of the body named after it
(«رئيس هيئة» | «أعضاء شرف» | ORG «نادي الهلال»، «مدير أمن» | LOC «عدن»). When the TITLE's last word starts
training gold ORGs of two words or more 4 times and never ends a gold TITLE (`org_heads`), and an ORG or LOC
follows it after one space (or an ORG after one or two bare words), the word leaves the TITLE and opens that
body's ORG (decisions 9, 52: a named body after a title is split off). Measured on the pre-repair predictions:
real-dev .9016 → .9024 (TITLE .8972 → .9005, 2 TITLEs and 2 ORGs mended), real-train, written dev, ANERcorp slice
and Wojood val unchanged. Not kept: splitting off a last word the gold labels alone as an ORG («نائب مفوض
الشرطة»: one case in real-train, «مساعد مفوض الشرطة المحلية» is one TITLE in the gold); splitting at an inner
committee noun («نائب رئيس اللجنة الوطنية …»: «اللجنة» ends gold TITLEs, decision 91).
Sole labels (session 23): an ORG on a surface the training gold labels LOC at least twice and never ORG becomes a
LOC («([بعقوبة])»), a LOC on a surface only ever ORG an ORG («واس»), and a PER a LOC when the surface is such a
place and none of its words stands in a gold PER («انقرة»; `sole_loc`, `sole_org`, `place_not_person`). Measured
on the pre-repair predictions: real-dev .9024 → .9030 (3 spans mended, none lost), real-train .9862 = (tp +2: two
mended, one «مدينة العيون» after «مستشفى» lost), ANERcorp slice .5467 → .5492, written dev and Wojood val
unchanged; relations end to end on real-dev .867 =. Not kept: relabelling by a 90% or 80% majority (newspapers
named after their city: «"الرياض"» ORG, real-train −15); PER → LOC on any place surface («الدكتور السويد»،
«الشيخ صلاح الدين»: real-dev −2); a LOC after a word that starts gold ORGs (`org_heads`) joined into an ORG like
a team (real-dev −12: «أمن المملكة»، «إن تركيا»).
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
