"""The import graph, read with ``ast``: layers point one way and nothing imports in a loop.

Every import counts, wherever it stands: at module level, under ``if TYPE_CHECKING``
and inside functions. A lazy import still ties two modules together (it only moves
the moment the tie is made), so it counts for loops and for layers alike; the one
place that may reach up the tree lazily is ``bot/``'s command line (into ``bench/``,
a tool of the source checkout that the wheel does not ship). Plug-in points are
wired by the composition root (``bot/``) instead of by an import inside the core.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("coaching", "adapters", "storage", "bot", "bench", "harness")
PLATFORM_LIBRARIES = (
    "slack_bolt",
    "slack_sdk",
    "botbuilder",
    "botframework",
    "msrest",
    "aiohttp",
    "requests",
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "asyncpg",
    "aiosqlite",
)


@dataclass(frozen=True, slots=True)
class Import:
    source: str  # the importing module, dotted
    target: str  # the imported module (the deepest one that exists), or a library's name
    line: int

    def __str__(self) -> str:
        return f"{self.source}:{self.line} -> {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "versions" not in path.parts:  # migration scripts are data for Alembic
                found[module_name(path)] = path
    return found


def resolve(name: str, modules: dict[str, Path]) -> str:
    """The deepest project module ``name`` names (``a.b.C`` -> ``a.b``), else ``name``."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return name


def imports_of(path: Path, modules: dict[str, Path]) -> Iterator[Import]:
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(source, resolve(alias.name, modules), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # `from pkg import module` names the module
                yield Import(source, resolve(f"{base}.{alias.name}", modules), node.lineno)


def graph() -> list[Import]:
    modules = project_modules()
    return [i for path in modules.values() for i in imports_of(path, modules)]


def top(name: str) -> str:
    return name.split(".")[0]


def test_the_core_imports_no_other_layer_and_no_platform_library() -> None:
    wrong = [
        str(i)
        for i in graph()
        if top(i.source) == "coaching"
        and top(i.target) in ("adapters", "bot", "storage", "bench", *PLATFORM_LIBRARIES)
    ]
    assert wrong == []


def test_only_the_composition_root_reaches_bot_and_only_its_cli_reaches_bench() -> None:
    """No package imports ``bot/`` (the composition root) or ``bench/``, except ``bot/``'s
    own command line, which runs the bench."""
    wrong = []
    for i in graph():
        if top(i.target) == "bot" and top(i.source) != "bot":
            wrong.append(str(i))
        if top(i.target) == "bench" and top(i.source) != "bench":
            if not i.source.startswith("bot.cli"):
                wrong.append(str(i))
    assert wrong == []


def test_adapters_and_storage_do_not_know_each_other() -> None:
    pairs = {("adapters", "storage"), ("storage", "adapters")}
    assert [str(i) for i in graph() if (top(i.source), top(i.target)) in pairs] == []


def test_no_module_imports_itself_through_others() -> None:
    edges: dict[str, set[str]] = {}
    modules = project_modules()
    for i in graph():
        if i.target in modules and i.target != i.source:
            edges.setdefault(i.source, set()).add(i.target)
    assert loops(edges) == []


def test_the_tests_do_not_import_bench() -> None:
    modules = project_modules()
    wrong = [
        str(i)
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for i in imports_of(path, modules)
        if top(i.target) == "bench"
    ]
    assert wrong == []


def test_harness_stands_alone_and_only_the_tests_and_the_bench_use_it() -> None:
    """``harness/`` (serving subprocesses) is shared by the tests and the bench: it imports
    no project package, and nothing the wheel ships imports it."""
    wrong = [
        str(i)
        for i in graph()
        if (top(i.source) == "harness" and top(i.target) in PACKAGES and top(i.target) != "harness")
        or (top(i.target) == "harness" and top(i.source) not in ("harness", "bench"))
    ]
    assert wrong == []


def test_the_wheel_leaves_bench_and_harness_out() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    included = config["tool"]["setuptools"]["packages"]["find"]["include"]
    assert not [p for p in included if p.startswith(("bench", "harness"))]


def loops(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_loop_finder_finds_a_loop() -> None:
    assert loops({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
