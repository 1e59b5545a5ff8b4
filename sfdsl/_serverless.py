"""Python source from a serverless-framework ``serverless.yml`` with a ``stepFunctions`` section.

:func:`import_serverless` reads the file (CloudFormation short tags such as ``!GetAtt`` and
``!Ref`` included), resolves ``${...}`` variables from the given values, and writes one module
that defines an :class:`~sfdsl.cfn.App` named ``app``: every state machine of the
serverless-step-functions plugin with its events, alarms, notifications, tags, role and other
options, the service's functions as :class:`~sfdsl.cfn.Function` objects, the activities, and
the ``resources:`` Resources, Outputs and Conditions as the App's own ``resources``, ``outputs``
and ``conditions``.
What cannot be translated is listed in the module's header comment and in
:attr:`~sfdsl._codegen.GeneratedModule.notes`; nothing is dropped without a note.

Example:
    >>> yml = '''
    ... service: shop
    ... stepFunctions:
    ...   stateMachines:
    ...     orders:
    ...       name: orders-${opt:stage, 'dev'}
    ...       events:
    ...         - schedule: rate(1 hour)
    ...       definition:
    ...         StartAt: Done
    ...         States:
    ...           Done: {Type: Succeed}
    ... '''
    >>> module = import_serverless(yml)
    >>> namespace: dict[str, object] = {}
    >>> exec(module.code, namespace)
    >>> from sfdsl.cfn import template_for
    >>> "OrdersDashdev" in template_for(namespace["app"]).resources
    True
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, get_args, get_type_hints

import yaml

from sfdsl._codegen import FluentField, GeneratedModule, ModuleWriter, safe_identifier
from sfdsl._limits import MAX_DEFINITION_CHARS, read_text_file
from sfdsl._machine import MachineType, StateMachine
from sfdsl._render import is_intrinsic
from sfdsl._values import Placeholder
from sfdsl._yaml import YamlDocument, load_yaml
from sfdsl.cfn import (
    Activity,
    Alarms,
    ApiEndpoint,
    App,
    Authorizer,
    Cors,
    Encryption,
    Event,
    EventRule,
    Function,
    InputTransformer,
    Logging,
    Metric,
    Notifications,
    ProvisionedConcurrency,
    RestApi,
    RetryPolicy,
    Schedule,
    Target,
    UsagePlan,
)
from sfdsl.cfn._alarms import METRICS, TargetKind
from sfdsl.cfn._build.raw import _references as references
from sfdsl.cfn._eventbridge import dlq_policy_warning
from sfdsl.cfn._lambda import lambda_runtimes, runtime_problem
from sfdsl.cfn._schedules import schedule_problem
from sfdsl.cfn._values import norm as cfn_norm
from sfdsl.errors import DefinitionError, LimitError, Problem, SfdslError

__all__ = ["import_serverless", "is_serverless", "load_serverless", "serverless_app"]

# --------------------------------------------------------------------------- YAML


class _Loader(yaml.SafeLoader):
    """A safe loader that also reads CloudFormation's short-form intrinsic tags."""


_SHORT_TAGS = (
    "Base64",
    "Cidr",
    "FindInMap",
    "GetAZs",
    "ImportValue",
    "Join",
    "Select",
    "Split",
    "Sub",
    "Transform",
    "And",
    "Equals",
    "If",
    "Not",
    "Or",
)


def _construct(node: yaml.Node, loader: yaml.SafeLoader) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    msg = f"unexpected YAML node {node!r}"  # pragma: no cover - yaml has only these three
    raise TypeError(msg)


def _short(name: str) -> Callable[[yaml.SafeLoader, yaml.Node], Any]:
    def constructor(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
        return {name: _construct(node, loader)}

    return constructor


def _getatt(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    value = _construct(node, loader)
    if isinstance(value, str):
        target, _, attribute = value.partition(".")
        value = [target, attribute]
    return {"Fn::GetAtt": value}


for _tag in _SHORT_TAGS:
    _Loader.add_constructor(f"!{_tag}", _short(f"Fn::{_tag}"))
_Loader.add_constructor("!Ref", _short("Ref"))
_Loader.add_constructor("!Condition", _short("Condition"))
_Loader.add_constructor("!GetAtt", _getatt)


def load_serverless(path_or_text: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a ``serverless.yml`` (a path or the YAML text) with CloudFormation short tags.

    Raises:
        DefinitionError: the file cannot be read or is not a YAML mapping.
        LimitError: the file is larger, nests deeper or expands its aliases further than
            sfdsl reads (see docs/limits.md).

    Example:
        >>> load_serverless("r: !GetAtt hello.Arn")
        {'r': {'Fn::GetAtt': ['hello', 'Arn']}}
    """
    return _load_serverless(path_or_text).data  # type: ignore[no-any-return]


def _load_serverless(path_or_text: str | os.PathLike[str]) -> YamlDocument:
    text, origin = _read(path_or_text)
    document = _yaml(text, origin)
    data = document.data
    if not isinstance(data, dict):
        shown = f"{type(data).__name__} {json.dumps(data, default=str)[:80]}"
        msg = f"{origin} must be a YAML mapping (service, provider, stepFunctions...), got {shown}"
        raise DefinitionError([Problem(msg, code="serverless-yaml")], subject=origin)
    return document


def _yaml(text: str, origin: str) -> YamlDocument:
    """One YAML document with CloudFormation short tags, read with sfdsl's bounds."""
    try:
        return load_yaml(text, _Loader, origin=origin)
    except yaml.YAMLError as exc:
        msg = f"{origin} is not valid YAML: {exc}"
        raise DefinitionError([Problem(msg, code="serverless-yaml")], subject=origin) from exc


def _path(path_or_text: str | os.PathLike[str]) -> str | None:
    if isinstance(path_or_text, os.PathLike) or (
        "\n" not in path_or_text and path_or_text.endswith((".yml", ".yaml"))
    ):
        return os.fspath(path_or_text)
    return None


def _read(path_or_text: str | os.PathLike[str]) -> tuple[str, str]:
    path = _path(path_or_text)
    if path is not None:
        return read_text_file(path, what="serverless.yml"), path
    return os.fspath(path_or_text), "serverless.yml text"


def is_serverless(document: object) -> bool:
    """True when a parsed document is a serverless configuration rather than an ASL definition.

    Example:
        >>> is_serverless({"service": "x", "stepFunctions": {}}), is_serverless({"StartAt": "A"})
        (True, False)
    """
    return isinstance(document, Mapping) and ("stepFunctions" in document or "service" in document)


# --------------------------------------------------------------------------- variables

_VARIABLE = re.compile(r"\$\{((?:(?!\$\{)[^}])*)\}")

MAX_RESOLVED_VALUES = 2_000_000
"""sfdsl's cap on the values and variables resolved in one serverless.yml: twice the values a
YAML document may expand to, so that ``${self:...}`` references that copy large parts of the
document again and again (a few lines can make millions of values) stop with a LimitError."""

MAX_RESOLVED_CHARS = MAX_DEFINITION_CHARS
"""sfdsl's cap on one string once its variables are resolved: the service's 1 MB definition
quota, since no longer string fits a definition or a template value sfdsl writes."""

# Variable sources that read values from outside serverless.yml: the environment, AWS
# services, other tools. Such values may be secrets, so they are never written into the
# generated code: each becomes a build parameter, given when the template is built.
# https://www.serverless.com/framework/docs/guides/variables
_OUTSIDE_SOURCES = {
    "env": "an environment variable",
    "ssm": "an SSM parameter or Secrets Manager secret",
    "secretsmanager": "a Secrets Manager secret",
    "s3": "an S3 object",
    "cf": "another CloudFormation stack's outputs",
    "aws": "your AWS account",
    "param": "a Serverless Dashboard or stage parameter",
    "vault": "HashiCorp Vault",
    "terraform": "Terraform state",
    "doppler": "Doppler",
    "git": "the git repository",
}
# What the importer writes for some of them instead: values of the template itself.
_PSEUDO_SOURCES = {"aws:accountId": "${AWS::AccountId}"}
_PARAM_DEFAULTS = {"stage": "dev", "region": "us-east-1"}
_STAGE_SOURCES = ("opt:stage", "sls:stage", "self:provider.stage")
_REGION_SOURCES = ("opt:region", "self:provider.region", "aws:region")


class _Resolver:
    """Resolves serverless ``${...}`` variables; what it cannot resolve becomes a parameter."""

    def __init__(
        self,
        doc: Mapping[str, Any],
        values: Mapping[str, str],
        base: str = ".",
        *,
        allow_outside: bool = False,
    ) -> None:
        self.doc = doc
        self.values = dict(values)
        self.base = base  # the directory ``${file(...)}`` paths are relative to
        self.root = os.path.realpath(base)  # files outside it are read only when allowed
        self.allow_outside = allow_outside
        self.budget = MAX_RESOLVED_VALUES
        # ${self:...} -> its value, the values it holds, the parameters it uses
        self.cache: dict[str, tuple[Any, int, list[tuple[dict[str, list[str]], str]]]] = {}
        self.ignored: dict[str, list[str]] = {}  # outside variable given a value -> where used
        self.yaml_notes: list[Problem] = []  # YAML 1.1 type changes in files read
        self.params: dict[str, str] = {}
        self.missing: dict[str, list[str]] = {}  # variable -> where used (no value, no default)
        self.defaulted: dict[str, list[str]] = {}  # parameter -> where used (default kept)
        self.fixed: dict[str, list[str]] = {}  # variable named with defaults -> where used
        self.active: set[str] = set()
        self.read_files: list[str] = []  # files read through ${file(...)} (real paths)
        self.dates: dict[str, list[str]] = {}  # YAML timestamp read as text -> where used

    def resolve_document(self, doc: Mapping[str, Any]) -> dict[str, Any]:
        """*doc* with its variables resolved, or written as ``${param:NAME}`` build parameters."""
        return dict(_unmark(self.resolve(doc, "")))

    def spend(self, where: str, values: int = 1) -> None:
        self.budget -= values
        if self.budget < 0:
            msg = (
                f"resolving the ${{...}} variables of serverless.yml makes more than "
                f"{MAX_RESOLVED_VALUES:,} values (at {where}): ${{self:...}} or ${{file(...)}} "
                "references copy large parts of the document again and again; refer to "
                "fewer or smaller parts (MAX_RESOLVED_VALUES in docs/limits.md)"
            )
            raise LimitError([Problem(msg, where, "limit-exceeded")], subject="serverless.yml")

    def resolve(self, value: Any, where: str) -> Any:
        self.spend(where)
        if isinstance(value, str):
            return self._string(value, where)
        if isinstance(value, dict):
            return {
                k: self.resolve(v, f"{where}.{k}" if where else str(k)) for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.resolve(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, datetime.date):
            # A YAML timestamp: JSON and the template hold it as its ISO text.
            text = value.isoformat()
            self.dates.setdefault(text, []).append(where)
            return text
        return value

    def _string(self, text: str, where: str) -> Any:
        while True:
            m = next((m for m in _VARIABLE.finditer(text) if _is_variable(m.group(1))), None)
            if m is None:
                return text
            self.spend(where)
            value = self._expression(m.group(1).strip(), where)
            if m.group(0) == text and not isinstance(value, str):
                return value  # resolved already (and counted) where it was read
            if not isinstance(value, (str, int, float, bool, type(None))):
                msg = (
                    f"{m.group(0)} gives {type(value).__name__}, which cannot be part of the "
                    f"text {text[:200]!r}; refer to a single value (a string or a number)"
                )
                raise DefinitionError([Problem(msg, where, "serverless-variable")])
            shown = (
                ""
                if value is None
                else str(value).lower()
                if isinstance(value, bool)
                else str(value)
            )
            text = text[: m.start()] + shown + text[m.end() :]
            if len(text) > MAX_RESOLVED_CHARS:
                msg = (
                    f"the text at {where} is longer than {MAX_RESOLVED_CHARS:,} characters once "
                    f"its variables are resolved ({m.group(0)} and others copy text again and "
                    "again); refer to shorter values (MAX_RESOLVED_CHARS in docs/limits.md)"
                )
                raise LimitError([Problem(msg, where, "limit-exceeded")], subject="serverless.yml")

    def _expression(self, inner: str, where: str) -> Any:
        if _OWN_MARK.search(inner):
            # A variable named by another one that has no value: serverless resolves it once,
            # so the build parameter's default is used here, and a note says so.
            inner = _OWN_MARK.sub(lambda m: self.params.get(m.group(1), m.group(1)), inner)
            self.fixed.setdefault("${" + inner + "}", []).append(where)
        sources = [s.strip() for s in _split_sources(inner)]
        first = sources[0]
        for source in sources:
            found, value = self._source(source, where)
            if found:
                return value
        default: str | None = None
        if len(sources) > 1:
            last = sources[-1]
            literal = _quoted(last)
            if literal is not None:
                default = literal
        if default is None and first.startswith("file("):
            # serverless stops with an error too: a missing file is no value for anything else
            self._file(first, where, required=True)
        name = _param_name(first)
        if first in _STAGE_SOURCES or first in _REGION_SOURCES or first.startswith("sls:stage"):
            name = "stage" if first in _STAGE_SOURCES else "region"
            default = default if default is not None else _PARAM_DEFAULTS[name]
            self.params.setdefault(name, default)
            self.defaulted.setdefault(name, []).append(where)
            return _OWN_PARAM + name + _OWN_END
        if default is not None:
            self.params.setdefault(name, default)
            self.defaulted.setdefault(name, []).append(where)
            return _OWN_PARAM + name + _OWN_END
        self.missing.setdefault("${" + inner + "}", []).append(where)
        return _OWN_PARAM + name + _OWN_END

    def _source(self, source: str, where: str) -> tuple[bool, Any]:
        if _quoted(source) is not None:
            return False, None
        if re.fullmatch(r"-?\d+(\.\d+)?|true|false", source):
            return False, None
        kind, _, key = source.partition(":")
        if source in _PSEUDO_SOURCES:
            return True, _PSEUDO_SOURCES[source]
        if kind in _OUTSIDE_SOURCES and key:
            if source in self.values or (kind in ("env", "param") and key in self.values):
                self.ignored.setdefault(source, []).append(where)
            return False, None
        if source in self.values:
            return True, self.values[source]
        if kind in ("opt", "sls", "env", "param") and key in self.values:
            return True, self.values[key]
        if source == "sls:stage" or source == "opt:stage":
            return self._source("self:provider.stage", where)
        if source == "opt:region":
            return self._source("self:provider.region", where)
        if kind == "self":
            if source in self.active:
                return False, None
            cached = self.cache.get(source)
            if cached is not None:
                # The same value again: it counts as many values as it holds, and the
                # parameters it holds are used here too.
                value, size, uses = cached
                self.spend(where, size)
                for table, name in uses:
                    table[name].append(where)
                return True, value
            found, value = _lookup(self.doc, key)
            if found and value is not None:
                self.active.add(source)
                before = self.budget
                tables = (self.missing, self.defaulted, self.fixed, self.ignored)
                counts = [{k: len(v) for k, v in t.items()} for t in tables]
                try:
                    value = self.resolve(value, where)
                finally:
                    self.active.discard(source)
                uses = [
                    (t, k)
                    for t, seen in zip(tables, counts, strict=True)
                    for k, v in t.items()
                    if len(v) > seen.get(k, 0)
                ]
                self.cache[source] = (value, before - self.budget, uses)
                return True, value
        if source.startswith("file("):
            return self._file(source, where, required=False)
        return False, None

    def _file(self, source: str, where: str, *, required: bool) -> tuple[bool, Any]:
        """``file(PATH)`` or ``file(PATH):KEY.PATH``: a YAML/JSON file of the serverless project.

        serverless reads YAML and JSON files and runs JavaScript ones
        (https://www.serverless.com/framework/docs/guides/variables/file); sfdsl reads the YAML
        and JSON ones, inside the project's folder unless allowed, and never runs code or
        copies a file's text into the generated code: only the values the file holds.
        """
        m = re.fullmatch(r"file\((.*)\)(?::(.*))?", source, re.S)
        if m is None:
            return self._file_error(source, where, "it is not file(PATH) or file(PATH):KEY")
        written = m.group(1).strip()
        written = _quoted(written) if _quoted(written) is not None else written
        assert written is not None
        path = os.path.normpath(os.path.join(self.base, written))
        if re.search(r"\.(js|cjs|mjs|ts)$", path):
            if not required:
                return False, None
            return self._file_error(
                source,
                where,
                "JavaScript files are run by serverless, which sfdsl does not do; write the "
                "value into serverless.yml or a YAML/JSON file, or pass it with --param",
            )
        real = os.path.realpath(path)
        if not self.allow_outside and os.path.commonpath([self.root, real]) != self.root:
            return self._file_error(
                source,
                where,
                f"{written} is outside the serverless project's folder {self.root} (it is "
                f"{real}), and sfdsl reads files only inside it; move the file into the "
                "folder, or allow it with --allow-files-outside-project "
                "(allow_files_outside_project=True in Python)",
            )
        if not real.endswith((".yml", ".yaml", ".json")):
            return self._file_error(
                source,
                where,
                f"{written} is not a .yml, .yaml or .json file (it is {real}); sfdsl reads "
                "the values of YAML and JSON files only and never copies a file's text into "
                "the code: put the value in a YAML or JSON file, or pass it with --param",
            )
        if not os.path.isfile(real):
            if not required:
                return False, None
            return self._file_error(
                source,
                where,
                f"the file {path} does not exist (paths are relative to the directory of "
                "serverless.yml); create it, fix the path, or give a fallback such as "
                f"${{{source}, 'value'}}",
            )
        try:
            content: Any = self._load(real)
        except LimitError as exc:
            why = "; ".join(p.message for p in exc.problems)
            msg = f"cannot resolve ${{{source}}}: {why}"
            raise LimitError(
                [Problem(msg, where, "limit-exceeded")], subject="serverless.yml"
            ) from None
        except DefinitionError as exc:
            return self._file_error(source, where, "; ".join(p.message for p in exc.problems))
        key = (m.group(2) or "").strip()
        if key:
            found, content = _lookup(content, key)
            if not found:
                if not required:
                    return False, None
                return self._file_error(
                    source, where, f"{path} has no key {key!r}; fix the key or the file"
                )
        if source in self.active:
            return self._file_error(source, where, f"{path} refers back to itself")
        self.active.add(source)
        try:
            return True, self.resolve(content, where)
        finally:
            self.active.discard(source)

    def _load(self, path: str) -> Any:
        if path not in self.read_files:
            self.read_files.append(path)
        document = _yaml(read_text_file(path, what="file"), path)
        self.yaml_notes += document.warnings
        return document.data

    def _file_error(self, source: str, where: str, why: str) -> tuple[bool, Any]:
        msg = f"cannot resolve ${{{source}}}: {why}"
        raise DefinitionError([Problem(msg, where, "serverless-file")], subject="serverless.yml")


# The build parameters the resolver writes are marked until the whole document is resolved, so
# that they are not read again as serverless ``${param:...}`` variables.
# The marker holds no ``${`` and no ``}``, so that a variable around it is still found.
_OWN_PARAM = "\x00param:"
_OWN_END = "\x01"
_OWN_MARK = re.compile(re.escape(_OWN_PARAM) + r"([A-Za-z0-9_]+)" + _OWN_END)


def _unmark(value: Any) -> Any:
    if isinstance(value, str):
        return _OWN_MARK.sub(r"${param:\1}", value)
    if isinstance(value, dict):
        return {k: _unmark(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unmark(v) for v in value]
    return value


def _give_value(name: str, variable: str) -> str:
    """How to give the build parameter *name*, written for serverless *variable*, a value."""
    return (
        f"give it a value when you build (sfdsl build --param {name}=VALUE, or "
        f"App(params={{{name!r}: ...}})) or import again with --param {variable}=VALUE "
        f"(values={{{variable!r}: ...}} in Python)"
    )


def _is_variable(inner: str) -> bool:
    inner = inner.strip()
    if inner.startswith("AWS::"):
        return False
    return re.match(r"^[A-Za-z][A-Za-z0-9]*(:|\()", inner) is not None


def _split_sources(inner: str) -> list[str]:
    out, depth, quote, current = [], 0, "", ""
    for ch in inner:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(current)
            current = ""
            continue
        current += ch
    out.append(current)
    return out


def _quoted(source: str) -> str | None:
    if len(source) >= 2 and source[0] == source[-1] and source[0] in "'\"":
        return source[1:-1]
    # serverless also takes numbers, true and false as fallback values
    if re.fullmatch(r"-?\d+(\.\d+)?|true|false", source):
        return source
    return None


def _param_name(source: str) -> str:
    kind, _, key = source.partition(":")
    if key and kind in ("opt", "sls", "env", "param", "self"):
        source = key
    name = re.sub(r"[^A-Za-z0-9_]+", "_", source).strip("_")
    return name or "value"


def _lookup(doc: Any, dotted: str) -> tuple[bool, Any]:
    node = doc
    for part in dotted.split("."):
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False, None
    return True, node


# --------------------------------------------------------------------------- helpers


def norm(name: str) -> str:
    """A logical id as serverless makes one (``-`` -> ``Dash``, ``_`` -> ``Underscore``).

    Example:
        >>> norm("hello-world_1")
        'HelloDashworldUnderscore1'
    """
    return cfn_norm(name)


def _pseudo(value: Any) -> Any:
    """``#{AWS::Region}`` (serverless-pseudo-parameters) written as ``${AWS::Region}``."""
    if isinstance(value, str):
        return re.sub(r"#\{([A-Za-z0-9:._-]+)\}", r"${\1}", value)
    if isinstance(value, dict):
        return {k: _pseudo(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_pseudo(v) for v in value]
    return value


def _cfn(value: Any) -> Any:
    """A CloudFormation value: strings with pseudo parameters become ``Fn::Sub``."""
    if isinstance(value, str) and re.search(r"#\{|\$\{AWS::", value):
        return {"Fn::Sub": _pseudo(value)}
    return value


# An activity of this stack, by ARN (the plugin's samples write it with pseudo parameters).
_ACTIVITY_ARN = re.compile(
    r"arn:(?:aws|\$\{AWS::Partition\}):states:\$\{AWS::Region\}:\$\{AWS::AccountId\}"
    r":activity:([A-Za-z0-9_.${}:-]+)"
)


_T = TypeVar("_T")

# How the generated code writes an App: functions, activities and state machines as the
# fluent calls users write, not as constructor arguments.
_APP_FLUENT = (
    FluentField("functions", "with_functions"),
    FluentField("activities", "with_activities"),
    FluentField("deployments", "add", each=True),
)
# Handles of a function and an activity that definitions use, in the order the code prefers
# them (a provisioned function's arn is its alias, written as such).
_FUNCTION_HANDLES = ("alias", "arn", "latest")
_ACTIVITY_HANDLES = ("arn",)


# --------------------------------------------------------------------------- the importer

_MACHINE_KEYS = frozenset(
    {
        "definition",
        "name",
        "id",
        "role",
        "iamRoleStatements",
        "useExactVersion",
        "dependsOn",
        "tags",
        "inheritGlobalTags",
        "type",
        "retain",
        "loggingConfig",
        "tracingConfig",
        "encryptionConfig",
        "alarms",
        "notifications",
        "events",
    }
)
# The shape each state machine option must have, and how to say it in a note.
_OPTION_TYPES: dict[str, tuple[type | tuple[type, ...], str]] = {
    "role": ((str, dict), "an ARN or an intrinsic"),
    "iamRoleStatements": (list, "a list of statements"),
    "tags": (dict, "a mapping of tag names to values"),
    "dependsOn": ((str, list), "a logical id or a list of them"),
    "loggingConfig": (dict, "a mapping (level, includeExecutionData, destinations)"),
    "tracingConfig": (dict, "a mapping (enabled)"),
    "encryptionConfig": (dict, "a mapping (Type, KmsKeyId, KmsDataKeyReusePeriodSeconds)"),
    "alarms": (dict, "a mapping (topics, metrics, ...)"),
    "notifications": (dict, "a mapping of execution statuses to targets"),
    "events": (list, "a list of events"),
}
_STEP_FUNCTIONS_KEYS = frozenset({"stateMachines", "activities", "validate", "noOutput"})
_TOP_KEYS_USED = frozenset(
    {
        "service",
        "provider",
        "functions",
        "stepFunctions",
        "plugins",
        "frameworkVersion",
        "custom",
        "resources",
    }
)
# The sections of `resources:` that the App carries, and the App option of each.
_RESOURCE_SECTIONS = {"Resources": "resources", "Outputs": "outputs", "Conditions": "conditions"}
# Sections serverless merges into its template that an App has no option for, and why.
_RESOURCE_SECTIONS_NOT_CARRIED = {
    "extensions": "it changes resources serverless generates (IamRoleLambdaExecution, "
    "<Function>LogGroup, ...), which sfdsl generates differently or not at all; set those "
    "attributes on the built template",
    "Parameters": "template Parameters are not an App option; a Ref to one in a Wait is a "
    "build parameter (see the notes on those states), elsewhere give the value with "
    "App(params=...) and ${param:NAME}",
    "Mappings": "template Mappings are not an App option; write the value Fn::FindInMap picks",
    "Description": "sfdsl writes the template description from the service name",
    "Metadata": "template Metadata is not an App option; set it on the built template",
    "Transform": "sfdsl templates use no transform; add it to the built template",
    "Rules": "template Rules are not an App option; add them to the built template",
    "AWSTemplateFormatVersion": "sfdsl always writes '2010-09-09'",
}
_PROVIDER_KEYS_USED = frozenset(
    {
        "name",
        "stage",
        "region",
        "runtime",
        "memorySize",
        "timeout",
        "environment",
        "tags",
        "apiKeys",
        "usagePlan",
        "endpointType",
    }
)
# Provider keys serverless-step-functions reads that have no sfdsl equivalent, and why.
_PROVIDER_KEYS_NOT_TRANSLATED = {
    "rolePermissionsBoundary": "the generated roles have no permissions boundary; add "
    "PermissionsBoundary to the IAM roles of the built template if your account requires one",
    "iam": "the generated roles take no path or other provider.iam settings; a role of your "
    "own can be given with App.add(..., role=ARN)",
    "apiGateway": "the http events get a new RestApi that sfdsl generates (an existing "
    "restApiId and its resources, timeoutInMillis, request schemas and resource policies are "
    "not used)",
    "vpcEndpointIds": "a PRIVATE API gets no VPC endpoint ids; add them to the built template's "
    "RestApi EndpointConfiguration",
    "resourcePolicy": "the RestApi gets no resource policy; add Policy to the built template's "
    "RestApi (a PRIVATE API needs one to be called)",
}
_FUNCTION_KEYS_USED = frozenset(
    {
        "handler",
        "name",
        "runtime",
        "memorySize",
        "timeout",
        "description",
        "environment",
        "provisionedConcurrency",
    }
)
_AUTHORIZER_KEYS = (
    "name",
    "arn",
    "type",
    "authorizerId",
    "scopes",
    "resultTtlInSeconds",
    "identitySource",
    "identityValidationExpression",
    "claims",
)
_STATUSES = {
    "ABORTED": "aborted",
    "FAILED": "failed",
    "RUNNING": "running",
    "SUCCEEDED": "succeeded",
    "TIMED_OUT": "timed_out",
}
_ENDPOINT_TYPES = get_args(get_type_hints(RestApi)["endpoint_type"])
# The targets of a notification: the plugin's keys are sfdsl's Target kinds.
_TARGETS = get_args(TargetKind)


class _Importer:
    def __init__(
        self,
        doc: dict[str, Any],
        values: Mapping[str, str],
        base: str = ".",
        *,
        allow_outside: bool = False,
        yaml_notes: Sequence[Problem] = (),
        source: str | None = None,
    ) -> None:
        self.raw = doc
        self.source = source  # the path of serverless.yml, when it was read from a file
        self.resolver = _Resolver(doc, values, base, allow_outside=allow_outside)
        self.resolver.yaml_notes += yaml_notes
        self.doc: dict[str, Any] = self.resolver.resolve_document(doc)
        self.w = ModuleWriter()
        self.w.fluent[App] = _APP_FLUENT
        self.functions: dict[str, tuple[str, str, bool]] = {}  # key -> (variable, id, provisioned)
        self.function_objects: dict[str, Function] = {}  # key -> the Function
        self.by_logical_id: dict[str, str] = {}
        self.activities: dict[str, tuple[str, str]] = {}  # logical id -> (variable, name)
        self.activity_objects: dict[str, Activity] = {}  # logical id -> the Activity
        # What sfdsl's own constructors refuse, each at its place in serverless.yml
        self.problems: list[Problem] = []
        self.app: App | None = None  # the App the module builds, once run() made it
        self.machine_ids: set[str] = set()
        self.placeholder_names: set[str] = set()
        self.has_http = False
        self.carried: dict[str, dict[str, Any]] = {}  # App option -> logical id -> template data

    # -- notes

    def note(self, text: str) -> None:
        self.w.note(text)

    def make(self, where: str, build: Callable[..., _T], *args: Any, **kwargs: Any) -> _T | None:
        """``build(*args, **kwargs)``: an sfdsl option object, checked by its own constructor.

        What the constructor refuses is a problem at *where* in serverless.yml (all of them
        are reported together, when the import ends); ``None`` is returned then.
        """
        try:
            return build(*args, **kwargs)
        except SfdslError as exc:
            found = getattr(exc, "problems", None) or [Problem(str(exc), code="invalid-option")]
            self.problems += [p.under(where) for p in found]
        except (TypeError, ValueError) as exc:
            self.problems.append(Problem(str(exc), where, "invalid-option"))
        return None

    # -- top level

    def run(self) -> GeneratedModule:
        doc = self.doc
        service = doc.get("service")
        if isinstance(service, dict):
            service = service.get("name")
        self.service = str(service) if service is not None else None
        self.provider: dict[str, Any] = doc.get("provider") or {}
        step = doc.get("stepFunctions")
        if not isinstance(step, dict) or not isinstance(step.get("stateMachines"), dict):
            msg = (
                "a serverless.yml to import needs 'stepFunctions.stateMachines' (a mapping of "
                "state machines), got "
                + ("no stepFunctions section" if step is None else f"{type(step).__name__}")
            )
            raise DefinitionError([Problem(msg, "stepFunctions", "serverless-structure")])
        unknown_top = [k for k in doc if k not in _TOP_KEYS_USED]
        for key in unknown_top:
            self.note(f"top-level key '{key}' is not translated")
        self.read_resources(doc.get("resources"))
        region = self.provider.get("region")
        if isinstance(region, str):
            self.note(
                f"provider.region: {region!r} only resolves the variables that name the "
                "region; the template runs in the region it is deployed to (${AWS::Region}), so "
                "deploy it with --region " + region
            )
        for key, why in _PROVIDER_KEYS_NOT_TRANSLATED.items():
            if key in self.provider:
                self.note(f"provider.{key} is not translated: {why}")
        unknown_provider = [
            k
            for k in self.provider
            if k not in _PROVIDER_KEYS_USED and k not in _PROVIDER_KEYS_NOT_TRANSLATED
        ]
        if unknown_provider:
            self.note(
                "provider keys not translated (they configure what serverless itself deploys): "
                + ", ".join(unknown_provider)
            )
        if self.flag(step, "validate", "stepFunctions", default=False):
            self.note(
                "stepFunctions.validate: sfdsl always validates the definitions (when this "
                "module is run), so the option has no equivalent; unlike the plugin's validator "
                "it does not add QueryLanguage to every state"
            )
        for key in step:
            if key not in _STEP_FUNCTIONS_KEYS:
                self.note(
                    f"stepFunctions.{key} is not a serverless-step-functions key; not translated"
                )
        self.write_functions(doc.get("functions") or {})
        self.write_activities(step.get("activities"))
        machines = step["stateMachines"]
        self.machine_ids = {
            self.logical_id(k, m) for k, m in machines.items() if isinstance(m, dict)
        }
        adds: list[tuple[str, StateMachine, dict[str, Any]]] = []
        inherit_all = all(
            not isinstance(m, dict)
            or self.flag(m, "inheritGlobalTags", f"stepFunctions.stateMachines.{k}", default=True)
            for k, m in machines.items()
        )
        for key, config in machines.items():
            where = f"stepFunctions.stateMachines.{key}"
            if not isinstance(config, dict):
                self.note(f"{where} is not a mapping; not translated")
                continue
            add = self.machine(key, config, where, step, inherit_all)
            if add is not None:
                adds.append((where, *add))
        self.write_app(adds, inherit_all)
        if self.problems:
            raise DefinitionError(self.problems, subject="serverless.yml")
        self.resource_notes()
        self.variable_notes()
        title = "Step Functions workflows imported from serverless.yml by `sfdsl import`."
        if self.service:
            title = f"{title}\n\nService: {self.service}\n"
        source = [] if self.source is None else [os.path.realpath(self.source)]
        return self.w.module(title, read_files=[*source, *self.resolver.read_files])

    def read_resources(self, resources: Any) -> None:
        """Keep `resources:` Resources, Outputs and Conditions for the App; note the rest."""
        if resources is None:
            return
        parts = resources if isinstance(resources, list) else [resources]
        for i, part in enumerate(parts):
            where = f"resources[{i}]" if isinstance(resources, list) else "resources"
            if not isinstance(part, dict):
                self.note(f"{where} is not a mapping (Resources, Outputs, ...); not translated")
                continue
            for section, items in part.items():
                if section in _RESOURCE_SECTIONS_NOT_CARRIED:
                    why = _RESOURCE_SECTIONS_NOT_CARRIED[section]
                    self.note(f"{where}.{section} is not translated: {why}")
                    continue
                option = _RESOURCE_SECTIONS.get(section)
                if option is None:
                    self.note(
                        f"{where}.{section} is not a section of a CloudFormation template "
                        "(Resources, Outputs, Conditions, ...); not translated"
                    )
                    continue
                if not isinstance(items, dict):
                    self.note(f"{where}.{section} is not a mapping of logical ids; not translated")
                    continue
                kept = self.carried.setdefault(option, {})
                for lid, body in items.items():
                    if lid in kept:
                        self.note(
                            f"{where}.{section}.{lid} replaces the {lid} given earlier (serverless "
                            "merges the two; sfdsl keeps the last one whole)"
                        )
                    kept[str(lid)] = _template_data(body)

    def resource_notes(self) -> None:
        """Note what the carried resources refer to that the generated App does not define."""
        known = (
            set(self.carried.get("resources", {}))
            | self.machine_ids
            | {f"{lid}Role" for lid in self.machine_ids}
            | set(self.by_logical_id)
            | set(self.activities)
        )
        for option, section in (("resources", "Resources"), ("outputs", "Outputs")):
            for lid, body in self.carried.get(option, {}).items():
                # ${param:NAME} is replaced before a build looks for references
                named = {target for target, _ in references(body, lid) if ":" not in target}
                missing = sorted(named - known)
                for target in missing:
                    self.note(
                        f"resources.{section}.{lid} refers to {target}, which the generated App "
                        "does not define (serverless generates it, or it is a template Parameter "
                        "or in another stack); building the App reports it: define it in "
                        "resources or refer to something that is"
                    )

    def variable_notes(self) -> None:
        for text in self.resolver.dates:
            self.note(f"the YAML timestamp {text} is written as the text {text!r}")
        for problem in self.resolver.yaml_notes:
            self.note(problem.message + (f" (at {problem.path})" if problem.path else ""))
        ignored = dict(self.resolver.ignored)
        for name, where in sorted(self.resolver.defaulted.items()):
            self.note(
                f"build parameter '{name}' (default {self.resolver.params[name]!r}) replaces a "
                f"serverless variable at {', '.join(dict.fromkeys(where))}; pass "
                f"--param {name}=VALUE to change it"
            )
        for variable, where in sorted(self.resolver.missing.items()):
            inner = variable[2:-1].split(",")[0].strip()
            name = _param_name(inner)
            kind = inner.partition(":")[0]
            if kind in _OUTSIDE_SOURCES:
                given = (
                    "; the value given at import is not used" if ignored.pop(inner, None) else ""
                )
                self.note(
                    f"{variable} (used at {', '.join(dict.fromkeys(where))}) reads "
                    f"{_OUTSIDE_SOURCES[kind]}, which sfdsl never writes into the code (it may "
                    f"be a secret), so it is the build parameter ${{param:{name}}}: give it a "
                    f"value when you build (sfdsl build --param {name}=VALUE, or "
                    f"App(params={{{name!r}: ...}})){given}"
                )
                continue
            self.note(
                f"unresolved variable {variable} (used at {', '.join(dict.fromkeys(where))}): "
                f"no value was given, so it is written as ${{param:{name}}}; "
                + _give_value(name, inner)
            )
        for variable, where in sorted(ignored.items()):
            kind = variable.partition(":")[0]
            name = _param_name(variable)
            self.note(
                f"the value given for {variable} (used at {', '.join(dict.fromkeys(where))}) "
                f"is not written into the code, since it comes from {_OUTSIDE_SOURCES[kind]} "
                f"and may be a secret; give it when you build: sfdsl build --param {name}=VALUE "
                f"(App(params={{{name!r}: ...}}) in Python)"
            )
        for variable, where in sorted(self.resolver.fixed.items()):
            self.note(
                f"{variable} (used at {', '.join(dict.fromkeys(where))}) is named by a variable "
                "without a value, so it was resolved with that variable's default; import again "
                "with --param (values=...) to import for another value"
            )

    # -- functions

    def write_functions(self, functions: Mapping[str, Any]) -> None:
        if not functions:
            return
        names = []
        for key, config in functions.items():
            where = f"functions.{key}"
            if not isinstance(config, dict):
                self.note(f"{where} is not a mapping; not translated")
                continue
            lid = norm(str(key)) + "LambdaFunction"
            kw: dict[str, Any] = {
                "code_uri": f"s3://${{param:code_bucket}}/{self.service or 'service'}/{key}.zip"
            }
            handler = config.get("handler")
            if isinstance(handler, str):
                kw["handler"] = handler
            else:
                self.note(f"{where} has no handler (an image function?); index.handler is assumed")
            runtime = config.get("runtime", self.provider.get("runtime"))
            if isinstance(runtime, str):
                kw["runtime"] = self.runtime(runtime, where, lid)
            else:
                self.note(f"{where} has no runtime (nor has provider); python3.12 is assumed")
            fn_name = config.get("name")
            if fn_name is None and self.service:
                stage = self.stage_text()
                fn_name = f"{self.service}-{stage}-{key}"
            if isinstance(fn_name, str):
                kw["function_name"] = fn_name
            for source, target in (("memorySize", "memory_size"), ("timeout", "timeout")):
                value = config.get(source, self.provider.get(source))
                if isinstance(value, int) and not isinstance(value, bool):
                    kw[target] = value
                elif value is not None:
                    self.note(
                        f"{where}.{source} must be a whole number, got {value!r}; not translated"
                    )
            description = config.get("description")
            if isinstance(description, str):
                kw["description"] = description
            elif description is not None:
                self.note(f"{where}.description must be text, got {description!r}; not translated")
            env = {**(self.provider.get("environment") or {}), **(config.get("environment") or {})}
            kept = {k: str(v) for k, v in env.items() if isinstance(v, (str, int, float, bool))}
            for k in env:
                if k not in kept:
                    self.note(
                        f"{where}: environment variable {k} is a CloudFormation value, not a "
                        "string; not translated"
                    )
            if kept:
                kw["environment"] = kept
            provisioned = config.get("provisionedConcurrency")
            if isinstance(provisioned, int) and not isinstance(provisioned, bool) and provisioned:
                kw["provisioned"] = self.make(
                    f"{where}.provisionedConcurrency", ProvisionedConcurrency, provisioned
                )
            others = [k for k in config if k not in _FUNCTION_KEYS_USED]
            if others:
                self.note(f"{where}: keys not translated: {', '.join(others)}")
            function = self.make(where, Function, lid, **kw)
            if function is None:
                continue
            variable = self.w.add_object(
                str(key), function, default="function", handles=_FUNCTION_HANDLES
            )
            self.function_objects[str(key)] = function
            self.functions[str(key)] = (variable, lid, bool(provisioned))
            self.by_logical_id[lid] = str(key)
            names.append(variable)
        self.function_variables = names
        self.resolver.params.setdefault("code_bucket", "replace-with-code-bucket")
        self.note(
            "functions "
            + ", ".join(self.functions)
            + " are defined in this template from serverless `functions:` (handler, runtime, "
            "memory, timeout, environment, provisioned concurrency); upload each function's "
            "package (the zips `serverless package` writes to .serverless/) to "
            "s3://<code_bucket>/<service>/<function>.zip and pass --param code_bucket=BUCKET, "
            "or keep deploying them with serverless and use Function.ref(<logical id>) when this "
            "template is merged into the serverless stack; their events are not translated"
        )

    def write_activities(self, activities: Any) -> None:
        if activities is None:
            return
        if not isinstance(activities, list):
            self.note(
                f"stepFunctions.activities must be a list of activity names, got "
                f"{type(activities).__name__}; not translated"
            )
            return
        for i, name in enumerate(activities):
            if not isinstance(name, str):
                self.note(
                    f"stepFunctions.activities[{i}]: expected an activity name, got {name!r}; "
                    "not translated"
                )
                continue
            lid = norm(self.with_defaults(name)) + "StepFunctionsActivity"
            if "${param:" in name:
                self.note(
                    f"stepFunctions.activities[{i}]: the logical id {lid} is made with the build "
                    "parameters' defaults"
                )
            activity = self.make(f"stepFunctions.activities[{i}]", Activity, name, logical_id=lid)
            if activity is None:
                continue
            variable = self.w.add_object(
                self.with_defaults(name), activity, default="activity", handles=_ACTIVITY_HANDLES
            )
            self.activities[lid] = (variable, name)
            self.activity_objects[lid] = activity

    def activity_ref(self, value: Any) -> Any:
        """An activity handle (or its name) for a Ref, GetAtt or ARN of one of the activities."""
        if isinstance(value, str):
            m = _ACTIVITY_ARN.fullmatch(value)
            lid = next((k for k, (_, n) in self.activities.items() if m and n == m.group(1)), None)
            attribute = "Arn"
        elif "Ref" in value:
            lid, attribute = value["Ref"], "Arn"
        else:
            parts = value["Fn::GetAtt"]
            if not (isinstance(parts, list) and len(parts) == 2):
                return None
            lid, attribute = parts
        if lid not in self.activities or attribute not in ("Arn", "Name"):
            return None
        if attribute == "Name":
            return self.activities[lid][1]
        return self.activity_objects[lid].arn

    def runtime(self, runtime: str, where: str, lid: str) -> str:
        """The runtime to write: a runtime Lambda no longer creates functions with becomes its
        successor, with a note; a deprecated one is kept, with the build's warning as a note."""
        found = runtime_problem(runtime, datetime.date.today())
        if found is None:
            return runtime
        kind, message = found
        successor = lambda_runtimes()[runtime].get("successor")
        if kind == "warning" or successor is None:
            self.note(f"{where}: Function {lid!r}: {message}")
            return runtime
        self.note(
            f"{where}: Lambda no longer creates functions with runtime {runtime} ({message}); "
            f"{successor} is used instead, so check that the code runs on it"
        )
        return successor

    def stage_text(self) -> str:
        stage = self.provider.get("stage")
        if isinstance(stage, str):
            return stage
        self.resolver.params.setdefault("stage", "dev")
        self.resolver.defaulted.setdefault("stage", []).append("function names")
        return "${param:stage}"

    def function_ref(self, value: dict[str, Any], where: str) -> Placeholder | None:
        """A function handle for a Ref/GetAtt to one of the service's functions."""
        if "Ref" in value:
            target, attribute = value["Ref"], "Ref"
        else:
            parts = value["Fn::GetAtt"]
            if not (isinstance(parts, list) and len(parts) == 2):
                return None
            target, attribute = parts
        if not isinstance(target, str):
            return None
        alias = False
        key = None
        if target in self.functions:
            key = target
        elif target in self.by_logical_id:
            key = self.by_logical_id[target]
        elif target.endswith("ProvConcLambdaAlias"):
            base = target[: -len("ProvConcLambdaAlias")]
            key = next((k for k in self.functions if norm(k) == base), None)
            alias = key is not None
        if key is None:
            return None
        variable, _lid, provisioned = self.functions[key]
        handle = "arn"
        if alias:
            if provisioned:
                handle = "alias"
            else:
                self.note(
                    f"{where}: {target} is the provisioned-concurrency alias of function {key}, "
                    "which has no provisionedConcurrency; the function itself is called"
                )
        elif provisioned:
            self.note(
                f"{where}: function {key} has provisioned concurrency, which applies to its alias "
                f"only; the task calls the alias ({variable}.alias) instead of $LATEST"
            )
        if attribute not in ("Arn", "Ref"):
            return None
        if attribute == "Ref" and not alias:
            self.note(
                f"{where}: Ref {target} (the function's name) is written as the function's ARN"
            )
        function = self.function_objects[key]
        return function.alias if handle == "alias" else function.arn

    # -- definitions

    def definition(self, definition: Any, where: str) -> Any:
        if isinstance(definition, str):
            self.note(
                f"{where}.definition is a string; it is read as JSON/YAML (the plugin would "
                "JSON-encode it a second time and give the role no permissions)"
            )
            try:
                document = load_yaml(definition, _Loader, origin=f"{where}.definition")
            except yaml.YAMLError as exc:
                msg = f"{where}.definition is a string that is not JSON or YAML: {exc}"
                raise DefinitionError([Problem(msg, where, "serverless-definition")]) from exc
            self.resolver.yaml_notes += document.warnings
            definition = document.data
        where = f"{where}.definition"
        return self.intrinsics(self.states(_pseudo(definition), where), where)

    def states(self, graph: Any, where: str) -> Any:
        """*graph* with its Wait states (nested ones too) made ready for :meth:`wait`."""
        if not isinstance(graph, dict) or not isinstance(graph.get("States"), dict):
            return graph
        states: dict[str, Any] = {}
        for name, state in graph["States"].items():
            at = f"{where}.States.{name}"
            if isinstance(state, dict) and state.get("Type") == "Wait":
                state = self.wait(state, at)
            elif isinstance(state, dict) and isinstance(state.get("Branches"), list):
                branches = [
                    self.states(b, f"{at}.Branches[{i}]") for i, b in enumerate(state["Branches"])
                ]
                state = {**state, "Branches": branches}
            elif isinstance(state, dict):
                for inner in ("ItemProcessor", "Iterator"):
                    if inner in state:
                        state = {**state, inner: self.states(state[inner], f"{at}.{inner}")}
            states[name] = state
        return {**graph, "States": states}

    def wait(self, state: dict[str, Any], where: str) -> dict[str, Any]:
        """A Wait state whose Seconds/Timestamp come from a variable or a CloudFormation value.

        A resolved value is written as it is (a whole number for Seconds); a build parameter
        is read by a JSONata expression on this state, since a number field cannot hold a
        ``${...}`` placeholder.
        """
        for field in ("Seconds", "Timestamp"):
            value = state.get(field)
            at = f"{where}.{field}"
            why = f"{value!r} holds a build parameter"
            if isinstance(value, dict) and is_intrinsic(value):
                value, why = self.deploy_value(value, at)
            if field == "Seconds" and isinstance(value, str) and value.strip().isdigit():
                state = {**state, field: int(value)}
            elif isinstance(value, str) and "${param:" in value and "{%" not in value:
                state = self.jsonata_wait(state, field, value, at, why)
            elif value is not state.get(field):
                state = {**state, field: value}
        return state

    def deploy_value(self, value: dict[str, Any], where: str) -> tuple[Any, str]:
        """The value for a CloudFormation intrinsic in a Wait, and why it is written so.

        A given value is written as it is; otherwise the intrinsic becomes a build parameter,
        with the default of the stack parameter it refers to, if any.
        """
        body = value.get("Ref", value.get("Fn::GetAtt"))
        parts = body if isinstance(body, list) else [body]
        name = re.sub(r"[^A-Za-z0-9_]", "", "".join(str(p) for p in parts)) or "WaitValue"
        what = f"{json.dumps(value)} (a value CloudFormation gives at deploy time)"
        if name in self.resolver.values:
            given = self.resolver.values[name]
            self.note(f"{where}: {what} is written as the given value {given!r}")
            return given, what
        found, default = _lookup(self.raw, f"resources.Parameters.{body}.Default")
        if "Ref" in value and found and default is not None:
            self.resolver.params.setdefault(name, str(default))
            origin = (
                f"default {str(default)!r} from resources.Parameters.{body}; pass --param "
                f"{name}=VALUE to change it"
            )
        else:
            origin = "it has no default: " + _give_value(name, name)
        return "${param:" + name + "}", f"{what} is the build parameter '{name}' ({origin})"

    def jsonata_wait(
        self, state: dict[str, Any], field: str, value: str, where: str, why: str
    ) -> dict[str, Any]:
        quoted = "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
        expression = f"$number({quoted})" if field == "Seconds" else quoted
        state = {**state, field: "{% " + expression + " %}", "QueryLanguage": "JSONata"}
        paths = [k for k in ("InputPath", "OutputPath") if k in state]
        output = "$states.input"
        for key in paths:
            path = state.pop(key)
            if not isinstance(path, str) or not re.fullmatch(
                r"\$(\.[A-Za-z_][A-Za-z0-9_]*)*", path
            ):
                msg = (
                    f"{where} is a build parameter, so this Wait state reads it with JSONata, "
                    f"which has no {key}; only '$' and '$.a.b' paths can be rewritten, got "
                    f"{path!r}: give the parameter a value with values={{...}} or write the "
                    "state with Output"
                )
                raise DefinitionError([Problem(msg, where, "serverless-wait")])
            output += path[1:]
        if output != "$states.input":
            state["Output"] = "{% " + output + " %}"
        self.note(
            f"{where}: {why}; a Wait state's {field} can only read a build parameter "
            "through a JSONata expression, so this state uses QueryLanguage JSONata"
            + (f" ({' and '.join(paths)} rewritten as Output)" if paths else "")
            + (
                "; cfn-lint reports E3601 for this JSONata number, as its schema takes JSONata "
                "only in machines that are JSONata as a whole, but Step Functions accepts it"
                if field == "Seconds"
                else ""
            )
        )
        return state

    def intrinsics(self, value: Any, where: str) -> Any:
        if isinstance(value, dict):
            if is_intrinsic(value):
                key = next(iter(value))
                if key in ("Ref", "Fn::GetAtt"):
                    handle = self.activity_ref(value)
                    if handle is not None:
                        return handle
                    handle = self.function_ref(value, where)
                    if handle is not None:
                        return handle
                return self.placeholder(value, where)
            return {k: self.intrinsics(v, f"{where}.{k}") for k, v in value.items()}
        if isinstance(value, list):
            return [self.intrinsics(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, str) and ":activity:" in value:
            handle = self.activity_ref(value)
            return value if handle is None else handle
        return value

    def placeholder(self, value: dict[str, Any], where: str) -> Placeholder:
        key = next(iter(value))
        body = value[key]
        target = None
        if key == "Ref" and isinstance(body, str):
            target = body
            base = re.sub(r"[^A-Za-z0-9]", "", body)
        elif key == "Fn::GetAtt" and isinstance(body, list):
            target = str(body[0])
            base = "".join(re.sub(r"[^A-Za-z0-9]", "", str(p)) for p in body)
        else:
            base = re.sub(r"[^A-Za-z0-9]", "", key.replace("Fn::", "")) + "Value"
        if target is not None and not target.startswith("AWS::") and not self.defined(target):
            self.note(
                f"{where}: {json.dumps(value)} refers to {target}, which this template does not "
                "define (it is not in `resources:`: serverless generates it, or another stack "
                "defines it); define it in `resources:` or replace the Placeholder's value"
            )
        name, n = base or "Value", 2
        while name in self.placeholder_names:
            name, n = f"{base}{n}", n + 1
        self.placeholder_names.add(name)
        return Placeholder(name, value)

    # -- state machines

    def with_defaults(self, text: str) -> str:
        return re.sub(
            r"\$\{param:([A-Za-z0-9_]+)\}",
            lambda m: self.resolver.params.get(m.group(1), m.group(1)),
            text,
        )

    def logical_id(self, key: str, config: Mapping[str, Any]) -> str:
        label = config.get("id") or config.get("name")
        if label is not None:
            return norm(self.with_defaults(str(label)))
        return norm(key) + "StepFunctionsStateMachine"

    def machine(
        self,
        key: str,
        config: dict[str, Any],
        where: str,
        step: Mapping[str, Any],
        inherit_all: bool,
    ) -> tuple[StateMachine, dict[str, Any]] | None:
        """The state machine and the options of its ``App.add``, or ``None`` (with a note)."""
        for k in config:
            if k not in _MACHINE_KEYS:
                self.note(
                    f"{where}.{k} is not a serverless-step-functions state machine key "
                    "(the plugin rejects it); not translated"
                )
        if "definition" not in config:
            self.note(f"{where} has no definition; the state machine is not translated")
            return None
        lid = self.logical_id(key, config)
        if "${param:" in str(config.get("id") or config.get("name") or ""):
            self.note(f"{where}: the logical id {lid} is made with the build parameters' defaults")
        definition = self.definition(config["definition"], where)
        machine_type = config.get("type", "STANDARD")
        if machine_type not in get_args(MachineType):
            self.note(f"{where}.type {machine_type!r} is not STANDARD or EXPRESS; STANDARD is used")
            machine_type = "STANDARD"
        name = config.get("name")
        if name is not None and not isinstance(name, str):
            self.note(f"{where}.name must be a string, got {name!r}; written as {str(name)!r}")
            name = str(name)
        if isinstance(name, str) and "${param:" in name:
            fixed = self.with_defaults(name)
            self.note(
                f"{where}.name: {name!r} is written as {fixed!r} (state machine names cannot "
                "hold build parameters); change it when you build for another stage"
            )
            name = fixed
        try:
            machine = StateMachine.from_asl(
                definition, name=name if isinstance(name, str) else None, type=machine_type
            )
        except SfdslError as exc:
            problems = [p.under(f"{where}.definition") for p in getattr(exc, "problems", ())]
            if not problems:
                raise
            raise DefinitionError(problems, subject=f"state machine {key!r}") from exc
        for warning in machine.warnings:
            # Building the template warns about these too; the note puts them where they are
            # fixed, in the workflow.
            self.note(
                f"{where}.definition.{warning.path}: {warning.message} (sfdsl warns about this "
                "when it builds the template)"
            )
        self.w.add_machine(machine, variable=safe_var(key))
        add: dict[str, Any] = {"logical_id": lid}
        self.machine_options(add, config, where, step, inherit_all, machine_type)
        return machine, add

    def machine_options(
        self,
        add: dict[str, Any],
        config: dict[str, Any],
        where: str,
        step: Mapping[str, Any],
        inherit_all: bool,
        machine_type: str,
    ) -> None:
        config = dict(config)
        for option, (kinds, expected) in _OPTION_TYPES.items():
            value = config.get(option)
            if value is not None and not isinstance(value, kinds):
                self.note(
                    f"{where}.{option} must be {expected}, got {type(value).__name__} "
                    f"{value!r}; not translated"
                )
                del config[option]
        if "role" in config:
            if "iamRoleStatements" in config:
                self.note(
                    f"{where}: role and iamRoleStatements are exclusive (the plugin rejects "
                    "both); iamRoleStatements are not translated"
                )
            role = _cfn(config["role"])
            add["role"] = role
            self.outside(role, f"{where}.role")
        elif "iamRoleStatements" in config:
            add["extra_statements"] = _cfn_deep(config["iamRoleStatements"])
        tags: dict[str, Any] = {}
        if not inherit_all and self.flag(config, "inheritGlobalTags", where, default=True):
            tags.update(self.provider.get("tags") or {})
        tags.update(config.get("tags") or {})
        if tags:
            add["tags"] = {str(k): str(v) for k, v in tags.items()}
        depends = config.get("dependsOn")
        if depends is not None:
            kept = []
            for dep in [depends] if isinstance(depends, str) else list(depends):
                if self.defined(str(dep)):
                    kept.append(str(dep))
                else:
                    self.note(
                        f"{where}.dependsOn: {dep} is not defined in this template (another "
                        "stack defines it, or serverless generates it), so the dependency is left "
                        "out; define it in `resources:` to keep the dependency"
                    )
            if kept:
                add["depends_on"] = kept
        if self.flag(config, "retain", where, default=False):
            add["retain"] = True
        if self.flag(step, "noOutput", "stepFunctions", default=False):
            add["outputs"] = False
        if self.flag(config, "useExactVersion", where, default=False):
            add["exact_versions"] = True
        logging = config.get("loggingConfig")
        if isinstance(logging, dict):
            add["logging"] = self.logging(logging, f"{where}.loggingConfig")
        tracing = config.get("tracingConfig")
        if isinstance(tracing, dict):
            self.unknown(tracing, f"{where}.tracingConfig", {"enabled"})
            if self.flag(tracing, "enabled", f"{where}.tracingConfig", default=False):
                add["tracing"] = True
        encryption = config.get("encryptionConfig")
        if isinstance(encryption, dict):
            add["encryption"] = self.encryption(encryption, f"{where}.encryptionConfig")
        alarms = config.get("alarms")
        if isinstance(alarms, dict):
            add["alarms"] = self.alarms(alarms, f"{where}.alarms")
        notifications = config.get("notifications")
        if isinstance(notifications, dict):
            if machine_type == "EXPRESS":
                self.note(
                    f"{where}.notifications: EXPRESS state machines send no status change "
                    "events; not translated (the plugin skips them too)"
                )
            else:
                add["notifications"] = self.notifications(notifications, f"{where}.notifications")
        events = config.get("events")
        if isinstance(events, list) and events:
            items = [self.event(e, f"{where}.events[{i}]") for i, e in enumerate(events)]
            add["events"] = tuple(e for e in items if e is not None)

    def defined(self, logical_id: str) -> bool:
        return (
            logical_id in self.machine_ids
            or logical_id in self.by_logical_id
            or logical_id in self.carried.get("resources", {})
        )

    def outside(self, value: Any, where: str) -> None:
        if isinstance(value, dict) and ("Ref" in value or "Fn::GetAtt" in value):
            body = value.get("Ref", value.get("Fn::GetAtt"))
            target = body if isinstance(body, str) else (body[0] if body else None)
            if (
                isinstance(target, str)
                and not target.startswith("AWS::")
                and not self.defined(target)
            ):
                self.note(
                    f"{where}: {json.dumps(value)} refers to {target}, which this template does "
                    "not define; define it in the same template or use its ARN"
                )

    def resource_value(self, value: Any, where: str) -> Any:
        """*value* with a Ref/GetAtt to a function key made the function's logical id.

        A reference to a resource this template does not define is noted, since the built
        template would not deploy (cfn-lint reports it).
        """
        if not isinstance(value, dict) or not ("Ref" in value or "Fn::GetAtt" in value):
            return value
        body = value.get("Ref", value.get("Fn::GetAtt"))
        target = body if isinstance(body, str) else (body[0] if body else None)
        if isinstance(target, str) and target in self.functions and not self.defined(target):
            lid = self.functions[target][1]
            fixed = (
                {"Ref": lid}
                if "Ref" in value
                else {"Fn::GetAtt": [lid, *(body[1:] if isinstance(body, list) else ["Arn"])]}
            )
            self.note(
                f"{where}: {json.dumps(value)} names function {target} by its key; written "
                f"with its logical id {lid}"
            )
            return fixed
        self.outside(value, where)
        return value

    def flag(self, config: Mapping[str, Any], key: str, where: str, *, default: bool) -> bool:
        """A true/false option; the plugin's schema also takes the strings "true"/"false"."""
        value = config.get(key, default)
        if isinstance(value, str):
            fixed = self.with_defaults(value)
            if fixed.lower() in ("true", "false"):
                if fixed != value:
                    self.note(
                        f"{where}.{key}: {value!r} is written as {fixed.lower()} (an option "
                        "that is true or false cannot hold a build parameter); import again "
                        "with --param for another value"
                    )
                return fixed.lower() == "true"
        if not isinstance(value, bool):
            self.note(
                f"{where}.{key} must be true or false, got {value!r}; "
                f"{str(default).lower()} is used"
            )
            return default
        return value

    # -- options

    def logging(self, config: Mapping[str, Any], where: str) -> Logging | None:
        self.unknown(config, where, {"level", "includeExecutionData", "destinations"})
        kw: dict[str, Any] = {}
        if self.flag(config, "includeExecutionData", where, default=False):
            kw["include_execution_data"] = True
        destinations = config.get("destinations") or []
        if destinations:
            kw["log_group"] = _cfn(destinations[0])
            self.outside(destinations[0], f"{where}.destinations[0]")
            if len(destinations) > 1:
                self.note(
                    f"{where}: only the first log destination is kept (Step Functions takes one)"
                )
        elif config.get("level", "OFF") != "OFF":
            self.note(f"{where}: no destinations given; sfdsl creates a log group for the logs")
        return self.make(where, Logging, str(config.get("level", "OFF")), **kw)

    def encryption(self, config: Mapping[str, Any], where: str) -> Encryption | None:
        self.unknown(config, where, {"Type", "KmsKeyId", "KmsDataKeyReusePeriodSeconds"})
        kind = config.get("Type", "AWS_OWNED_KEY")
        if kind == "AWS_OWNED_KEY" and not config.get("KmsKeyId"):
            return None
        if kind != "CUSTOMER_MANAGED_KMS_KEY" or not config.get("KmsKeyId"):
            self.note(
                f"{where}: Type {kind!r} with KmsKeyId {config.get('KmsKeyId')!r} is not "
                "translated; a customer managed key needs Type CUSTOMER_MANAGED_KMS_KEY and a "
                "KmsKeyId (the default is an AWS owned key)"
            )
            return None
        # The plugin's default is 900 seconds, sfdsl's (and the service's) 300.
        period = config.get("KmsDataKeyReusePeriodSeconds", 900)
        return self.make(where, Encryption, _cfn(config["KmsKeyId"]), reuse_period_seconds=period)

    def alarms(self, config: Mapping[str, Any], where: str) -> Alarms | None:
        self.unknown(
            config, where, {"topics", "metrics", "treatMissingData", "period", "nameTemplate"}
        )
        topics = config.get("topics") or {}
        if isinstance(topics, dict):
            self.unknown(topics, f"{where}.topics", {"ok", "alarm", "insufficientData"})
        kw: dict[str, Any] = {}
        for source, target in (
            ("ok", "ok"),
            ("alarm", "alarm"),
            ("insufficientData", "insufficient_data"),
        ):
            if source in topics:
                topic = self.resource_value(topics[source], f"{where}.topics.{source}")
                kw[target] = _cfn(topic)
        if not kw:
            self.note(f"{where}: no topics (ok, alarm, insufficientData); alarms not translated")
            return None
        metrics: list[Metric] = []
        for i, entry in enumerate(config.get("metrics") or []):
            metric = entry.get("metric") if isinstance(entry, dict) else entry
            if metric not in METRICS:
                hint = (
                    "; did you mean executionsTimedOut?"
                    if str(metric).lower().startswith("executionstimeout")
                    else ""
                )
                self.note(
                    f"{where}.metrics[{i}]: {metric!r} is not one of {', '.join(METRICS)}; "
                    f"no alarm for it (the plugin skips it too){hint}"
                )
                continue
            options: dict[str, Any] = {}
            if isinstance(entry, dict):
                self.unknown(
                    entry,
                    f"{where}.metrics[{i}]",
                    {"metric", "logicalId", "alarmName", "treatMissingData", "period"},
                )
                for s, t in (
                    ("logicalId", "logical_id"),
                    ("alarmName", "alarm_name"),
                    ("treatMissingData", "treat_missing_data"),
                    ("period", "period"),
                ):
                    if s in entry:
                        options[t] = entry[s]
            made = self.make(f"{where}.metrics[{i}]", Metric, str(metric), **options)
            if made is not None:
                metrics.append(made)
        if not metrics:
            self.note(f"{where}: no valid metrics; alarms not translated")
            return None
        kw["metrics"] = metrics
        for s, t in (
            ("treatMissingData", "treat_missing_data"),
            ("period", "period"),
            ("nameTemplate", "name_template"),
        ):
            if s in config:
                kw[t] = config[s]
        return self.make(where, Alarms, **kw)

    def notifications(self, config: Mapping[str, Any], where: str) -> Notifications | None:
        kw: dict[str, Any] = {}
        for status, targets in config.items():
            if status not in _STATUSES or not isinstance(targets, list):
                self.note(
                    f"{where}.{status} is not a status ({', '.join(_STATUSES)}); not translated"
                )
                continue
            items = [self.target(t, f"{where}.{status}[{i}]") for i, t in enumerate(targets)]
            kept = [t for t in items if t is not None]
            if kept:
                kw[_STATUSES[status]] = kept
        return self.make(where, Notifications, **kw) if kw else None

    def target(self, target: Any, where: str) -> Target | None:
        if not isinstance(target, dict):
            self.note(f"{where} is not a target mapping; not translated")
            return None
        kinds = [k for k in target if k in _TARGETS]
        if len(kinds) != 1:
            self.note(f"{where}: expected one of {', '.join(_TARGETS)}; not translated")
            return None
        kind = kinds[0]
        value = target[kind]
        kw: dict[str, Any] = {}
        self.unknown(target, where, {kind, "inputPath", "inputTransformer"})
        if isinstance(value, dict) and not is_intrinsic(value):
            option = {"sqs": "messageGroupId", "kinesis": "partitionKeyPath"}.get(kind)
            self.unknown(value, f"{where}.{kind}", {"arn"} | ({option} if option else set()))
            arn = _cfn(value.get("arn"))
            if kind == "sqs" and "messageGroupId" in value:
                kw["message_group_id"] = value["messageGroupId"]
            if kind == "kinesis" and "partitionKeyPath" in value:
                kw["partition_key_path"] = value["partitionKeyPath"]
        else:
            arn = _cfn(self.resource_value(value, f"{where}.{kind}"))
        if "inputPath" in target:
            kw["input_path"] = target["inputPath"]
        if "inputTransformer" in target:
            kw["input_transformer"] = self.transformer(
                target["inputTransformer"], f"{where}.inputTransformer"
            )
        return self.make(where, Target, kind, arn, **kw)

    def transformer(self, config: Mapping[str, Any], where: str) -> InputTransformer | None:
        self.unknown(config, where, {"inputPathsMap", "inputTemplate"})
        return self.make(
            where,
            InputTransformer,
            config.get("inputPathsMap") or {},
            config.get("inputTemplate", ""),
        )

    # -- events

    def event(self, event: Any, where: str) -> Event | None:
        if not isinstance(event, dict) or len(event) != 1:
            self.note(f"{where} is not an event (schedule, cloudwatchEvent, eventBridge, http)")
            return None
        kind, config = next(iter(event.items()))
        if kind == "schedule":
            return self.schedule(config, f"{where}.schedule")
        if kind in ("cloudwatchEvent", "eventBridge"):
            return self.rule(config, f"{where}.{kind}")
        if kind == "http":
            return self.http(config, f"{where}.http")
        self.note(
            f"{where}: event type {kind!r} is not supported by serverless-step-functions; not translated"
        )
        return None

    def inputs(self, kw: dict[str, Any], config: Mapping[str, Any], where: str) -> None:
        given = [k for k in ("input", "inputPath", "inputTransformer") if k in config]
        if len(given) > 1:
            self.note(
                f"{where}: {' and '.join(given)} are exclusive (the plugin rejects more than one); "
                f"only {given[0]} is translated"
            )
            config = {k: v for k, v in config.items() if k not in given[1:]}
        if "input" in config:
            kw["input"] = config["input"]
        if "inputPath" in config:
            kw["input_path"] = config["inputPath"]
        if "inputTransformer" in config:
            kw["input_transformer"] = self.transformer(
                config["inputTransformer"], f"{where}.inputTransformer"
            )
        policy = config.get("retryPolicy")
        if isinstance(policy, dict):
            at = f"{where}.retryPolicy"
            self.unknown(policy, at, {"maximumEventAgeInSeconds", "maximumRetryAttempts"})
            retry: dict[str, Any] = {}
            if "maximumEventAgeInSeconds" in policy:
                retry["max_event_age_seconds"] = policy["maximumEventAgeInSeconds"]
            if "maximumRetryAttempts" in policy:
                retry["max_retry_attempts"] = policy["maximumRetryAttempts"]
            kw["retry_policy"] = self.make(at, RetryPolicy, **retry)

    def schedule(self, config: Any, where: str) -> Schedule | None:
        if isinstance(config, str):
            config = {"rate": config}
        if not isinstance(config, dict):
            self.note(f"{where} is neither an expression nor a mapping; not translated")
            return None
        rates = config.get("rate")
        if isinstance(rates, list):
            if len(rates) != 1:
                self.note(f"{where}.rate: a list of expressions; only the first is kept")
            rates = rates[0] if rates else None
        scheduler = config.get("method") == "scheduler"
        problem = schedule_problem(rates, scheduler=scheduler) if rates else "no rate"
        if problem:
            self.note(f"{where}: {problem}; the schedule is not translated")
            return None
        if scheduler:
            for key in ("inputPath", "inputTransformer"):
                if key in config:
                    self.note(
                        f"{where}.{key} is not translated: EventBridge Scheduler (method: "
                        "scheduler) has no input path or transformer (the plugin rejects it too)"
                    )
            config = {k: v for k, v in config.items() if k not in ("inputPath", "inputTransformer")}
        elif "timezone" in config:
            self.note(
                f"{where}.timezone is not translated: only EventBridge Scheduler (method: "
                "scheduler) takes a time zone; the schedule runs in UTC"
            )
            config = {k: v for k, v in config.items() if k != "timezone"}
        kw: dict[str, Any] = {}
        if not self.flag(config, "enabled", where, default=True):
            kw["enabled"] = False
        self.inputs(kw, config, where)
        for s, t in (("name", "name"), ("description", "description"), ("timezone", "timezone")):
            if s in config:
                kw[t] = config[s]
        if "role" in config:
            kw["role"] = _cfn(config["role"])
        if scheduler:
            kw["scheduler"] = True
        self.unknown(
            config,
            where,
            {
                "rate",
                "enabled",
                "input",
                "inputPath",
                "inputTransformer",
                "name",
                "description",
                "timezone",
                "role",
                "method",
                "retryPolicy",
            },
        )
        return self.make(where, Schedule, str(rates), **kw)

    def rule(self, config: Any, where: str) -> EventRule | None:
        if not isinstance(config, dict) or not isinstance(config.get("event"), dict):
            self.note(f"{where}: no event pattern; not translated")
            return None
        kw: dict[str, Any] = {}
        if "eventBusName" in config:
            kw["bus"] = _cfn(config["eventBusName"])
        if not self.flag(config, "enabled", where, default=True):
            kw["enabled"] = False
        self.inputs(kw, config, where)
        for s in ("name", "description"):
            if s in config:
                kw[s] = config[s]
        if "iamRole" in config:
            kw["role"] = _cfn(config["iamRole"])
        if "deadLetterConfig" in config:
            queue = _cfn(config["deadLetterConfig"])
            kw["dead_letter_arn"] = queue
            if isinstance(queue, str):
                self.note(f"{where}.deadLetterConfig: {dlq_policy_warning(queue)}")
        self.unknown(
            config,
            where,
            {
                "event",
                "eventBusName",
                "enabled",
                "input",
                "inputPath",
                "inputTransformer",
                "name",
                "description",
                "iamRole",
                "deadLetterConfig",
                "retryPolicy",
            },
        )
        return self.make(where, EventRule, config["event"], **kw)

    def http(self, config: Any, where: str) -> ApiEndpoint | None:
        if isinstance(config, str):
            method, _, path = config.strip().partition(" ")
            config = {"method": method, "path": path}
        if not isinstance(config, dict) or "path" not in config:
            self.note(f"{where}: no path; not translated")
            return None
        self.has_http = True
        path = str(config["path"]).strip("/") or "/"
        method = str(config.get("method", "POST")).upper()
        kw: dict[str, Any] = {}
        cors = config.get("cors")
        if cors is True:
            kw["cors"] = True
        elif isinstance(cors, dict):
            self.unknown(
                cors,
                f"{where}.cors",
                {"origin", "origins", "headers", "methods", "allowCredentials", "maxAge"},
            )
            c: dict[str, Any] = {}
            origins = cors.get("origins", [cors["origin"]] if "origin" in cors else None)
            if isinstance(origins, list) and len(origins) > 1:
                self.note(
                    f"{where}.cors.origins lists {len(origins)} origins; the OPTIONS response "
                    "can name only one (or '*'), so only the first, "
                    f"{origins[0]!r}, is allowed: edit origins= to choose"
                )
                origins = origins[:1]
            if origins is not None:
                c["origins"] = list(origins) if isinstance(origins, list) else [origins]
            if "headers" in cors:
                c["headers"] = list(cors["headers"])
            if self.flag(cors, "allowCredentials", f"{where}.cors", default=False):
                c["allow_credentials"] = True
            if "maxAge" in cors:
                c["max_age"] = cors["maxAge"]
            if "methods" in cors:
                self.note(
                    f"{where}.cors.methods is not translated; the endpoint's method is allowed"
                )
            kw["cors"] = self.make(f"{where}.cors", Cors, **c)
        if "authorizer" in config:
            kw["authorizer"] = self.authorizer(config["authorizer"], f"{where}.authorizer")
        if self.flag(config, "private", where, default=False):
            kw["private"] = True
        request = config.get("request")
        if isinstance(request, dict):
            template = request.get("template")
            if isinstance(template, dict):
                if "#{" in json.dumps(template):
                    self.note(
                        f"{where}.request.template uses #{{...}} pseudo parameters, which "
                        "request templates cannot substitute; they are kept as written, so "
                        "replace them with the values"
                    )
                kw["request_templates"] = template
            elif template == "lambda_proxy":
                self.note(
                    f"{where}.request.template lambda_proxy is not translated: sfdsl has no "
                    "built-in proxy template, so the endpoint sends the request body as the "
                    "execution input; give request_templates to pass headers, path or query "
                    "parameters"
                )
            elif template is not None:
                self.note(
                    f"{where}.request.template {template!r} is not translated: expected a "
                    "mapping of content type to template, or lambda_proxy"
                )
            self.unknown(request, f"{where}.request", {"template"}, frozenset({"schemas"}))
        action = config.get("action")
        if action in ("StartExecution", "StartSyncExecution"):
            kw["action"] = action
        elif action is not None:
            self.note(f"{where}.action {action!r} is not translated (StartExecution is used)")
        if "iamRole" in config:
            kw["role"] = _cfn(config["iamRole"])
        self.unknown(
            config,
            where,
            {"path", "method", "cors", "authorizer", "private", "request", "action", "iamRole"},
            frozenset({"timeoutInMillis", "response", "responses"}),
        )
        return self.make(where, ApiEndpoint, path, method, **kw)

    def authorizer(self, config: Any, where: str) -> Authorizer | None:
        if isinstance(config, str):
            if config.lower() == "aws_iam":
                return Authorizer.iam()
            config = (
                {"arn": config} if config.startswith("arn:") or ":" in config else {"name": config}
            )
        if not isinstance(config, dict):
            self.note(f"{where}: expected a name, an ARN, aws_iam or a mapping; not translated")
            return None
        accepted = frozenset(_AUTHORIZER_KEYS)
        kind = str(config.get("type", "")).upper()
        if kind == "AWS_IAM":
            self.unknown(config, where, {"type"}, accepted)
            return Authorizer.iam()
        if "authorizerId" in config:
            typ = kind if kind in ("TOKEN", "REQUEST", "COGNITO_USER_POOLS") else "TOKEN"
            self.unknown(config, where, {"type", "authorizerId", "name"}, accepted)
            return self.make(where, Authorizer.existing, config["authorizerId"], typ)
        arn = config.get("arn")
        name = config.get("name")
        if kind == "COGNITO_USER_POOLS" or (isinstance(arn, str) and "cognito-idp" in arn):
            scopes = list(config.get("scopes") or ())
            self.unknown(config, where, {"type", "name", "arn", "scopes"}, accepted)
            return self.make(
                where, Authorizer.cognito, str(name or "cognito"), [_cfn(arn)], scopes=scopes
            )
        if arn is None and isinstance(name, str) and name in self.functions:
            _variable, lid, _ = self.functions[name]
            arn = {"Fn::GetAtt": [lid, "Arn"]}
        if arn is None:
            self.note(
                f"{where}: authorizer {name!r} is not a function of this service and has no "
                "arn; not translated (give its arn, or its authorizerId for an existing one)"
            )
            return None
        kw: dict[str, Any] = {}
        if kind == "REQUEST":
            kw["type"] = "REQUEST"
        if "identitySource" in config:
            kw["identity_source"] = config["identitySource"]
        if "resultTtlInSeconds" in config:
            kw["result_ttl_seconds"] = config["resultTtlInSeconds"]
        self.unknown(
            config, where, {"type", "name", "arn", "identitySource", "resultTtlInSeconds"}, accepted
        )
        return self.make(where, Authorizer.function, str(name or "authorizer"), _cfn(arn), **kw)

    def unknown(
        self,
        config: Mapping[str, Any],
        where: str,
        known: set[str],
        unsupported: frozenset[str] = frozenset(),
    ) -> None:
        """Note the keys of *config* that are not translated.

        *known* keys are translated; *unsupported* ones are keys the plugin accepts that have
        no sfdsl equivalent; any other key is one the plugin rejects (a typo, most often).
        """
        for k in config:
            if k in known:
                continue
            if k in unsupported:
                self.note(
                    f"{where}.{k} is not translated: sfdsl has no equivalent option; set it on "
                    "the built template if you need it"
                )
            else:
                expected = ", ".join(sorted({*known, *unsupported}, key=str.lower))
                self.note(
                    f"{where}.{k} is not a key serverless-step-functions accepts here (expected "
                    f"one of {expected}); not translated"
                )

    # -- the App

    def write_app(
        self, adds: list[tuple[str, StateMachine, dict[str, Any]]], inherit_all: bool
    ) -> None:
        kw: dict[str, Any] = {}
        tags = self.provider.get("tags")
        if inherit_all and isinstance(tags, dict) and tags:
            kw["tags"] = {str(k): str(v) for k, v in tags.items()}
        api = self.rest_api()
        if self.resolver.params:
            kw["params"] = dict(sorted(self.resolver.params.items()))
        if api is not None:
            kw["api"] = api
        for option in ("resources", "outputs", "conditions"):
            items = self.carried.get(option)
            if items:
                kw[option] = items
        app = self.make(
            "",
            App,
            self.service,
            functions=self.function_objects.values(),
            activities=self.activity_objects.values(),
            **kw,
        )
        if app is None:
            return
        for where, machine, options in adds:
            added = self.make(where, app.add, machine, **options)
            app = app if added is None else added
        self.app = app
        self.w.add_object("app", app, keep=True)

    def rest_api(self) -> RestApi | None:
        provider = self.provider
        keys = provider.get("apiKeys")
        plan = provider.get("usagePlan")
        endpoint = provider.get("endpointType")
        if not self.has_http and not keys:
            return None
        kw: dict[str, Any] = {}
        stage = provider.get("stage")
        if not isinstance(stage, str):
            stage = "${param:stage}"
            self.resolver.params.setdefault("stage", "dev")
            self.resolver.defaulted.setdefault("stage", []).append("the API stage")
        kw["stage"] = stage
        if isinstance(endpoint, str) and endpoint.upper() in _ENDPOINT_TYPES:
            kw["endpoint_type"] = endpoint.upper()
        elif endpoint is not None:
            self.note(
                f"provider.endpointType {endpoint!r} is not one of {', '.join(_ENDPOINT_TYPES)} "
                "(the plugin rejects it); not translated, so the API is REGIONAL"
            )
        if keys:
            names = [k.get("name") if isinstance(k, dict) else k for k in keys]
            for i, key in enumerate(keys):
                if isinstance(key, dict) and "value" in key:
                    self.note(
                        f"provider.apiKeys[{i}].value is not translated: API Gateway generates "
                        f"the value of key {key.get('name')!r}; set the value you need on the "
                        "built template's ApiKey resource"
                    )
            usage: dict[str, Any] = {}
            if isinstance(plan, dict):
                quota = plan.get("quota") or {}
                throttle = plan.get("throttle") or {}
                for s, t in (
                    ("limit", "quota_limit"),
                    ("offset", "quota_offset"),
                    ("period", "quota_period"),
                ):
                    if s in quota:
                        usage[t] = quota[s]
                for s, t in (("burstLimit", "burst_limit"), ("rateLimit", "rate_limit")):
                    if s in throttle:
                        usage[t] = throttle[s]
            kw["usage_plan"] = self.make(
                "provider.usagePlan", UsagePlan, [str(n) for n in names], **usage
            )
        return self.make("provider", RestApi, **kw)


def _template_data(value: Any) -> Any:
    """Hand-written template data with ``#{AWS::Region}`` (and ``${AWS::Region}`` outside a
    ``Fn::Sub``) made ``Fn::Sub``, as serverless-pseudo-parameters does."""
    if isinstance(value, dict):
        sub = value.get("Fn::Sub")
        if len(value) == 1 and isinstance(sub, str):
            return {"Fn::Sub": _pseudo(sub)}
        if len(value) == 1 and isinstance(sub, list) and sub and isinstance(sub[0], str):
            return {"Fn::Sub": [_pseudo(sub[0]), *(_template_data(v) for v in sub[1:])]}
        return {k: _template_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_template_data(v) for v in value]
    return _cfn(value)


def _cfn_deep(value: Any) -> Any:
    if isinstance(value, str):
        return _cfn(value)
    if isinstance(value, dict):
        return {k: _cfn_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cfn_deep(v) for v in value]
    return value


def safe_var(key: str) -> str:
    """The variable for a state machine key (snake_case, never clashing with sfdsl names).

    Example:
        >>> safe_var("helloStepFunc")
        'hello_step_func'
    """
    return safe_identifier(key, default="machine")


def import_serverless(
    path_or_text: str | os.PathLike[str],
    *,
    values: Mapping[str, str] | None = None,
    allow_files_outside_project: bool = False,
) -> GeneratedModule:
    """Idiomatic sfdsl Python for a ``serverless.yml`` with a ``stepFunctions`` section.

    Args:
        path_or_text: a path (``.yml``/``.yaml``) or the YAML text.
        values: values of serverless variables, by the variable's text (``"opt:stage"``,
            ``"self:custom.accountId"``) or, for ``opt:``/``sls:``, by the bare name
            (``"stage"``). Variables without a value keep their default
            (``${opt:stage, 'dev'}``) as a build parameter of the App; the others are written
            as ``${param:NAME}`` and listed in the notes. Variables that read outside
            serverless.yml (``env:``, ``ssm:``, ``s3:``, ``cf:``, ``aws:``...) are always build
            parameters: their values may be secrets, so they are never written into the code.
        allow_files_outside_project: read ``${file(...)}`` files outside the folder of
            serverless.yml (symbolic links resolved) too; by default such a file is refused.
            Only ``.yml``, ``.yaml`` and ``.json`` files are read, and only their values reach
            the code.

    Returns:
        The module (it defines ``app``, an :class:`~sfdsl.cfn.App`) and its notes.

    Raises:
        DefinitionError: the file cannot be read, has no ``stepFunctions.stateMachines``, a
            definition is not valid ASL (every problem listed with its path), or a
            ``${file(...)}`` cannot be read (outside the project's folder, not YAML or JSON).
        LimitError: the file, its aliases or its variables expand past sfdsl's bounds
            (docs/limits.md).

    Example:
        >>> yml = '''
        ... service: demo
        ... functions:
        ...   hello: {handler: handler.hello}
        ... stepFunctions:
        ...   stateMachines:
        ...     main:
        ...       definition:
        ...         StartAt: Hello
        ...         States:
        ...           Hello: {Type: Task, Resource: !GetAtt hello.Arn, End: true}
        ... '''
        >>> code = import_serverless(yml, values={"stage": "prod"}).code
        >>> 'Task("Hello", resource=hello.arn)' in code
        True
    """
    return _imported(path_or_text, values or {}, allow_files_outside_project)[0]


def serverless_app(
    path_or_text: str | os.PathLike[str],
    *,
    values: Mapping[str, str] | None = None,
    allow_files_outside_project: bool = False,
) -> App:
    """The :class:`~sfdsl.cfn.App` a ``serverless.yml`` describes, as sfdsl objects.

    It is the App that the module :func:`import_serverless` writes builds when it is run
    (same arguments, same errors): use it to build or inspect a serverless.yml without code.

    Example:
        >>> yml = '''
        ... service: shop
        ... stepFunctions:
        ...   stateMachines:
        ...     orders:
        ...       definition:
        ...         StartAt: Done
        ...         States:
        ...           Done: {Type: Succeed}
        ... '''
        >>> [d.logical_id for d in serverless_app(yml).deployments]
        ['OrdersStepFunctionsStateMachine']
    """
    return _imported(path_or_text, values or {}, allow_files_outside_project)[1]


def _imported(
    path_or_text: str | os.PathLike[str], values: Mapping[str, str], allow_outside: bool
) -> tuple[GeneratedModule, App]:
    """The module of a serverless.yml and the App it builds."""
    document = _load_serverless(path_or_text)
    path = _path(path_or_text)
    # serverless reads ${file(...)} relative to the service directory
    base = os.path.dirname(os.path.abspath(path)) if path is not None else os.getcwd()
    importer = _Importer(
        document.data,
        values,
        base,
        allow_outside=allow_outside,
        yaml_notes=document.warnings,
        source=path,
    )
    try:
        module = importer.run()
    except RecursionError:
        msg = (
            "serverless.yml nests its values too deeply for sfdsl to import (after its "
            "variables are resolved); nest fewer levels"
        )
        raise LimitError([Problem(msg, code="limit-exceeded")], subject="serverless.yml") from None
    assert importer.app is not None  # run() raises when the App cannot be made
    return module, importer.app
