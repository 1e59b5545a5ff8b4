"""What a distributed Map's ItemReader gives the iterations, from the mock of the data set.

The mock of a Map state's name stands for what its ``ItemReader`` reads: the items, as a list,
whatever the format (CSV, JSON, JSONL, Parquet, an S3 inventory or Athena data manifest, a
``LOAD_AND_FLATTEN`` listing). With ``ReaderConfig.ItemsPointer`` the mock is the JSON file itself,
and the pointer selects the array in it, as the service does
(https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sfdsl._runner._failure import ITEM_READER_FAILED


class ReaderFailure(Exception):
    """The reader cannot give items: the execution fails with ``States.ItemReaderFailed``."""

    error = ITEM_READER_FAILED

    def __init__(self, cause: str) -> None:
        super().__init__(cause)
        self.cause = cause


def pointer_target(document: Any, pointer: str) -> Any:
    """The value at a JSON Pointer (RFC 6901) in *document*; :class:`ReaderFailure` if none.

    Example:
        >>> pointer_target({"data": {"a/b": [1, 2]}}, "/data/a~1b")
        [1, 2]
        >>> pointer_target([[1], [2, 3]], "/1")
        [2, 3]
    """
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        msg = f"ItemsPointer {pointer!r} is not a JSON Pointer: it must start with '/'"
        raise ReaderFailure(msg)
    value = document
    for raw in pointer[1:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(value, Mapping) and token in value:
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and str(int(token)) == token:
            index = int(token)
            if index >= len(value):
                msg = f"ItemsPointer {pointer!r}: index {index} is past the array's end"
                raise ReaderFailure(msg)
            value = value[index]
        else:
            msg = f"ItemsPointer {pointer!r}: the file has no {token!r} at that point"
            raise ReaderFailure(msg)
    return value


def read_items(mocked: Any, reader_config: Mapping[str, Any]) -> Any:
    """The items a reader gives from its mocked data set.

    Without ``ItemsPointer`` the mock is the items; with it, the mock is the JSON document and
    the pointer must select an array in it.

    Example:
        >>> read_items({"orders": [{"id": 1}]}, {"InputType": "JSON", "ItemsPointer": "/orders"})
        [{'id': 1}]
        >>> read_items([{"id": 1}], {"InputType": "PARQUET"})
        [{'id': 1}]
    """
    pointer = reader_config.get("ItemsPointer")
    if not isinstance(pointer, str):
        return mocked
    items = pointer_target(mocked, pointer)
    if not isinstance(items, list):
        msg = f"ItemsPointer {pointer!r} selects {type(items).__name__}, not an array of items"
        raise ReaderFailure(msg)
    return items
