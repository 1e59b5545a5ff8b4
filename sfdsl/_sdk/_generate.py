"""Regenerate ``services.json`` from the installed botocore: ``python -m sfdsl._sdk._generate``.

Run it after upgrading botocore; the tests check the shipped table against the installed one.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from sfdsl._sdk._models import SERVICES_FILE, botocore_version, data_dir
from sfdsl._sdk._naming import service_name, service_prefix


def _latest(folder: Path) -> Path | None:
    versions = sorted(
        p
        for p in folder.iterdir()
        if (p / "service-2.json.gz").is_file() or (p / "service-2.json").is_file()
    )
    return versions[-1] if versions else None


def table() -> dict[str, Any]:
    """The service table for the installed botocore."""
    root = data_dir()
    if root is None:
        msg = "botocore is not installed"
        raise RuntimeError(msg)
    rows: dict[str, dict[str, str]] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        latest = _latest(folder)
        if latest is None:
            continue
        path = latest / "service-2.json.gz"
        with (
            gzip.open(path, "rb") if path.is_file() else open(latest / "service-2.json", "rb") as f
        ):
            metadata = json.load(f)["metadata"]
        service_id = metadata.get("serviceId") or metadata["serviceFullName"]
        name = service_name(service_id)
        if name in rows:  # two models for one client: keep the newer API
            continue
        rows[name] = {
            "folder": folder.name,
            "version": latest.name,
            "prefix": service_prefix(service_id),
        }
    return {"botocore": botocore_version(), "services": dict(sorted(rows.items()))}


def main() -> None:
    """Write ``services.json``."""
    SERVICES_FILE.write_text(json.dumps(table(), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
