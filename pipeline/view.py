"""A self-contained right-to-left HTML report of annotated documents.

Entities are drawn by displaCy (RTL); numeric facts, relations and frames are tables
under each document; checkboxes at the top hide or show entity labels. `report.html#hide=PER,ORG`
opens with those labels hidden (the script clicks their checkboxes), so a filtered view can be
linked to, and a headless browser can check the filters without driving the mouse.
"""
from __future__ import annotations

import html
from pathlib import Path

from spacy import displacy

from pipeline.schema import ENTITY_LABELS
from pipeline.schema import LABEL_COLORS as COLORS
STYLE = """body{font-family:'Noto Naskh Arabic','Amiri',sans-serif;margin:2em;background:#fafafa}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1em;margin-bottom:2em}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}td,th{border:1px solid #ccc;padding:.2em .5em}
th{background:#eee}h2{font-size:1.1em;direction:ltr;text-align:left}.hidden-label{background:none!important}
.hidden-label span{display:none}"""
SCRIPT = """function toggle(label,on){document.querySelectorAll('mark.entity').forEach(function(m){
var s=m.querySelector('span');if(s&&s.textContent.trim()===label){m.classList.toggle('hidden-label',!on);}});}
document.addEventListener('DOMContentLoaded',function(){var h=location.hash.match(/hide=([A-Z,]+)/);
if(h){h[1].split(',').forEach(function(label){var box=document.querySelector('input[data-label="'+label+'"]');
if(box&&box.checked){box.click();}});}});"""


def _fmt(value) -> str:
    return "" if value is None else f"{value:g}"


def _span(text: str, span) -> str:
    return html.escape(text[span[0]:span[1]]) if span else ""


def _doc_section(doc: dict) -> str:
    text = doc["text"]
    ents = [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in doc.get("entities", [])]
    body = displacy.render({"text": text, "ents": ents, "title": None, "settings": {"lang": "ar", "direction": "rtl"}},
                           style="ent", manual=True, page=False, options={"colors": COLORS})
    parts = [f"<section><h2>{html.escape(str(doc['id']))}</h2>", body]
    by_id = {x["id"]: x for x in doc.get("entities", []) + doc.get("numbers", [])}
    if doc.get("numbers"):
        rows = "".join(
            f"<tr><td>{_span(text, (n['start'], n['end']))}</td><td>{n['type']}</td><td>{n['value']:g}</td>"
            f"<td>{_fmt(n.get('total'))}</td>"
            f"<td>{_span(text, n.get('subject'))}</td><td>{n.get('change') or ''}</td><td>{n.get('baseline') or ''}</td>"
            f"<td>{n.get('qualifier') or 'eq'}</td><td>{n.get('period') or ''}</td></tr>" for n in doc["numbers"])
        parts.append("<table><tr><th>number</th><th>type</th><th>value</th><th>total</th><th>subject</th><th>change</th>"
                     f"<th>baseline</th><th>qualifier</th><th>period</th></tr>{rows}</table>")
    if doc.get("relations"):
        rows = "".join(f"<tr><td>{r['type']}</td><td>{_span(text, _pos(by_id, r['head']))}</td>"
                       f"<td>{_span(text, _pos(by_id, r['tail']))}</td></tr>" for r in doc["relations"])
        parts.append(f"<table><tr><th>relation</th><th>head</th><th>tail</th></tr>{rows}</table>")
    if doc.get("frames"):
        rows = "".join(
            f"<tr><td>{f['type']}</td><td>{_span(text, f['trigger'])}</td><td>"
            + "; ".join(f"{slot}: " + "، ".join(_span(text, _pos(by_id, v)) for v in values) for slot, values in f["slots"].items())
            + "</td></tr>" for f in doc["frames"])
        parts.append(f"<table><tr><th>frame</th><th>trigger</th><th>slots</th></tr>{rows}</table>")
    parts.append("</section>")
    return "\n".join(parts)


def _pos(by_id: dict, ref) -> tuple[int, int] | None:
    if isinstance(ref, str):
        x = by_id.get(ref)
        return (x["start"], x["end"]) if x else None
    return tuple(ref)


def render_html(docs: list[dict], title: str = "arabic-ie report") -> str:
    boxes = " ".join(f'<label dir="ltr" style="display:inline-block;margin:0 .3em;background:{COLORS[label]};padding:.2em .5em"><input type="checkbox" checked data-label="{label}" '
                     f'onchange="toggle(\'{label}\',this.checked)"> {label}</label>' for label in ENTITY_LABELS)
    sections = "\n".join(_doc_section(d) for d in docs)
    return page(title, f"<p><span dir=\"ltr\">{len(docs)} documents</span> {boxes}</p>{sections}", script=SCRIPT)


def page(title: str, body: str, style: str = "", script: str = "") -> str:
    """The self-contained right-to-left page of the HTML reports (`view`, `evaluate --html`)."""
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}{style}</style><script>{script}</script></head><body><h1>{html.escape(title)}</h1>"
            f"{body}</body></html>")


def write_html(docs: list[dict], path: str | Path, title: str = "arabic-ie report") -> None:
    Path(path).write_text(render_html(docs, title), encoding="utf-8")
