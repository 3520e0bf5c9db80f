"""Globs on the command line: what the shell did not expand, `annotate` expands the same way."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.cli import main
from pipeline.inputs import Input, InputError, count_inputs, iter_inputs


def tree(root: Path) -> None:
    for rel, text in {"a/x.txt": "أ", "a/b/y.txt": "ب", "a/b/c/z.txt": "ج", "a/notes.md": "د", "top.txt": "هـ"}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def ids(items) -> list[str]:
    return [x.id for x in items if isinstance(x, Input)]


def test_recursive_glob_matches_the_files_in_name_order(tmp_path):
    tree(tmp_path)
    docs = list(iter_inputs([str(tmp_path / "a" / "**" / "*.txt")]))
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in docs] == ["a/b/c/z.txt", "a/b/y.txt", "a/x.txt"]
    assert [d.text for d in docs] == ["ج", "ب", "أ"]
    assert count_inputs([str(tmp_path / "a" / "**" / "*.txt")]) == 3


def test_glob_over_folders_gives_each_file_once(tmp_path):
    """`a/**` matches the folders and their files: a folder adds its .txt files, none twice."""
    tree(tmp_path)
    docs = list(iter_inputs([str(tmp_path / "a" / "**")]))
    sources = [Path(d.source).relative_to(tmp_path).as_posix() for d in docs]
    assert len(sources) == len(set(sources))
    assert set(sources) == {"a/x.txt", "a/b/y.txt", "a/b/c/z.txt", "a/notes.md"}  # a file a glob names is read


def test_glob_matching_nothing_is_an_error_and_the_rest_goes_on(tmp_path, capsys):
    tree(tmp_path)
    pattern = str(tmp_path / "missing" / "*.txt")
    items = list(iter_inputs([pattern, str(tmp_path / "top.txt")]))
    assert items[0] == InputError(None, pattern, "no file matches this pattern")
    assert ids(items) == ["top"]
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    assert main(["annotate", pattern, str(tmp_path / "top.txt"), "-o", str(out), "--errors", str(errors),
                 "-q", "--model", "none"]) == 1
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["top"]
    (err,) = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert err == {"id": None, "source": pattern, "reason": "no file matches this pattern"}
    assert f"{pattern}: no file matches this pattern" in capsys.readouterr().err


def test_existing_name_with_glob_characters_is_taken_literally(tmp_path):
    (tmp_path / "report[1].txt").write_text("نص", encoding="utf-8")
    (tmp_path / "report1.txt").write_text("آخر", encoding="utf-8")
    assert ids(iter_inputs([str(tmp_path / "report[1].txt")])) == ["report[1]"]


def test_glob_of_jsonl_files_reads_their_lines(tmp_path):
    for k in (2, 1):
        (tmp_path / f"part-{k}.jsonl").write_text(json.dumps({"id": f"d{k}", "text": "نص"}) + "\n", encoding="utf-8")
    assert ids(iter_inputs([str(tmp_path / "part-*.jsonl")])) == ["d1", "d2"]
    assert count_inputs([str(tmp_path / "part-*.jsonl")]) == 2


def test_missing_plain_path_is_still_reported_as_such(tmp_path):
    (err,) = iter_inputs([str(tmp_path / "nope.txt")])
    assert err.reason == "no such file or folder"
