"""Issue 11: nothing lost, nothing stopped. Duplicate ids across inputs, unreadable inputs, outputs
that are also inputs under another name, bad options, the folder rule, progress off a terminal."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.io.jsonl import validate_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e714b6baaa51f92e.txt"


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def jsonl(path: Path, *docs: tuple[str, str]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in docs),
                    encoding="utf-8")
    return path


def annotate(*args: str) -> int:
    return main(["annotate", *map(str, args), "-q", "--model", "none"])


# 2. duplicate ids across inputs

def test_duplicate_ids_across_inputs_are_errors_naming_both_sources_and_resume_keeps_the_first(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"نص {folder}", encoding="utf-8")
    c = jsonl(tmp_path / "c.jsonl", ("x", "نص ج"), ("y", "نص ي"))
    d = jsonl(tmp_path / "d.jsonl", ("y", "مكرر"))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    paths = [tmp_path / "a", tmp_path / "b", c, d, "-o", out, "--errors", errors]
    assert annotate(*paths) == 1
    docs = read(out)
    assert [(x["id"], x["text"]) for x in docs] == [("x", "نص a"), ("y", "نص ي")]  # the first of each kept
    assert validate_file(out) == (2, [])
    assert [(e["id"], e["source"], e["reason"]) for e in read(errors)] == [
        ("x", str(tmp_path / "b" / "x.txt"), f"duplicate id 'x' (first in {tmp_path / 'a' / 'x.txt'})"),
        ("x", f"{c}:1", f"duplicate id 'x' (first in {tmp_path / 'a' / 'x.txt'})"),
        ("y", f"{d}:1", f"duplicate id 'y' (first in {c}:2)"),
    ]
    before, errors_before = out.read_bytes(), errors.read_bytes()
    assert annotate(*paths, "--resume") == 1  # the duplicates are not taken for documents still to do
    assert out.read_bytes() == before and errors.read_bytes() == errors_before


# 3. one bad path does not stop the batch

def test_an_unreadable_jsonl_is_recorded_and_the_other_inputs_are_annotated(tmp_path, monkeypatch):
    import builtins

    import pipeline.inputs

    bad = jsonl(tmp_path / "locked.jsonl", ("z", "نص"))
    good = jsonl(tmp_path / "good.jsonl", ("g", "ضبطت الشرطة 5 متهمين."))

    def locked_open(path, *args, **kwargs):  # permission denied, even for root
        if Path(path) == bad:
            raise PermissionError(13, "Permission denied", str(path))
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(pipeline.inputs, "open", locked_open, raising=False)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert annotate(bad, good, "-o", out, "--errors", errors) == 1
    assert [d["id"] for d in read(out)] == ["g"]
    assert read(errors) == [{"id": None, "source": str(bad), "reason": "cannot read: Permission denied"}]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_jsonl_without_read_permission_is_recorded(tmp_path):
    bad = jsonl(tmp_path / "locked.jsonl", ("z", "نص"))
    bad.chmod(0)
    good = jsonl(tmp_path / "good.jsonl", ("g", "نص"))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert annotate(bad, good, "-o", out, "--errors", errors) == 1
    assert [d["id"] for d in read(out)] == ["g"] and "Permission denied" in read(errors)[0]["reason"]


def test_a_symlink_loop_on_the_command_line_is_recorded(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    good = tmp_path / "good.txt"
    good.write_text("نص", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert annotate(loop, good, "-o", out, "--errors", errors) == 1
    assert [d["id"] for d in read(out)] == ["good"]
    (err,) = read(errors)
    assert err["source"] == str(loop) and err["reason"].startswith("cannot read: Too many levels of symbolic links")


# 4. output guards by file identity

def test_an_output_that_is_a_hard_link_to_an_input_is_refused(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    before = src.read_bytes()
    os.link(src, tmp_path / "link.jsonl")
    assert annotate(src, "-o", tmp_path / "link.jsonl") == 2
    folder = tmp_path / "in"
    folder.mkdir()
    os.link(src, folder / "b.txt")  # the input found in a folder, the output named by another path
    assert annotate(folder, "-o", tmp_path / "link.jsonl") == 2
    assert src.read_bytes() == before
    err = capsys.readouterr().err
    assert "both an input and an output" in err and "the same file as the output" in err


def test_a_glob_or_folder_that_matches_the_output_leaves_it_out(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    jsonl(data / "p1.jsonl", ("d1", "نص أول"))
    jsonl(data / "p2.jsonl", ("d2", "نص ثان"))
    out = data / "zz-out.jsonl"  # read after the parts if it were an input
    for _ in range(2):  # the second run finds the first run's output in the folder
        assert annotate(str(data / "*.jsonl"), "-o", out) == 0
        assert [d["id"] for d in read(out)] == ["d1", "d2"]
        assert annotate(data, "-o", out, "--errors", data / "errors.jsonl") == 0
        assert [d["id"] for d in read(out)] == ["d1", "d2"]


def test_view_refuses_to_write_over_its_input(tmp_path, capsys):
    src = jsonl(tmp_path / "x.jsonl", ("a", "نص"))
    before = src.read_bytes()
    assert main(["view", str(src), "-o", str(src)]) == 2
    os.link(src, tmp_path / "x.html")
    assert main(["view", str(src), "-o", str(tmp_path / "x.html")]) == 2
    assert src.read_bytes() == before
    assert "both an input and the output" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["folder", "under_a_file"])
def test_a_bad_errors_path_fails_before_the_output_is_touched(tmp_path, bad):
    src = jsonl(tmp_path / "in.jsonl", ("a", "نص"))
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    errors = tmp_path if bad == "folder" else tmp_path / "file.txt" / "errors.jsonl"
    assert annotate(src, "-o", out, "--errors", errors) == 2
    assert out.read_text(encoding="utf-8") == "earlier results\n"


def test_output_to_dev_null_still_works(tmp_path):
    assert annotate(SEED, "-o", os.devnull, "--errors", os.devnull) == 0


def test_an_errors_file_in_a_new_folder_is_created(tmp_path):
    src = jsonl(tmp_path / "in.jsonl", ("a", "نص"), ("a", "مكرر"))
    errors = tmp_path / "new" / "errors.jsonl"
    assert annotate(src, "-o", tmp_path / "out.jsonl", "--errors", errors) == 1
    assert len(read(errors)) == 1


# 5. options that would write nothing

@pytest.mark.parametrize("option", [["--batch-size", "0"], ["--batch-size", "-3"], ["--workers", "-1"],
                                    ["--workers", "0"]])
def test_batch_size_and_workers_must_be_at_least_one(tmp_path, capsys, option):
    out = tmp_path / "out.jsonl"
    assert annotate(SEED, "-o", out, *option) == 2
    assert not out.exists()
    assert f"{option[0]} must be a whole number of at least 1" in capsys.readouterr().err


# 6. the folder rule

def test_a_folder_gives_its_txt_and_jsonl_files_any_case_subfolders_included(tmp_path):
    folder = tmp_path / "in"
    for rel, text in {"B.TXT": "ب", "a.txt": "أ", "sub/c.Txt": "ج", "notes.md": "ملاحظة", ".hidden/h.txt": "خ",
                      ".h.txt": "خ"}.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    jsonl(folder / "sub" / "deeper.JSONL", ("j1", "نص"), ("j2", "آخر"))
    out = tmp_path / "out.jsonl"
    assert annotate(folder, "-o", out) == 0
    assert [(d["id"], d["text"]) for d in read(out)] == [("B", "ب"), ("a", "أ"), ("c", "ج"), ("j1", "نص"), ("j2", "آخر")]


@pytest.mark.parametrize("content", [{}, {"notes.md": "ملاحظة"}])
def test_a_folder_without_documents_is_an_error(tmp_path, content, capsys):
    folder = tmp_path / "empty"
    folder.mkdir()
    for name, text in content.items():
        (folder / name).write_text(text, encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert annotate(folder, "-o", out, "--errors", errors) == 1
    assert out.read_text() == ""
    assert read(errors) == [{"id": None, "source": str(folder),
                             "reason": "no .txt or .jsonl file in this folder or its subfolders"}]


# 13. progress off a terminal

def test_progress_off_a_terminal_is_plain_periodic_lines(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ARABIC_IE_PROGRESS_SECONDS", "0")  # a line at every update
    src = jsonl(tmp_path / "in.jsonl", *[(f"d{i}", "نص") for i in range(3)])
    assert main(["annotate", str(src), "-o", str(tmp_path / "out.jsonl"), "--model", "none", "--batch-size", "1"]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err
    lines = [x for x in err.splitlines() if x.startswith("annotate: ")]
    assert lines[0].startswith("annotate: 1/3 docs (33%)") and lines[-1].startswith("annotate: 3/3 docs (100%)")


def test_progress_helper_prints_every_interval_and_a_last_line(capsys):
    from pipeline.progress import LineProgress

    bar = LineProgress(total=1000, desc="epoch 1/3", unit=" batches", every=3600)
    for _ in range(1000):
        bar.update(1)
    bar.close()
    assert capsys.readouterr().err == ""  # a short stage prints nothing
    bar = LineProgress(range(5), desc="epoch 2/3", unit=" batches", every=0)
    bar.set_postfix(loss="0.125")
    assert list(bar) == [0, 1, 2, 3, 4]
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 5 and lines[-1].startswith("epoch 2/3: 5/5 batches (100%)") and lines[-1].endswith("loss=0.125")
