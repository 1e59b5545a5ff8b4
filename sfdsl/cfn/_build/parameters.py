"""Template Parameters for ``${Name}`` placeholders that have no value.

With ``App(placeholders="parameters")`` (and for a lone state machine or an ASL file), each
placeholder nobody gave a value becomes a ``String`` Parameter of the template, wired through
``DefinitionSubstitutions`` (``Name: !Ref Name``), so a definition written for SAM, the
serverless framework or the CDK deploys once its values are given with
``aws cloudformation deploy --parameter-overrides``.

What the generated role does with a Parameter fixes the values it may take: granted on as a
whole ARN, put into an ARN as a name, or split as a queue URL. That shape becomes the
Parameter's ``AllowedPattern``, so a wrong value fails the deployment with a clear message
instead of making a role that does not work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeAlias

from troposphere import Parameter, Template

from sfdsl.cfn._values import ref
from sfdsl.errors import Problem

_Shape: TypeAlias = Literal["arn", "name", "url"]
_PATTERNS: Mapping[_Shape, tuple[str, str]] = {
    "arn": (
        "arn:.+",
        "must be an ARN (arn:PARTITION:SERVICE:...): the state machine's role is granted on it",
    ),
    "name": (
        "[^:]+",
        "must be a name, not an ARN: the state machine's role builds the ARN from it",
    ),
    "url": (
        "https://[^/]+/[0-9]{12}/[^/]+",
        "must be a queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME): the state "
        "machine's role builds the queue ARN from it",
    ),
}
_DESCRIPTION_MAX = 4000
_NOT_ID = re.compile(r"[^A-Za-z0-9]")


class PlaceholderParameters:
    """The Parameters made for one build, by placeholder name (shared by every machine).

    Example:
        >>> made = PlaceholderParameters(Template(), reserved=())
        >>> made.ref("SF_LockName")
        {'Ref': 'SFLockName'}
    """

    def __init__(self, template: Template, reserved: Iterable[str]) -> None:
        self.template = template
        self.reserved = set(reserved)
        self.ids: dict[str, str] = {}
        self.uses: dict[str, dict[str, list[str]]] = {}

    def ref(self, name: str) -> dict[str, Any]:
        """``{"Ref": id}`` of the Parameter standing for ``${name}`` (made on first use)."""
        if name not in self.ids:
            base = _NOT_ID.sub("", name) or "Placeholder"
            logical_id, n = base, 2
            taken = self.template.resources.keys() | self.template.parameters.keys()
            while logical_id in taken or logical_id in self.reserved:
                logical_id, n = f"{base}{n}", n + 1
            self.ids[name] = logical_id
            self.template.add_parameter(Parameter(logical_id, Type="String"))
        return ref(self.ids[name])

    def used(self, name: str, machine: str, where: Iterable[str]) -> None:
        """Record that state machine *machine* uses ``${name}`` at the paths *where*."""
        self.uses.setdefault(name, {}).setdefault(machine, []).extend(where)

    def finish(self, roles: Iterable[str]) -> Problem | None:
        """Describe each Parameter, constrain it by its use in *roles*; the warning, if any."""
        if not self.ids:
            return None
        policies = [
            self.template.resources[role].to_dict()
            for role in roles
            if role in self.template.resources
        ]
        for name, logical_id in sorted(self.ids.items()):
            parameter = self.template.parameters[logical_id]
            parameter.Description = _description(name, self.uses.get(name, {}))
            shapes: set[_Shape] = set()
            for policy in policies:
                shapes |= _shapes(policy, logical_id)
            if len(shapes) == 1:
                pattern, constraint = _PATTERNS[shapes.pop()]
                parameter.AllowedPattern = pattern
                parameter.ConstraintDescription = constraint
        return Problem(self.message(), "", "placeholder-parameters", "warning")

    def message(self) -> str:
        """The warning that lists the Parameters and how to give their values."""
        named = [
            f"${{{name}}}" + ("" if lid == name else f" (Parameter {lid})")
            for name, lid in sorted(self.ids.items())
        ]
        overrides = " ".join(f"{lid}=VALUE" for _, lid in sorted(self.ids.items()))
        several = len(named) > 1
        listed = ", ".join(named[:-1]) + " and " + named[-1] if several else named[0]
        became = (
            "have no value, so they are template Parameters"
            if several
            else ("has no value, so it is a template Parameter")
        )
        return (
            f"{listed} {became}; give {'their values' if several else 'its value'} when you "
            "deploy: aws cloudformation deploy --template-file "
            "TEMPLATE --stack-name STACK --capabilities CAPABILITY_IAM --parameter-overrides "
            f"{overrides} (or at build time: --param NAME=VALUE)"
        )


def _description(name: str, uses: Mapping[str, list[str]]) -> str:
    parts = [
        f"state machine {machine} at {', '.join(dict.fromkeys(where))}"
        for machine, where in sorted(uses.items())
    ]
    # "${Name}" itself would read as a Fn::Sub variable to linters (cfn-lint E1029).
    text = f"Value of the placeholder {name} in the definition of " + "; ".join(parts)
    if len(text) > _DESCRIPTION_MAX:
        text = text[: _DESCRIPTION_MAX - 3] + "..."
    return text


def _shapes(value: Any, logical_id: str) -> set[_Shape]:
    """How the statements in *value* use the Parameter *logical_id*."""
    found: set[_Shape] = set()
    if isinstance(value, list):
        for item in value:
            found |= _shapes(item, logical_id)
        return found
    if not isinstance(value, dict):
        return found
    if value == {"Ref": logical_id}:
        return {"arn"}
    split = value.get("Fn::Split")
    if isinstance(split, list) and len(split) == 2 and split[1] == {"Ref": logical_id}:
        return {"url" if split[0] == "/" else "arn"}
    sub = value.get("Fn::Sub")
    template = sub[0] if isinstance(sub, list) and sub else sub
    if isinstance(template, str):
        mark = "${" + logical_id + "}"
        if template.startswith(mark):
            found.add("arn")
        elif mark in template:
            found.add("name")
    for item in value.values():
        found |= _shapes(item, logical_id)
    return found


__all__ = ["PlaceholderParameters"]
