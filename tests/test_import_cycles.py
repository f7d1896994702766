"""No two graphbuild modules import each other (at top level or inside a function).

A two-file circle means neither module is the lower floor: the shared piece belongs in a third
module both import. The imports are read with `ast`, so an import hidden in a function counts.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import graphbuild

PACKAGE = Path(graphbuild.__file__).resolve().parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "ontology" in parts:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The graphbuild modules `name` imports anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(base + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.add(sub if sub in modules else base)
    return {t for t in targets if t in modules and t != name}


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def two_file_circles(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    return sorted((a, b) for a, targets in graph.items() for b in targets if a < b and a in graph.get(b, ()))


def test_the_reader_sees_relative_and_function_level_imports():
    graph = import_graph()
    assert "graphbuild.errors" in graph["graphbuild.cli"]
    assert "graphbuild.export.overview" in graph["graphbuild.export.html"]  # imported inside a function


@pytest.mark.parametrize("graph, circles", [
    ({"a": {"b"}, "b": {"a"}}, [("a", "b")]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
])
def test_circle_finder(graph, circles):
    assert two_file_circles(graph) == circles


def test_no_two_file_import_circles():
    assert two_file_circles(import_graph()) == []
