"""The package's layering (no import circle, the runtime never imports training) and the one registry
(`pipeline.schema`): every label has a colour, every frame type a rule."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Every module's imports of other project modules, lazy ones (inside functions) included."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            found |= {t for t in targets if t in modules and t != name and t != "pipeline"}
        graph[name] = found
    return graph


def test_no_import_circle():
    graph = imports()
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import circle: " + " -> ".join(stack[stack.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_runtime_does_not_import_training():
    graph = imports()
    for name, targets in graph.items():
        if not name.startswith("pipeline.training") and name != "pipeline.cli":
            assert not any(t.startswith("pipeline.training") for t in targets), (name, targets)


def test_every_label_has_a_colour_and_every_frame_type_a_rule():
    from pipeline.frames.component import FRAME_RULES
    from pipeline.io.labelstudio import NUMBER_KEYS, labeling_config
    from pipeline.schema import ENTITY_LABELS, FRAME_SLOTS, LABEL_COLORS, NUMBER_FIELDS

    assert ENTITY_LABELS and all(LABEL_COLORS.get(label, "").startswith("#") for label in ENTITY_LABELS)
    assert set(FRAME_RULES) == set(FRAME_SLOTS)
    assert all(callable(rule.frames) for rule in FRAME_RULES.values())
    assert set(NUMBER_KEYS) == {"id", "start", "end", *NUMBER_FIELDS}
    config = labeling_config()
    assert all(f'<Label value="{label}" background="{LABEL_COLORS[label]}"/>' in config for label in ENTITY_LABELS)


def test_view_draws_a_label_outside_the_registry(tmp_path):
    from pipeline.view import render_html as render

    doc = {"id": "d", "text": "أحمد في هانوي", "entities": [{"id": "e1", "start": 0, "end": 4, "label": "NEW"}],
           "numbers": [], "relations": [], "frames": []}
    assert "أحمد" in render([doc])


def test_a_missing_training_dependency_is_named(monkeypatch):
    import sys

    import pytest

    from pipeline.training import require_extra

    monkeypatch.setitem(sys.modules, "datasets", None)  # as if not installed: importing it raises ImportError
    with pytest.raises(ValueError, match=r"arabic-ie train needs datasets.*pip install 'arabic-ie\[train\]'"):
        require_extra("datasets", "arabic-ie train")
