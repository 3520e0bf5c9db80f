"""Collect the words the gold TRAINING data never labels into pipeline/ner/data/unlabelled_words.json.gz.

A word (one token of `ArabicTokenizer`) that occurs at least MIN_COUNT times in the training texts outside
multi-word gold entities and is never a one-word gold entity there is a common word («القوات»، «شركة»، «بريف»،
«كبير»): `pipeline.ner.repair` drops a one-word ORG/LOC/TITLE the model predicts on it, and on the same word
written without the article («جمهورية» for «الجمهورية») unless the gold labels that bare form alone somewhere
(«سورية» for «السورية», «مالي» for «المالي»: those bare forms are kept in the file as `named_bare`). The same
file holds the lists `edge_words` builds for the repair of span edges (words that are no part of a name, titles
the gold writes whole). Only training gold is read (never dev or test), the real news train set and the written train set:

    python scripts/build_unlabelled_words.py build/corpora-s19/real-train.jsonl annotations/train.jsonl
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from pipeline.io.jsonl import read_jsonl
from pipeline.ner.repair import COORDINATOR, EDGE_LISTS
from pipeline.ner.repair import UNLABELLED_DATA as OUT
from pipeline.text.proclitics import ARTICLE
from pipeline.text.tokenizer import ArabicTokenizer

MIN_COUNT = 10  # fewer sightings say too little (measured: 5 or 7 also drop true names on real-dev)
EDGE_MIN = 3  # sightings for `glued_common`: a word seen this often and never in a gold PER
ALONE_MIN = 5  # sightings for `named_alone`
HEAD_MIN = 4  # times a bare noun stands right before a gold ORG for `org_outside_heads`
SOLE_MIN = 2  # times the gold labels a surface LOC (ORG) and never ORG (LOC) for `sole_loc` (`sole_org`)
GLUED_ARTICLE = ("بال", "وال", "فال", "كال", "لل")  # a proclitic and the article: a word no name ends with
Gold = list[tuple[str, list[dict], list[tuple[int, int]]]]  # (text, gold entities, token spans) of each document


def load_gold(paths: list[Path]) -> Gold:
    """Each training document's text, gold entities and `ArabicTokenizer` spans, read and tokenized once for
    both `count_words` and `edge_words`."""
    tok = ArabicTokenizer()
    return [(doc["text"], doc["entities"], tok.spans(doc["text"])) for path in paths for doc in read_jsonl(path)]


def edge_words(gold: Gold, common: set[str]) -> dict[str, list[str]]:
    """Lists for `pipeline.ner.repair`'s span edges, from the training gold:
    `per_article_words`: words with the article that stand inside a gold PER («الحبيب»: a PER may start so);
    `glued_common`: words with a proclitic and the article («بالقول») seen EDGE_MIN times and never in a PER;
    `named_alone`: words the gold labels alone as an entity (not PER) at least half the times it sees them and
      never puts in a PER («المملكة»);
    `waw_names`: words starting with «و» that stand inside a gold entity («وليد»، «واشنطن»: the «و» is the name's);
    `in_names`: the common words (`words`, MIN_COUNT) that stand inside some gold entity; the others never do
      («شقيق»: a word between two names parts them);
    `title_surfaces`: gold TITLEs of two words or more («رئيس الإقليم»، «منسق السياسة الخارجية»);
    `title_followers`: «TITLE word» where the gold ends a TITLE before that word, kept only where it begins a longer
      gold TITLE (the gold says the shorter office stands alone there);
    `org_outside_heads`: bare nouns that stand right before a gold ORG (one space between) HEAD_MIN times and
      never start one («عناصر»، «قيادات»: the members or leaders of a body, not its name);
    `served_heads`: first words of gold TITLEs that run on through «ل» into the office they serve («النائب الأول
      للرئيس»، «المستشار الخاص لرئيس»: decisions 228, 295), where a later word is «ل/لل» + a word that starts gold
      TITLEs HEAD_MIN times;
    `org_heads`: first words of gold ORGs of two words or more, HEAD_MIN times, that never end a gold TITLE
      («هيئة»، «أمن»: the head noun of a body named after a title);
    `sole_loc` (`sole_org`): entity surfaces the gold labels LOC (ORG) SOLE_MIN times and never ORG (LOC);
    `place_not_person`: the `sole_loc` surfaces never labelled PER, none of whose words stands in a gold PER."""
    seen: Counter = Counter()
    in_per: Counter = Counter()
    in_any: Counter = Counter()
    alone: Counter = Counter()
    org_first: Counter = Counter()
    before_org: Counter = Counter()
    titles: set[str] = set()
    title_heads: Counter = Counter()  # first words of gold TITLEs, without the article
    served: set[tuple[str, str]] = set()  # (first word, inner word after «ل») of gold TITLEs
    followed: set[str] = set()
    title_last: Counter = Counter()  # last words of gold TITLEs
    surface_labels: dict[str, Counter] = {}  # gold labels of each entity surface
    for text, ents, spans in gold:
        words = [text[s:e] for s, e in spans]
        first = {s: i for i, (s, _) in enumerate(spans)}
        last = {e: i for i, (_, e) in enumerate(spans)}
        for (s, e), w in zip(spans, words):
            seen[w] += 1
            labels = {x["label"] for x in ents if x["start"] <= s and e <= x["end"]}  # of the entities around w
            if labels:
                in_any[w] += 1
            if "PER" in labels:
                in_per[w] += 1
        for x in ents:
            surface = text[x["start"]:x["end"]]
            surface_labels.setdefault(surface, Counter())[x["label"]] += 1
            if x["label"] == "TITLE":
                if " " in surface:
                    titles.add(surface)
                head, *rest = surface.split(" ")
                title_last[(rest or [head])[-1]] += 1
                title_heads[head.removeprefix(ARTICLE)] += 1
                served.update((head, w[2:] if w.startswith("لل") else w[1:]) for w in rest if w.startswith("ل"))
                after = text[x["end"]:].split(" ", 2)
                if len(after) > 1 and not after[0] and after[1]:
                    followed.add(surface + " " + after[1])
            a, b = first.get(x["start"]), last.get(x["end"])
            if a is None or b is None:
                continue
            if a == b and x["label"] != "PER":
                alone[words[a]] += 1
            if x["label"] != "ORG":
                continue
            if b > a:
                org_first[words[a]] += 1
            if a > 0 and text[spans[a - 1][1]:x["start"]] == " " and not any(
                    y["start"] <= spans[a - 1][0] < y["end"] for y in ents):
                before_org[words[a - 1]] += 1
    sole_loc = sorted(w for w, c in surface_labels.items() if c["LOC"] >= SOLE_MIN and not c["ORG"])
    return {
        "per_article_words": sorted(w for w in in_per if w.startswith(ARTICLE)),
        "glued_common": sorted(w for w, n in seen.items() if n >= EDGE_MIN and not in_per[w] and w.startswith(GLUED_ARTICLE)),
        "named_alone": sorted(w for w, n in seen.items() if n >= ALONE_MIN and not in_per[w] and 2 * alone[w] >= n),
        "in_names": sorted(w for w in common if in_any[w]),
        "title_surfaces": sorted(titles),
        "title_followers": sorted(f for f in followed if any(t == f or t.startswith(f + " ") for t in titles)),
        "waw_names": sorted(w for w in in_any if w.startswith(COORDINATOR)),
        "served_heads": sorted({h for h, w in served if title_heads[w] >= HEAD_MIN}),
        "org_heads": sorted(w for w, n in org_first.items() if n >= HEAD_MIN and not title_last[w]),
        "sole_loc": sole_loc,
        "place_not_person": [w for w in sole_loc if not surface_labels[w]["PER"]
                             and not any(in_per[x] for x in w.split(" "))],
        "sole_org": sorted(w for w, c in surface_labels.items() if c["ORG"] >= SOLE_MIN and not c["LOC"]),
        "org_outside_heads": sorted(w for w, n in before_org.items() if n >= HEAD_MIN and not org_first[w] and w[:1].isalpha()),
    }


def count_words(gold: Gold) -> tuple[Counter, Counter]:
    """(occurrences outside multi-word gold entities, occurrences as a one-word gold entity) per token surface."""
    seen: Counter = Counter()
    named: Counter = Counter()
    for text, entities, spans in gold:
        ents = [(e["start"], e["end"]) for e in entities]
        whole = set(ents)
        for s, e in spans:
            if (s, e) in whole:
                named[text[s:e]] += 1
            elif any(a <= s and e <= b for a, b in ents):
                continue  # a word of a longer name says nothing about the word alone
            seen[text[s:e]] += 1
    return seen, named


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args()
    gold = load_gold(args.files)
    seen, named = count_words(gold)
    words = sorted(w for w, n in seen.items() if n >= MIN_COUNT and not named[w] and any(c.isalpha() for c in w))
    common = set(words)
    named_bare = sorted(w for w in named if ARTICLE + w in common)  # names despite the article form
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = {"min_count": MIN_COUNT, "sources": [p.name for p in args.files], "words": words, "named_bare": named_bare,
            **edge_words(gold, common)}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(OUT, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as fh:  # same bytes anywhere
        fh.write(payload)
    print(f"{len(words)} never-labelled words, {len(named_bare)} bare forms labelled alone, "
          + ", ".join(f"{len(data[k])} {k}" for k in EDGE_LISTS) + f" -> {OUT}")


if __name__ == "__main__":
    main()
