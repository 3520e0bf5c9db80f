"""Confidence intervals for `evaluate`'s span F1 figures, by resampling documents.

Why: a real-news test split holds about a hundred articles and a few hundred frame slots, so a
difference of .01 may be noise, and a goal "missed by .012" says little without an interval.
Errors cluster inside an article (one missed meeting trigger loses all its slots), so the unit
resampled is the document: a percentile bootstrap over documents (Efron and Tibshirani), and for
two systems on the same gold a paired one (Koehn 2004: both systems are scored on the same
resamples, and `p` is the share of resamples in which the first does not beat the second).

Every figure here is a micro F1 from (correct, gold, predicted) counts, so the point estimate
equals the one `evaluate` prints: entities on exact character spans, numbers by §5's matching,
relations and frame slots on exact tuples.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from pipeline.evaluate import Counts, entity_tuples, match_numbers, relation_tuples, slot_tuples

Pair = tuple[dict, dict]


def _document_counts(gold: dict, pred: dict) -> dict[str, Counts]:
    """Per-metric counts of one document; the keys are the rows the report prints."""
    rows: dict[str, Counts] = defaultdict(Counts)
    for layer, sets in (("entities", entity_tuples), ("relations", relation_tuples), ("frames", slot_tuples)):
        g, p = sets(gold), sets(pred)
        for key in set(g) | set(p):
            for row in (f"{layer} {key}", f"{layer} micro"):
                rows[row].add(g.get(key, set()), p.get(key, set()))
    golds, preds = gold.get("numbers", []), pred.get("numbers", [])
    facts = rows["numbers detection"]
    facts.tp += len(match_numbers(golds, preds))
    facts.gold += len(golds)
    facts.pred += len(preds)
    return rows


def count_matrix(pairs: list[Pair]) -> tuple[list[str], np.ndarray]:
    """Metric names and a (documents, metrics, 3) array of correct/gold/predicted counts."""
    for gold, pred in pairs:
        if pred.get("text", gold["text"]) != gold["text"]:
            raise ValueError(f"document {gold['id']!r}: predicted text differs from gold text; offsets cannot be compared")
    per_doc = [_document_counts(g, p) for g, p in pairs]
    names = sorted({name for rows in per_doc for name in rows}, key=_row_order)
    out = np.zeros((len(pairs), len(names), 3), dtype=np.int64)
    for i, rows in enumerate(per_doc):
        for j, name in enumerate(names):
            c = rows.get(name)
            if c is not None:
                out[i, j] = (c.tp, c.gold, c.pred)
    return names, out


def _row_order(name: str) -> tuple[int, bool, str]:
    layer, key = name.split(" ", 1)
    return ["entities", "numbers", "relations", "frames"].index(layer), key != "micro", key


def _f1(counts: np.ndarray) -> np.ndarray:
    """F1 = 2·correct / (gold + predicted) over the last axis; 0 where both are 0 (as `Counts.scores`)."""
    tp, gold, pred = counts[..., 0], counts[..., 1], counts[..., 2]
    denom = gold + pred
    return np.divide(2.0 * tp, denom, out=np.zeros(denom.shape), where=denom > 0)


def _resample_weights(n_docs: int, samples: int, seed: int) -> np.ndarray:
    """How often each document is drawn in each resample: (samples, documents)."""
    if n_docs == 0:
        raise ValueError("bootstrap needs at least one document")
    if samples < 1:
        raise ValueError(f"bootstrap needs at least one resample, got {samples}")
    rng = np.random.default_rng(seed)
    return rng.multinomial(n_docs, np.full(n_docs, 1.0 / n_docs), size=samples)


def _resampled_f1(counts: np.ndarray, weights: np.ndarray) -> np.ndarray:
    n_docs, n_metrics, _ = counts.shape
    summed = weights @ counts.reshape(n_docs, n_metrics * 3)
    return _f1(summed.reshape(len(weights), n_metrics, 3))


def bootstrap(pairs: list[Pair], samples: int = 1000, seed: int = 0, confidence: float = 0.95) -> dict:
    """{metric: {f1, low, high, gold}}: the F1 of all documents and its percentile interval."""
    names, counts = count_matrix(pairs)
    f1s = _resampled_f1(counts, _resample_weights(len(pairs), samples, seed))
    tail = (1.0 - confidence) / 2 * 100
    low, high = np.percentile(f1s, [tail, 100 - tail], axis=0)
    point, total = _f1(counts.sum(axis=0)), counts.sum(axis=0)
    return {"samples": samples, "confidence": confidence, "documents": len(pairs),
            "metrics": {name: {"f1": float(point[j]), "low": float(low[j]), "high": float(high[j]),
                               "gold": int(total[j, 1])} for j, name in enumerate(names)}}


def compare(pairs_a: list[Pair], pairs_b: list[Pair], samples: int = 1000, seed: int = 0,
            confidence: float = 0.95) -> dict:
    """Paired bootstrap of system A against B on the same gold documents, in the same order.

    {metric: {f1_a, f1_b, delta, low, high, p}}: delta = F1(A) − F1(B) on all documents, its
    percentile interval over the shared resamples, and p = the share of resamples where delta ≤ 0.
    """
    ids_a, ids_b = [g["id"] for g, _ in pairs_a], [g["id"] for g, _ in pairs_b]
    if ids_a != ids_b:
        raise ValueError("compare: the two systems must be paired with the same gold documents in the same order")
    names_a, counts_a = count_matrix(pairs_a)
    names_b, counts_b = count_matrix(pairs_b)
    names = sorted(set(names_a) | set(names_b), key=_row_order)
    a, b = _aligned(counts_a, names_a, names), _aligned(counts_b, names_b, names)
    weights = _resample_weights(len(pairs_a), samples, seed)
    deltas = _resampled_f1(a, weights) - _resampled_f1(b, weights)
    tail = (1.0 - confidence) / 2 * 100
    low, high = np.percentile(deltas, [tail, 100 - tail], axis=0)
    fa, fb = _f1(a.sum(axis=0)), _f1(b.sum(axis=0))
    p = (deltas <= 0).mean(axis=0)
    return {"samples": samples, "confidence": confidence, "documents": len(pairs_a),
            "metrics": {name: {"f1_a": float(fa[j]), "f1_b": float(fb[j]), "delta": float(fa[j] - fb[j]),
                               "low": float(low[j]), "high": float(high[j]), "p": float(p[j])}
                        for j, name in enumerate(names)}}


def _aligned(counts: np.ndarray, names: list[str], all_names: list[str]) -> np.ndarray:
    out = np.zeros((counts.shape[0], len(all_names), 3), dtype=np.int64)
    for j, name in enumerate(names):
        out[:, all_names.index(name)] = counts[:, j]
    return out


def format_bootstrap(result: dict) -> str:
    pct = round(result["confidence"] * 100)
    lines = [f"bootstrap: {result['samples']} resamples of the {result['documents']} documents, "
             f"{pct}% percentile intervals of span F1",
             f"  {'':<26}{'F1':>7}{'low':>7}{'high':>7}{'gold':>7}"]
    for name, row in result["metrics"].items():
        lines.append(f"  {name:<26}{row['f1']:>7.3f}{row['low']:>7.3f}{row['high']:>7.3f}{row['gold']:>7}")
    return "\n".join(lines)


def format_compare(result: dict, name_a: str, name_b: str) -> str:
    pct = round(result["confidence"] * 100)
    lines = [f"paired bootstrap: A = {name_a}, B = {name_b}; {result['samples']} resamples of the "
             f"{result['documents']} documents, {pct}% interval of F1(A) - F1(B); p = share of resamples where A <= B",
             f"  {'':<26}{'A':>7}{'B':>7}{'A-B':>8}{'low':>8}{'high':>8}{'p':>7}"]
    for name, row in result["metrics"].items():
        lines.append(f"  {name:<26}{row['f1_a']:>7.3f}{row['f1_b']:>7.3f}{row['delta']:>+8.3f}"
                     f"{row['low']:>+8.3f}{row['high']:>+8.3f}{row['p']:>7.3f}")
    return "\n".join(lines)
