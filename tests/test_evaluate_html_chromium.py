"""`arabic-ie evaluate --html` in headless Chromium: every gold and predicted entity is a mark of its
error category, the label / category / document filters hide exactly what they name, and a
screenshot shows each category's colour (gone when its category is filtered out)."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.report import CATEGORY_COLORS
from tests.test_evaluate import GOLD, prediction
from tests.test_view_chromium import browse, chromium  # noqa: F401  (the fixture)

TEXT = "ترأس نائب رئيس اللجنة الشعبية الإقليمية هوانغ نام مؤتمرا في مقاطعة لاو كاي.\nوحضر وزير الأمن العام."
WINDOW = (1200, 1400)


def ent(i, surface, label):
    start = TEXT.index(surface)
    return {"id": i, "start": start, "end": start + len(surface), "label": label}


SHORT_GOLD = {"id": "short", "text": TEXT, "entities": [
    ent("e1", "نائب رئيس", "TITLE"), ent("e2", "اللجنة الشعبية الإقليمية", "ORG"), ent("e3", "هوانغ نام", "PER"),
    ent("e4", "مقاطعة لاو كاي", "LOC"), ent("e5", "وزير", "TITLE"), ent("e6", "الأمن العام", "ORG")]}
SHORT_PRED = {"id": "short", "text": TEXT, "entities": [
    ent("e1", "نائب رئيس", "TITLE"),           # correct
    ent("e2", "اللجنة الشعبية", "ORG"),         # partial boundary
    ent("e3", "هوانغ نام", "LOC"),              # incorrect label
    ent("e4", "لاو كاي", "ORG"),                # label and boundary
    ent("e5", "مؤتمرا", "ORG"),                 # spurious
    ent("e6", "الأمن العام", "ORG")]}           # correct; «وزير» missed
EXPECTED = {  # (side, category, label) of each mark, in text order within each paragraph
    ("gold", "correct", "TITLE"), ("gold", "boundary", "ORG"), ("gold", "label", "PER"),
    ("gold", "label_boundary", "LOC"), ("gold", "missed", "TITLE"), ("gold", "correct", "ORG"),
    ("pred", "correct", "TITLE"), ("pred", "boundary", "ORG"), ("pred", "label", "LOC"),
    ("pred", "spurious", "ORG"), ("pred", "label_boundary", "ORG"), ("pred", "correct", "ORG")}


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("evaluate-html")
    for name, docs in (("gold", [SHORT_GOLD, GOLD]), ("pred", [SHORT_PRED, prediction()])):
        (folder / f"{name}.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                                              encoding="utf-8")
    assert main(["evaluate", "--gold", str(folder / "gold.jsonl"), "--pred", str(folder / "pred.jsonl"),
                 "--html", str(folder / "report.html")]) == 0
    return folder / "report.html"


class Marks(HTMLParser):
    """(document, side, category, label, filtered) of each mark; side from the column it is in."""

    def __init__(self):
        super().__init__()
        self.marks, self.doc, self.hidden_docs, self.column = [], None, set(), 0
        self.depth_pair = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "section" and "data-doc" in a:
            self.doc = a["data-doc"]
            if "filtered" in classes:
                self.hidden_docs.add(self.doc)
        elif tag == "div" and "pair" in classes and "side" not in classes:
            self.column = 0
        elif tag == "div" and self.doc is not None:
            self.column += 1
        elif tag == "mark":
            self.marks.append((self.doc, "gold" if self.column == 1 else "pred", a["data-cat"], a["data-label"],
                               "filtered" in classes))


def marks(dom: str) -> tuple[list, set]:
    parser = Marks()
    parser.feed(dom)
    return parser.marks, parser.hidden_docs


def test_every_entity_is_a_mark_of_its_category(chromium, page, tmp_path):  # noqa: F811
    found, hidden_docs = marks(browse(chromium, tmp_path, "--dump-dom", page.as_uri()))
    short = [(side, cat, label) for doc, side, cat, label, _ in found if doc == "short"]
    assert sorted(short) == sorted(EXPECTED) and len(short) == len(EXPECTED)
    assert not hidden_docs and not any(f for *_, f in found)
    other = [(side, cat) for doc, side, cat, _, _ in found if doc == "d"]
    assert sorted(other).count(("pred", "spurious")) == 1 and ("gold", "boundary") in other


def test_filters_hide_labels_categories_and_documents(chromium, page, tmp_path):  # noqa: F811
    found, hidden_docs = marks(browse(chromium, tmp_path, "--dump-dom", page.as_uri() + "#hide=ORG,missed&doc=short"))
    assert hidden_docs == {"d"}
    assert {(side, cat, label) for doc, side, cat, label, f in found if doc == "short" and f} == {
        ("gold", "boundary", "ORG"), ("gold", "missed", "TITLE"), ("gold", "correct", "ORG"),
        ("pred", "boundary", "ORG"), ("pred", "spurious", "ORG"), ("pred", "label_boundary", "ORG"),
        ("pred", "correct", "ORG")}
    assert all(f == (label == "ORG" or cat == "missed") for doc, _, cat, label, f in found if doc == "short")


def test_screenshot_shows_each_category_colour(chromium, page, tmp_path):  # noqa: F811
    from PIL import Image

    def shot(url: str, name: str) -> dict:
        path = tmp_path / name
        browse(chromium, tmp_path, f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={path}", url)
        with Image.open(path) as img:
            assert img.format == "PNG" and img.size == WINDOW
            return {color: k for k, color in img.convert("RGB").getcolors(maxcolors=WINDOW[0] * WINDOW[1])}

    cats = ("correct", "label", "boundary", "label_boundary", "missed", "spurious")
    # the document alone, so that its paragraphs are in the first screen under the summary tables
    shown = shot(page.as_uri() + "#doc=short", "shown.png")
    hidden = shot(page.as_uri() + "#doc=short&hide=" + ",".join(cats), "hidden.png")
    assert len(shown) > 50
    for cat in cats:
        rgb = tuple(int(CATEGORY_COLORS[cat][k:k + 2], 16) for k in (1, 3, 5))
        assert shown.get(rgb, 0) > hidden.get(rgb, 0) + 300, cat
