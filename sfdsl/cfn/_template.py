"""Build the CloudFormation resources of an :class:`~sfdsl.cfn.App` into a troposphere template.

The top of :mod:`sfdsl.cfn`: :func:`template_for`, :func:`check` and :func:`render` run the
builders of ``sfdsl.cfn._build`` over an app and give the template, its problems or its text.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import warnings
from collections.abc import Mapping
from typing import Any

import yaml
from troposphere import Template

from sfdsl._machine import StateMachine
from sfdsl.cfn._app import App, register_template_builder
from sfdsl.cfn._build.checks import check_runtimes, check_template
from sfdsl.cfn._build.context import Context, MachineBuild
from sfdsl.cfn._build.functions import build_function
from sfdsl.cfn._build.machines import (
    Source,
    build_activity,
    build_extras,
    build_machine,
    check_references,
    functions_for,
)
from sfdsl.cfn._build.parameters import PlaceholderParameters
from sfdsl.cfn._build.raw import add_raw, check_raw_references
from sfdsl.cfn._values import PARAM, option_error
from sfdsl.errors import Problem, SfdslWarning

_json_string = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False


def build(app: App, template: Template, parameters: Mapping[str, str]) -> tuple[Problem, ...]:
    """Add *app* to *template*; return the warnings. Raises BuildError with every problem.

    A value in *parameters* is for a build parameter the app declares (``${param:NAME}``),
    or for a ``${NAME}`` placeholder that has no value, or both.
    """
    ctx = Context(template, {**app.params, **parameters})
    ctx.placeholder_values = dict(parameters)
    sources = [Source(dep.machine) for dep in app.deployments]
    waiting = sorted(set().union(*(source.waiting for source in sources)))
    # A value is for a declared parameter, a placeholder without a value, or a ${param:NAME}
    # the app uses without declaring it (as `sfdsl import` writes unresolved variables).
    unknown = set(parameters) - set(app.params) - set(waiting)
    if unknown:
        unknown -= set(PARAM.findall(repr(app)))
    for name in sorted(unknown):
        ctx.fail(_unknown_parameter(name, app, waiting), code="unknown-parameter")
    if app.placeholders == "parameters":
        reserved = [f"{d.logical_id}{s}" for d in app.deployments for s in ("", "Role")]
        ctx.placeholder_parameters = PlaceholderParameters(template, reserved)
    ctx.app_name = ctx.params(app.name, "name") if app.name else None
    before = set(template.resources)
    add_raw(ctx, app)
    check_runtimes(ctx, app)
    functions = functions_for(app, sources)
    for i, fn in enumerate(functions):
        build_function(ctx, fn, f"functions[{i}]")
    for i, activity in enumerate(app.activities):
        build_activity(ctx, app, activity, f"activities[{i}]")
    built: list[MachineBuild] = []
    for dep, source in zip(app.deployments, sources, strict=True):
        machine = build_machine(ctx, app, dep, functions, source)
        if machine is not None:
            built.append(machine)
    ctx.check("application")
    for mb in built:
        build_extras(ctx, app, mb)
    for mb in built:
        check_references(ctx, mb)
    check_raw_references(ctx, app)
    check_template(ctx, app, set(template.resources) - before)
    ctx.check("application")
    if ctx.placeholder_parameters is not None:
        warning = ctx.placeholder_parameters.finish(mb.role_id for mb in built if mb.role_id)
        if warning is not None:
            ctx.warnings.append(warning)
    return tuple(ctx.warnings)


def _unknown_parameter(name: str, app: App, waiting: list[str]) -> str:
    """The message for a build parameter that matches nothing, with the candidates."""
    declared = ", ".join(sorted(app.params)) or "none"
    placeholders = ", ".join(waiting) or "there are none"
    close = difflib.get_close_matches(name, [*app.params, *waiting], n=1)
    if not app.params and app.placeholders == "parameters":
        # A lone machine or an ASL file: only its placeholders take values.
        fix = f"did you mean {close[0]!r}?" if close else "drop it"
        return f"parameter {name!r} matches no placeholder without a value ({placeholders}); {fix}"
    if not waiting:
        return (
            f"parameter {name!r} is not declared by the app (declared: {declared}); "
            f"declare it with App(params={{{name!r}: 'default'}}) or drop it"
        )
    fix = (
        f"did you mean {close[0]!r}?"
        if close
        else f"declare it with App(params={{{name!r}: 'default'}}) or drop it"
    )
    return (
        f"parameter {name!r} is neither declared by the app (declared: {declared}) nor a "
        f"placeholder without a value ({placeholders}); {fix}"
    )


def build_into(app: App, template: Template, parameters: Mapping[str, str]) -> tuple[Problem, ...]:
    """:func:`build` into a scratch copy of *template*, copied back only when it succeeds.

    The scratch template shares the caller's resource objects; the builders never change one
    in place (they replace it with a changed copy), so a failed build leaves *template* as it was.

    Example:
        >>> from sfdsl import StateMachine, Succeed
        >>> from sfdsl.errors import BuildError
        >>> template = Template()
        >>> app = App().add(StateMachine(Succeed("A"), name="a")).add(
        ...     StateMachine(Succeed("B"), name="b"), logical_id="A")
        >>> try:
        ...     build_into(app, template, {})
        ... except BuildError:
        ...     print(sorted(template.resources))
        []
    """
    scratch = Template()
    scratch.resources = dict(template.resources)
    scratch.outputs = dict(template.outputs)
    scratch.parameters = dict(template.parameters)
    scratch.conditions = dict(template.conditions)
    found = build(app, scratch, parameters)
    for mine, theirs in (
        (scratch.resources, template.resources),
        (scratch.outputs, template.outputs),
        (scratch.parameters, template.parameters),
        (scratch.conditions, template.conditions),
    ):
        theirs.clear()
        theirs.update(mine)
    return found


def add_app_to(app: App, template: Template, parameters: Mapping[str, str]) -> Template:
    """What :meth:`App.add_to <sfdsl.cfn.App.add_to>` does: :func:`build_into`, warnings issued.

    Example:
        >>> from sfdsl import StateMachine, Succeed
        >>> sorted(add_app_to(App().add(StateMachine(Succeed("A"), name="m")), Template(), {}).resources)
        ['M', 'MRole']
    """
    for problem in build_into(app, template, parameters):
        warnings.warn(str(problem), SfdslWarning, stacklevel=3)
    return template


register_template_builder(add_app_to)


def template_for(
    obj: App | StateMachine, *, parameters: Mapping[str, str] | None = None
) -> Template:
    """The CloudFormation template of an :class:`App` or of a single state machine.

    A lone state machine is deployed with the default options (generated role, Outputs), under
    the logical id made from its name (``StateMachine`` when it has none).

    Every warning the build meets (a machine's own warnings, an IAM action granted on a
    wildcard because its target is chosen at run time, ...) is issued with
    :func:`warnings.warn` as an :class:`~sfdsl.errors.SfdslWarning`, its path starting with
    the machine's logical id; turn them into errors with ``-W error::sfdsl.errors.SfdslWarning``.

    Raises:
        BuildError: every problem found (unknown parameters, placeholders without values,
            IAM that cannot be derived, ...).

    Example:
        >>> from sfdsl import StateMachine, Succeed, Task
        >>> t = template_for(StateMachine(Succeed("Done"), name="hello"))
        >>> sorted(t.resources)
        ['Hello', 'HelloRole']
        >>> import warnings
        >>> queue = Task(
        ...     "Send",
        ...     resource="arn:aws:states:::sqs:sendMessage",
        ...     parameters={"QueueUrl.$": "$.queue", "MessageBody.$": "$"},
        ... )
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     t = template_for(StateMachine(queue, name="send"))
        >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
        QueueUrl is chosen at run time, so sqs:SendMessage is granted on every queue in the
        account and region; write it in the definition (a literal or a ${Placeholder}) to pin
        it  @ Send.States.Send.Parameters.QueueUrl.$
    """
    app = _app_of(obj, "template_for")
    template = Template()
    template.set_version("2010-09-09")
    params = parameters or {}
    for problem in build(app, template, params):
        warnings.warn(str(problem), SfdslWarning, stacklevel=2)
    if app.name:
        name = Context(template, {**app.params, **params}).params(app.name)
        template.set_description(f"{name}: state machines built with sfdsl")
    return template


def _app_of(obj: App | StateMachine, caller: str) -> App:
    """*obj* as an App: a lone machine is deployed with the default options."""
    if isinstance(obj, StateMachine):
        return App(placeholders="parameters").add(
            obj, logical_id=None if obj.name else "StateMachine"
        )
    if isinstance(obj, App):
        return obj
    msg = f"{caller} needs an App or a StateMachine, got {type(obj).__name__}"
    raise TypeError(msg)


def check(
    obj: App | StateMachine, *, parameters: Mapping[str, str] | None = None
) -> tuple[Problem, ...]:
    """Run every check of :func:`template_for` on *obj*, short of keeping the template.

    What ``sfdsl validate`` runs: a build that this accepts never fails for the same
    *parameters*. The warnings are returned, not issued.

    Raises:
        BuildError: every problem the build would report.

    Example:
        >>> from sfdsl import Pass, StateMachine, Task
        >>> from sfdsl.cfn import Function
        >>> from sfdsl.errors import BuildError
        >>> hello = Function("Hello", code="def handler(event, context):\\n    return event\\n")
        >>> app = App().with_functions(hello).add(StateMachine(Pass("P"), name="hello"))
        >>> try:
        ...     check(app)
        ... except BuildError as error:
        ...     print(error.problems[0].message)  # doctest: +NORMALIZE_WHITESPACE
        logical id 'Hello' of the state machine 'hello' is taken by the Lambda function
        'Hello'; give one of them another logical_id
        >>> check(StateMachine(Pass("P"), name="ok"))
        ()
    """
    return build(_app_of(obj, "check"), Template(), parameters or {})


def render(template: Template, fmt: str = "json") -> str:
    """The template as JSON or YAML text; the same template always gives the same text.

    Example:
        >>> from sfdsl import StateMachine, Succeed
        >>> text = render(template_for(StateMachine(Succeed("Done"), name="hello")), "yaml")
        >>> text.splitlines()[0]
        "AWSTemplateFormatVersion: '2010-09-09'"
    """
    data = _ordered(template.to_dict())
    if fmt == "json":
        text = json_text(data) + "\n"
        # Tools that read JSON templates with a YAML parser (cfn-lint) reject or change these.
        return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if fmt == "yaml":
        return yaml.dump(
            data, Dumper=_dumper(), sort_keys=False, allow_unicode=True, default_flow_style=False
        )
    msg = f"fmt must be 'json' or 'yaml', got {fmt!r}"
    raise option_error(msg)


def json_text(data: Any) -> str:
    """*data* as ``json.dumps(data, indent=2, ensure_ascii=False)`` writes it, five times faster.

    The standard library writes indented JSON with its pure-Python encoder; a template's
    definition has tens of thousands of values. Data other than plain dicts, lists, strings,
    numbers, booleans and ``None`` is left to ``json.dumps``.

    Example:
        >>> print(json_text({"A": [1, 2.5, True, None], "B": {}, "C": "é"}))
        {
          "A": [
            1,
            2.5,
            true,
            null
          ],
          "B": {},
          "C": "é"
        }
    """
    out: list[str] = []
    try:
        _write_json(data, "\n", out)
    except _NotPlainJson:
        return json.dumps(data, indent=2, ensure_ascii=False)
    return "".join(out)


class _NotPlainJson(Exception):
    """A value :func:`json_text` leaves to ``json.dumps`` (a subclass, NaN, a non-text key...)."""


_INFINITIES = (float("inf"), float("-inf"))


def _write_json(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_json_string(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlainJson
            out.append(separator)
            out.append(_json_string(key))
            out.append(": ")
            _write_json(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    elif kind is list:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write_json(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif value is None:
        out.append("null")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float and value == value and value not in _INFINITIES:
        out.append(float.__repr__(value))
    else:
        raise _NotPlainJson


# Not printable in YAML, or a line break there (which a quoted scalar would fold).
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_TOP = ("AWSTemplateFormatVersion", "Description", "Parameters", "Conditions", "Resources")
_RESOURCE = ("Type", "Condition", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy")


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """Conventional key order: format version first, each resource's Type first."""
    out = {k: data[k] for k in _TOP if k in data}
    out.update({k: v for k, v in data.items() if k not in out})
    resources = out.get("Resources", {})
    out["Resources"] = {
        lid: {
            **{k: body[k] for k in _RESOURCE if k in body},
            **{k: v for k, v in body.items() if k not in _RESOURCE},
        }
        for lid, body in resources.items()
    }
    return out


@functools.cache
def _dumper() -> Any:
    class Dumper(yaml.SafeDumper):
        pass

    def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, _str)
    return Dumper


__all__ = [
    "add_app_to",
    "build",
    "build_into",
    "check",
    "json_text",
    "render",
    "template_for",
]
