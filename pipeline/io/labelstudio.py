"""Label Studio round trip: this project's JSONL <-> Label Studio JSON tasks, and the labelling config.

Export (`arabic-ie export-ls`): one task per document, `data` = {text, doc_id}; its layers as
pre-annotations (`predictions`) or as an annotation (gold to review). Regions keep the document's
ids, so nothing is renumbered:

- entities: spans of the `label` control (PER, TITLE, LOC, ORG);
- numbers: spans of the `number` control labelled with their type; the other fields in
  per-region controls (`value`, `total`, `baseline`, `period` text areas, `change` and `qualifier`
  choices); the subject is a `span` region (SUBJECT) joined to its number by a `subject` relation;
- relations: Label Studio relations labelled holds_title / title_of / located_in;
- frames: the trigger is a span of the `frame` control labelled with the frame type; each slot
  value is a relation from the trigger labelled with the slot name, to an entity or number
  region, or to a `span` region (SLOT) when the value is a plain text span.

Import (`arabic-ie import-ls`) reads Label Studio's JSON export back: per task the last
annotation that was not cancelled (or, if asked, the prediction), every region's offsets checked
against its text (UTF-16 offsets, as a browser counts them, are converted), entities and numbers
in text order, and each document checked by `validate` before it is written.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from html import escape
from pathlib import Path

from pipeline.schema import (CHANGES, ENTITY_LABELS, FRAME_COLOR, FRAME_SLOTS, LABEL_COLORS, NUMBER_COLOR, NUMBER_TYPES,
                             QUALIFIERS, RELATIONS, validate_document)

TEXT = "text"
SLOT_NAMES = tuple(dict.fromkeys(s for slots in FRAME_SLOTS.values() for s in slots))
NUMBER_TEXT_FIELDS = ("value", "total", "baseline", "period")
NUMBER_CHOICE_FIELDS = {"change": CHANGES, "qualifier": QUALIFIERS}
NUMBER_KEYS = ("id", "start", "end", "type", "value", "subject", "change", "baseline", "qualifier", "total", "period")
LAYER_KEYS = ("id", "text", "entities", "numbers", "relations", "frames")


def labeling_config() -> str:
    """The Label Studio labelling config (XML) that the exported tasks use."""
    def labels(name: str, values: Iterable[str], colors: dict | None = None) -> str:
        items = "".join(f'\n    <Label value="{escape(v)}" background="{(colors or {}).get(v, "#bbbbbb")}"/>' for v in values)
        return f'  <Labels name="{name}" toName="{TEXT}">{items}\n  </Labels>\n'

    rels = "".join(f'\n    <Relation value="{v}"/>' for v in (*RELATIONS, "subject", *SLOT_NAMES))
    fields = "".join(f'\n    <Header value="{f}" size="6"/>\n    <TextArea name="{f}" toName="{TEXT}" perRegion="true" '
                     f'editable="true" maxSubmissions="1" rows="1"/>' for f in NUMBER_TEXT_FIELDS)
    fields += "".join(f'\n    <Header value="{f}" size="6"/>\n    <Choices name="{f}" toName="{TEXT}" perRegion="true" '
                      f'choice="single" showInline="true">' + "".join(f'<Choice value="{c}"/>' for c in choices)
                      + "</Choices>" for f, choices in NUMBER_CHOICE_FIELDS.items())
    return ('<View style="direction: rtl">\n  <Header value="$doc_id"/>\n'
            + labels("label", ENTITY_LABELS, LABEL_COLORS) + labels("number", NUMBER_TYPES, dict.fromkeys(NUMBER_TYPES, NUMBER_COLOR))
            + labels("frame", FRAME_SLOTS, dict.fromkeys(FRAME_SLOTS, FRAME_COLOR))
            + labels("span", ("SUBJECT", "SLOT"), {"SUBJECT": "#d9d9d9", "SLOT": "#e9c46a"})
            + f'  <Text name="{TEXT}" value="$text"/>\n  <Relations>{rels}\n  </Relations>\n'
            + f'  <View visibleWhen="region-selected" whenTagName="number">{fields}\n  </View>\n</View>\n')


def _region(rid: str, control: str, text: str, start: int, end: int, label: str) -> dict:
    return {"id": rid, "from_name": control, "to_name": TEXT, "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}


def _relation(a: str, b: str, label: str) -> dict:
    return {"type": "relation", "from_id": a, "to_id": b, "direction": "right", "labels": [label]}


def to_results(doc: dict) -> list[dict]:
    """A document's layers as Label Studio result items."""
    text, out = doc["text"], []
    for e in doc.get("entities", []):
        out.append(_region(e["id"], "label", text, e["start"], e["end"], e["label"]))
    for n in doc.get("numbers", []):
        out.append(_region(n["id"], "number", text, n["start"], n["end"], n["type"]))
        span = {"start": n["start"], "end": n["end"]}
        for f in NUMBER_TEXT_FIELDS:
            if n.get(f) is not None:
                shown = n[f] if isinstance(n[f], str) else json.dumps(n[f])
                out.append({"id": n["id"], "from_name": f, "to_name": TEXT, "type": "textarea",
                            "value": {**span, "text": [shown]}})
        for f in NUMBER_CHOICE_FIELDS:
            if n.get(f) is not None:
                out.append({"id": n["id"], "from_name": f, "to_name": TEXT, "type": "choices",
                            "value": {**span, "choices": [n[f]]}})
        if n.get("subject") is not None:
            sid = f"subject:{n['id']}"
            out.append(_region(sid, "span", text, n["subject"][0], n["subject"][1], "SUBJECT"))
            out.append(_relation(n["id"], sid, "subject"))
    for r in doc.get("relations", []):
        out.append(_relation(r["head"], r["tail"], r["type"]))
    for k, f in enumerate(doc.get("frames", []), 1):
        fid = f"frame:{k}"
        out.append(_region(fid, "frame", text, f["trigger"][0], f["trigger"][1], f["type"]))
        for slot, values in f["slots"].items():
            for j, v in enumerate(values):
                if isinstance(v, str):
                    out.append(_relation(fid, v, slot))
                else:
                    vid = f"{fid}:{slot}:{j}"
                    out.append(_region(vid, "span", text, v[0], v[1], "SLOT"))
                    out.append(_relation(fid, vid, slot))
    return out


def to_task(doc: dict, as_annotation: bool = False, model_version: str = "arabic-ie") -> dict:
    """One Label Studio task: the text and id as data, the layers as a prediction or an annotation."""
    data = {"text": doc["text"], "doc_id": doc["id"]}
    extra = {k: v for k, v in doc.items() if k not in LAYER_KEYS}
    if extra:
        data["extra"] = extra
    results = to_results(doc)
    if as_annotation:
        return {"data": data, "annotations": [{"result": results}]}
    return {"data": data, "predictions": [{"model_version": model_version, "result": results}]}


def export_tasks(docs: Iterable[dict], path: str | Path, config_path: str | Path | None = None,
                 as_annotation: bool = False) -> int:
    """Write the tasks (one JSON list) and the labelling config; return how many tasks."""
    tasks = [to_task(d, as_annotation) for d in docs]
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if config_path is not None:
        Path(config_path).write_text(labeling_config(), encoding="utf-8")
    return len(tasks)


class TaskError(ValueError):
    pass


def _utf16_to_index(text: str) -> dict[int, int]:
    """UTF-16 code-unit offset -> character offset, for texts with characters outside the BMP."""
    out, units = {}, 0
    for i, ch in enumerate(text):
        out[units] = i
        units += 2 if ord(ch) > 0xFFFF else 1
    out[units] = len(text)
    return out


def _offsets(text: str, value: dict, where: str, utf16: dict | None) -> tuple[int, int]:
    start, end = value.get("start"), value.get("end")
    if not (isinstance(start, int) and isinstance(end, int)):
        raise TaskError(f"{where}: start/end missing or not integers ({start!r}, {end!r})")
    surface = value.get("text")
    if surface is None or text[start:end] == surface:
        return start, end
    if utf16 is not None and start in utf16 and end in utf16 and text[utf16[start]:utf16[end]] == surface:
        return utf16[start], utf16[end]
    raise TaskError(f"{where}: offsets [{start}, {end}] give {text[start:end]!r}, the region says {surface!r}")


def _parse_field(name: str, raw: str, where: str):
    raw = raw.strip()
    if name in ("value", "total"):
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TaskError(f"{where}: {name} must be a number written like 1200 or 7.1, got {raw!r}")
        return value
    return raw


def from_results(doc_id: str, text: str, results: list[dict], where: str = "") -> dict:
    """A JSONL document from one annotation's (or prediction's) result items."""
    utf16 = _utf16_to_index(text) if any(ord(c) > 0xFFFF for c in text) else None
    regions: dict[str, dict] = {}
    fields: dict[str, dict] = {}
    relations = []
    for k, item in enumerate(results):
        at = f"{where}result[{k}]"
        kind = item.get("type")
        if kind == "relation":
            labels = item.get("labels") or []
            if len(labels) != 1:
                raise TaskError(f"{at}: a relation needs exactly one label, got {labels!r}")
            a, b = item.get("from_id"), item.get("to_id")
            if item.get("direction") == "left":
                a, b = b, a
            elif item.get("direction") == "bi":
                raise TaskError(f"{at}: relation {labels[0]} is bidirectional; give it a direction")
            relations.append((a, b, labels[0], at))
            continue
        rid, value = item.get("id"), item.get("value") or {}
        if not isinstance(rid, str) or not rid:
            raise TaskError(f"{at}: region without an id")
        if kind == "labels":
            labels = value.get("labels") or []
            if len(labels) != 1:
                raise TaskError(f"{at}: region {rid} needs exactly one label, got {labels!r}")
            start, end = _offsets(text, value, at, utf16)
            if rid in regions:
                raise TaskError(f"{at}: region id {rid} used twice")
            regions[rid] = {"control": item.get("from_name"), "start": start, "end": end, "label": labels[0], "at": at}
        elif kind == "textarea":
            texts = value.get("text") or []
            if texts and "".join(texts).strip():
                fields.setdefault(rid, {})[item.get("from_name")] = _parse_field(item.get("from_name"), texts[-1], at)
        elif kind == "choices":
            choices = value.get("choices") or []
            if choices:
                fields.setdefault(rid, {})[item.get("from_name")] = choices[0]
        # other result types (ratings, comments) carry nothing this schema keeps

    entities, numbers, frames = [], [], {}
    for rid, r in regions.items():
        if r["control"] == "label":
            entities.append({"id": rid, "start": r["start"], "end": r["end"], "label": r["label"]})
        elif r["control"] == "number":
            f = fields.get(rid, {})
            if "value" not in f:
                raise TaskError(f"{r['at']}: number {rid} has no value")
            numbers.append({"id": rid, "start": r["start"], "end": r["end"], "type": r["label"], "value": f["value"],
                            "subject": None, "change": f.get("change"), "baseline": f.get("baseline"),
                            "qualifier": f.get("qualifier", "eq"), "total": f.get("total"), "period": f.get("period")})
        elif r["control"] == "frame":
            frames[rid] = {"type": r["label"], "trigger": [r["start"], r["end"]], "slots": {}}
        elif r["control"] != "span":
            raise TaskError(f"{r['at']}: region {rid} of unknown control {r['control']!r}")
    by_number = {n["id"]: n for n in numbers}
    rels = []
    for a, b, label, at in relations:
        if a not in regions or b not in regions:
            raise TaskError(f"{at}: relation {label} joins unknown region(s) {a!r}, {b!r}")
        if label == "subject":
            if a not in by_number or regions[b]["control"] != "span":
                raise TaskError(f"{at}: a subject relation goes from a number to a SUBJECT span")
            by_number[a]["subject"] = [regions[b]["start"], regions[b]["end"]]
        elif label in RELATIONS:
            rels.append({"type": label, "head": a, "tail": b})
        elif a in frames:
            value = [regions[b]["start"], regions[b]["end"]] if regions[b]["control"] == "span" else b
            frames[a]["slots"].setdefault(label, []).append(value)
        else:
            raise TaskError(f"{at}: relation {label} must start at a frame trigger")
    key = lambda x: (x["start"], x["end"])  # noqa: E731
    return {"id": doc_id, "text": text, "entities": sorted(entities, key=key),
            "numbers": [{k: n[k] for k in NUMBER_KEYS} for n in sorted(numbers, key=key)],
            "relations": rels, "frames": list(frames.values())}


def _chosen(task: dict, use_predictions: bool) -> list[dict] | None:
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if done:
        latest = max(enumerate(done), key=lambda ka: (ka[1].get("updated_at") or ka[1].get("created_at") or "", ka[0]))
        return latest[1].get("result") or []
    if use_predictions:
        full = [p for p in task.get("predictions") or [] if isinstance(p, dict)]
        if full:
            return full[-1].get("result") or []
        if task.get("predictions"):
            raise TaskError("the export lists predictions by id only: submit the task, or export a snapshot with "
                            "full predictions (serialization option predictions.only_id false)")
    return None


def import_tasks(path: str | Path, use_predictions: bool = False) -> tuple[list[dict], list[str]]:
    """(valid documents, problems) from a Label Studio JSON export (a list of tasks)."""
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc.msg} at line {exc.lineno}); export with Label Studio's JSON format")
    if isinstance(tasks, dict):
        tasks = [tasks]
    docs, problems, seen = [], [], set()
    for k, task in enumerate(tasks):
        data = task.get("data") or {}
        doc_id = data.get("doc_id") or f"ls-{task.get('id', k)}"
        where = f"{path}: task {k} ({doc_id}): "
        if not isinstance(data.get("text"), str):
            problems.append(where + "no text in data")
            continue
        try:
            results = _chosen(task, use_predictions)
        except TaskError as exc:
            problems.append(where + str(exc))
            continue
        if results is None:
            problems.append(where + "no annotation (not submitted yet? --predictions takes the pre-annotation)")
            continue
        try:
            doc = from_results(doc_id, data["text"], results, where)
        except TaskError as exc:
            problems.append(str(exc))
            continue
        doc.update(data.get("extra") or {})
        errors = validate_document(doc)
        if doc_id in seen:
            errors.append(f"duplicate document id {doc_id!r}")
        if errors:
            problems.append(where + "; ".join(errors))
            continue
        seen.add(doc_id)
        docs.append(doc)
    return docs, problems
