"""The state types of the Amazon States Language as frozen attrs models, with their rules.

Each field is declared once (:func:`sfdsl._fields.asl`): its ASL name, the query languages
that allow it and its check. Each state checks its own fields when it is built and reports
every problem at once; rules between fields are small methods of their class; checks that need
the whole graph (targets exist, reachability, query language inherited from the machine) run
when the :class:`~sfdsl.StateMachine` is built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Protocol,
    TypeAlias,
    TypeVar,
    get_args,
)

import attrs
from typing_extensions import Self

from sfdsl import _checks as chk
from sfdsl._chain import (
    _LANGUAGES,
    Chain,
    Graph,
    State,
    StateType,
    Target,
    _is_object_target,
    is_open,
    labelled_targets,
    strip_targets,
    target_name,
)
from sfdsl._checks import raise_if as _raise_if
from sfdsl._checks import reading_asl
from sfdsl._fields import JSONATA, JSONPATH, asl, field_problems
from sfdsl._kinds import NOT_GIVEN, _NotGiven
from sfdsl._kinds import replace as _replace
from sfdsl._sdk import construction_problems as sdk_construction_problems
from sfdsl._typing import ExecutionType, JitterStrategy, Json, ProcessorMode, QueryLanguage
from sfdsl._values import (
    DISCARD,
    NONE_GIVEN,
    Jsonata,
    Placeholder,
    _Discard,
    freeze,
    freeze_result,
    freeze_template,
    render,
)
from sfdsl._write import fields_to_asl, graph_to_asl
from sfdsl.errors import Problem, SfdslError

if TYPE_CHECKING:
    from sfdsl._conditions import Condition

_T = TypeVar("_T")

PathValue: TypeAlias = str | _Discard | None


class _HasPath(Protocol):
    @property
    def path(self) -> str: ...


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


class _HasAslText(Protocol):
    def to_asl(self) -> str: ...


PathInput: TypeAlias = str | _Discard | _HasPath | _HasText | None
"""What a path field accepts: a path string, ``Var(...)``, a parsed ``JsonPath`` or ``DISCARD``."""

DynamicPathInput: TypeAlias = str | _HasPath | _HasText | _HasAslText | None
"""What ``ErrorPath``/``CausePath`` accept: a path as for :data:`PathInput`, or an intrinsic call."""


def _path_conv(value: PathInput) -> Any:
    """Accept ``Var``/``JsonPath`` objects where a path string is expected."""
    if value is None or value is DISCARD or isinstance(value, str):
        return value
    path = getattr(value, "path", None)
    if isinstance(path, str):
        return path
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text
    if getattr(type(value), "_SFDSL_KIND", None) == "intrinsic":
        # Kept as its text, so a path field that takes no call reports it as one.
        return str(value)
    return value


# The default as the fields declare it: typed Any, since it is converted to None (unset).
_UNSET_PATH: Any = NOT_GIVEN

IoPathInput: TypeAlias = str | _Discard | _HasPath | _HasText | _NotGiven
"""What ``input_path``/``output_path``/``result_path`` accept: a path, or ``DISCARD`` (not None)."""


def _io_path_conv(value: IoPathInput) -> Any:
    """A path field where ``None`` is ambiguous: it is kept as ``NONE_GIVEN`` and refused."""
    if value is NOT_GIVEN:
        return None
    if value is None:
        return NONE_GIVEN
    return _path_conv(value)


def _dynamic_path_conv(value: DynamicPathInput) -> Any:
    """Accept paths and intrinsic calls (``States.Format(...)``) where ASL allows both."""
    return _path_conv(value)  # type: ignore[arg-type]


def _tuple(value: Any) -> Any:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return value


def _retries(value: Iterable[Retry] | None) -> tuple[Retry, ...]:
    return _tuple(value)  # type: ignore[no-any-return]


def _catches(value: Iterable[Catch] | None) -> tuple[Catch, ...]:
    return _tuple(value)  # type: ignore[no-any-return]


def _choice_rules(value: Iterable[ChoiceRule] | None) -> tuple[ChoiceRule, ...]:
    return _tuple(value)  # type: ignore[no-any-return]


def _strings(value: Iterable[str] | None) -> tuple[str, ...]:
    return _tuple(value)  # type: ignore[no-any-return]


def _errors_conv(value: str | Iterable[str]) -> Any:
    if isinstance(value, str):
        return (value,)
    return _tuple(value)


def _jsonpath_template(value: Json) -> Json:
    # Most template fields are unset: None is its own frozen form, returned without a call.
    return None if value is None else freeze_template(value, "JSONPath")


def _jsonata_template(value: Json) -> Json:
    return None if value is None else freeze_template(value, "JSONata")


def _expression(value: Json) -> Json:
    """A field that takes a value or JSONata: ``Jsonata`` objects are kept as their ASL text."""
    if isinstance(value, Jsonata):
        return str(value)
    if isinstance(value, (Mapping, list, tuple)):
        return freeze(value)
    return value


def _role_arn(value: Json) -> Json:
    """``Credentials.RoleArn`` in the form ``from_asl`` reads it: text, or a parsed path or call."""
    if isinstance(value, Jsonata):
        return str(value)
    kind = getattr(type(value), "_SFDSL_KIND", None)
    if kind == "var":
        # Paths and intrinsic calls are parsed here only when credentials use them, so import
        # sfdsl does not load their modules.
        from sfdsl._jsonpath import parse_path

        return parse_path(value.path)
    if kind == "intrinsic":
        # As for paths above.
        from sfdsl._intrinsics import parse_intrinsic

        try:
            return parse_intrinsic(str(value))
        except SfdslError:
            return value
    if isinstance(value, (Mapping, list, tuple)):
        return freeze(value)
    return value


def _resource(value: str | Placeholder | Mapping[str, Any]) -> Any:
    return freeze(value) if isinstance(value, Mapping) else value


# --------------------------------------------------------------------------- rules


@attrs.frozen
class Retry:
    """A retry rule of a Task, Parallel or Map state.

    Example:
        >>> from sfdsl import States
        >>> Retry([States.Timeout], interval_seconds=2, max_attempts=3, backoff_rate=2.0).to_asl()
        {'ErrorEquals': ['States.Timeout'], 'IntervalSeconds': 2, 'MaxAttempts': 3, 'BackoffRate': 2.0}
    """

    errors: tuple[str, ...] = attrs.field(
        converter=_errors_conv, metadata=asl("ErrorEquals", chk.error_names)
    )
    interval_seconds: int | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("IntervalSeconds", chk.integer, minimum=1, maximum=99999999),
    )
    max_attempts: int | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("MaxAttempts", chk.integer, minimum=0, maximum=99999999),
    )
    backoff_rate: float | None = attrs.field(
        default=None, kw_only=True, metadata=asl("BackoffRate", chk.number, minimum=1.0)
    )
    max_delay_seconds: int | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("MaxDelaySeconds", chk.integer, minimum=1, maximum=31622400),
    )
    jitter_strategy: JitterStrategy | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("JitterStrategy", chk.one_of, allowed=get_args(JitterStrategy)),
    )
    comment: str | None = attrs.field(default=None, kw_only=True, metadata=asl("Comment", chk.text))

    def __attrs_post_init__(self) -> None:
        _raise_if(self.problems("Retry"), "retry rule")

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this rule, located under *path*; the constructor raises on them.

        Example:
            >>> Retry(["States.ALL"], backoff_rate=2.0).problems("States.Charge.Retry[0]")
            []
            >>> Retry(["States.ALL"], backoff_rate=0.5)
            Traceback (most recent call last):
            ...
            sfdsl.errors.ValidationError: invalid retry rule (1 problem):
              - BackoffRate must be >= 1.0 (got 0.5)  @ Retry.BackoffRate
        """
        return field_problems(self, path)

    def to_asl(self) -> dict[str, Any]:
        """This rule as ASL (unset fields omitted).

        Example:
            >>> Retry(["States.Timeout"], max_attempts=2).to_asl()
            {'ErrorEquals': ['States.Timeout'], 'MaxAttempts': 2}
        """
        return fields_to_asl(self)


@attrs.frozen
class Catch:
    """A catcher: on a matching error, go to *next* (a state name, state or chain).

    Example:
        >>> from sfdsl import States
        >>> Catch([States.ALL], next=Fail("Failed"), result_path="$.error").to_asl()
        {'ErrorEquals': ['States.ALL'], 'Next': 'Failed', 'ResultPath': '$.error'}
    """

    errors: tuple[str, ...] = attrs.field(
        converter=_errors_conv, metadata=asl("ErrorEquals", chk.error_names)
    )
    next: Target = attrs.field(kw_only=True, metadata=asl("Next", chk.target, target=True))
    result_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("ResultPath", chk.reference_path, languages=JSONPATH),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )
    assign: Mapping[str, Json] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Assign", chk.assign, template="JSONPath"),
    )
    comment: str | None = attrs.field(default=None, kw_only=True, metadata=asl("Comment", chk.text))

    def __attrs_post_init__(self) -> None:
        _raise_if(self.problems("Catch"), "catcher")

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this catcher, located under *path*; the constructor raises on them.

        Example:
            >>> Catch(["States.ALL"], next="Refund").problems("States.Charge.Catch[0]")
            []
            >>> Catch(["States.ALL"], next="")
            Traceback (most recent call last):
            ...
            sfdsl.errors.ValidationError: invalid catcher (1 problem):
              - a transition target must not be empty  @ Catch.Next
        """
        return field_problems(self, path)

    def to_asl(self) -> dict[str, Any]:
        """This catcher as ASL; a state or chain as *next* is named by its first state.

        Example:
            >>> Catch(["States.ALL"], next=Pass("Refund").next(Pass("Notify"))).to_asl()
            {'ErrorEquals': ['States.ALL'], 'Next': 'Refund'}
        """
        return fields_to_asl(self)


def _write_condition(rule: Any, condition: Condition) -> dict[str, Any]:
    """A Choice rule's condition: its own ASL fields (``Variable``, ``And``, ``Condition`` ...)."""
    # Imported when a rule is written: conditions are not needed by ``import sfdsl``.
    from sfdsl._conditions import condition_to_asl

    return condition_to_asl(condition)


@attrs.frozen
class ChoiceRule:
    """One rule of a Choice state: when *condition* holds, go to *next*.

    Example:
        >>> from sfdsl import Var
        >>> ChoiceRule(Var("$.n") > 3, next="Big").to_asl()
        {'Variable': '$.n', 'NumericGreaterThan': 3, 'Next': 'Big'}
    """

    condition: Condition = attrs.field(
        metadata=asl(None, chk.condition, at_owner=True, write=_write_condition)
    )
    next: Target = attrs.field(kw_only=True, metadata=asl("Next", chk.target, target=True))
    assign: Mapping[str, Json] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Assign", chk.assign, template="JSONPath"),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )
    comment: str | None = attrs.field(default=None, kw_only=True, metadata=asl("Comment", chk.text))

    def __attrs_post_init__(self) -> None:
        _raise_if(self.problems("Choices[]"), "choice rule")

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this rule, located under *path*; the constructor raises on them.

        Example:
            >>> from sfdsl import Var
            >>> ChoiceRule(Var("$.n") > 3, next="Big").problems("States.Size.Choices[0]")
            []
        """
        return field_problems(self, path)

    def to_asl(self) -> dict[str, Any]:
        """This rule as ASL: the condition's fields, then ``Next``.

        Example:
            >>> from sfdsl import Var
            >>> ChoiceRule((Var("$.n") > 3) & (Var("$.n") < 9), next="Mid").to_asl()
            {'And': [{'Variable': '$.n', 'NumericGreaterThan': 3}, {'Variable': '$.n', 'NumericLessThan': 9}], 'Next': 'Mid'}
        """
        return fields_to_asl(self)


@attrs.frozen
class Credentials:
    """The role a Task assumes: ``Credentials.RoleArn`` (static, a path, or JSONata).

    ``role_arn`` is kept as ``from_asl`` reads it: an ARN string or ``"{% ... %}"`` text, a
    parsed ``JsonPath`` for a ``Var``, or an intrinsic call; so equal credentials compare equal.

    Example:
        >>> Credentials("arn:aws:iam::111122223333:role/Target").to_asl()
        {'RoleArn': 'arn:aws:iam::111122223333:role/Target'}
        >>> from sfdsl import Var
        >>> Credentials(Var("$.role")).to_asl()
        {'RoleArn.$': '$.role'}
    """

    role_arn: Json = attrs.field(converter=_role_arn)

    def to_asl(self) -> dict[str, Any]:
        """These credentials as ASL (a path becomes a ``RoleArn.$`` entry).

        Example:
            >>> Credentials("arn:aws:iam::111122223333:role/Target").to_asl()
            {'RoleArn': 'arn:aws:iam::111122223333:role/Target'}
        """
        return dict(render({"RoleArn": self.role_arn}))


@attrs.frozen
class ProcessorConfig:
    """``ItemProcessor.ProcessorConfig`` of a Map: INLINE or DISTRIBUTED, and the child execution type.

    Example:
        >>> ProcessorConfig("DISTRIBUTED", "EXPRESS").to_asl()
        {'Mode': 'DISTRIBUTED', 'ExecutionType': 'EXPRESS'}
    """

    mode: ProcessorMode | None = attrs.field(
        default=None, metadata=asl("Mode", chk.one_of, allowed=get_args(ProcessorMode))
    )
    execution_type: ExecutionType | None = attrs.field(
        default=None, metadata=asl("ExecutionType", chk.one_of, allowed=get_args(ExecutionType))
    )

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this configuration, located under *path* (the Map checks it).

        Example:
            >>> for p in ProcessorConfig("INLINE", "EXPRESS").problems("ProcessorConfig"):
            ...     print(p)
            ExecutionType is only allowed with Mode DISTRIBUTED; set mode='DISTRIBUTED' or remove execution_type  @ ProcessorConfig.ExecutionType
        """
        p = field_problems(self, path)
        if self.execution_type is not None and self.mode != "DISTRIBUTED":
            p.append(
                Problem(
                    "ExecutionType is only allowed with Mode DISTRIBUTED; "
                    "set mode='DISTRIBUTED' or remove execution_type",
                    f"{path}.ExecutionType",
                    "execution-type-not-distributed",
                )
            )
        if self.execution_type is None and self.mode == "DISTRIBUTED":
            p.append(
                Problem(
                    "a distributed Map needs an ExecutionType for its child workflow executions; "
                    "pass ProcessorConfig('DISTRIBUTED', 'STANDARD') or "
                    "ProcessorConfig('DISTRIBUTED', 'EXPRESS')",
                    f"{path}.ExecutionType",
                    "required",
                )
            )
        return p

    def to_asl(self) -> dict[str, Any]:
        """This configuration as ASL.

        Example:
            >>> ProcessorConfig("INLINE").to_asl()
            {'Mode': 'INLINE'}
        """
        return fields_to_asl(self)


# Which InputType each format option of ReaderConfig applies to (the ItemReader page:
# https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html).
_READER_OPTION_FORMATS: Final = (
    ("items_pointer", "ItemsPointer", ("JSON",)),
    ("csv_header_location", "CSVHeaderLocation", ("CSV", "MANIFEST")),
    ("csv_headers", "CSVHeaders", ("CSV", "MANIFEST")),
    ("csv_delimiter", "CSVDelimiter", ("CSV", "MANIFEST")),
)
# The formats an Athena UNLOAD query writes that a data manifest's files can be read in.
_ATHENA_DATA_FORMATS: Final = ("CSV", "JSONL", "PARQUET")


def _json_pointer(value: object, path: str) -> list[Problem]:
    """``ItemsPointer``: a JSON Pointer string (RFC 6901).

    Example:
        >>> print(*_json_pointer(3, "RC.ItemsPointer"))
        ItemsPointer must be a JSON Pointer string such as '/data/items', got int  @ RC.ItemsPointer
    """
    if isinstance(value, str):
        return []
    msg = f"ItemsPointer must be a JSON Pointer string such as '/data/items', got {type(value).__name__}"
    return [Problem(msg, path, "type")]


@attrs.frozen
class ReaderConfig:
    """``ItemReader.ReaderConfig`` of a distributed Map: the format of the data set it reads.

    ``input_type`` is ``CSV``, ``JSON``, ``JSONL``, ``PARQUET`` or ``MANIFEST`` (an S3 inventory).
    ``items_pointer`` is a JSON Pointer (RFC 6901) to the array inside a JSON file whose top level
    is an object; ``manifest_type="ATHENA_DATA"`` reads the data files an Athena ``UNLOAD``
    manifest lists, in the format ``input_type`` names; ``transformation="LOAD_AND_FLATTEN"``
    with ``s3:listObjectsV2`` reads the items of every object listed, not the listing. See
    https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html

    Example:
        >>> ReaderConfig(input_type="CSV", csv_header_location="FIRST_ROW", max_items=100).to_asl()
        {'InputType': 'CSV', 'CSVHeaderLocation': 'FIRST_ROW', 'MaxItems': 100}
        >>> ReaderConfig(input_type="JSON", items_pointer="/data/orders").to_asl()
        {'InputType': 'JSON', 'ItemsPointer': '/data/orders'}
    """

    input_type: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl(
            "InputType", chk.one_of, allowed=("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET")
        ),
    )
    csv_header_location: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("CSVHeaderLocation", chk.one_of, allowed=("FIRST_ROW", "GIVEN")),
    )
    csv_headers: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_strings, metadata=asl("CSVHeaders")
    )
    csv_delimiter: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl(
            "CSVDelimiter", chk.one_of, allowed=("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB")
        ),
    )
    manifest_type: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("ManifestType", chk.one_of, allowed=("ATHENA_DATA", "S3_INVENTORY")),
    )
    items_pointer: str | None = attrs.field(
        default=None, kw_only=True, metadata=asl("ItemsPointer", _json_pointer)
    )
    transformation: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("Transformation", chk.one_of, allowed=("NONE", "LOAD_AND_FLATTEN")),
    )
    max_items: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl("MaxItems", chk.count_or_jsonata, minimum=0, maximum=100_000_000),
    )
    max_items_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl(
            "MaxItemsPath",
            chk.plain_path,
            languages=JSONPATH,
            reference=True,
            exclusive="max_items",
        ),
    )

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this configuration, located under *path* (the Map checks it).

        Example:
            >>> for p in ReaderConfig(input_type="CSV", csv_header_location="GIVEN").problems("RC"):
            ...     print(p)
            CSVHeaders is required when CSVHeaderLocation is GIVEN; pass csv_headers=[...] or use FIRST_ROW  @ RC.CSVHeaders
        """
        p = field_problems(self, path)
        if self.csv_header_location == "GIVEN" and not self.csv_headers:
            p.append(
                Problem(
                    "CSVHeaders is required when CSVHeaderLocation is GIVEN; "
                    "pass csv_headers=[...] or use FIRST_ROW",
                    f"{path}.CSVHeaders",
                    "required",
                )
            )
        return p

    def advice(self, path: str, resource: str) -> list[Problem]:
        """Warnings for options the reader's format ignores, located under *path*.

        The service reads these definitions, so they are warnings with the fix (the machine
        reports them); *resource* is the ItemReader's ``Resource``.

        Example:
            >>> config = ReaderConfig(input_type="JSONL", items_pointer="/rows")
            >>> for p in config.advice("RC", "arn:aws:states:::s3:getObject"):
            ...     print(p)
            ItemsPointer only applies to InputType JSON, got InputType 'JSONL'; remove items_pointer or read the file with input_type='JSON'  @ RC.ItemsPointer
        """
        p: list[Problem] = []
        kind = self.input_type
        for field, key, formats in _READER_OPTION_FORMATS:
            if getattr(self, field) in (None, ()) or kind is None or kind in formats:
                continue
            p.append(
                Problem(
                    f"{key} only applies to InputType {' or '.join(formats)}, got InputType "
                    f"{kind!r}; remove {field} or read the file with input_type={formats[0]!r}",
                    f"{path}.{key}",
                    "reader-option-ignored",
                    "warning",
                )
            )
        if isinstance(self.items_pointer, str) and not self.items_pointer.startswith("/"):
            hint = "a JSONPath, " if self.items_pointer.startswith("$") else ""
            p.append(
                Problem(
                    f"ItemsPointer {self.items_pointer!r} is {hint}not a JSON Pointer: it is the "
                    "array's location as /-separated keys from the top of the file, e.g. "
                    '\'/data/items\' for {"data": {"items": [...]}}',
                    f"{path}.ItemsPointer",
                    "not-a-json-pointer",
                    "warning",
                )
            )
        if self.manifest_type == "ATHENA_DATA" and kind not in _ATHENA_DATA_FORMATS:
            p.append(
                Problem(
                    "an Athena data manifest lists data files in the format of the UNLOAD "
                    f"query: InputType must be {', '.join(_ATHENA_DATA_FORMATS)}, got "
                    f"{'no InputType' if kind is None else repr(kind)}; set input_type to the "
                    "format the query wrote",
                    f"{path}.InputType",
                    "reader-option-ignored",
                    "warning",
                )
            )
        if self.transformation == "LOAD_AND_FLATTEN":
            api = resource.rsplit(":", 1)[-1]
            if api != "listObjectsV2":
                p.append(
                    Problem(
                        "Transformation LOAD_AND_FLATTEN reads the objects an s3:listObjectsV2 "
                        f"listing returns, but the Resource calls {api!r}; use "
                        "'arn:aws:states:::s3:listObjectsV2' or remove transformation",
                        f"{path}.Transformation",
                        "reader-option-ignored",
                        "warning",
                    )
                )
            elif kind is None:
                p.append(
                    Problem(
                        "Transformation LOAD_AND_FLATTEN reads each listed object's items, so it "
                        "needs their format: set input_type (CSV, JSON, JSONL or PARQUET)",
                        f"{path}.InputType",
                        "reader-option-ignored",
                        "warning",
                    )
                )
        return p

    def to_asl(self) -> dict[str, Any]:
        """This configuration as ASL.

        Example:
            >>> ReaderConfig(input_type="CSV", csv_header_location="GIVEN", csv_headers=["id"]).to_asl()
            {'InputType': 'CSV', 'CSVHeaderLocation': 'GIVEN', 'CSVHeaders': ['id']}
        """
        return fields_to_asl(self)


@attrs.frozen
class ItemReader:
    """Where a distributed Map reads its items (S3 objects, CSV/JSON files, manifests).

    Example:
        >>> ItemReader("arn:aws:states:::s3:getObject",
        ...            parameters={"Bucket": "b", "Key": "k.csv"},
        ...            reader_config=ReaderConfig(input_type="CSV", csv_header_location="FIRST_ROW")).to_asl()["Resource"]
        'arn:aws:states:::s3:getObject'
    """

    resource: str = attrs.field(metadata=asl("Resource", chk.resource))
    parameters: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Parameters", chk.parameters, languages=JSONPATH, template="JSONPath"),
    )
    arguments: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl(
            "Arguments", chk.payload, languages=JSONATA, template="JSONata", exclusive="parameters"
        ),
    )
    reader_config: ReaderConfig | None = attrs.field(
        default=None, kw_only=True, metadata=asl("ReaderConfig", chk.part)
    )

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this reader, located under *path* (the Map checks it).

        Example:
            >>> reader = ItemReader("arn:aws:states:::s3:getObject",
            ...                     parameters={"Bucket": "b"}, arguments={"Bucket": "b"})
            >>> for p in reader.problems("States.Each.ItemReader"):
            ...     print(p)
            Parameters and Arguments cannot both be set; keep only one of them  @ States.Each.ItemReader.Arguments
        """
        return field_problems(self, path)

    def advice(self, path: str) -> list[Problem]:
        """Warnings for reader options its format ignores (see :meth:`ReaderConfig.advice`).

        Example:
            >>> reader = ItemReader("arn:aws:states:::s3:getObject",
            ...     reader_config=ReaderConfig(input_type="JSON", items_pointer="$.rows"))
            >>> [p.code for p in reader.advice("States.Each.ItemReader")]
            ['not-a-json-pointer']
        """
        if self.reader_config is None or not isinstance(self.resource, str):
            return []
        return self.reader_config.advice(f"{path}.ReaderConfig", self.resource)

    def to_asl(self) -> dict[str, Any]:
        """This reader as ASL.

        Example:
            >>> ItemReader("arn:aws:states:::s3:listObjectsV2", parameters={"Bucket": "b"}).to_asl()
            {'Resource': 'arn:aws:states:::s3:listObjectsV2', 'Parameters': {'Bucket': 'b'}}
        """
        return fields_to_asl(self)


@attrs.frozen
class ItemBatcher:
    """How a distributed Map groups items into batches.

    Example:
        >>> ItemBatcher(max_items_per_batch=10).to_asl()
        {'MaxItemsPerBatch': 10}
    """

    batch_input: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("BatchInput", chk.template, template="JSONPath"),
    )
    max_items_per_batch: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl("MaxItemsPerBatch", chk.count_or_jsonata, minimum=1),
    )
    max_items_per_batch_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl(
            "MaxItemsPerBatchPath",
            chk.plain_path,
            languages=JSONPATH,
            reference=True,
            exclusive="max_items_per_batch",
        ),
    )
    max_input_bytes_per_batch: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl("MaxInputBytesPerBatch", chk.count_or_jsonata, minimum=1, maximum=262144),
    )
    max_input_bytes_per_batch_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl(
            "MaxInputBytesPerBatchPath",
            chk.plain_path,
            languages=JSONPATH,
            reference=True,
            exclusive="max_input_bytes_per_batch",
        ),
    )

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this batcher, located under *path* (the Map checks it).

        Example:
            >>> for p in ItemBatcher(max_items_per_batch=0).problems("States.Each.ItemBatcher"):
            ...     print(p)
            MaxItemsPerBatch must be >= 1 (got 0)  @ States.Each.ItemBatcher.MaxItemsPerBatch
        """
        p = field_problems(self, path)
        if all(
            getattr(self, f) is None
            for f in (
                "max_items_per_batch",
                "max_items_per_batch_path",
                "max_input_bytes_per_batch",
                "max_input_bytes_per_batch_path",
            )
        ):
            p.append(
                Problem(
                    "ItemBatcher needs a limit: MaxItemsPerBatch or MaxInputBytesPerBatch "
                    "(or their Path forms)",
                    path,
                    "required",
                )
            )
        return p

    def to_asl(self) -> dict[str, Any]:
        """This batcher as ASL.

        Example:
            >>> ItemBatcher(max_items_per_batch=10, batch_input={"run": "nightly"}).to_asl()
            {'BatchInput': {'run': 'nightly'}, 'MaxItemsPerBatch': 10}
        """
        return fields_to_asl(self)


@attrs.frozen
class WriterConfig:
    """``ResultWriter.WriterConfig``: the format of a distributed Map's results.

    Example:
        >>> WriterConfig(output_type="JSONL", transformation="FLATTEN").to_asl()
        {'OutputType': 'JSONL', 'Transformation': 'FLATTEN'}
    """

    output_type: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("OutputType", chk.one_of, allowed=("JSON", "JSONL")),
    )
    transformation: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("Transformation", chk.one_of, allowed=("NONE", "COMPACT", "FLATTEN")),
    )

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this configuration, located under *path* (the Map checks it).

        Example:
            >>> for p in WriterConfig(output_type="CSV").problems("WriterConfig"):
            ...     print(p)
            expected one of "JSON", "JSONL", got 'CSV'  @ WriterConfig.OutputType
        """
        return field_problems(self, path)

    def to_asl(self) -> dict[str, Any]:
        """This configuration as ASL.

        Example:
            >>> WriterConfig(output_type="JSON").to_asl()
            {'OutputType': 'JSON'}
        """
        return fields_to_asl(self)


@attrs.frozen
class ResultWriter:
    """Where a distributed Map writes its results.

    Example:
        >>> ResultWriter("arn:aws:states:::s3:putObject", parameters={"Bucket": "out", "Prefix": "runs"}).to_asl()
        {'Resource': 'arn:aws:states:::s3:putObject', 'Parameters': {'Bucket': 'out', 'Prefix': 'runs'}}
    """

    resource: str | None = attrs.field(default=None, metadata=asl("Resource", chk.resource))
    parameters: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Parameters", chk.parameters, languages=JSONPATH, template="JSONPath"),
    )
    arguments: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl(
            "Arguments", chk.payload, languages=JSONATA, template="JSONata", exclusive="parameters"
        ),
    )
    writer_config: WriterConfig | None = attrs.field(
        default=None, kw_only=True, metadata=asl("WriterConfig", chk.part)
    )

    def problems(self, path: str) -> list[Problem]:
        """Every problem with this writer, located under *path* (the Map checks it).

        Example:
            >>> for p in ResultWriter().problems("States.Each.ResultWriter"):
            ...     print(p)
            ResultWriter needs a Resource or a WriterConfig  @ States.Each.ResultWriter
        """
        p = field_problems(self, path)
        if self.resource is None and self.writer_config is None:
            p.append(Problem("ResultWriter needs a Resource or a WriterConfig", path, "required"))
        return p

    def to_asl(self) -> dict[str, Any]:
        """This writer as ASL.

        Example:
            >>> ResultWriter(writer_config=WriterConfig(output_type="JSONL")).to_asl()
            {'WriterConfig': {'OutputType': 'JSONL'}}
        """
        return fields_to_asl(self)


# --------------------------------------------------------------------------- states


def _credentials(value: object, path: str) -> list[Problem]:
    """A ``Credentials(role_arn=...)`` whose RoleArn is an ARN, a path, a placeholder or JSONata.

    Example:
        >>> print(*_credentials("arn:aws:iam::111122223333:role/R", "States.T.Credentials"))
        Credentials must be a Credentials(role_arn=...) object, got 'arn:aws:iam::111122223333:role/R'  @ States.T.Credentials
    """
    if not isinstance(value, Credentials):
        msg = f"Credentials must be a Credentials(role_arn=...) object, got {value!r}"
        return [Problem(msg, path, "type")]
    return chk.credentials(value.role_arn, path)


class _Flow:
    """Mixin for states that take Next/End."""

    name: str
    next_state: Target | None
    end: bool

    def has_next_slot(self) -> bool:
        return True

    def _flow_problems(self, path: str) -> list[Problem]:
        p: list[Problem] = []
        if not isinstance(self.end, bool):
            p.append(Problem(f"End must be true or false, got {self.end!r}", f"{path}.End", "type"))
        elif self.end and self.next_state is not None:
            p.append(
                Problem(
                    "a state cannot have both Next and End; remove end=True or the next state",
                    f"{path}.End",
                    "next-and-end",
                )
            )
        return p


class _Recoverable:
    """Mixin for states with Retry and Catch."""

    retry_rules: tuple[Retry, ...]
    catch_rules: tuple[Catch, ...]

    def retry(self, *rules: Retry) -> Self:
        """A copy with *rules* added after the existing retry rules.

        Example:
            >>> from sfdsl import States, Task
            >>> t = Task("T", resource="arn:aws:states:::lambda:invoke").retry(Retry([States.ALL]))
            >>> len(t.retry_rules)
            1
        """
        return self._with_rules("retry_rules", "Retry", rules)

    def catch(self, *rules: Catch) -> Self:
        """A copy with *rules* added after the existing catchers.

        Example:
            >>> from sfdsl import States, Task
            >>> t = Task("T", resource="arn:aws:states:::lambda:invoke").catch(
            ...     Catch([States.ALL], next=Fail("Oops")))
            >>> t.catch_rules[0].next
            Fail(name='Oops', comment=None, query_language=None, error=None, error_path=None, cause=None, cause_path=None)
        """
        return self._with_rules("catch_rules", "Catch", rules)

    def _with_rules(self, field: str, key: str, rules: tuple[Any, ...]) -> Self:
        # Only the rule list changes, and each rule checked itself when built: check the list,
        # not the whole state again (fluent building stays linear in the number of rules).
        kind = Retry if key == "Retry" else Catch
        combined = (*getattr(self, field), *rules)
        path = f"States.{getattr(self, 'name', '?')}.{key}"
        problems = [
            Problem(f"expected a {key}, got {type(r).__name__}", f"{path}[{i}]", "type")
            for i, r in enumerate(combined)
            if not isinstance(r, kind)
        ]
        problems += chk.all_last([r.errors for r in combined if isinstance(r, kind)], path)
        _raise_if(problems, f"state {getattr(self, 'name', '?')!r}")
        return _replace(self, **{field: combined})

    def _recover_problems(self, path: str) -> list[Problem]:
        if not self.retry_rules and not self.catch_rules:
            return []
        p: list[Problem] = []
        for i, rule in enumerate(self.retry_rules):
            if not isinstance(rule, Retry):
                p.append(
                    Problem(
                        f"expected a Retry, got {type(rule).__name__}", f"{path}.Retry[{i}]", "type"
                    )
                )
        for i, catcher in enumerate(self.catch_rules):
            if not isinstance(catcher, Catch):
                p.append(
                    Problem(
                        f"expected a Catch, got {type(catcher).__name__}",
                        f"{path}.Catch[{i}]",
                        "type",
                    )
                )
        p += chk.all_last(
            [r.errors for r in self.retry_rules if isinstance(r, Retry)], f"{path}.Retry"
        )
        p += chk.all_last(
            [c.errors for c in self.catch_rules if isinstance(c, Catch)], f"{path}.Catch"
        )
        return p


@attrs.frozen
class Pass(_Flow, State):
    """Pass its input to its output, optionally injecting ``Result`` or reshaping the data.

    Example:
        >>> from sfdsl import Var
        >>> Pass("Shape", parameters={"id": Var("$.order.id")}, end=True).to_asl()
        {'Type': 'Pass', 'Parameters': {'id.$': '$.order.id'}, 'End': True}
    """

    TYPE: ClassVar[StateType] = "Pass"

    input_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("InputPath", chk.plain_path, languages=JSONPATH),
    )
    output_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("OutputPath", chk.plain_path, languages=JSONPATH),
    )
    parameters: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Parameters", chk.parameters, languages=JSONPATH, template="JSONPath"),
    )
    result: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=freeze_result,
        metadata=asl("Result", chk.result, languages=JSONPATH, template="JSONPath"),
    )
    result_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("ResultPath", chk.reference_path, languages=JSONPATH),
    )
    assign: Mapping[str, Json] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Assign", chk.assign, template="JSONPath"),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )
    next_state: Target | None = attrs.field(
        default=None, kw_only=True, metadata=asl("Next", chk.target, target=True)
    )
    end: bool = attrs.field(default=False, kw_only=True, metadata=asl("End", omit_false=True))

    def _rule_problems(self, path: str) -> list[Problem]:
        return self._flow_problems(path)

    def transitions(self) -> tuple[Target, ...]:
        return () if self.next_state is None else (self.next_state,)


@attrs.frozen
class Task(_Recoverable, _Flow, State):
    """Do one unit of work: call a Lambda function, an AWS service, an activity or an HTTP API.

    Example:
        >>> from sfdsl import Retry, States
        >>> t = Task("Charge", resource="arn:aws:states:::lambda:invoke",
        ...          parameters={"FunctionName": "charge", "Payload.$": "$"},
        ...          timeout_seconds=30).retry(Retry([States.TaskFailed], max_attempts=2))
        >>> sorted(t.to_asl())
        ['Parameters', 'Resource', 'Retry', 'TimeoutSeconds', 'Type']
    """

    TYPE: ClassVar[StateType] = "Task"

    resource: str | Placeholder | Mapping[str, Any] = attrs.field(
        kw_only=True, converter=_resource, metadata=asl("Resource", chk.resource)
    )
    input_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("InputPath", chk.plain_path, languages=JSONPATH),
    )
    output_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("OutputPath", chk.plain_path, languages=JSONPATH),
    )
    parameters: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Parameters", chk.parameters, languages=JSONPATH, template="JSONPath"),
    )
    arguments: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl(
            "Arguments", chk.payload, languages=JSONATA, template="JSONata", exclusive="parameters"
        ),
    )
    result_selector: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("ResultSelector", chk.parameters, languages=JSONPATH, template="JSONPath"),
    )
    result_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("ResultPath", chk.reference_path, languages=JSONPATH),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )
    assign: Mapping[str, Json] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Assign", chk.assign, template="JSONPath"),
    )
    timeout_seconds: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl(
            "TimeoutSeconds", chk.count_or_jsonata, minimum=1, maximum=99999999, jsonata_value=True
        ),
    )
    timeout_seconds_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl(
            "TimeoutSecondsPath",
            chk.plain_path,
            languages=JSONPATH,
            reference=True,
            exclusive="timeout_seconds",
        ),
    )
    heartbeat_seconds: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl(
            "HeartbeatSeconds",
            chk.count_or_jsonata,
            minimum=1,
            maximum=99999999,
            jsonata_value=True,
        ),
    )
    heartbeat_seconds_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl(
            "HeartbeatSecondsPath",
            chk.plain_path,
            languages=JSONPATH,
            reference=True,
            exclusive="heartbeat_seconds",
        ),
    )
    credentials: Credentials | None = attrs.field(
        default=None, kw_only=True, metadata=asl("Credentials", _credentials)
    )
    retry_rules: tuple[Retry, ...] = attrs.field(
        default=(), kw_only=True, converter=_retries, metadata=asl("Retry")
    )
    catch_rules: tuple[Catch, ...] = attrs.field(
        default=(), kw_only=True, converter=_catches, metadata=asl("Catch")
    )
    next_state: Target | None = attrs.field(
        default=None, kw_only=True, metadata=asl("Next", chk.target, target=True)
    )
    end: bool = attrs.field(default=False, kw_only=True, metadata=asl("End", omit_false=True))

    def _rule_problems(self, path: str) -> list[Problem]:
        p = self._flow_problems(path) + self._recover_problems(path)
        p += sdk_construction_problems(self.resource, self.parameters, self.arguments, path)
        if (
            isinstance(self.timeout_seconds, int)
            and isinstance(self.heartbeat_seconds, int)
            and not isinstance(self.timeout_seconds, bool)
            and not isinstance(self.heartbeat_seconds, bool)
            and self.heartbeat_seconds >= self.timeout_seconds
        ):
            p.append(
                Problem(
                    f"HeartbeatSeconds ({self.heartbeat_seconds}) must be smaller than "
                    f"TimeoutSeconds ({self.timeout_seconds}); lower the heartbeat or raise the timeout",
                    f"{path}.HeartbeatSeconds",
                    "heartbeat-not-below-timeout",
                )
            )
        return p

    def transitions(self) -> tuple[Target, ...]:
        nxt: tuple[Target, ...] = () if self.next_state is None else (self.next_state,)
        return nxt + tuple(c.next for c in self.catch_rules)


@attrs.frozen
class Wait(_Flow, State):
    """Wait for a number of seconds or until a timestamp (fixed, from a path, or JSONata).

    Example:
        >>> Wait("Pause", seconds=300, next_state="Poll").to_asl()
        {'Type': 'Wait', 'Seconds': 300, 'Next': 'Poll'}
    """

    TYPE: ClassVar[StateType] = "Wait"

    seconds: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl(
            "Seconds", chk.count_or_jsonata, minimum=0, maximum=99999999, jsonata_value=True
        ),
    )
    seconds_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl("SecondsPath", chk.plain_path, languages=JSONPATH, reference=True),
    )
    timestamp: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl("Timestamp", chk.timestamp, jsonata_value=True),
    )
    timestamp_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl("TimestampPath", chk.plain_path, languages=JSONPATH, reference=True),
    )
    input_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("InputPath", chk.plain_path, languages=JSONPATH),
    )
    output_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("OutputPath", chk.plain_path, languages=JSONPATH),
    )
    assign: Mapping[str, Json] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Assign", chk.assign, template="JSONPath"),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )
    next_state: Target | None = attrs.field(
        default=None, kw_only=True, metadata=asl("Next", chk.target, target=True)
    )
    end: bool = attrs.field(default=False, kw_only=True, metadata=asl("End", omit_false=True))

    def _rule_problems(self, path: str) -> list[Problem]:
        p = self._flow_problems(path)
        given = [
            f
            for f in ("seconds", "seconds_path", "timestamp", "timestamp_path")
            if getattr(self, f) is not None
        ]
        if len(given) != 1:
            p.append(
                Problem(
                    "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath"
                    + (f", got {', '.join(_asl_names(self, given))}" if given else ", got none"),
                    path,
                    "wait-duration",
                )
            )
        return p

    def transitions(self) -> tuple[Target, ...]:
        return () if self.next_state is None else (self.next_state,)


def _asl_names(obj: object, names: Iterable[str]) -> list[str]:
    fields = attrs.fields_dict(type(obj))  # type: ignore[arg-type]
    return [fields[n].metadata.get("asl", n) for n in names]


def _choice_rules_check(rules: object, path: str) -> list[Problem]:
    """A Choice's rules: at least one, each a ChoiceRule (which checked itself when built).

    Example:
        >>> print(*_choice_rules_check((), "States.C.Choices"))
        a Choice state needs at least one rule; add one with .when(condition, target)  @ States.C.Choices
    """
    if not rules:
        msg = "a Choice state needs at least one rule; add one with .when(condition, target)"
        return [Problem(msg, path, "choice-without-rules")]
    p: list[Problem] = []
    for i, rule in enumerate(rules if isinstance(rules, tuple) else ()):
        if not isinstance(rule, ChoiceRule):
            p.append(Problem(f"expected a ChoiceRule, got {rule!r}", f"{path}[{i}]", "type"))
            continue
        p += rule.problems(f"{path}[{i}]")
    return p


@attrs.frozen
class Choice(State):
    """Branch on conditions: the first rule that holds picks the next state, else ``Default``.

    Example:
        >>> from sfdsl import Var
        >>> c = (Choice("Size?")
        ...      .when(Var("$.n") > 10, Pass("Big"))
        ...      .otherwise(Pass("Small")))
        >>> c.to_asl()["Default"]
        'Small'
    """

    TYPE: ClassVar[StateType] = "Choice"
    CONTINUES_TO_EVERY_TARGET: ClassVar[bool] = True

    choices: tuple[ChoiceRule, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=_choice_rules,
        metadata=asl("Choices", _choice_rules_check),
    )
    default: Target | None = attrs.field(
        default=None, kw_only=True, metadata=asl("Default", chk.target, target=True)
    )
    input_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("InputPath", chk.plain_path, languages=JSONPATH),
    )
    output_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("OutputPath", chk.plain_path, languages=JSONPATH),
    )
    assign: Mapping[str, Json] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Assign", chk.assign, template="JSONPath"),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )

    def __attrs_post_init__(self) -> None:
        # A Choice is built up rule by rule, so an empty one is checked on the machine.
        problems = [p for p in self.problems() if p.code != "choice-without-rules"]
        if self.query_language in _LANGUAGES:
            problems += self.language_problems(self.query_language)
        _raise_if(problems, f"state {self.name!r}")

    def when(
        self,
        condition: Condition | str | bool,
        target: Target,
        *,
        assign: Mapping[str, Json] | None = None,
        output: Json = None,
        comment: str | None = None,
    ) -> Self:
        """A copy with a rule added: when *condition* holds, go to *target*.

        A str condition is a JSONata expression (``"{% $states.input.n > 3 %}"``); ``True`` or
        ``False`` is a JSONata constant (``Condition: true``).

        Example:
            >>> from sfdsl import Var
            >>> c = Choice("C").when(Var("$.ok") == True, "Done")
            >>> c.choices[0].to_asl()
            {'Variable': '$.ok', 'BooleanEquals': True, 'Next': 'Done'}
        """
        # Conditions are loaded by the first rule: import sfdsl does not need them.
        from sfdsl._conditions import JsonataCondition

        cond: Condition = (
            JsonataCondition(condition) if isinstance(condition, (str, bool)) else condition
        )
        rule = ChoiceRule(cond, next=target, assign=assign, output=output, comment=comment)
        # The new rule checked itself; the rest of the state is unchanged.
        return _replace(self, choices=(*self.choices, rule))

    def otherwise(self, target: Target) -> Self:
        """A copy whose ``Default`` is *target*.

        Example:
            >>> Choice("C").when("{% $states.input.ok %}", "Y").otherwise("Z").default
            'Z'
        """
        problems = chk.target(target, f"{self.path}.Default")
        if self.default is not None and target_name(self.default) != target_name(target):
            problems.append(
                Problem(
                    f"this Choice already has a Default, {target_name(self.default)!r}; call "
                    ".otherwise(...) once, or replace the Default with .with_(default=...)",
                    f"{self.path}.Default",
                    "default-already-set",
                )
            )
        _raise_if(problems, f"state {self.name!r}")
        return _replace(self, default=target)

    def language_problems(self, language: QueryLanguage) -> list[Problem]:
        from sfdsl._conditions import JsonataCondition  # loaded by the first rule, as in when()

        p = super().language_problems(language)
        for i, rule in enumerate(self.choices):
            is_jsonata = isinstance(rule.condition, JsonataCondition)
            if language == "JSONata" and not is_jsonata:
                p.append(
                    Problem(
                        "a JSONata Choice rule needs a Condition ({% ... %}), not a JSONPath comparison; "
                        "write .when('{% ... %}', target) or set query_language='JSONPath'",
                        f"{self.path}.Choices[{i}]",
                        "wrong-query-language",
                    )
                )
            elif language == "JSONPath" and is_jsonata:
                p.append(
                    Problem(
                        "Condition is a JSONata field, not allowed in a JSONPath Choice; "
                        "use a comparison such as Var('$.x') == 1 or set query_language='JSONata'",
                        f"{self.path}.Choices[{i}].Condition",
                        "wrong-query-language",
                    )
                )
            if language == "JSONPath" and rule.output is not None:
                p.append(
                    Problem(
                        "Output is a JSONata field, not allowed in a JSONPath Choice rule",
                        f"{self.path}.Choices[{i}].Output",
                        "wrong-query-language",
                    )
                )
        return p

    def _named_targets(self, name_of: Callable[[Target], str]) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if any(_is_object_target(r.next) for r in self.choices):
            changes["choices"] = tuple(
                _replace(r, next=name_of(r.next)) if _is_object_target(r.next) else r
                for r in self.choices
            )
        if self.default is not None and _is_object_target(self.default):
            changes["default"] = name_of(self.default)
        return changes

    def _labelled_targets(self) -> list[tuple[str, str]]:
        out = [(target_name(r.next), f"Choices[{i}].Next") for i, r in enumerate(self.choices)]
        if self.default is not None:
            out.append((target_name(self.default), "Default"))
        return out

    def transitions(self) -> tuple[Target, ...]:
        rules = tuple(r.next for r in self.choices)
        return rules if self.default is None else (*rules, self.default)


def _graphs(value: Iterable[State | Chain | Graph]) -> Any:
    if isinstance(value, (list, tuple)):
        # Anything else is kept, so the state reports every bad branch, not only the first.
        return tuple(_graph(v) if not isinstance(v, Graph) else v for v in value)
    return value


def _graph(value: State | Chain | Graph | None) -> Any:
    if value is None or isinstance(value, Graph):
        return value
    if isinstance(value, (State, Chain)):
        return Graph.of(value)
    return value


def _branches_check(branches: object, path: str) -> list[Problem]:
    """A Parallel's branches: at least one, each a Graph (states and chains become graphs).

    Example:
        >>> print(*_branches_check((), "States.P.Branches"))
        a Parallel state needs at least one branch; pass branches=[...]  @ States.P.Branches
    """
    if not branches:
        msg = "a Parallel state needs at least one branch; pass branches=[...]"
        return [Problem(msg, path, "parallel-without-branches")]
    return [
        Problem(
            f"each branch must be a state, chain or Graph, got {type(branch).__name__}",
            f"{path}[{i}]",
            "type",
        )
        for i, branch in enumerate(branches if isinstance(branches, tuple) else ())
        if not isinstance(branch, Graph)
    ]


@attrs.frozen
class Parallel(_Recoverable, _Flow, State):
    """Run several branches at once; the output is the array of branch outputs, in order.

    Each branch is a state or chain (its open ends become ``End``).

    Example:
        >>> p = Parallel("Both", branches=[Pass("A"), Pass("B").next(Pass("C"))], end=True)
        >>> [b["StartAt"] for b in p.to_asl()["Branches"]]
        ['A', 'B']
    """

    TYPE: ClassVar[StateType] = "Parallel"

    branches: tuple[Graph, ...] = attrs.field(
        default=(), kw_only=True, converter=_graphs, metadata=asl("Branches", _branches_check)
    )
    input_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("InputPath", chk.plain_path, languages=JSONPATH),
    )
    output_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("OutputPath", chk.plain_path, languages=JSONPATH),
    )
    parameters: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Parameters", chk.parameters, languages=JSONPATH, template="JSONPath"),
    )
    arguments: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Arguments", chk.payload, languages=JSONATA, template="JSONata"),
    )
    result_selector: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("ResultSelector", chk.parameters, languages=JSONPATH, template="JSONPath"),
    )
    result_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("ResultPath", chk.reference_path, languages=JSONPATH),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )
    assign: Mapping[str, Json] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Assign", chk.assign, template="JSONPath"),
    )
    retry_rules: tuple[Retry, ...] = attrs.field(
        default=(), kw_only=True, converter=_retries, metadata=asl("Retry")
    )
    catch_rules: tuple[Catch, ...] = attrs.field(
        default=(), kw_only=True, converter=_catches, metadata=asl("Catch")
    )
    next_state: Target | None = attrs.field(
        default=None, kw_only=True, metadata=asl("Next", chk.target, target=True)
    )
    end: bool = attrs.field(default=False, kw_only=True, metadata=asl("End", omit_false=True))

    def _rule_problems(self, path: str) -> list[Problem]:
        return self._flow_problems(path) + self._recover_problems(path)

    def transitions(self) -> tuple[Target, ...]:
        nxt: tuple[Target, ...] = () if self.next_state is None else (self.next_state,)
        return nxt + tuple(c.next for c in self.catch_rules)


def _items_path(value: object, path: str) -> list[Problem]:
    """A Map's ``ItemsPath``: a reference path (never null).

    Example:
        >>> print(*_items_path(DISCARD, "States.M.ItemsPath"))
        ItemsPath cannot be null; use a path such as '$.items'  @ States.M.ItemsPath
    """
    if value is DISCARD:
        msg = "ItemsPath cannot be null; use a path such as '$.items'"
        return [Problem(msg, path, "null-value")]
    return chk.plain_path(value, path, reference=True)


def _write_processor(state: Any, body: Graph | None) -> dict[str, Any]:
    """A Map's ``ItemProcessor`` (or legacy ``Iterator``): its ProcessorConfig, then its graph."""
    if body is None:
        return {}
    key = "Iterator" if state.legacy_iterator else "ItemProcessor"
    config = state.processor_config
    out: dict[str, Any] = {} if config is None else {"ProcessorConfig": config.to_asl()}
    return {key: out | graph_to_asl(body)}


def _written_with_processor(state: Any, value: Any) -> dict[str, Any]:
    """Written inside the ItemProcessor entry (see :func:`_write_processor`)."""
    return {}


@attrs.frozen
class Map(_Recoverable, _Flow, State):
    """Run the same steps for each item of an array (inline) or of a data set (distributed).

    Example:
        >>> m = Map("Each", item_processor=Pass("Handle"), items_path="$.orders", max_concurrency=5, end=True)
        >>> m.to_asl()["ItemProcessor"]
        {'StartAt': 'Handle', 'States': {'Handle': {'Type': 'Pass', 'End': True}}}
    """

    TYPE: ClassVar[StateType] = "Map"

    item_processor: Graph | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_graph,
        metadata=asl("ItemProcessor", write=_write_processor),
    )
    processor_config: ProcessorConfig | None = attrs.field(
        default=None, kw_only=True, metadata=asl("ProcessorConfig", write=_written_with_processor)
    )
    legacy_iterator: bool = attrs.field(
        default=False, kw_only=True, metadata=asl("Iterator", write=_written_with_processor)
    )
    items_path: PathValue = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl("ItemsPath", _items_path, languages=JSONPATH),
    )
    items: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl(
            "Items",
            chk.items,
            languages=JSONATA,
            template="JSONPath",
            jsonata_value=True,
            exclusive="items_path",
        ),
    )
    item_selector: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("ItemSelector", chk.template, template="JSONPath"),
    )
    parameters: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl(
            "Parameters",
            chk.parameters,
            languages=JSONPATH,
            template="JSONPath",
            exclusive="item_selector",
        ),
    )
    item_reader: ItemReader | None = attrs.field(
        default=None, kw_only=True, metadata=asl("ItemReader", chk.part)
    )
    item_batcher: ItemBatcher | None = attrs.field(
        default=None, kw_only=True, metadata=asl("ItemBatcher", chk.part)
    )
    result_writer: ResultWriter | None = attrs.field(
        default=None, kw_only=True, metadata=asl("ResultWriter", chk.part)
    )
    max_concurrency: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl("MaxConcurrency", chk.count_or_jsonata, minimum=0, jsonata_value=True),
    )
    max_concurrency_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl(
            "MaxConcurrencyPath",
            chk.plain_path,
            languages=JSONPATH,
            reference=True,
            exclusive="max_concurrency",
        ),
    )
    tolerated_failure_count: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl("ToleratedFailureCount", chk.count_or_jsonata, minimum=0, jsonata_value=True),
    )
    tolerated_failure_count_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl(
            "ToleratedFailureCountPath",
            chk.plain_path,
            languages=JSONPATH,
            reference=True,
            exclusive="tolerated_failure_count",
        ),
    )
    tolerated_failure_percentage: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl(
            "ToleratedFailurePercentage",
            chk.count_or_jsonata,
            minimum=0,
            maximum=100,
            integer=False,
            jsonata_value=True,
        ),
    )
    tolerated_failure_percentage_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_path_conv,
        metadata=asl(
            "ToleratedFailurePercentagePath",
            chk.plain_path,
            languages=JSONPATH,
            reference=True,
            exclusive="tolerated_failure_percentage",
        ),
    )
    label: str | None = attrs.field(default=None, kw_only=True, metadata=asl("Label", chk.label))
    input_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("InputPath", chk.plain_path, languages=JSONPATH),
    )
    output_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("OutputPath", chk.plain_path, languages=JSONPATH),
    )
    result_selector: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("ResultSelector", chk.parameters, languages=JSONPATH, template="JSONPath"),
    )
    result_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("ResultPath", chk.reference_path, languages=JSONPATH),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )
    assign: Mapping[str, Json] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonpath_template,
        metadata=asl("Assign", chk.assign, template="JSONPath"),
    )
    retry_rules: tuple[Retry, ...] = attrs.field(
        default=(), kw_only=True, converter=_retries, metadata=asl("Retry")
    )
    catch_rules: tuple[Catch, ...] = attrs.field(
        default=(), kw_only=True, converter=_catches, metadata=asl("Catch")
    )
    next_state: Target | None = attrs.field(
        default=None, kw_only=True, metadata=asl("Next", chk.target, target=True)
    )
    end: bool = attrs.field(default=False, kw_only=True, metadata=asl("End", omit_false=True))

    @property
    def distributed(self) -> bool:
        """True for a distributed Map (``ProcessorConfig.Mode`` is DISTRIBUTED).

        Example:
            >>> Map("Each", item_processor=Pass("Item")).distributed
            False
            >>> Map("Each", item_processor=Pass("Item"),
            ...     processor_config=ProcessorConfig("DISTRIBUTED", "EXPRESS")).distributed
            True
        """
        return self.processor_config is not None and self.processor_config.mode == "DISTRIBUTED"

    def _rule_problems(self, path: str) -> list[Problem]:
        p = self._flow_problems(path) + self._recover_problems(path)
        key = "Iterator" if self.legacy_iterator else "ItemProcessor"
        if self.item_processor is None:
            p.append(
                Problem(
                    "a Map state needs an item processor (the steps run for each item); "
                    "pass item_processor=<state or chain>",
                    f"{path}.ItemProcessor",
                    "map-without-processor",
                )
            )
        elif not isinstance(self.item_processor, Graph):
            p.append(
                Problem("item_processor must be a state, chain or Graph", f"{path}.{key}", "type")
            )
        if self.processor_config is not None:
            # The service accepts a ProcessorConfig in the legacy Iterator field too.
            p += self.processor_config.problems(f"{path}.{key}.ProcessorConfig")
        return p

    def language_problems(self, language: QueryLanguage) -> list[Problem]:
        """The state's own fields, and those of its ItemReader and ResultWriter, for *language*.

        The ItemReader page gives ``Parameters`` to JSONPath and ``Arguments`` to JSONata
        (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html); a
        JSONata state refuses ``*Path`` fields, ``MaxItemsPath`` among them.

        Example:
            >>> each = Map("Each", item_processor=Pass("P"),
            ...     processor_config=ProcessorConfig("DISTRIBUTED", "STANDARD"),
            ...     item_reader=ItemReader("arn:aws:states:::s3:getObject",
            ...                            parameters={"Bucket": "b", "Key": "k.json"}))
            >>> print(*each.language_problems("JSONata"))
            ItemReader.Parameters is a JSONPath field, not allowed in a JSONata state; give it as arguments= (Arguments)  @ States.Each.ItemReader.Parameters
        """
        p = super().language_problems(language)
        parts = {
            "item_reader": self.item_reader,
            "reader_config": None if self.item_reader is None else self.item_reader.reader_config,
            "result_writer": self.result_writer,
        }
        for part, field, only, fix in _MAP_PART_LANGUAGES:
            owner = parts[part]
            if owner is None or getattr(owner, field) in (None, ()) or only == language:
                continue
            where = _MAP_PART_ASL[part]
            asl = attrs.fields_dict(type(owner))[field].metadata["asl"]
            p.append(
                Problem(
                    f"{where}.{asl} is a {only} field, not allowed in a {language} state; {fix}",
                    f"{self.path}.{where}.{asl}",
                    "wrong-query-language",
                )
            )
        return p

    def transitions(self) -> tuple[Target, ...]:
        nxt: tuple[Target, ...] = () if self.next_state is None else (self.next_state,)
        return nxt + tuple(c.next for c in self.catch_rules)


# Fields of a Map's parts that one query language owns: (part, field, language, fix).
_MAP_PART_LANGUAGES: Final = (
    ("item_reader", "parameters", "JSONPath", "give it as arguments= (Arguments)"),
    (
        "item_reader",
        "arguments",
        "JSONata",
        "give it as parameters= or set query_language='JSONata'",
    ),
    ("reader_config", "max_items_path", "JSONPath", "give max_items='{% expression %}' instead"),
    ("result_writer", "parameters", "JSONPath", "give it as arguments= (Arguments)"),
    (
        "result_writer",
        "arguments",
        "JSONata",
        "give it as parameters= or set query_language='JSONata'",
    ),
)
_MAP_PART_ASL: Final = {
    "item_reader": "ItemReader",
    "reader_config": "ItemReader.ReaderConfig",
    "result_writer": "ResultWriter",
}


@attrs.frozen
class Succeed(State):
    """Stop the execution (or branch/iteration) successfully.

    Example:
        >>> Succeed("Done").to_asl()
        {'Type': 'Succeed'}
    """

    TYPE: ClassVar[StateType] = "Succeed"

    input_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("InputPath", chk.plain_path, languages=JSONPATH),
    )
    output_path: PathValue = attrs.field(
        default=_UNSET_PATH,
        kw_only=True,
        converter=_io_path_conv,
        metadata=asl("OutputPath", chk.plain_path, languages=JSONPATH),
    )
    output: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_jsonata_template,
        metadata=asl("Output", chk.payload, languages=JSONATA, template="JSONata"),
    )


@attrs.frozen
class Fail(State):
    """Stop the execution with an error name and a cause (fixed, from a path, or JSONata).

    ``error_path`` and ``cause_path`` take a reference path or an intrinsic call.

    Example:
        >>> Fail("Rejected", error="OrderRejected", cause="credit check failed").to_asl()
        {'Type': 'Fail', 'Error': 'OrderRejected', 'Cause': 'credit check failed'}
        >>> from sfdsl import States, Var
        >>> Fail("Bad", cause_path=States.Format("order {} failed", Var("$.id"))).to_asl()
        {'Type': 'Fail', 'CausePath': "States.Format('order {} failed', $.id)"}
    """

    TYPE: ClassVar[StateType] = "Fail"

    error: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl("Error", chk.fail_text, jsonata_value=True),
    )
    error_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_dynamic_path_conv,
        metadata=asl("ErrorPath", chk.dynamic_path, languages=JSONPATH, exclusive="error"),
    )
    cause: Json = attrs.field(
        default=None,
        kw_only=True,
        converter=_expression,
        metadata=asl("Cause", chk.fail_text, jsonata_value=True),
    )
    cause_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_dynamic_path_conv,
        metadata=asl("CausePath", chk.dynamic_path, languages=JSONPATH, exclusive="cause"),
    )


STATE_TYPES: Mapping[str, type[State]] = {
    cls.TYPE: cls for cls in (Task, Pass, Wait, Choice, Parallel, Map, Succeed, Fail)
}
"""State classes by their ASL ``Type``."""


__all__ = [
    "NOT_GIVEN",
    "STATE_TYPES",
    "Catch",
    "Choice",
    "ChoiceRule",
    "Credentials",
    "Fail",
    "ItemBatcher",
    "ItemReader",
    "Map",
    "Parallel",
    "Pass",
    "ProcessorConfig",
    "ReaderConfig",
    "ResultWriter",
    "Retry",
    "State",
    "Succeed",
    "Target",
    "Task",
    "Wait",
    "WriterConfig",
    "is_open",
    "labelled_targets",
    "reading_asl",
    "strip_targets",
    "target_name",
]
