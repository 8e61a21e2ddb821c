"""Issue 24 item 3: no new import cycle; no function-level import without a measured reason.

The import graph of the project's own modules (models, reports, ui, cli when it exists, main.py)
is read from the source with ``ast``: module-level imports and imports inside functions, relative
imports resolved, ``if TYPE_CHECKING:`` imports left out (they never run). Modules are found by
walking the folders, so moving files into feature packages needs no change here, except the
names in KNOWN_CYCLES.

Today's strongly connected components (groups of modules that import each other, directly or
round about) are allowed in KNOWN_CYCLES; any other one fails, and so does an allowed one that is
gone (remove it from the list).

An import inside a function hides a cycle or an import cost, so it is only for start-up laziness:
each one carries a reason starting with ``# lazy:`` on its line or the comment line just above it
(a run of consecutive imports shares the reason of its first one), e.g.
``# lazy: reportlab loads only when printing (cold start)``. The reasons in use: a heavy library
(reportlab, openpyxl, alembic, phonenumbers, vobject, zxcvbn, QtPdf...), a feature or the database
stack that --help/--version or the app's first screen must not load, a platform-specific module,
an optional feature.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("models", "reports", "ui", "cli")
SCRIPTS = ("main.py",)

# Allowed today, each a group of modules that import one another; the lead shrinks this list.
KNOWN_CYCLES = {
}

LAZY = "# lazy:"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@lru_cache(maxsize=1)
def project_modules() -> dict[str, Path]:
    """Every project module by dotted name (packages by their __init__.py)."""
    modules = {_module_name(ROOT / name): ROOT / name for name in SCRIPTS if (ROOT / name).is_file()}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")) if (ROOT / package).is_dir() else ():
            if "__pycache__" not in path.parts:
                modules[_module_name(path)] = path
    return modules


class _Imports(ast.NodeVisitor):
    """The imports of one module: (names it may refer to, most specific first; in a function?).
    Imports under ``if TYPE_CHECKING:`` are skipped (they never run)."""

    def __init__(self, module: str, is_package: bool) -> None:
        self.package = module if is_package else module.rpartition(".")[0]
        self.depth = 0
        self.found: list[tuple[tuple[str, ...], bool, int]] = []  # (names, in a function, line)

    def visit_FunctionDef(self, node) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_Lambda = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        if getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING":
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        self.found += [((alias.name,), self.depth > 0, node.lineno) for alias in node.names]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            anchor = self.package.split(".")
            base = ".".join([*anchor[: len(anchor) - node.level + 1], *([base] if base else [])])
        # "from a import b" is the module a.b when there is one, else a name defined in a.
        self.found += [((f"{base}.{alias.name}", base), self.depth > 0, node.lineno) for alias in node.names]


@lru_cache(maxsize=1)
def imports() -> dict[str, list[tuple[tuple[str, ...], bool, int]]]:
    result = {}
    for module, path in project_modules().items():
        visitor = _Imports(module, path.name == "__init__.py")
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        result[module] = visitor.found
    return result


def _resolve(names: tuple[str, ...], modules: dict[str, Path]) -> str | None:
    """The project module an import refers to: the first name that is one, else the nearest
    enclosing package of the last (import a.b.c runs a.b.c; from a import f runs a)."""
    for name in names:
        if name in modules:
            return name
    name = names[-1]
    while name:
        name = name.rpartition(".")[0]
        if name in modules:
            return name
    return None


@lru_cache(maxsize=1)
def graph() -> dict[str, set[str]]:
    """module -> the project modules it imports."""
    modules = project_modules()
    edges: dict[str, set[str]] = {}
    for module, found in imports().items():
        targets = {_resolve(names, modules) for names, _in_function, _line in found}
        edges[module] = {target for target in targets if target and target != module}
    return edges


def cycles() -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    edges = graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def _has_reason(lines: list[str], line: int) -> bool:
    """The import on 1-based ``line`` has a ``# lazy:`` reason: on its line, on the comment line above,
    or, for a run of consecutive import lines, on the run's first line or the comment above it."""
    index = line - 1
    while True:
        if LAZY in lines[index]:
            return True
        above = lines[index - 1].strip() if index else ""
        if above.startswith("#"):
            return LAZY in above
        if not above.startswith(("import ", "from ")):
            return False
        index -= 1


def unexplained_function_level_imports() -> list[str]:
    """file:line of each import inside a function that gives no ``# lazy:`` reason."""
    found = []
    for module, path in project_modules().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in sorted({line for _names, in_function, line in imports()[module] if in_function}):
            if not _has_reason(lines, line):
                found.append(f"{path.relative_to(ROOT)}:{line}: {lines[line - 1].strip()}")
    return found


def test_no_new_import_cycle():
    known = list(KNOWN_CYCLES.values())
    new = [sorted(c) for c in cycles() if not any(c <= allowed for allowed in known)]
    assert not new, (
        "New import cycle(s): " + "; ".join(" <-> ".join(c) for c in new) + ". Move what both sides need "
        "into a module of its own, or pass it in; do not hide the cycle in a function-level import."
    )


def test_every_known_cycle_still_exists():
    current = cycles()
    gone = [name for name, allowed in KNOWN_CYCLES.items() if not any(c & allowed for c in current)]
    assert not gone, f"Cycle(s) {gone} are gone (or renamed): remove or rename them in KNOWN_CYCLES."


def test_every_function_level_import_says_why_it_is_lazy():
    unexplained = unexplained_function_level_imports()
    assert not unexplained, (
        f"{len(unexplained)} function-level import(s) without a reason:\n  " + "\n  ".join(unexplained) + "\nImport "
        "at the top of the module; keep an import in a function only for start-up laziness (a heavy library, a "
        "feature --help or the first screen must not load, a platform-specific module), with a one-line "
        f"'{LAZY} why' comment on its line or the line above."
    )


def test_the_reason_rule_reads_the_source():
    lines = ["def f():", "    # lazy: reportlab loads only when printing", "    import a", "    import b",
             "    x = 1", "    import c  # lazy: the platform's own", "    import d", "    # a comment", "    import e"]
    assert [_has_reason(lines, n) for n in (3, 4, 6, 7, 9)] == [True, True, True, True, False]


def test_the_graph_sees_the_project():
    """The walk finds every layer and resolves relative imports (else no cycle could be found)."""
    edges = graph()
    assert {"main", "models.core.db", "reports", "ui", "cli"} <= set(edges)
    assert {"models.core.errors", "models.core.store"} <= edges["models.core.db"]  # from . import, from .x import
