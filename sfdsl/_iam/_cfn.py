"""CloudFormation values used in IAM statements: placeholders, ``Fn::Sub`` and ARN splitting.

Every value handled here is plain JSON data: a literal ``str`` or a ``dict`` intrinsic
(``{"Ref": ...}``, ``{"Fn::GetAtt": [...]}``, ``{"Fn::Sub": ...}``, ...). troposphere helpers
given by the caller are turned into that form once, by :func:`plain`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, TypeAlias

Cfn: TypeAlias = str | dict[str, Any]

PARTITION: dict[str, Any] = {"Ref": "AWS::Partition"}
REGION: dict[str, Any] = {"Ref": "AWS::Region"}
ACCOUNT: dict[str, Any] = {"Ref": "AWS::AccountId"}

_PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")


class UnknownPlaceholderError(LookupError):
    """A ``${Name}`` placeholder has no DefinitionSubstitutions entry."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def plain(value: object) -> Cfn:
    """Return *value* as JSON data: troposphere helpers become their dict form."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    msg = (
        "a substitution value must be a string, a CloudFormation intrinsic dict or a "
        f"troposphere helper, got {type(value).__name__} {value!r}"
    )
    raise TypeError(msg)


def key(value: object) -> str:
    """A stable text key for *value*, used to de-duplicate and merge."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def literal(value: Cfn) -> str | None:
    """The string when *value* is known at build time, else ``None``."""
    return value if isinstance(value, str) else None


def sub(*parts: Cfn) -> Cfn:
    """Join literal and intrinsic *parts* into the simplest equivalent value.

    All-literal parts give a plain string; otherwise one ``Fn::Sub``, where ``Ref`` and
    ``Fn::GetAtt`` are written inline (``${AWS::Region}``, ``${Fn.Arn}``) and any other
    intrinsic becomes a named variable.
    """
    if all(isinstance(p, str) for p in parts):
        return "".join(p for p in parts if isinstance(p, str))
    if len(parts) == 1:
        return parts[0]
    text: list[str] = []
    variables: dict[str, Any] = {}
    for part in parts:
        if isinstance(part, str):
            text.append(part.replace("${", "${!"))
            continue
        inline = _inline(part)
        if inline is not None:
            text.append(inline)
            continue
        template, extra = _sub_parts(part, len(variables))
        if template is not None:
            text.append(template)
            variables.update(extra)
            continue
        known = next((n for n, v in variables.items() if key(v) == key(part)), None)
        name = known or f"V{len(variables)}"
        variables[name] = part
        text.append("${" + name + "}")
    joined = "".join(text)
    return {"Fn::Sub": [joined, variables]} if variables else {"Fn::Sub": joined}


def _inline(value: dict[str, Any]) -> str | None:
    if len(value) != 1:
        return None
    ref = value.get("Ref")
    if isinstance(ref, str):
        return "${" + ref + "}"
    att = value.get("Fn::GetAtt")
    if isinstance(att, list) and len(att) == 2 and all(isinstance(a, str) for a in att):
        return "${" + str(att[0]) + "." + str(att[1]) + "}"
    if isinstance(att, str):
        return "${" + att + "}"
    return None


def _sub_parts(value: dict[str, Any], taken: int) -> tuple[str | None, dict[str, Any]]:
    """Let a nested ``Fn::Sub`` merge into the enclosing one (variables renamed apart)."""
    inner = value.get("Fn::Sub") if len(value) == 1 else None
    if isinstance(inner, str):
        return inner, {}
    if isinstance(inner, list) and len(inner) == 2 and isinstance(inner[0], str):
        names = {name: f"V{taken + i}" for i, name in enumerate(inner[1])}
        template = _PLACEHOLDER.sub(
            lambda m: "${" + names.get(m.group(1), m.group(1)) + "}", inner[0]
        )
        return template, {names[name]: var for name, var in inner[1].items()}
    return None, {}


def resolve(text: str, substitutions: Mapping[str, Cfn]) -> Cfn:
    """Replace DefinitionSubstitutions placeholders in a definition string.

    Raises:
        UnknownPlaceholderError: a placeholder has no substitution.
    """
    if "${" not in text:
        return text
    parts: list[Cfn] = []
    pos = 0
    for match in _PLACEHOLDER.finditer(text):
        if match.start() > pos:
            parts.append(text[pos : match.start()])
        name = match.group(1)
        if name not in substitutions:
            raise UnknownPlaceholderError(name)
        parts.append(substitutions[name])
        pos = match.end()
    if pos < len(text):
        parts.append(text[pos:])
    return sub(*parts)


def select(index: int, separator: str, value: Cfn) -> dict[str, Any]:
    """``Fn::Select`` of ``Fn::Split``: one field of a value known only at deploy time."""
    return {"Fn::Select": [index, {"Fn::Split": [separator, value]}]}


def ref_target(value: Cfn) -> str | None:
    """The logical id of ``{"Ref": id}`` (not a pseudo parameter), else ``None``."""
    if isinstance(value, dict) and len(value) == 1:
        target = value.get("Ref")
        if isinstance(target, str) and not target.startswith("AWS::"):
            return target
    return None


MACHINE_QUALIFIED_TYPES = (
    "AWS::StepFunctions::StateMachineAlias",
    "AWS::StepFunctions::StateMachineVersion",
)
"""What a ``Ref`` returns a qualified state machine ARN (``...:stateMachine:name:qualifier``) for."""

_MACHINE_QUALIFIED = re.compile(r"^(?P<machine>.*:stateMachine:[^:$]+):(?P<qualifier>[^:$/]+)$")


def unqualified_machine(value: Cfn, kind: str | None = None) -> tuple[Cfn, Cfn] | None:
    """The state machine ARN and the qualifier of a version or alias ARN, else ``None``.

    Step Functions authorizes a call on a version or an alias with the unqualified state
    machine ARN; the version or alias is named by the ``states:StateMachineQualifier`` key
    ("Authorization for versions and aliases in Step Functions workflows",
    https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html).
    *kind* is the CloudFormation type of the resource a ``Ref`` names.

    Example:
        >>> unqualified_machine("arn:aws:states:us-east-1:123456789012:stateMachine:pay:live")
        ('arn:aws:states:us-east-1:123456789012:stateMachine:pay', 'live')
        >>> unqualified_machine("arn:aws:states:us-east-1:123456789012:stateMachine:pay") is None
        True
    """
    inner = value if isinstance(value, str) else value.get("Fn::Sub")
    variables = None
    if isinstance(inner, list) and len(inner) == 2 and isinstance(inner[0], str):
        inner, variables = inner
    if isinstance(inner, str):
        match = _MACHINE_QUALIFIED.match(inner)
        if match is None:
            return None
        machine = match.group("machine")
        if isinstance(value, str):
            return machine, match.group("qualifier")
        return {"Fn::Sub": [machine, variables] if variables else machine}, match.group("qualifier")
    if kind in MACHINE_QUALIFIED_TYPES:
        name = select(6, ":", value)
        machine_arn = sub(
            "arn:", PARTITION, ":states:", REGION, ":", ACCOUNT, ":stateMachine:", name
        )
        return machine_arn, select(7, ":", value)
    return None


def getatt(value: Cfn) -> tuple[str, str] | None:
    """``(logical id, attribute)`` of a ``Fn::GetAtt``, else ``None``."""
    if isinstance(value, dict) and len(value) == 1:
        att = value.get("Fn::GetAtt")
        if isinstance(att, list) and len(att) == 2 and all(isinstance(a, str) for a in att):
            return att[0], att[1]
        if isinstance(att, str) and "." in att:
            logical, _, attr = att.partition(".")
            return logical, attr
    return None
