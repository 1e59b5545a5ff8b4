"""Generate the typed AWS SDK builders of ``sfdsl.aws.sdk``: ``python -m sfdsl._sdk._typed``.

For each service of :data:`SERVICES` a module ``sfdsl/aws/sdk/<service>.py`` gets, per action, a
``TypedDict`` of its parameters (Step Functions' names, each also as a ``"Name.$"`` path key) and
a function that builds the Task. The modules are built as syntax trees from the models and
rendered with :func:`ast.unparse`; a test checks the shipped modules match the installed botocore.
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path
from typing import Final

from sfdsl._sdk._models import botocore_version, load
from sfdsl._sdk._naming import _words, member_name

SERVICES: Final = (
    "athena",
    "cloudwatchlogs",
    "dynamodb",
    "ecs",
    "eventbridge",
    "glue",
    "kms",
    "lambda",
    "rds",
    "rekognition",
    "s3",
    "secretsmanager",
    "sfn",
    "sns",
    "sqs",
    "ssm",
    "sts",
    "textract",
    "transcribe",
)
"""The services that get typed builders (the most called ones); others use ``Task`` directly."""

FOLDER: Final = Path(__file__).resolve().parents[1] / "aws" / "sdk"

_FUNCTION = ast.parse(
    '''
def NAME(
    name: str,
    parameters: PARAMS,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """DOC"""
    return sdk_task(name, CALL, parameters, pattern, options)
'''
).body[0]


def python_name(operation: str) -> str:
    """The builder's name for an API operation, in snake_case.

    Example:
        >>> python_name("DescribeDBInstances"), python_name("ListObjectsV2")
        ('describe_db_instances', 'list_objects_v2')
    """
    return "_".join(w.lower() for w in _words(operation))


_HEADER: Final = """from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task
"""


def _typed_dict(class_name: str, keys: list[str]) -> ast.stmt:
    if not keys:  # an action without parameters
        return ast.ClassDef(
            class_name,
            [ast.Name("TypedDict")],
            [ast.keyword("total", ast.Constant(False))],
            [ast.Pass()],
            [],
        )
    entries = ast.Dict(
        keys=[ast.Constant(k) for k in keys],
        values=[ast.Name("Any") for _ in keys],
    )
    call = ast.Call(
        ast.Name("TypedDict"),
        [ast.Constant(class_name), entries],
        [ast.keyword("total", ast.Constant(False))],
    )
    return ast.Assign([ast.Name(class_name)], call, lineno=0)


def _function(service: str, operation: str, action: str, class_name: str) -> ast.FunctionDef:
    node = ast.parse(ast.unparse(_FUNCTION)).body[0]
    assert isinstance(node, ast.FunctionDef)
    node.name = python_name(operation)
    node.args.posonlyargs[1].annotation = ast.Name(class_name)
    doc = node.body[0]
    assert isinstance(doc, ast.Expr)
    doc.value = ast.Constant(
        f"Call {service}:{action} (``arn:aws:states:::aws-sdk:{service}:{action}``); "
        "the parameters are checked against its API model."
    )
    ret = node.body[1]
    assert isinstance(ret, ast.Return)
    assert isinstance(ret.value, ast.Call)
    ret.value.args[1] = ast.Constant(f"{service}:{action}")
    return node


def module(service: str) -> str:
    """The source of ``sfdsl/aws/sdk/<service>.py``."""
    model = load(service)
    if model is None:
        msg = f"botocore has no model for {service!r}"
        raise LookupError(msg)
    dicts: list[ast.stmt] = []
    body: list[ast.stmt] = []
    names: list[str] = []
    for action in sorted(model.operations):
        operation = action[:1].upper() + action[1:]
        shape = model.input_shape(action) or {}
        members = [member_name(m) for m in shape.get("members", {})]
        keys = [k for m in members for k in (m, f"{m}.$")]
        class_name = f"{operation}Parameters"
        dicts.append(_typed_dict(class_name, keys))
        body.append(_function(service, operation, action, class_name))
        names.append(python_name(operation))
    # The parameter types exist for the type checker only: building hundreds of TypedDicts
    # would make importing the module slow.
    body.insert(0, ast.If(ast.Name("TYPE_CHECKING"), dicts, []))
    exports = ast.List([ast.Constant(n) for n in sorted(names)])
    body.append(ast.Assign([ast.Name("__all__")], exports, lineno=0))
    tree = ast.Module(body, type_ignores=[])
    # Builders named test_* are not pytest tests.
    noqa = "# ruff: noqa: PT028\n" if any(n.startswith("test_") for n in names) else ""
    doc = f"Typed builders of the AWS SDK integration of {service}.\n\nGenerated from botocore {botocore_version()} by ``python -m sfdsl._sdk._typed``; do not edit."
    return f'{noqa}"""{doc}"""\n\n{_HEADER}\n' + ast.unparse(ast.fix_missing_locations(tree)) + "\n"


def formatted(service: str) -> str:
    """:func:`module`, formatted by ruff as the rest of the code (ruff is a development tool)."""
    path = FOLDER / f"{service}.py"
    done = subprocess.run(
        ["ruff", "format", "--stdin-filename", str(path), "-"],
        input=module(service),
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def main() -> None:
    """Write the modules."""
    for service in SERVICES:
        (FOLDER / f"{service}.py").write_text(formatted(service), encoding="utf-8")


if __name__ == "__main__":
    main()
