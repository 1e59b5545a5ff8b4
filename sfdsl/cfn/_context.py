"""What every resource builder shares: the template being filled, build parameters, problems.

CloudFormation values are handled as plain JSON data (``"arn:..."`` or ``{"Ref": ...}``) until
a resource is added; :func:`tropo` then turns intrinsic dicts into troposphere helpers so
troposphere's type checks accept them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from troposphere import AWSHelperFn, AWSObject, Template

from sfdsl._values import BUILD_PARAM
from sfdsl.errors import BuildError, Problem, ProblemCode, ValidationError

if TYPE_CHECKING:
    from sfdsl.cfn._parameters import PlaceholderParameters

CfnValue: TypeAlias = str | dict[str, Any]
"""A literal string or a CloudFormation intrinsic such as ``{"Fn::GetAtt": ["Fn", "Arn"]}``."""

PARTITION: dict[str, Any] = {"Ref": "AWS::Partition"}
REGION: dict[str, Any] = {"Ref": "AWS::Region"}
ACCOUNT: dict[str, Any] = {"Ref": "AWS::AccountId"}

_PARAM = BUILD_PARAM
_LOGICAL_ID = re.compile(r"^[A-Za-z0-9]{1,255}$")


_SCALARS = (str, int, float)


class Raw(AWSHelperFn):  # type: ignore[misc]
    """An intrinsic given as JSON data, passed through troposphere unchanged."""

    def __init__(self, data: Any) -> None:
        self.data = data


def is_intrinsic(value: object) -> bool:
    """True for ``{"Ref": ...}`` or ``{"Fn::...": ...}`` (a single key)."""
    if isinstance(value, str) or not isinstance(value, Mapping) or len(value) != 1:
        return False
    key = next(iter(value))
    return isinstance(key, str) and (key == "Ref" or key.startswith("Fn::"))


def option_error(message: str) -> ValidationError:
    """The error for an option with a wrong value, its text being *message*.

    A :class:`~sfdsl.errors.ValidationError`, so ``except SfdslError`` catches it, and so does
    ``except ValueError``.

    Example:
        >>> err = option_error("level must be one of ALL, ERROR, FATAL, OFF, got 'DEBUG'")
        >>> isinstance(err, ValueError), str(err)
        (True, "level must be one of ALL, ERROR, FATAL, OFF, got 'DEBUG'")
    """
    return ValidationError([Problem(message, code="invalid-option")])


def tropo(value: Any) -> Any:
    """Turn intrinsic dicts (at any depth) into helpers troposphere accepts in typed fields."""
    if isinstance(value, _SCALARS) or value is None:
        return value  # most values: tested first, since a Mapping test is slower
    if isinstance(value, Mapping):
        if is_intrinsic(value):
            return Raw(dict(value))
        return {k: tropo(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [tropo(v) for v in value]
    return value


def norm(name: str) -> str:
    """A logical id from a name, as the serverless framework makes them.

    The first character is upper-cased, ``-`` becomes ``Dash`` and ``_`` becomes ``Underscore``;
    any other character that is not a letter or digit is dropped.
    """
    text = name.replace("-", "Dash").replace("_", "Underscore")
    text = "".join(c for c in text if c.isascii() and c.isalnum())
    return text[:1].upper() + text[1:]


def sub(*parts: CfnValue) -> CfnValue:
    """Join literal and intrinsic parts into one string or one ``Fn::Sub`` (IAM's joiner)."""
    # Imported here: sfdsl._iam loads the IAM rules, which `import sfdsl.cfn` does not need.
    from sfdsl._iam._cfn import sub as join

    return join(*parts)


def arn(service: str, resource: CfnValue, *, region: bool = True, account: bool = True) -> CfnValue:
    """``arn:${AWS::Partition}:<service>:${AWS::Region}:${AWS::AccountId}:<resource>``."""
    return sub(
        "arn:",
        PARTITION,
        f":{service}:",
        REGION if region else "",
        ":",
        ACCOUNT if account else "",
        ":",
        resource,
    )


def getatt(logical_id: str, attribute: str) -> dict[str, Any]:
    """``{"Fn::GetAtt": [logical_id, attribute]}``."""
    return {"Fn::GetAtt": [logical_id, attribute]}


def ref(logical_id: str) -> dict[str, Any]:
    """``{"Ref": logical_id}``."""
    return {"Ref": logical_id}


def tags_list(*maps: Mapping[str, str]) -> list[dict[str, str]]:
    """``[{"Key": k, "Value": v}]`` from several maps, later ones winning, in key order."""
    merged: dict[str, str] = {}
    for m in maps:
        merged.update({str(k): str(v) for k, v in m.items()})
    return [{"Key": k, "Value": v} for k, v in merged.items()]


class Context:
    """One build: the template, the build parameters and the problems found so far."""

    def __init__(self, template: Template, parameters: Mapping[str, str]) -> None:
        self.template = template
        self.parameters = dict(parameters)
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.used_parameters: set[str] = set()
        self.shared: dict[str, Any] = {}
        self.app_name: str | None = None
        self.placeholder_values: dict[str, str] = {}
        """Build-time values of ``${Name}`` placeholders (only those given explicitly)."""
        self.placeholder_parameters: PlaceholderParameters | None = None
        """Where placeholders without a value become template Parameters, if they do."""
        self.owners: dict[str, str] = {}
        """Logical id -> what got it in this build (``the state machine 'hello'``)."""

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
        """*value* with every ``${param:NAME}`` replaced by the build parameter's value."""
        if isinstance(value, str):
            if "${param:" not in value:
                return value
            return _PARAM.sub(lambda m: self._param(m.group(1), path), value)
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

    def raw_owner(self, logical_id: str) -> str | None:
        """How the app names its own resource with this id (``resources['Q'] (AWS::SQS::Queue)``)."""
        raw: dict[str, str] = self.shared.get("raw-resources", {})
        return raw.get(logical_id)

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
        own = self.raw_owner(value)
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
        own = self.raw_owner(logical_id)
        if own is None and (found is None or found.resource_type == cls.resource_type):
            return False
        reported: set[str] = self.shared.setdefault("clashes", set())
        if logical_id in reported:
            return True
        reported.add(logical_id)
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
    ) -> AWSObject:
        """Add one resource built from plain JSON properties.

        A logical id already taken (by one of the app's own resources, or by a state machine
        given that logical id) is a problem; the resource there is kept and returned.
        """
        own = self.raw_owner(logical_id)
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
        props = {k: tropo(v) for k, v in properties.items()}
        if isinstance(props.get("Tags"), list):
            # troposphere types Tags differently per resource; the JSON form is the same.
            props["Tags"] = Raw(props["Tags"])
        resource = cls.from_dict(logical_id, props)
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
        from troposphere import Output

        if logical_id in self.template.outputs:
            own = logical_id in self.shared.get("raw-outputs", ())
            self.fail(
                f"output {logical_id!r} ({description}) is already in the template"
                + (f", given by App outputs[{logical_id!r}]; rename that output" if own else ""),
                code="duplicate-output",
            )
            return
        self.template.add_output(Output(logical_id, Value=tropo(value), Description=description))


__all__ = [
    "ACCOUNT",
    "PARTITION",
    "REGION",
    "CfnValue",
    "Context",
    "Raw",
    "arn",
    "getatt",
    "is_intrinsic",
    "norm",
    "ref",
    "sub",
    "tags_list",
    "tropo",
]
