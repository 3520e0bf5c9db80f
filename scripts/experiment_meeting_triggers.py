"""Where meeting frames open: the rules against a learned trigger detector, at the trigger only (gold entities).

    python scripts/experiment_meeting_triggers.py --train build/real/real-train-early.jsonl
        --test build/real/real-train-late.jsonl build/real/real-dev-old.jsonl [--encoder models/ner-default]

An experiment, not a component: the frames keep their rules. Candidates are the words with a meeting stem; a gold
meeting whose trigger overlaps a candidate makes it positive. A logistic regression reads the word, its three
neighbours each side, a bag of the words around it, the gold entity labels before and after it, a day or month
word near it and whether its word came earlier in the article; `--encoder` adds the frozen encoder's last hidden
state at its first subword and averaged over a window; each set is also tried with a flag for "the rules opened a
frame here". The frames a detector opens would still need the rules' slot fillers, so trigger F1 is all it
measures (RESULTS.md, session 31). Never point it at test data.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from benchmark_facts import with_gold_entities

from pipeline.io.jsonl import read_jsonl
from pipeline.text.chars import lookup_key
from pipeline.text.lexicon import DAY_WORDS, MONTHS
from pipeline.text.tokenizer import ArabicTokenizer

STEMS = ("مؤتمر", "جلس", "اجتماع", "اجتمع", "التق", "يلتق", "لقاء", "لقائ", "محادث", "مباحث", "مفاوض", "قمة",
         "قمت", "ملتقى", "منتدى", "ندوة", "ندوت", "ورشة", "حوار", "جمعية", "دورة", "مناظرة")
PROCLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
NEIGHBOURS = 3
BAG = 15  # words each side in the bag, and the window the entity labels and day words are read in
ENCODER_WINDOW = 30  # words each side the encoder reads
ENCODER_SCALE = 0.2  # standardized hidden states weigh about as much as a few sparse features
THRESHOLDS = (0.3, 0.4, 0.5)


def stem_key(word: str) -> str | None:
    """The word's key without its proclitics and article when the rest starts with a meeting stem, else None."""
    key = lookup_key(word)
    for rest in [key] + [key[len(p):] for p in PROCLITICS if key.startswith(p) and len(key) - len(p) >= 3]:
        if rest.startswith(STEMS):
            return rest
    return None


def candidates(path: Path, tok: ArabicTokenizer) -> list[dict]:
    """Every candidate word of the file: its features, gold label, the rules' answer and where it is."""
    docs = list(read_jsonl(path))
    preds, _ = with_gold_entities(docs, tok)
    dated = {lookup_key(w) for w in DAY_WORDS | MONTHS}
    out = []
    for gold, pred in zip(docs, preds):
        text, spans = gold["text"], tok.spans(gold["text"])
        words = [text[s:e] for s, e in spans]
        keys = [lookup_key(w) for w in words]
        triggers = {kind: [f["trigger"] for f in doc.get("frames", []) if f["type"] == "meeting"]
                    for kind, doc in (("gold", gold), ("rules", pred))}
        seen: set[str] = set()
        for i, (s, e) in enumerate(spans):
            stem = stem_key(words[i])
            if stem is None:
                continue
            lo, hi = max(0, i - BAG), min(len(words), i + BAG)
            feats = {"stem=" + stem: 1.0, "repeat": float(stem in seen),
                     "definite": float(keys[i].lstrip("وفبل").startswith("ال")), "position": i / len(words)}
            feats.update({f"w{d}={keys[i + d]}": 1.0 for d in range(-NEIGHBOURS, NEIGHBOURS + 1)
                          if d and 0 <= i + d < len(words)})
            feats.update({"bag=" + keys[j]: 0.3 for j in range(lo, hi)})
            for ent in gold.get("entities", []):
                if spans[lo][0] <= ent["start"] < spans[hi - 1][1]:
                    feats[("before=" if ent["start"] < s else "after=") + ent["label"]] = 1.0
            feats["dated"] = float(any(keys[j] in dated for j in range(lo, hi)))
            seen.add(stem)
            hit = {kind: any(a < e and s < b for a, b in ts) for kind, ts in triggers.items()}
            out.append({"features": feats, "gold": hit["gold"], "rules": hit["rules"], "text": text, "spans": spans,
                        "index": i})
    return out


def encode(rows: list[dict], clf) -> np.ndarray:
    """The frozen encoder's last hidden state at each candidate's first subword, and its mean over the window
    (`clf`: a loaded `TokenClassifier`)."""
    import torch

    from pipeline.ner.data import model_words

    base = clf.model.base_model
    out = []
    for row in rows:
        i, spans, text = row["index"], row["spans"], row["text"]
        lo, hi = max(0, i - ENCODER_WINDOW), min(len(spans), i + ENCODER_WINDOW)
        enc = clf.tokenizer(model_words([text[s:e] for s, e in spans[lo:hi]]), is_split_into_words=True,
                            truncation=True, max_length=clf.max_length, return_tensors="pt")
        with torch.inference_mode():
            hidden = base(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).last_hidden_state[0]
        first = next((p for p, w in enumerate(enc.word_ids(0)) if w == i - lo), 0)
        out.append(np.concatenate([hidden[first].numpy(), hidden.mean(0).numpy()]))
    return np.vstack(out)


def f1(gold: list[bool], pred: list[bool]) -> str:
    tp = sum(g and p for g, p in zip(gold, pred))
    p, r = tp / max(1, sum(pred)), tp / max(1, sum(gold))
    return f"F1 {2 * p * r / max(1e-9, p + r):.3f} (P {p:.3f} R {r:.3f}; {tp} of {sum(gold)}, {sum(pred)} opened)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", nargs="+", type=Path, required=True)
    ap.add_argument("--test", nargs="+", type=Path, required=True)
    ap.add_argument("--encoder", help="a NER model directory whose encoder adds dense features")
    args = ap.parse_args()
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    tok = ArabicTokenizer()
    train = [row for path in args.train for row in candidates(path, tok)]
    tests = {path: candidates(path, tok) for path in args.test}
    dense: dict = {}
    if args.encoder:
        from pipeline.ner.model import TokenClassifier

        clf = TokenClassifier.load(args.encoder)  # once, for every file
        dense = {"train": encode(train, clf)} | {path: encode(rows, clf) for path, rows in tests.items()}
    mean, std = (dense["train"].mean(0), dense["train"].std(0) + 1e-6) if dense else (None, None)

    def matrix(rows: list[dict], vec: DictVectorizer, fit: bool, with_rules: bool, key) -> object:
        feats = [dict(r["features"], rules=float(r["rules"])) if with_rules else r["features"] for r in rows]
        sparse = vec.fit_transform(feats) if fit else vec.transform(feats)
        return hstack([sparse, csr_matrix((dense[key] - mean) / std * ENCODER_SCALE)]).tocsr() if dense else sparse

    for with_rules in (False, True):
        vec = DictVectorizer()
        model = LogisticRegression(C=0.5, max_iter=3000).fit(matrix(train, vec, True, with_rules, "train"),
                                                             [r["gold"] for r in train])
        for path, rows in tests.items():
            gold = [r["gold"] for r in rows]
            prob = model.predict_proba(matrix(rows, vec, False, with_rules, path))[:, 1]
            print(f"{path} ({'+ the rules flag' if with_rules else 'no rules flag'})")
            print(f"  rules        {f1(gold, [r['rules'] for r in rows])}")
            for t in THRESHOLDS:
                print(f"  model @ {t:.1f}  {f1(gold, [p >= t for p in prob])}")


if __name__ == "__main__":
    main()
