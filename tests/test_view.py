from __future__ import annotations

from html.parser import HTMLParser

from tests.test_evaluate import GOLD

from pipeline.view import render_html


class Marks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.depth, self.text, self.tables = [], 0, "", 0

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.depth, self.text = 1, ""
        elif tag == "table":
            self.tables += 1

    def handle_endtag(self, tag):
        if tag == "mark":
            self.marks.append(self.text.strip())
            self.depth = 0

    def handle_data(self, data):
        if self.depth:
            self.text += data


def test_report_shows_every_entity_rtl_with_fact_tables():
    page = render_html([GOLD], "t")
    parser = Marks()
    parser.feed(page)
    texts = [GOLD["text"][e["start"]:e["end"]] for e in GOLD["entities"]]
    assert [m.split()[:len(t.split())] for m, t in zip(parser.marks, texts)] == [t.split() for t in texts]
    assert len(parser.marks) == len(GOLD["entities"])
    assert parser.tables == 3  # numbers, relations, frames
    assert 'dir="rtl"' in page and "7.1٪" in page
