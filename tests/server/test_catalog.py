"""Every message the server writes for a person goes through the gettext catalog (issue 18).

A lint read statically from server/ with `ast` (nothing is imported): every message handed to
a ProblemError (the API's refusals), `i18n.text`, `i18n.Message` or a function that passes its
argument on to one of them (`send_problem`, app.py's `_problem`) must be a string literal, or a
module constant holding one (a conditional between such, or a constant dict of them), never an
f-string, a concatenation or a variable; its `{placeholders}` must be the values the call passes;
and it must have a Spanish translation with the same placeholders. A body written by hand
({"detail": ...}) must not hold a literal either. The catalog in turn holds nothing else: no
entry the code no longer uses, none obsolete, fuzzy, twice or left in English.

What the lint cannot read is checked from the data: the shapes of msgspec's and Litestar's
messages (server/core/validation.py) and the starter worksheets (server/homework/library.py).
"""

from __future__ import annotations

import ast
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "server"
CATALOG = SERVER / "locales" / "es" / "LC_MESSAGES" / "messages.po"
# Where the machinery itself lives: these pass messages on by design, and are checked otherwise.
MACHINERY = {
    "server/core/errors.py": "defines ProblemError: its callers are checked",
    "server/core/i18n.py": "defines text and Message: their callers are checked",
    "server/core/validation.py": "its templates are checked by test_validation_templates_...",
    "server/homework/library.py": "its worksheets are checked by test_every_starter_worksheet_...",
}
# Keyword arguments of a ProblemError that are not values of its message.
CONTROL = {"headers", "retry_after", "patient_id", "message"}


@dataclass
class Use:
    """One message the server writes: where, the text(s) it may be, and the values passed."""

    where: str
    messages: list[str]
    values: set[str] | None  # None: passed with ** (not checked)


@dataclass
class Findings:
    uses: list[Use] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class _Module:
    name: str  # server.core.http
    file: str  # server/core/http.py
    tree: ast.Module
    constants: dict[str, ast.expr]  # module-level NAME = <expression>
    imports: dict[str, tuple[str, str | None]]  # local name -> (module, attribute or None)


def _modules() -> dict[str, _Module]:
    found = {}
    for path in sorted(SERVER.rglob("*.py")):
        if "piccolo_migrations" in path.parts:
            continue
        relative = path.relative_to(ROOT).as_posix()
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        tree = ast.parse(path.read_text(), filename=relative)
        constants: dict[str, ast.expr] = {}
        imports: dict[str, tuple[str, str | None]] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                if isinstance(node.targets[0], ast.Name):
                    constants[node.targets[0].id] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                if node.value is not None:
                    constants[node.target.id] = node.value
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    imports[alias.asname or alias.name] = (alias.name, None)
        found[name] = _Module(name, relative, tree, constants, imports)
    return found


def _subclasses(modules: dict[str, _Module], root: str) -> set[str]:
    """Names of the classes under server/ deriving from `root` (by name, to a fixed point)."""
    names = {root}
    while True:
        more = {
            node.name
            for module in modules.values()
            for node in ast.walk(module.tree)
            if isinstance(node, ast.ClassDef)
            and any(_name_of(base) in names for base in node.bases)
        }
        if more <= names:
            return names
        names |= more


def _name_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _placeholders(message: str) -> set[str]:
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]
    except ValueError as exc:
        raise AssertionError(f"{message!r}: {exc}") from None
    return {name.split(".")[0].split("[")[0] for name in fields}


class _Reader:
    """Walks server/ for every message handed to a sink."""

    def __init__(self) -> None:
        self.modules = _modules()
        self.problems = _subclasses(self.modules, "ProblemError")
        self.reason_first = _subclasses(self.modules, "AccessDenied")  # (reason, message=...)
        # Functions that pass a parameter on as a message: name -> (position, parameter name,
        # their other parameters, which are not values of the message).
        self.forwarders: dict[str, tuple[int, str, set[str]]] = {}
        self.findings = Findings()

    def read(self) -> Findings:
        while True:  # a forwarder of a forwarder is one too
            before = dict(self.forwarders)
            self.findings = Findings()
            for module in self.modules.values():
                self._read_module(module)
            if self.forwarders == before:
                return self.findings

    def _read_module(self, module: _Module) -> None:
        machinery = module.file in MACHINERY

        def visit(node: ast.AST, function: ast.FunctionDef | None, classes: list[str]) -> None:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                function = node
                for default in (*node.args.defaults, *node.args.kw_defaults):
                    if default is not None and _is_message_default(node, default):
                        self._check(module, default, function, set(), node.lineno)
            if isinstance(node, ast.ClassDef):
                classes = [*classes, node.name]
            if isinstance(node, ast.Dict) and not machinery:
                self._read_body(module, node)
            if isinstance(node, ast.Call) and not machinery:
                self._read_call(module, node, function, classes)
            elif isinstance(node, ast.Call) and module.file == "server/core/errors.py":
                self._read_super(module, node, function, classes)
            for child in ast.iter_child_nodes(node):
                visit(child, function, classes)

        visit(module.tree, None, [])

    def _read_body(self, module, node: ast.Dict) -> None:
        """An answer's body written by hand ({"detail": "..."}) must take its text from the
        catalog: a literal or an f-string there is English for everyone."""
        for key, value in zip(node.keys, node.values, strict=True):
            if (
                isinstance(key, ast.Constant)
                and key.value == "detail"
                and isinstance(value, (ast.Constant, ast.JoinedStr, ast.BinOp))
            ):
                self.findings.errors.append(
                    f"{module.file}:{node.lineno}: a detail written as {ast.unparse(value)}, "
                    "not through i18n.text"
                )

    def _read_super(self, module, call, function, classes) -> None:
        """In errors.py itself only the literal messages of super().__init__ are checked."""
        if self._is_super_init(call) and classes and classes[-1] in self.problems:
            for keyword in call.keywords:
                if keyword.arg == "message" and isinstance(keyword.value, ast.Constant):
                    self._check(module, keyword.value, function, set(), call.lineno)

    @staticmethod
    def _is_super_init(call: ast.Call) -> bool:
        return (
            isinstance(call.func, ast.Attribute)
            and call.func.attr == "__init__"
            and isinstance(call.func.value, ast.Call)
            and _name_of(call.func.value.func) == "super"
        )

    def _read_call(self, module, call, function, classes) -> None:
        callee = _name_of(call.func)
        message, control = None, set()
        if self._is_super_init(call) and classes and classes[-1] in self.problems:
            callee = classes[-1]
        if callee in self.problems:
            control = CONTROL
            if callee in self.reason_first:
                message = next((k.value for k in call.keywords if k.arg == "message"), None)
            else:
                message = call.args[0] if call.args else None
        elif callee == "text" and _is_i18n(call.func):
            message = call.args[1] if len(call.args) > 1 else None
            control = set()
        elif callee == "Message" and (_is_i18n(call.func) or isinstance(call.func, ast.Name)):
            message = call.args[0] if call.args else None
        elif callee in self.forwarders:
            position, parameter, control = self.forwarders[callee]
            message = next((k.value for k in call.keywords if k.arg == parameter), None)
            if message is None and len(call.args) > position:
                message = call.args[position]
        else:
            return
        if message is None:
            if callee in self.problems and callee not in self.reason_first and not call.args:
                return  # a class whose __init__ chooses its own message (checked there)
            if callee in self.reason_first:
                return  # the default, "Not found."
            self.findings.errors.append(f"{module.file}:{call.lineno}: {callee}() has no message")
            return
        if (
            isinstance(message, ast.Name)
            and function is not None
            and message.id in _parameters(function)
        ):
            positional = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
            positional = [a for a in positional if a not in ("self", "cls")]
            position = positional.index(message.id) if message.id in positional else 10**6
            others = set(_parameters(function)) - {message.id}
            self.forwarders[function.name] = (position, message.id, others)
            return
        values = None  # passed with **: not checked
        if not any(k.arg is None for k in call.keywords):
            values = {k.arg for k in call.keywords if k.arg not in control}
        self._check(module, message, function, values, call.lineno)

    def _check(self, module, message, function, values, line) -> None:
        where = f"{module.file}:{line}"
        try:
            texts = self._resolve(module, message)
        except ValueError as exc:
            self.findings.errors.append(f"{where}: {exc}")
            return
        self.findings.uses.append(Use(where, texts, values))

    def _resolve(self, module: _Module, node: ast.expr, depth: int = 0) -> list[str]:
        """The literal text(s) an expression is; ValueError when it is not only literals."""
        if depth > 5:
            raise ValueError("a message that refers to itself")
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return self._resolve(module, node.body, depth + 1) + self._resolve(
                module, node.orelse, depth + 1
            )
        if isinstance(node, ast.Dict):
            return [text for value in node.values for text in self._resolve(module, value, depth)]
        if isinstance(node, ast.Subscript):  # one of a constant dict's messages
            return self._resolve(module, node.value, depth + 1)
        if isinstance(node, ast.Name):
            if node.id in module.constants:
                return self._resolve(module, module.constants[node.id], depth + 1)
            if node.id in module.imports:
                source, attribute = module.imports[node.id]
                if attribute is not None and source in self.modules:
                    other = self.modules[source]
                    if attribute in other.constants:
                        return self._resolve(other, other.constants[attribute], depth + 1)
            raise ValueError(f"the message {node.id} is not a constant holding a literal")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            source, attribute = module.imports.get(node.value.id, (None, None))
            dotted = f"{source}.{attribute}" if attribute else source
            other = self.modules.get(dotted or "")
            if other is not None and node.attr in other.constants:
                return self._resolve(other, other.constants[node.attr], depth + 1)
        kind = "an f-string" if isinstance(node, ast.JoinedStr) else type(node).__name__
        raise ValueError(f"the message is {kind}, not a literal template: {ast.unparse(node)}")


def _is_i18n(func: ast.expr) -> bool:
    return isinstance(func, ast.Attribute) and _name_of(func.value) == "i18n"


def _parameters(function) -> list[str]:
    args = function.args
    return [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]


def _is_message_default(function, default: ast.expr) -> bool:
    """A parameter named `message` with a literal default (AccessDenied's "Not found.")."""
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    named = dict(
        zip(
            [a.arg for a in positional[len(positional) - len(args.defaults) :]],
            args.defaults,
            strict=True,
        )
    )
    named.update(
        {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None}
    )
    return named.get("message") is default and isinstance(default, ast.Constant)


def server_messages() -> Findings:
    return _Reader().read()


def spanish_catalog():
    with open(CATALOG, "rb") as po:
        return read_po(po, locale="es")


def spanish() -> dict[str, str]:
    return {
        message.id: message.string
        for message in spanish_catalog()
        if message.id and message.string and not message.fuzzy
    }


def starter_texts() -> list[str]:
    from server.homework import library

    return library.texts()


# --- the tests ---------------------------------------------------------------------------------


def test_every_message_is_a_literal_template_with_the_values_it_names():
    findings = server_messages()
    assert not findings.errors, "\n".join(findings.errors)
    wrong = []
    for use in findings.uses:
        if use.values is None:
            continue
        named = set().union(*(_placeholders(text) for text in use.messages))
        for text in use.messages:
            if not _placeholders(text) <= use.values or not use.values <= named:
                wrong.append(f"{use.where}: {text!r} is given {sorted(use.values)}")
    assert not wrong, "\n".join(wrong)
    assert len(findings.uses) > 150  # the reader found the API's refusals


def test_every_message_has_a_spanish_translation():
    translated = spanish()
    missing = [
        f"{use.where}: {text!r}"
        for use in server_messages().uses
        for text in use.messages
        if text not in translated
    ]
    assert not missing, "not in the Spanish catalog:\n" + "\n".join(missing)


def test_validation_templates_are_translated_and_give_back_the_english():
    from server.core import validation

    translated = spanish()
    assert not [t for t in validation.templates() if t not in translated]


def test_every_starter_worksheet_text_is_translated():
    translated = spanish()
    missing = [text for text in starter_texts() if text not in translated]
    assert not missing, missing


def test_each_translation_keeps_the_placeholders_and_the_catalog_holds_nothing_else():
    catalog = spanish_catalog()
    used = {text for use in server_messages().uses for text in use.messages}
    from server.core import validation

    used |= set(validation.templates()) | set(starter_texts())
    problems = []
    for message in catalog:
        if not message.id:
            continue
        if not message.string or message.fuzzy:
            problems.append(f"untranslated or fuzzy: {message.id!r}")
            continue
        if _placeholders(message.id) != _placeholders(message.string):
            problems.append(f"placeholders differ: {message.id!r} -> {message.string!r}")
        brace = "python-brace-format" in message.flags
        if bool(_placeholders(message.id)) != brace:
            problems.append(
                f"python-brace-format flag {'extra' if brace else 'missing'}: {message.id!r}"
            )
        if not message.locations:
            problems.append(f"no #: reference: {message.id!r}")
        if message.id not in used:
            problems.append(f"stale (the code no longer writes it): {message.id!r}")
    problems += [f"obsolete: {message_id!r}" for message_id in catalog.obsolete]
    assert not problems, "\n".join(problems)


def test_no_message_is_in_the_catalog_twice_or_left_in_english():
    """Two entries of one id: the reader keeps one silently. A translation equal to the English
    is a copy waiting for its translator (unless the message is only a placeholder, which wraps
    a message translated on its own: "{reason}")."""
    written, lines = [], CATALOG.read_text().splitlines()
    for number, line in enumerate(lines):
        if line.startswith("msgid "):
            pieces = [line[len("msgid ") :]]
            for more in lines[number + 1 :]:
                if not more.startswith('"'):
                    break
                pieces.append(more)
            written.append("".join(ast.literal_eval(piece) for piece in pieces))
    assert len(written) == len(set(written)), sorted({w for w in written if written.count(w) > 1})
    assert not [
        english
        for english, text in spanish().items()
        if english == text and not re.fullmatch(r"\{\w+\}", english)
    ]


# --- the lint reads what it should ---------------------------------------------------------------

LINT_CASES = {
    "f-string": ('raise InvalidInput(f"days must be at most {most}.")', "f-string"),
    "concatenation": ('raise Conflict("Please answer: " + listed)', "BinOp"),
    "variable": ("raise NotFound(reason)", "not a constant"),
    "call": ("raise Conflict(_message(most))", "Call"),
    "forwarded": ('send_problem(None, "es-US", 403, f"No {most}.")', "f-string"),
    "i18n.text": ('i18n.text("es-US", "Hello " + listed)', "BinOp"),
    "Message": ("i18n.Message(reason)", "not a constant"),
    "a body": ('return {"status_code": 503, "detail": "Down."}', "not through i18n.text"),
}


@pytest.mark.parametrize("case", LINT_CASES, ids=list(LINT_CASES))
def test_the_lint_refuses_what_is_not_a_literal(case, tmp_path, monkeypatch):
    code, expected = LINT_CASES[case]
    source = (
        "from server.core.errors import Conflict, InvalidInput, NotFound\n"
        "from server.core import i18n\n"
        "async def send_problem(send, locale, status, message, **values):\n"
        "    i18n.text(locale, message, **values)\n"
        "def example():\n"
        "    listed, reason, most = '1, 2', 'why', 5\n"
        f"    {code}\n"
    )
    reader = _Reader()
    module = _Module("server.example", "server/example.py", ast.parse(source), {}, {})
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                module.imports[alias.name] = (node.module, alias.name)
    reader.modules = {**reader.modules, "server.example": module}
    findings = reader.read()
    errors = [error for error in findings.errors if error.startswith("server/example.py")]
    assert errors and expected in errors[0], findings.errors


def test_the_lint_checks_the_values_against_the_placeholders():
    source = (
        "from server.core.errors import InvalidInput\n"
        "LIMIT = 'limit must be between 1 and {most}.'\n"
        "def example(n):\n"
        "    raise InvalidInput(LIMIT, least=n)\n"
    )
    reader = _Reader()
    tree = ast.parse(source)
    module = _Module(
        "server.example",
        "server/example.py",
        tree,
        {"LIMIT": tree.body[1].value},
        {"InvalidInput": ("server.core.errors", "InvalidInput")},
    )
    reader.modules = {**reader.modules, "server.example": module}
    [use] = [use for use in reader.read().uses if use.where.startswith("server/example.py")]
    assert use.messages == ["limit must be between 1 and {most}."] and use.values == {"least"}
    assert not _placeholders(use.messages[0]) <= use.values  # what the test above refuses
