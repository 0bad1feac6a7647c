"""The import rules of DESIGN.md ("Layout", "Dependencies point down"), as a test.

Read statically (ast; nothing is imported) from every module of server/ and jobs/:
1. jobs/ imports no `tables` module (it calls services);
2. a services module imports no Litestar (services never see HTTP);
3. dependencies point down the layer order below, peers on one line do not import each other,
   and every feature folder of server/ has declared its place in the order;
4. there is no import circle among the modules of server/ and jobs/.
The rules themselves are in tests/architecture.py; the tests below the real tree's feed each
rule a small synthetic tree to show that it fails when broken.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.architecture import (
    Order,
    Tree,
    check_all,
    check_cycles,
    check_declared,
    check_jobs_import_no_tables,
    check_layers,
    check_services_import_no_litestar,
    read_imports,
)

# The layer order of DESIGN.md, top (may import every line below it) to bottom. A new feature
# folder (or top-level module) of server/ must declare its place here.
# Above line 1, composing everything (and free to import one another): the app, the CLI, the
# demo clinic loader and the jobs process (which rule 1 keeps away from tables).
COMPOSERS = ("app", "cli", "__main__", "demo", "jobs")
LAYERS = [
    ("today", "rights", "people"),  # 1
    ("notifications",),  # 2
    ("rewards",),  # 3
    ("checkins", "homework", "meetings", "testing", "measures", "messages"),  # 4
    ("care",),  # 5
    ("programs",),  # 6
    ("accounts",),  # 7: accounts audits sign-ins and password changes, so audit sits below it
    ("audit",),  # 7, below accounts: the audit log imports nothing but the infrastructure
    ("core", "security", "settings"),  # 8: the infrastructure package, security/, settings.py
]
# Units on one line never import each other, but for these (importer, imported) pairs of the
# infrastructure line: core and security build on each other and both read the settings.
PEER_IMPORTS = {
    ("core", "security"),
    ("core", "settings"),
    ("security", "core"),
    ("security", "settings"),
}
IMPORT_NOTHING = {"settings", "server"}  # server.settings, and the package server/__init__.py
NO_FEATURES = {"core"}  # server.core imports no feature at all
NO_TABLES = {"security"}  # server.security knows no tables

ORDER = Order(
    composers=COMPOSERS,
    layers=LAYERS,
    peer_imports=frozenset(PEER_IMPORTS),
    import_nothing=frozenset(IMPORT_NOTHING),
    no_tables=frozenset(NO_TABLES),
    no_features=frozenset(NO_FEATURES),
)

REPO = Path(__file__).resolve().parent.parent


def test_the_real_tree_follows_the_import_rules():
    tree = read_imports(REPO)
    # Not vacuous: the tree was found and read.
    assert {"server.app", "server.core.db", "server.settings", "jobs.scheduler"} <= tree.modules
    assert not any("piccolo_migrations" in module for module in tree.modules)
    violations = check_all(tree, ORDER)
    assert not violations, f"{len(violations)} import rule violations:\n" + "\n".join(violations)


# --- the test of the test: synthetic trees ----------------------------------------------------


def make_tree(root: Path, files: dict[str, str]) -> Tree:
    """Write the given files (and an empty __init__.py in each package) and read them."""
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source).lstrip("\n"))
        for parent in path.relative_to(root).parents:
            if parent != Path(".") and not (root / parent / "__init__.py").exists():
                (root / parent / "__init__.py").write_text("")
    return read_imports(root)


CLEAN = {
    "server/__init__.py": '"""The server."""\nimport os\n',
    "server/settings.py": "from __future__ import annotations\n\nimport os\n",
    "server/core/db/__init__.py": "from server.core.db.engines import build\nfrom server.settings import Settings\n",
    "server/core/db/engines.py": "from . import pool\nfrom .pool import Pool\n",
    "server/core/db/pool.py": "import asyncio\n",
    "server/core/http.py": "import litestar\nfrom server.security import csrf\n",
    "server/security/csrf.py": "from server.core.db import engines\n",
    "server/accounts/tables.py": "from piccolo.table import Table\n",
    "server/accounts/services.py": "from server.accounts.tables import Account\nfrom server.core import db\n",
    "server/audit/services.py": "from server.core import db\n",
    "server/programs/services.py": "from ..accounts import services as accounts\n",
    "server/checkins/tables.py": "from piccolo.table import Table\n",
    "server/checkins/services.py": """
        from typing import TYPE_CHECKING

        from server.checkins.tables import Checkin
        from server.programs import services as programs

        if TYPE_CHECKING:
            from litestar import Request  # for types only: never runs
            from server.today.services import Today  # upward, but for types only

        def later():
            from server.accounts.services import find
    """,
    "server/checkins/controllers.py": "from litestar import get\nfrom .services import later\n",
    "server/homework/services.py": "from server.programs.services import x\n",
    "server/today/services.py": "from server.checkins import services\nfrom server.homework import services as hw\n",
    "server/app.py": "from litestar import Litestar\nfrom server.checkins.controllers import C\nfrom jobs import scheduler\n",
    "server/cli.py": "def main():\n    from server.app import create_app\n    from server.demo import load\n",
    "server/__main__.py": "from server.cli import main\n",
    "server/demo/__init__.py": "from server.checkins.tables import Checkin\n",
    "jobs/scheduler.py": "from server.checkins.services import due\nfrom jobs.push import send\nfrom server.core import db\n",
    "jobs/push.py": "import aiohttp\nfrom server.settings import Settings\n",
}


def test_a_clean_tree_has_no_violation(tmp_path):
    tree = make_tree(tmp_path, CLEAN)
    assert check_all(tree, ORDER) == []


def test_imports_are_read_statically_and_resolved(tmp_path):
    tree = make_tree(tmp_path, CLEAN)
    facts = {(fact.module, fact.imported, fact.line, fact.in_function) for fact in tree.imports}
    # `from server.core import db` imports the module server.core.db
    assert ("server.audit.services", "server.core.db", 1, False) in facts
    # `from server.checkins.tables import Checkin` imports server.checkins.tables
    assert ("server.checkins.services", "server.checkins.tables", 3, False) in facts
    # relative imports: from a package's __init__, from a module, two levels up
    assert ("server.core.db.engines", "server.core.db.pool", 1, False) in facts
    assert ("server.core.db.engines", "server.core.db.pool", 2, False) in facts
    assert ("server.checkins.controllers", "server.checkins.services", 2, False) in facts
    assert ("server.programs.services", "server.accounts.services", 1, False) in facts
    # imports inside functions count; those under `if TYPE_CHECKING:` do not
    assert ("server.checkins.services", "server.accounts.services", 11, True) in facts
    assert not any(
        fact.imported.startswith(("litestar", "server.today"))
        for fact in tree.imports
        if fact.module == "server.checkins.services"
    )
    # external imports are kept (rule 2 needs them); __future__ is not an import
    assert ("jobs.push", "aiohttp", 1, False) in facts
    assert not any(fact.imported == "__future__" for fact in tree.imports)


def test_piccolo_migrations_tests_and_bench_are_not_read(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            "server/checkins/piccolo_migrations/m1.py": "from server.today.services import x\nimport litestar\n",
            "tests/test_x.py": "from server.checkins.tables import Checkin\n",
            "bench/b.py": "from server.checkins.tables import Checkin\n",
        },
    )
    assert not any(
        "piccolo_migrations" in module or module.startswith(("tests", "bench"))
        for module in tree.modules
    )
    assert check_all(tree, ORDER) == []


def test_rule_1_jobs_import_no_tables(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            "jobs/reminders.py": """
            from server.checkins.tables import Checkin
            from server.accounts import tables
            import server.checkins.tables as checkin_tables
            from server.checkins import services

            def tick():
                from server.programs.tables import Series
        """,
        },
    )
    assert check_jobs_import_no_tables(tree.imports) == [
        f"jobs/reminders.py:{line}: jobs.reminders -> {imported}: rule 1 (jobs/ imports no "
        "tables module; it calls services)"
        for line, imported in [
            (1, "server.checkins.tables"),
            (2, "server.accounts.tables"),
            (3, "server.checkins.tables"),
            (7, "server.programs.tables"),
        ]
    ]
    assert check_all(tree, ORDER) == check_jobs_import_no_tables(tree.imports)


def test_rule_2_services_import_no_litestar(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            "server/homework/services.py": """
            from litestar.exceptions import NotFoundException
            from server.programs.services import x

            def f():
                import litestar
        """,
            "server/programs/reminder_services.py": "from litestar import Request\n",
            # a module that is not a services module may import Litestar
            "server/programs/controllers.py": "from litestar import get\n",
        },
    )
    expected = [
        "server/homework/services.py:1: server.homework.services -> litestar.exceptions: "
        "rule 2 (services never see HTTP: a services module imports no Litestar)",
        "server/homework/services.py:5: server.homework.services -> litestar: "
        "rule 2 (services never see HTTP: a services module imports no Litestar)",
        "server/programs/reminder_services.py:1: server.programs.reminder_services -> litestar: "
        "rule 2 (services never see HTTP: a services module imports no Litestar)",
    ]
    assert check_services_import_no_litestar(tree.imports) == expected
    assert check_all(tree, ORDER) == expected


RULE_3 = "rule 3 (dependencies point down the layer order of DESIGN.md)"


def test_rule_3_a_feature_imports_no_feature_above_it(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            "server/programs/services.py": """
            from server.accounts import services as accounts

            def f():
                from server.checkins.services import due
        """,
            "server/accounts/hooks.py": "from server.app import create_app\nimport jobs.scheduler\n",
        },
    )
    expected = [
        f"server/accounts/hooks.py:1: server.accounts.hooks -> server.app: `accounts` "
        f"(line 7) imports upward, `app` (above line 1): {RULE_3}",
        f"server/accounts/hooks.py:2: server.accounts.hooks -> jobs.scheduler: `accounts` "
        f"(line 7) imports upward, `jobs` (above line 1): {RULE_3}",
        f"server/programs/services.py:4: server.programs.services -> server.checkins.services: "
        f"`programs` (line 6) imports upward, `checkins` (line 4): {RULE_3}",
    ]
    assert check_layers(tree.imports, ORDER, tree) == expected
    # programs -> checkins -> programs is also a circle
    assert [m for m in check_all(tree, ORDER) if m not in expected] == [
        "import circle server.checkins.services -> server.programs.services -> "
        "server.checkins.services: server/checkins/services.py:4: server.checkins.services -> "
        "server.programs.services; server/programs/services.py:4: server.programs.services -> "
        "server.checkins.services (inside a function): rule 4 (no import circle)"
    ]


def test_rule_3_peers_on_one_line_do_not_import_each_other(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            "server/checkins/schemas.py": "from server.homework.services import x\n",
            "server/audit/services.py": "from server.accounts.tables import Account\n",
        },
    )
    assert check_layers(tree.imports, ORDER, tree) == [
        f"server/audit/services.py:1: server.audit.services -> server.accounts.tables: "
        f"`audit` (line 8) imports upward, `accounts` (line 7): {RULE_3}",
        f"server/checkins/schemas.py:1: server.checkins.schemas -> server.homework.services: "
        f"`checkins` and `homework` are peers on line 4 and must not import each other: {RULE_3}",
    ]


def test_rule_3_the_infrastructure_knows_no_feature(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            "server/core/http.py": "from server.security import csrf\nfrom server.accounts.services import me\n",
            "server/security/guards.py": "from server.core.db import engines\nfrom server.accounts.tables import Account\n",
            "server/settings.py": "from server.core.db import engines\n",
            "server/__init__.py": "from server import settings\n",
        },
    )
    assert check_layers(tree.imports, ORDER, tree) == [
        f"server/__init__.py:1: server -> server.settings: server imports nothing from server/ "
        f"or jobs/: {RULE_3}",
        f"server/core/http.py:2: server.core.http -> server.accounts.services: server.core is the "
        f"infrastructure and imports no feature (`accounts`, line 7): {RULE_3}",
        f"server/security/guards.py:2: server.security.guards -> server.accounts.tables: "
        f"server.security knows no tables: {RULE_3}",
        f"server/settings.py:1: server.settings -> server.core.db.engines: server.settings "
        f"imports nothing from server/ or jobs/: {RULE_3}",
    ]


def test_rule_3_a_feature_folder_declares_its_place(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            "server/widgets/services.py": "from server.programs.services import x\n",
            "server/helpers.py": "import os\n",
            "server/checkins/schemas.py": "from server.gone.services import x\n",
        },
    )
    assert check_declared(tree, ORDER) == [
        f"server/helpers.py: `helpers` has no place in the layer order: declare it in LAYERS (or "
        f"COMPOSERS) at the top of tests/test_architecture.py, on the line of DESIGN.md it "
        f"belongs to: {RULE_3}",
        f"server/widgets/: `widgets` has no place in the layer order: declare it in LAYERS (or "
        f"COMPOSERS) at the top of tests/test_architecture.py, on the line of DESIGN.md it "
        f"belongs to: {RULE_3}",
    ]
    # An import of a unit that is neither in the tree nor in the order is named too.
    assert check_layers(tree.imports, ORDER, tree) == [
        f"server/checkins/schemas.py:1: server.checkins.schemas -> server.gone.services: "
        f"server.gone.services is not a module of the tree and `gone` has no place in the "
        f"layer order: {RULE_3}",
    ]


def test_rule_4_no_import_circle(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            # two modules
            "server/core/a.py": "from server.core import b\n",
            "server/core/b.py": "import os\n\nfrom .a import thing\n",
            # three modules, one step inside a function
            "jobs/one.py": "from jobs import two\n",
            "jobs/two.py": "import jobs.three\n",
            "jobs/three.py": "def f():\n    from jobs.one import g\n",
            # a submodule's parent __init__ running is not an edge: no circle here
            "server/meetings/__init__.py": "from server.meetings.services import x\n",
            "server/meetings/services.py": "from server.programs.services import y\n",
        },
    )
    expected = [
        "import circle jobs.one -> jobs.two -> jobs.three -> jobs.one: "
        "jobs/one.py:1: jobs.one -> jobs.two; jobs/two.py:1: jobs.two -> jobs.three; "
        "jobs/three.py:2: jobs.three -> jobs.one (inside a function): rule 4 (no import circle)",
        "import circle server.core.a -> server.core.b -> server.core.a: "
        "server/core/a.py:1: server.core.a -> server.core.b; "
        "server/core/b.py:3: server.core.b -> server.core.a: rule 4 (no import circle)",
    ]
    assert check_cycles(tree.imports, tree.modules) == expected
    assert check_all(tree, ORDER) == expected


def test_every_violation_is_listed_at_once(tmp_path):
    tree = make_tree(
        tmp_path,
        {
            **CLEAN,
            "jobs/reminders.py": "from server.checkins.tables import Checkin\n",
            "server/checkins/services.py": "import litestar\nfrom server.notifications import services\n",
            "server/notifications/services.py": "from server.checkins import services\n",
            "server/widgets/__init__.py": "",
            "server/widgets/services.py": "import os\n",
        },
    )
    violations = check_all(tree, ORDER)
    rules = [violation.rsplit(": rule ", 1)[1][0] for violation in violations]
    assert sorted(rules) == ["1", "2", "3", "3", "4"], "\n".join(violations)
