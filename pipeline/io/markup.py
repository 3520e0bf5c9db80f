"""Convert the readable gold markup of `annotations/MARKUP.md` into JSONL documents.

`python -m pipeline.io.markup check FILE...` reports errors as `file:line: message`;
`python -m pipeline.io.markup build FILE... -o OUT.jsonl` writes the documents.
Standard library only, so annotators can run it before anything is installed.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.io.jsonl import write_jsonl
from pipeline.schema import (ENTITY_LABELS, FRAME_SLOTS, NUMBER_FIELDS, NUMBER_TYPES, RELATIONS, item_id,
                             validate_document)

SEPARATOR = "====="
OPENERS = {"[[": "entity", "{{": "number", "<<": "raw"}
CLOSERS = {"]]": "entity", "}}": "number", ">>": "raw"}
META_START = {"entity": "|", "number": "|", "raw": "#"}
NAME_RE = re.compile(r"^[A-Za-z0-9_]+$")
NUMBER_KEYS = set(NUMBER_FIELDS) - {"type"}  # the attributes a number line may carry


class MarkupError(ValueError):
    def __init__(self, path: str, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}")


@dataclass
class _Open:
    kind: str
    start: int
    line: int
    meta: list[str] | None = None


@dataclass
class _Span:
    kind: str
    start: int
    end: int
    meta: str
    line: int
    name: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)


def _scan(body: str, first_line: int, path: str, errors: list[MarkupError]) -> tuple[str, list[_Span]]:
    """Strip the markup from `body`; return the plain text and the spans in its offsets."""
    out: list[str] = []
    stack: list[_Open] = []
    spans: list[_Span] = []
    line, k = first_line, 0
    while k < len(body):
        two = body[k:k + 2]
        top = stack[-1] if stack else None
        if two in OPENERS and (top is None or top.meta is None):
            stack.append(_Open(OPENERS[two], len(out), line))
            k += 2
            continue
        if two in CLOSERS:
            kind = CLOSERS[two]
            if top is None or top.kind != kind:
                errors.append(MarkupError(path, line, f"'{two}' closes nothing open"
                                          + (f" (the open span is {top.kind}, from line {top.line})" if top else "")))
            else:
                stack.pop()
                if top.meta is None:
                    errors.append(MarkupError(path, top.line, f"{kind} span has no '{META_START[kind]}' metadata"))
                else:
                    spans.append(_Span(kind, top.start, len(out), "".join(top.meta).strip(), top.line))
            k += 2
            continue
        ch = body[k]
        if ch == "\n" and stack:  # spans never cross a line: report and drop what is still open
            for left in stack:
                errors.append(MarkupError(path, left.line, f"{left.kind} span opened here is not closed on its line"))
            for left in stack:
                out.extend(left.meta or [])
            stack.clear()
            top = None
        if top is not None and top.meta is None and ch == META_START[top.kind]:
            top.meta = []
        elif top is not None and top.meta is not None:
            top.meta.append(ch)
        else:
            out.append(ch)
        if ch == "\n":
            line += 1
        k += 1
    for left in stack:
        errors.append(MarkupError(path, left.line, f"{left.kind} span opened here is not closed on its line"))
    return "".join(out), spans


def _parse_meta(span: _Span, path: str, errors: list[MarkupError]) -> None:
    def err(msg: str) -> None:
        errors.append(MarkupError(path, span.line, msg))

    if span.kind == "raw":
        span.name = span.meta
        if not NAME_RE.match(span.meta):
            err(f"raw span needs a name of letters, digits or _ after '#', got {span.meta!r}")
        return
    head, *rest = span.meta.split()
    label, _, name = head.partition("#")
    span.meta, span.name = label, name or None
    if name and not NAME_RE.match(name):
        err(f"bad name {name!r}: use letters, digits or _")
    if span.kind == "entity":
        if rest:
            err(f"entity metadata is LABEL or LABEL#name, got {' '.join([head, *rest])!r}")
        return
    if label not in NUMBER_TYPES:
        err(f"unknown number type {label!r} (expected one of {', '.join(NUMBER_TYPES)})")
    for item in rest:
        key, eq, value = item.partition("=")
        if not eq or key not in NUMBER_KEYS:
            err(f"bad number attribute {item!r} (expected key=value with key in {', '.join(sorted(NUMBER_KEYS))})")
        else:
            span.attrs[key] = value
    if "value" not in span.attrs:
        err("number has no value=")


def _float(value: str, what: str, line: int, path: str, errors: list[MarkupError]) -> float | None:
    try:
        return float(value)
    except ValueError:
        errors.append(MarkupError(path, line, f"{what} must be a plain number, got {value!r}"))
        return None


def parse_markup(source: str, path: str = "<markup>", seeds_dir: Path | None = None) -> dict:
    """Parse one `.ann` file into a JSONL document; raise `ExceptionGroup`-like `MarkupErrors`."""
    errors: list[MarkupError] = []
    lines = source.replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].startswith("# ") and ":" in lines[i]:
        key, _, value = lines[i][2:].partition(":")
        meta[key.strip()] = value.strip()
        i += 1
    if "id" not in meta:
        raise MarkupErrors([MarkupError(path, 1, "missing header line '# id: DOCUMENT_ID'")])
    try:
        sep = lines.index(SEPARATOR, i)
    except ValueError:
        raise MarkupErrors([MarkupError(path, len(lines), f"missing separator line '{SEPARATOR}'")]) from None
    text, spans = _scan("\n".join(lines[i:sep]), i + 1, path, errors)
    for span in spans:
        _parse_meta(span, path, errors)
        surface = text[span.start:span.end]
        if not surface:
            errors.append(MarkupError(path, span.line, f"empty {span.kind} span"))
        elif surface != surface.strip():
            errors.append(MarkupError(path, span.line, f"{span.kind} span {surface!r} starts or ends with a space"))

    named: dict[str, _Span] = {}
    for span in spans:
        if span.name:
            if span.name in named:
                errors.append(MarkupError(path, span.line, f"name {span.name!r} already used on line {named[span.name].line}"))
            named[span.name] = span

    entities = sorted((s for s in spans if s.kind == "entity"), key=lambda s: s.start)
    numbers = sorted((s for s in spans if s.kind == "number"), key=lambda s: s.start)
    ids = {id(s): item_id("entities", k) for k, s in enumerate(entities, 1)}
    ids.update({id(s): item_id("numbers", k) for k, s in enumerate(numbers, 1)})

    def ref(name: str, line: int, kinds: tuple[str, ...], what: str) -> str | list[int] | None:
        span = named.get(name)
        if span is None:
            errors.append(MarkupError(path, line, f"{what}: no span is named {name!r}"))
            return None
        if span.kind not in kinds:
            errors.append(MarkupError(path, line, f"{what}: {name!r} is a {span.kind} span, expected {' or '.join(kinds)}"))
            return None
        return [span.start, span.end] if span.kind == "raw" else ids[id(span)]

    doc: dict = {"id": meta["id"], "text": text, "entities": [], "numbers": [], "relations": [], "frames": []}
    doc["entities"] = [{"id": ids[id(s)], "start": s.start, "end": s.end, "label": s.meta} for s in entities]
    for s in numbers:
        a = s.attrs
        subject = ref(a["subject"], s.line, ("raw", "entity"), "subject") if "subject" in a else None
        if isinstance(subject, str):  # an entity used as subject: take its span
            ent = next(e for e in doc["entities"] if e["id"] == subject)
            subject = [ent["start"], ent["end"]]
        doc["numbers"].append({
            "id": ids[id(s)], "start": s.start, "end": s.end, "type": s.meta,
            "value": _float(a.get("value", "nan"), "value", s.line, path, errors),
            "subject": subject, "change": a.get("change"), "baseline": a.get("baseline"),
            "qualifier": a.get("qualifier", "eq"),
            "total": _float(a["total"], "total", s.line, path, errors) if "total" in a else None,
            "period": a.get("period"),
        })

    for lineno, raw in enumerate(lines[sep + 1:], sep + 2):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        kind, *args = line.split()
        if kind == "rel":
            if len(args) != 3 or args[0] not in RELATIONS:
                errors.append(MarkupError(path, lineno, f"expected 'rel TYPE HEAD TAIL' with TYPE in {', '.join(RELATIONS)}"))
                continue
            head = ref(args[1], lineno, ("entity",), "relation head")
            tail = ref(args[2], lineno, ("entity",), "relation tail")
            if head and tail:
                doc["relations"].append({"type": args[0], "head": head, "tail": tail})
        elif kind == "frame":
            if not args or args[0] not in FRAME_SLOTS:
                errors.append(MarkupError(path, lineno, f"expected 'frame TYPE trigger=NAME slot=NAME,...' with TYPE in {', '.join(FRAME_SLOTS)}"))
                continue
            frame: dict = {"type": args[0], "trigger": None, "slots": {}}
            for item in args[1:]:
                slot, eq, value = item.partition("=")
                if not eq or not value:
                    errors.append(MarkupError(path, lineno, f"bad frame item {item!r}: expected slot=NAME[,NAME]"))
                    continue
                if slot == "trigger":
                    frame["trigger"] = ref(value, lineno, ("raw",), "trigger")
                    continue
                if slot not in FRAME_SLOTS[args[0]]:
                    errors.append(MarkupError(path, lineno, f"unknown slot {slot!r} for {args[0]} (expected {', '.join(FRAME_SLOTS[args[0]])})"))
                    continue
                values = [ref(v, lineno, ("entity", "number", "raw"), f"slot {slot}") for v in value.split(",")]
                frame["slots"].setdefault(slot, []).extend(v for v in values if v is not None)
            if frame["trigger"] is None:
                errors.append(MarkupError(path, lineno, "frame has no valid trigger=NAME"))
            else:
                doc["frames"].append(frame)
        else:
            errors.append(MarkupError(path, lineno, f"expected a 'rel' or 'frame' line, got {kind!r}"))

    seed = (seeds_dir / f"{meta['id']}.txt") if seeds_dir else None
    if seed is not None and seed.exists():
        original = seed.read_text(encoding="utf-8")
        if original != text:
            at = next((k for k, (a, b) in enumerate(zip(original, text)) if a != b), min(len(original), len(text)))
            line = text.count("\n", 0, at) + i + 1
            errors.append(MarkupError(path, line, f"text differs from {seed} at character {at}: "
                                      f"seed has {original[at:at + 20]!r}, markup gives {text[at:at + 20]!r}"))
    if not errors:
        errors.extend(MarkupError(path, 1, f"schema: {p}") for p in validate_document(doc))
    if errors:
        raise MarkupErrors(errors)
    return doc


def _plain(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def render_markup(doc: dict, meta: dict[str, str] | None = None) -> str:
    """A JSONL document as inline markup that `parse_markup` reads back into the same document:
    entities and numbers named by their ids, every other span (subjects, triggers, raw slot
    values) as a raw span `s1`, `s2`, … (one per extent). Used to edit stand-off gold again."""
    text = doc["text"]
    raw: dict[tuple[int, int], str] = {}

    def raw_name(span: list[int]) -> str:
        return raw.setdefault((span[0], span[1]), f"s{len(raw) + 1}")

    numbers = []
    for n in doc["numbers"]:
        attrs = [f"value={_plain(n['value'])}"]
        if n.get("total") is not None:
            attrs.append(f"total={_plain(n['total'])}")
        if n.get("subject"):
            attrs.append(f"subject={raw_name(n['subject'])}")
        attrs += [f"{k}={n[k]}" for k in ("change", "baseline", "period") if n.get(k) is not None]
        if n.get("qualifier", "eq") != "eq":
            attrs.append(f"qualifier={n['qualifier']}")
        numbers.append((n["start"], n["end"], "{{", f"|{n['type']}#{n['id']} {' '.join(attrs)}}}}}"))
    lines = [f"rel {r['type']} {r['head']} {r['tail']}" for r in doc["relations"]]
    for f in doc["frames"]:
        items = [f"trigger={raw_name(f['trigger'])}"]
        for slot, values in f["slots"].items():
            items.append(f"{slot}=" + ",".join(v if isinstance(v, str) else raw_name(v) for v in values))
        lines.append(f"frame {f['type']} {' '.join(items)}")
    spans = ([(e["start"], e["end"], "[[", f"|{e['label']}#{e['id']}]]") for e in doc["entities"]] + numbers
             + [(s, e, "<<", f"#{name}>>") for (s, e), name in raw.items()])
    opens: dict[int, list] = {}
    closes: dict[int, list] = {}
    # outer spans open first and close last; at equal extent the order of `spans` decides, mirrored
    for s, e, opener, closer in sorted(spans, key=lambda x: (x[0], -x[1])):
        opens.setdefault(s, []).append(opener)
        closes.setdefault(e, []).insert(0, closer)
    out = []
    for k in range(len(text) + 1):
        out.extend(closes.get(k, []))
        out.extend(opens.get(k, []))
        if k < len(text):
            out.append(text[k])
    head = "".join(f"# {key}: {value}\n" for key, value in {"id": doc["id"], **(meta or {})}.items())
    return f"{head}{''.join(out)}\n{SEPARATOR}\n" + "".join(f"{line}\n" for line in lines)


class MarkupErrors(ValueError):
    def __init__(self, errors: list[MarkupError]):
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))


def load_markup(path: str | Path, seeds_dir: Path | None = Path("seeds")) -> dict:
    return parse_markup(Path(path).read_text(encoding="utf-8"), str(path), seeds_dir)


def summary(doc: dict) -> str:
    labels = Counter(e["label"] for e in doc["entities"])
    types = Counter(n["type"] for n in doc["numbers"])
    return (f"{len(doc['text'].split())} words; entities "
            + " ".join(f"{k}={labels[k]}" for k in ENTITY_LABELS)
            + f"; numbers {len(doc['numbers'])} ({', '.join(f'{k}={v}' for k, v in sorted(types.items()))})"
            + f"; relations {len(doc['relations'])}; frames {len(doc['frames'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.io.markup", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("check", "build"))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, help="JSONL to write (build)")
    parser.add_argument("--seeds-dir", type=Path, default=Path("seeds"))
    args = parser.parse_args(argv)
    docs, failed = [], 0
    for path in args.files:
        try:
            doc = load_markup(path, args.seeds_dir)
        except MarkupErrors as exc:
            failed += 1
            print(exc, file=sys.stderr)
            continue
        docs.append(doc)
        if args.command == "check":
            print(f"{path}: OK {summary(doc)}")
    if args.command == "build":
        if args.output is None:
            parser.error("build needs -o OUT.jsonl")
        write_jsonl(docs, args.output)
        print(f"wrote {len(docs)} documents to {args.output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
