"""docs/migrating/cdk.md maps CDK's task classes to sfdsl.aws names that exist and call the integration named."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from sfdsl import aws

PAGE = Path(__file__).resolve().parents[1] / "docs" / "migrating" / "cdk.md"
_TEXT = PAGE.read_text(encoding="utf-8")
_SECTION = _TEXT[_TEXT.index("## Service integrations") :]
_TABLE, _, _REST = _SECTION.partition("<!-- sfdsl.aws constructors with no CDK task class -->")
ROWS = re.findall(r"^\| `(tasks\.\w+)` \| `(aws\.[\w.]+)` \| `([\w:.-]+)` \|$", _TABLE, re.M)
WITHOUT_CDK = re.findall(r"`aws\.(\w+)`", _REST.split("\n\n", 1)[0])
_INTEGRATION = {
    constructor.__name__: integration for integration, constructor in aws.CONSTRUCTORS.items()
}


def test_the_table_is_read() -> None:
    assert len(ROWS) == len(re.findall(r"^\| `tasks\.", _TABLE, re.M)) >= 40
    assert WITHOUT_CDK


@pytest.mark.parametrize(("cdk", "name", "resource"), ROWS, ids=[row[0] for row in ROWS])
def test_each_row_names_a_constructor_of_the_integration(
    cdk: str, name: str, resource: str
) -> None:
    path = name.removeprefix("aws.").split(".")
    if path[0] == "sdk":
        # A typed AWS SDK builder: aws.sdk.<service>.<action in snake_case>.
        _, service, function = path
        builder = getattr(importlib.import_module(f"sfdsl.aws.sdk.{service}"), function)
        head, *rest = function.split("_")
        action = head + "".join(word.title() for word in rest)
        assert builder.__name__ == function
        assert resource == f"aws-sdk:{service}:{action}"
    else:
        [function] = path
        assert function in aws.__all__
        assert resource == _INTEGRATION[function]


def test_every_constructor_is_mapped_or_listed_as_having_no_cdk_class() -> None:
    mapped = {name.removeprefix("aws.") for _, name, _ in ROWS}
    assert not set(WITHOUT_CDK) & mapped
    assert {*mapped, *WITHOUT_CDK} - {n for n in mapped if n.startswith("sdk.")} == set(
        _INTEGRATION
    )
