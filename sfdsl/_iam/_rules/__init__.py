"""One rule per service integration: which IAM actions a task needs, on which resources.

The actions and resource ARN formats follow the AWS Step Functions developer guide,
"IAM policies for integrated services" and "IAM policies for using Distributed Map states".
A target written in the definition (literally or as a ``${Placeholder}``) gets its exact ARN;
a target chosen at run time gets the narrowest wildcard in this account and region, and a
warning that says how to pin it.

Each service's rules live in a module of its own (``_lambda``, ``_dynamodb``, ``_s3`` ...);
this module holds the tables that dispatch to them and the documentation's tables.
"""

from __future__ import annotations

from sfdsl._iam import _data, _generic, _sdk, _sdk_targets
from sfdsl._iam._rules._apigateway import apigateway_invoke
from sfdsl._iam._rules._athena import athena
from sfdsl._iam._rules._bedrock import bedrock_customization_job, bedrock_invoke_model
from sfdsl._iam._rules._common import _SUB_FIELD, Rule, _pascal, _template
from sfdsl._iam._rules._dynamodb import dynamodb, partiql_target
from sfdsl._iam._rules._events import http_invoke, put_events, put_targets, scheduler
from sfdsl._iam._rules._jobs import _emr, batch_submit_job, ecs_run_task, glue_start_job_run
from sfdsl._iam._rules._lambda import (
    _QUALIFIED_TYPES,
    function_resources,
    lambda_functions,
    lambda_invoke,
)
from sfdsl._iam._rules._messaging import _topic, send_message, sqs
from sfdsl._iam._rules._passrole import sdk_pass_roles
from sfdsl._iam._rules._polly import polly_synthesis_task
from sfdsl._iam._rules._redshift import redshift_data
from sfdsl._iam._rules._s3 import s3
from sfdsl._iam._rules._secrets import secretsmanager
from sfdsl._iam._rules._ses import ses_send_email
from sfdsl._iam._rules._ssm import _SSM_BY_NAME, ssm_parameters
from sfdsl._iam._rules._stepfunctions import executions_of, start_execution
from sfdsl._iam._specs import SPECS, describe

#: The Athena query calls, which the optimized and the AWS SDK integrations share.
_ATHENA_QUERY_CALLS = (
    "startQueryExecution",
    "stopQueryExecution",
    "getQueryExecution",
    "getQueryResults",
)


#: Optimized integrations: ``(service, api)`` of ``arn:aws:states:::<service>:<api>``.
OPTIMIZED: dict[tuple[str, str], Rule] = {
    ("lambda", "invoke"): lambda_invoke,
    ("sns", "publish"): _topic,
    ("sqs", "sendMessage"): send_message,
    **{("dynamodb", api): dynamodb for api in ("getItem", "putItem", "updateItem", "deleteItem")},
    ("ecs", "runTask"): ecs_run_task,
    ("batch", "submitJob"): batch_submit_job,
    ("glue", "startJobRun"): glue_start_job_run,
    **{key: spec.derive for key, spec in SPECS.items()},
    ("bedrock", "createModelCustomizationJob"): lambda env, task: [
        *bedrock_customization_job(env, task),
        *SPECS[("bedrock", "createModelCustomizationJob")].derive(env, task),
    ],
    ("apigateway", "invoke"): apigateway_invoke,
    **{
        ("elasticmapreduce", api): _emr(api)
        for api in (
            "createCluster",
            "terminateCluster",
            "addStep",
            "cancelStep",
            "setClusterTerminationProtection",
            "modifyInstanceFleetByName",
            "modifyInstanceGroupByName",
        )
    },
    ("states", "startExecution"): start_execution,
    ("events", "putEvents"): put_events,
    **{("s3", api): s3 for api in ("getObject", "putObject", "listObjectsV2")},
    ("bedrock", "invokeModel"): bedrock_invoke_model,
    **{("athena", api): athena for api in _ATHENA_QUERY_CALLS},
}


#: AWS SDK integrations whose resource can be read from the arguments, by IAM prefix.
SDK_RESOURCES: dict[str, Rule] = {
    "dynamodb": dynamodb,
    "lambda": lambda_functions,
    "s3": s3,
    "redshift-data": redshift_data,
    "secretsmanager": secretsmanager,
    "sqs": sqs,
}


#: AWS SDK integrations with a specific rule, by ``(IAM prefix, SDK action)``.
SDK_RULES: dict[tuple[str, str], Rule] = {
    **dict.fromkeys(_sdk_targets.TARGETS, _sdk_targets.derive),
    **{("athena", api): athena for api in _ATHENA_QUERY_CALLS},
    ("lambda", "invoke"): lambda_invoke,
    ("sns", "publish"): _topic,
    ("sqs", "sendMessage"): send_message,
    ("states", "startExecution"): start_execution,
    ("states", "startSyncExecution"): start_execution,
    ("events", "putEvents"): put_events,
    ("events", "putTargets"): put_targets,
    ("ecs", "runTask"): ecs_run_task,
    ("bedrock", "invokeModel"): bedrock_invoke_model,
    ("ses", "sendEmail"): ses_send_email,
    ("bedrock", "createModelCustomizationJob"): bedrock_customization_job,
    **{
        ("ssm", api): ssm_parameters
        for api in (*_SSM_BY_NAME, "getParameters", "deleteParameters", "getParametersByPath")
    },
    **{
        ("scheduler", api): scheduler
        for api in ("createSchedule", "updateSchedule", "deleteSchedule", "getSchedule")
    },
}


_EVENTS = "the `.sync` EventBridge rule"


#: How the hand-written rules read in the documentation: ``(actions, resources)``.
WRITTEN: dict[tuple[str, str], tuple[str, str]] = {
    ("lambda", "invoke"): (
        "`lambda:InvokeFunction`",
        "the function named by FunctionName, and every version and alias of it",
    ),
    ("sns", "publish"): ("`sns:Publish`", "TopicArn or TargetArn"),
    ("sqs", "sendMessage"): ("`sqs:SendMessage`", "the queue of QueueUrl"),
    **{
        ("dynamodb", api): (f"`dynamodb:{_pascal(api)}`", "the table of TableName")
        for api in ("getItem", "putItem", "updateItem", "deleteItem")
    },
    ("ecs", "runTask"): (
        f"`ecs:RunTask`; `.sync` adds `ecs:StopTask`, `ecs:DescribeTasks`, {_EVENTS}; "
        "`ecs:TagResource` with Tags or PropagateTags; `iam:PassRole` on the task definition's "
        "roles",
        "the task definition (its family with a revision wildcard)",
    ),
    ("batch", "submitJob"): (
        f"`batch:SubmitJob`; `.sync` adds `batch:DescribeJobs`, `batch:TerminateJob`, {_EVENTS}",
        "the job definition and job queue",
    ),
    ("glue", "startJobRun"): (
        "`glue:StartJobRun`; `.sync` adds `glue:GetJobRun`, `glue:GetJobRuns`, "
        "`glue:BatchStopJobRun`",
        "the job of JobName",
    ),
    ("elasticmapreduce", "createCluster"): (
        "`elasticmapreduce:RunJobFlow`; `.sync` adds `elasticmapreduce:DescribeCluster`, "
        f"`elasticmapreduce:TerminateJobFlows`, {_EVENTS}; `iam:PassRole` on its roles",
        '`"*"`',
    ),
    ("elasticmapreduce", "terminateCluster"): (
        "`elasticmapreduce:TerminateJobFlows`, `elasticmapreduce:DescribeCluster`; `.sync` adds "
        f"{_EVENTS}",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "addStep"): (
        "`elasticmapreduce:AddJobFlowSteps`; `.sync` adds `elasticmapreduce:DescribeStep`, "
        f"`elasticmapreduce:CancelSteps`, {_EVENTS}",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "cancelStep"): (
        "`elasticmapreduce:CancelSteps`",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "setClusterTerminationProtection"): (
        "`elasticmapreduce:SetTerminationProtection`",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "modifyInstanceFleetByName"): (
        "`elasticmapreduce:ModifyInstanceFleet`, `elasticmapreduce:ListInstanceFleets`",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "modifyInstanceGroupByName"): (
        "`elasticmapreduce:ModifyInstanceGroups`, `elasticmapreduce:ListInstanceGroups`",
        "the cluster of ClusterId",
    ),
    ("states", "startExecution"): (
        "`states:StartExecution`; `.sync` adds `states:DescribeExecution`, "
        f"`states:StopExecution`, {_EVENTS}",
        "StateMachineArn (a machine, version or alias ARN) and its executions",
    ),
    ("events", "putEvents"): ("`events:PutEvents`", "each event bus of Entries"),
    ("s3", "getObject"): ("`s3:GetObject`", "the bucket and key (or prefix)"),
    ("s3", "putObject"): (
        "`s3:PutObject`; `kms:GenerateDataKey`, `kms:Decrypt` with SSEKMSKeyId; "
        "`s3:PutObjectTagging` with Tagging",
        "the bucket and key (or prefix); the key of SSEKMSKeyId",
    ),
    ("s3", "listObjectsV2"): ("`s3:ListBucket`", "the bucket, limited to Prefix"),
    ("bedrock", "createModelCustomizationJob"): (
        "`bedrock:CreateModelCustomizationJob`; `.sync`: `bedrock:GetModelCustomizationJob`, "
        "`bedrock:StopModelCustomizationJob`; `iam:PassRole` on RoleArn",
        "the base model (`bedrock:…::foundation-model/<BaseModelIdentifier>` or its ARN), "
        "`bedrock:…:custom-model/*`; `.sync`: `bedrock:…:model-customization-job/<JobName>`",
    ),
    ("bedrock", "invokeModel"): (
        "`bedrock:InvokeModel`; `s3:GetObject`/`s3:PutObject` for Input/Output S3Uri",
        "the model, inference profile (and its models in every region) or model ARN",
    ),
    ("athena", "startQueryExecution"): (
        "`athena:StartQueryExecution`, `athena:GetDataCatalog`; `.sync` adds "
        "`athena:GetQueryExecution`, `athena:StopQueryExecution`; S3, Glue catalog and "
        "`lakeformation:GetDataAccess` for the data",
        "the workgroup, data catalog, result location and Glue database",
    ),
    **{
        ("athena", api): (f"`athena:{_pascal(api)}`", "every workgroup")
        for api in ("stopQueryExecution", "getQueryExecution")
    },
    ("athena", "getQueryResults"): (
        "`athena:GetQueryResults`; `s3:GetObject` on the results",
        "every workgroup; the objects of every bucket (the result location is not known)",
    ),
    ("apigateway", "invoke"): (
        "`execute-api:Invoke` (with `AuthType: IAM_ROLE` only)",
        "`execute-api:…:<api-id>/<Stage>/<Method>/<Path>`",
    ),
    ("http", "invoke"): (
        "`states:InvokeHTTPEndpoint`, `events:RetrieveConnectionCredentials`, "
        "`secretsmanager:GetSecretValue`, `secretsmanager:DescribeSecret`",
        "the machine (limited to Method and ApiEndpoint), the connection and its secret",
    ),
}


def integration_table() -> str:
    """The Markdown table of every optimized integration and what its role gets.

    Example:
        >>> integration_table().splitlines()[0]
        '| Resource | Actions | On |'
    """
    rows = ["| Resource | Actions | On |", "|---|---|---|"]
    keys = sorted({*OPTIMIZED, ("http", "invoke")})
    for service, api in keys:
        if (service, api) in WRITTEN:
            actions, where = WRITTEN[(service, api)]
        elif (service, api) in SPECS:
            actions, where = describe(service, api)
        else:
            actions, where = WRITTEN[(service, api)]
        rows.append(f"| `{service}:{api}` | {actions} | {where} |")
    return "\n".join(rows) + "\n"


#: What an ``aws-sdk`` call needs besides its own actions, by ``(IAM prefix, SDK action)``:
#: granted with whatever derived the call's own resources (a rule above or the reference).
SDK_EXTRAS: dict[tuple[str, str], Rule] = {
    ("polly", "startSpeechSynthesisTask"): polly_synthesis_task,
}


def overrides_table() -> str:
    """The Markdown table of every place sfdsl departs from, or adds to, the reference data.

    Example:
        >>> overrides_table().splitlines()[0]
        '| Kind | Entry | sfdsl uses |'
    """
    rows = ["| Kind | Entry | sfdsl uses |", "|---|---|---|"]
    for (prefix, api), names in sorted(_sdk.ACTION_EXCEPTIONS.items()):
        actions = ", ".join(f"`{prefix}:{n}`" for n in names)
        rows.append(f"| API operation to IAM actions | `{prefix}` `{api}` | {actions} |")
    for action, extra in sorted(_data.EXTRA_RESOURCES.items()):
        formats = ", ".join(f"`{fmt}`" for _, fmt in extra)
        rows.append(f"| Resource type missing from the reference | `{action}` | {formats} |")
    for (prefix, placeholder), params in sorted(_generic.PARAMS.items()):
        listed = ", ".join(f"`{p}`" for p in params)
        rows.append(
            f"| Parameters naming an ARN placeholder | `{prefix}` `${{{placeholder}}}` | {listed} |"
        )
    for prefix, params in sorted(_generic.ACCOUNTS.items()):
        listed = ", ".join(f"`{p}`" for p in params)
        rows.append(f"| Parameters naming the account | `{prefix}` `${{Account}}` | {listed} |")
    for prefix, placeholder in sorted(_generic.IMPLIED):
        rows.append(
            f"| Placeholder implied by the account | `{prefix}` `${{{placeholder}}}` | `*` |"
        )
    ids = ", ".join(f"`{k}-` {v}" for k, v in sorted(_generic.EC2_ID_TYPES.items()))
    rows.append(f"| EC2 resource IDs (`Resources` of `ec2` calls) | ID prefix | {ids} |")
    for prefix, rule in sorted(SDK_RESOURCES.items()):
        rows.append(f"| Resources by a rule of its own | `{prefix}` (every call) | {_doc(rule)} |")
    by_rule: dict[Rule, list[tuple[str, str]]] = {}
    for key, rule in SDK_RULES.items():
        if key not in _sdk_targets.TARGETS:
            by_rule.setdefault(rule, []).append(key)
    for rule, keys in sorted(by_rule.items(), key=lambda item: min(item[1])):
        calls = "; ".join(
            f"`{prefix}` " + ", ".join(f"`{api}`" for p, api in sorted(keys) if p == prefix)
            for prefix in sorted({p for p, _ in keys})
        )
        rows.append(f"| Resources by a rule of its own | {calls} | {_doc(rule)} |")
    for (prefix, api), rule in sorted(SDK_EXTRAS.items()):
        rows.append(f"| Further permissions a call needs | `{prefix}` `{api}` | {_doc(rule)} |")
    return "\n".join(rows) + "\n"


def _doc(rule: Rule) -> str:
    """A rule's first docstring paragraph as one Markdown table cell."""
    doc = (rule.__doc__ or "").split("\n\n")[0].replace("``", "`")
    return " ".join(doc.split()).replace("|", "\\|")


__all__ = [
    "OPTIMIZED",
    "SDK_EXTRAS",
    "SDK_RESOURCES",
    "SDK_RULES",
    "WRITTEN",
    "_QUALIFIED_TYPES",
    "_SUB_FIELD",
    "Rule",
    "_template",
    "executions_of",
    "function_resources",
    "http_invoke",
    "integration_table",
    "overrides_table",
    "partiql_target",
    "sdk_pass_roles",
]
