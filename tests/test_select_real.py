"""Choosing SaudiNewsNet articles: scripts/select_real.py --add puts new articles in the split asked for, from even
lines only, and refuses a batch number already used; scripts/pseudo_texts.py (texts for a teacher to label) takes
even lines only, no gold article and no near copy of a held-out one."""
from __future__ import annotations

import argparse
import gzip
import json
import random

import pytest

from tests.conftest import ROOT, load_script

# Letters that spell none of select_real.SECURITY's words, so a made-up article's topic is what we put in it.
LETTERS = "بتثجخذزسشصع"


def article(rng: random.Random, words: int, security: bool) -> str:
    body = ["".join(rng.choice(LETTERS) for _ in range(6)) for _ in range(words)]
    if security:
        body[::50] = ["شرطة"] * len(body[::50])
    return " ".join(body)


@pytest.fixture()
def select_real(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # its own imports (build_corpus, real_gold)
    return load_script("select_real")


@pytest.fixture()
def raw(tmp_path):
    """A SaudiNewsNet-shaped file: 40 lines; odd lines hold articles that must never be chosen."""
    rng = random.Random(0)
    path = tmp_path / "snn.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for line in range(40):
            text = article(rng, 150 + 10 * line, security=line % 4 < 2)
            fh.write(json.dumps({"id": f"u{line}", "source": f"s{line % 3}", "title": "", "text": text},
                                ensure_ascii=False) + "\n")
    return path


def run_add(select_real, raw, out, **kw) -> None:
    args = {"raw": raw, "out": out, "add": 4, "seed": 13, "batch": 8, "split": "real-dev",
            "min_words": 200, "max_words": 500, "exclude": [], **kw}
    select_real.add(argparse.Namespace(**args))


def test_add_appends_to_the_split_asked_for_from_even_lines_only(select_real, raw, tmp_path):
    out = tmp_path / "selection.json"
    first = select_real.candidates(raw)[0]
    old = {"id": f"snn-{first['line']}", "line": first["line"], "split": "real-test"}
    out.write_text(json.dumps([old]))
    run_add(select_real, raw, out)
    records = json.loads(out.read_text())
    assert old in records
    new = [r for r in records if r.get("batch") == 8]
    assert len(new) == 4 and {r["split"] for r in new} == {"real-dev"}
    assert all(r["line"] % 2 == 0 and 200 <= r["words"] <= 500 for r in new)
    assert first["line"] not in {r["line"] for r in new}


def test_add_leaves_out_texts_a_model_has_read_and_their_near_copies(select_real, raw, tmp_path):
    out = tmp_path / "selection.json"
    out.write_text("[]")
    pool = [c for c in select_real.candidates(raw, 200, 500)]
    read = tmp_path / "pseudo-texts.jsonl"
    read.write_text("".join(json.dumps({"id": f"snn-{c['line']}", "text": c["_text"]}) + "\n" for c in pool[:-4]))
    run_add(select_real, raw, out, exclude=[read])
    chosen = {r["line"] for r in json.loads(out.read_text())}
    assert chosen and chosen <= {c["line"] for c in pool[-4:]}


def test_add_names_the_file_and_line_of_a_bad_exclude_id(select_real, raw, tmp_path):
    out = tmp_path / "selection.json"
    out.write_text("[]")
    bad = tmp_path / "texts.jsonl"
    bad.write_text('{"id": "snn-2"}\n{"id": "doc-7"}\n')
    with pytest.raises(SystemExit, match="texts.jsonl:2"):
        run_add(select_real, raw, out, exclude=[bad])
    assert out.read_text() == "[]"


def test_add_refuses_a_batch_number_already_used(select_real, raw, tmp_path):
    out = tmp_path / "selection.json"
    out.write_text("[]")
    run_add(select_real, raw, out)
    before = out.read_text()
    with pytest.raises(SystemExit, match="batch 8 exists"):
        run_add(select_real, raw, out)
    assert out.read_text() == before


def test_pseudo_texts_skip_the_gold_and_near_copies_of_held_out_articles(select_real, raw, tmp_path, monkeypatch):
    pseudo = load_script("pseudo_texts")
    cands = select_real.candidates(raw, 0, 10 ** 9)
    train, dev = cands[0], cands[1]
    selection = tmp_path / "selection.json"
    selection.write_text(json.dumps([{"id": f"snn-{train['line']}", "line": train["line"], "split": "real-train"},
                                     {"id": f"snn-{dev['line']}", "line": dev["line"], "split": "real-dev"}]))
    monkeypatch.setattr(pseudo, "SELECTION", selection)
    # an even line that copies the dev article's text: written into a second raw file beside the original lines
    copy_raw = tmp_path / "with_copy.jsonl.gz"
    with gzip.open(raw, "rt", encoding="utf-8") as src, gzip.open(copy_raw, "wt", encoding="utf-8") as dst:
        lines = src.readlines()
        lines[38] = json.dumps({"id": "copy", "source": "s0", "title": "", "text": dev["_text"]}, ensure_ascii=False) + "\n"
        dst.writelines(lines)
    docs = pseudo.pseudo_texts(copy_raw, 100, 5, 0, 10 ** 9)
    ids = {d["id"] for d in docs}
    assert ids and all(int(i.split("-")[1]) % 2 == 0 for i in ids)
    assert not ids & {f"snn-{train['line']}", f"snn-{dev['line']}", "snn-38"}


def test_drop_gold_keeps_only_a_teachers_labels_on_articles_that_are_not_gold(tmp_path, monkeypatch):
    pseudo = load_script("pseudo_texts")
    selection = tmp_path / "selection.json"
    selection.write_text(json.dumps([{"id": "snn-4", "line": 4, "split": "real-train"}]))
    monkeypatch.setattr(pseudo, "SELECTION", selection)
    docs = [{"id": "snn-2", "text": "أ"}, {"id": "snn-4", "text": "ب"}, {"id": "snn-6", "text": "ج"}]
    assert [d["id"] for d in pseudo.without_gold(docs)] == ["snn-2", "snn-6"]


def test_as_of_batch_draws_as_the_smaller_selection_did(select_real, raw, tmp_path, monkeypatch):
    """The pool shifts as the gold grows, so a past draw is remade from the selection as it stood then."""
    pseudo = load_script("pseudo_texts")
    cands = select_real.candidates(raw, 0, 10 ** 9)
    old = [{"id": f"snn-{c['line']}", "line": c["line"], "split": "real-train"} for c in cands[:2]]
    later = [{"id": f"snn-{c['line']}", "line": c["line"], "split": "real-train", "batch": 2} for c in cands[2:6]]
    selection = tmp_path / "selection.json"
    selection.write_text(json.dumps(old))
    monkeypatch.setattr(pseudo, "SELECTION", selection)
    then = pseudo.pseudo_texts(raw, 5, 5, 0, 10 ** 9)
    selection.write_text(json.dumps(old + later))
    now = pseudo.pseudo_texts(raw, 5, 5, 0, 10 ** 9)
    assert {d["id"] for d in now}.isdisjoint(r["id"] for r in later)
    assert pseudo.pseudo_texts(raw, 5, 5, 0, 10 ** 9, as_of_batch=1) == then != now


def test_real_test_columns_per_batch_only_when_it_has_several(select_real, tmp_path, monkeypatch):
    bench = load_script("bench_data")
    selection = tmp_path / "selection.json"
    selection.write_text(json.dumps([{"id": "snn-2", "split": "real-test"}, {"id": "snn-4", "split": "real-test"},
                                     {"id": "snn-6", "split": "real-test", "batch": 13}]))
    monkeypatch.setattr(bench, "SELECTION", selection)
    docs = [{"id": "snn-2"}, {"id": "snn-4"}, {"id": "snn-6"}]
    cols = bench.by_batch("real-test", docs)
    assert list(cols) == ["real-test batch 1", "real-test batch 13"]
    assert [d["id"] for d in cols["real-test batch 1"]] == ["snn-2", "snn-4"]
    assert bench.by_batch("real-test", docs[:2]) == {}


def test_dev_columns_set_the_fresh_batches_apart_and_drop_anercorps_org(select_real, tmp_path, monkeypatch):
    bench = load_script("bench_data")
    selection = tmp_path / "selection.json"
    selection.write_text(json.dumps([{"id": "snn-2", "split": "real-dev", "batch": 8},
                                     {"id": "snn-4", "split": "real-dev", "batch": 28},
                                     {"id": "snn-6", "split": "real-dev", "batch": 31}, {"id": "snn-8", "split": "real-dev", "batch": 33}]))
    monkeypatch.setattr(bench, "SELECTION", selection)
    docs = [{"id": f"snn-{n}", "text": "", "entities": []} for n in (2, 4, 6, 8)]
    monkeypatch.setattr(bench, "real", lambda split: docs if split == "real-dev" else [])
    aner = tmp_path / "aner.txt"
    aner.write_text("".join(f"كلمة{i} B-PERS\nمنظمة I-ORG\n\n" for i in range(20)), encoding="utf-8")
    monkeypatch.setattr(bench, "ANERCORP", aner)
    monkeypatch.setattr(bench, "WOJOOD_VAL", tmp_path / "absent.txt")
    cols = bench.columns(split="dev")
    assert list(cols) == ["written dev", "real-dev", "real-dev fresh", "ANERcorp dev slice"]
    assert [d["id"] for d in cols["real-dev fresh"]] == ["snn-4", "snn-6", "snn-8"]
    assert {e["label"] for d in cols["ANERcorp dev slice"] for e in d["entities"]} == {"PER"}
    assert "ORG" in {e["label"] for d in bench.columns(split="test")["ANERcorp dev slice"] for e in d["entities"]}


def test_articles_that_touch_the_genre_fill_its_share_when_it_runs_short(select_real):
    """Batch 20 found no security-genre article left: those scoring 1-3 take its share, general keeps its own."""
    rng = random.Random(1)
    cands = [{"line": 2 * i, "source": "s", "score": score, "_text": article(rng, 60, security=False)}
             for i, score in enumerate([0] * 6 + [2] * 6)]
    chosen = select_real.pick(cands, 5, seed=3)
    assert [c["group"] for c in chosen].count("general") == 1
    assert [c["group"] for c in chosen].count("mixed") == 4
