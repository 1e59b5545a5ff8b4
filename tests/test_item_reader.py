"""Distributed Map readers added in 2025: ItemsPointer, Parquet, Athena data manifests, S3 listings
read with LOAD_AND_FLATTEN; their checks, IAM and local runs.

The fields follow the ItemReader page of the Step Functions developer guide:
https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from sfdsl import (
    ItemReader,
    Map,
    Pass,
    ProcessorConfig,
    ReaderConfig,
    StateMachine,
    run,
)
from sfdsl._codegen import generate_python
from sfdsl._iam import derive_statements
from sfdsl.errors import ValidationError

GET = "arn:aws:states:::s3:getObject"
LIST = "arn:aws:states:::s3:listObjectsV2"


def distributed(reader: ItemReader, **extra: Any) -> Map:
    return Map(
        "Each",
        processor_config=ProcessorConfig("DISTRIBUTED", "STANDARD"),
        item_processor=Pass("Handle"),
        item_reader=reader,
        end=True,
        **extra,
    )


def reader_asl(machine: StateMachine) -> Any:
    return machine.to_asl()["States"]["Each"]["ItemReader"]


# --- Model: Python and ASL ---------------------------------------------------------------------

READERS: list[tuple[str, Callable[[], ItemReader], dict[str, Any]]] = [
    (
        "json-items-pointer",
        lambda: ItemReader(
            GET,
            parameters={"Bucket": "in", "Key": "orders.json"},
            reader_config=ReaderConfig(input_type="JSON", items_pointer="/data/orders"),
        ),
        {
            "Resource": GET,
            "Parameters": {"Bucket": "in", "Key": "orders.json"},
            "ReaderConfig": {"InputType": "JSON", "ItemsPointer": "/data/orders"},
        },
    ),
    (
        "parquet",
        lambda: ItemReader(
            GET,
            parameters={"Bucket": "in", "Key": "sensors.parquet"},
            reader_config=ReaderConfig(input_type="PARQUET", max_items=10),
        ),
        {
            "Resource": GET,
            "Parameters": {"Bucket": "in", "Key": "sensors.parquet"},
            "ReaderConfig": {"InputType": "PARQUET", "MaxItems": 10},
        },
    ),
    (
        "athena-data-manifest",
        lambda: ItemReader(
            GET,
            parameters={"Bucket": "results", "Key": "q-1234-manifest.csv"},
            reader_config=ReaderConfig(input_type="PARQUET", manifest_type="ATHENA_DATA"),
        ),
        {
            "Resource": GET,
            "Parameters": {"Bucket": "results", "Key": "q-1234-manifest.csv"},
            "ReaderConfig": {"InputType": "PARQUET", "ManifestType": "ATHENA_DATA"},
        },
    ),
    (
        "s3-inventory",
        lambda: ItemReader(
            GET,
            parameters={"Bucket": "inv", "Key": "2030/manifest.json"},
            reader_config=ReaderConfig(manifest_type="S3_INVENTORY"),
        ),
        {
            "Resource": GET,
            "Parameters": {"Bucket": "inv", "Key": "2030/manifest.json"},
            "ReaderConfig": {"ManifestType": "S3_INVENTORY"},
        },
    ),
    (
        "load-and-flatten",
        lambda: ItemReader(
            LIST,
            parameters={"Bucket": "in", "Prefix": "daily/"},
            reader_config=ReaderConfig(input_type="JSONL", transformation="LOAD_AND_FLATTEN"),
        ),
        {
            "Resource": LIST,
            "Parameters": {"Bucket": "in", "Prefix": "daily/"},
            "ReaderConfig": {"InputType": "JSONL", "Transformation": "LOAD_AND_FLATTEN"},
        },
    ),
    (
        "csv-tab",
        lambda: ItemReader(
            GET,
            parameters={"Bucket": "in", "Key": "rows.tsv"},
            reader_config=ReaderConfig(
                input_type="CSV", csv_header_location="FIRST_ROW", csv_delimiter="TAB"
            ),
        ),
        {
            "Resource": GET,
            "Parameters": {"Bucket": "in", "Key": "rows.tsv"},
            "ReaderConfig": {
                "InputType": "CSV",
                "CSVHeaderLocation": "FIRST_ROW",
                "CSVDelimiter": "TAB",
            },
        },
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"), [r[1:] for r in READERS], ids=[r[0] for r in READERS]
)
def test_readers_write_their_asl_and_read_back_equal(build: Any, expected: Any) -> None:
    machine = StateMachine(distributed(build()))
    assert reader_asl(machine) == expected
    assert StateMachine.from_asl(machine.to_asl()) == machine
    assert machine.warnings == ()


@pytest.mark.parametrize("build", [r[1] for r in READERS], ids=[r[0] for r in READERS])
def test_sfdsl_import_writes_python_that_builds_the_same_reader(
    build: Callable[[], ItemReader],
) -> None:
    machine = StateMachine(distributed(build()))
    namespace: dict[str, Any] = {}
    exec(compile(generate_python(machine.to_asl()).code, "<generated>", "exec"), namespace)
    assert namespace["machine"] == machine


def test_jsonata_reader_takes_arguments_and_items_pointer() -> None:
    machine = StateMachine(
        distributed(
            ItemReader(
                GET,
                arguments={"Bucket": "in", "Key": "{% $states.input.key %}"},
                reader_config=ReaderConfig(input_type="JSON", items_pointer="/rows"),
            )
        ),
        query_language="JSONata",
    )
    assert reader_asl(machine)["ReaderConfig"] == {"InputType": "JSON", "ItemsPointer": "/rows"}
    assert StateMachine.from_asl(machine.to_asl()) == machine


@pytest.mark.parametrize(
    ("config", "message", "where"),
    [
        (
            {"Transformation": "FLATTEN"},
            'expected one of "NONE", "LOAD_AND_FLATTEN", got \'FLATTEN\'',
            "Transformation",
        ),
        (
            {"ManifestType": "PARQUET"},
            'expected one of "ATHENA_DATA", "S3_INVENTORY", got \'PARQUET\'',
            "ManifestType",
        ),
        (
            {"InputType": "AVRO"},
            'expected one of "CSV", "JSON", "JSONL", "MANIFEST", "PARQUET", got \'AVRO\'',
            "InputType",
        ),
        (
            {"InputType": "JSON", "ItemsPointer": 3},
            "ItemsPointer must be a JSON Pointer string such as '/data/items', got int",
            "ItemsPointer",
        ),
    ],
)
def test_values_the_service_refuses_are_errors(
    config: dict[str, Any], message: str, where: str
) -> None:
    asl = StateMachine(distributed(ItemReader(GET, parameters={"Bucket": "b", "Key": "k"})))
    definition = asl.to_asl()
    definition["States"]["Each"]["ItemReader"]["ReaderConfig"] = config
    with pytest.raises(ValidationError) as caught:
        StateMachine.from_asl(definition)
    assert [(p.message, p.path) for p in caught.value.problems] == [
        (message, f"States.Each.ItemReader.ReaderConfig.{where}")
    ]


@pytest.mark.parametrize(
    ("language", "part", "message", "where"),
    [
        (
            "JSONata",
            {"ItemReader": {"Resource": GET, "Parameters": {"Bucket": "b", "Key": "k"}}},
            "ItemReader.Parameters is a JSONPath field, not allowed in a JSONata state; "
            "give it as arguments= (Arguments)",
            "ItemReader.Parameters",
        ),
        (
            "JSONPath",
            {"ItemReader": {"Resource": GET, "Arguments": {"Bucket": "b", "Key": "k"}}},
            "ItemReader.Arguments is a JSONata field, not allowed in a JSONPath state; "
            "give it as parameters= or set query_language='JSONata'",
            "ItemReader.Arguments",
        ),
        (
            "JSONata",
            {
                "ItemReader": {
                    "Resource": GET,
                    "Arguments": {"Bucket": "b", "Key": "k"},
                    "ReaderConfig": {"InputType": "JSON", "MaxItemsPath": "$.max"},
                }
            },
            "ItemReader.ReaderConfig.MaxItemsPath is a JSONPath field, not allowed in a JSONata "
            "state; give max_items='{% expression %}' instead",
            "ItemReader.ReaderConfig.MaxItemsPath",
        ),
        (
            "JSONata",
            {
                "ResultWriter": {
                    "Resource": "arn:aws:states:::s3:putObject",
                    "Parameters": {"Bucket": "out", "Prefix": "runs"},
                }
            },
            "ResultWriter.Parameters is a JSONPath field, not allowed in a JSONata state; "
            "give it as arguments= (Arguments)",
            "ResultWriter.Parameters",
        ),
    ],
)
def test_reader_and_writer_fields_belong_to_one_query_language(
    language: str, part: dict[str, Any], message: str, where: str
) -> None:
    definition = {
        "QueryLanguage": language,
        "StartAt": "Each",
        "States": {
            "Each": {
                "Type": "Map",
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Handle",
                    "States": {"Handle": {"Type": "Pass", "End": True}},
                },
                **part,
                "End": True,
            }
        },
    }
    with pytest.raises(ValidationError) as caught:
        StateMachine.from_asl(definition)
    assert [(p.message, p.path, p.code) for p in caught.value.problems] == [
        (message, f"States.Each.{where}", "wrong-query-language")
    ]


WARNINGS = [
    (
        "pointer-on-jsonl",
        GET,
        {"input_type": "JSONL", "items_pointer": "/rows"},
        [
            (
                "reader-option-ignored",
                "ReaderConfig.ItemsPointer",
                "ItemsPointer only applies to InputType JSON, got InputType 'JSONL'; remove "
                "items_pointer or read the file with input_type='JSON'",
            )
        ],
    ),
    (
        "jsonpath-as-pointer",
        GET,
        {"input_type": "JSON", "items_pointer": "$.data.items"},
        [
            (
                "not-a-json-pointer",
                "ReaderConfig.ItemsPointer",
                "ItemsPointer '$.data.items' is a JSONPath, not a JSON Pointer: it is the array's "
                "location as /-separated keys from the top of the file, e.g. '/data/items' for "
                '{"data": {"items": [...]}}',
            )
        ],
    ),
    (
        "csv-options-on-parquet",
        GET,
        {"input_type": "PARQUET", "csv_header_location": "FIRST_ROW", "csv_delimiter": "TAB"},
        [
            (
                "reader-option-ignored",
                "ReaderConfig.CSVHeaderLocation",
                "CSVHeaderLocation only applies to InputType CSV or MANIFEST, got InputType "
                "'PARQUET'; remove csv_header_location or read the file with input_type='CSV'",
            ),
            (
                "reader-option-ignored",
                "ReaderConfig.CSVDelimiter",
                "CSVDelimiter only applies to InputType CSV or MANIFEST, got InputType 'PARQUET'; "
                "remove csv_delimiter or read the file with input_type='CSV'",
            ),
        ],
    ),
    (
        "athena-without-format",
        GET,
        {"manifest_type": "ATHENA_DATA"},
        [
            (
                "reader-option-ignored",
                "ReaderConfig.InputType",
                "an Athena data manifest lists data files in the format of the UNLOAD query: "
                "InputType must be CSV, JSONL, PARQUET, got no InputType; set input_type to the "
                "format the query wrote",
            )
        ],
    ),
    (
        "flatten-on-get-object",
        GET,
        {"input_type": "JSON", "transformation": "LOAD_AND_FLATTEN"},
        [
            (
                "reader-option-ignored",
                "ReaderConfig.Transformation",
                "Transformation LOAD_AND_FLATTEN reads the objects an s3:listObjectsV2 listing "
                "returns, but the Resource calls 'getObject'; use "
                "'arn:aws:states:::s3:listObjectsV2' or remove transformation",
            )
        ],
    ),
    (
        "flatten-without-format",
        LIST,
        {"transformation": "LOAD_AND_FLATTEN"},
        [
            (
                "reader-option-ignored",
                "ReaderConfig.InputType",
                "Transformation LOAD_AND_FLATTEN reads each listed object's items, so it needs "
                "their format: set input_type (CSV, JSON, JSONL or PARQUET)",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("resource", "config", "expected"), [w[1:] for w in WARNINGS], ids=[w[0] for w in WARNINGS]
)
def test_likely_mistakes_are_warnings_with_the_fix(
    resource: str, config: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    reader = ItemReader(
        resource, parameters={"Bucket": "b", "Key": "k"}, reader_config=ReaderConfig(**config)
    )
    machine = StateMachine(distributed(reader))
    assert [(w.code, w.path, w.message, w.severity) for w in machine.warnings] == [
        (code, f"States.Each.ItemReader.{where}", message, "warning")
        for code, where, message in expected
    ]
    # The service accepts these definitions: reading them back warns the same way.
    read = StateMachine.from_asl(machine.to_asl())
    assert [(w.code, w.path) for w in read.warnings] == [(w.code, w.path) for w in machine.warnings]


def test_reader_on_an_inline_map_is_a_distributed_only_warning() -> None:
    inline = Map(
        "Each",
        item_processor=Pass("Handle"),
        item_reader=ItemReader(GET, reader_config=ReaderConfig(input_type="PARQUET")),
        end=True,
    )
    assert [(w.code, w.path) for w in StateMachine(inline).warnings] == [
        ("distributed-only", "States.Each.ItemReader")
    ]


# --- IAM -----------------------------------------------------------------------------------------


def statements(machine: StateMachine) -> tuple[list[Any], list[tuple[str, str]]]:
    result = derive_statements(machine.to_asl())
    s3 = [
        json.loads(s.to_json())
        for s in result.statements
        if any(a.startswith("s3:") for a in json.loads(s.to_json())["Action"])
    ]
    return s3, [(w.path, w.message) for w in result.warnings if "ItemReader" in w.path]


def test_parquet_file_reads_the_object() -> None:
    s3, warned = statements(
        StateMachine(
            distributed(
                ItemReader(
                    GET,
                    parameters={"Bucket": "in", "Key": "sensors.parquet"},
                    reader_config=ReaderConfig(input_type="PARQUET"),
                )
            )
        )
    )
    assert s3 == [
        {
            "Action": ["s3:GetObject"],
            "Effect": "Allow",
            "Resource": [{"Fn::Sub": "arn:${AWS::Partition}:s3:::in/sensors.parquet"}],
        }
    ]
    assert warned == []


@pytest.mark.parametrize(
    ("config", "field", "what"),
    [
        (
            {"input_type": "CSV", "manifest_type": "ATHENA_DATA"},
            "ManifestType",
            "an Athena data manifest",
        ),
        ({"manifest_type": "S3_INVENTORY"}, "ManifestType", "an S3 inventory manifest"),
        ({"input_type": "MANIFEST"}, "InputType", "an S3 inventory manifest"),
    ],
)
def test_manifest_readers_read_the_manifest_and_say_the_data_files_are_unknown(
    config: dict[str, Any], field: str, what: str
) -> None:
    reader = ItemReader(
        GET,
        parameters={"Bucket": "res", "Key": "q-manifest.csv"},
        reader_config=ReaderConfig(**config),
    )
    s3, warned = statements(StateMachine(distributed(reader)))
    assert s3 == [
        {
            "Action": ["s3:GetObject"],
            "Effect": "Allow",
            "Resource": [{"Fn::Sub": "arn:${AWS::Partition}:s3:::res/q-manifest.csv"}],
        }
    ]
    assert warned == [
        (
            f"States.Each.ItemReader.ReaderConfig.{field}",
            f"the data files {what} lists are not known, so only s3:GetObject on the manifest is "
            "derived; grant s3:GetObject on the data files with extra_statements",
        )
    ]


def test_load_and_flatten_lists_the_prefix_and_reads_its_objects() -> None:
    reader = ItemReader(
        LIST,
        parameters={"Bucket": "in", "Prefix": "daily/"},
        reader_config=ReaderConfig(input_type="JSONL", transformation="LOAD_AND_FLATTEN"),
    )
    s3, warned = statements(StateMachine(distributed(reader)))
    assert s3 == [
        {
            "Action": ["s3:ListBucket"],
            "Condition": {"StringLike": {"s3:prefix": "daily/*"}},
            "Effect": "Allow",
            "Resource": [{"Fn::Sub": "arn:${AWS::Partition}:s3:::in"}],
        },
        {
            "Action": ["s3:GetObject"],
            "Effect": "Allow",
            "Resource": [{"Fn::Sub": "arn:${AWS::Partition}:s3:::in/daily/*"}],
        },
    ]
    assert warned == []


# --- Local runs ----------------------------------------------------------------------------------


def pointer_machine(pointer: str, **config: Any) -> StateMachine:
    reader = ItemReader(
        GET,
        parameters={"Bucket": "in", "Key": "orders.json"},
        reader_config=ReaderConfig(input_type="JSON", items_pointer=pointer, **config),
    )
    return StateMachine(distributed(reader))


@pytest.mark.parametrize(
    ("pointer", "document", "items"),
    [
        ("/data/orders", {"data": {"orders": [{"id": 1}, {"id": 2}]}}, [{"id": 1}, {"id": 2}]),
        ("/a~1b/0", {"a/b": [["x"], ["y"]]}, ["x"]),
        ("/m~0n", {"m~n": [1]}, [1]),
        ("", [3, 4], [3, 4]),
    ],
)
def test_items_pointer_selects_the_array_in_the_mocked_file(
    pointer: str, document: Any, items: list[Any]
) -> None:
    result = run(pointer_machine(pointer), {}, mocks={"Each": document})
    assert (result.status, result.output) == ("SUCCEEDED", items)


def test_max_items_applies_to_the_items_the_pointer_selects() -> None:
    machine = pointer_machine("/rows", max_items=1)
    result = run(machine, {}, mocks={"Each": {"rows": ["a", "b"]}})
    assert result.output == ["a"]


@pytest.mark.parametrize(
    ("document", "cause"),
    [
        ({"data": {}}, "ItemsPointer '/data/orders': the file has no 'orders' at that point"),
        (
            {"data": {"orders": {"id": 1}}},
            "ItemsPointer '/data/orders' selects dict, not an array of items",
        ),
        ([1], "ItemsPointer '/data/orders': the file has no 'data' at that point"),
    ],
)
def test_an_items_pointer_that_selects_no_array_fails_the_reader(document: Any, cause: str) -> None:
    result = run(pointer_machine("/data/orders"), {}, mocks={"Each": document})
    assert (result.status, result.error, result.cause) == (
        "FAILED",
        "States.ItemReaderFailed",
        cause,
    )


@pytest.mark.parametrize(
    "name", ["parquet", "athena-data-manifest", "s3-inventory", "load-and-flatten"]
)
def test_other_readers_take_the_mocked_items_as_they_are(name: str) -> None:
    build = next(r[1] for r in READERS if r[0] == name)
    rows = [{"sensor": "a", "t": 1}, {"sensor": "b", "t": 2}]
    result = run(StateMachine(distributed(build())), {}, mocks={"Each": rows})
    assert (result.status, result.output) == ("SUCCEEDED", rows)
