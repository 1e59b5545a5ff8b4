"""Building blocks shared by the IAM rules: grants, task arguments and the derivation state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from sfdsl._iam._cfn import (
    ACCOUNT,
    PARTITION,
    REGION,
    Cfn,
    UnknownPlaceholderError,
    plain,
    ref_target,
    resolve,
    sub,
)
from sfdsl.errors import Problem, ProblemCode

Operator = Literal["StringEquals", "StringLike", "ArnLike", "ArnEquals"]


@attrs.frozen
class Grant:
    """Allow *actions* (``prefix:Action``) on *resources*, optionally under a condition."""

    actions: tuple[str, ...]
    resources: tuple[Cfn, ...]
    condition: tuple[tuple[Operator, str, Any], ...] = ()


def grant(actions: str | tuple[str, ...], *resources: Cfn, condition: Any = ()) -> Grant:
    """Shorthand: ``grant("sns:Publish", arn)``."""
    acts = (actions,) if isinstance(actions, str) else actions
    return Grant(acts, resources, tuple(condition))


def is_jsonata(value: object) -> bool:
    """Whether *value* is a JSONata expression string (``{% ... %}``)."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return text.startswith("{%") and text.endswith("%}")


@attrs.frozen
class Arg:
    """A task argument: absent, chosen at run time (dynamic) or written in the definition."""

    kind: Literal["absent", "dynamic", "static"]
    raw: Any = None
    path: str = ""

    @property
    def static(self) -> bool:
        return self.kind == "static"

    @property
    def dynamic(self) -> bool:
        return self.kind == "dynamic"


@attrs.frozen
class Args:
    """The ``Parameters`` (JSONPath) or ``Arguments`` (JSONata) of a task, and where they are."""

    data: Any
    jsonata: bool
    path: str

    def get(self, dotted: str) -> Arg:
        """Look up ``"Authentication.ConnectionArn"``-style paths."""
        node: Any = self.data
        path = self.path
        for wanted in dotted.split("."):
            if self.jsonata and is_jsonata(node):
                return Arg("dynamic", node, path)
            if not isinstance(node, Mapping):
                return Arg("absent", None, f"{path}.{wanted}")
            part = _spelling(node, wanted)
            if not self.jsonata and f"{part}.$" in node:
                return Arg("dynamic", node[f"{part}.$"], f"{path}.{part}.$")
            if part not in node:
                return Arg("absent", None, f"{path}.{part}")
            node = node[part]
            path = f"{path}.{part}"
        if self.jsonata and is_jsonata(node):
            return Arg("dynamic", node, path)
        return Arg("static", node, path)

    def sub_args(self, arg: Arg) -> Args:
        """Arguments rooted at a nested static object or list item."""
        return Args(arg.raw, self.jsonata, arg.path)


def _spelling(node: Mapping[str, Any], name: str) -> str:
    """How *node* spells the parameter *name* (botocore's spelling, e.g. ``DBInstanceIdentifier``).

    Step Functions' AWS SDK integrations name parameters as the AWS SDK for Java v2 does, which
    writes acronyms as words (``DbInstanceIdentifier``); the two spellings differ only in case.
    """
    if name in node or f"{name}.$" in node:
        return name
    folded = name.lower()
    for key in node:
        if isinstance(key, str) and key.removesuffix(".$").lower() == folded:
            return key.removesuffix(".$")
    return name


def has_dynamic(value: Any, jsonata: bool) -> bool:
    """Whether any part of a nested static value is chosen at run time."""
    if isinstance(value, Mapping):
        if not jsonata and any(str(k).endswith(".$") for k in value):
            return True
        return any(has_dynamic(v, jsonata) for v in value.values())
    if isinstance(value, list):
        return any(has_dynamic(v, jsonata) for v in value)
    return jsonata and is_jsonata(value)


@attrs.frozen
class Task:
    """A Task state (or Map ItemReader/ResultWriter) to derive statements for."""

    path: str
    name: str
    resource: str
    service: str
    api: str
    pattern: str
    args: Args
    sdk: bool = False
    part: Literal["task", "reader", "writer"] = "task"

    @property
    def sync(self) -> bool:
        return self.pattern in ("sync", "sync:2")


class Env:
    """Context of one derivation: substitutions, pseudo parameters, warnings and problems."""

    def __init__(
        self,
        substitutions: Mapping[str, object],
        *,
        partition: object,
        region: object,
        account: object,
        resource_types: Mapping[str, str],
        pass_roles: Mapping[str, tuple[object, ...]] = {},
        bucket_keys: Mapping[str, tuple[object, ...]] = {},
        parameters: frozenset[str] = frozenset(),
    ) -> None:
        self.substitutions: dict[str, Cfn] = {k: plain(v) for k, v in substitutions.items()}
        self.partition = plain(partition)
        self.region = plain(region)
        self.account = plain(account)
        self.resource_types = dict(resource_types)
        self.pass_roles = {k: tuple(plain(v) for v in vs) for k, vs in pass_roles.items()}
        self.bucket_keys = {k: tuple(plain(v) for v in vs) for k, vs in bucket_keys.items()}
        self.parameters = parameters
        self.warnings: list[Problem] = []
        self.problems: list[Problem] = []

    def parameter(self, value: Cfn) -> str | None:
        """The template Parameter *value* refers to (``{"Ref": name}``), else ``None``."""
        target = ref_target(value)
        return target if target in self.parameters else None

    def warn(self, path: str, message: str) -> None:
        self.warnings.append(Problem(message, path, "iam-wildcard", "warning"))

    def fail(self, path: str, message: str, code: ProblemCode = "iam-derivation") -> None:
        self.problems.append(Problem(message, path, code))

    def value(self, arg: Arg) -> Cfn | None:
        """The CloudFormation value of a static string argument (placeholders resolved)."""
        raw = arg.raw
        if isinstance(raw, bool) or not isinstance(raw, str | int | float):
            self.fail(arg.path, f"expected a string, got {raw!r}")
            return None
        return self.text(str(raw), arg.path)

    def text(self, raw: str, path: str) -> Cfn | None:
        try:
            return resolve(raw, self.substitutions)
        except UnknownPlaceholderError as exc:
            known = ", ".join(sorted(self.substitutions)) or "none"
            self.fail(
                path,
                f"placeholder ${{{exc.name}}} has no DefinitionSubstitutions value "
                f"(known: {known}); add it to IamContext.substitutions",
            )
            return None

    @staticmethod
    def known_for(table: Mapping[str, tuple[Cfn, ...]], arg: Arg) -> tuple[Cfn, ...] | None:
        """The entry of *table* for a static argument: by placeholder name or literal text."""
        if not arg.static or not isinstance(arg.raw, str):
            return None
        raw = arg.raw
        if raw.startswith("${") and raw.endswith("}") and raw.count("${") == 1:
            raw = raw[2:-1]
        return table.get(raw)

    def bucket_key_grants(self, task: Task, actions: tuple[str, ...]) -> list[Grant]:
        """KMS permissions on the customer managed keys of a Map's ItemReader/ResultWriter bucket."""
        keys = self.known_for(self.bucket_keys, task.args.get("Bucket"))
        return [grant(actions, *keys)] if keys else []

    def arn(self, service: str, *resource: Cfn, region: bool = True, account: bool = True) -> Cfn:
        """``arn:<partition>:<service>:<region>:<account>:<resource...>`` for this stack."""
        return sub(
            "arn:",
            self.partition,
            f":{service}:",
            self.region if region else "",
            ":",
            self.account if account else "",
            ":",
            *resource,
        )

    def events_rule(self, rule: str) -> Grant:
        """The managed EventBridge rule a ``.sync`` integration uses to learn a job ended.

        Every "Run a Job (.sync)" policy of the developer guide grants these three actions on
        ``rule/StepFunctionsGetEvents...Rule`` of the service, e.g.
        https://docs.aws.amazon.com/step-functions/latest/dg/ecs-iam.html
        """
        return grant(
            ("events:PutTargets", "events:PutRule", "events:DescribeRule"),
            self.arn("events", f"rule/{rule}"),
        )


__all__ = [
    "ACCOUNT",
    "PARTITION",
    "REGION",
    "Arg",
    "Args",
    "Env",
    "Grant",
    "Task",
    "grant",
    "has_dynamic",
    "is_jsonata",
]
