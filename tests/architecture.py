"""The import rules of DESIGN.md, read statically from the source (no module is imported).

`read_imports(root)` parses every module of server/ and jobs/ under `root` (not tests/, bench/
or piccolo_migrations/) with `ast` and returns one `Import` fact per imported module: imports
inside functions count, imports under `if TYPE_CHECKING:` do not, relative imports are
resolved. `from server.core import db` imports the module `server.core.db` (a module of the
tree); `from server.checkins.schemas import X` imports `server.checkins.schemas`.

Each rule is a function over those facts that returns one message per offending import, so a
test can feed it a small synthetic tree as well as the real one. `tests/test_architecture.py`
declares the layer order (the data) and runs the rules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PACKAGES = ("server", "jobs")
SKIPPED_DIRS = {"piccolo_migrations", "__pycache__"}


@dataclass(frozen=True)
class Import:
    """One import: `module` (dotted name, in the tree) imports `imported` at file:line."""

    module: str
    imported: str
    file: str
    line: int
    in_function: bool = False

    def where(self) -> str:
        return f"{self.file}:{self.line}: {self.module} -> {self.imported}"


@dataclass(frozen=True)
class Tree:
    """The modules of a source tree and their imports."""

    modules: frozenset[str]
    imports: tuple[Import, ...]
    # The names directly under server/ (feature folders and top-level modules) -> their path.
    top_level: dict[str, str]


# --- reading --------------------------------------------------------------------------------


def _module_files(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file of server/ and jobs/ under root."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        base = root / package
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if any(part in SKIPPED_DIRS or part.startswith(".") for part in parts[:-1]):
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _top_level(root: Path) -> dict[str, str]:
    """Names directly under server/: each folder holding Python and each module."""
    base = root / "server"
    names: dict[str, str] = {}
    if not base.is_dir():
        return names
    for entry in sorted(base.iterdir()):
        if entry.name.startswith(".") or entry.name == "__init__.py":
            continue
        if entry.is_dir():
            if entry.name in SKIPPED_DIRS or not any(entry.rglob("*.py")):
                continue
            names[entry.name] = f"server/{entry.name}/"
        elif entry.suffix == ".py":
            names[entry.stem] = f"server/{entry.name}"
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool, file: str, modules: frozenset[str]):
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.file = file
        self.modules = modules
        self.depth = 0  # > 0 inside a function
        self.found: list[Import] = []

    def _add(self, imported: str, node: ast.stmt) -> None:
        if imported == "__future__":
            return
        self.found.append(Import(self.module, imported, self.file, node.lineno, self.depth > 0))

    def _function(self, node: ast.AST) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = _function

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            for child in node.orelse:  # the else branch runs
                self.visit(child)
            return
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            parts = self.package.split(".") if self.package else []
            if node.level - 1 > len(parts):
                raise ValueError(
                    f"{self.file}:{node.lineno}: relative import beyond the top package"
                )
            parts = parts[: len(parts) - (node.level - 1)]
            base = ".".join(parts + ([node.module] if node.module else []))
        else:
            base = node.module or ""
        targets: dict[str, None] = {}  # `from x import a, b` where neither is a module: x once
        for alias in node.names:
            submodule = f"{base}.{alias.name}" if base else alias.name
            if alias.name != "*" and submodule in self.modules:
                targets[submodule] = None
            elif base:
                targets[base] = None
        for target in targets:
            self._add(target, node)


def read_imports(root: Path) -> Tree:
    """Every import of every module of server/ and jobs/ under root, read with ast."""
    files = _module_files(root)
    modules = frozenset(files)
    facts: list[Import] = []
    for module, path in sorted(files.items()):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        collector = _Collector(module, path.name == "__init__.py", rel, modules)
        collector.visit(tree)
        facts.extend(collector.found)
    return Tree(modules, tuple(facts), _top_level(root))


# --- where a module sits ----------------------------------------------------------------------


def unit_of(module: str) -> str | None:
    """The feature (or composer) a module belongs to: `server.checkins.services` -> checkins,
    `server.settings` -> settings, `jobs.push` -> jobs, the package `server` itself -> server;
    None outside server/ and jobs/."""
    parts = module.split(".")
    if parts[0] == "jobs":
        return "jobs"
    if parts[0] != "server":
        return None
    return parts[1] if len(parts) > 1 else "server"


def _is_within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _parts_end_with(module: str, suffix: str) -> bool:
    return any(part.endswith(suffix) for part in module.split(".")[1:])


def is_tables(module: str) -> bool:
    """`server.<feature>.tables` (or a module of a `tables` package)."""
    return module.startswith("server.") and "tables" in module.split(".")[2:]


def is_services(module: str) -> bool:
    """A services module: any module under server/ whose name (or package's) ends in services."""
    return module.startswith("server.") and _parts_end_with(module, "services")


# --- the rules --------------------------------------------------------------------------------

RULE_JOBS = "rule 1 (jobs/ imports no tables module; it calls services)"
RULE_SERVICES = "rule 2 (services never see HTTP: a services module imports no Litestar)"
RULE_LAYERS = "rule 3 (dependencies point down the layer order of DESIGN.md)"
RULE_CYCLES = "rule 4 (no import circle)"


def check_jobs_import_no_tables(imports: Iterable[Import]) -> list[str]:
    return [
        f"{fact.where()}: {RULE_JOBS}"
        for fact in imports
        if unit_of(fact.module) == "jobs" and is_tables(fact.imported)
    ]


def check_services_import_no_litestar(imports: Iterable[Import]) -> list[str]:
    return [
        f"{fact.where()}: {RULE_SERVICES}"
        for fact in imports
        if is_services(fact.module) and _is_within(fact.imported, "litestar")
    ]


@dataclass(frozen=True)
class Order:
    """The layer order: `composers` sit above line 1 and may import everything (one another
    too); `layers[0]` is line 1 (top). A unit may import only units on a lower line, or a peer
    on its own line when (importer, imported) is in `peer_imports`. Units in `import_nothing`
    import nothing from server/ or jobs/; `no_tables` import no tables module."""

    composers: Sequence[str]
    layers: Sequence[Sequence[str]]
    peer_imports: frozenset[tuple[str, str]] = frozenset()
    import_nothing: frozenset[str] = frozenset()
    no_tables: frozenset[str] = frozenset()
    no_features: frozenset[str] = frozenset()

    def line_of(self, unit: str) -> int | None:
        """0 for composers, 1.. for the lines of the order, None when undeclared."""
        if unit in self.composers:
            return 0
        if unit == "server":  # the root package's __init__: below everything
            return len(self.layers) + 1
        for number, line in enumerate(self.layers, start=1):
            if unit in line:
                return number
        return None

    def declared(self) -> set[str]:
        return set(self.composers) | {unit for line in self.layers for unit in line}

    def features(self) -> set[str]:
        """Units that are features: everything declared but the infrastructure line."""
        return {unit for line in self.layers[:-1] for unit in line}


def check_declared(tree: Tree, order: Order) -> list[str]:
    """Every feature folder (and top-level module) of server/ has a place in the order."""
    declared = order.declared()
    return [
        f"{path}: `{name}` has no place in the layer order: declare it in LAYERS (or COMPOSERS) "
        f"at the top of tests/test_architecture.py, on the line of DESIGN.md it belongs to: "
        f"{RULE_LAYERS}"
        for name, path in sorted(tree.top_level.items())
        if name not in declared
    ]


def _line_name(order: Order, unit: str) -> str:
    line = order.line_of(unit)
    return "above line 1" if line == 0 else f"line {line}"


def check_layers(imports: Iterable[Import], order: Order, tree: Tree | None = None) -> list[str]:
    """No import points up the order, or sideways to a peer, and the infrastructure's own
    restrictions hold. Imports of undeclared units are reported (once per unit) here only when
    the unit does not exist in the tree; an existing undeclared folder is check_declared's."""
    messages: list[str] = []
    top_level = tree.top_level if tree is not None else {}
    modules = tree.modules if tree is not None else frozenset()
    features = order.features()
    for fact in imports:
        importer, imported = unit_of(fact.module), unit_of(fact.imported)
        if importer is None or imported is None or importer == imported:
            continue
        source_line, target_line = order.line_of(importer), order.line_of(imported)
        if source_line is None or target_line is None:
            missing = imported if target_line is None else importer
            if missing not in top_level and tree is not None and fact.imported not in modules:
                messages.append(
                    f"{fact.where()}: {fact.imported} is not a module of the tree and `{missing}` "
                    f"has no place in the layer order: {RULE_LAYERS}"
                )
            continue
        if importer in order.import_nothing:
            messages.append(
                f"{fact.where()}: {_module_of(importer)} imports nothing from server/ or jobs/: "
                f"{RULE_LAYERS}"
            )
        elif importer in order.no_features and imported in features | {"jobs"} | set(
            order.composers
        ):
            messages.append(
                f"{fact.where()}: {_module_of(importer)} is the infrastructure and imports no "
                f"feature (`{imported}`, {_line_name(order, imported)}): {RULE_LAYERS}"
            )
        elif importer in order.no_tables and is_tables(fact.imported):
            messages.append(
                f"{fact.where()}: {_module_of(importer)} knows no tables: {RULE_LAYERS}"
            )
        elif target_line < source_line:
            messages.append(
                f"{fact.where()}: `{importer}` ({_line_name(order, importer)}) imports upward, "
                f"`{imported}` ({_line_name(order, imported)}): {RULE_LAYERS}"
            )
        elif target_line == source_line and source_line > 0:
            if (importer, imported) not in order.peer_imports:
                messages.append(
                    f"{fact.where()}: `{importer}` and `{imported}` are peers on "
                    f"{_line_name(order, importer)} and must not import each other: {RULE_LAYERS}"
                )
    return messages


def _module_of(unit: str) -> str:
    return "server" if unit == "server" else f"server.{unit}"


def find_cycles(imports: Iterable[Import], modules: Iterable[str]) -> list[list[Import]]:
    """Import circles among the given modules: for every strongly connected component (Tarjan),
    the shortest circle through each of its modules, each circle once. A circle is the list of
    its imports in order; the last one leads back to the first module."""
    nodes = set(modules)
    edges: dict[str, dict[str, Import]] = {node: {} for node in nodes}
    for fact in imports:
        if fact.module in nodes and fact.imported in nodes:
            edges[fact.module].setdefault(fact.imported, fact)

    cycles: list[list[Import]] = []
    seen: set[tuple[str, ...]] = set()
    for component in _strongly_connected(edges):
        members = set(component)
        if len(component) == 1:
            node = component[0]
            if node in edges[node]:
                cycles.append([edges[node][node]])
            continue
        for start in sorted(component):
            path = _shortest_circle(start, edges, members)
            names = [fact.module for fact in path]
            pivot = names.index(min(names))
            key = tuple(names[pivot:] + names[:pivot])
            if key not in seen:
                seen.add(key)
                cycles.append(path[pivot:] + path[:pivot])
    return cycles


def _strongly_connected(edges: dict[str, dict[str, Import]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative; components in a stable order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return sorted(components)


def _shortest_circle(
    start: str, edges: dict[str, dict[str, Import]], members: set[str]
) -> list[Import]:
    """Breadth-first from start back to start, inside one component."""
    came_from: dict[str, Import] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for child in sorted(edges[node]):
                if child not in members:
                    continue
                if child == start:
                    path = [edges[node][child]]
                    while node != start:
                        fact = came_from[node]
                        path.append(fact)
                        node = fact.module
                    return path[::-1]
                if child not in came_from:
                    came_from[child] = edges[node][child]
                    following.append(child)
        frontier = following
    raise AssertionError(f"{start} is in a component but on no circle")


def check_cycles(imports: Iterable[Import], modules: Iterable[str]) -> list[str]:
    messages = []
    for circle in find_cycles(imports, modules):
        chain = " -> ".join([fact.module for fact in circle] + [circle[0].module])
        steps = "; ".join(
            fact.where() + (" (inside a function)" if fact.in_function else "") for fact in circle
        )
        messages.append(f"import circle {chain}: {steps}: {RULE_CYCLES}")
    return messages


def check_all(tree: Tree, order: Order) -> list[str]:
    """Every violation of every rule, all at once."""
    return (
        check_jobs_import_no_tables(tree.imports)
        + check_services_import_no_litestar(tree.imports)
        + check_declared(tree, order)
        + check_layers(tree.imports, order, tree)
        + check_cycles(tree.imports, tree.modules)
    )
