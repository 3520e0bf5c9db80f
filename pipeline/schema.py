"""The JSONL contract of ANNOTATION.md: the one registry of labels, colours, number fields, relation and
frame types (read by the stages, `view`, `report`, markup, Label Studio, cards, benchmarks and corpus
building), and document validation.

Documents stay plain dicts (they are read from and written to JSON); this module
says what a valid one looks like and explains, in words, what is wrong with an
invalid one. Adding an entity label: a line in `LABEL_COLORS` here (then the rules or the model
that produce it).
"""
from __future__ import annotations

from typing import Any

# entity label -> its colour in the HTML reports and the Label Studio config; the order is the labels' order
LABEL_COLORS: dict[str, str] = {"PER": "#f9c74f", "TITLE": "#90be6d", "LOC": "#4cc9f0", "ORG": "#f8961e"}
ENTITY_LABELS = tuple(LABEL_COLORS)
NUMBER_TYPES = ("count", "percent", "ratio", "rank", "duration")
CHANGES = ("increase", "decrease")
QUALIFIERS = ("eq", "approx", "gt", "gte", "lt", "lte")
NUMBER_FIELDS = ("type", "value", "total", "subject", "change", "baseline", "qualifier", "period")
# the number fields that link a figure to its context (all but the value), as evaluate scores them
LINK_FIELDS = tuple(f for f in NUMBER_FIELDS if f != "value")
NUMBER_COLOR, FRAME_COLOR = "#a8dadc", "#f4acb7"

# relation type -> (allowed head labels, allowed tail labels)
RELATIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "holds_title": (("PER",), ("TITLE",)),
    "title_of": (("TITLE",), ("ORG", "LOC")),
    "located_in": (("ORG", "LOC"), ("LOC",)),
}
# frame type -> its slots; the order is the output's order of frames (pipeline.frames.component.FRAME_RULES
# holds one rule per type, keyed by type)
FRAME_SLOTS: dict[str, tuple[str, ...]] = {
    "meeting": ("date", "organizer", "chair", "attendee", "location"),
    "award": ("giver", "award", "recipient"),
    "enforcement": ("cases", "suspects", "offence"),
    "decision": ("id", "issuer", "signer", "date"),
    "target": ("value", "deadline"),
}
LAYERS = ("entities", "numbers", "relations", "frames")

# the one door for ids: the k-th (from 1) entity of a document is e{k}, the k-th number n{k}, whoever writes them
# (the pipeline, long documents, markup, CoNLL, training); relations and frames refer to these ids
ID_PREFIXES = {"entities": "e", "numbers": "n"}


def item_id(layer: str, k: int) -> str:
    return f"{ID_PREFIXES[layer]}{k}"


def entity_records(spans) -> list[dict]:
    """Entity spans (spaCy's `doc.ents`) as JSONL records in order, with their ids: what `nlp.to_json` writes
    and what the relation and frame rules refer to."""
    return [{"id": item_id("entities", i), "start": e.start_char, "end": e.end_char, "label": e.label_}
            for i, e in enumerate(spans, 1)]


def empty_layers() -> dict[str, list]:
    return {layer: [] for layer in LAYERS}


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _span_error(span: Any, n: int, what: str) -> str | None:
    if not (isinstance(span, (list, tuple)) and len(span) == 2 and all(_is_int(v) for v in span)):
        return f"{what}: expected [start, end] integers, got {span!r}"
    s, e = span
    if not 0 <= s < e <= n:
        return f"{what}: offsets [{s}, {e}] out of range for a text of {n} characters"
    return None


def _year_error(value: Any, what: str) -> str | None:
    if value is None or (isinstance(value, str) and len(value) == 4 and value.isascii() and value.isdigit()):
        return None
    return f"{what}: expected a year in ASCII digits such as \"2023\" or null, got {value!r}"


def _check_items(doc: dict, layer: str, required: tuple[str, ...], errors: list[str]) -> list[dict]:
    """Check a span layer's common rules; return its well-formed items."""
    items = doc.get(layer, [])
    if not isinstance(items, list):
        errors.append(f"'{layer}' must be a list")
        return []
    text, good = doc["text"], []
    for i, item in enumerate(items):
        where = f"{layer}[{i}]"
        if not isinstance(item, dict):
            errors.append(f"{where}: expected an object")
            continue
        missing = [k for k in required if k not in item]
        if missing:
            errors.append(f"{where}: missing field(s) {', '.join(missing)}")
            continue
        if not isinstance(item["id"], str):
            errors.append(f"{where}: id must be a string, got {item['id']!r}")
            continue
        err = _span_error([item["start"], item["end"]], len(text), where)
        if err:
            errors.append(err)
            continue
        surface = item.get("surface")
        if surface is not None and text[item["start"]:item["end"]] != surface:
            errors.append(f"{where}: surface {surface!r} != text[{item['start']}:{item['end']}] "
                          f"{text[item['start']:item['end']]!r}")
            continue
        good.append(item)
    ordered = sorted(good, key=lambda x: (x["start"], x["end"]))
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            errors.append(f"{layer}: spans {a.get('id')} [{a['start']}, {a['end']}] and "
                          f"{b.get('id')} [{b['start']}, {b['end']}] overlap")
    return good


def _typed_items(doc: dict, layer: str, required: tuple[str, ...], types: dict, errors: list[str]):
    """(where, item) for each item of a relation/frame layer that has its fields and a known type."""
    items = doc.get(layer, [])
    if not isinstance(items, list):
        errors.append(f"'{layer}' must be a list")
        return
    for i, item in enumerate(items):
        where = f"{layer}[{i}]"
        if not isinstance(item, dict) or any(k not in item for k in required):
            errors.append(f"{where}: expected an object with {', '.join(required)}")
        elif not isinstance(item["type"], str) or item["type"] not in types:
            errors.append(f"{where}: unknown {layer[:-1]} type {item['type']!r} (expected one of {', '.join(types)})")
        else:
            yield where, item


def validate_document(doc: Any) -> list[str]:
    """Return every rule of ANNOTATION.md that `doc` breaks (empty list: valid)."""
    if not isinstance(doc, dict):
        return ["expected a JSON object"]
    errors: list[str] = []
    for key in ("id", "text"):
        if key not in doc:
            errors.append(f"missing field '{key}'")
        elif not isinstance(doc[key], str):
            errors.append(f"'{key}' must be a string")
    if errors:
        return errors
    n = len(doc["text"])

    entities = _check_items(doc, "entities", ("id", "start", "end", "label"), errors)
    labels: dict[str, str] = {}
    for ent in entities:
        if ent["label"] not in ENTITY_LABELS:
            errors.append(f"entity {ent['id']}: unknown label {ent['label']!r} (expected one of {', '.join(ENTITY_LABELS)})")
        labels[ent["id"]] = ent["label"]

    numbers = _check_items(doc, "numbers", ("id", "start", "end", "type", "value"), errors)
    for num in numbers:
        where = f"number {num['id']}"
        if num["type"] not in NUMBER_TYPES:
            errors.append(f"{where}: unknown type {num['type']!r} (expected one of {', '.join(NUMBER_TYPES)})")
        if not _is_number(num["value"]):
            errors.append(f"{where}: value must be a number, got {num['value']!r}")
        if num.get("total") is not None and not _is_number(num["total"]):
            errors.append(f"{where}: total must be a number or null, got {num['total']!r}")
        if num.get("subject") is not None:
            err = _span_error(num["subject"], n, f"{where} subject")
            if err:
                errors.append(err)
        if num.get("change") not in (None, *CHANGES):
            errors.append(f"{where}: unknown change {num['change']!r} (expected increase, decrease or null)")
        if num.get("qualifier", "eq") not in QUALIFIERS:
            errors.append(f"{where}: unknown qualifier {num['qualifier']!r} (expected one of {', '.join(QUALIFIERS)})")
        for key in ("baseline", "period"):
            err = _year_error(num.get(key), f"{where} {key}")
            if err:
                errors.append(err)

    ids = [x["id"] for x in entities] + [x["id"] for x in numbers]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        errors.append(f"duplicate span id(s) {', '.join(map(str, dup))}")
    number_ids = {x["id"] for x in numbers}

    for where, rel in _typed_items(doc, "relations", ("type", "head", "tail"), RELATIONS, errors):
        heads, tails = RELATIONS[rel["type"]]
        for role, allowed in (("head", heads), ("tail", tails)):
            ref = rel[role]
            if not isinstance(ref, str) or ref not in labels:
                errors.append(f"{where}: {role} {ref!r} is not an entity id of this document")
            elif labels[ref] not in allowed:
                errors.append(f"{where}: {rel['type']} {role} must be {'/'.join(allowed)}, "
                              f"but {ref} is {labels[ref]}")

    for where, frame in _typed_items(doc, "frames", ("type", "trigger", "slots"), FRAME_SLOTS, errors):
        err = _span_error(frame["trigger"], n, f"{where} trigger")
        if err:
            errors.append(err)
        slots = frame["slots"]
        if not isinstance(slots, dict):
            errors.append(f"{where}: slots must be an object")
            continue
        for slot, values in slots.items():
            if slot not in FRAME_SLOTS[frame["type"]]:
                errors.append(f"{where}: unknown slot {slot!r} for a {frame['type']} frame "
                              f"(expected one of {', '.join(FRAME_SLOTS[frame['type']])})")
                continue
            if not isinstance(values, list):
                errors.append(f"{where} slot {slot}: expected a list of values")
                continue
            for value in values:
                if isinstance(value, str):
                    if value not in labels and value not in number_ids:
                        errors.append(f"{where} slot {slot}: {value!r} is not an entity or number id of this document")
                else:
                    err = _span_error(value, n, f"{where} slot {slot}")
                    if err:
                        errors.append(err)
    return errors
