"""What every resource builder shares: the template being filled, build parameters, problems.

CloudFormation values are handled as plain JSON data (``"arn:..."`` or ``{"Ref": ...}``) until
a resource is added; :func:`tropo` then turns intrinsic dicts into troposphere helpers so
troposphere's type checks accept them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs
from troposphere import (
    AWSHelperFn,
    AWSObject,
    BaseAWSObject,
    Output,
    Template,
    is_aws_object_subclass,
)

from sfdsl.cfn._app import Deployment
from sfdsl.cfn._build.parameters import PlaceholderParameters
from sfdsl.cfn._values import PARAM, CfnValue, plain_json, ref
from sfdsl.cfn._versions import alias_id
from sfdsl.errors import BuildError, Problem, ProblemCode

_LOGICAL_ID = re.compile(r"^[A-Za-z0-9]{1,255}$")
_SCALARS = (str, int, float)

Statement = dict[str, Any]
"""An IAM policy statement as JSON data."""


class Raw(AWSHelperFn):  # type: ignore[misc]
    """An intrinsic given as JSON data, passed through troposphere unchanged.

    Example:
        >>> Raw({"Ref": "Jobs"}).to_dict()
        {'Ref': 'Jobs'}
    """

    def __init__(self, data: Any) -> None:
        self.data = data

    def to_dict(self) -> Any:
        # The data as it is: troposphere's encoder walks what this returns anyway.
        return self.data


def tropo(value: Any) -> Any:
    """Turn intrinsic dicts (at any depth) into helpers troposphere accepts in typed fields.

    Example:
        >>> type(tropo({"Name": {"Ref": "Jobs"}})["Name"]).__name__
        'Raw'
    """
    if isinstance(value, _SCALARS) or value is None:
        return value  # most values: tested first, since a Mapping test is slower
    if isinstance(value, Mapping):
        if len(value) == 1:
            key = next(iter(value))
            if isinstance(key, str) and (key == "Ref" or key.startswith("Fn::")):
                return Raw(plain_json(value))
        return {k: tropo(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [tropo(v) for v in value]
    return value


def tags_list(*maps: Mapping[str, str]) -> list[dict[str, str]]:
    """``[{"Key": k, "Value": v}]`` from several maps, later ones winning, in key order.

    Example:
        >>> tags_list({"team": "a"}, {"team": "b", "tier": "1"})
        [{'Key': 'team', 'Value': 'b'}, {'Key': 'tier', 'Value': '1'}]
    """
    merged: dict[str, str] = {}
    for m in maps:
        merged.update({str(k): str(v) for k, v in m.items()})
    return [{"Key": k, "Value": v} for k, v in merged.items()]


def _typed(cls: type[BaseAWSObject], props: Mapping[str, Any]) -> dict[str, Any]:
    """*props* with each JSON object given for a typed property made that property's class.

    As troposphere's ``from_dict`` does, but a property given as a troposphere object (an
    ``events.Target``...) is taken as it is.
    """
    out: dict[str, Any] = {}
    for name, value in props.items():
        kind = cls.props[name][0] if name in cls.props else None
        if isinstance(value, dict) and is_aws_object_subclass(kind):
            value = _typed_object(kind, value)
        elif isinstance(value, list) and isinstance(kind, list) and is_aws_object_subclass(kind[0]):
            value = [_typed_object(kind[0], v) if isinstance(v, dict) else v for v in value]
        out[name] = value
    return out


def _typed_object(kind: Any, value: dict[str, Any]) -> Any:
    return kind(**_typed(kind, value))


def _text_map(value: Mapping[str, str]) -> dict[str, str]:
    return dict(value)


@attrs.define(eq=False)
class Context:
    """One build: the template, the build parameters, the problems found so far, and what the
    builders share while they fill the template (each in its own typed field).

    Example:
        >>> ctx = Context(Template(), {"stage": "prod"})
        >>> ctx.params("orders-${param:stage}")
        'orders-prod'
    """

    template: Template
    parameters: dict[str, str] = attrs.field(converter=_text_map)
    problems: list[Problem] = attrs.field(factory=list)
    warnings: list[Problem] = attrs.field(factory=list)
    used_parameters: set[str] = attrs.field(factory=set)
    app_name: str | None = None
    placeholder_values: dict[str, str] = attrs.field(factory=dict)
    """Build-time values of ``${Name}`` placeholders (only those given explicitly)."""
    placeholder_parameters: PlaceholderParameters | None = None
    """Where placeholders without a value become template Parameters, if they do."""
    owners: dict[str, str] = attrs.field(factory=dict)
    """Logical id -> what got it in this build (``the state machine 'hello'``)."""
    raw_resources: dict[str, str] = attrs.field(factory=dict)
    """Logical id of each of the app's own resources -> how the app names it."""
    raw_outputs: set[str] = attrs.field(factory=set)
    """The app's own outputs."""
    clashes_reported: set[str] = attrs.field(factory=set)
    """Shared logical ids whose clash is reported already (once each)."""
    missing_resources: set[str] = attrs.field(factory=set)
    """Logical ids reported missing already (once each)."""
    start_roles: dict[str, list[Statement]] = attrs.field(factory=dict)
    """Role that starts a machine from its events -> the statements of its policy."""
    dlq_rules: dict[str, list[str]] = attrs.field(factory=dict)
    """Dead-letter queue policy -> the rules it lets send to the queue."""
    api_role_statements: list[Statement] = attrs.field(factory=list)
    """The statements of the shared role API Gateway starts executions with."""

    def fail(self, message: str, path: str = "", code: ProblemCode = "build") -> None:
        self.problems.append(Problem(message, path, code))

    def warn(self, message: str, path: str = "", code: ProblemCode = "build-warning") -> None:
        self.warnings.append(Problem(message, path, code, "warning"))

    def check(self, subject: str) -> None:
        """Raise every problem collected so far as one :class:`BuildError`."""
        if self.problems:
            problems, self.problems = self.problems, []
            raise BuildError(problems, subject=subject)

    def params(self, value: Any, path: str = "") -> Any:
        """*value* with every ``${param:NAME}`` replaced by the build parameter's value.

        Containers come back as plain dicts and lists (frozen options included).
        """
        if isinstance(value, str):
            if "${param:" not in value:
                return value
            return PARAM.sub(lambda m: self._param(m.group(1), path), value)
        if isinstance(value, Mapping):
            return {self.params(k, path): self.params(v, path) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.params(v, path) for v in value]
        return value

    def _param(self, name: str, path: str) -> str:
        self.used_parameters.add(name)
        if name in self.parameters:
            return self.parameters[name]
        known = ", ".join(sorted(self.parameters)) or "none"
        self.fail(
            f"${{param:{name}}} has no value (parameters: {known}); declare it with "
            f"App(params={{{name!r}: 'default'}}) or pass --param {name}=VALUE",
            path,
            "unknown-parameter",
        )
        return "${param:" + name + "}"

    def logical_id(self, value: str, what: str, path: str = "", name: str | None = None) -> bool:
        """Check a logical id's syntax and that it is not taken; record a problem if not.

        *name* is the user's name of what gets the id (a machine's or a function's name),
        so that a clash names both owners.
        """
        label = f"the {what} {name!r}" if name else f"the {what}"
        if not _LOGICAL_ID.match(value):
            self.fail(
                f"{what} logical id must be 1-255 letters and digits, got {value!r}",
                path,
                "logical-id",
            )
            return False
        own = self.raw_resources.get(value)
        if own is not None:
            self.fail(
                f"logical id {value!r} of {label} is taken by App {own}; rename that "
                "resource or give this one another logical_id",
                path,
                "duplicate-logical-id",
            )
            return False
        if value in self.template.resources or value in self.template.parameters:
            self.fail(
                f"logical id {value!r} of {label} is taken by {self.owner(value)}; give one "
                "of them another logical_id",
                path,
                "duplicate-logical-id",
            )
            return False
        self.owners[value] = label
        return True

    def owner(self, logical_id: str) -> str:
        """Who has *logical_id* in the template: ``the Lambda function 'Hello'``, ..."""
        if logical_id in self.owners:
            return self.owners[logical_id]
        found = self.template.resources.get(logical_id)
        if found is not None:
            return f"a resource of type {found.resource_type} already in the template"
        return "a Parameter of the template"

    def clashes(self, logical_id: str, cls: type[AWSObject], what: str, path: str = "") -> bool:
        """Whether a resource that builders share (the API, its role...) cannot be shared.

        Shared resources are made once and found again by logical id. Under that id there may
        instead be something else (a state machine given that logical id, one of the app's own
        resources): that is recorded as a problem (once), and True returned.
        """
        found = self.template.resources.get(logical_id)
        own = self.raw_resources.get(logical_id)
        if own is None and (found is None or found.resource_type == cls.resource_type):
            return False
        if logical_id in self.clashes_reported:
            return True
        self.clashes_reported.add(logical_id)
        taken = f"App {own}" if own else self.owner(logical_id)
        self.fail(
            f"logical id {logical_id!r} of the {what} is taken by {taken}; give that one "
            "another logical id",
            path,
            "duplicate-logical-id",
        )
        return True

    def add(
        self,
        cls: type[AWSObject],
        logical_id: str,
        properties: Mapping[str, Any],
        *,
        depends_on: list[str] | None = None,
        retain: bool = False,
        condition: str | None = None,
        plain: tuple[str, ...] = (),
    ) -> AWSObject:
        """Add one resource built from JSON properties (or troposphere property objects).

        A logical id already taken (by one of the app's own resources, or by a state machine
        given that logical id) is a problem; the resource there is kept and returned. The
        properties named in *plain* hold no intrinsic at any depth (a definition whose
        intrinsics are substitutions): they are not searched for one.
        """
        own = self.raw_resources.get(logical_id)
        if own is not None:
            self.fail(
                f"logical id {logical_id!r} of a generated {cls.resource_type} is taken by App "
                f"{own}; rename that resource",
                code="duplicate-logical-id",
            )
            return self.template.resources[logical_id]
        found = self.template.resources.get(logical_id)
        if found is not None:
            self.fail(
                f"logical id {logical_id!r} of a generated {cls.resource_type} is taken by "
                f"{self.owner(logical_id)}; give that one another logical id",
                code="duplicate-logical-id",
            )
            return found
        props = {k: v if k in plain else tropo(v) for k, v in properties.items()}
        if isinstance(props.get("Tags"), list):
            # troposphere types Tags differently per resource; the JSON form is the same.
            props["Tags"] = Raw(props["Tags"])
        resource = cls(logical_id, **_typed(cls, props))
        if depends_on:
            resource.DependsOn = depends_on
        if retain:
            resource.DeletionPolicy = "Retain"
            resource.UpdateReplacePolicy = "Retain"
        if condition:
            resource.Condition = condition
        self.template.add_resource(resource)
        self.owners.setdefault(logical_id, f"the generated {cls.resource_type}")
        return resource

    def output(self, logical_id: str, value: CfnValue, description: str) -> None:
        if logical_id in self.template.outputs:
            own = logical_id in self.raw_outputs
            self.fail(
                f"output {logical_id!r} ({description}) is already in the template"
                + (f", given by App outputs[{logical_id!r}]; rename that output" if own else ""),
                code="duplicate-output",
            )
            return
        self.template.add_output(Output(logical_id, Value=tropo(value), Description=description))


@attrs.frozen
class MachineBuild:
    """What the later builders (alarms, events, versions) need to know about a built machine."""

    deployment: Deployment
    logical_id: str
    name: str | None
    arn: CfnValue
    role_id: str | None
    substitutions: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def start_arn(self) -> CfnValue:
        """What events start: the alias when versions are published, else the machine."""
        if self.deployment.publish is not None:
            return ref(alias_id(self.logical_id))
        return ref(self.logical_id)

    def start_statement(self, action: str) -> Statement:
        """The IAM statement that lets a service start executions of :attr:`start_arn`.

        Step Functions authorizes a start on an alias with the state machine's own ARN; the
        ``states:StateMachineQualifier`` condition keeps it to the alias ("Authorization for
        versions and aliases in Step Functions workflows",
        https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html).
        """
        statement: Statement = {
            "Effect": "Allow",
            "Action": action,
            "Resource": ref(self.logical_id),
        }
        if self.deployment.publish is not None:
            qualifier = {"states:StateMachineQualifier": self.deployment.publish.alias}
            statement["Condition"] = {"StringEquals": qualifier}
        return statement


__all__ = ["Context", "MachineBuild", "Raw", "Statement", "tags_list", "tropo"]
