"""Misuses of the state constructors that mypy must reject.

Not run: tests/typing/test_states_types.py type-checks this file with ``mypy --strict`` and
compares mypy's errors with the ``# E:`` comment above each line. Every field after a state's
name (or a rule's first argument) is keyword-only, and mypy must know it.
"""

from __future__ import annotations

from sfdsl import (
    Catch,
    Choice,
    ChoiceRule,
    Fail,
    ItemBatcher,
    ItemReader,
    Map,
    Parallel,
    Pass,
    ReaderConfig,
    ResultWriter,
    Retry,
    Succeed,
    Task,
    Var,
    Wait,
    WriterConfig,
)

# E: Too many positional arguments for "Retry"  [call-arg]
Retry(["States.ALL"], 2)
# E: Too many positional arguments for "Pass"  [call-arg]
Pass("P", "a comment")
# E: Too many positional arguments for "Catch"  [call-arg]
Catch(["States.ALL"], "Next")
# E: Too many positional arguments for "Task"  [call-arg]
Task("T", "a comment", resource="arn:aws:states:::lambda:invoke")
# E: Too many positional arguments for "Wait"  [call-arg]
Wait("W", "a comment")
# E: Too many positional arguments for "Choice"  [call-arg]
Choice("C", "a comment")
# E: Too many positional arguments for "Parallel"  [call-arg]
Parallel("P", "a comment")
# E: Too many positional arguments for "Map"  [call-arg]
Map("M", "a comment")
# E: Too many positional arguments for "Succeed"  [call-arg]
Succeed("S", "a comment")
# E: Too many positional arguments for "Fail"  [call-arg]
Fail("F", "a comment")
# E: Too many positional arguments for "ChoiceRule"  [call-arg]
ChoiceRule(Var("$.n") > 1, "Big")
# E: Too many positional arguments for "ItemReader"  [call-arg]
ItemReader("arn:aws:states:::s3:getObject", {"Bucket": "b"})
# E: Too many positional arguments for "ItemBatcher"  [call-arg]
ItemBatcher(None, 10)
# E: Too many positional arguments for "ReaderConfig"  [call-arg]
ReaderConfig("CSV")
# E: Too many positional arguments for "WriterConfig"  [call-arg]
WriterConfig("JSONL")
# E: Too many positional arguments for "ResultWriter"  [call-arg]
ResultWriter("arn:aws:states:::s3:putObject", {"Bucket": "b"})

# None would leave the path unset, not discard: DISCARD is the JSON null.
# E: Argument "result_path" to "Pass" has incompatible type "None"; expected "str | _Discard | _HasPath | _HasText | _NotGiven"  [arg-type]
Pass("P", result_path=None)
