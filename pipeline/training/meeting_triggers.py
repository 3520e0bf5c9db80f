"""Train the meeting-trigger model (pipeline/frames/meeting/trigger_model.py) from gold frames.

Every word with a meeting stem in the gold documents is a candidate, positive when a gold meeting's trigger covers
it. The rules run first on the gold entities (numbers from the numbers stage, as `scripts/benchmark_facts.py --only
gold` runs them), so the model learns where the rules are right and where they miss; a logistic regression
(scikit-learn) is fitted on the candidates' features and saved as weights over named features (safetensors + JSON).
"""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluate import slot_tuples
from pipeline.frames import meeting
from pipeline.frames.component import relations_and_frames
from pipeline.frames.context import Context
from pipeline.frames.meeting.trigger_model import CONFIG, KIND, TriggerModel, candidates, opened_at, with_flag
from pipeline.io.checksums import write_sums
from pipeline.io.jsonl import read_jsonl
from pipeline.numbers.component import NumbersComponent, numbers_for
from pipeline.text.tokenizer import ArabicTokenizer
from pipeline.training.config import TRIGGER_C, TRIGGER_THRESHOLD


def _with_numbers(doc: dict, tok: ArabicTokenizer, stage: NumbersComponent) -> tuple[list, list[bool], list[dict]]:
    """The document's words, sentence starts and numbers (the numbers stage over its gold entities)."""
    spans = tok.spans(doc["text"])
    flags = tok.sentence_starts(doc["text"], spans)
    return spans, flags, numbers_for([doc["text"][s:e] for s, e in spans], spans, flags, stage.duals, stage.counts,
                                     doc.get("entities", []))


def examples(docs: list[dict], tok: ArabicTokenizer, stage: NumbersComponent) -> tuple[list[dict], list[bool]]:
    """(features, is a gold meeting trigger) of every candidate word of `docs` (gold entities)."""
    feats, labels = [], []
    for doc in docs:
        spans, flags, nums = _with_numbers(doc, tok, stage)
        ctx = Context.build(doc["text"], spans, flags, doc.get("entities", []), nums)
        opened = opened_at(ctx, meeting.frames(ctx))
        gold = [f["trigger"] for f in doc.get("frames", []) if f["type"] == "meeting"]
        for i, f in candidates(ctx):
            s, e = ctx.spans[i]
            feats.append(with_flag(f, i in opened))
            labels.append(any(a < e and s < b for a, b in gold))
    return feats, labels


def meeting_slots(docs: list[dict], tok: ArabicTokenizer, stage: NumbersComponent,
                  triggers: TriggerModel | None) -> dict:
    """Meeting slot P/R/F1 on `docs` with gold entities: the rules alone (`triggers` None) or with the model."""
    tp = n_pred = n_gold = 0
    for doc in docs:
        spans, flags, nums = _with_numbers(doc, tok, stage)
        _, frames = relations_and_frames(doc["text"], spans, flags, doc.get("entities", []), nums, triggers)
        pred = slot_tuples({**doc, "numbers": nums, "frames": frames}).get("meeting", set())
        gold = slot_tuples(doc).get("meeting", set())
        tp, n_pred, n_gold = tp + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / max(1e-9, p + r), 4),
            "gold": n_gold, "predicted": n_pred}


def check_out(out: Path, overwrite: bool) -> None:
    """Refuse an `--out` that is a file or holds anything, unless `overwrite` and it holds a meeting-trigger model
    (what this command wrote): another folder is never replaced."""
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()):
        if not overwrite:
            raise ValueError(f"--out {out} exists and is not empty: pass --overwrite to replace the model it holds")
        try:
            kind = json.loads((out / CONFIG).read_text(encoding="utf-8")).get("kind")
        except (OSError, ValueError):
            kind = None
        if kind != KIND:
            raise ValueError(f"--out {out} holds something other than a meeting-trigger model: not replaced")


def train_triggers(train_paths: list[Path], out: Path, dev_paths: list[Path] = (), threshold: float = TRIGGER_THRESHOLD,
                   c: float = TRIGGER_C, overwrite: bool = False) -> dict:
    """Fit the model on `train_paths`, save it to `out` with a card; return what the card reports (dev: meeting
    slot F1 with gold entities, the rules alone and with the model)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    out = Path(out)
    check_out(out, overwrite)
    if not 0 < threshold < 1:
        raise ValueError(f"--threshold must lie between 0 and 1, got {threshold}")
    tok, stage = ArabicTokenizer(), NumbersComponent()
    docs = [d for p in train_paths for d in read_jsonl(p)]
    feats, labels = examples(docs, tok, stage)
    if not any(labels) or all(labels):
        raise ValueError(f"{', '.join(map(str, train_paths))}: the candidates need both gold meeting triggers and "
                         f"other meeting words to learn from ({sum(labels)} of {len(labels)} are triggers)")
    vec = DictVectorizer()
    fit = LogisticRegression(C=c, max_iter=3000).fit(vec.fit_transform(feats), labels)
    model = TriggerModel(dict(zip(vec.get_feature_names_out().tolist(), fit.coef_[0].tolist())),
                         float(fit.intercept_[0]), threshold)
    meta = {"trained_on": [str(p) for p in train_paths], "documents": len(docs), "candidates": len(labels),
            "gold_triggers": sum(labels), "C": c}
    for path in dev_paths:
        dev = read_jsonl(path)
        meta.setdefault("dev", {})[str(path)] = {"rules": meeting_slots(dev, tok, stage, None),
                                                 "rules + model": meeting_slots(dev, tok, stage, model)}
    model.save(out, meta)
    (out / "README.md").write_text(_card(out, meta, threshold), encoding="utf-8")
    write_sums(out)
    return meta


def _card(out: Path, meta: dict, threshold: float) -> str:
    lines = [f"# Meeting-trigger model: {out.name}", "",
             "A logistic regression over the words with a meeting stem: it opens the meetings the frame rules left "
             "closed when it scores them at or above the threshold; the rules fill their slots "
             "(pipeline/frames/meeting/trigger_model.py).", "",
             f"- trained on: {', '.join(meta['trained_on'])} ({meta['documents']} documents, {meta['candidates']} "
             f"candidate words, {meta['gold_triggers']} of them gold meeting triggers; gold entities)",
             f"- threshold {threshold}, L2 C {meta['C']}; scikit-learn LogisticRegression",
             "- weights: model.safetensors (float32, one per feature of config.json), no pickle; SHA256SUMS checked "
             "when it loads", ""]
    for path, scores in meta.get("dev", {}).items():
        rules, both = scores["rules"], scores["rules + model"]
        lines.append(f"- dev {path}, meeting slot F1 with gold entities: rules {rules['f1']:.3f} "
                     f"({rules['predicted']} predicted), rules + model {both['f1']:.3f} ({both['predicted']} "
                     f"predicted), gold {rules['gold']}")
    return "\n".join(lines) + "\n"
