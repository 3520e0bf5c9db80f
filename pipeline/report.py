"""`arabic-ie evaluate --html`: gold and prediction side by side, every error coloured by its category.

One self-contained right-to-left page (the frame, style and label colours of `pipeline.view`):
the summary tables on top, then per document each paragraph of gold beside the same paragraph
of prediction, entities as displaCy-style marks (background: error category; tag: label colour),
and the number, relation and frame-slot errors in tables. Filters by label, category and
document; `REPORT.html#hide=PER,missed&doc=ID` opens with those labels and categories hidden and
only that document shown (what the headless-browser test drives).
"""
from __future__ import annotations

import html
from pathlib import Path

from pipeline.errors import (CATEGORY_NAMES, ENTITY_CATEGORIES, NUMBER_CATEGORIES, TUPLE_CATEGORIES, align_entities,
                             align_numbers, align_tuples)
from pipeline.schema import ENTITY_LABELS
from pipeline.schema import LABEL_COLORS as COLORS
from pipeline.view import page

CATEGORY_COLORS = {"correct": "#d8f3dc", "label": "#c77dff", "boundary": "#ffe066", "label_boundary": "#ff9f68",
                   "missed": "#ff5d73", "spurious": "#7aa6ff", "span": "#fff3b0", "value": "#e0aaff",
                   "missed_argument": "#ffb3c1", "missed_rule": "#e63946", "spurious_argument": "#bde0fe",
                   "spurious_rule": "#3a86ff"}
CATEGORY_NAMES = {**CATEGORY_NAMES, "missed_argument": "missed: argument", "missed_rule": "missed: rule",
                  "spurious_argument": "spurious: argument", "spurious_rule": "spurious: rule"}
FILTER_CATEGORIES = (*ENTITY_CATEGORIES, "span", "value", *TUPLE_CATEGORIES[1:])

STYLE = """.bar label{display:inline-block;margin:.15em .2em;padding:.2em .5em;border-radius:.3em}
.bar{direction:ltr;text-align:left;margin:.4em 0}.summary{direction:ltr;text-align:left}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;border-top:1px solid #eee;padding:.4em 0;line-height:2.4}
.pair>div{white-space:pre-wrap}.side{font-weight:bold;color:#555}
mark.entity{padding:.3em .5em;margin:0 .2em;line-height:1;border-radius:.35em;box-decoration-break:clone}
mark.entity span.tag{font-size:.75em;font-weight:bold;padding:.15em .35em;border-radius:.3em;margin-right:.4em;
vertical-align:middle;font-family:sans-serif}
mark.filtered{background:none!important}mark.filtered span.tag{display:none}
tr.filtered,section.filtered{display:none}"""
STYLE += "".join(f"\n.cat-{c}{{background:{color}}}" for c, color in CATEGORY_COLORS.items())
SCRIPT = """function apply(){var hideL={},hideC={};
document.querySelectorAll('input[data-label]').forEach(function(b){if(!b.checked)hideL[b.dataset.label]=1;});
document.querySelectorAll('input[data-cat]').forEach(function(b){if(!b.checked)hideC[b.dataset.cat]=1;});
var doc=document.getElementById('doc').value;
document.querySelectorAll('[data-cat]').forEach(function(m){if(m.tagName==='INPUT')return;
var off=!!(hideC[m.dataset.cat]||(m.dataset.label&&hideL[m.dataset.label]));m.classList.toggle('filtered',off);});
document.querySelectorAll('section[data-doc]').forEach(function(s){s.classList.toggle('filtered',doc!==''&&s.dataset.doc!==doc);});}
document.addEventListener('DOMContentLoaded',function(){var h=decodeURIComponent(location.hash);
var m=h.match(/hide=([A-Za-z_,]+)/);if(m){m[1].split(',').forEach(function(x){
var b=document.querySelector('input[data-label="'+x+'"],input[data-cat="'+x+'"]');if(b)b.checked=false;});}
var d=h.match(/doc=([^&]+)/);if(d){document.getElementById('doc').value=d[1];}apply();});"""


def _e(x) -> str:
    return html.escape(str(x))


def _table(head: list[str], rows: list[list], cls: str = "") -> str:
    out = [f'<table class="{cls}"><tr>' + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{c:.3f}</td>" if isinstance(c, float) else f"<td>{_e(c)}</td>" for c in row)
                   + "</tr>")
    return "".join(out) + "</table>"


def summary(result: dict) -> str:
    """The evaluation's tables: span scores with the error categories per label, the four schemes,
    numbers, relations and frame slots."""
    b = result["breakdown"]
    span, cats = result["entities"]["span"], b["entities"]["categories"]
    rows = []
    for label in [l for l in cats if l in span] + [l for l in span if l not in cats]:
        s, c = span[label], cats.get(label, {})
        rows.append([label, s["precision"], s["recall"], s["f1"], result["entities"]["seqeval"].get(label, {}).get("f1", 0.0),
                     *(c.get(k, 0) for k in ENTITY_CATEGORIES)])
    parts = ["<h2>entities (character spans; seqeval F1 on pipeline tokens)</h2>",
             _table(["label", "P", "R", "F1", "seqeval F1", *(CATEGORY_NAMES[k] for k in ENTITY_CATEGORIES)], rows)]
    if b["entities"]["confusions"]:
        parts.append("<p>label confusions gold&gt;pred: "
                     + _e(", ".join(f"{k} {v}" for k, v in b["entities"]["confusions"].items())) + "</p>")
    schemes = b["entities"]["schemes"]["micro"]
    parts += ["<h2>entity schemes, micro (nervaluate)</h2>", _table(
        ["scheme", "correct", "incorrect", "partial", "missed", "spurious", "P", "R", "F1"],
        [[k, *(s[f] for f in ("correct", "incorrect", "partial", "missed", "spurious", "precision", "recall", "f1"))]
         for k, s in schemes.items()])]
    det = result["numbers"]["detection"]
    parts += [f"<h2>numbers: P {det['precision']:.3f} R {det['recall']:.3f} F1 {det['f1']:.3f}; field accuracy "
              + _e(", ".join(f"{k} {v:.3f}" for k, v in result["numbers"]["fields"].items())) + "</h2>",
              _table(["type", *(CATEGORY_NAMES[k] for k in NUMBER_CATEGORIES)],
                     [[k, *(v[c] for c in NUMBER_CATEGORIES)] for k, v in b["numbers"]["categories"].items()])]
    for layer, title in (("relations", "relations"), ("frames", "frame slots")):
        alone = b[layer].get("gold_arguments", {})
        rows = [[k, result[layer].get(k, {}).get("f1", 0.0), alone.get(k, {}).get("f1", 0.0),
                 *(v[c] for c in TUPLE_CATEGORIES)] for k, v in b[layer]["end_to_end"].items()]
        parts += [f"<h2>{title}</h2>", _table(["type", "F1 end to end", "F1 of the rules on gold arguments",
                                               *(CATEGORY_NAMES.get(c, c) for c in TUPLE_CATEGORIES)], rows)]
    # folded: the documents' paragraphs should stay in the first screen under the tables
    parts += ["<details><summary>documents with the most errors</summary>", _table(
        ["layer", "document", "errors", "share of the layer's", "gold", "predicted"],
        [[layer, d["id"], d["errors"], f"{d['share']:.0%}", d["gold"], d["pred"]]
         for layer, docs in b["documents"].items() for d in docs]), "</details>"]
    return '<div class="summary">' + "".join(parts) + "</div>"


def _marks(text: str, start: int, end: int, items: list[tuple[dict, str, str]]) -> str:
    """text[start:end] with (entity, category, tooltip) marks; items sorted and not overlapping."""
    out, pos = [], start
    for ent, cat, tip in items:
        s, e = max(ent["start"], pos), min(ent["end"], end)
        if e <= s:
            continue
        out.append(_e(text[pos:s]))
        label = ent["label"]
        out.append(f'<mark class="entity cat-{cat}" data-cat="{cat}" data-label="{_e(label)}" title="{_e(tip)}">'
                   f'{_e(text[s:e])}<span class="tag" style="background:{COLORS.get(label, "#ddd")}">{_e(label)}</span>'
                   "</mark>")
        pos = e
    out.append(_e(text[pos:end]))
    return "".join(out)


def _surface(text: str, x) -> str:
    if x is None:
        return ""
    s, e = (x["start"], x["end"]) if isinstance(x, dict) else x
    return text[s:e]


def _types(gold_type: str | None, pred_type: str | None) -> str:
    return gold_type if gold_type == pred_type else f"{gold_type or '-'} / {pred_type or '-'}"


def doc_section(gold: dict, pred: dict) -> str:
    text = gold["text"]
    gold_items, pred_items = [], []
    for cat, g, p in align_entities(gold.get("entities", []), pred.get("entities", [])):
        tip = (f"{CATEGORY_NAMES[cat]}: gold {g['label'] + ' «' + _surface(text, g) + '»' if g else '-'}"
               f" / prediction {p['label'] + ' «' + _surface(text, p) + '»' if p else '-'}")
        if g is not None:
            gold_items.append((g, cat, tip))
        if p is not None:
            pred_items.append((p, cat, tip))
    gold_items.sort(key=lambda x: (x[0]["start"], x[0]["end"]))
    pred_items.sort(key=lambda x: (x[0]["start"], x[0]["end"]))
    rows, start = [], 0
    for para_end in [i for i, ch in enumerate(text) if ch == "\n"] + [len(text)]:
        if text[start:para_end].strip():
            rows.append(f'<div class="pair"><div>{_marks(text, start, para_end, gold_items)}</div>'
                        f"<div>{_marks(text, start, para_end, pred_items)}</div></div>")
        start = para_end + 1
    errors = []
    for cat, g, p in align_numbers(gold.get("numbers", []), pred.get("numbers", [])):
        if cat != "correct":
            errors.append(("number", cat, g and g["type"], p and p["type"],
                           f"«{_surface(text, g)}» {g['value']:g}" if g else "",
                           f"«{_surface(text, p)}» {p['value']:g}" if p else ""))
    for layer in ("relations", "frames"):
        for cat, t in align_tuples(gold, pred, layer):
            if cat != "correct":
                what = (f"«{_surface(text, t[1])}» → «{_surface(text, t[2])}»" if layer == "relations"
                        else f"{t[1]}: «{_surface(text, t[2])}»")
                side = (what, "") if cat.startswith("missed") else ("", what)
                errors.append((layer[:-1] if layer == "relations" else "frame slot", cat, t[0], t[0], *side))
    table = ""
    if errors:
        table = ('<table class="errors" dir="rtl"><tr><th>layer</th><th>category</th><th>type</th><th>gold</th>'
                 "<th>prediction</th></tr>" + "".join(
                     f'<tr class="cat-{cat}" data-cat="{cat}"><td>{layer}</td><td>{_e(CATEGORY_NAMES[cat])}</td>'
                     f"<td>{_e(_types(gt, pt))}</td><td>{_e(gs)}</td><td>{_e(ps)}</td></tr>"
                     for layer, cat, gt, pt, gs, ps in errors) + "</table>")
    return (f'<section data-doc="{_e(gold["id"])}"><h2>{_e(gold["id"])}</h2>'
            '<div class="pair side"><div>gold</div><div>prediction</div></div>' + "".join(rows) + table + "</section>")


def render_report(pairs: list[tuple[dict, dict]], result: dict, title: str = "arabic-ie evaluation") -> str:
    labels = " ".join(f'<label style="background:{COLORS[l]}"><input type="checkbox" checked data-label="{l}" '
                      f'onchange="apply()"> {l}</label>' for l in ENTITY_LABELS)
    cats = " ".join(f'<label class="cat-{c}"><input type="checkbox" checked data-cat="{c}" onchange="apply()"> '
                    f"{_e(CATEGORY_NAMES[c])}</label>" for c in FILTER_CATEGORIES)
    docs = '<option value="">all documents</option>' + "".join(
        f'<option value="{_e(g["id"])}">{_e(g["id"])}</option>' for g, _ in pairs)
    bar = (f'<div class="bar">{len(pairs)} documents. labels: {labels}</div><div class="bar">categories: {cats}</div>'
           f'<div class="bar">document: <select id="doc" onchange="apply()">{docs}</select></div>')
    body = bar + summary(result) + "\n".join(doc_section(g, p) for g, p in pairs)
    return page(title, body, style=STYLE, script=SCRIPT)


def write_report(pairs: list[tuple[dict, dict]], result: dict, path: str | Path,
                 title: str = "arabic-ie evaluation") -> None:
    Path(path).write_text(render_report(pairs, result, title), encoding="utf-8")
