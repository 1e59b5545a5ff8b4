"""Least-privilege IAM for a state machine's role, derived from its ASL definition (awacs).

:func:`derive_statements` reads every Task (inside Parallel branches and Map processors too,
inline or distributed), its ``Parameters`` (JSONPath) or ``Arguments`` (JSONata), and each
Distributed Map's ItemReader and ResultWriter, and returns merged awacs statements plus
warnings for every target chosen at run time. :func:`trust_policy`,
:func:`logging_statements`, :func:`xray_statements` and :func:`kms_statements` give the rest
of the role; :func:`policy_document` puts it together.

Example:
    >>> import json
    >>> definition = {
    ...     "StartAt": "Hello",
    ...     "States": {"Hello": {"Type": "Task", "Resource": "${HelloArn}", "End": True}},
    ... }
    >>> context = IamContext(substitutions={"HelloArn": {"Fn::GetAtt": ["Hello", "Arn"]}})
    >>> derivation = derive_statements(definition, context=context)
    >>> print(json.dumps(json.loads(derivation.statements[0].to_json())))
    {"Action": ["lambda:InvokeFunction"], "Effect": "Allow", "Resource": [{"Fn::GetAtt": ["Hello", "Arn"]}, {"Fn::Sub": "${Hello.Arn}:*"}]}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import awacs.aws

from sfdsl._iam import _generic, _rules, _sdk
from sfdsl._iam._cfn import (
    ACCOUNT,
    PARTITION,
    REGION,
    Cfn,
    getatt,
    key,
    literal,
    plain,
    ref_target,
    select,
    sub,
)
from sfdsl._iam._model import Args, Env, Grant, Task, grant
from sfdsl.errors import IamDerivationError, Problem

_VERSION = "2012-10-17"
_STATES_INTEGRATION = re.compile(r"arn:[^:]+:states:::(.+)")
_ACTIVITY = re.compile(r"arn:[^:]+:states:[^:]*:[^:]*:activity:.+")
_PARTITION_ONLY = re.compile(rf"arn:{_rules._SUB_FIELD}:states:::(.+)")
_LAMBDA = re.compile(rf"arn:{_rules._SUB_FIELD}:lambda:.+")


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(names)


def _pseudo(ref: dict[str, str]) -> Any:
    return attrs.field(factory=lambda: dict(ref))


@attrs.frozen
class IamContext:
    """What the derivation needs to know beyond the definition itself.

    Attributes:
        substitutions: DefinitionSubstitutions: placeholder name -> CloudFormation value (a
            literal string, a dict intrinsic or a troposphere helper).
        state_machine_arn: the machine's own ARN, for a Distributed Map's child executions
            and HTTP Tasks. Avoid ``Ref`` to the machine itself (a circular dependency with its
            role); prefer ``state_machine_name``.
        state_machine_name: the machine's name; its ARN is built in this stack.
        partition, region, account: default to the ``AWS::*`` pseudo parameters.
        resource_types: logical id -> CloudFormation type, to tell what a ``Ref`` returns
            (a function name, an alias ARN, an activity ARN ...).
        pass_roles: ECS task definition or SageMaker/Batch target (placeholder name or
            literal) -> the role ARNs it runs with, for a scoped ``iam:PassRole``.
        bucket_keys: ItemReader/ResultWriter bucket (placeholder name or literal) -> the KMS
            key ARNs that encrypt it.
        covered_states: names of Task (or Map) states whose permissions the caller grants
            with ``extra_statements``; they are skipped, not reported.
        parameters: the template's Parameters: a ``Ref`` to one is the text given at deploy
            time (never a resource), granted on as a whole ARN where one is expected, put
            into an ARN where a name is expected, and split where it is a queue URL.

    Example:
        >>> IamContext(state_machine_name="orders").region
        {'Ref': 'AWS::Region'}
    """

    substitutions: Mapping[str, object] = attrs.field(factory=dict)
    state_machine_arn: object | None = None
    state_machine_name: object | None = None
    partition: object = _pseudo(PARTITION)
    region: object = _pseudo(REGION)
    account: object = _pseudo(ACCOUNT)
    resource_types: Mapping[str, str] = attrs.field(factory=dict)
    pass_roles: Mapping[str, Sequence[object]] = attrs.field(factory=dict)
    bucket_keys: Mapping[str, Sequence[object]] = attrs.field(factory=dict)
    covered_states: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    parameters: frozenset[str] = attrs.field(default=frozenset(), converter=_names)


@attrs.frozen
class IamDerivation:
    """Statements for a state machine's role and the warnings met while deriving them.

    Example:
        >>> d = derive_statements({"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}})
        >>> d.statements, d.warnings
        ((), ())
    """

    statements: tuple[awacs.aws.Statement, ...]
    warnings: tuple[Problem, ...]


def derive_statements(
    definition: Mapping[str, Any], *, context: IamContext | None = None
) -> IamDerivation:
    """Derive least-privilege statements for every Task of an ASL *definition*.

    Statements are merged (same resources and condition -> one statement; an action granted
    on ``"*"`` absorbs its narrower grants), de-duplicated and ordered by first use.

    Raises:
        IamDerivationError: listing every task with no rule (or a malformed target), with the
            fix: grant it yourself through ``extra_statements`` and name the state in
            ``IamContext.covered_states``.

    Example:
        >>> d = derive_statements({"StartAt": "S", "States": {"S": {
        ...     "Type": "Task", "Resource": "arn:aws:states:::sns:publish",
        ...     "Parameters": {"TopicArn.$": "$.topic", "Message": "hi"}, "End": True}}})
        >>> [s.Resource for s in d.statements]
        [[{'Fn::Sub': 'arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:*'}]]
        >>> print(d.warnings[0])  # doctest: +NORMALIZE_WHITESPACE
        TopicArn is chosen at run time, so sns:Publish is granted on every topic in the account
        and region; write it in the definition (a literal or a ${Placeholder}) to pin it
        @ States.S.Parameters.TopicArn.$
    """
    ctx = context or IamContext()
    env = Env(
        ctx.substitutions,
        partition=ctx.partition,
        region=ctx.region,
        account=ctx.account,
        resource_types=ctx.resource_types,
        pass_roles={k: tuple(v) for k, v in ctx.pass_roles.items()},
        bucket_keys={k: tuple(v) for k, v in ctx.bucket_keys.items()},
        parameters=ctx.parameters,
    )
    top_language = definition.get("QueryLanguage", "JSONPath")
    grants: list[Grant] = []
    for path, name, state in _walk(definition, ""):
        if name in ctx.covered_states:
            continue
        jsonata = state.get("QueryLanguage", top_language) == "JSONata"
        kind = state.get("Type")
        if kind == "Task":
            grants.extend(_task(env, ctx, path, name, state, jsonata))
        elif kind == "Map":
            grants.extend(_map(env, ctx, path, name, state, jsonata))
    if env.problems:
        raise IamDerivationError(env.problems, subject="IAM policy for the state machine role")
    return IamDerivation(statements=_merge(grants), warnings=tuple(env.warnings))


def _walk(
    container: Mapping[str, Any], prefix: str
) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    states = container.get("States")
    if not isinstance(states, Mapping):
        return
    for name, state in states.items():
        if not isinstance(state, Mapping):
            continue
        path = f"{prefix}States.{name}"
        yield path, str(name), state
        if state.get("Type") == "Parallel":
            for i, branch in enumerate(state.get("Branches") or ()):
                if isinstance(branch, Mapping):
                    yield from _walk(branch, f"{path}.Branches[{i}].")
        elif state.get("Type") == "Map":
            for field in ("ItemProcessor", "Iterator"):
                processor = state.get(field)
                if isinstance(processor, Mapping):
                    yield from _walk(processor, f"{path}.{field}.")


def _args(part: Mapping[str, Any], path: str, jsonata: bool) -> Args:
    field = "Arguments" if jsonata else "Parameters"
    return Args(part.get(field), jsonata, f"{path}.{field}")


def _no_rule(env: Env, path: str, name: str, resource: str, why: str = "") -> None:
    env.fail(
        f"{path}.Resource",
        f"no IAM rule for Resource {resource!r}{why}; grant what it needs with "
        f"extra_statements=[awacs.aws.Statement(...)] and add {name!r} to "
        "covered_states (an option of App.add and IamContext)",
        "iam-no-rule",
    )


def _task(
    env: Env, ctx: IamContext, path: str, name: str, state: Mapping[str, Any], jsonata: bool
) -> list[Grant]:
    resource = state.get("Resource")
    if not isinstance(resource, str):
        env.fail(f"{path}.Resource", f"Resource must be a string, got {resource!r}")
        return []
    credentials = state.get("Credentials")
    if isinstance(credentials, Mapping):
        return _assume_role(env, Args(credentials, jsonata, f"{path}.Credentials"))
    return _resource(env, ctx, path, name, resource, _args(state, path, jsonata), "task")


def _assume_role(env: Env, args: Args) -> list[Grant]:
    """A task with ``Credentials`` runs as that role: ours only needs to assume it."""
    arg = args.get("RoleArn")
    if arg.dynamic:
        env.warn(
            arg.path,
            "RoleArn is chosen at run time, so sts:AssumeRole is granted on every role of every "
            "account; write it in the definition (a literal or a ${Placeholder}) to pin it",
        )
        return [grant("sts:AssumeRole", sub("arn:", env.partition, ":iam::*:role/*"))]
    value = env.value(arg) if arg.static else None
    if value is None:
        env.fail(arg.path, "Credentials needs RoleArn, the role the task runs as")
        return []
    return [grant("sts:AssumeRole", value)]


def _resource(
    env: Env, ctx: IamContext, path: str, name: str, resource: str, args: Args, part: Any
) -> list[Grant]:
    value = env.text(resource, f"{path}.Resource")
    if value is None:
        return []
    text = literal(value)
    if text is None:
        # arn:${Partition}:states:::sns:publish: only the partition waits for deploy time.
        template = _rules._template(value)
        known = _PARTITION_ONLY.fullmatch(template) if template else None
        if known is None or "${" in known[1]:
            return _intrinsic_resource(env, path, name, value)
        text = f"arn:aws:states:::{known[1]}"
    m = _STATES_INTEGRATION.fullmatch(text)
    if m is None:
        if _ACTIVITY.fullmatch(text):
            # Workers poll activities with their own credentials; the role needs nothing.
            return []
        if _LAMBDA.fullmatch(text):
            resources = _rules.function_resources(env, text, f"{path}.Resource", arn_expected=True)
            return [grant("lambda:InvokeFunction", *resources)] if resources else []
        _no_rule(env, path, name, resource)
        return []
    rest = m[1]
    sdk = rest.startswith("aws-sdk:")
    if sdk:
        rest = rest.removeprefix("aws-sdk:")
    service, _, call = rest.partition(":")
    api, _, pattern = call.partition(".")
    if sdk:
        return _sdk_task(env, path, name, resource, service, api, pattern, args)
    task = Task(path, name, resource, service, api, pattern, args, part=part)
    if (service, api) == ("http", "invoke"):
        return _rules.http_invoke(env, task, _machine(env, ctx, f"{path}.Resource")[0])
    rule = _rules.OPTIMIZED.get((service, api))
    if rule is None:
        _no_rule(env, path, name, resource)
        return []
    return rule(env, task)


def _intrinsic_resource(env: Env, path: str, name: str, value: Cfn) -> list[Grant]:
    """A Resource that is a template value: a Lambda function, alias or version, or an activity."""
    ref = ref_target(value)
    kind = env.resource_types.get(ref) if ref else None
    if kind == "AWS::StepFunctions::Activity":
        return []
    if env.parameter(value) is not None:
        env.warn(
            f"{path}.Resource",
            f"{ref} is given when the stack is deployed, so it is taken to be a Lambda "
            "function (lambda:InvokeFunction on it); if it is an activity or a service "
            "integration, give its ARN at build time (sfdsl build --param) so its permissions "
            "are derived",
        )
        resources = _rules.function_resources(env, value, f"{path}.Resource", arn_expected=True)
        return [grant("lambda:InvokeFunction", *resources)]
    text = _rules._template(value)
    if text is not None and _ACTIVITY.fullmatch(text):
        return []
    if text is not None and _STATES_INTEGRATION.fullmatch(text):
        _no_rule(env, path, name, text, " (its service or action is only known at deploy time)")
        return []
    if ref and kind is None:
        env.warn(
            f"{path}.Resource",
            f"{ref} is taken to be a Lambda alias or version (Ref returns its ARN); if it is an "
            f"activity, give its type in IamContext.resource_types[{ref!r}]",
        )
    ga = getatt(value)
    if kind not in (None, *_rules._QUALIFIED_TYPES, "AWS::Lambda::Function") and ga is None:
        _no_rule(env, path, name, key(value), f" (a {kind})")
        return []
    resources = _rules.function_resources(env, value, f"{path}.Resource", arn_expected=True)
    return [grant("lambda:InvokeFunction", *resources)] if resources else []


def _sdk_task(
    env: Env, path: str, name: str, resource: str, service: str, api: str, pattern: str, args: Args
) -> list[Grant]:
    prefix = _sdk.iam_prefix(service)
    if not _sdk.has_prefix(prefix):
        _no_rule(env, path, name, resource, f" (no IAM service prefix is known for {service!r})")
        return []
    names = _sdk.iam_actions(prefix, api)
    unknown = [n for n in names if not _sdk.has_action(prefix, n)]
    verb = _sdk.apigateway_verb(service, api) if prefix == "apigateway" and unknown else None
    if verb is not None:
        return _apigateway(env, path, name, service, api, verb, args)
    if unknown:
        _no_rule(
            env,
            path,
            name,
            resource,
            f" ({prefix}:{unknown[0]} is not a known IAM action: check the spelling of {api!r}, "
            "or the SDK action is authorized by IAM actions of other names)",
        )
        return []
    actions = tuple(f"{prefix}:{n}" for n in names)
    task = Task(path, name, resource, prefix, api, pattern, args, sdk=True)
    # AWS requires iam:PassRole on every role a call hands to the service.
    roles = [*_rules.sdk_pass_roles(env, task)]
    extras = _rules.SDK_EXTRAS.get((prefix, api))
    if extras is not None:
        roles.extend(extras(env, task))
    rule = _rules.SDK_RULES.get((prefix, api)) or _rules.SDK_RESOURCES.get(prefix)
    if rule is not None:
        before = len(env.problems)
        grants = rule(env, task)
        if grants or len(env.problems) > before:
            return [*grants, *roles]
    derived = _generic.derive(env, task, actions, *_params(service, api))
    if derived is not None:
        return [*derived, *roles]
    env.warn(
        f"{path}.Resource",
        f"the resources of aws-sdk:{service}:{api} are not derived, so {', '.join(actions)} "
        f'is granted on "*"; to narrow it, grant it with extra_statements and add {name!r} to '
        "covered_states (an option of App.add and IamContext)",
    )
    return [grant(actions, "*"), *roles]


def _params(service: str, api: str) -> tuple[frozenset[str], frozenset[str]]:
    """The optional and all parameters of an SDK action (lower-cased, letters and digits)."""
    # The botocore model reader (and gzip) loads with the first AWS SDK task: roles without
    # one, and the `sfdsl build` of their apps, skip it.
    from sfdsl._sdk import _models

    model = _models.load(service)
    if model is None or api not in model.operations:
        return frozenset(), frozenset()
    shape = model.input_shape(api) or {}
    required = set(shape.get("required") or ())
    members = shape.get("members") or {}
    norm = {name: re.sub(r"[^a-z0-9]", "", name.lower()) for name in members}
    return (
        frozenset(n for name, n in norm.items() if name not in required),
        frozenset(norm.values()),
    )


def _apigateway(
    env: Env, path: str, name: str, service: str, api: str, verb: str, args: Args
) -> list[Grant]:
    """``apigateway:<VERB>`` on the API's resource paths (``/restapis/<id>`` or ``/apis/<id>``)."""
    action = f"apigateway:{verb}"
    param, collection = (
        ("ApiId", "apis") if service == "apigatewayv2" else ("RestApiId", "restapis")
    )
    arg = args.get(param)
    value = env.value(arg) if arg.static else None
    if value is not None:
        api_path = sub(f"/{collection}/", value)
        return [
            grant(
                action,
                env.arn("apigateway", api_path, account=False),
                env.arn("apigateway", sub(api_path, "/*"), account=False),
            )
        ]
    where = (
        f"{param} is chosen at run time"
        if arg.dynamic
        else f"aws-sdk:{service}:{api} names no {param}"
    )
    env.warn(
        arg.path if arg.dynamic else f"{path}.Resource",
        f"{where}, so {action} is granted on every API Gateway resource in the region; "
        f"to narrow it, grant it with extra_statements and add {name!r} to "
        "covered_states (an option of App.add and IamContext)",
    )
    return [grant(action, env.arn("apigateway", "/*", account=False))]


def _machine(env: Env, ctx: IamContext, path: str) -> tuple[Cfn, Cfn]:
    """The state machine's own ARN and the ARN pattern of its executions."""
    if ctx.state_machine_arn is not None:
        machine = plain(ctx.state_machine_arn)
        return machine, _rules.executions_of(env, machine)
    if ctx.state_machine_name is not None:
        name = plain(ctx.state_machine_name)
        return (
            env.arn("states", "stateMachine:", name),
            env.arn("states", "execution:", name, ":*"),
        )
    env.warn(
        path,
        "the state machine's own ARN is not known, so it is granted on every state machine in "
        "the account and region; set IamContext.state_machine_name (or state_machine_arn)",
    )
    return env.arn("states", "stateMachine:*"), env.arn("states", "execution:*")


def _children(env: Env, ctx: IamContext, machine: Cfn, label: object) -> Cfn:
    """The ARN pattern of a Map Run's child executions: ``execution:<machine>/<label>:<id>``."""
    run = f"/{label}:*" if isinstance(label, str) and label else "/*"
    if ctx.state_machine_arn is None and ctx.state_machine_name is None:
        return env.arn("states", "execution:*")
    if ctx.state_machine_arn is None:
        return env.arn("states", "execution:", plain(ctx.state_machine_name), run)
    text = literal(machine)
    if text is not None and ":stateMachine:" in text:
        head, _, tail = text.partition(":stateMachine:")
        name = tail.split(":")[0]
        return env.arn("states", "execution:*") if name == "*" else f"{head}:execution:{name}{run}"
    return env.arn("states", "execution:", select(6, ":", machine), run)


def _map(
    env: Env, ctx: IamContext, path: str, name: str, state: Mapping[str, Any], jsonata: bool
) -> list[Grant]:
    grants: list[Grant] = []
    processor = state.get("ItemProcessor") or state.get("Iterator") or {}
    config = processor.get("ProcessorConfig") if isinstance(processor, Mapping) else None
    if isinstance(config, Mapping) and config.get("Mode") == "DISTRIBUTED":
        machine, _ = _machine(env, ctx, f"{path}.ItemProcessor.ProcessorConfig")
        children = _children(env, ctx, machine, state.get("Label"))
        grants.append(grant("states:StartExecution", machine))
        child_actions: tuple[str, ...] = ("states:DescribeExecution", "states:StopExecution")
        if config.get("ExecutionType") != "EXPRESS":
            # Redriving the parent redrives the Map Run's failed Standard child executions.
            child_actions += ("states:RedriveExecution",)
        grants.append(grant(child_actions, children))
    for field, part in (("ItemReader", "reader"), ("ResultWriter", "writer")):
        spec = state.get(field)
        if not isinstance(spec, Mapping) or not isinstance(spec.get("Resource"), str):
            continue
        where = f"{path}.{field}"
        grants.extend(
            _resource(env, ctx, where, name, spec["Resource"], _args(spec, where, jsonata), part)
        )
        reader_config = spec.get("ReaderConfig")
        manifest = _manifest(reader_config) if isinstance(reader_config, Mapping) else None
        if manifest is not None:
            env.warn(
                f"{where}.ReaderConfig.{manifest[0]}",
                f"the data files {manifest[1]} lists are not known, so only s3:GetObject on "
                "the manifest is derived; grant s3:GetObject on the data files with "
                "extra_statements",
            )
    return grants


# Readers whose object is a manifest naming other objects: the role reads those too, but
# their keys are only known at run time (the ItemReader page, "Athena data manifest" and
# "S3 inventory": https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html).
_MANIFESTS: tuple[tuple[str, str, str], ...] = (
    ("ManifestType", "ATHENA_DATA", "an Athena data manifest"),
    ("ManifestType", "S3_INVENTORY", "an S3 inventory manifest"),
    ("InputType", "MANIFEST", "an S3 inventory manifest"),
)


def _manifest(reader_config: Mapping[str, Any]) -> tuple[str, str] | None:
    """The field that makes a reader read a manifest, and what the manifest is, if it does."""
    for field, value, what in _MANIFESTS:
        if reader_config.get(field) == value:
            return field, what
    return None


def _merge(grants: Iterable[Grant]) -> tuple[awacs.aws.Statement, ...]:
    per_action: dict[tuple[str, str], dict[str, Cfn]] = {}
    conditions: dict[str, tuple[Any, ...]] = {}
    for g in grants:
        cond = key(g.condition)
        conditions[cond] = g.condition
        keyed = [(key(r), r) for r in g.resources]
        for action in g.actions:
            seen = per_action.setdefault((action, cond), {})
            for k, r in keyed:
                seen.setdefault(k, r)
    groups: dict[tuple[str, str], tuple[list[Cfn], list[str]]] = {}
    for (action, cond), by_key in per_action.items():
        merged = list(by_key.values())
        final: list[Cfn] = ["*"] if "*" in merged else merged
        entry = groups.setdefault((key(final), cond), (final, []))
        entry[1].append(action)
    statements = []
    for (_, cond), (resources, actions) in groups.items():
        statement = awacs.aws.Statement(
            Effect=awacs.aws.Allow,
            Action=[awacs.aws.Action(*a.split(":", 1)) for a in sorted(actions)],
            Resource=list(resources),
        )
        if conditions[cond]:
            statement.Condition = _condition(conditions[cond])
        statements.append(statement)
    return tuple(statements)


def _condition(items: Iterable[tuple[str, str, Any]]) -> awacs.aws.Condition:
    by_operator: dict[str, dict[str, Any]] = {}
    for operator, name, value in items:
        by_operator.setdefault(operator, {})[name] = value
    return awacs.aws.Condition(
        [getattr(awacs.aws, op)(dict(values)) for op, values in sorted(by_operator.items())]
    )


def trust_policy(
    *, source_account: object = ACCOUNT, source_arn: object | None = None
) -> awacs.aws.PolicyDocument:
    """A trust policy letting only Step Functions, for this account, assume the role.

    ``aws:SourceAccount`` (and ``aws:SourceArn`` when given; ``ArnLike``, so a
    ``...:stateMachine:name*`` pattern also works) guard against the confused deputy.

    Example:
        >>> import json
        >>> doc = json.loads(trust_policy().to_json())
        >>> doc["Statement"][0]["Principal"], doc["Statement"][0]["Condition"]
        ({'Service': ['states.amazonaws.com']}, {'StringEquals': {'aws:SourceAccount': {'Ref': 'AWS::AccountId'}}})
    """
    elements: list[awacs.aws.ConditionElement] = [
        awacs.aws.StringEquals({"aws:SourceAccount": plain(source_account)})
    ]
    if source_arn is not None:
        elements.append(awacs.aws.ArnLike({"aws:SourceArn": plain(source_arn)}))
    statement = awacs.aws.Statement(
        Effect=awacs.aws.Allow,
        Principal=awacs.aws.Principal("Service", ["states.amazonaws.com"]),
        Action=[awacs.aws.Action("sts", "AssumeRole")],
        Condition=awacs.aws.Condition(elements),
    )
    return awacs.aws.PolicyDocument(Version=_VERSION, Statement=[statement])


def logging_statements() -> list[awacs.aws.Statement]:
    """What a role needs to send execution logs to CloudWatch Logs.

    These log-delivery actions have no resource-level permissions, so AWS documents them on
    ``"*"``.

    Example:
        >>> [str(a.JSONrepr()) for a in logging_statements()[0].Action][:2]
        ['logs:CreateLogDelivery', 'logs:DeleteLogDelivery']
    """
    actions = (
        "CreateLogDelivery",
        "GetLogDelivery",
        "UpdateLogDelivery",
        "DeleteLogDelivery",
        "ListLogDeliveries",
        "PutResourcePolicy",
        "DescribeResourcePolicies",
        "DescribeLogGroups",
    )
    return [
        awacs.aws.Statement(
            Effect=awacs.aws.Allow,
            Action=[awacs.aws.Action("logs", a) for a in sorted(actions)],
            Resource=["*"],
        )
    ]


def xray_statements() -> list[awacs.aws.Statement]:
    """What a role needs to send X-Ray traces (the documented actions, on ``"*"``).

    Example:
        >>> len(xray_statements()[0].Action)
        4
    """
    actions = ("PutTraceSegments", "PutTelemetryRecords", "GetSamplingRules", "GetSamplingTargets")
    return [
        awacs.aws.Statement(
            Effect=awacs.aws.Allow,
            Action=[awacs.aws.Action("xray", a) for a in sorted(actions)],
            Resource=["*"],
        )
    ]


def kms_statements(
    key_arn: object, *, state_machine_arn: object | None = None
) -> list[awacs.aws.Statement]:
    """What a role needs to use the customer managed key that encrypts the state machine.

    With *state_machine_arn*, the key can only be used for this machine's data
    (``kms:EncryptionContext:aws:states:stateMachineArn``).

    Example:
        >>> import json
        >>> s = kms_statements("arn:aws:kms:us-east-1:123456789012:key/k")[0]
        >>> json.loads(s.to_json())["Action"]
        ['kms:Decrypt', 'kms:GenerateDataKey']
    """
    statement = awacs.aws.Statement(
        Effect=awacs.aws.Allow,
        Action=[awacs.aws.Action("kms", "Decrypt"), awacs.aws.Action("kms", "GenerateDataKey")],
        Resource=[plain(key_arn)],
    )
    if state_machine_arn is not None:
        statement.Condition = awacs.aws.Condition(
            awacs.aws.StringEquals(
                {"kms:EncryptionContext:aws:states:stateMachineArn": plain(state_machine_arn)}
            )
        )
    return [statement]


def policy_document(
    derivation: IamDerivation, extra_statements: Iterable[awacs.aws.Statement] = ()
) -> awacs.aws.PolicyDocument:
    """The role's policy: the derived statements, then *extra_statements*.

    Raises:
        IamDerivationError: there is no statement at all (a workflow of Pass/Choice/Wait
            states needs no permission): attach no policy to the role rather than an empty
            one, which IAM rejects.

    Example:
        >>> import json
        >>> doc = policy_document(IamDerivation((), ()), xray_statements())
        >>> json.loads(doc.to_json())["Version"]
        '2012-10-17'
    """
    statements = [*derivation.statements, *extra_statements]
    if not statements:
        msg = (
            "the state machine needs no IAM permission (no Task needs one and no extra "
            "statements were given): attach no inline policy, IAM rejects an empty one"
        )
        raise IamDerivationError([Problem(msg, code="iam-empty-policy")])
    return awacs.aws.PolicyDocument(Version=_VERSION, Statement=statements)


__all__ = [
    "IamContext",
    "IamDerivation",
    "derive_statements",
    "kms_statements",
    "logging_statements",
    "policy_document",
    "trust_policy",
    "xray_statements",
]
