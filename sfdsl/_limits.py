"""The sizes sfdsl reads and accepts, and the bounded readers that enforce them.

The service's own quotas come from the Step Functions service quotas page
(https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html) and the API model of
``CreateStateMachine``/``StartExecution`` shipped with botocore; the other bounds are sfdsl's
own, listed in docs/limits.md.

Example:
    >>> MAX_DEFINITION_CHARS, MAX_PAYLOAD_BYTES
    (1048576, 262144)
"""

from __future__ import annotations

import json
import os
from typing import IO, Any, NoReturn

from sfdsl.errors import DefinitionError, LimitError, Problem

MAX_DEFINITION_CHARS = 1_048_576
"""The service's definition quota: "Maximum size of a state machine definition: 1 MB" (a hard
quota; the ``definition`` of ``CreateStateMachine`` is at most 1,048,576 characters)."""

MAX_PAYLOAD_BYTES = 262_144
"""The service's payload quota: "Maximum input or output size for a task, state, or execution:
256 KiB of data as a UTF-8 encoded string" (the ``input`` of ``StartExecution``)."""

MAX_FILE_BYTES = 16 * 1_048_576
"""sfdsl's cap on a file it reads (ASL definition, serverless.yml, mock configuration, Python
module): 16 MiB, sixteen times the definition quota, room for comments and indentation."""

MAX_DEPTH = 256
"""sfdsl's cap on how deeply JSON/YAML objects and arrays nest. Each Parallel or Map takes four
levels (``States``, the state, ``Branches`` and the branch), so 63 of them nest in a definition.
The service documents no nesting limit."""

MAX_YAML_ALIASES = 10_000
"""sfdsl's cap on the YAML aliases (``*name``) one document uses."""

MAX_YAML_NODES = 1_000_000
"""sfdsl's cap on the values of a YAML document once its aliases are expanded: more than any
definition within the 1 MB quota holds (each JSON value takes at least two characters)."""

MAX_INT_DIGITS = 4_300
"""Python's own cap on the digits of an integer read from text (``sys.get_int_max_str_digits``)."""


def parse_int(text: str, *, origin: str) -> int:
    """An integer of JSON text (``json.loads(parse_int=...)``), refusing more digits than Python reads.

    Example:
        >>> parse_int("-12", origin="x.json")
        -12
        >>> try:
        ...     parse_int("9" * 4_301, origin="x.json")
        ... except LimitError as exc:
        ...     print(exc.problems[0].message[:39])
        x.json: the number 99999999999999999999
    """
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        msg = (
            f"{origin}: the number {text[:20]}... has more than {MAX_INT_DIGITS:,} digits, more "
            "than Python reads (MAX_INT_DIGITS in docs/limits.md); write it as a string"
        )
        raise LimitError([Problem(msg, code="limit-exceeded")], subject="definition")
    return int(text)


def read_limited(stream: IO[bytes], limit: int) -> bytes | None:
    """Read at most *limit* bytes of *stream*; None when it holds more (never reads it all).

    Example:
        >>> import io
        >>> read_limited(io.BytesIO(b"abc"), 3), read_limited(io.BytesIO(b"abcd"), 3)
        (b'abc', None)
    """
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def read_text_file(path: str | os.PathLike[str], *, what: str, limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of the file *path*, read with a size limit.

    Raises:
        LimitError: the file holds more than *limit* bytes.
        DefinitionError: it is missing, a folder, unreadable or not UTF-8 text (code
            ``unreadable`` or ``no-such-file``).

    Example:
        >>> from sfdsl.errors import DefinitionError
        >>> try:
        ...     read_text_file("examples/missing.json", what="ASL definition")
        ... except DefinitionError as exc:
        ...     print(exc.problems[0].message)
        no such file: examples/missing.json
    """
    shown = os.fspath(path)
    if os.path.isdir(path):
        msg = f"{shown} is a directory; give the {what} file"
        raise DefinitionError([Problem(msg, code="unreadable")], subject="definition")
    try:
        with open(path, "rb") as stream:
            data = read_limited(stream, limit)
    except FileNotFoundError:
        msg = f"no such file: {shown}"
        raise DefinitionError([Problem(msg, code="no-such-file")], subject="definition") from None
    except OSError as exc:
        msg = f"cannot read {shown}: {exc.strerror or exc}"
        raise DefinitionError([Problem(msg, code="unreadable")], subject="definition") from None
    except ValueError:  # open() refuses a name with a NUL character
        msg = f"cannot read {shown!r}: a file name cannot hold a NUL character"
        raise DefinitionError([Problem(msg, code="unreadable")], subject="definition") from None
    if data is None:
        raise too_large(f"{shown} ({what})", limit, "MAX_FILE_BYTES")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = (
            f"cannot read {shown}: it is not UTF-8 text (byte 0x{data[exc.start]:02x} at "
            f"offset {exc.start}); the {what} must be a UTF-8 text file"
        )
        raise DefinitionError([Problem(msg, code="unreadable")], subject="definition") from None


def too_large(what: str, limit: int, name: str) -> LimitError:
    """The error for *what* holding more than *limit* bytes (*name*: the limit in docs/limits.md).

    Example:
        >>> print(too_large("x.json", 10, "MAX_FILE_BYTES").problems[0].message)
        x.json is larger than 10 bytes, the most sfdsl reads (MAX_FILE_BYTES in docs/limits.md)
    """
    msg = f"{what} is larger than {limit:,} bytes, the most sfdsl reads ({name} in docs/limits.md)"
    return LimitError([Problem(msg, code="limit-exceeded")], subject="definition")


def too_deep(origin: str, path: str) -> LimitError:
    """The error for a document nested deeper than :data:`MAX_DEPTH`.

    Example:
        >>> print(too_deep("x.json", "a.b").problems[0].message)
        x.json nests objects and arrays more than 256 levels deep (at a.b), deeper than sfdsl reads (MAX_DEPTH in docs/limits.md); flatten the data or split the workflow
    """
    shown = path if len(path) <= 80 else "..." + path[-60:]
    where = f" (at {shown})" if path else ""
    msg = (
        f"{origin} nests objects and arrays more than {MAX_DEPTH} levels deep{where}, deeper "
        "than sfdsl reads (MAX_DEPTH in docs/limits.md); flatten the data or split the workflow"
    )
    return LimitError([Problem(msg, code="limit-exceeded")], subject="definition")


def check_depth(data: Any, origin: str) -> None:
    """Raise :class:`LimitError` when *data* nests deeper than :data:`MAX_DEPTH` or holds an
    integer of more digits than Python converts to text (:data:`MAX_INT_DIGITS`).

    The walk uses no recursion, so any depth is measured safely; a value that holds itself is
    reported as too deep.

    Example:
        >>> check_depth({"a": [1, {"b": 2}]}, "x.json")
        >>> deep: list[object] = []
        >>> for _ in range(300):
        ...     deep = [deep]
        >>> try:
        ...     check_depth(deep, "x.json")
        ... except LimitError as exc:
        ...     print(exc.problems[0].message[:52])
        x.json nests objects and arrays more than 256 levels
    """
    # A first walk without paths, as fast as it goes; the path only once a problem is found.
    if too_many_digits(data):
        _raise_with_path(data, origin)
    if not isinstance(data, (dict, list, tuple)):
        return
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            _raise_with_path(data, origin)
        for child in node.values() if isinstance(node, dict) else node:
            kind = type(child)
            if kind is str or kind is float or kind is bool or child is None:
                continue
            if kind is int:
                if child >= _LONGEST or child <= -_LONGEST:
                    _raise_with_path(data, origin)
            elif isinstance(child, (dict, list, tuple)):
                stack.append((child, depth + 1))
            elif too_many_digits(child):  # an int subclass
                _raise_with_path(data, origin)


def _raise_with_path(data: Any, origin: str) -> NoReturn:
    """Raise the error :func:`check_depth` found, with the path of the first place it is at."""
    stack: list[tuple[Any, int, str]] = [(data, 1, "")]
    while stack:
        node, depth, path = stack.pop()
        if isinstance(node, dict):
            items: Any = ((f"{path}.{key}" if path else str(key), v) for key, v in node.items())
        elif isinstance(node, (list, tuple)):
            items = ((f"{path}[{i}]", v) for i, v in enumerate(node))
        else:
            if too_many_digits(node):
                raise _long_int(origin, path)
            continue
        if depth > MAX_DEPTH:
            raise too_deep(origin, path)
        stack.extend((value, depth + 1, where) for where, value in items)
    raise AssertionError("check_depth found a problem that is not there")  # pragma: no cover


_LONGEST = 10**MAX_INT_DIGITS


def too_many_digits(value: object) -> bool:
    """True for an integer of more digits than Python converts to text (:data:`MAX_INT_DIGITS`).

    Example:
        >>> too_many_digits(10**4300 - 1), too_many_digits(-(10**4300)), too_many_digits(1.0)
        (False, True, False)
    """
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _LONGEST


def long_int_problem(path: str) -> Problem:
    """The problem of an integer in a workflow with more digits than Python writes as JSON.

    Example:
        >>> print(long_int_problem("Result.n"))
        an integer of more than 4,300 digits cannot be written as JSON text (MAX_INT_DIGITS in docs/limits.md); write it as a string  @ Result.n
    """
    msg = (
        f"an integer of more than {MAX_INT_DIGITS:,} digits cannot be written as JSON text "
        "(MAX_INT_DIGITS in docs/limits.md); write it as a string"
    )
    return Problem(msg, path, "limit-exceeded")


def _long_int(origin: str, path: str) -> LimitError:
    msg = (
        f"{origin}: a number at {path or 'the top'} has more than {MAX_INT_DIGITS:,} digits, more "
        "than Python converts to text (MAX_INT_DIGITS in docs/limits.md); write it as a string"
    )
    return LimitError([Problem(msg, path, "limit-exceeded")], subject="definition")


__all__ = [
    "MAX_DEFINITION_CHARS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_INT_DIGITS",
    "MAX_PAYLOAD_BYTES",
    "MAX_YAML_ALIASES",
    "MAX_YAML_NODES",
    "check_depth",
    "definition_size_problems",
    "long_int_problem",
    "parse_int",
    "read_limited",
    "read_text_file",
    "too_deep",
    "too_large",
    "too_many_digits",
]


def definition_size_problems(asl: Any) -> list[Problem]:
    """The error for an ASL document over the service's definition quota, if it is.

    Raises :class:`LimitError` for a document :func:`check_depth` refuses.

    The size is that of the document's JSON without spaces, the least any tool sends: over
    :data:`MAX_DEFINITION_CHARS`, ``CreateStateMachine`` refuses it.

    Example:
        >>> definition_size_problems({"StartAt": "A"})
        []
        >>> [p.code for p in definition_size_problems({"Comment": "x" * 1_048_576})]
        ['definition-too-large']
    """
    check_depth(asl, "the definition")
    size = len(json.dumps(asl, ensure_ascii=False, separators=(",", ":")))
    if size <= MAX_DEFINITION_CHARS:
        return []
    msg = (
        f"the definition is {size:,} characters of JSON, over the {MAX_DEFINITION_CHARS:,} "
        "characters Step Functions accepts (the 1 MB hard quota on a state machine definition, "
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html); move parts "
        "into other state machines that a Task starts (arn:aws:states:::states:startExecution)"
    )
    return [Problem(msg, "", "definition-too-large")]
