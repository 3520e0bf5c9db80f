"""A batch of bad input: the batch completes, every good document is annotated (text kept byte for byte,
offsets valid), every bad one is in the errors file with its reason, and nothing written is lost.

The single-line file stands for a 20 MB one: just over spaCy's max_length (1,000,000 characters),
without sentence punctuation, so it takes the same path (cut into parts, 1000-word pieces) at CI speed.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.io.jsonl import validate_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e714b6baaa51f92e.txt"
LONG_CHARS = 1_050_000


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def long_line() -> str:
    """The seeds' texts as one line without sentence punctuation, repeated past LONG_CHARS."""
    seeds = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    line = " ".join(re.sub(r"[.!?؟…؛;:\n]", " ", seeds).split())
    return " ".join([line] * (LONG_CHARS // len(line) + 1))[:LONG_CHARS].rsplit(" ", 1)[0]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    inp = folder / "in"
    inp.mkdir()
    good = {  # file name -> text that must come back unchanged
        "a_article.txt": SEED.read_text(encoding="utf-8"),
        "b_empty.txt": "",
        "e_long_line.txt": long_line(),
        "f_page.txt": '<html><body><p class="x">شرطة <b>مقاطعة لاو كاي</b> ضبطت 12 متهما</p></body></html>\n',
        "g_latin.txt": "Police in Lao Cai seized 12 kg of heroin in 2023, up 7.1% on 2022.",
    }
    for name, text in good.items():
        (inp / name).write_bytes(text.encode("utf-8"))
    bad = {  # file name -> bytes, and the start of the reason the errors file must give
        "c_png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)), "not UTF-8"),
        "c_nul.txt": (b"ELF\x00\x01\x02 header" + "نص".encode("utf-8"), "binary content"),
        "d_latin1.txt": ("café à Hà Nội".encode("latin-1", "replace"), "not UTF-8"),
        "d_utf16.txt": ("شرطة مقاطعة لاو كاي".encode("utf-16"), "not UTF-8"),
    }
    for name, (data, _) in bad.items():
        (inp / name).write_bytes(data)
    jsonl = folder / "docs.jsonl"
    jsonl.write_text('{"id": "j1", "text": "ترأس العقيد لي في هونغ الاجتماع."}\n'
                     '{"id": "j2", "text": "broken\n'
                     '{"id": "j1", "text": "نسخة مكررة"}\n'
                     '{"id": 3, "text": "رقم بدل نص"}\n'
                     '{"id": "j4", "text": "ضبطت الشرطة 5 متهمين."}\n', encoding="utf-8")
    out, errors = folder / "out.jsonl", folder / "errors.jsonl"
    status = main(["annotate", str(inp), str(jsonl), "-o", str(out), "--errors", str(errors), "-q"])
    return {"folder": folder, "in": inp, "jsonl": jsonl, "out": out, "errors": errors, "status": status,
            "good": good, "bad": bad}


def test_batch_completes_and_reports_failure(batch):
    assert batch["status"] == 1


def test_every_good_document_is_annotated_in_input_order_with_its_text(batch):
    docs = read(batch["out"])
    assert [d["id"] for d in docs] == [Path(n).stem for n in sorted(batch["good"])] + ["j1", "j4"]
    by_id = {d["id"]: d for d in docs}
    for name, text in batch["good"].items():
        assert by_id[Path(name).stem]["text"] == text
    assert validate_file(batch["out"]) == (len(docs), [])  # offsets in range, no overlaps, references resolve
    assert by_id["a_article"]["entities"] and by_id["a_article"]["numbers"]
    assert by_id["b_empty"]["entities"] == by_id["b_empty"]["numbers"] == []


def test_long_line_is_annotated_across_its_parts(batch, tokenizer):
    doc = next(d for d in read(batch["out"]) if d["id"] == "e_long_line")
    text = doc["text"]
    assert len(text) > 1_000_000 and "\n" not in text
    starts, ends = {s for s, _ in tokenizer.spans(text)}, {e for _, e in tokenizer.spans(text)}
    # the NER repair may start a list item after its «و» inside a token (ner.repair, component.split_at_boundaries)
    after_waw = {s + 1 for s in starts if text.startswith("و", s)}
    for layer, first in (("entities", starts | after_waw), ("numbers", starts)):
        assert [x for x in doc[layer] if x["start"] >= 1_000_000], layer  # the last part is annotated too
        assert all(x["start"] in first and x["end"] in ends for x in doc[layer]), layer  # offsets shifted right
    assert doc["frames"] and doc["relations"]


def test_every_bad_document_is_in_the_errors_file_with_its_reason(batch):
    errors = read(batch["errors"])
    by_source = {Path(e["source"]).name: e for e in errors}  # "c_png.txt", "docs.jsonl:2"
    for name, (_, reason) in batch["bad"].items():
        assert by_source[name]["id"] == Path(name).stem
        assert by_source[name]["reason"].startswith(reason), (name, by_source[name]["reason"])
    assert by_source["docs.jsonl:2"]["reason"].startswith("invalid JSON")
    assert by_source["docs.jsonl:3"]["reason"] == "duplicate id 'j1' (first on line 1)"
    assert "'id' and 'text'" in by_source["docs.jsonl:4"]["reason"]
    assert len(errors) == len(batch["bad"]) + 3


def test_a_resumed_run_keeps_every_line_already_written(batch):
    before = batch["out"].read_bytes()
    errors_before = batch["errors"].read_bytes()
    status = main(["annotate", str(batch["in"]), str(batch["jsonl"]), "-o", str(batch["out"]),
                   "--errors", str(batch["errors"]), "--resume", "-q", "--model", "none"])
    assert status == 1  # the bad documents are still bad
    assert batch["out"].read_bytes() == before  # all good ones were done: nothing rewritten, nothing lost
    assert batch["errors"].read_bytes() == errors_before  # each bad document recorded once, not again


@pytest.mark.parametrize("target", ["output", "errors"])
def test_an_input_is_never_opened_for_writing(batch, tmp_path, target, capsys):
    src = tmp_path / "docs.jsonl"
    src.write_bytes(batch["jsonl"].read_bytes())
    other = tmp_path / "other.jsonl"
    args = ["-o", str(src), "--errors", str(other)] if target == "output" else ["-o", str(other), "--errors", str(src)]
    assert main(["annotate", str(src), *args, "-q", "--model", "none"]) == 2
    assert src.read_bytes() == batch["jsonl"].read_bytes()
    assert "both an input and an output" in capsys.readouterr().err


def test_a_stray_control_character_does_not_make_an_article_binary():
    """Raw news has the odd U+001A inside real text: the article is annotated, not rejected."""
    from pipeline.inputs import Input
    from pipeline.inputs import binary_error as _binary_error

    article = "أعلنت الشرطة الإقليمية اليوم عن ضبط 15 قضية." * 10
    assert _binary_error(Input("a", article[:200] + "\x1a" + article[200:], "a.txt")) is None
    assert _binary_error(Input("b", "\x1a\x02\x03" + article[:100], "b.txt")) is not None
    assert _binary_error(Input("c", article + "\x00", "c.txt")) is not None
