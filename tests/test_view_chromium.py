"""The HTML report in a real browser (Debian's headless Chromium): every entity is rendered as a
mark with its label, the label filters hide exactly their label, and a screenshot is a real picture.

CI installs Chromium (`scripts/ensure_chromium.sh`, run by `make test`); elsewhere the tests are
skipped when it is missing, in CI they fail.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.view import COLORS

ROOT = Path(__file__).resolve().parents[1]
WINDOW = (1200, 1600)
SHORT = "ترأس نائب رئيس اللجنة الشعبية الإقليمية هوانغ نام مؤتمرا في مقاطعة لاو كاي."
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (scripts/ensure_chromium.sh installs it)")
        pytest.skip("chromium is not installed")
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, list[dict]]:
    """`arabic-ie view` on a short document (every label in the first screen) and two gold seed articles."""
    folder = tmp_path_factory.mktemp("report")
    short = {"id": "short", "text": SHORT, "entities": [
        {"id": f"e{k}", "start": SHORT.index(surface), "end": SHORT.index(surface) + len(surface), "label": label}
        for k, (surface, label) in enumerate([("نائب رئيس", "TITLE"), ("اللجنة الشعبية الإقليمية", "ORG"),
                                              ("هوانغ نام", "PER"), ("مقاطعة لاو كاي", "LOC")], 1)]}
    seeds = (ROOT / "annotations" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    docs = [short] + [json.loads(line) for line in seeds]
    src = folder / "docs.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    assert main(["view", str(src), "-o", str(folder / "report.html")]) == 0
    return folder / "report.html", docs


def browse(chromium: str, tmp_path: Path, *args: str) -> str:
    proc = subprocess.run([chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


class RenderedMarks(HTMLParser):
    """(text, label, hidden) of each entity mark in a DOM that Chromium serialized."""

    def __init__(self):
        super().__init__()
        self.marks: list[tuple[str, str, bool]] = []
        self._mark: list | None = None
        self._in_label = False

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self._mark = ["", "", "hidden-label" in (dict(attrs).get("class") or "").split()]
        elif tag == "span" and self._mark is not None:
            self._in_label = True

    def handle_endtag(self, tag):
        if tag == "span":
            self._in_label = False
        elif tag == "mark" and self._mark is not None:
            self.marks.append((" ".join(self._mark[0].split()), self._mark[1].strip(), self._mark[2]))
            self._mark = None

    def handle_data(self, data):
        if self._mark is not None:
            self._mark[1 if self._in_label else 0] += data


def rendered(dom: str) -> list[tuple[str, str, bool]]:
    parser = RenderedMarks()
    parser.feed(dom)
    return parser.marks


def test_every_entity_is_rendered_with_its_label(chromium, report, tmp_path):
    page, docs = report
    marks = rendered(browse(chromium, tmp_path, "--dump-dom", page.as_uri()))
    expected = [(" ".join(d["text"][e["start"]:e["end"]].split()), e["label"], False) for d in docs for e in d["entities"]]
    assert marks == expected
    assert {label for _, label, _ in marks} == set(COLORS)


def test_label_filters_hide_exactly_their_label(chromium, report, tmp_path):
    page, docs = report
    marks = rendered(browse(chromium, tmp_path, "--dump-dom", page.as_uri() + "#hide=PER,ORG"))
    assert len(marks) == sum(len(d["entities"]) for d in docs)
    assert {label for _, label, hidden in marks if hidden} == {"PER", "ORG"}
    assert all(hidden == (label in ("PER", "ORG")) for _, label, hidden in marks)


def test_screenshot_is_a_picture_and_filters_change_it(chromium, report, tmp_path):
    from PIL import Image

    page, _ = report

    def shot(url: str, name: str) -> dict[tuple[int, int, int], int]:
        path = tmp_path / name
        browse(chromium, tmp_path, f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={path}", url)
        with Image.open(path) as img:
            assert img.format == "PNG" and img.size == WINDOW
            return {color: n for n, color in img.convert("RGB").getcolors(maxcolors=WINDOW[0] * WINDOW[1])}

    def rgb(hex_color: str) -> tuple[int, int, int]:
        return tuple(int(hex_color[k:k + 2], 16) for k in (1, 3, 5))

    shown = shot(page.as_uri(), "shown.png")
    hidden = shot(page.as_uri() + "#hide=PER,TITLE,LOC,ORG", "hidden.png")
    assert len(shown) > 50  # text, marks and tables, not a blank page
    for label, color in COLORS.items():  # each label's marks are painted in its colour, and the filter removes them
        assert shown.get(rgb(color), 0) > hidden.get(rgb(color), 0) + 1000, label
