"""Benchmarks of the AWS SDK checks: import time, first-build overhead, check rate over the corpus.

Targets (issue: typed service integrations and AWS SDK checks):
- ``import sfdsl`` in <= 150 ms, reading no API model and importing no botocore;
- building a machine whose Tasks call 5 different AWS SDK services adds <= 100 ms to the first
  build in a process (the models are read then, once per service), compared with the same
  machine calling Lambda functions;
- the check rate: every ``aws-sdk`` Task of the corpus (``tests/corpus``) checked in one process,
  with the time per Task, cold (models read as they are first needed) and warm;
- fluent building: Tasks calling AWS services, each with ``.retry()``, ``.catch()`` and two
  ``.with_()`` copies, with the checks of a call reused (as built) and computed for every copy.

Process figures are the minimum of ``--repeat`` fresh interpreters (noise only ever adds time),
with the median next to it. A second line gives the first-build overhead of 5 of the largest
models (ec2, sagemaker, glue, rds, s3) for information.

Run with ``python benchmarks/bench_sdk.py [--repeat N]``; prints one line per figure and exits 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MAX_IMPORT = 0.150
MAX_FIRST_BUILD = 0.100
# (call, parameters) of each machine's Tasks.
COMMON = (
    ("s3:getObject", {"Bucket": "b", "Key.$": "$.key"}),
    ("dynamodb:query", {"TableName": "t", "KeyConditionExpression": "pk = :v"}),
    ("sqs:sendMessage", {"QueueUrl": "https://q", "MessageBody.$": "$.body"}),
    ("sfn:startExecution", {"StateMachineArn": "arn:sm", "Input.$": "States.JsonToString($)"}),
    ("secretsmanager:getSecretValue", {"SecretId": "s"}),
)
LARGEST = (
    ("ec2:describeInstances", {"InstanceIds": ["i-1"]}),
    ("sagemaker:describeTrainingJob", {"TrainingJobName": "j"}),
    ("glue:getJobRun", {"JobName": "j", "RunId": "r"}),
    ("rds:describeDBInstances", {"DbInstanceIdentifier": "db"}),
    ("s3:getObject", {"Bucket": "b", "Key": "k"}),
)

_IMPORT = """
import sys, time
t = time.perf_counter()
import sfdsl
took = time.perf_counter() - t
from sfdsl._sdk import _models
print(took, 'botocore' in sys.modules, _models.load.cache_info().currsize)
"""

_BUILD = """
import sys, time
from sfdsl import StateMachine, Task, chain
calls = {calls!r}
def machine(sdk):
    tasks = []
    for i, (call, parameters) in enumerate(calls):
        resource = "arn:aws:states:::aws-sdk:" + call if sdk else "arn:aws:states:::lambda:invoke"
        tasks.append(Task(f"T{{i}}", resource=resource, parameters=parameters if sdk else {{"FunctionName": "f"}}))
    return StateMachine(chain(*tasks))
machine(False).to_asl()  # the rest of the first build: imports, caches
t = time.perf_counter(); machine(False).to_asl(); plain = time.perf_counter() - t
t = time.perf_counter(); m = machine(True); m.to_asl(); sdk = time.perf_counter() - t
print(sdk - plain, len(m.warnings))
"""


def _fresh(code: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return out.stdout.split()


def _summary(values: list[float]) -> str:
    return f"min {min(values) * 1000:.1f} ms, median {statistics.median(values) * 1000:.1f} ms"


def _corpus_tasks() -> list[tuple[str, Any, str, bool]]:
    found: list[tuple[str, Any, str, bool]] = []

    def walk(states: Any, prefix: str) -> None:
        if not isinstance(states, dict):
            return
        for name, state in states.items():
            if not isinstance(state, dict):
                continue
            path = f"{prefix}States.{name}"
            resource = state.get("Resource")
            if isinstance(resource, str) and ":aws-sdk:" in resource:
                jsonata = "Arguments" in state
                found.append(
                    (resource, state.get("Arguments" if jsonata else "Parameters"), path, jsonata)
                )
            for i, branch in enumerate(state.get("Branches") or []):
                if isinstance(branch, dict):
                    walk(branch.get("States"), f"{path}.Branches[{i}].")
            for key in ("Iterator", "ItemProcessor"):
                if isinstance(state.get(key), dict):
                    walk(state[key].get("States"), f"{path}.{key}.")

    for path in sorted((ROOT / "tests" / "corpus").rglob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(doc, dict):
            walk(doc.get("States"), "")
    return found


def check_rate() -> tuple[int, float, float]:
    """(Tasks, cold seconds, warm seconds) for checking every aws-sdk Task of the corpus."""
    from sfdsl._sdk import task_problems

    tasks = _corpus_tasks()
    times = []
    for _ in range(2):
        t = time.perf_counter()
        for resource, payload, path, jsonata in tasks:
            task_problems(resource, payload, path, jsonata=jsonata)
        times.append(time.perf_counter() - t)
    return len(tasks), times[0], times[1]


def fluent_rate(repeat: int) -> tuple[float, float]:
    """Seconds per Task built fluently, with the checks of a call reused and without."""
    import sfdsl._sdk as sdk
    from sfdsl import Catch, Retry, States, Task

    calls = [(f"aws-sdk:{c}", p) for c, p in COMMON] + [
        ("dynamodb:getItem", {"TableName": "t", "Key": {"id": {"S.$": "$.id"}}}),
        ("lambda:invoke", {"FunctionName": "f", "Payload.$": "$"}),
    ]

    def build() -> float:
        start = time.perf_counter()
        for i in range(200):
            call, parameters = calls[i % len(calls)]
            task = Task(f"T{i}", resource=f"arn:aws:states:::{call}", parameters=parameters)
            task = task.retry(Retry([States.ALL])).catch(Catch([States.ALL], next="F"))
            task.with_(comment="copy").with_(result_path="$.r")
        return (time.perf_counter() - start) / 200

    cached = sdk._relative_problems
    build()  # models read, caches filled
    reused = min(build() for _ in range(repeat))
    sdk._relative_problems = cached.__wrapped__  # type: ignore[assignment]
    try:
        each = min(build() for _ in range(repeat))
    finally:
        sdk._relative_problems = cached
    return reused, each


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    missed = False

    runs = [_fresh(_IMPORT) for _ in range(args.repeat)]
    imports = [float(r[0]) for r in runs]
    clean = all(r[1] == "False" and r[2] == "0" for r in runs)
    ok = min(imports) <= MAX_IMPORT and clean
    missed |= not ok
    print(
        f"import sfdsl: {_summary(imports)} (target {MAX_IMPORT * 1000:.0f} ms; no model read, "
        f"botocore not imported: {clean}) {'met' if ok else 'MISSED'}"
    )

    for label, calls, target in (
        ("5 SDK services", COMMON, MAX_FIRST_BUILD),
        ("5 largest models", LARGEST, None),
    ):
        values = [float(_fresh(_BUILD.format(calls=calls))[0]) for _ in range(args.repeat)]
        line = f"first build, {label} ({', '.join(c.split(':')[0] for c, _ in calls)}): +{_summary(values)}"
        if target is not None:
            ok = min(values) <= target
            missed |= not ok
            line += f" (target +{target * 1000:.0f} ms) {'met' if ok else 'MISSED'}"
        print(line)

    count, cold, warm = check_rate()
    print(
        f"corpus check: {count} aws-sdk Tasks, cold {cold * 1000:.1f} ms "
        f"({cold / count * 1000:.2f} ms/Task, models read on first use), "
        f"warm {warm * 1000:.1f} ms ({warm / count * 1e6:.0f} us/Task)"
    )
    reused, each = fluent_rate(args.repeat)
    print(
        f"fluent building (Task, retry, catch, 2 with_ copies; 7 AWS calls): {reused * 1e6:.0f} "
        f"us/Task with each call's checks reused, {each * 1e6:.0f} us/Task checking every copy"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
