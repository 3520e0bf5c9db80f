"""Every metric of ANNOTATION.md section 5, comparing predicted documents with gold.

Entities: seqeval (strict IOB2) on the pipeline tokenizer's words with both sides'
spans projected onto them, and exact character spans. Numbers: a prediction
matches a gold fact when the spans overlap and the values are equal; then field
accuracy on matched pairs. Relations and frame slots: P/R/F on exact tuples.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

from pipeline.schema import ENTITY_LABELS, LINK_FIELDS
from pipeline.text.iob import iob2_tags

Span = tuple[int, int]


@dataclass
class Counts:
    tp: int = 0
    gold: int = 0
    pred: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.gold += len(gold)
        self.pred += len(pred)

    def scores(self) -> dict:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "gold": self.gold, "pred": self.pred, "correct": self.tp}


def tuple_scores(gold: dict[str, set], pred: dict[str, set]) -> dict:
    """P/R/F per key plus micro over all keys, for sets of hashable tuples."""
    out, micro = {}, Counts()
    for key in sorted(set(gold) | set(pred)):
        c = Counts()
        c.add(gold.get(key, set()), pred.get(key, set()))
        micro.add(gold.get(key, set()), pred.get(key, set()))
        out[key] = c.scores()
    out["micro"] = micro.scores()
    return out


def _entity_scores(pairs: list[tuple[dict, dict]], tokenize: Callable[[str], list[Span]]) -> dict:
    y_true, y_pred = [], []
    for gold, pred in pairs:
        tokens = tokenize(gold["text"])
        y_true.append(iob2_tags(tokens, gold.get("entities", [])))
        y_pred.append(iob2_tags(tokens, pred.get("entities", [])))
    gold_spans, pred_spans = _merge(entity_tuples(g) for g, _ in pairs), _merge(entity_tuples(p) for _, p in pairs)
    if not any(y_true) and not any(y_pred):  # no document (or no word): seqeval cannot score, all zero
        zero = {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}
        return {"seqeval": {"micro": zero}, "span": tuple_scores(gold_spans, pred_spans)}
    report = classification_report(y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    seq = {}
    for label in [*ENTITY_LABELS, *sorted(set(report) - set(ENTITY_LABELS))]:
        row = report.get(label)
        if row is None or label.endswith("avg"):
            continue
        seq[label] = {"precision": row["precision"], "recall": row["recall"], "f1": row["f1-score"],
                      "support": int(row["support"])}
    row = report["micro avg"]
    seq["micro"] = {"precision": row["precision"], "recall": row["recall"], "f1": row["f1-score"],
                    "support": int(row["support"])}
    return {"seqeval": seq, "span": tuple_scores(gold_spans, pred_spans)}


def _values_equal(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _token_index(tokens: list[Span], offset: int) -> int:
    for i, (s, e) in enumerate(tokens):
        if s <= offset < e:
            return i
    return -1


def _field_equal(name: str, g: dict, p: dict, tokens: list[Span]) -> bool:
    gv, pv = g.get(name), p.get(name)
    if name == "qualifier":
        return (gv or "eq") == (pv or "eq")
    if name == "total":
        return gv is None and pv is None or (gv is not None and pv is not None and _values_equal(gv, pv))
    if name == "subject":
        if gv is None or pv is None:
            return gv is None and pv is None
        overlap = gv[0] < pv[1] and pv[0] < gv[1]
        return overlap and _token_index(tokens, gv[0]) == _token_index(tokens, pv[0])
    return gv == pv


def match_numbers(golds: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    """§5's (gold, predicted) fact pairs of one document: spans overlap and values are equal.

    Predictions in text order each take the first free gold fact they match.
    """
    used: set[int] = set()
    pairs = []
    for p in sorted(preds, key=lambda n: n["start"]):
        for j, g in enumerate(golds):
            if j not in used and g["start"] < p["end"] and p["start"] < g["end"] and _values_equal(g["value"], p["value"]):
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


def _number_scores(pairs: list[tuple[dict, dict]], tokenize: Callable[[str], list[Span]]) -> dict:
    counts = Counts()
    right = dict.fromkeys(LINK_FIELDS, 0)
    matched = 0
    for gold, pred in pairs:
        golds, preds = gold.get("numbers", []), pred.get("numbers", [])
        counts.gold += len(golds)
        counts.pred += len(preds)
        pairs_here = match_numbers(golds, preds)
        if pairs_here:
            tokens = tokenize(gold["text"])
            for g, p in pairs_here:
                for name in LINK_FIELDS:
                    right[name] += _field_equal(name, g, p, tokens)
        matched += len(pairs_here)
        counts.tp += len(pairs_here)
    fields = {name: (right[name] / matched if matched else 0.0) for name in LINK_FIELDS}
    return {"detection": counts.scores(), "fields": fields, "matched": matched}


def _spans_by_id(doc: dict) -> dict[str, Span]:
    return {x["id"]: (x["start"], x["end"]) for x in doc.get("entities", []) + doc.get("numbers", [])}


def entity_tuples(doc: dict) -> dict[str, set]:
    """{entity label: {(doc id, start, end)}}: what exact-span entity F1 compares."""
    out = defaultdict(set)
    for e in doc.get("entities", []):
        out[e["label"]].add((doc["id"], e["start"], e["end"]))
    return out


def relation_tuples(doc: dict) -> dict[str, set]:
    """{relation type: {(doc id, head span, tail span)}}: what relation F1 compares."""
    spans, out = _spans_by_id(doc), defaultdict(set)
    for r in doc.get("relations", []):
        if r["head"] in spans and r["tail"] in spans:
            out[r["type"]].add((doc["id"], spans[r["head"]], spans[r["tail"]]))
    return out


def slot_tuples(doc: dict) -> dict[str, set]:
    """{frame type: {(doc id, slot, value span)}}: what frame-slot F1 compares."""
    spans, out = _spans_by_id(doc), defaultdict(set)
    for f in doc.get("frames", []):
        for slot, values in f.get("slots", {}).items():
            for v in values:
                span = spans.get(v) if isinstance(v, str) else tuple(v)
                if span is not None:
                    out[f["type"]].add((doc["id"], slot, span))
    return out


def _merge(sets: Iterable[dict[str, set]]) -> dict[str, set]:
    out: dict[str, set] = defaultdict(set)
    for d in sets:
        for k, v in d.items():
            out[k] |= v
    return out


def evaluate(gold_docs: list[dict], pred_docs: list[dict], tokenize: Callable[[str], list[Span]] | None = None) -> dict:
    """Score `pred_docs` against `gold_docs` (matched by id; a missing prediction scores as empty)."""
    if tokenize is None:
        from pipeline.text.tokenizer import ArabicTokenizer

        tokenize = ArabicTokenizer().spans
    by_id = {d["id"]: d for d in pred_docs}
    pairs = []
    for gold in gold_docs:
        pred = by_id.get(gold["id"], {"id": gold["id"], "text": gold["text"]})
        if pred["text"] != gold["text"]:
            raise ValueError(f"document {gold['id']!r}: predicted text differs from gold text; offsets cannot be compared")
        pairs.append((gold, pred))
    relations = tuple_scores(_merge(relation_tuples(g) for g, _ in pairs), _merge(relation_tuples(p) for _, p in pairs))
    frames = tuple_scores(_merge(slot_tuples(g) for g, _ in pairs), _merge(slot_tuples(p) for _, p in pairs))
    gold_ids = {g["id"] for g in gold_docs}
    return {
        "documents": len(pairs),
        "missing_predictions": sum(1 for g in gold_docs if g["id"] not in by_id),
        "unmatched_ids": {"gold": [g["id"] for g in gold_docs if g["id"] not in by_id],
                          "pred": [p["id"] for p in pred_docs if p["id"] not in gold_ids]},
        "entities": _entity_scores(pairs, tokenize),
        "numbers": _number_scores(pairs, tokenize),
        "relations": relations,
        "frames": frames,
    }


def _table(title: str, rows: dict, count_key: str = "gold") -> list[str]:
    lines = [title, f"  {'':<14}{'P':>7}{'R':>7}{'F1':>7}{count_key:>9}"]
    for name, row in rows.items():
        lines.append(f"  {name:<14}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}{row[count_key]:>9}")
    return lines


def format_report(result: dict) -> str:
    """The human-readable form of `evaluate`'s result."""
    lines = [f"documents: {result['documents']} (missing predictions: {result['missing_predictions']})"]
    for side, what in (("gold", "gold ids without a prediction (scored as empty)"),
                       ("pred", "prediction ids not in gold (not scored)")):
        ids = result.get("unmatched_ids", {}).get(side)
        if ids:
            lines.append(f"{what}: {len(ids)}: " + ", ".join(map(str, ids[:10])) + (" ..." if len(ids) > 10 else ""))
    lines.append("")
    lines += _table("entities, seqeval strict IOB2 on pipeline tokens", result["entities"]["seqeval"], "support")
    lines += [""] + _table("entities, exact character spans", result["entities"]["span"])
    num = result["numbers"]
    lines += [""] + _table("numbers, detection (overlap + equal value)", {"facts": num["detection"]})
    lines.append(f"  field accuracy on {num['matched']} matched facts: "
                 + ", ".join(f"{k} {v:.3f}" for k, v in num["fields"].items()))
    lines += [""] + _table("relations (type, head span, tail span)", result["relations"])
    lines += [""] + _table("frame slots (frame type, slot, value span)", result["frames"])
    return "\n".join(lines)

