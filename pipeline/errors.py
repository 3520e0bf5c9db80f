"""Why predictions miss: the error breakdown of `arabic-ie evaluate`, the HTML error page and the benchmarks.

Entities: each gold and predicted span falls in one MUC / SemEval-2013 category (correct,
incorrect label, partial boundary, both, missed, spurious) and the four schemes strict / exact /
partial / type are counted by `nervaluate` (character spans, end made inclusive for it).
Numbers: correct, span error (same value, other boundary: still a match by §5), value error
(overlapping spans, other value: a miss and a spurious fact by §5), missed, spurious; per type.
Relations and frame slots: each missed or spurious tuple is put down to an argument (a gold
argument entity/number the prediction lacks with that span and label, or a predicted argument
that gold lacks) or to the rule itself (all its arguments right); the rules are also run
on the gold entities and numbers, which scores them alone.
Documents: the few that hold the most errors of each layer, since one odd article (a table, a
list, a gold layer left unfinished) can sink a whole test column unnoticed.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from pipeline.schema import ENTITY_LABELS, NUMBER_TYPES

ENTITY_CATEGORIES = ("correct", "label", "boundary", "label_boundary", "missed", "spurious")
CATEGORY_NAMES = {"correct": "correct", "label": "incorrect label", "boundary": "partial boundary",
                  "label_boundary": "label and boundary", "missed": "missed", "spurious": "spurious",
                  "span": "span error", "value": "value error"}
NUMBER_CATEGORIES = ("correct", "span", "value", "missed", "spurious")
TUPLE_CATEGORIES = ("correct", "missed_argument", "missed_rule", "spurious_argument", "spurious_rule")
SCHEMES = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}  # ours -> nervaluate's
SCHEME_FIELDS = ("correct", "incorrect", "partial", "missed", "spurious", "possible", "actual", "precision", "recall", "f1")


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _key(e: dict) -> tuple[int, int]:
    return e["start"], e["end"]


def align_entities(gold: list[dict], pred: list[dict]) -> list[tuple[str, dict | None, dict | None]]:
    """(category, gold entity, predicted entity) for every entity of one document.

    The pairing is nervaluate's strict one (predictions in text order; each takes the gold span
    equal to it in span and label, else the first free gold span it overlaps), so the counts here
    add up to its strict scheme: correct, incorrect = label + boundary + label_boundary, missed,
    spurious.
    """
    gold, pred = sorted(gold, key=_key), sorted(pred, key=_key)
    taken: set[int] = set()
    out: list[tuple[str, dict | None, dict | None]] = []
    for p in pred:
        exact = next((j for j, g in enumerate(gold) if j not in taken and _key(g) == _key(p) and g["label"] == p["label"]),
                     None)
        j = exact if exact is not None else next(
            (j for j, g in enumerate(gold) if j not in taken and _overlap(g, p)), None)
        if j is None:
            out.append(("spurious", None, p))
            continue
        taken.add(j)
        g = gold[j]
        same_span, same_label = _key(g) == _key(p), g["label"] == p["label"]
        cat = ("correct" if same_label else "label") if same_span else ("boundary" if same_label else "label_boundary")
        out.append((cat, g, p))
    out += [("missed", g, None) for j, g in enumerate(gold) if j not in taken]
    return out


def _nervaluate(gold_lists: list[list[dict]], pred_lists: list[list[dict]]) -> dict:
    """The four schemes, micro and per label, from nervaluate (absent labels and empty input: zeros)."""
    from nervaluate import Evaluator

    def inclusive(ents: list[dict]) -> list[dict]:
        return [{"label": e["label"], "start": e["start"], "end": e["end"] - 1} for e in sorted(ents, key=_key)]

    labels = sorted({e["label"] for ents in gold_lists + pred_lists for e in ents},
                    key=lambda l: (l not in ENTITY_LABELS, ENTITY_LABELS.index(l) if l in ENTITY_LABELS else 0, l))
    raw = {"overall": {}, "entities": {}}
    if gold_lists:
        raw = Evaluator([inclusive(g) for g in gold_lists], [inclusive(p) for p in pred_lists],
                        tags=labels, loader="dict").evaluate()

    def row(result) -> dict:
        return {f: (getattr(result, f) if result is not None else 0) for f in SCHEME_FIELDS}

    out = {"micro": {ours: row(raw["overall"].get(theirs)) for ours, theirs in SCHEMES.items()}}
    for label in [l for l in ENTITY_LABELS if l not in labels] + labels:
        per = raw["entities"].get(label, {})
        out[label] = {ours: row(per.get(theirs)) for ours, theirs in SCHEMES.items()}
    return {k: out[k] for k in [*ENTITY_LABELS, *sorted(set(out) - {*ENTITY_LABELS, "micro"}), "micro"]}


def entity_breakdown(pairs: list[tuple[dict, dict]]) -> dict:
    """Categories per label (a gold span's errors count under its gold label, a spurious one under its
    predicted label), label confusions (gold>pred), and nervaluate's four schemes."""
    cats: dict[str, Counter] = defaultdict(Counter)
    confusions: Counter = Counter()
    for gold, pred in pairs:
        for cat, g, p in align_entities(gold.get("entities", []), pred.get("entities", [])):
            label = (g or p)["label"]
            cats[label][cat] += 1
            cats["micro"][cat] += 1
            if g is not None and p is not None and g["label"] != p["label"]:
                confusions[f"{g['label']}>{p['label']}"] += 1
    order = [*ENTITY_LABELS, *sorted(set(cats) - {*ENTITY_LABELS, "micro"}), "micro"]
    return {"categories": {k: {c: cats[k][c] for c in ENTITY_CATEGORIES} for k in order},
            "confusions": dict(confusions.most_common()),
            "schemes": _nervaluate([g.get("entities", []) for g, _ in pairs], [p.get("entities", []) for _, p in pairs])}


def _values_equal(a, b) -> bool:
    from pipeline.evaluate import _values_equal as eq

    return eq(a, b)


def align_numbers(gold: list[dict], pred: list[dict]) -> list[tuple[str, dict | None, dict | None]]:
    """(category, gold fact, predicted fact): §5's match first (overlap and equal value, predictions in
    text order), split into correct (same span) and span errors; then overlapping pairs with other
    values (value errors); the rest missed or spurious."""
    used: set[int] = set()
    out, left = [], []
    for p in sorted(pred, key=lambda n: n["start"]):
        for j, g in enumerate(gold):
            if j not in used and _overlap(g, p) and _values_equal(g["value"], p["value"]):
                used.add(j)
                out.append(("correct" if _key(g) == _key(p) else "span", g, p))
                break
        else:
            left.append(p)
    for p in left:
        j = next((j for j, g in enumerate(gold) if j not in used and _overlap(g, p)), None)
        if j is None:
            out.append(("spurious", None, p))
        else:
            used.add(j)
            out.append(("value", gold[j], p))
    out += [("missed", g, None) for j, g in enumerate(gold) if j not in used]
    return out


def number_breakdown(pairs: list[tuple[dict, dict]]) -> dict:
    """Categories per type (gold type; spurious facts under their predicted type) and type confusions."""
    cats: dict[str, Counter] = defaultdict(Counter)
    confusions: Counter = Counter()
    for gold, pred in pairs:
        for cat, g, p in align_numbers(gold.get("numbers", []), pred.get("numbers", [])):
            kind = (g or p)["type"]
            cats[kind][cat] += 1
            cats["micro"][cat] += 1
            if g is not None and p is not None and g["type"] != p["type"]:
                confusions[f"{g['type']}>{p['type']}"] += 1
    order = [*NUMBER_TYPES, *sorted(set(cats) - {*NUMBER_TYPES, "micro"}), "micro"]
    return {"categories": {k: {c: cats[k][c] for c in NUMBER_CATEGORIES} for k in order if k in cats or k == "micro"},
            "type_confusions": dict(confusions.most_common())}


def _items(doc: dict) -> dict[str, tuple[int, int, str]]:
    """id -> (start, end, label or NUM) of a document's entities and numbers."""
    out = {e["id"]: (e["start"], e["end"], e["label"]) for e in doc.get("entities", [])}
    out.update({n["id"]: (n["start"], n["end"], "NUM") for n in doc.get("numbers", [])})
    return out


def tuples_with_arguments(doc: dict, layer: str) -> dict[tuple, tuple]:
    """(type, first span, second span) for relations, (frame type, slot, value span) for frame slots,
    each with the arguments it rests on: (start, end, label) of its entities/numbers."""
    items, out = _items(doc), {}
    if layer == "relations":
        for r in doc.get("relations", []):
            if r["head"] in items and r["tail"] in items:
                h, t = items[r["head"]], items[r["tail"]]
                out[(r["type"], h[:2], t[:2])] = (h, t)
    else:
        for f in doc.get("frames", []):
            for slot, values in f.get("slots", {}).items():
                for v in values:
                    if isinstance(v, str):
                        if v in items:
                            out[(f["type"], slot, items[v][:2])] = (items[v],)
                    else:
                        out[(f["type"], slot, tuple(v))] = ()
    return out


def align_tuples(gold: dict, pred: dict, layer: str) -> list[tuple[str, tuple]]:
    """(category, tuple) for each relation or frame-slot tuple of one document: correct, or missed or
    spurious put down to an argument (the other side lacks one of its arguments with that span and
    label) or to the rule (every argument right)."""
    g, p = tuples_with_arguments(gold, layer), tuples_with_arguments(pred, layer)
    g_args, p_args = set(_items(gold).values()), set(_items(pred).values())
    out = []
    for t, args in g.items():
        if t in p:
            out.append(("correct", t))
        else:
            out.append(("missed_argument" if any(a not in p_args for a in args) else "missed_rule", t))
    for t, args in p.items():
        if t not in g:
            out.append(("spurious_argument" if any(a not in g_args for a in args) else "spurious_rule", t))
    return out


def rules_on_gold(gold_docs: Iterable[dict], tokenizer=None) -> list[dict]:
    """Relations and frames that the frames stage (its rules and default meeting-trigger model) gives on each gold
    document's own entities and numbers."""
    from pipeline.frames.component import default_triggers, relations_and_frames

    if tokenizer is None:
        from pipeline.text.tokenizer import ArabicTokenizer

        tokenizer = ArabicTokenizer()
    out, triggers = [], default_triggers()
    for d in gold_docs:
        spans = tokenizer.spans(d["text"])
        rels, frames = relations_and_frames(d["text"], spans, tokenizer.sentence_starts(d["text"], spans),
                                            d.get("entities", []), d.get("numbers", []), triggers)
        out.append({"id": d["id"], "text": d["text"], "entities": d.get("entities", []),
                    "numbers": d.get("numbers", []), "relations": rels, "frames": frames})
    return out


def tuple_breakdown(pairs: list[tuple[dict, dict]], layer: str, on_gold: list[dict] | None = None) -> dict:
    """End-to-end categories per type, and (given `on_gold`) P/R/F of the rules on gold arguments."""
    from pipeline.evaluate import tuple_scores

    cats: dict[str, Counter] = defaultdict(Counter)
    for gold, pred in pairs:
        for cat, t in align_tuples(gold, pred, layer):
            cats[t[0]][cat] += 1
            cats["micro"][cat] += 1
    order = [*sorted(set(cats) - {"micro"}), "micro"]
    out = {"end_to_end": {k: {c: cats[k][c] for c in TUPLE_CATEGORIES} for k in order}}
    if on_gold is not None:
        def sets(docs: Iterable[dict]) -> dict[str, set]:
            merged: dict[str, set] = defaultdict(set)
            for d in docs:
                for t in tuples_with_arguments(d, layer):
                    merged[t[0]].add((d["id"], *t[1:]))
            return merged

        out["gold_arguments"] = tuple_scores(sets(g for g, _ in pairs), sets(on_gold))
    return out


def _document_errors(gold: dict, pred: dict) -> dict[str, tuple[int, int, int]]:
    """(gold items, predicted items, errors) of each layer in one document; errors count as §5 scores them (a
    boundary or label error is one, a number's span error none)."""
    from pipeline.evaluate import relation_tuples, slot_tuples

    ents = align_entities(gold.get("entities", []), pred.get("entities", []))
    nums = align_numbers(gold.get("numbers", []), pred.get("numbers", []))
    out = {"entities": (len(gold.get("entities", [])), len(pred.get("entities", [])),
                        sum(cat != "correct" for cat, *_ in ents)),
           "numbers": (len(gold.get("numbers", [])), len(pred.get("numbers", [])),
                       sum(cat not in ("correct", "span") for cat, *_ in nums))}
    for layer, tuples in (("relations", relation_tuples), ("frames", slot_tuples)):
        g, p = tuples(gold), tuples(pred)
        g_all, p_all = set().union(*g.values()), set().union(*p.values())
        out[layer] = (len(g_all), len(p_all), len(g_all ^ p_all))
    return out


def worst_documents(pairs: list[tuple[dict, dict]], k: int = 5) -> dict[str, list[dict]]:
    """Per layer, the k documents with the most errors and their share of the layer's errors."""
    rows = [(gold["id"], _document_errors(gold, pred)) for gold, pred in pairs]
    out = {}
    for layer in ("entities", "numbers", "relations", "frames"):
        total = sum(r[layer][2] for _, r in rows)
        worst = sorted(((doc, *r[layer]) for doc, r in rows if r[layer][2]), key=lambda x: -x[3])[:k]
        out[layer] = [{"id": doc, "gold": g, "pred": p, "errors": e, "share": e / total} for doc, g, p, e in worst]
    return out


def breakdown(pairs: list[tuple[dict, dict]], tokenizer=None, rules: bool = True) -> dict:
    """Every layer's error breakdown for (gold, prediction) document pairs."""
    on_gold = rules_on_gold([g for g, _ in pairs], tokenizer) if rules else None
    return {"entities": entity_breakdown(pairs), "numbers": number_breakdown(pairs),
            "relations": tuple_breakdown(pairs, "relations", on_gold),
            "frames": tuple_breakdown(pairs, "frames", on_gold), "documents": worst_documents(pairs)}


def _count_table(title: str, rows: dict, columns: tuple[str, ...], names: dict[str, str] | None = None) -> list[str]:
    names = names or {}
    heads = [names.get(c, c) for c in columns]
    widths = [max(len(h), 5) + 2 for h in heads]
    lines = [title, "  " + f"{'':<14}" + "".join(f"{h:>{w}}" for h, w in zip(heads, widths))]
    for name, row in rows.items():
        lines.append("  " + f"{name:<14}" + "".join(f"{row[c]:>{w}}" for c, w in zip(columns, widths)))
    return lines


def format_breakdown(b: dict) -> str:
    """The text form of `breakdown` (what `arabic-ie evaluate` prints after the scores)."""
    ent = b["entities"]
    short = {"correct": "correct", "label": "label", "boundary": "boundary", "label_boundary": "label+bound",
             "missed": "missed", "spurious": "spurious"}
    lines = _count_table("entity errors, character spans (gold label; spurious: predicted label)",
                         ent["categories"], ENTITY_CATEGORIES, short)
    if ent["confusions"]:
        lines.append("  label confusions gold>pred: " + ", ".join(f"{k} {v}" for k, v in ent["confusions"].items()))
    lines += ["", "entity schemes (nervaluate; per label: that label's spans alone)",
              "  " + f"{'':<14}{'scheme':<9}" + "".join(f"{h:>7}" for h in ("COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F1"))]
    for label, schemes in ent["schemes"].items():
        if label != "micro" and not any(s["possible"] or s["actual"] for s in schemes.values()):
            continue
        for k, (scheme, s) in enumerate(schemes.items()):
            lines.append("  " + f"{label if k == 0 else '':<14}{scheme:<9}"
                         + "".join(f"{s[c]:>7}" for c in ("correct", "incorrect", "partial", "missed", "spurious"))
                         + "".join(f"{s[c]:>7.3f}" for c in ("precision", "recall", "f1")))
    num = b["numbers"]
    lines += [""] + _count_table("number errors per type (span: same value, other boundary, still matched)",
                                 num["categories"], NUMBER_CATEGORIES)
    if num["type_confusions"]:
        lines.append("  type confusions gold>pred: " + ", ".join(f"{k} {v}" for k, v in num["type_confusions"].items()))
    tnames = {"missed_argument": "missed:arg", "missed_rule": "missed:rule", "spurious_argument": "spur:arg",
              "spurious_rule": "spur:rule"}
    for layer, title in (("relations", "relation"), ("frames", "frame slot")):
        part = b[layer]
        lines += [""] + _count_table(f"{title} errors end to end (arg: a wrong or missing argument; rule: arguments right)",
                                     part["end_to_end"], TUPLE_CATEGORIES, tnames)
        if "gold_arguments" in part:
            rows = part["gold_arguments"]
            lines.append("  the rules alone, on gold entities and numbers: "
                         + ", ".join(f"{k} {v['f1']:.3f}" for k, v in rows.items() if k != "micro")
                         + f"; micro P {rows['micro']['precision']:.3f} R {rows['micro']['recall']:.3f} "
                         f"F1 {rows['micro']['f1']:.3f}")
    lines += ["", "documents with the most errors (errors: missed + spurious, a boundary or label error once)"]
    for layer, docs in b["documents"].items():
        lines.append(f"  {layer:<12}" + ("; ".join(f"{d['id']} {d['errors']} ({d['share']:.0%}; gold {d['gold']}, "
                                                    f"predicted {d['pred']})" for d in docs) or "none"))
    return "\n".join(lines)


def paired(gold_docs: list[dict], pred_docs: list[dict]) -> list[tuple[dict, dict]]:
    """(gold, prediction) by id as `evaluate` pairs them: a missing prediction is an empty document."""
    by_id = {d["id"]: d for d in pred_docs}
    return [(g, by_id.get(g["id"], {"id": g["id"], "text": g["text"]})) for g in gold_docs]
