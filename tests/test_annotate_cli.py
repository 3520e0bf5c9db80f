from __future__ import annotations

import json
import shutil
from pathlib import Path

from pipeline.cli import main
from pipeline.io.jsonl import validate_file

ROOT = Path(__file__).resolve().parents[1]


def read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_annotate_seeds_folder_with_tokens(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(ROOT / "seeds"), "-o", str(out), "--with-tokens", "-q"]) == 0
    docs = read(out)
    assert [d["id"] for d in docs] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    for d in docs:
        assert d["text"] == (ROOT / "seeds" / f"{d['id']}.txt").read_text(encoding="utf-8")
        assert all(d["text"][s:e].strip() == d["text"][s:e] and e > s for s, e in d["tokens"])
    assert validate_file(out) == (5, [])


def test_bad_input_is_reported_and_the_batch_goes_on(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (folder / "c_bom_crlf.txt").write_bytes("\ufeffالعقيد لي\r\nفي هونغ".encode("utf-8"))
    (folder / "d_html.txt").write_text("<p>شرطة <b>لاو كاي</b></p> \u200fنص ـــ مُشكّل Latin only", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["annotate", str(folder), "-o", str(out), "--errors", str(errors), "-q"]) == 1
    docs = {d["id"]: d for d in read(out)}
    assert sorted(docs) == ["a_empty", "c_bom_crlf", "d_html"]
    assert docs["c_bom_crlf"]["text"] == "العقيد لي\r\nفي هونغ"
    (err,) = read(errors)
    assert err["id"] == "b_latin1" and err["source"].endswith("b_latin1.txt") and "not UTF-8" in err["reason"]
    assert "b_latin1.txt: not UTF-8" in capsys.readouterr().err


def test_jsonl_input_with_broken_line_and_duplicate_id(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": "وزارة الأمن العام"}\n{broken\n{"id": "x", "text": "مكرر"}\n'
                   '{"id": "y", "text": "لاو كاي"}\n', encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "e.jsonl"
    assert main(["annotate", str(src), "-o", str(out), "--errors", str(errors), "-q"]) == 1
    assert [d["id"] for d in read(out)] == ["x", "y"]
    reasons = [(e["source"].rsplit(":", 1)[1], e["reason"].split(":")[0]) for e in read(errors)]
    assert reasons == [("2", "invalid JSON"), ("3", "duplicate id 'x' (first on line 1)")]


def test_validate_command_exit_status(tmp_path, capsys):
    good = tmp_path / "good.jsonl"
    shutil.copy(ROOT / "seeds" / "000_e714b6baaa51f92e.txt", tmp_path / "s.txt")
    assert main(["annotate", str(tmp_path / "s.txt"), "-o", str(good), "-q"]) == 0
    assert main(["validate", str(good)]) == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "abc", "entities": [{"id": "e1", "start": 0, "end": 9, "label": "PER"}]}\n')
    assert main(["validate", str(bad)]) == 1
    assert "bad.jsonl:1: entities[0]: offsets [0, 9] out of range" in capsys.readouterr().err


def test_workers_keep_input_order(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i:02d}", "text": f"وزارة الأمن العام {i}"}, ensure_ascii=False) + "\n"
                           for i in range(12)), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["annotate", str(src), "-o", str(one), "-q"]) == 0
    assert main(["annotate", str(src), "-o", str(two), "-q", "--workers", "2", "--batch-size", "3"]) == 0
    assert two.read_bytes() == one.read_bytes()


def test_resume_after_kill_is_byte_identical(tmp_path):
    import subprocess
    import sys
    import time

    src = tmp_path / "in.jsonl"
    texts = (ROOT / "seeds" / "000_e714b6baaa51f92e.txt").read_text(encoding="utf-8")
    src.write_text("".join(json.dumps({"id": f"d{i:03d}", "text": texts}, ensure_ascii=False) + "\n" for i in range(150)),
                   encoding="utf-8")
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert main(["annotate", str(src), "-o", str(full), "-q", "--model", "none"]) == 0
    cmd = [sys.executable, "-m", "pipeline.cli", "annotate", str(src), "-o", str(part), "-q", "--batch-size", "2",
           "--model", "none"]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    deadline = time.time() + 60
    while time.time() < deadline and (not part.exists() or part.stat().st_size < 200_000):
        time.sleep(0.02)
    proc.kill()
    proc.wait()
    with open(part, "ab") as fh:  # simulate a line torn by the kill
        fh.write(b'{"id": "d9')
    assert 0 < part.stat().st_size < full.stat().st_size
    assert main(["annotate", str(src), "-o", str(part), "-q", "--resume", "--model", "none"]) == 0
    assert part.read_bytes() == full.read_bytes()


def test_conll_output_round_trips_entities(tmp_path):
    from pipeline.io.conll import read_conll

    src = ROOT / "seeds" / "002_4afe580a1a709692.txt"
    out_json, out_conll = tmp_path / "o.jsonl", tmp_path / "o.conll"
    assert main(["annotate", str(src), "-o", str(out_json), "-q"]) == 0
    assert main(["annotate", str(src), "-o", str(out_conll), "-q", "--format", "conll"]) == 0
    (doc,) = read(out_json)
    sentences = read_conll(out_conll)
    def squeeze(text: str) -> str:  # CoNLL joins tokens with spaces: «ل حركة» is «لحركة» in the text
        return "".join(text.split())

    got = [(squeeze(s["text"][e["start"]:e["end"]]), e["label"]) for s in sentences for e in s["entities"]]
    assert got == [(squeeze(doc["text"][e["start"]:e["end"]]), e["label"]) for e in doc["entities"]]
    assert len(sentences) > 5


def test_standard_input(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "o.jsonl"
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "annotate", "-", "-o", str(out), "-q", "--model", "none"],
                          input='{"id": "a", "text": "انخفضت الجرائم بنسبة 7.1٪"}\n'.encode(), cwd=ROOT)
    assert proc.returncode == 0
    (doc,) = read(out)
    assert doc["id"] == "a" and [n["value"] for n in doc["numbers"]] == [7.1]
