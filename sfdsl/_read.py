"""Reading an ASL definition (already loaded as data) into states and graphs.

Whatever Step Functions accepts is read: a problem the service accepts becomes a warning, and
every problem is collected with its path, so one reading reports them all. A state that cannot
be read is replaced by a stand-in holding its transitions, so the graph checks still run. The
machine (:meth:`sfdsl.StateMachine.from_asl`) validates what this module reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn, override

from sfdsl import _checks as chk
from sfdsl._chain import Graph, State
from sfdsl._checks import reading_asl
from sfdsl._conditions import Condition, condition_from_asl
from sfdsl._fields import asl_names
from sfdsl._intrinsics import parse_intrinsic
from sfdsl._jsonpath import parse_path
from sfdsl._jsontypes import a_json_type
from sfdsl._sdk import reading as sdk_reading
from sfdsl._states import (
    STATE_TYPES,
    Catch,
    Choice,
    ChoiceRule,
    Credentials,
    ItemBatcher,
    ItemReader,
    Map,
    Pass,
    ProcessorConfig,
    ReaderConfig,
    ResultWriter,
    Retry,
    Succeed,
    Task,
    WriterConfig,
)
from sfdsl._values import DISCARD, Placeholder
from sfdsl.errors import Problem, ProblemCode, ValidationError

_TOP_LEVEL = ("Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage")


@attrs.frozen
class ReadDefinition:
    """What reading a definition gives: its top graph, the problems found, the machine fields."""

    graph: Graph
    problems: tuple[Problem, ...]
    unresolved_starts: frozenset[str]
    fields: Mapping[str, Any]


def read_definition(doc: Mapping[str, Any], warnings: Sequence[Problem] = ()) -> ReadDefinition:
    """Read the ASL object *doc*: its states (every problem collected) and machine-level fields.

    *warnings* (found while loading the document) come first among the problems.

    Example:
        >>> read = read_definition({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}, "Oops": 1})
        >>> read.graph.names, [p.path for p in read.problems]
        (('A',), ['Oops'])
    """
    reader = _Reader()
    reader.problems.extend(warnings)
    reader.unknown(doc, _TOP_LEVEL, "", "state machine")
    with sdk_reading():  # the API models' problems are warnings in ASL that is read
        graph = reader.graph(doc, "")
    fields = {
        "comment": doc.get("Comment"),
        "timeout_seconds": doc.get("TimeoutSeconds"),
        "version": doc.get("Version"),
        "query_language": doc.get("QueryLanguage"),
    }
    return ReadDefinition(
        graph, tuple(reader.problems), frozenset(reader.unresolved_starts), fields
    )


_REQUIRED_HINTS = {
    "Resource": ": the ARN of the work to do, e.g. 'arn:aws:states:::lambda:invoke'",
}
_REQUIRED_STAND_INS: Mapping[str, Any] = {"Resource": Placeholder("Resource")}
_NULLABLE_PATHS = frozenset({"InputPath", "OutputPath", "ResultPath", "ItemsPath"})
_JSON_NULL_OK = frozenset(
    {"Result", "Output", "Parameters", "Arguments", "ResultSelector", "ItemSelector", "BatchInput"}
)


# --------------------------------------------------------------------------- cattrs

# The rules and Map parts cattrs reads: each field under its ASL name (from the field's
# declaration), unknown keys refused, every problem of a rule collected at once.
_RULES: Final = (
    Retry,
    Catch,
    ProcessorConfig,
    ReaderConfig,
    ItemReader,
    ItemBatcher,
    WriterConfig,
    ResultWriter,
)
# The ASL keys whose value the reader makes into objects itself (the rest go to the state as read).
_READ_APART: Final = frozenset(
    {
        "Retry",
        "Catch",
        "Choices",
        "Branches",
        "Credentials",
        "ItemReader",
        "ItemBatcher",
        "ResultWriter",
        "ItemProcessor",
        "Iterator",
    }
)
# The rules whose constructor raises every problem their ``problems`` gives (all errors).
_RAISED_WHEN_BUILT: Final = frozenset({Retry, Catch})
# The fields a rule cannot do without, and what to say when one is missing.
_REQUIRED_MESSAGES: Final[Mapping[tuple[type, str], str]] = {
    (Retry, "ErrorEquals"): "ErrorEquals is required: the error names this rule handles",
    (Catch, "ErrorEquals"): "ErrorEquals is required: the error names this rule handles",
    (Catch, "Next"): "Next is required: the state to go to when the error is caught",
    (ItemReader, "Resource"): "Resource is required in ItemReader",
}


class _Refused(Exception):
    """A value a field's structure hook refuses; the problem goes to the field's path."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _as_read(value: Any, _type: Any) -> Any:
    """A value kept as ASL gives it: the model's converters and checks take it from there."""
    return value


def _error_equals(value: Any, _type: Any) -> Any:
    if not isinstance(value, list):
        msg = f"ErrorEquals must be an array of error names, got {a_json_type(value)}"
        raise _Refused(msg)
    return value


def _nullable_path(value: Any, _type: Any) -> Any:
    """``ResultPath: null`` discards the result (``DISCARD``)."""
    return DISCARD if value is None else value


def _part(cls: type) -> Any:
    def structure(value: Any, _type: Any) -> Any:
        if not isinstance(value, Mapping):
            raise _Refused(f"expected an object, got {a_json_type(value)}")
        return _CONVERTER.structure(value, cls)

    return structure


_HOOKS: Final[Mapping[str, Any]] = {
    "ErrorEquals": _error_equals,
    "ResultPath": _nullable_path,
    "ReaderConfig": _part(ReaderConfig),
    "WriterConfig": _part(WriterConfig),
}


# A state's name is not one of its ASL fields: it is the key of the States object.
_NAME: Final = "name"
# A Choice rule's condition is not one ASL field either: the conditions module reads it from
# the rule's other keys (Variable and a comparison, And, Or, Not, or a JSONata Condition).
_CONDITION: Final = "condition"
_RULE_KEYS: Final = tuple(asl_names(ChoiceRule))


def _allowed_keys(cls: type[State]) -> frozenset[str]:
    """The keys a state of type *cls* may have in ASL (its fields' ASL names and ``Type``)."""
    allowed = {*asl_names(cls), "Type"}
    if cls is Map:  # its ProcessorConfig is inside ItemProcessor (or the legacy Iterator)
        allowed.discard("ProcessorConfig")
        allowed.add("ItemProcessor")
    return frozenset(allowed)


_ALLOWED_KEYS: Final = {cls: _allowed_keys(cls) for cls in STATE_TYPES.values()}
# The ASL keys a state of each type cannot do without (its fields that have no default).
_REQUIRED_KEYS: Final = {
    cls: tuple(key for key, f in asl_names(cls).items() if f.default is attrs.NOTHING)
    for cls in STATE_TYPES.values()
}


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    # Its condition's type is imported by the states module only for type checkers.
    attrs.resolve_types(ChoiceRule, localns={"Condition": Condition})
    rule_fields: dict[str, Any] = {
        field.name: override(rename=key, struct_hook=_as_read)
        for key, field in asl_names(ChoiceRule).items()
    }
    rule_fields["condition"] = override(rename=_CONDITION, struct_hook=_as_read)
    converter.register_structure_hook(
        ChoiceRule,
        make_dict_structure_fn(
            ChoiceRule,
            converter,
            _cattrs_forbid_extra_keys=False,
            _cattrs_detailed_validation=False,
            **rule_fields,
        ),
    )
    # A state is made of its fields as the reader read them (nested rules, branches and
    # processors included), under their ASL names; the state's own checks run when it is built.
    for cls in STATE_TYPES.values():
        fields: dict[str, Any] = {
            field.name: override(rename=key, struct_hook=_as_read)
            for key, field in asl_names(cls).items()
        }
        fields["name"] = override(rename=_NAME, struct_hook=_as_read)
        converter.register_structure_hook(
            cls,
            make_dict_structure_fn(
                cls,
                converter,
                _cattrs_forbid_extra_keys=False,
                _cattrs_detailed_validation=False,
                **fields,
            ),
        )
    for rule in _RULES:
        # Typed Any: mypy would match the unpacked overrides to the keyword flags too.
        overrides: dict[str, Any] = {
            field.name: override(rename=key, struct_hook=_HOOKS.get(key, _as_read))
            for key, field in asl_names(rule).items()
        }
        converter.register_structure_hook(
            rule,
            make_dict_structure_fn(
                rule,
                converter,
                _cattrs_forbid_extra_keys=True,
                _cattrs_detailed_validation=True,
                **overrides,
            ),
        )
    return converter


def _structuring_problems(
    exc: ClassValidationError, cls: type, raw: Mapping[str, Any], where: str
) -> list[tuple[tuple[int, int], Problem]]:
    """sfdsl's problems for what cattrs could not structure, each with its path and rank.

    The rank orders them as the document does: a key's problems where the key is, then the
    missing fields.
    """
    names = {f.name: key for key, f in asl_names(cls).items()}
    order = {key: i for i, key in enumerate(raw)}
    found: list[tuple[tuple[int, int], Problem]] = []
    for error in exc.exceptions:
        if isinstance(error, ForbiddenExtraKeysError):
            shown = ", ".join(sorted(names.values()))
            for key in error.extra_fields:
                message = f"unknown field {key!r} in {cls.__name__}; allowed fields: {shown}"
                problem = Problem(message, f"{where}.{key}", "unknown-field")
                found.append(((order[key], 0), problem))
            continue
        if isinstance(error, ValidationError):  # raised by the rule's own checks
            rank = (len(order), len(found))
            found += [(rank, _relocate(p, where)) for p in error.problems]
            continue
        notes = [
            n for n in getattr(error, "__notes__", ()) if isinstance(n, AttributeValidationNote)
        ]
        key = names[notes[0].name] if notes else ""
        at = f"{where}.{key}"
        if isinstance(error, KeyError):
            message = _REQUIRED_MESSAGES.get((cls, key), f"{key} is required in {cls.__name__}")
            found.append(((len(order), len(found)), Problem(message, at, "required")))
        elif isinstance(error, ClassValidationError):
            nested = error.cl
            found += [
                ((order.get(key, len(order)), rank[1]), problem)
                for rank, problem in _structuring_problems(error, nested, raw[key], at)
            ]
        elif isinstance(error, _Refused):
            found.append(
                ((order.get(key, len(order)), 0), Problem(error.message, at, "invalid-definition"))
            )
        else:
            found.append(
                ((order.get(key, len(order)), 0), Problem(str(error), at, "invalid-definition"))
            )
    return found


_CONVERTER: Final = _converter()
# Each state type's structure function, looked up once rather than dispatched per state.
_STRUCTURE_STATE: Final = {cls: _CONVERTER.get_structure_hook(cls) for cls in STATE_TYPES.values()}
_STRUCTURE_RULE: Final[Mapping[type, Any]] = {
    cls: _CONVERTER.get_structure_hook(cls) for cls in _RULES
}


def _structure_hook(cls: type) -> Any:
    """The converter's structure function for *cls* (rules and Map parts looked up once)."""
    hook = _STRUCTURE_RULE.get(cls)
    return hook if hook is not None else _CONVERTER.get_structure_hook(cls)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.unresolved_starts: set[str] = set()

    def add(self, message: str, path: str, code: ProblemCode = "invalid-definition") -> None:
        self.problems.append(Problem(message, path, code))

    def unknown(
        self,
        data: Mapping[str, Any],
        allowed: tuple[str, ...] | frozenset[str],
        path: str,
        what: str,
    ) -> None:
        for key in data:
            if key not in allowed:
                shown = ", ".join(sorted(allowed))
                where = f"{path}.{key}" if path else str(key)
                self.add(
                    f"unknown field {key!r} in {what}; allowed fields: {shown}",
                    where,
                    "unknown-field",
                )

    def graph(self, data: Mapping[str, Any], prefix: str) -> Graph:
        here = f"{prefix}." if prefix else ""
        start = data.get("StartAt")
        states = data.get("States")
        if "StartAt" not in data:
            self.add(
                "StartAt is required: the name of the first state", f"{here}StartAt", "required"
            )
        elif not isinstance(start, str):
            self.add(f"StartAt must be a state name, got {a_json_type(start)}", f"{here}StartAt")
        if "States" not in data:
            self.add(
                "States is required: an object of state name to state", f"{here}States", "required"
            )
            states = {}
        elif not isinstance(states, Mapping):
            self.add(
                f"States must be an object of state name to state, got {a_json_type(states)}",
                f"{here}States",
            )
            states = {}
        if not states and "States" in data and isinstance(data.get("States"), Mapping):
            self.add("States must contain at least one state", f"{here}States")
        if not isinstance(start, str) or not states:
            self.unresolved_starts.add(f"{here}StartAt")
        parsed = [self.state(name, raw, here) for name, raw in states.items()]
        comment = data.get("Comment")
        return Graph(start if isinstance(start, str) else "", tuple(parsed), comment=comment)

    def state(self, name: str, raw: Any, here: str) -> State:
        path = f"{here}States.{name}"
        if type(raw) is not dict and not isinstance(raw, Mapping):
            self.add(f"a state must be an object, got {a_json_type(raw)}", path)
            return _stand_in(name, {})
        kind = raw.get("Type")
        cls = STATE_TYPES.get(kind) if isinstance(kind, str) else None
        if "Type" not in raw:
            self.add(
                f"Type is required: one of {', '.join(STATE_TYPES)}", f"{path}.Type", "required"
            )
            return _stand_in(name, raw)
        if cls is None:
            self.add(
                f"Type must be one of {', '.join(STATE_TYPES)}, got {kind!r}",
                f"{path}.Type",
                "unknown-state-type",
            )
            return _stand_in(name, raw)
        allowed = _ALLOWED_KEYS[cls]
        # The state's fields by ASL name, as read; cattrs makes the state of them.
        kwargs: dict[str, Any] = {}
        ok = True
        failed: set[str] = set()  # ASL keys whose problems are already recorded
        for key, value in raw.items():
            if key == "Type":
                continue
            if key not in allowed:
                hint = ""
                if key in ("Parameters", "ResultPath", "ResultSelector") and cls.TYPE in (
                    "Choice",
                    "Wait",
                    "Succeed",
                    "Fail",
                ):
                    hint = f" ({key} is not allowed on a {cls.TYPE} state)"
                self.add(
                    f"unknown field {key!r} for a {cls.TYPE} state{hint}; allowed fields: "
                    f"{', '.join(sorted(allowed))}",
                    f"{path}.{key}",
                    "unknown-field",
                )
                ok = False
                continue
            if value is None:
                if key in _NULLABLE_PATHS:
                    kwargs[key] = DISCARD
                    continue
                if key in _JSON_NULL_OK:
                    kwargs[key] = DISCARD
                    continue
                self.add(f"{key} cannot be null", f"{path}.{key}", "null-value")
                ok = False
                continue
            if key not in _READ_APART:
                kwargs[key] = value  # the state's converters and checks take it from here
                continue
            try:
                if key in ("ItemProcessor", "Iterator"):
                    kwargs.update(self.processor(value, f"{path}.{key}", legacy=key == "Iterator"))
                    continue
                converted = self.field(cls, key, value, path)
            except _Skip:
                ok = False
                failed.add(key)
                continue
            kwargs[key] = converted
        missing = False
        for asl in _REQUIRED_KEYS[cls]:
            if asl not in raw:
                self.add(
                    f"{asl} is required in a {cls.TYPE} state{_REQUIRED_HINTS.get(asl, '')}",
                    f"{path}.{asl}",
                    "required",
                )
                missing = True
                # A stand-in value lets the state's other fields be checked too.
                if asl in _REQUIRED_STAND_INS:
                    kwargs[asl] = _REQUIRED_STAND_INS[asl]
                else:
                    ok = False
        if cls is Map and "ItemProcessor" in raw and "Iterator" in raw:
            self.add(
                "ItemProcessor and Iterator cannot both be set; keep ItemProcessor",
                f"{path}.Iterator",
            )
            ok = False
        if not ok:
            self.rest_of(cls, name, kwargs, here, failed)
            return _stand_in(name, raw)
        prefix = here.rstrip(".")
        try:
            kwargs[_NAME] = name
            with reading_asl() as warnings:
                built: State = _STRUCTURE_STATE[cls](kwargs, cls)
            if warnings:
                self.problems.extend(p.under(prefix) for p in warnings)
            if not missing:
                return built
        except ValidationError as exc:
            self.problems.extend(p.under(prefix) for p in (*warnings, *exc.problems))
        except (TypeError, ValueError) as exc:
            self.add(str(exc), path)
        return _stand_in(name, raw)

    def rest_of(
        self, cls: type[State], name: str, kwargs: dict[str, Any], here: str, failed: set[str]
    ) -> None:
        """Record the problems of a state's other fields when some of its fields could not be read.

        The state is built without the fields that failed; what their absence alone causes
        (a Parallel with no branches, a Map with no processor) is not reported again.
        """
        path = f"{here}States.{name}"
        keys = failed | ({"ItemProcessor"} if "Iterator" in failed else set())
        gone = tuple(f"{path}.{key}" for key in keys)
        prefix = here.rstrip(".")
        found: list[Problem] = []
        try:
            with reading_asl() as warnings:
                _CONVERTER.structure({**kwargs, _NAME: name}, cls)
        except ValidationError as exc:
            found += exc.problems
        except (KeyError, TypeError, ValueError):
            pass  # a required field is missing: already reported
        found = [p.under(prefix) for p in (*warnings, *found)]
        self.problems.extend(p for p in found if not p.path.startswith(gone))

    def field(self, cls: type[State], key: str, value: Any, path: str) -> Any:
        where = f"{path}.{key}"
        if key in ("Retry", "Catch", "Choices", "Branches"):
            if not isinstance(value, list):
                self.add(f"{key} must be an array, got {a_json_type(value)}", where)
                raise _Skip
            read: Any
            if key == "Retry":
                read = lambda v, at: self.sub(Retry, v, at)  # noqa: E731
            elif key == "Catch":
                read = lambda v, at: self.sub(Catch, v, at)  # noqa: E731
            elif key == "Choices":
                read = self.choice_rule
            else:
                read = self.branch
            # Every item is read, so each bad one is reported, not only the first.
            items, bad = [], False
            for i, v in enumerate(value):
                try:
                    items.append(read(v, f"{where}[{i}]"))
                except _Skip:
                    bad = True
            if bad:
                raise _Skip
            return tuple(items)
        if key == "Credentials":
            if not isinstance(value, Mapping):
                self.add(
                    f"Credentials must be an object with RoleArn, got {a_json_type(value)}", where
                )
                raise _Skip
            return self.credentials(value, where)
        if key == "ItemReader":
            return self.sub(ItemReader, value, where)
        if key == "ItemBatcher":
            return self.sub(ItemBatcher, value, where)
        if key == "ResultWriter":
            return self.sub(ResultWriter, value, where)
        return value

    def branch(self, value: Any, where: str) -> Graph:
        if not isinstance(value, Mapping):
            self.add(
                f"each branch must be an object with StartAt and States, got {a_json_type(value)}",
                where,
            )
            raise _Skip
        self.unknown(value, ("StartAt", "States", "Comment"), where, "a Parallel branch")
        return self.graph(value, where)

    def credentials(self, value: Mapping[str, Any], where: str) -> Credentials:
        keys = [k for k in value if k in ("RoleArn", "RoleArn.$")]
        self.unknown(value, ("RoleArn", "RoleArn.$"), where, "Credentials")
        if len(keys) != 1 or len(value) != 1:
            if not keys:
                self.add("Credentials needs RoleArn (or RoleArn.$)", f"{where}.RoleArn", "required")
            raise _Skip
        key = keys[0]
        role = value[key]
        if key == "RoleArn.$":
            problems = chk.parameters(dict(value), where)
            if problems:
                self.problems.extend(problems)
                raise _Skip
            if isinstance(role, str) and role.startswith("States."):
                return Credentials(parse_intrinsic(role))
            return Credentials(parse_path(role))
        return Credentials(role)

    def sub(self, cls: type[Any], value: Any, where: str) -> Any:
        """A rule or Map part read by the cattrs converter; its problems recorded at *where*."""
        if not isinstance(value, Mapping):
            self.add(f"expected an object, got {a_json_type(value)}", where)
            raise _Skip
        try:
            obj = _structure_hook(cls)(value, cls)
        except ClassValidationError as exc:
            found = _structuring_problems(exc, cls, value, where)
            self.problems.extend(p for _, p in sorted(found, key=lambda item: item[0]))
            raise _Skip from None
        except ValidationError as exc:
            self.problems.extend(_relocate(p, where) for p in exc.problems)
            raise _Skip from None
        # Retry and Catch raise every problem of theirs when built: once built they have none,
        # unless the block reading them turns some into warnings (checked_as_asl).
        if hasattr(obj, "problems") and (cls not in _RAISED_WHEN_BUILT or chk.checking_as_asl()):
            found_here = obj.problems(where)
            if found_here:
                self.problems.extend(found_here)
                raise _Skip
        return obj

    def choice_rule(self, value: Any, where: str) -> ChoiceRule:
        if not isinstance(value, Mapping):
            self.add(f"a Choice rule must be an object, got {a_json_type(value)}", where)
            raise _Skip
        rest = {k: v for k, v in value.items() if k not in _RULE_KEYS}
        if "End" in rest:
            self.add("a Choice rule cannot have End; give it a Next state", f"{where}.End")
            raise _Skip
        if "Next" not in value:
            self.add(
                "a Choice rule needs Next: the state to go to when it matches",
                f"{where}.Next",
                "required",
            )
            raise _Skip
        try:
            condition: Any = condition_from_asl(rest, where)
        except ValidationError as exc:
            self.problems.extend(exc.problems)
            raise _Skip from None
        except (TypeError, ValueError) as exc:
            self.add(str(exc), where, "invalid-condition")
            raise _Skip from None
        try:
            fields = {key: value[key] for key in _RULE_KEYS if key in value}
            rule: ChoiceRule = _CONVERTER.structure({**fields, _CONDITION: condition}, ChoiceRule)
            return rule
        except ValidationError as exc:
            self.problems.extend(_relocate(p, where) for p in exc.problems)
            raise _Skip from None

    def processor(self, value: Any, where: str, *, legacy: bool) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            self.add(f"expected an object with StartAt and States, got {a_json_type(value)}", where)
            raise _Skip
        allowed = ("StartAt", "States", "Comment", "ProcessorConfig")
        self.unknown(value, allowed, where, "Iterator" if legacy else "ItemProcessor")
        out: dict[str, Any] = {
            "ItemProcessor": self.graph(value, where),
            "Iterator": legacy,
        }
        if "ProcessorConfig" in value:
            out["ProcessorConfig"] = self.sub(
                ProcessorConfig, value["ProcessorConfig"], f"{where}.ProcessorConfig"
            )
        return out


def _relocate(problem: Problem, where: str) -> Problem:
    """Put a rule's own problem (path like ``Retry.BackoffRate``) under *where*."""
    head, _, tail = problem.path.partition(".")
    if head in ("Retry", "Catch", "Choices[]") or not problem.path:
        return attrs.evolve(problem, path=f"{where}.{tail}" if tail else where)
    return attrs.evolve(problem, path=f"{where}.{problem.path}")


class _Skip(Exception):
    """A field could not be read; its problems are already recorded."""


class _StandIn(State):
    """Holds the transitions of a state that could not be read, so graph checks can still run."""


def _stand_in(name: str, raw: Mapping[str, Any]) -> State:
    targets: dict[str, Any] = {}
    nxt = raw.get("Next")
    kind = raw.get("Type")
    fake_rules: tuple[_FakeRule, ...] = ()
    if kind == "Choice":
        rules: list[Any] = raw["Choices"] if isinstance(raw.get("Choices"), list) else []
        fake_rules = tuple(
            _FakeRule(r["Next"])
            for r in rules
            if isinstance(r, Mapping) and isinstance(r.get("Next"), str)
        )
        default = raw.get("Default") if isinstance(raw.get("Default"), str) else None
        if not fake_rules and default is not None:
            nxt = default  # only the Default is known: a plain step to it
        elif not fake_rules:
            kind = "Succeed"  # nowhere known to go: do not invent a target or a trap
    if fake_rules:
        stub: State = object.__new__(Choice)
        for field in attrs.fields(Choice):
            object.__setattr__(
                stub, field.name, field.default if field.default is not attrs.NOTHING else None
            )
        object.__setattr__(stub, "name", name)
        object.__setattr__(stub, "choices", fake_rules)
        object.__setattr__(stub, "default", default)
        return stub
    known_type = isinstance(kind, str) and kind in STATE_TYPES
    if kind in ("Succeed", "Fail") or (nxt is None and raw.get("End") is None and not known_type):
        stub = object.__new__(Succeed)
        for field in attrs.fields(Succeed):
            object.__setattr__(stub, field.name, None)
        object.__setattr__(stub, "name", name)
        return stub
    stub = object.__new__(Pass)
    for field in attrs.fields(Pass):
        object.__setattr__(
            stub, field.name, field.default if field.default is not attrs.NOTHING else None
        )
    object.__setattr__(stub, "name", name)
    object.__setattr__(stub, "next_state", nxt if isinstance(nxt, str) else None)
    object.__setattr__(stub, "end", raw.get("End") is True or not isinstance(nxt, str))
    catches: list[Any] = raw["Catch"] if isinstance(raw.get("Catch"), list) else []
    targets["catch"] = [
        c["Next"] for c in catches if isinstance(c, Mapping) and isinstance(c.get("Next"), str)
    ]
    if targets["catch"]:
        stub = _with_catch_targets(stub, targets["catch"])
    return stub


@attrs.frozen
class _FakeRule:
    next: str
    condition: Any = None
    output: Any = None


def _with_catch_targets(stub: State, names: list[str]) -> State:
    task = object.__new__(Task)
    for field in attrs.fields(Task):
        object.__setattr__(
            task,
            field.name,
            getattr(stub, field.name, None)
            if hasattr(stub, field.name)
            else (field.default if field.default is not attrs.NOTHING else None),
        )
    object.__setattr__(task, "resource", None)
    object.__setattr__(task, "catch_rules", tuple(_FakeRule(n) for n in names))
    object.__setattr__(task, "retry_rules", ())
    return task


__all__ = ["ReadDefinition", "read_definition"]
