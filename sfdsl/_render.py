"""The ASL of a machine with its placeholders filled, for tools other than CloudFormation.

A definition may hold ``${Name}`` placeholders (:class:`~sfdsl.Placeholder`, Function and
Activity handles, ``${AWS::Region}``) and CloudFormation intrinsics (``{"Ref": "Jobs"}``).
The CloudFormation builder turns them into ``DefinitionSubstitutions``; Terraform, Pulumi, the
CDK and SAM users fill them with :func:`render_asl`, under the same names.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from sfdsl._values import Placeholder
from sfdsl.errors import Problem, ValidationError

if TYPE_CHECKING:
    from sfdsl._machine import StateMachine

_PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
_SCALARS = (str, int, float, bool)


def intrinsic_name(value: Mapping[str, Any]) -> str:
    """The placeholder name of a CloudFormation intrinsic, as in ``DefinitionSubstitutions``.

    Example:
        >>> intrinsic_name({"Ref": "Jobs"}), intrinsic_name({"Fn::GetAtt": ["Hello", "Arn"]})
        ('Jobs', 'HelloArn')
    """
    ref = value.get("Ref")
    if isinstance(ref, str):
        return re.sub(r"[^A-Za-z0-9]", "", ref)
    att = value.get("Fn::GetAtt")
    if isinstance(att, list):
        return "".join(re.sub(r"[^A-Za-z0-9]", "", str(p)) for p in att)
    text = json.dumps(value, sort_keys=True)
    return "Value" + hashlib.sha256(text.encode()).hexdigest()[:8]


def is_intrinsic(value: object) -> bool:
    """True for a CloudFormation intrinsic: ``{"Ref": ...}`` or ``{"Fn::...": ...}`` (one key).

    Example:
        >>> is_intrinsic({"Ref": "Jobs"}), is_intrinsic({"Ref": "Jobs", "x": 1}), is_intrinsic("x")
        (True, False, False)
    """
    if isinstance(value, str) or not isinstance(value, Mapping) or len(value) != 1:
        return False
    key = next(iter(value))
    return isinstance(key, str) and (key == "Ref" or key.startswith("Fn::"))


def render_asl(
    machine: StateMachine,
    values: Mapping[str, Any] | None = None,
    *,
    unfilled: Literal["error", "keep"] = "error",
    indent: int | None = 2,
) -> str:
    """The machine's ASL as JSON text, every placeholder filled from *values*.

    Placeholders are named as in the ``DefinitionSubstitutions`` of
    :func:`sfdsl.cfn.template_for`: ``${Name}`` by its name (``HelloArn`` for the
    ``Function("Hello")`` handle, ``AWS::Region`` for the pseudo parameter), a ``{"Ref": "Jobs"}``
    by its logical id (``Jobs``), a ``{"Fn::GetAtt": ["Hello", "Arn"]}`` by both parts
    (``HelloArn``). A :class:`~sfdsl.Placeholder` whose value is a plain string fills itself.

    Args:
        values: text (or a number) for each placeholder name.
        unfilled: ``"keep"`` leaves a placeholder without a value as ``${Name}`` text (for a
            tool that substitutes them: SAM's and the CDK's ``DefinitionSubstitutions``,
            Terraform's ``templatefile``); intrinsics become ``${Name}`` too.
        indent: of the JSON text (``None``: one line).

    Raises:
        ValidationError: every placeholder left without a value, with where it is used, and
            every name in *values* that the definition does not use (with the closest name).

    Example:
        >>> from sfdsl import StateMachine, Task
        >>> send = Task("Send", resource="arn:aws:states:::sqs:sendMessage",
        ...             parameters={"QueueUrl": {"Ref": "Jobs"}, "MessageBody.$": "$"})
        >>> machine = StateMachine(send)
        >>> url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
        >>> asl = json.loads(render_asl(machine, {"Jobs": url}))
        >>> asl["States"]["Send"]["Parameters"]["QueueUrl"]
        'https://sqs.us-east-1.amazonaws.com/123456789012/jobs'
        >>> print(render_asl(machine))  # doctest: +NORMALIZE_WHITESPACE
        Traceback (most recent call last):
        ...
        sfdsl.errors.ValidationError: invalid placeholders (1 problem):
          - placeholder Jobs ({'Ref': 'Jobs'}) has no value; give it one:
            render_asl(machine, values={'Jobs': ...})  @ States.Send.Parameters.QueueUrl
    """
    given = dict(values or {})
    own = {
        name: p.value
        for name, p in collect_placeholders(machine).items()
        if isinstance(p.value, _SCALARS) and not isinstance(p.value, bool)
    }
    filling = _Filling(given, {k: str(v) for k, v in own.items()}, unfilled)
    asl = filling.walk(machine.to_asl(), "")
    problems = [
        Problem(
            f"placeholder {name}{filling.shown.get(name, '')} has no value; give it one: "
            f"render_asl(machine, values={{{name!r}: ...}})",
            where[0],
            "unfilled-placeholder",
        )
        for name, where in filling.missing.items()
    ]
    for name in sorted(set(given) - filling.used):
        close = difflib.get_close_matches(name, sorted(filling.used | set(filling.missing)), n=1)
        fix = f"did you mean {close[0]!r}?" if close else "drop it"
        problems.append(
            Problem(
                f"values[{name!r}] fills no placeholder of the definition; {fix}",
                code="unknown-placeholder",
            )
        )
    if problems:
        raise ValidationError(problems, subject="placeholders")
    return json.dumps(asl, indent=indent, ensure_ascii=False)


def collect_placeholders(obj: object) -> dict[str, Placeholder]:
    """Every :class:`~sfdsl.Placeholder` reachable from *obj* (states, payloads, nested graphs).

    When one name is met with and without a value, the one with a value is kept.

    Example:
        >>> from sfdsl import StateMachine, Task
        >>> jobs = Placeholder("Jobs", {"Ref": "Jobs"})
        >>> send = Task("Send", resource="arn:aws:states:::sqs:sendMessage",
        ...             parameters={"QueueUrl": jobs, "MessageBody.$": "$"})
        >>> collect_placeholders(StateMachine(send))
        {'Jobs': Placeholder(name='Jobs', value={'Ref': 'Jobs'})}
    """
    found: dict[str, Placeholder] = {}
    seen: set[int] = set()
    stack: list[Any] = [obj]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind in _LEAVES or id(item) in seen:
            continue
        seen.add(id(item))
        how = _HOW.get(kind)
        if how is None:
            how = _HOW[kind] = _how_to_walk(kind)
        if how is _VALUES:
            stack.extend(item.values())
        elif how is _ITEMS:
            stack.extend(item)
        elif how is _PLACEHOLDER_OBJECT:
            known = found.setdefault(item.name, item)
            if item.value is not None and known.value is None:
                found[item.name] = item
        else:
            stack.extend([getattr(item, name, None) for name in how])
    return found


_LEAVES = frozenset({str, int, float, bool, type(None)})
_VALUES: tuple[str, ...] = ("<mapping>",)
_ITEMS: tuple[str, ...] = ("<collection>",)
_PLACEHOLDER_OBJECT: tuple[str, ...] = ("<placeholder>",)
_HOW: dict[type, tuple[str, ...]] = {}
"""How :func:`collect_placeholders` walks each class met: its values, its items, as a
placeholder, or the attrs fields named (decided once per class)."""


def _how_to_walk(kind: type) -> tuple[str, ...]:
    """The walk of *kind*; for an attrs class, the fields that may hold placeholders: those in
    its equality (and a placeholder's ``value``)."""
    if issubclass(kind, Placeholder):
        return _PLACEHOLDER_OBJECT
    if issubclass(kind, Mapping):
        return _VALUES
    if issubclass(kind, (list, tuple, set, frozenset)):
        return _ITEMS
    if not attrs.has(kind):
        return ()
    return tuple(f.name for f in attrs.fields(kind) if f.eq is not False or f.name == "value")


class _Filling:
    """One walk over the ASL: fills placeholders, records those used and those left."""

    def __init__(self, values: Mapping[str, Any], own: Mapping[str, str], unfilled: str) -> None:
        if unfilled not in ("error", "keep"):
            msg = f"unfilled must be 'error' or 'keep', got {unfilled!r}"
            raise ValidationError([Problem(msg, code="invalid-option")])
        self.values = {**own, **values}
        self.own = {name for name in own if name not in values}
        self.keep = unfilled == "keep"
        self.used: set[str] = set()
        self.missing: dict[str, list[str]] = {}
        self.shown: dict[str, str] = {}

    def _value(self, name: str, where: str) -> str | None:
        if name in self.values:
            if name not in self.own:
                self.used.add(name)
            return str(self.values[name])
        if not self.keep:
            self.missing.setdefault(name, []).append(where)
        return None

    def walk(self, value: Any, where: str) -> Any:
        if isinstance(value, str):
            if "${" not in value:
                return value

            def fill(m: re.Match[str]) -> str:
                text = self._value(m.group(1), where)
                if text is None:
                    return m.group(0)
                # A placeholder's own value may hold ${AWS::Region} and the like.
                return _PLACEHOLDER.sub(fill, text) if m.group(1) in self.own else text

            return _PLACEHOLDER.sub(fill, value)
        if isinstance(value, dict):
            if is_intrinsic(value):
                name = intrinsic_name(value)
                self.shown[name] = f" ({value!r})"
                return self.walk("${" + name + "}", where)
            return {k: self.walk(v, f"{where}.{k}" if where else k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.walk(v, f"{where}[{i}]") for i, v in enumerate(value)]
        return value


__all__ = ["collect_placeholders", "intrinsic_name", "is_intrinsic", "render_asl"]
