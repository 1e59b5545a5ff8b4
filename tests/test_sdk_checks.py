"""AWS SDK integrations (``arn:aws:states:::aws-sdk:<service>:<action>``) checked against the API models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sfdsl import Task
from sfdsl._sdk import task_problems
from sfdsl._sdk._generate import table
from sfdsl._sdk._models import SERVICES_FILE, botocore_version, services
from sfdsl._sdk._naming import action_name, member_name, service_name, service_prefix
from sfdsl.asl import from_asl
from sfdsl.errors import DefinitionError, ValidationError

SDK = "arn:aws:states:::aws-sdk:"

# Calls Step Functions accepts, across services whose names follow each of the naming rules.
RIGHT: list[tuple[str, Any]] = [
    ("s3:getObject", {"Bucket": "b", "Key.$": "$.key"}),
    (
        "s3:putObject",
        {
            "Bucket": "b",
            "Key": "k",
            "Body.$": "$",
            "ServerSideEncryption": "aws:kms",
            "SsekmsKeyId": "alias/k",
        },
    ),
    (
        "dynamodb:putItem",
        {
            "TableName": "t",
            "Item": {"id": {"S.$": "$.id"}, "n": {"N": "1"}},
            "ReturnValues": "ALL_OLD",
        },
    ),
    (
        "dynamodb:query",
        {
            "TableName": "t",
            "KeyConditionExpression": "pk = :v",
            "ExpressionAttributeValues": {":v": {"S": "x"}},
            "Limit": 10,
        },
    ),
    (
        "sqs:sendMessage",
        {"QueueUrl": "https://q", "MessageBody.$": "States.JsonToString($)", "DelaySeconds": 5},
    ),
    (
        "sns:publish",
        {
            "TopicArn": "arn:t",
            "Message": "hi",
            "MessageAttributes": {"k": {"DataType": "String", "StringValue": "v"}},
        },
    ),
    ("lambda:invoke", {"FunctionName": "f", "Payload": {"a": 1}, "InvocationType": "Event"}),
    ("sfn:startExecution", {"StateMachineArn": "arn:x", "Input.$": "States.JsonToString($)"}),
    (
        "cloudwatchlogs:putLogEvents",
        {
            "LogGroupName": "g",
            "LogStreamName": "s",
            "LogEvents": [{"Timestamp": 1, "Message": "m"}],
        },
    ),
    ("eventbridge:putEvents", {"Entries": [{"Source": "app", "DetailType": "t", "Detail": "{}"}]}),
    ("rds:describeDBInstances", {"DbInstanceIdentifier.$": "$.db"}),
    ("rds:createDBSnapshot", {"DbInstanceIdentifier": "db", "DbSnapshotIdentifier": "snap"}),
    (
        "ec2:describeInstances",
        {"InstanceIds": ["i-1"], "Filters": [{"Name": "tag:x", "Values": ["y"]}]},
    ),
    ("ecs:describeServices", {"Cluster": "c", "Services": ["s"]}),
    ("secretsmanager:getSecretValue", {"SecretId": "s"}),
    ("ssm:getParameter", {"Name": "/p", "WithDecryption": True}),
    ("kms:encrypt", {"KeyId": "alias/k", "Plaintext.$": "$.text"}),
    ("glue:startCrawler", {"Name": "c"}),
    ("athena:startQueryExecution", {"QueryString": "SELECT 1", "WorkGroup": "primary"}),
    (
        "rekognition:detectLabels",
        {"Image": {"S3Object": {"Bucket": "b", "Name.$": "$.key"}}, "MaxLabels": 10},
    ),
    ("textract:analyzeExpense", {"Document": {"S3Object": {"Bucket": "b", "Name": "n"}}}),
    (
        "transcribe:startTranscriptionJob",
        {
            "TranscriptionJobName": "j",
            "Media": {"MediaFileUri": "s3://b/k"},
            "LanguageCode": "en-US",
        },
    ),
    (
        "polly:startSpeechSynthesisTask",
        {"OutputFormat": "mp3", "OutputS3BucketName": "b", "Text": "hi", "VoiceId": "Joanna"},
    ),
    ("bedrockruntime:invokeModel", {"ModelId": "m", "Body": {"prompt": "hi"}}),
    ("rdsdata:executeStatement", {"ResourceArn": "arn:c", "SecretArn": "arn:s", "Sql": "SELECT 1"}),
    (
        "redshiftdata:executeStatement",
        {"Sql": "SELECT 1", "ClusterIdentifier": "c", "Database": "d"},
    ),
    ("elasticloadbalancingv2:describeTargetHealth", {"TargetGroupArn": "arn:tg"}),
    ("acmpca:describeCertificateAuthority", {"CertificateAuthorityArn": "arn:ca"}),
    ("cloudformation:describeStacks", {"StackName": "s"}),
    ("organizations:listAccounts", {}),
    # ClientToken is required in the model but is an idempotency token the SDK fills in.
    ("emrserverless:startJobRun", {"ApplicationId": "a", "ExecutionRoleArn": "arn:r"}),
    (
        "scheduler:createSchedule",
        {
            "Name": "n",
            "ScheduleExpression": "rate(1 day)",
            "FlexibleTimeWindow": {"Mode": "OFF"},
            "Target": {"Arn": "arn:t", "RoleArn": "arn:r"},
        },
    ),
    ("iam:getRole", {"RoleName": "r"}),
    ("sts:getCallerIdentity", None),
    ("codebuild:startBuild", {"ProjectName": "p"}),
    ("cognitoidentityprovider:adminGetUser", {"UserPoolId": "p", "Username": "u"}),
    ("kinesis:putRecord", {"StreamName": "s", "Data": "x", "PartitionKey": "k"}),
    ("firehose:putRecord", {"DeliveryStreamName": "d", "Record": {"Data": "x"}}),
    (
        "costexplorer:getCostAndUsage",
        {
            "TimePeriod": {"Start": "2024-01-01", "End": "2024-02-01"},
            "Granularity": "DAILY",
            "Metrics": ["BlendedCost"],
        },
    ),
    ("apigatewayv2:getApis", {}),
    ("databasemigration:describeReplicationTasks", {"MaxRecords": 20}),
    ("directory:describeDirectories", {}),
    ("servicediscovery:listNamespaces", {}),
    # The SDK converts "false" to a boolean, as this real-world workflow relies on.
    (
        "autoscaling:detachInstances",
        {"AutoScalingGroupName": "g", "ShouldDecrementDesiredCapacity": "false"},
    ),
    # Values computed at run time are not checked: ${...} placeholders, CloudFormation intrinsics.
    ("dynamodb:getItem", {"TableName": "${OrdersTable}", "Key": {"id": {"S.$": "$.id"}}}),
    ("dynamodb:getItem", {"TableName": {"Ref": "Orders"}, "Key": {"id": {"S": "1"}}}),
    ("s3:listBuckets.waitForTaskToken", {}),
]


@pytest.mark.parametrize(("call", "parameters"), RIGHT)
def test_calls_step_functions_accepts_have_no_problem(call: str, parameters: Any) -> None:
    assert task_problems(SDK + call, parameters, "States.T", jsonata=False) == []


# (call, parameters, [(severity, code, path under the state)])
WRONG: list[tuple[str, Any, list[tuple[str, str, str]]]] = [
    (
        "dynamodb:getItem",
        {"TableNmae": "t", "Key": {"id": {"S": "1"}}},
        [
            ("error", "sdk-unknown-parameter", "Parameters.TableNmae"),
            ("error", "sdk-missing-parameter", "Parameters.TableName"),
        ],
    ),
    (
        "rds:describeDBInstances",
        {"DBInstanceIdentifier": "db"},
        [("error", "sdk-unknown-parameter", "Parameters.DBInstanceIdentifier")],
    ),
    (
        "s3:putObject",
        {"Bucket": "b", "Key": "k", "SSEKMSKeyId": "alias/k"},
        [("error", "sdk-unknown-parameter", "Parameters.SSEKMSKeyId")],
    ),
    (
        "sqs:sendMessage",
        {"QueueUrl": "https://q"},
        [("error", "sdk-missing-parameter", "Parameters.MessageBody")],
    ),
    (
        "ec2:describeInstances",
        {"Filter": [{"Name": "x", "Values": ["y"]}]},
        [("error", "sdk-unknown-parameter", "Parameters.Filter")],
    ),
    (
        "dynamodb:putItem",
        {"TableName": "t", "Item": "x"},
        [("error", "sdk-wrong-type", "Parameters.Item")],
    ),
    (
        "dynamodb:putItem",
        {"TableName": "t", "Item": {}, "ReturnValues": "ALL"},
        [("error", "sdk-enum-value", "Parameters.ReturnValues")],
    ),
    (
        "sqs:sendMessage",
        {"QueueUrl": "q", "MessageBody": "b", "DelaySeconds": "soon"},
        [("error", "sdk-wrong-type", "Parameters.DelaySeconds")],
    ),
    (
        "ssm:getParameter",
        {"Name": "p", "WithDecryption": "yes"},
        [("error", "sdk-wrong-type", "Parameters.WithDecryption")],
    ),
    (
        "rekognition:detectLabels",
        {"Image": {"S3Object": {"Bucket": "b", "Nme": "x"}}},
        [("error", "sdk-unknown-parameter", "Parameters.Image.S3Object.Nme")],
    ),
    (
        "cloudwatchlogs:putLogEvents",
        {"LogGroupName": "g", "LogStreamName": "s", "LogEvents": [{"Timestamp": 1}]},
        [("error", "sdk-missing-parameter", "Parameters.LogEvents[0].Message")],
    ),
    (
        "eventbridge:putEvents",
        {"Entries": {"Source": "app"}},
        [("error", "sdk-wrong-type", "Parameters.Entries")],
    ),
    (
        "lambda:invokeAsync",
        {"FunctionName": "f"},
        [("error", "sdk-unsupported-action", "Resource")],
    ),
    ("s3:listBuckets.sync", {}, [("error", "sdk-pattern-unsupported", "Resource")]),
    ("sfn:listExecutions.sync:2", {}, [("error", "sdk-pattern-unsupported", "Resource")]),
    ("dynamodb:getitem", {}, [("error", "sdk-unknown-action", "Resource")]),
    (
        "sfn:describeExecution",
        {"ExecutionArn": "a", "Foo.$": "$.x"},
        [("error", "sdk-unknown-parameter", "Parameters.Foo.$")],
    ),
    (
        "sts:getCallerIdentity",
        {"Account": "1"},
        [("error", "sdk-unknown-parameter", "Parameters.Account")],
    ),
    ("mobile:listProjects", {}, [("error", "sdk-unknown-service", "Resource")]),
    (
        "kms:encrypt",
        {"KeyId": "k", "Plaintext": "p", "EncryptionAlgorithm": "AES"},
        [("error", "sdk-enum-value", "Parameters.EncryptionAlgorithm")],
    ),
    ("glue:startCrawler", {}, [("error", "sdk-missing-parameter", "Parameters.Name")]),
    (
        "ecs:runTask",
        {"TaskDefinition": "t", "Count": 1.5},
        [("error", "sdk-wrong-type", "Parameters.Count")],
    ),
    (
        "s3:getObject",
        {"Bucket": ["b"], "Key": "k"},
        [("warning", "sdk-object-for-string", "Parameters.Bucket")],
    ),
    ("dynamo:getItem", {}, [("warning", "sdk-unknown-service", "Resource")]),
    (
        "athena:startQueryExecution",
        {
            "QueryString": "q",
            "ResultConfiguration": {"OutputLocation": "s3://b/", "Encryption": {}},
        },
        [("error", "sdk-unknown-parameter", "Parameters.ResultConfiguration.Encryption")],
    ),
]


@pytest.mark.parametrize(("call", "parameters", "expected"), WRONG)
def test_wrong_calls_are_reported_where_they_are(
    call: str, parameters: Any, expected: list[tuple[str, str, str]]
) -> None:
    found = task_problems(SDK + call, parameters, "States.T", jsonata=False)
    assert [(p.severity, p.code, p.path) for p in found] == [
        (severity, code, f"States.T.{where}") for severity, code, where in expected
    ]


@pytest.mark.parametrize(
    ("call", "parameters", "message"),
    [
        (
            "dynamodb:getItem",
            {"TableNmae": "t", "Key": {}},
            "dynamodb:getItem: unknown parameter 'TableNmae' in Parameters (did you mean 'TableName'?); "
            "its parameters are: AttributesToGet, ConsistentRead, ExpressionAttributeNames, Key, "
            "ProjectionExpression, ReturnConsumedCapacity, TableName",
        ),
        (
            "rds:describeDBInstances",
            {"DBInstanceIdentifier": "db"},
            "rds:describeDBInstances: Step Functions spells the parameter 'DBInstanceIdentifier' as "
            "'DbInstanceIdentifier' (the AWS SDK for Java v2 name); rename the key to 'DbInstanceIdentifier'",
        ),
        (
            "sqs:sendMessage",
            {"QueueUrl": "q"},
            "sqs:sendMessage: Parameters requires 'MessageBody'; add it (or 'MessageBody.$' with a path)",
        ),
        (
            "dynamodb:putItem",
            {"TableName": "t", "Item": "x"},
            "dynamodb:putItem: Parameters.Item must be an object, got a string 'x'",
        ),
        (
            "sts:getCallerIdentity",
            {"Account": "1"},
            "sts:getCallerIdentity takes no parameters, got 'Account'; remove it",
        ),
        (
            "dynamodb:getitem",
            {},
            "'getitem' is not an action of AWS SDK service 'dynamodb' (did you mean 'getItem'?) "
            "(actions are camelCase API operation names)",
        ),
        (
            "lambda:invokeAsync",
            {},
            "Step Functions cannot call lambda:invokeAsync (see "
            "https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html); "
            "call it from a Lambda function",
        ),
    ],
)
def test_messages_say_what_was_expected_and_the_fix(
    call: str, parameters: Any, message: str
) -> None:
    assert task_problems(SDK + call, parameters, "States.T", jsonata=False)[0].message == message


def test_an_enum_message_lists_the_values_and_names_the_models() -> None:
    [problem] = task_problems(
        SDK + "dynamodb:putItem",
        {"TableName": "t", "Item": {}, "ReturnValues": "ALL"},
        "S",
        jsonata=False,
    )
    assert problem.message == (
        "dynamodb:putItem: Parameters.ReturnValues must be one of NONE, ALL_OLD, UPDATED_OLD, "
        f"ALL_NEW, UPDATED_NEW, got 'ALL' (the values of the AWS API model in botocore {botocore_version()})"
    )


def test_jsonata_arguments_check_keys_and_skip_expressions() -> None:
    good = {"TableName": "{% $table %}", "Key": "{% {'id': {'S': $states.input.id}} %}"}
    assert task_problems(SDK + "dynamodb:getItem", good, "States.T", jsonata=True) == []
    assert task_problems(SDK + "dynamodb:getItem", "{% $args %}", "States.T", jsonata=True) == []
    bad = {"TableName": "{% $table %}", "Kye": "{% $key %}"}
    found = task_problems(SDK + "dynamodb:getItem", bad, "States.T", jsonata=True)
    assert [(p.code, p.path) for p in found] == [
        ("sdk-unknown-parameter", "States.T.Arguments.Kye"),
        ("sdk-missing-parameter", "States.T.Arguments.Key"),
    ]
    assert found[1].message == "dynamodb:getItem: Arguments requires 'Key'; add it"


def test_a_python_task_raises_and_asl_read_from_a_file_warns() -> None:
    parameters = {"TableNmae": "orders", "Key": {"id": {"S": "1"}}}
    with pytest.raises(ValidationError) as caught:
        Task("Get", resource=SDK + "dynamodb:getItem", parameters=parameters, end=True)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("sdk-unknown-parameter", "States.Get.Parameters.TableNmae"),
        ("sdk-missing-parameter", "States.Get.Parameters.TableName"),
    ]
    asl = {
        "StartAt": "Get",
        "States": {
            "Get": {
                "Type": "Task",
                "Resource": SDK + "dynamodb:getItem",
                "Parameters": parameters,
                "End": True,
            }
        },
    }
    machine = from_asl(asl)
    assert [(p.severity, p.code, p.path) for p in machine.warnings] == [
        ("warning", "sdk-unknown-parameter", "States.Get.Parameters.TableNmae"),
        ("warning", "sdk-missing-parameter", "States.Get.Parameters.TableName"),
    ]
    assert machine.to_asl() == asl


def test_sync_is_refused_in_asl_too() -> None:
    asl = {
        "StartAt": "L",
        "States": {"L": {"Type": "Task", "Resource": SDK + "s3:listBuckets.sync", "End": True}},
    }
    with pytest.raises(ValidationError) as caught:
        from_asl(asl)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("sdk-pattern-unsupported", "States.L.Resource")
    ]


def test_likely_mistakes_are_warnings_of_a_python_machine() -> None:
    from sfdsl import StateMachine

    task = Task(
        "Done",
        resource=SDK + "sfn:sendTaskSuccess",
        parameters={"TaskToken": "t", "Output": {"a": 1}},
        end=True,
    )
    machine = StateMachine(task)
    assert [(p.code, p.path) for p in machine.warnings] == [
        ("sdk-object-for-string", "States.Done.Parameters.Output")
    ]


def test_a_task_in_a_branch_is_located_by_its_full_path() -> None:
    asl = {
        "StartAt": "P",
        "States": {
            "P": {
                "Type": "Parallel",
                "End": True,
                "Branches": [
                    {
                        "StartAt": "S",
                        "States": {
                            "S": {
                                "Type": "Task",
                                "Resource": SDK + "sqs:sendMessage",
                                "Parameters": {"QueueUrl": "q"},
                                "End": True,
                            }
                        },
                    }
                ],
            }
        },
    }
    assert [p.path for p in from_asl(asl).warnings] == [
        "States.P.Branches[0].States.S.Parameters.MessageBody"
    ]


@pytest.mark.parametrize(
    ("call", "name", "message"),
    [
        (
            "dynamodb:putItem",
            "DynamoDB.ConditionalCheckFailedException",
            "Step Functions names the errors of dynamodb 'DynamoDb.<Error>': "
            "'DynamoDB.ConditionalCheckFailedException' never matches; write "
            "'DynamoDb.ConditionalCheckFailedException'",
        ),
        (
            "s3:createBucket",
            "S3.BucketAlreadyExists",
            "Step Functions names AWS SDK errors with an 'Exception' suffix: 'S3.BucketAlreadyExists' "
            "(an error of the action) never matches; write 'S3.BucketAlreadyExistsException'",
        ),
        (
            "acmpca:deleteCertificateAuthority",
            "AcmPca.ResourceNotFound",
            "Step Functions names AWS SDK errors with an 'Exception' suffix: 'AcmPca.ResourceNotFound' "
            "never matches; write 'AcmPca.ResourceNotFoundException'",
        ),
        ("dynamodb:putItem", "DynamoDb.ConditionalCheckFailedException", None),
        ("s3:createBucket", "S3.BucketAlreadyExistsException", None),
        ("sqs:sendMessage", "States.TaskFailed", None),
        ("sqs:sendMessage", "MyApp.Failure", None),
    ],
)
def test_retry_and_catch_error_names_follow_the_sdk_naming(
    call: str, name: str, message: str | None
) -> None:
    from sfdsl import Catch, StateMachine

    task = Task("Call", resource=SDK + call, parameters=_VALID[call], end=True).catch(
        Catch([name], next="Call")
    )
    found = [p for p in StateMachine(task).warnings if p.code == "sdk-error-name"]
    assert [(p.message, p.path, p.severity) for p in found] == (
        [] if message is None else [(message, "States.Call.Catch[0].ErrorEquals[0]", "warning")]
    )


_VALID: dict[str, Any] = {
    "dynamodb:putItem": {"TableName": "t", "Item": {}},
    "s3:createBucket": {"Bucket": "b"},
    "acmpca:deleteCertificateAuthority": {"CertificateAuthorityArn": "arn:ca"},
    "sqs:sendMessage": {"QueueUrl": "q", "MessageBody": "b"},
}


OPT = "arn:aws:states:::"


@pytest.mark.parametrize(
    ("call", "parameters", "expected"),
    [
        (
            "dynamodb:getItem",
            {"TableNmae": "t", "Key": {}},
            [
                ("sdk-unknown-parameter", "Parameters.TableNmae"),
                ("sdk-missing-parameter", "Parameters.TableName"),
            ],
        ),
        ("dynamodb:getItem", {"TableName": "t"}, [("sdk-missing-parameter", "Parameters.Key")]),
        ("dynamodb:getItem", {"TableName.$": "$.t", "Key.$": "$.k"}, []),
        ("dynamodb:getItem", {"TableName": "${Table}", "Key": {"Ref": "Key"}}, []),
        ("dynamodb:putItem", {"TableName": "t", "Item": {"done": {"BOOL": True}}}, []),
        (
            "lambda:invoke",
            {"Function": "f", "Payload.$": "$"},
            [
                ("sdk-unknown-parameter", "Parameters.Function"),
                ("sdk-missing-parameter", "Parameters.FunctionName"),
            ],
        ),
        ("lambda:invoke", {"FunctionName": "f", "Payload": {"any": "json"}}, []),
        ("ecs:runTask", {"TaskDefinition": "t", "EnableECSManagedTags": True}, []),
        ("ecs:runTask", {"Cluster": "c"}, [("sdk-missing-parameter", "Parameters.TaskDefinition")]),
        ("sns:publish", {"TopicArn": "arn:t", "Message": {"an": "object"}}, []),
        ("sns:publish", {"TopicArn": "arn:t"}, [("sdk-missing-parameter", "Parameters.Message")]),
        ("states:startExecution.sync:2", {"StateMachineArn": "arn:s", "Input": {"a": 1}}, []),
        (
            "sqs:sendMessage.waitForTaskToken",
            {"QueueUrl": "q", "MessageBody": {}, "Delay": 1},
            [("sdk-unknown-parameter", "Parameters.Delay")],
        ),
        (
            "sqs:sendMessage",
            {"QueueUrl": "q"},
            [("sdk-missing-parameter", "Parameters.MessageBody")],
        ),
        # An idempotency token the API requires is filled in when left out.
        ("emr-serverless:startJobRun", {"ApplicationId": "a", "ExecutionRoleArn": "r"}, []),
        # connect-batch.html writes the job's parameters as "Arguments" in a JSONata state.
        (
            "batch:submitJob",
            {"JobName": "j", "JobQueue": "q", "JobDefinition": "d", "Arguments": {"k": "v"}},
            [],
        ),
        # Actions that are not the API's (EMR's createCluster is RunJobFlow) are not checked.
        ("elasticmapreduce:createCluster.sync", {"Anything": 1}, []),
        # Without Parameters the state's input is the request: nothing to check.
        ("lambda:invoke", None, []),
    ],
)
def test_optimized_integrations_have_their_parameter_names_checked(
    call: str, parameters: Any, expected: list[tuple[str, str]]
) -> None:
    found = task_problems(OPT + call, parameters, "States.T", jsonata=False)
    assert [(p.code, p.path) for p in found] == [(c, f"States.T.{u}") for c, u in expected]
    assert {p.severity for p in found} <= {"error"}


def test_jsonata_arguments_of_an_optimized_integration_count_expressions_as_given() -> None:
    good = {"QueueUrl": "{% $q %}", "MessageBody": "{% $states.input %}"}
    assert task_problems(OPT + "sqs:sendMessage", good, "States.T", jsonata=True) == []
    assert task_problems(OPT + "sqs:sendMessage", "{% $args %}", "States.T", jsonata=True) == []
    [missing] = task_problems(OPT + "sqs:sendMessage", {"QueueUrl": "q"}, "States.T", jsonata=True)
    assert str(missing) == (
        "sqs:sendMessage: Arguments requires 'MessageBody'; add it  @ States.T.Arguments.MessageBody"
    )


@pytest.mark.parametrize(
    ("call", "parameters", "message"),
    [
        (
            "dynamodb:getItem",
            {"TableNmae": "orders", "Key": {"id": {"S": "1"}}},
            "dynamodb:getItem: unknown parameter 'TableNmae' in Parameters (did you mean "
            "'TableName'?); its parameters are: AttributesToGet, ConsistentRead, "
            "ExpressionAttributeNames, Key, ProjectionExpression, ReturnConsumedCapacity, "
            "TableName  @ States.Get.Parameters.TableNmae\n"
            "dynamodb:getItem: Parameters requires 'TableName'; add it (or 'TableName.$' with a "
            "path)  @ States.Get.Parameters.TableName",
        ),
        (
            "dynamodb:getItem",
            {"TableName": "orders"},
            "dynamodb:getItem: Parameters requires 'Key'; add it (or 'Key.$' with a path)"
            "  @ States.Get.Parameters.Key",
        ),
        (
            "sqs:sendMessage",
            {"QueueUrl": "https://q"},
            "sqs:sendMessage: Parameters requires 'MessageBody'; add it (or 'MessageBody.$' with "
            "a path)  @ States.Get.Parameters.MessageBody",
        ),
        (
            "lambda:invoke",
            {"Payload.$": "$"},
            "lambda:invoke: Parameters requires 'FunctionName'; add it (or 'FunctionName.$' with "
            "a path)  @ States.Get.Parameters.FunctionName",
        ),
    ],
)
def test_an_optimized_integration_task_built_in_python_raises_and_read_from_asl_warns(
    call: str, parameters: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Task("Get", resource=OPT + call, parameters=parameters, end=True)
    assert [str(p) for p in caught.value.problems] == message.splitlines()
    state = {"Type": "Task", "Resource": OPT + call, "Parameters": parameters, "End": True}
    machine = from_asl({"StartAt": "Get", "States": {"Get": state}})
    assert [str(p) for p in machine.warnings] == message.splitlines()
    assert {p.severity for p in machine.warnings} == {"warning"}


def test_the_check_of_a_call_is_computed_once_and_located_by_each_state(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sfdsl import Catch, Retry, StateMachine, States, chain
    from sfdsl._sdk import _check

    walked: list[object] = []
    walk = _check.payload_problems

    def counting(*args: Any, **kwargs: Any) -> Any:
        walked.append(args[2])
        return walk(*args, **kwargs)

    monkeypatch.setattr(_check, "payload_problems", counting)
    # A bucket no other test uses, so no earlier check of the same call is reused.
    parameters = {"Bucket": "cache-test-bucket", "Key.$": "$.key", "VersionId": {"v": 3}}
    second = Task("B", resource=SDK + "s3:getObject", parameters=parameters, end=True)
    first = Task("A", resource=SDK + "s3:getObject", parameters=parameters)
    first = first.retry(Retry([States.ALL])).catch(Catch([States.ALL], next=second))
    first = first.with_(comment="copied").with_(result_path="$.a")
    machine = StateMachine(chain(first, second))
    assert len(walked) == 1
    assert [(p.code, p.path) for p in machine.warnings] == [
        ("sdk-object-for-string", "States.A.Parameters.VersionId"),
        ("sdk-object-for-string", "States.B.Parameters.VersionId"),
    ]


# -------------------------------------------------------------------------- naming rules


@pytest.mark.parametrize(
    ("model", "step_functions"),
    [
        ("TableName", "TableName"),
        ("DBInstanceIdentifier", "DbInstanceIdentifier"),
        ("DBSnapshotIdentifier", "DbSnapshotIdentifier"),
        ("SSEKMSKeyId", "SsekmsKeyId"),
        ("SSECustomerKey", "SseCustomerKey"),
        ("VPCId", "VpcId"),
        ("ID", "Id"),
        ("maxResults", "MaxResults"),
        ("Equals", "EqualsValue"),
        ("Default", "DefaultValue"),
        ("Type", "Type"),
    ],
)
def test_parameter_names_follow_the_aws_sdk_for_java_v2(model: str, step_functions: str) -> None:
    assert member_name(model) == step_functions


# (serviceId in the model, name in the resource ARN, error prefix), as the AWS SDK integrations
# page lists them (https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html).
DOCUMENTED_SERVICES = [
    ("SFN", "sfn", "Sfn"),
    ("CloudWatch Logs", "cloudwatchlogs", "CloudWatchLogs"),
    ("EventBridge", "eventbridge", "EventBridge"),
    ("DynamoDB", "dynamodb", "DynamoDb"),
    ("ACM PCA", "acmpca", "AcmPca"),
    ("RDS Data", "rdsdata", "RdsData"),
    ("Elastic Load Balancing v2", "elasticloadbalancingv2", "ElasticLoadBalancingV2"),
    ("Config Service", "config", "Config"),
    ("Database Migration Service", "databasemigration", "DatabaseMigration"),
    ("Directory Service", "directory", "Directory"),
    ("Cost and Usage Report Service", "costandusagereport", "CostAndUsageReport"),
    ("Lex Model Building Service", "lexmodelbuilding", "LexModelBuilding"),
    ("Elasticsearch Service", "elasticsearch", "Elasticsearch"),
    ("IoTAnalytics", "iotanalytics", "IoTAnalytics"),
    ("SageMaker A2I Runtime", "sagemakera2iruntime", "SageMakerA2IRuntime"),
    ("EMR containers", "emrcontainers", "EmrContainers"),
    ("S3", "s3", "S3"),
    ("ApiGatewayV2", "apigatewayv2", "ApiGatewayV2"),
    ("Marketplace Entitlement Service", "marketplaceentitlement", "MarketplaceEntitlement"),
]


@pytest.mark.parametrize(("service_id", "arn_name", "prefix"), DOCUMENTED_SERVICES)
def test_service_names_and_error_prefixes_as_documented(
    service_id: str, arn_name: str, prefix: str
) -> None:
    assert (service_name(service_id), service_prefix(service_id)) == (arn_name, prefix)


def test_actions_are_operation_names_in_camel_case() -> None:
    assert [action_name(op) for op in ("DescribeDBInstances", "ListObjectsV2", "GetItem")] == [
        "describeDBInstances",
        "listObjectsV2",
        "getItem",
    ]


def test_service_table_maps_arn_names_to_botocore_folders() -> None:
    found = {
        name: services()[name].folder
        for name in ("sfn", "cloudwatchlogs", "eventbridge", "rdsdata", "elasticloadbalancingv2")
    }
    assert found == {
        "sfn": "stepfunctions",
        "cloudwatchlogs": "logs",
        "eventbridge": "events",
        "rdsdata": "rds-data",
        "elasticloadbalancingv2": "elbv2",
    }


def test_shipped_service_table_is_the_one_generated_from_the_installed_botocore() -> None:
    shipped = json.loads(SERVICES_FILE.read_text(encoding="utf-8"))
    if shipped["botocore"] != botocore_version():
        pytest.skip(
            f"services.json was generated from botocore {shipped['botocore']}, botocore "
            f"{botocore_version()} is installed: run python -m sfdsl._sdk._generate"
        )
    assert shipped == table()


# -------------------------------------------------------------------------- the corpus


def test_no_false_positive_on_the_real_world_corpus(corpus: Path) -> None:
    """Every warning the corpus gives, each one right:

    - Lookout for Vision was retired and botocore no longer ships its model;
    - ``sfn:sendTaskSuccess`` takes ``Output`` as JSON text, and the workflow passes an object;
    - ``DynamoDb.RequestLimitExceeded`` lacks the ``Exception`` suffix Step Functions gives every
      AWS SDK error, so that Retry never matches.
    """
    found: list[tuple[str, str, str]] = []
    checked = 0
    for path in sorted((corpus / "asl").rglob("*.json")):
        if path.name.startswith("_manifest"):
            continue
        try:
            problems = from_asl(path).warnings
        except (ValidationError, DefinitionError) as exc:  # the corpus' invalid definitions
            problems = exc.problems
        checked += "aws-sdk:" in path.read_text(encoding="utf-8")
        found += [(path.name, p.code, p.path) for p in problems if p.code.startswith("sdk-")]
    assert checked >= 50
    assert found == [
        (
            "sfwc__idempotent-workflow__statemachine.json",
            "sdk-error-name",
            "States.Create and lock idempotency record.Retry[0].ErrorEquals[1]",
        ),
        (
            "sfwc__lookout-for-vision-inference-sam__statemachine.json",
            "sdk-unknown-service",
            "States.Check Model Status.Resource",
        ),
        (
            "sfwc__lookout-for-vision-inference-sam__statemachine.json",
            "sdk-unknown-service",
            "States.Start Model.Resource",
        ),
        (
            "sfwc__parallel-agent-early-stopping__worker.json",
            "sdk-object-for-string",
            "States.Initialize Workers.Iterator.States.Report Success.Parameters.Output",
        ),
    ]


def test_no_sdk_warning_on_the_recorded_executions(corpus: Path) -> None:
    found = []
    for path in sorted(corpus.glob("executions*/*/definition.json")):
        try:
            problems = from_asl(path).warnings
        except ValidationError as exc:  # cases that record a definition AWS refuses
            problems = exc.problems
        found += [str(p) for p in problems if p.code.startswith("sdk-")]
    assert found == []


def test_import_sfdsl_reads_no_model_and_imports_no_botocore() -> None:
    code = (
        "import sys, sfdsl; from sfdsl._sdk import _models; "
        "print('botocore' in sys.modules, _models.load.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "0"]


def test_building_an_sdk_task_reads_that_service_only_and_never_imports_botocore() -> None:
    code = (
        "import sys; from sfdsl import Task; from sfdsl._sdk import _models; "
        "Task('T', resource='arn:aws:states:::aws-sdk:sqs:sendMessage', "
        "parameters={'QueueUrl': 'q', 'MessageBody': 'b'}, end=True); "
        "print('botocore' in sys.modules, _models.load.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "1"]
