"""The docs are a map: every path and module they name exists (issue 24 item 7).

A file moved or renamed must not leave docs/ARCHITECTURE.md or a README pointing at nothing.
Checked, in each document:

* inside `code spans`: every ``folder/path`` starting at a top-level source folder
  (``models/core/db.py``, ``ui/widgets/``) and every dotted module (``models.core.demo``,
  ``ui.i18n.tr_any``: the module must exist and define the first name after it);
* inside fenced blocks drawn as a tree (a line starting with ``folder/`` or ``file.py``, two
  spaces of indent per level): each folder and file, and the ``*.py`` names listed on a
  folder's line or on the deeper-indented lines that continue it: files in that folder.

And the tree in ARCHITECTURE.md names every package of models/, reports/, ui/ and cli/.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("docs/ARCHITECTURE.md", "README.md", "installer/README.md")
SOURCE_FOLDERS = ("bench", "cli", "docs", "installer", "models", "reports", "resources", "tests", "ui")
PACKAGES = ("models", "reports", "ui", "cli", "bench")
# Made by `make bench` / `make`, never committed.
GENERATED = {"bench/data/", "bench/results.json"}
# Named by the docs ahead of a branch that brings it; empty once every branch is merged (then
# a path has to exist like any other).
PENDING: set[str] = set()

FENCE = re.compile(r"^ *```.*?$(.*?)^ *```", re.S | re.M)
CODE_SPAN = re.compile(r"`([^`]+)`")  # a span may run over a line break
MODULE = re.compile(rf"(?<![\w./\\-])((?:{'|'.join(PACKAGES)})(?:\.\w+)+)")
TREE_ENTRY = re.compile(r"^( *)([\w.-]+/|[\w.-]+\.\w+)(?:\s|$)")
PY_NAME = re.compile(r"(?<![\w./-])([\w-]+\.py)\b")


def _path_pattern(folders) -> re.Pattern:
    return re.compile(rf"(?<![\w.~/\\$-])((?:{'|'.join(folders)})/[\w./*-]*)")


def _spans(text: str) -> list[str]:
    return CODE_SPAN.findall(FENCE.sub("", text))


def _span_paths(text: str, folders=SOURCE_FOLDERS, prefix: str = "") -> set[str]:
    pattern = _path_pattern(folders)
    return {prefix + p.rstrip(".,;:") for span in _spans(text) for p in pattern.findall(span)}


def _span_modules(text: str) -> set[str]:
    return {m for span in _spans(text) for m in MODULE.findall(span)}


def _tree_paths(text: str) -> set[str]:
    """Folders and files drawn in the text's fenced tree blocks, as repo paths."""
    found = set()
    for block in FENCE.findall(text):
        stack: list[str] = []
        for line in block.splitlines():
            entry = TREE_ENTRY.match(line)
            depth = len(entry.group(1)) // 2 if entry else 0
            if stack and line[: 2 * len(stack) + 2].isspace():
                # A deeper-indented line continues the last folder's list of files.
                found.update("".join(stack) + f for f in PY_NAME.findall(line))
                continue
            if not entry or depth > len(stack):
                continue  # not a tree line (e.g. a shell command)
            parent = "".join(stack[:depth])
            name = entry.group(2)
            if name.endswith("/"):
                stack[depth:] = [name]
                found.add(parent + name)
                found.update(parent + name + f for f in PY_NAME.findall(line[entry.end():]))
            else:
                found.add(parent + name)
    return found


def _named_paths(doc: str) -> set[str]:
    text = (ROOT / doc).read_text(encoding="utf-8")
    named = _span_paths(text) | _tree_paths(text)
    home = (ROOT / doc).parent
    if home != ROOT:
        # A README inside a folder names that folder's own files relative to it (linux/install.sh).
        local = [d.name for d in home.iterdir() if d.is_dir()]
        prefix = str(home.relative_to(ROOT)) + "/"
        named |= _span_paths(text, local, prefix) if local else set()
    return named


def _exists(path: str) -> bool:
    if path in GENERATED or path in PENDING:
        return True
    if "*" in path:
        return any(ROOT.glob(path))
    return (ROOT / path).exists()


def _module_problem(dotted: str) -> str | None:
    """None when the module exists and defines the next name; else what is wrong."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        base = ROOT.joinpath(*parts[:cut])
        source = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        if source.is_file():
            break
    else:
        return "no such module"
    if cut == len(parts):
        return None
    name = parts[cut]
    tree = ast.parse(source.read_text(encoding="utf-8"))
    defined = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            defined.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            defined.update((a.asname or a.name).split(".")[0] for a in node.names)
    return None if name in defined else f"{'.'.join(parts[:cut])} defines no {name}"


@pytest.mark.parametrize("doc", DOCS)
def test_every_path_named_exists(doc):
    missing = sorted(p for p in _named_paths(doc) if not _exists(p))
    assert not missing, f"{doc} names paths that do not exist: {missing}"


@pytest.mark.parametrize("doc", DOCS)
def test_every_module_named_exists(doc):
    text = (ROOT / doc).read_text(encoding="utf-8")
    problems = {m: _module_problem(m) for m in sorted(_span_modules(text))}
    wrong = {m: p for m, p in problems.items() if p}
    assert not wrong, f"{doc} names modules that do not exist: {wrong}"


def test_the_tree_names_every_package():
    drawn = _tree_paths((ROOT / "docs/ARCHITECTURE.md").read_text(encoding="utf-8"))
    packages = {
        str(init.parent.relative_to(ROOT)) + "/"
        for top in ("models", "reports", "ui", "cli")
        for init in (ROOT / top).rglob("__init__.py")
        if "migrations" not in init.parts
    }
    assert sorted(packages - drawn) == [], "draw these packages in ARCHITECTURE.md's tree"


def test_the_check_sees_old_paths():
    """The checker itself: an old path, a moved module and a missing tree entry are seen."""
    text = (
        "See `models/db.py`, `models.db.Database`.\n\n```\nmodels/\n  roster/   people.py gone.py\n"
        "                 index.py lost.py\n  core/     db.py\n```\n"
    )
    paths = _span_paths(text) | _tree_paths(text)
    assert {"models/db.py", "models/roster/people.py", "models/roster/index.py", "models/core/db.py"} <= paths
    missing = [p for p in sorted(paths) if not _exists(p)]
    assert missing == ["models/db.py", "models/roster/gone.py", "models/roster/lost.py"]
    assert _span_modules(text) == {"models.db.Database"}
    assert _module_problem("models.db.Database") == "models defines no db"
    assert _module_problem("cli.run") is None
    assert _module_problem("nothing.here") == "no such module"
    assert _module_problem("models.core.db.Database") is None
    assert _module_problem("models.core.db.NoSuchThing") == "models.core.db defines no NoSuchThing"
