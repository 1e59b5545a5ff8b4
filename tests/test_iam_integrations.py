"""IAM statements per service integration, written by hand from the AWS Step Functions guide.

Each row is one Task; the expected statements are compared as rendered JSON.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from sfdsl._iam import IamContext, derive_statements
from sfdsl.errors import IamDerivationError

STACK = "${AWS::Partition}:{service}:${AWS::Region}:${AWS::AccountId}"


def a(service: str, resource: str) -> dict[str, Any]:
    """``Fn::Sub`` of an ARN in this stack's partition, region and account."""
    return {
        "Fn::Sub": f"arn:${{AWS::Partition}}:{service}:${{AWS::Region}}:${{AWS::AccountId}}:{resource}"
    }


def s(actions: list[str], resources: list[Any], condition: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {"Action": sorted(actions), "Effect": "Allow", "Resource": resources}
    if condition:
        out["Condition"] = condition
    return out


def rule(name: str) -> dict[str, Any]:
    return s(
        ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
        [a("events", f"rule/{name}")],
    )


def derive(
    resource: str, params: Any = None, ctx: IamContext | None = None, *, jsonata: bool = False
) -> tuple[list[dict[str, Any]], list[str]]:
    state: dict[str, Any] = {"Type": "Task", "Resource": resource, "End": True}
    if params is not None:
        state["Arguments" if jsonata else "Parameters"] = params
    definition: dict[str, Any] = {"StartAt": "T", "States": {"T": state}}
    if jsonata:
        definition["QueryLanguage"] = "JSONata"
    result = derive_statements(definition, context=ctx)
    return [json.loads(st.to_json()) for st in result.statements], [w.path for w in result.warnings]


FN = "arn:aws:lambda:us-east-1:123456789012:function:hello"
SUBS = {
    "Fn": {"Fn::GetAtt": ["Hello", "Arn"]},
    "FnRef": {"Ref": "Hello"},
    "Alias": {"Ref": "HelloProvConcLambdaAlias"},
    "Table": {"Ref": "Orders"},
    "Queue": {"Ref": "Jobs"},
    "QueueImport": {"Fn::ImportValue": "jobs-url"},
    "Topic": {"Ref": "Alerts"},
    "Machine": {"Ref": "Child"},
    "Conn": {"Fn::GetAtt": ["Api", "Arn"]},
    "Bucket": {"Ref": "Data"},
}
TYPES = {
    "Hello": "AWS::Lambda::Function",
    "HelloProvConcLambdaAlias": "AWS::Lambda::Alias",
}
CTX = IamContext(substitutions=SUBS, resource_types=TYPES, state_machine_name="main")
INVOKE = "lambda:InvokeFunction"
P = "Parameters"

CASES: list[tuple[str, str, Any, list[dict[str, Any]], list[str]]] = [
    # --- Lambda: the function and every version/alias of it (seeds 000, 001, 003) ---
    (
        "lambda-full-arn",
        "arn:aws:states:::lambda:invoke",
        {"FunctionName": FN},
        [s([INVOKE], [FN, FN + ":*"])],
        [],
    ),
    (
        "lambda-arn-with-version",
        "arn:aws:states:::lambda:invoke.waitForTaskToken",
        {"FunctionName": FN + ":7"},
        [s([INVOKE], [FN, FN + ":*"])],
        [],
    ),
    (
        "lambda-partial-arn",
        "arn:aws:states:::lambda:invoke",
        {"FunctionName": "123456789012:function:hello"},
        [
            s(
                [INVOKE],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:123456789012:function:hello"
                    },
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:123456789012:function:hello:*"
                    },
                ],
            )
        ],
        [],
    ),
    (
        "lambda-name-with-alias",
        "arn:aws:states:::lambda:invoke",
        {"FunctionName": "hello:live"},
        [s([INVOKE], [a("lambda", "function:hello"), a("lambda", "function:hello:*")])],
        [],
    ),
    (
        "lambda-getatt",
        "arn:aws:states:::lambda:invoke",
        {"FunctionName": "${Fn}"},
        [s([INVOKE], [{"Fn::GetAtt": ["Hello", "Arn"]}, {"Fn::Sub": "${Hello.Arn}:*"}])],
        [],
    ),
    (
        "lambda-ref-to-function-is-a-name",
        "arn:aws:states:::lambda:invoke",
        {"FunctionName": "${FnRef}"},
        [
            s(
                [INVOKE],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Hello}"
                    },
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Hello}:*"
                    },
                ],
            )
        ],
        [],
    ),
    (
        "lambda-dynamic",
        "arn:aws:states:::lambda:invoke",
        {"FunctionName.$": "$.fn"},
        [s([INVOKE], [a("lambda", "function:*")])],
        ["States.T.Parameters.FunctionName.$"],
    ),
    (
        "lambda-legacy-arn-with-alias",
        "arn:aws:lambda:us-east-1:123456789012:function:with-alias:some-alias",
        None,
        [
            s(
                [INVOKE],
                [
                    "arn:aws:lambda:us-east-1:123456789012:function:with-alias",
                    "arn:aws:lambda:us-east-1:123456789012:function:with-alias:*",
                ],
            )
        ],
        [],
    ),
    (
        "lambda-resource-is-provisioned-concurrency-alias",
        "${Alias}",
        None,
        [
            s(
                [INVOKE],
                [
                    {
                        "Fn::Sub": [
                            "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${V0}",
                            {
                                "V0": {
                                    "Fn::Select": [
                                        6,
                                        {"Fn::Split": [":", {"Ref": "HelloProvConcLambdaAlias"}]},
                                    ]
                                }
                            },
                        ]
                    },
                    {
                        "Fn::Sub": [
                            "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${V0}:*",
                            {
                                "V0": {
                                    "Fn::Select": [
                                        6,
                                        {"Fn::Split": [":", {"Ref": "HelloProvConcLambdaAlias"}]},
                                    ]
                                }
                            },
                        ]
                    },
                ],
            )
        ],
        [],
    ),
    # --- SNS, SQS ---
    (
        "sns-topic",
        "arn:aws:states:::sns:publish",
        {"TopicArn": "${Topic}", "Message": "hi"},
        [s(["sns:Publish"], [{"Ref": "Alerts"}])],
        [],
    ),
    (
        "sns-dynamic",
        "arn:aws:states:::sns:publish.waitForTaskToken",
        {"TopicArn.$": "$.topic", "Message.$": "$"},
        [s(["sns:Publish"], [a("sns", "*")])],
        ["States.T.Parameters.TopicArn.$"],
    ),
    (
        "sqs-url",
        "arn:aws:states:::sqs:sendMessage",
        {"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs", "MessageBody": "x"},
        [
            s(
                ["sqs:SendMessage"],
                [{"Fn::Sub": "arn:${AWS::Partition}:sqs:eu-west-1:123456789012:jobs"}],
            )
        ],
        [],
    ),
    (
        "sqs-ref-is-url-so-getatt-arn",
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        {"QueueUrl": "${Queue}", "MessageBody": "x"},
        [s(["sqs:SendMessage"], [{"Fn::GetAtt": ["Jobs", "Arn"]}])],
        [],
    ),
    (
        "sqs-imported-url",
        "arn:aws:states:::sqs:sendMessage",
        {"QueueUrl": "${QueueImport}", "MessageBody": "x"},
        [
            s(
                ["sqs:SendMessage"],
                [
                    {
                        "Fn::Sub": [
                            "arn:${AWS::Partition}:sqs:${AWS::Region}:${V0}:${V1}",
                            {
                                "V0": {
                                    "Fn::Select": [
                                        3,
                                        {"Fn::Split": ["/", {"Fn::ImportValue": "jobs-url"}]},
                                    ]
                                },
                                "V1": {
                                    "Fn::Select": [
                                        4,
                                        {"Fn::Split": ["/", {"Fn::ImportValue": "jobs-url"}]},
                                    ]
                                },
                            },
                        ]
                    }
                ],
            )
        ],
        [],
    ),
    (
        "sqs-dynamic",
        "arn:aws:states:::sqs:sendMessage",
        {"QueueUrl.$": "$.q", "MessageBody": "x"},
        [s(["sqs:SendMessage"], [a("sqs", "*")])],
        ["States.T.Parameters.QueueUrl.$"],
    ),
    # --- DynamoDB ---
    *[
        (
            f"dynamodb-{api}",
            f"arn:aws:states:::dynamodb:{api}",
            {"TableName": "hello", "Key": {}},
            [s([f"dynamodb:{api[0].upper()}{api[1:]}"], [a("dynamodb", "table/hello")])],
            [],
        )
        for api in ("getItem", "putItem", "updateItem", "deleteItem")
    ],
    (
        "dynamodb-sdk-put-wait",
        "arn:aws:states:::aws-sdk:dynamodb:putItem.waitForTaskToken",
        {"TableName": "${Table}", "Item": {}},
        [s(["dynamodb:PutItem"], [{"Fn::GetAtt": ["Orders", "Arn"]}])],
        [],
    ),
    (
        "dynamodb-dynamic-table",
        "arn:aws:states:::dynamodb:updateItem",
        {"TableName.$": "$.t", "IndexName.$": "$.i"},
        [s(["dynamodb:UpdateItem"], [a("dynamodb", "table/*")])],
        ["States.T.Parameters.TableName.$"],
    ),
    (
        "dynamodb-query-index",
        "arn:aws:states:::aws-sdk:dynamodb:query",
        {"TableName": "hello", "IndexName": "GSI1"},
        [s(["dynamodb:Query"], [a("dynamodb", "table/hello/index/GSI1")])],
        [],
    ),
    (
        "dynamodb-scan-dynamic-index",
        "arn:aws:states:::aws-sdk:dynamodb:scan",
        {"TableName": "hello", "IndexName.$": "$.i"},
        [s(["dynamodb:Scan"], [a("dynamodb", "table/hello/index/*")])],
        ["States.T.Parameters.IndexName.$"],
    ),
    (
        "dynamodb-update-table",
        "arn:aws:states:::aws-sdk:dynamodb:updateTable",
        {"TableName": "hello"},
        [s(["dynamodb:UpdateTable"], [a("dynamodb", "table/hello")])],
        [],
    ),
    (
        "dynamodb-batch-get",
        "arn:aws:states:::aws-sdk:dynamodb:batchGetItem",
        {"RequestItems": {"a": {"Keys": []}, "${Table}": {"Keys.$": "$.k"}}},
        [
            s(
                ["dynamodb:BatchGetItem"],
                [a("dynamodb", "table/a"), {"Fn::GetAtt": ["Orders", "Arn"]}],
            )
        ],
        [],
    ),
    (
        "dynamodb-batch-write-dynamic",
        "arn:aws:states:::aws-sdk:dynamodb:batchWriteItem",
        {"RequestItems.$": "$.items"},
        [s(["dynamodb:BatchWriteItem"], [a("dynamodb", "table/*")])],
        ["States.T.Parameters.RequestItems.$"],
    ),
    (
        "dynamodb-transact-write",
        "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems",
        {"TransactItems": [{"Put": {"TableName": "a"}}, {"ConditionCheck": {"TableName": "b"}}]},
        [
            s(["dynamodb:PutItem"], [a("dynamodb", "table/a")]),
            s(["dynamodb:ConditionCheckItem"], [a("dynamodb", "table/b")]),
        ],
        [],
    ),
    # --- ECS, Batch, Glue, CodeBuild ---
    (
        "ecs-sync-with-known-roles",
        "arn:aws:states:::ecs:runTask.sync",
        {"TaskDefinition": "web:3", "Cluster": "c"},
        [
            s(["ecs:RunTask"], [a("ecs", "task-definition/web:3")]),
            s(["ecs:StopTask", "ecs:DescribeTasks"], [a("ecs", "task/*")]),
            rule("StepFunctionsGetEventsForECSTaskRule"),
            s(
                ["iam:PassRole"],
                [{"Fn::GetAtt": ["WebTaskRole", "Arn"]}],
                {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "ecs-family-unknown-roles",
        "arn:aws:states:::ecs:runTask",
        {"TaskDefinition": "web"},
        [
            s(["ecs:RunTask"], [a("ecs", "task-definition/web:*")]),
            s(
                ["iam:PassRole"],
                [{"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*"}],
                {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}},
            ),
        ],
        ["States.T.Parameters.TaskDefinition"],
    ),
    (
        "batch-sync",
        "arn:aws:states:::batch:submitJob.sync",
        {"JobDefinition": "def:2", "JobQueue": "q", "JobName": "n"},
        [
            s(["batch:SubmitJob"], [a("batch", "job-definition/def:2"), a("batch", "job-queue/q")]),
            s(["batch:DescribeJobs"], ["*"]),
            s(["batch:TerminateJob"], [a("batch", "job/*")]),
            rule("StepFunctionsGetEventsForBatchJobsRule"),
        ],
        [],
    ),
    (
        "glue-sync",
        "arn:aws:states:::glue:startJobRun.sync",
        {"JobName": "etl"},
        [
            s(
                ["glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun"],
                [a("glue", "job/etl")],
            )
        ],
        [],
    ),
    (
        "codebuild-sync",
        "arn:aws:states:::codebuild:startBuild.sync",
        {"ProjectName": "build"},
        [
            s(
                ["codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds"],
                [a("codebuild", "project/build")],
            ),
            rule("StepFunctionsGetEventForCodeBuildStartBuildRule"),
        ],
        [],
    ),
    (
        "codebuild-dynamic",
        "arn:aws:states:::codebuild:startBuild",
        {"ProjectName.$": "$.p"},
        [s(["codebuild:StartBuild"], [a("codebuild", "project/*")])],
        ["States.T.Parameters.ProjectName.$"],
    ),
    # --- SageMaker, EMR ---
    (
        "sagemaker-transform-sync",
        "arn:aws:states:::sagemaker:createTransformJob.sync",
        {"TransformJobName": "tj", "ModelName": "m"},
        [
            s(
                [
                    "sagemaker:CreateTransformJob",
                    "sagemaker:DescribeTransformJob",
                    "sagemaker:StopTransformJob",
                ],
                [a("sagemaker", "transform-job/tj*")],
            ),
            s(["sagemaker:ListTags"], ["*"]),
            rule("StepFunctionsGetEventsForSageMakerTransformJobsRule"),
        ],
        [],
    ),
    (
        "sagemaker-training-passes-its-role",
        "arn:aws:states:::sagemaker:createTrainingJob",
        {"TrainingJobName": "tj", "RoleArn": "arn:aws:iam::123456789012:role/sm"},
        [
            s(["sagemaker:CreateTrainingJob"], [a("sagemaker", "training-job/tj*")]),
            s(["sagemaker:ListTags"], ["*"]),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/sm"],
                {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "emr-create-cluster",
        "arn:aws:states:::elasticmapreduce:createCluster",
        {"Name": "c", "ServiceRole": "EMR_DefaultRole", "JobFlowRole": "EMR_EC2_DefaultRole"},
        [
            s(["elasticmapreduce:RunJobFlow"], ["*"]),
            s(
                ["iam:PassRole"],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/EMR_DefaultRole"
                    },
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/EMR_EC2_DefaultRole"
                    },
                ],
            ),
        ],
        [],
    ),
    (
        "emr-create-cluster-sync",
        "arn:aws:states:::elasticmapreduce:createCluster.sync",
        {"Name": "c"},
        [
            s(
                [
                    "elasticmapreduce:RunJobFlow",
                    "elasticmapreduce:DescribeCluster",
                    "elasticmapreduce:TerminateJobFlows",
                ],
                ["*"],
            ),
            rule("StepFunctionsGetEventForEMRRunJobFlowRule"),
        ],
        [],
    ),
    (
        "emr-terminate-sync",
        "arn:aws:states:::elasticmapreduce:terminateCluster.sync",
        {"ClusterId": "j-1"},
        [
            s(
                ["elasticmapreduce:TerminateJobFlows", "elasticmapreduce:DescribeCluster"],
                [a("elasticmapreduce", "cluster/j-1")],
            ),
            rule("StepFunctionsGetEventForEMRTerminateJobFlowsRule"),
        ],
        [],
    ),
    (
        "emr-add-step-sync",
        "arn:aws:states:::elasticmapreduce:addStep.sync",
        {"ClusterId": "j-1", "Step": {}},
        [
            s(
                [
                    "elasticmapreduce:AddJobFlowSteps",
                    "elasticmapreduce:DescribeStep",
                    "elasticmapreduce:CancelSteps",
                ],
                [a("elasticmapreduce", "cluster/j-1")],
            ),
            rule("StepFunctionsGetEventForEMRAddJobFlowStepsRule"),
        ],
        [],
    ),
    (
        "emr-cancel-step-dynamic",
        "arn:aws:states:::elasticmapreduce:cancelStep",
        {"ClusterId.$": "$.c", "StepId": "s"},
        [s(["elasticmapreduce:CancelSteps"], [a("elasticmapreduce", "cluster/*")])],
        ["States.T.Parameters.ClusterId.$"],
    ),
    (
        "emr-termination-protection",
        "arn:aws:states:::elasticmapreduce:setClusterTerminationProtection",
        {"ClusterId": "j-1", "TerminationProtected": True},
        [s(["elasticmapreduce:SetTerminationProtection"], [a("elasticmapreduce", "cluster/j-1")])],
        [],
    ),
    (
        "emr-instance-fleet",
        "arn:aws:states:::elasticmapreduce:modifyInstanceFleetByName",
        {"ClusterId": "j-1"},
        [
            s(
                ["elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"],
                [a("elasticmapreduce", "cluster/j-1")],
            )
        ],
        [],
    ),
    (
        "emr-instance-group",
        "arn:aws:states:::elasticmapreduce:modifyInstanceGroupByName",
        {"ClusterId": "j-1"},
        [
            s(
                ["elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"],
                [a("elasticmapreduce", "cluster/j-1")],
            )
        ],
        [],
    ),
    # --- Step Functions ---
    (
        "states-start-execution-no-events-rule",
        "arn:aws:states:::states:startExecution",
        {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child"},
        [
            s(
                ["states:StartExecution"],
                ["arn:aws:states:us-east-1:123456789012:stateMachine:child"],
            )
        ],
        [],
    ),
    *[
        (
            f"states-start-execution-{pattern}",
            f"arn:aws:states:::states:startExecution.{pattern}",
            {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child"},
            [
                s(
                    ["states:StartExecution"],
                    ["arn:aws:states:us-east-1:123456789012:stateMachine:child"],
                ),
                s(
                    ["states:DescribeExecution", "states:StopExecution"],
                    ["arn:aws:states:us-east-1:123456789012:execution:child:*"],
                ),
                rule("StepFunctionsGetEventsForStepFunctionsExecutionRule"),
            ],
            [],
        )
        for pattern in ("sync", "sync:2")
    ],
    (
        "states-start-execution-ref",
        "arn:aws:states:::states:startExecution.sync:2",
        {"StateMachineArn": "${Machine}"},
        [
            s(["states:StartExecution"], [{"Ref": "Child"}]),
            s(
                ["states:DescribeExecution", "states:StopExecution"],
                [
                    {
                        "Fn::Sub": [
                            "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${V0}:*",
                            {"V0": {"Fn::Select": [6, {"Fn::Split": [":", {"Ref": "Child"}]}]}},
                        ]
                    }
                ],
            ),
            rule("StepFunctionsGetEventsForStepFunctionsExecutionRule"),
        ],
        [],
    ),
    (
        "states-dynamic-wait",
        "arn:aws:states:::states:startExecution.waitForTaskToken",
        {"StateMachineArn.$": "$.sm"},
        [s(["states:StartExecution"], [a("states", "stateMachine:*")])],
        ["States.T.Parameters.StateMachineArn.$"],
    ),
    (
        "sfn-start-sync-execution",
        "arn:aws:states:::aws-sdk:sfn:startSyncExecution",
        {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:express"},
        [
            s(
                ["states:StartSyncExecution"],
                ["arn:aws:states:us-east-1:123456789012:stateMachine:express"],
            )
        ],
        [],
    ),
    # --- EventBridge, Scheduler, HTTP ---
    (
        "events-put-events",
        "arn:aws:states:::events:putEvents",
        {"Entries": [{"Detail": {}}, {"EventBusName": "orders"}, {"EventBusName": "orders"}]},
        [
            s(
                ["events:PutEvents"],
                [a("events", "event-bus/default"), a("events", "event-bus/orders")],
            )
        ],
        [],
    ),
    (
        "events-put-events-dynamic-bus",
        "arn:aws:states:::events:putEvents.waitForTaskToken",
        {"Entries": [{"EventBusName.$": "$.bus"}]},
        [s(["events:PutEvents"], [a("events", "event-bus/*")])],
        ["States.T.Parameters.Entries[0].EventBusName.$"],
    ),
    (
        "eventbridge-put-targets",
        "arn:aws:states:::aws-sdk:eventbridge:putTargets",
        {"Rule": "r", "EventBusName": "orders", "Targets": []},
        [s(["events:PutTargets"], [a("events", "rule/orders/r")])],
        [],
    ),
    (
        "eventbridge-put-targets-default-bus",
        "arn:aws:states:::aws-sdk:eventbridge:putTargets.waitForTaskToken",
        {"Rule": "r", "Targets": []},
        [s(["events:PutTargets"], [a("events", "rule/r")])],
        [],
    ),
    (
        "scheduler-create",
        "arn:aws:states:::aws-sdk:scheduler:createSchedule",
        {"Name": "nightly", "Target": {"RoleArn": "arn:aws:iam::123456789012:role/sched"}},
        [
            s(["scheduler:CreateSchedule"], [a("scheduler", "schedule/default/nightly")]),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/sched"],
                {"StringEquals": {"iam:PassedToService": "scheduler.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "scheduler-delete-in-group",
        "arn:aws:states:::aws-sdk:scheduler:deleteSchedule",
        {"Name.$": "$.name", "GroupName": "jobs"},
        [s(["scheduler:DeleteSchedule"], [a("scheduler", "schedule/jobs/*")])],
        ["States.T.Parameters.Name.$"],
    ),
    (
        "http-invoke",
        "arn:aws:states:::http:invoke",
        {
            "ApiEndpoint": "https://api.example.com/orders",
            "Method": "POST",
            "Authentication": {"ConnectionArn": "${Conn}"},
        },
        [
            s(
                ["states:InvokeHTTPEndpoint"],
                [a("states", "stateMachine:main")],
                {
                    "StringEquals": {
                        "states:HTTPEndpoint": "https://api.example.com/orders",
                        "states:HTTPMethod": "POST",
                    }
                },
            ),
            s(["events:RetrieveConnectionCredentials"], [{"Fn::GetAtt": ["Api", "Arn"]}]),
            s(
                ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                [{"Fn::GetAtt": ["Api", "SecretArn"]}],
            ),
        ],
        [],
    ),
    (
        "http-invoke-literal-connection-dynamic-endpoint",
        "arn:aws:states:::http:invoke",
        {
            "ApiEndpoint.$": "$.url",
            "Method": "GET",
            "Authentication": {
                "ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/stripe/0f7c"
            },
        },
        [
            s(
                ["states:InvokeHTTPEndpoint"],
                [a("states", "stateMachine:main")],
                {"StringEquals": {"states:HTTPMethod": "GET"}},
            ),
            s(
                ["events:RetrieveConnectionCredentials"],
                ["arn:aws:events:us-east-1:123456789012:connection/stripe/0f7c"],
            ),
            s(
                ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                ["arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/stripe/*"],
            ),
        ],
        ["States.T.Parameters.ApiEndpoint.$"],
    ),
    # --- S3, Bedrock, SES ---
    (
        "s3-get-object",
        "arn:aws:states:::aws-sdk:s3:getObject",
        {"Bucket": "b", "Key": "k.json"},
        [s(["s3:GetObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b/k.json"}])],
        [],
    ),
    (
        "s3-put-object-ref-bucket-dynamic-key",
        "arn:aws:states:::aws-sdk:s3:putObject",
        {"Bucket": "${Bucket}", "Key.$": "$.key"},
        [s(["s3:PutObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::${Data}/*"}])],
        ["States.T.Parameters.Key.$"],
    ),
    (
        "s3-list-objects-v2-is-list-bucket",
        "arn:aws:states:::aws-sdk:s3:listObjectsV2",
        {"Bucket": "b", "Prefix": "in/"},
        [
            s(
                ["s3:ListBucket"],
                [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b"}],
                {"StringLike": {"s3:prefix": "in/*"}},
            )
        ],
        [],
    ),
    (
        "bedrock-foundation-model",
        "arn:aws:states:::bedrock:invokeModel",
        {"ModelId": "anthropic.claude-v2", "Body": {}},
        [
            s(
                ["bedrock:InvokeModel"],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/anthropic.claude-v2"
                    }
                ],
            )
        ],
        [],
    ),
    (
        "bedrock-model-arn",
        "arn:aws:states:::bedrock:invokeModel",
        {"ModelId": "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc"},
        [
            s(
                ["bedrock:InvokeModel"],
                ["arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc"],
            )
        ],
        [],
    ),
    (
        "sesv2-send-email",
        "arn:aws:states:::aws-sdk:sesv2:sendEmail",
        {"FromEmailAddress": "noreply@example.com", "Content": {}},
        [
            s(
                ["ses:SendEmail"],
                [a("ses", "identity/noreply@example.com"), a("ses", "identity/example.com")],
            )
        ],
        [],
    ),
    (
        "ses-v1-send-email-reads-source",
        "arn:aws:states:::aws-sdk:ses:sendEmail",
        {"Source": "noreply@example.com", "Destination": {}, "Message": {}},
        [
            s(
                ["ses:SendEmail"],
                [a("ses", "identity/noreply@example.com"), a("ses", "identity/example.com")],
            )
        ],
        [],
    ),
    (
        "ses-v1-send-email-without-source",
        "arn:aws:states:::aws-sdk:ses:sendEmail",
        {"Destination": {}, "Message": {}},
        [s(["ses:SendEmail"], [a("ses", "identity/*")])],
        ["States.T.Parameters.Source"],
    ),
    # --- S3 (aws-sdk): bucket-level actions on the bucket, object-level on objects ---
    *(
        (
            f"s3-{api}-on-the-bucket",
            f"arn:aws:states:::aws-sdk:s3:{api}",
            {"Bucket": "b"},
            [s([action], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b"}])],
            [],
        )
        for api, action in (
            ("getBucketPolicy", "s3:GetBucketPolicy"),
            ("createBucket", "s3:CreateBucket"),
            ("listMultipartUploads", "s3:ListBucketMultipartUploads"),
            ("putBucketEncryption", "s3:PutEncryptionConfiguration"),
            ("deleteBucketCors", "s3:PutBucketCORS"),
            ("getObjectLockConfiguration", "s3:GetBucketObjectLockConfiguration"),
            ("getBucketLifecycleConfiguration", "s3:GetLifecycleConfiguration"),
        )
    ),
    (
        "s3-copy-object-source-with-version",
        "arn:aws:states:::aws-sdk:s3:copyObject",
        {"Bucket": "b", "Key": "k", "CopySource": "/src/a%20b.txt?versionId=3"},
        [
            s(["s3:PutObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b/k"}]),
            s(["s3:GetObjectVersion"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::src/a b.txt"}]),
        ],
        [],
    ),
    (
        "s3-upload-part-copy-reads-the-source",
        "arn:aws:states:::aws-sdk:s3:uploadPartCopy",
        {"Bucket": "b", "Key": "k", "CopySource": "src/x", "PartNumber": 1, "UploadId": "u"},
        [
            s(["s3:PutObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b/k"}]),
            s(["s3:GetObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::src/x"}]),
        ],
        [],
    ),
    (
        "s3-access-point-arn-as-bucket",
        "arn:aws:states:::aws-sdk:s3:getObject",
        {"Bucket": "arn:aws:s3:us-east-1:123456789012:accesspoint/ap", "Key": "k"},
        [s(["s3:GetObject"], ["arn:aws:s3:us-east-1:123456789012:accesspoint/ap/object/k"])],
        [],
    ),
    # --- Secrets Manager, SSM parameters, SQS, SNS (aws-sdk) ---
    (
        "secret-by-name-gets-the-random-suffix",
        "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue",
        {"SecretId": "prod/db"},
        [s(["secretsmanager:GetSecretValue"], [a("secretsmanager", "secret:prod/db-??????")])],
        [],
    ),
    (
        "secret-by-full-arn",
        "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue",
        {"SecretId": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC123"},
        [
            s(
                ["secretsmanager:GetSecretValue"],
                ["arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC123"],
            )
        ],
        [],
    ),
    (
        "secret-by-partial-arn",
        "arn:aws:states:::aws-sdk:secretsmanager:describeSecret",
        {"SecretId": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"},
        [
            s(
                ["secretsmanager:DescribeSecret"],
                ["arn:aws:secretsmanager:us-east-1:123456789012:secret:db-??????"],
            )
        ],
        [],
    ),
    (
        "secret-dynamic",
        "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue",
        {"SecretId.$": "$.secret"},
        [s(["secretsmanager:GetSecretValue"], [a("secretsmanager", "secret:*")])],
        ["States.T.Parameters.SecretId.$"],
    ),
    (
        "ssm-parameter-leading-slash",
        "arn:aws:states:::aws-sdk:ssm:getParameter",
        {"Name": "/app/db/url", "WithDecryption": True},
        [s(["ssm:GetParameter"], [a("ssm", "parameter/app/db/url")])],
        [],
    ),
    (
        "ssm-parameter-plain-name-with-version",
        "arn:aws:states:::aws-sdk:ssm:getParameter",
        {"Name": "flag:3"},
        [s(["ssm:GetParameter"], [a("ssm", "parameter/flag")])],
        [],
    ),
    (
        "ssm-parameters-by-names",
        "arn:aws:states:::aws-sdk:ssm:getParameters",
        {"Names": ["/a/b", "c"]},
        [s(["ssm:GetParameters"], [a("ssm", "parameter/a/b"), a("ssm", "parameter/c")])],
        [],
    ),
    (
        "ssm-parameters-by-path",
        "arn:aws:states:::aws-sdk:ssm:getParametersByPath",
        {"Path": "/app/", "Recursive": True},
        [s(["ssm:GetParametersByPath"], [a("ssm", "parameter/app"), a("ssm", "parameter/app/*")])],
        [],
    ),
    (
        "ssm-parameter-dynamic",
        "arn:aws:states:::aws-sdk:ssm:putParameter",
        {"Name.$": "$.name", "Value": "v"},
        [s(["ssm:PutParameter"], [a("ssm", "parameter/*")])],
        ["States.T.Parameters.Name.$"],
    ),
    (
        "sqs-receive-message-on-the-queue",
        "arn:aws:states:::aws-sdk:sqs:receiveMessage",
        {"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs"},
        [
            s(
                ["sqs:ReceiveMessage"],
                [{"Fn::Sub": "arn:${AWS::Partition}:sqs:eu-west-1:123456789012:jobs"}],
            )
        ],
        [],
    ),
    (
        "sqs-get-queue-url-by-name",
        "arn:aws:states:::aws-sdk:sqs:getQueueUrl",
        {"QueueName": "jobs"},
        [s(["sqs:GetQueueUrl"], [a("sqs", "jobs")])],
        [],
    ),
    (
        "sns-topic-attributes",
        "arn:aws:states:::aws-sdk:sns:getTopicAttributes",
        {"TopicArn": "arn:aws:sns:us-east-1:123456789012:alerts"},
        [s(["sns:GetTopicAttributes"], ["arn:aws:sns:us-east-1:123456789012:alerts"])],
        [],
    ),
    # --- API Gateway management (aws-sdk): HTTP verbs on resource paths ---
    (
        "apigatewayv2-get-api",
        "arn:aws:states:::aws-sdk:apigatewayv2:getApi",
        {"ApiId": "a1b2c3"},
        [
            s(
                ["apigateway:GET"],
                [
                    {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}::/apis/a1b2c3"},
                    {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}::/apis/a1b2c3/*"},
                ],
            )
        ],
        [],
    ),
    (
        "apigateway-create-deployment",
        "arn:aws:states:::aws-sdk:apigateway:createDeployment",
        {"RestApiId": "r1", "StageName": "prod"},
        [
            s(
                ["apigateway:POST"],
                [
                    {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/r1"},
                    {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/r1/*"},
                ],
            )
        ],
        [],
    ),
    (
        "apigateway-list-without-api-id",
        "arn:aws:states:::aws-sdk:apigateway:getRestApis",
        {},
        [
            s(
                ["apigateway:GET"],
                [{"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}::/*"}],
            )
        ],
        ["States.T.Resource"],
    ),
    # --- Redshift Data ---
    (
        "redshift-data-cluster-iam",
        "arn:aws:states:::aws-sdk:redshiftdata:executeStatement",
        {"ClusterIdentifier": "c1", "Database": "dev", "Sql": "select 1"},
        [
            s(["redshift-data:ExecuteStatement"], [a("redshift", "cluster:c1")]),
            s(["redshift:GetClusterCredentialsWithIAM"], [a("redshift", "dbname:c1/dev")]),
        ],
        [],
    ),
    (
        "redshift-data-db-user",
        "arn:aws:states:::aws-sdk:redshiftdata:batchExecuteStatement",
        {"ClusterIdentifier": "c1", "Database": "dev", "DbUser": "etl", "Sqls": []},
        [
            s(["redshift-data:BatchExecuteStatement"], [a("redshift", "cluster:c1")]),
            s(
                ["redshift:GetClusterCredentials"],
                [a("redshift", "dbuser:c1/etl"), a("redshift", "dbname:c1/dev")],
            ),
        ],
        [],
    ),
    (
        "redshift-data-secret",
        "arn:aws:states:::aws-sdk:redshiftdata:executeStatement",
        {"ClusterIdentifier": "c1", "SecretArn": "redshift-creds", "Sql": "select 1"},
        [
            s(["redshift-data:ExecuteStatement"], [a("redshift", "cluster:c1")]),
            s(
                ["secretsmanager:GetSecretValue"],
                [a("secretsmanager", "secret:redshift-creds-??????")],
            ),
        ],
        [],
    ),
    (
        "redshift-data-workgroup-name",
        "arn:aws:states:::aws-sdk:redshiftdata:executeStatement",
        {"WorkgroupName": "wg", "Database": "dev", "Sql": "select 1"},
        [
            s(
                ["redshift-data:ExecuteStatement", "redshift-serverless:GetCredentials"],
                [a("redshift-serverless", "workgroup/*")],
            ),
        ],
        ["States.T.Parameters.WorkgroupName"],
    ),
    *[
        (
            f"redshift-data-{api}",
            f"arn:aws:states:::aws-sdk:redshiftdata:{api}",
            {"Id.$": "$.id"},
            [s([f"redshift-data:{api[0].upper()}{api[1:]}"], ["*"])],
            [],
        )
        for api in ("listStatements", "describeStatement", "getStatementResult", "cancelStatement")
    ],
    # --- CodeBuild beyond startBuild (codebuild-iam) ---
    (
        "codebuild-stop-build-by-id",
        "arn:aws:states:::codebuild:stopBuild",
        {"Id": "build:0f2c"},
        [s(["codebuild:StopBuild"], [a("codebuild", "project/build")])],
        [],
    ),
    (
        "codebuild-batch-delete-dynamic-ids",
        "arn:aws:states:::codebuild:batchDeleteBuilds",
        {"Ids.$": "$.Build..Arn"},
        [s(["codebuild:BatchDeleteBuilds"], [a("codebuild", "project/*")])],
        ["States.T.Parameters.Ids.$"],
    ),
    (
        "codebuild-batch-get-reports",
        "arn:aws:states:::codebuild:batchGetReports",
        {"ReportArns.$": "$.Build.ReportArns"},
        [s(["codebuild:BatchGetReports"], [a("codebuild", "report-group/*")])],
        ["States.T.Parameters.ReportArns.$"],
    ),
    (
        "codebuild-start-build-batch-sync",
        "arn:aws:states:::codebuild:startBuildBatch.sync",
        {"ProjectName": "build"},
        [
            s(
                [
                    "codebuild:StartBuildBatch",
                    "codebuild:StopBuildBatch",
                    "codebuild:BatchGetBuildBatches",
                ],
                [a("codebuild", "project/build")],
            ),
            rule("StepFunctionsGetEventForCodeBuildStartBuildBatchRule"),
        ],
        [],
    ),
    (
        "codebuild-start-build-batch",
        "arn:aws:states:::codebuild:startBuildBatch",
        {"ProjectName": "build"},
        [s(["codebuild:StartBuildBatch"], [a("codebuild", "project/build")])],
        [],
    ),
    (
        "codebuild-retry-build-batch-sync",
        "arn:aws:states:::codebuild:retryBuildBatch.sync",
        {"Id": "build:0f2c"},
        [
            s(
                [
                    "codebuild:RetryBuildBatch",
                    "codebuild:StopBuildBatch",
                    "codebuild:BatchGetBuildBatches",
                ],
                [a("codebuild", "project/build")],
            ),
            rule("StepFunctionsGetEventForCodeBuildStartBuildBatchRule"),
        ],
        [],
    ),
    *[
        (
            f"codebuild-{api}",
            f"arn:aws:states:::codebuild:{api}",
            {"Id": "arn:aws:codebuild:us-east-1:123456789012:build-batch/build:0f2c"},
            [s([f"codebuild:{api[0].upper()}{api[1:]}"], [a("codebuild", "project/build")])],
            [],
        )
        for api in ("stopBuildBatch", "deleteBuildBatch")
    ],
    # --- SageMaker beyond training and transform jobs (sagemaker-iam) ---
    (
        "sagemaker-tuning-sync",
        "arn:aws:states:::sagemaker:createHyperParameterTuningJob.sync",
        {
            "HyperParameterTuningJobName": "Tune",
            "TrainingJobDefinition": {"RoleArn": "arn:aws:iam::123456789012:role/sm"},
        },
        [
            s(
                [
                    "sagemaker:CreateHyperParameterTuningJob",
                    "sagemaker:DescribeHyperParameterTuningJob",
                    "sagemaker:StopHyperParameterTuningJob",
                ],
                [a("sagemaker", "hyper-parameter-tuning-job/tune*")],
            ),
            s(["sagemaker:ListTags"], ["*"]),
            rule("StepFunctionsGetEventsForSageMakerTuningJobsRule"),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/sm"],
                {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "sagemaker-processing-dynamic-name",
        "arn:aws:states:::sagemaker:createProcessingJob",
        {"ProcessingJobName.$": "$.name", "RoleArn": "sm"},
        [
            s(["sagemaker:CreateProcessingJob"], [a("sagemaker", "processing-job/*")]),
            s(["sagemaker:ListTags"], ["*"]),
            s(
                ["iam:PassRole"],
                [{"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/sm"}],
                {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}},
            ),
        ],
        ["States.T.Parameters.ProcessingJobName.$"],
    ),
    (
        "sagemaker-labeling",
        "arn:aws:states:::sagemaker:createLabelingJob",
        {"LabelingJobName": "label", "RoleArn": "arn:aws:iam::123456789012:role/gt"},
        [
            s(["sagemaker:CreateLabelingJob"], [a("sagemaker", "labeling-job/label*")]),
            s(["sagemaker:ListTags"], ["*"]),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/gt"],
                {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "sagemaker-create-model",
        "arn:aws:states:::sagemaker:createModel",
        {"ModelName": "M1", "ExecutionRoleArn": "arn:aws:iam::123456789012:role/sm"},
        [
            s(["sagemaker:CreateModel"], [a("sagemaker", "model/m1*")]),
            s(["sagemaker:ListTags"], ["*"]),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/sm"],
                {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "sagemaker-endpoint-config",
        "arn:aws:states:::sagemaker:createEndpointConfig",
        {"EndpointConfigName": "cfg", "ProductionVariants": []},
        [
            s(["sagemaker:CreateEndpointConfig"], [a("sagemaker", "endpoint-config/cfg")]),
            s(["sagemaker:ListTags"], ["*"]),
        ],
        [],
    ),
    *[
        (
            f"sagemaker-{api}",
            f"arn:aws:states:::sagemaker:{api}",
            {"EndpointName": "ep", "EndpointConfigName": "cfg"},
            [
                s(
                    [f"sagemaker:{api[0].upper()}{api[1:]}"],
                    [a("sagemaker", "endpoint/ep"), a("sagemaker", "endpoint-config/cfg")],
                ),
                s(["sagemaker:ListTags"], ["*"]),
            ],
            [],
        )
        for api in ("createEndpoint", "updateEndpoint")
    ],
    # --- EKS (eks-iam) ---
    (
        "eks-create-cluster-sync",
        "arn:aws:states:::eks:createCluster.sync",
        {"Name": "c", "RoleArn": "arn:aws:iam::123456789012:role/eks"},
        [
            s(["eks:CreateCluster"], ["*"]),
            s(["eks:DescribeCluster", "eks:DeleteCluster"], [a("eks", "cluster/*")]),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/eks"],
                {"StringEquals": {"iam:PassedToService": "eks.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "eks-create-nodegroup",
        "arn:aws:states:::eks:createNodegroup",
        {"ClusterName": "c", "NodegroupName": "n", "NodeRole": "arn:aws:iam::123456789012:role/n"},
        [
            s(["eks:CreateNodegroup", "ec2:DescribeSubnets"], ["*"]),
            s(["eks:DescribeNodegroup", "eks:DeleteNodegroup"], [a("eks", "nodegroup/c/n/*")]),
            s(
                ["iam:GetRole", "iam:ListAttachedRolePolicies"],
                [{"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*"}],
            ),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/n"],
                {"StringEquals": {"iam:PassedToService": "eks.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "eks-delete-cluster",
        "arn:aws:states:::eks:deleteCluster.sync",
        {"Name": "ExampleCluster"},
        [s(["eks:DeleteCluster", "eks:DescribeCluster"], [a("eks", "cluster/ExampleCluster")])],
        [],
    ),
    (
        "eks-delete-nodegroup",
        "arn:aws:states:::eks:deleteNodegroup",
        {"ClusterName": "ExampleCluster", "NodegroupName": "ExampleNodegroup"},
        [
            s(
                ["eks:DeleteNodegroup", "eks:DescribeNodegroup"],
                [a("eks", "nodegroup/ExampleCluster/ExampleNodegroup/*")],
            )
        ],
        [],
    ),
    (
        "eks-run-job",
        "arn:aws:states:::eks:runJob.sync",
        {"ClusterName": "c", "Namespace": "default", "Job": {}},
        [s(["eks:DescribeCluster"], [a("eks", "cluster/c")])],
        [],
    ),
    # --- EMR on EKS (emr-eks-iam) ---
    (
        "emr-containers-create-virtual-cluster",
        "arn:aws:states:::emr-containers:createVirtualCluster",
        {"Name": "vc"},
        [
            s(["emr-containers:CreateVirtualCluster"], ["*"]),
            s(
                ["iam:CreateServiceLinkedRole"],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
                        "aws-service-role/emr-containers.amazonaws.com/"
                        "AWSServiceRoleForAmazonEMRContainers"
                    }
                ],
                {"StringLike": {"iam:AWSServiceName": "emr-containers.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "emr-containers-delete-virtual-cluster-sync",
        "arn:aws:states:::emr-containers:deleteVirtualCluster.sync",
        {"Id": "vc1"},
        [
            s(
                ["emr-containers:DeleteVirtualCluster", "emr-containers:DescribeVirtualCluster"],
                [a("emr-containers", "/virtualclusters/vc1")],
            )
        ],
        [],
    ),
    (
        "emr-containers-start-job-run-sync",
        "arn:aws:states:::emr-containers:startJobRun.sync",
        {"VirtualClusterId": "vc1", "ExecutionRoleArn": "arn:aws:iam::123456789012:role/job"},
        [
            s(
                ["emr-containers:StartJobRun"],
                [a("emr-containers", "/virtualclusters/vc1")],
                {
                    "StringEquals": {
                        "emr-containers:ExecutionRoleArn": "arn:aws:iam::123456789012:role/job"
                    }
                },
            ),
            s(
                ["emr-containers:DescribeJobRun", "emr-containers:CancelJobRun"],
                [a("emr-containers", "/virtualclusters/vc1/jobruns/*")],
            ),
        ],
        [],
    ),
    # --- EMR Serverless (emr-serverless-iam) ---
    (
        "emr-serverless-create-application-sync",
        "arn:aws:states:::emr-serverless:createApplication.sync",
        {"Name": "app", "ReleaseLabel": "emr-7.0.0", "Type": "SPARK"},
        [
            s(["emr-serverless:CreateApplication"], [a("emr-serverless", "/*")]),
            s(
                ["emr-serverless:GetApplication", "emr-serverless:DeleteApplication"],
                [a("emr-serverless", "/applications/*")],
            ),
            s(
                ["iam:CreateServiceLinkedRole"],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
                        "aws-service-role/ops.emr-serverless.amazonaws.com/"
                        "AWSServiceRoleForAmazonEMRServerless"
                    }
                ],
                {"StringLike": {"iam:AWSServiceName": "ops.emr-serverless.amazonaws.com"}},
            ),
            rule("StepFunctionsGetEventsForEMRServerlessApplicationRule"),
        ],
        [],
    ),
    (
        "emr-serverless-start-job-run-sync",
        "arn:aws:states:::emr-serverless:startJobRun.sync",
        {"ApplicationId": "app1", "ExecutionRoleArn": "arn:aws:iam::123456789012:role/job"},
        [
            s(["emr-serverless:StartJobRun"], [a("emr-serverless", "/applications/app1")]),
            s(
                ["emr-serverless:GetJobRun", "emr-serverless:CancelJobRun"],
                [a("emr-serverless", "/applications/app1/jobruns/*")],
            ),
            rule("StepFunctionsGetEventsForEMRServerlessJobRule"),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/job"],
                {"StringEquals": {"iam:PassedToService": "emr-serverless.amazonaws.com"}},
            ),
        ],
        [],
    ),
    (
        "emr-serverless-stop-application",
        "arn:aws:states:::emr-serverless:stopApplication",
        {"ApplicationId.$": "$.app"},
        [s(["emr-serverless:StopApplication"], [a("emr-serverless", "/applications/*")])],
        ["States.T.Parameters.ApplicationId.$"],
    ),
    # --- Glue DataBrew, MediaConvert ---
    (
        "databrew-start-job-run-sync",
        "arn:aws:states:::databrew:startJobRun.sync",
        {"Name": "clean"},
        [
            s(
                ["databrew:StartJobRun", "databrew:ListJobRuns", "databrew:StopJobRun"],
                [a("databrew", "job/clean")],
            )
        ],
        [],
    ),
    (
        "mediaconvert-create-job-sync",
        "arn:aws:states:::mediaconvert:createJob.sync",
        {"Role": "arn:aws:iam::123456789012:role/mc", "Settings": {}},
        [
            s(
                ["mediaconvert:CreateJob"],
                [
                    a("mediaconvert", "queues/*"),
                    a("mediaconvert", "presets/*"),
                    a("mediaconvert", "jobTemplates/*"),
                ],
            ),
            s(["mediaconvert:GetJob", "mediaconvert:CancelJob"], [a("mediaconvert", "jobs/*")]),
            rule("StepFunctionsGetEventsForMediaConvertJobRule"),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/mc"],
                {"StringEquals": {"iam:PassedToService": "mediaconvert.amazonaws.com"}},
            ),
        ],
        [],
    ),
    # --- Bedrock model forms and customization ---
    (
        "bedrock-cross-region-inference-profile-id",
        "arn:aws:states:::bedrock:invokeModel",
        {"ModelId": "us.anthropic.claude-3-haiku-20240307-v1:0", "Body": {}},
        [
            s(
                ["bedrock:InvokeModel"],
                [
                    a("bedrock", "inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0"),
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:bedrock:*::foundation-model/"
                        "anthropic.claude-3-haiku-20240307-v1:0"
                    },
                ],
            )
        ],
        [],
    ),
    (
        "bedrock-s3-input-and-output",
        "arn:aws:states:::bedrock:invokeModel",
        {
            "ModelId": "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1",
            "Input": {"S3Uri": "s3://in/prompt.json"},
            "Output": {"S3Uri": "s3://out/answers/"},
        },
        [
            s(
                ["bedrock:InvokeModel"],
                ["arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1"],
            ),
            s(["s3:GetObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::in/prompt.json"}]),
            s(["s3:PutObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::out/answers/*"}]),
        ],
        [],
    ),
    (
        "bedrock-dynamic-model",
        "arn:aws:states:::bedrock:invokeModel",
        {"ModelId.$": "$.model"},
        [
            s(
                ["bedrock:InvokeModel"],
                [{"Fn::Sub": "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/*"}],
            )
        ],
        ["States.T.Parameters.ModelId.$"],
    ),
    (
        "bedrock-model-customization-sync",
        "arn:aws:states:::bedrock:createModelCustomizationJob.sync",
        {
            "JobName": "tune",
            "BaseModelIdentifier": "amazon.titan-text-lite-v1",
            "RoleArn": "arn:aws:iam::123456789012:role/br",
        },
        [
            # The base model's foundation-model ARN and the custom model the job makes (the
            # reference lists no job resource for CreateModelCustomizationJob).
            s(
                ["bedrock:CreateModelCustomizationJob"],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:bedrock:${AWS::Region}::"
                        "foundation-model/amazon.titan-text-lite-v1"
                    },
                    a("bedrock", "custom-model/*"),
                ],
            ),
            s(
                ["bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob"],
                [a("bedrock", "model-customization-job/tune")],
            ),
            s(
                ["iam:PassRole"],
                ["arn:aws:iam::123456789012:role/br"],
                {"StringEquals": {"iam:PassedToService": "bedrock.amazonaws.com"}},
            ),
        ],
        [],
    ),
    # --- API Gateway (api-gateway-iam) ---
    (
        "apigateway-iam-role",
        "arn:aws:states:::apigateway:invoke",
        {
            "ApiEndpoint": "abc123.execute-api.eu-west-1.amazonaws.com",
            "Method": "GET",
            "Stage": "prod",
            "Path": "/pets",
            "AuthType": "IAM_ROLE",
        },
        [
            s(
                ["execute-api:Invoke"],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:execute-api:eu-west-1:"
                        "${AWS::AccountId}:abc123/prod/GET/pets"
                    }
                ],
            )
        ],
        [],
    ),
    (
        "apigateway-no-auth-needs-nothing",
        "arn:aws:states:::apigateway:invoke.waitForTaskToken",
        {"ApiEndpoint": "abc123.execute-api.eu-west-1.amazonaws.com", "Method": "GET"},
        [],
        [],
    ),
    # --- Step Functions versions and aliases ---
    (
        "states-start-execution-alias-sync",
        "arn:aws:states:::states:startExecution.sync:2",
        {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child:prod"},
        [
            # Authorized on the unqualified ARN, the alias by the qualifier condition key
            # (https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html).
            s(
                ["states:StartExecution"],
                ["arn:aws:states:us-east-1:123456789012:stateMachine:child"],
                {"StringEquals": {"states:StateMachineQualifier": "prod"}},
            ),
            s(
                ["states:DescribeExecution", "states:StopExecution"],
                ["arn:aws:states:us-east-1:123456789012:execution:child:*"],
            ),
            rule("StepFunctionsGetEventsForStepFunctionsExecutionRule"),
        ],
        [],
    ),
    (
        "states-start-execution-version",
        "arn:aws:states:::states:startExecution",
        {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child:3"},
        [
            s(
                ["states:StartExecution"],
                ["arn:aws:states:us-east-1:123456789012:stateMachine:child"],
                {"StringEquals": {"states:StateMachineQualifier": "3"}},
            )
        ],
        [],
    ),
    # --- Activities need nothing from the role ---
    ("activity", "arn:aws:states:us-east-1:123456789012:activity:approve", None, [], []),
]


@pytest.mark.parametrize(
    ("resource", "params", "expected", "warnings"),
    [pytest.param(r, p, e, w, id=i) for i, r, p, e, w in CASES],
)
def test_integration(resource: str, params: Any, expected: list[Any], warnings: list[str]) -> None:
    ctx = IamContext(
        substitutions=SUBS,
        resource_types=TYPES,
        state_machine_name="main",
        pass_roles={"web:3": ({"Fn::GetAtt": ["WebTaskRole", "Arn"]},)},
    )
    statements, paths = derive(resource, params, ctx)
    assert statements == expected
    assert paths == warnings


def test_jsonata_arguments_static_and_dynamic() -> None:
    statements, paths = derive(
        "arn:aws:states:::dynamodb:putItem",
        {"TableName": "orders", "Item": "{% $states.input.item %}"},
        jsonata=True,
    )
    assert statements == [s(["dynamodb:PutItem"], [a("dynamodb", "table/orders")])]
    assert paths == []
    statements, paths = derive(
        "arn:aws:states:::lambda:invoke",
        {"FunctionName": "{% $states.input.fn %}"},
        jsonata=True,
    )
    assert statements == [s([INVOKE], [a("lambda", "function:*")])]
    assert paths == ["States.T.Arguments.FunctionName"]


def test_whole_jsonata_arguments_are_dynamic() -> None:
    statements, paths = derive("arn:aws:states:::sns:publish", "{% $states.input %}", jsonata=True)
    assert statements == [s(["sns:Publish"], [a("sns", "*")])]
    assert paths == ["States.T.Arguments"]


def test_partition_normalisation_accepts_other_partitions() -> None:
    statements, _ = derive(
        "arn:aws-cn:states:::sns:publish", {"TopicArn": "arn:aws-cn:sns:cn-north-1:123456789012:t"}
    )
    assert statements == [s(["sns:Publish"], ["arn:aws-cn:sns:cn-north-1:123456789012:t"])]


def test_athena_start_query_sync() -> None:
    statements, paths = derive(
        "arn:aws:states:::athena:startQueryExecution.sync",
        {
            "QueryString": "select 1",
            "WorkGroup": "wg",
            "QueryExecutionContext": {"Database": "sales"},
            "ResultConfiguration": {"OutputLocation": "s3://results/athena/"},
        },
    )
    s3 = "${AWS::Partition}"
    assert statements == [
        s(
            ["athena:StartQueryExecution", "athena:GetQueryExecution", "athena:StopQueryExecution"],
            [a("athena", "workgroup/wg")],
        ),
        s(["athena:GetDataCatalog"], [a("athena", "datacatalog/AwsDataCatalog")]),
        # Reading the query's source data (any bucket) merges with the result-bucket reads;
        # bucket actions are on the result bucket, object actions on the result objects, with
        # s3:ListBucketMultipartUploads as the Step Functions Athena policy lists it.
        s(
            ["s3:GetBucketLocation", "s3:ListBucket"],
            [{"Fn::Sub": f"arn:{s3}:s3:::results"}, {"Fn::Sub": f"arn:{s3}:s3:::*"}],
        ),
        s(["s3:ListBucketMultipartUploads"], [{"Fn::Sub": f"arn:{s3}:s3:::results"}]),
        s(
            ["s3:GetObject"],
            [{"Fn::Sub": f"arn:{s3}:s3:::results/athena/*"}, {"Fn::Sub": f"arn:{s3}:s3:::*"}],
        ),
        s(
            ["s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
            [{"Fn::Sub": f"arn:{s3}:s3:::results/athena/*"}],
        ),
        # Database calls on the catalog and database; table calls on the tables too.
        s(
            ["glue:GetDatabase", "glue:GetDatabases"],
            [a("glue", "catalog"), a("glue", "database/sales")],
        ),
        s(
            [
                "glue:GetTable",
                "glue:GetTables",
                "glue:GetPartition",
                "glue:GetPartitions",
                "glue:BatchGetPartition",
            ],
            [a("glue", "catalog"), a("glue", "database/sales"), a("glue", "table/sales/*")],
        ),
        s(["lakeformation:GetDataAccess"], ["*"]),
    ]
    assert paths == ["States.T.Resource"]


@pytest.mark.parametrize(
    ("api", "expected"),
    [
        ("stopQueryExecution", [s(["athena:StopQueryExecution"], [a("athena", "workgroup/*")])]),
        ("getQueryExecution", [s(["athena:GetQueryExecution"], [a("athena", "workgroup/*")])]),
        (
            "getQueryResults",
            [
                s(["athena:GetQueryResults"], [a("athena", "workgroup/*")]),
                s(["s3:GetObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::*"}]),
            ],
        ),
    ],
)
def test_athena_query_calls(api: str, expected: list[Any]) -> None:
    statements, paths = derive(f"arn:aws:states:::athena:{api}", {"QueryExecutionId.$": "$.id"})
    assert statements == expected
    assert paths == ["States.T.Resource"]


# --- DynamoDB PartiQL (aws-sdk): the verb picks the action, on the table or index ------------
# "IAM security policies with PartiQL for DynamoDB": PartiQLSelect/Insert/Update/Delete on the
# table or index (table/Music, table/Music/index/index1).

SDK_DDB = "arn:aws:states:::aws-sdk:dynamodb:"
MUSIC = a("dynamodb", "table/Music")
PARTIQL_ALL = [
    "dynamodb:PartiQLSelect",
    "dynamodb:PartiQLInsert",
    "dynamodb:PartiQLUpdate",
    "dynamodb:PartiQLDelete",
]


@pytest.mark.parametrize(
    ("statement", "action", "resource"),
    [
        ('SELECT * FROM "Music" WHERE Artist = ?', "PartiQLSelect", MUSIC),
        ("select * from Music where Artist = ?", "PartiQLSelect", MUSIC),
        (
            'SELECT * FROM "Music"."index1" WHERE Genre = ?',
            "PartiQLSelect",
            a("dynamodb", "table/Music/index/index1"),
        ),
        (
            "SELECT Title FROM Music.index1 WHERE Genre = ?",
            "PartiQLSelect",
            a("dynamodb", "table/Music/index/index1"),
        ),
        ("SELECT \"from\", 'a FROM b' FROM Music", "PartiQLSelect", MUSIC),
        ("INSERT INTO \"Music\" VALUE {'Artist': ?, 'SongTitle': ?}", "PartiQLInsert", MUSIC),
        ("insert into Music value {'Artist': ?}", "PartiQLInsert", MUSIC),
        ('UPDATE "Music" SET AwardsWon = 1 WHERE Artist = ?', "PartiQLUpdate", MUSIC),
        ("Update Music Set AwardsWon = 1 Where Artist = ?", "PartiQLUpdate", MUSIC),
        ('DELETE FROM "Music" WHERE Artist = ?', "PartiQLDelete", MUSIC),
        ("  delete from Music where Artist = ?", "PartiQLDelete", MUSIC),
        ('SELECT * FROM "my.table"', "PartiQLSelect", a("dynamodb", "table/my.table")),
        (
            'SELECT * FROM "${Table}" WHERE pk = ?',
            "PartiQLSelect",
            {"Fn::GetAtt": ["Orders", "Arn"]},
        ),
    ],
)
def test_partiql_statement_picks_action_and_table(
    statement: str, action: str, resource: Any
) -> None:
    statements, paths = derive(f"{SDK_DDB}executeStatement", {"Statement": statement}, CTX)
    assert statements == [s([f"dynamodb:{action}"], [resource])]
    assert paths == []


def test_partiql_batch_grants_each_statement() -> None:
    statements, paths = derive(
        f"{SDK_DDB}batchExecuteStatement",
        {
            "Statements": [
                {"Statement": "SELECT * FROM Music WHERE Artist = ?"},
                {"Statement": "UPDATE Albums SET Sold = 1 WHERE Id = ?"},
                {"Statement": "SELECT * FROM Albums WHERE Id = ?"},
            ]
        },
    )
    assert statements == [
        s(["dynamodb:PartiQLSelect"], [MUSIC, a("dynamodb", "table/Albums")]),
        s(["dynamodb:PartiQLUpdate"], [a("dynamodb", "table/Albums")]),
    ]
    assert paths == []


def test_partiql_transaction_exists_reads_the_item() -> None:
    statements, paths = derive(
        f"{SDK_DDB}executeTransaction",
        {
            "TransactStatements": [
                {"Statement": 'EXISTS(SELECT * FROM "Stock" WHERE Sku = ? AND Count > 0)'},
                {"Statement": "exists (select * from Stock where Sku = ?)"},
                {"Statement": "INSERT INTO Orders VALUE {'Id': ?}"},
            ]
        },
    )
    assert statements == [
        s(["dynamodb:PartiQLSelect"], [a("dynamodb", "table/Stock")]),
        s(["dynamodb:PartiQLInsert"], [a("dynamodb", "table/Orders")]),
    ]
    assert paths == []


@pytest.mark.parametrize(
    ("api", "params", "jsonata", "path"),
    [
        ("executeStatement", {"Statement.$": "$.query"}, False, "Parameters.Statement.$"),
        ("executeStatement", {"Statement": "{% $states.input.q %}"}, True, "Arguments.Statement"),
        ("batchExecuteStatement", {"Statements.$": "$.batch"}, False, "Parameters.Statements.$"),
        (
            "executeTransaction",
            {"TransactStatements": [{"Statement": "DELETE FROM Music"}, {"Statement.$": "$.q"}]},
            False,
            "Parameters.TransactStatements[1].Statement.$",
        ),
        (
            "batchExecuteStatement",
            {"Statements": ["{% $states.input.one %}"]},
            True,
            "Arguments.Statements[0]",
        ),
    ],
)
def test_partiql_statement_chosen_at_run_time_grants_all_four_on_every_table(
    api: str, params: Any, jsonata: bool, path: str
) -> None:
    result = derive_statements(
        {
            "QueryLanguage": "JSONata" if jsonata else "JSONPath",
            "StartAt": "Query",
            "States": {
                "Query": {
                    "Type": "Task",
                    "Resource": f"{SDK_DDB}{api}",
                    "Arguments" if jsonata else "Parameters": params,
                    "End": True,
                }
            },
        }
    )
    every = json.dumps(a("dynamodb", "table/*"))
    granted = {
        action
        for st in result.statements
        for action in json.loads(st.to_json())["Action"]
        if every in (json.dumps(r) for r in json.loads(st.to_json())["Resource"])
    }
    assert granted == set(PARTIQL_ALL)
    [warning] = result.warnings
    assert warning.path == f"States.Query.{path}"
    field = path.removesuffix(".$").rsplit(".", 1)[-1]
    assert warning.message.startswith(
        f"{field} is chosen at run time, so dynamodb:PartiQLDelete/dynamodb:PartiQLInsert/"
        "dynamodb:PartiQLSelect/dynamodb:PartiQLUpdate is granted on every table and index"
    )


@pytest.mark.parametrize(
    ("params", "message", "path"),
    [
        (
            {"Statement": "DROP TABLE Music"},
            "cannot tell which table the PartiQL statement 'DROP TABLE Music' uses: expected "
            "SELECT ... FROM <table>[.<index>], INSERT INTO <table>, UPDATE <table>, DELETE FROM "
            "<table> or EXISTS(SELECT ... FROM <table>); correct the statement, or grant it with "
            "extra_statements and add 'T' to covered_states (an option of App.add and IamContext)",
            "States.T.Parameters.Statement",
        ),
        (
            {"Statement": "SELECT * FROM Music."},
            "cannot tell which table the PartiQL statement 'SELECT * FROM Music.' uses",
            "States.T.Parameters.Statement",
        ),
        (
            {"Statement": 42},
            "expected a PartiQL statement (a string), got 42",
            "States.T.Parameters.Statement",
        ),
        (
            {},
            "aws-sdk:dynamodb:executeStatement needs Statement to know which resource it uses",
            "States.T.Parameters.Statement",
        ),
    ],
)
def test_partiql_unreadable_statement_is_an_error(params: Any, message: str, path: str) -> None:
    with pytest.raises(IamDerivationError) as info:
        derive(f"{SDK_DDB}executeStatement", params)
    [problem] = info.value.problems
    assert problem.message.startswith(message)
    assert problem.path == path


def test_partiql_statement_list_of_wrong_shape_is_an_error() -> None:
    with pytest.raises(IamDerivationError) as info:
        derive(f"{SDK_DDB}executeTransaction", {"TransactStatements": ["SELECT * FROM t"]})
    [problem] = info.value.problems
    assert problem.message == "expected an object with Statement, got 'SELECT * FROM t'"
    assert problem.path == "States.T.Parameters.TransactStatements[0]"


# --- Lambda management calls (aws-sdk) ---------------------------------------------------------
# Lambda developer guide, "Fine-tuning the Resources and Conditions sections of policies":
# CreateFunction, UpdateFunctionConfiguration, UpdateFunctionCode, GetFunction ... act on the
# function; CreateEventSourceMapping on "*" with the lambda:FunctionArn condition;
# Update/DeleteEventSourceMapping on the event source mapping. CreateFunction and
# UpdateFunctionConfiguration need iam:PassRole on the execution role (Lambda's "Execution role"
# page), passed to lambda.amazonaws.com.

SDK_LAMBDA = "arn:aws:states:::aws-sdk:lambda:"
HELLO = a("lambda", "function:hello")
TO_LAMBDA = {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}
ROLE = "arn:aws:iam::123456789012:role/hello-exec"


@pytest.mark.parametrize(
    ("api", "params", "expected"),
    [
        (
            "createFunction",
            {"FunctionName": "hello", "Role": ROLE, "Code": {"S3Bucket": "b", "S3Key": "k"}},
            [s(["lambda:CreateFunction"], [HELLO]), s(["iam:PassRole"], [ROLE], TO_LAMBDA)],
        ),
        (
            "updateFunctionConfiguration",
            {"FunctionName": FN, "Role": ROLE, "MemorySize": 512},
            [
                s(["lambda:UpdateFunctionConfiguration"], [FN]),
                s(["iam:PassRole"], [ROLE], TO_LAMBDA),
            ],
        ),
        (
            "updateFunctionConfiguration",
            {"FunctionName": "hello", "Timeout": 30},
            [s(["lambda:UpdateFunctionConfiguration"], [HELLO])],
        ),
        (
            "updateFunctionCode",
            {"FunctionName": "${FnRef}", "S3Bucket": "b", "S3Key": "k"},
            [s(["lambda:UpdateFunctionCode"], [a("lambda", "function:${Hello}")])],
        ),
        (
            "getFunction",
            {"FunctionName": "hello", "Qualifier": "prod"},
            [s(["lambda:GetFunction"], [HELLO, a("lambda", "function:hello:*")])],
        ),
        (
            "publishVersion",
            {"FunctionName": "${Fn}"},
            [s(["lambda:PublishVersion"], [{"Fn::GetAtt": ["Hello", "Arn"]}])],
        ),
        (
            "createEventSourceMapping",
            {"FunctionName": "hello", "EventSourceArn": "arn:aws:sqs:us-east-1:123456789012:q"},
            [
                s(
                    ["lambda:CreateEventSourceMapping"],
                    ["*"],
                    {"ArnLike": {"lambda:FunctionArn": [HELLO, a("lambda", "function:hello:*")]}},
                )
            ],
        ),
        (
            "deleteEventSourceMapping",
            {"UUID": "14e0db71-5d35-4eb5-b481-8945cf9d10c2"},
            [
                s(
                    ["lambda:DeleteEventSourceMapping"],
                    [a("lambda", "event-source-mapping:14e0db71-5d35-4eb5-b481-8945cf9d10c2")],
                )
            ],
        ),
    ],
)
def test_lambda_management_calls(api: str, params: Any, expected: list[Any]) -> None:
    statements, paths = derive(f"{SDK_LAMBDA}{api}", params, CTX)
    assert statements == expected
    assert paths == []


@pytest.mark.parametrize(
    ("api", "params", "expected", "warning"),
    [
        (
            "updateFunctionCode",
            {"FunctionName.$": "$.fn", "ZipFile.$": "$.zip"},
            [s(["lambda:UpdateFunctionCode"], [a("lambda", "function:*")])],
            "States.T.Parameters.FunctionName.$",
        ),
        (
            "createEventSourceMapping",
            {"FunctionName.$": "$.fn", "EventSourceArn": "arn:aws:sqs:us-east-1:123456789012:q"},
            [s(["lambda:CreateEventSourceMapping"], ["*"])],
            "States.T.Parameters.FunctionName.$",
        ),
        (
            "updateEventSourceMapping",
            {"UUID.$": "$.uuid", "Enabled": False},
            [s(["lambda:UpdateEventSourceMapping"], [a("lambda", "event-source-mapping:*")])],
            "States.T.Parameters.UUID.$",
        ),
        (
            "createFunction",
            {"FunctionName": "hello", "Role.$": "$.role", "Code": {"ZipFile.$": "$.zip"}},
            [
                s(["lambda:CreateFunction"], [HELLO]),
                s(
                    ["iam:PassRole"],
                    [{"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*"}],
                    TO_LAMBDA,
                ),
            ],
            "States.T.Parameters.Role.$",
        ),
    ],
)
def test_lambda_management_target_chosen_at_run_time(
    api: str, params: Any, expected: list[Any], warning: str
) -> None:
    statements, paths = derive(f"{SDK_LAMBDA}{api}", params, CTX)
    assert statements == expected
    assert paths == [warning]


# --- iam:PassRole for roles handed to a service by aws-sdk calls ----------------------------
# The IAM User Guide ("Granting a user permissions to pass a role to an AWS service"): the
# caller needs iam:PassRole on the role, and iam:PassedToService names the service principal
# the role is passed to.

SDK = "arn:aws:states:::aws-sdk:"


def role_arn(name: str) -> dict[str, str]:
    return {"Fn::Sub": f"arn:${{AWS::Partition}}:iam::${{AWS::AccountId}}:role/{name}"}


def passed_to(service: str) -> dict[str, Any]:
    return {"StringEquals": {"iam:PassedToService": service}}


@pytest.mark.parametrize(
    ("resource", "params", "roles", "condition"),
    [
        (
            "glue:createJob",
            {"Name": "etl", "Role": "glue-etl", "Command": {"Name": "glueetl"}},
            [role_arn("glue-etl")],
            passed_to("glue.amazonaws.com"),
        ),
        (
            "sfn:createStateMachine",
            {"Name": "m", "Definition": "{}", "RoleArn": "arn:aws:iam::123456789012:role/sm"},
            ["arn:aws:iam::123456789012:role/sm"],
            passed_to("states.amazonaws.com"),
        ),
        (
            "sagemaker:createModel",
            {"ModelName": "m", "ExecutionRoleArn": "arn:aws:iam::123456789012:role/sm-exec"},
            ["arn:aws:iam::123456789012:role/sm-exec"],
            passed_to("sagemaker.amazonaws.com"),
        ),
        (
            "codebuild:createProject",
            {"Name": "p", "ServiceRole": "arn:aws:iam::123456789012:role/cb"},
            ["arn:aws:iam::123456789012:role/cb"],
            passed_to("codebuild.amazonaws.com"),
        ),
        (
            "ecs:registerTaskDefinition",
            {
                "Family": "web",
                "TaskRoleArn": "arn:aws:iam::123456789012:role/task",
                "ExecutionRoleArn": "arn:aws:iam::123456789012:role/exec",
            },
            ["arn:aws:iam::123456789012:role/task", "arn:aws:iam::123456789012:role/exec"],
            passed_to("ecs-tasks.amazonaws.com"),
        ),
        (
            "eks:createFargateProfile",
            {
                "ClusterName": "c",
                "FargateProfileName": "f",
                "PodExecutionRoleArn": "arn:aws:iam::123456789012:role/pods",
            },
            ["arn:aws:iam::123456789012:role/pods"],
            passed_to("eks-fargate-pods.amazonaws.com"),
        ),
        (
            "firehose:createDeliveryStream",
            {
                "DeliveryStreamName": "s",
                "S3DestinationConfiguration": {
                    "RoleARN": "arn:aws:iam::123456789012:role/fh",
                    "BucketARN": "arn:aws:s3:::b",
                },
            },
            ["arn:aws:iam::123456789012:role/fh"],
            passed_to("firehose.amazonaws.com"),
        ),
        (
            "lakeformation:registerResource",
            {"ResourceArn": "arn:aws:s3:::b", "RoleArn": "arn:aws:iam::123456789012:role/lf"},
            ["arn:aws:iam::123456789012:role/lf"],
            None,
        ),
    ],
)
def test_sdk_call_passing_a_role_gets_pass_role(
    resource: str, params: Any, roles: list[Any], condition: Any
) -> None:
    statements, _ = derive(f"{SDK}{resource}", params)
    assert s(["iam:PassRole"], roles, condition) in statements
    assert sum("iam:PassRole" in st["Action"] for st in statements) == 1


def test_put_targets_passes_each_target_role_to_eventbridge() -> None:
    statements, paths = derive(
        f"{SDK}eventbridge:putTargets",
        {
            "Rule": "nightly",
            "Targets": [
                {"Id": "a", "Arn": "arn:aws:sqs:us-east-1:123456789012:q"},
                {
                    "Id": "b",
                    "Arn": "arn:aws:states:us-east-1:123456789012:stateMachine:m",
                    "RoleArn": "arn:aws:iam::123456789012:role/events-to-sfn",
                },
            ],
        },
    )
    assert statements == [
        s(["events:PutTargets"], [a("events", "rule/nightly")]),
        s(
            ["iam:PassRole"],
            ["arn:aws:iam::123456789012:role/events-to-sfn"],
            passed_to("events.amazonaws.com"),
        ),
    ]
    assert paths == []


def test_ref_to_a_role_passes_its_arn() -> None:
    ctx = IamContext(
        substitutions={"ExecRole": {"Ref": "HelloRole"}},
        resource_types={"HelloRole": "AWS::IAM::Role"},
    )
    statements, _ = derive(
        f"{SDK_LAMBDA}updateFunctionConfiguration",
        {"FunctionName": "hello", "Role": "${ExecRole}"},
        ctx,
    )
    assert statements[1] == s(["iam:PassRole"], [{"Fn::GetAtt": ["HelloRole", "Arn"]}], TO_LAMBDA)


def test_role_chosen_at_run_time_jsonata() -> None:
    statements, paths = derive(
        f"{SDK}glue:createJob",
        {"Name": "etl", "Role": "{% $states.input.role %}", "Command": {"Name": "glueetl"}},
        jsonata=True,
    )
    assert s(["iam:PassRole"], [role_arn("*")], passed_to("glue.amazonaws.com")) in statements
    # The job is named: glue:CreateJob is granted on job/etl, only the role is warned about.
    assert s(["glue:CreateJob"], [a("glue", "job/etl")]) in statements
    assert paths == ["States.T.Arguments.Role"]


@pytest.mark.parametrize(
    ("resource", "params"),
    [
        # A role that is assumed, filtered on or forgotten is not passed on.
        ("sts:assumeRole", {"RoleArn": "arn:aws:iam::123456789012:role/x", "RoleSessionName": "s"}),
        ("iam:getRole", {"RoleName": "x"}),
        ("sagemaker:listTrainingJobs", {"RoleArn": "arn:aws:iam::123456789012:role/x"}),
        ("glue:deleteJob", {"JobName": "etl"}),
        ("ec2:describeInstances", {}),
    ],
)
def test_sdk_calls_that_pass_no_role_get_no_pass_role(resource: str, params: Any) -> None:
    statements, _ = derive(f"{SDK}{resource}", params)
    assert all("iam:PassRole" not in st["Action"] for st in statements)


# --- Resources of common aws-sdk calls ----------------------------------------------------------
# Each ARN is the resource type the AWS Service Authorization Reference lists for the IAM action
# (kinesis stream/<name>, firehose deliverystream/<name>, logs log-group:<name> and
# log-group:<name>:log-stream:<stream>, states execution:/stateMachine:/activity:, ecr
# repository/<name>, ecs service/<cluster>/<service> and task/<cluster>/<id>, glue job/ and
# crawler/, athena workgroup/, codebuild project/, rds db: and cluster:, ec2 instance/<id>).

ACCOUNT_ARN = "arn:aws:{service}:us-east-1:123456789012:{resource}"
SDK_CASES: list[tuple[str, str, Any, list[dict[str, Any]], list[str]]] = [
    (
        "kinesis-stream-name",
        "kinesis:putRecord",
        {"StreamName": "clicks", "Data": "x", "PartitionKey": "k"},
        [s(["kinesis:PutRecord"], [a("kinesis", "stream/clicks")])],
        [],
    ),
    (
        "kinesis-stream-arn-first",
        "kinesis:putRecords",
        {"StreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/clicks", "Records": []},
        [s(["kinesis:PutRecords"], ["arn:aws:kinesis:us-east-1:123456789012:stream/clicks"])],
        [],
    ),
    (
        "kinesis-get-records-by-iterator-only",
        "kinesis:getRecords",
        {"ShardIterator.$": "$.iterator"},
        [s(["kinesis:GetRecords"], [a("kinesis", "stream/*")])],
        ["States.T.Parameters.StreamARN"],
    ),
    (
        "kinesis-shard-iterator-of-a-ref",
        "kinesis:getShardIterator",
        {"StreamName": "${Stream}", "ShardId": "0", "ShardIteratorType": "LATEST"},
        [s(["kinesis:GetShardIterator"], [a("kinesis", "stream/${Clicks}")])],
        [],
    ),
    (
        "firehose-delivery-stream",
        "firehose:putRecordBatch",
        {"DeliveryStreamName": "events", "Records": []},
        [s(["firehose:PutRecordBatch"], [a("firehose", "deliverystream/events")])],
        [],
    ),
    (
        "logs-put-log-events-on-the-stream",
        "cloudwatchlogs:putLogEvents",
        {"LogGroupName": "/app/orders", "LogStreamName": "run-1", "LogEvents": []},
        [s(["logs:PutLogEvents"], [a("logs", "log-group:/app/orders:log-stream:run-1")])],
        [],
    ),
    (
        "logs-create-log-stream-chosen-at-run-time",
        "cloudwatchlogs:createLogStream",
        {"LogGroupName": "/app/orders", "LogStreamName.$": "$$.Execution.Name"},
        [s(["logs:CreateLogStream"], [a("logs", "log-group:/app/orders:log-stream:*")])],
        ["States.T.Parameters.LogStreamName.$"],
    ),
    (
        "logs-stream-in-a-group-given-by-arn",
        "cloudwatchlogs:getLogEvents",
        {
            "LogGroupIdentifier": "arn:aws:logs:us-east-1:123456789012:log-group:/app/x",
            "LogStreamName": "s",
        },
        [s(["logs:GetLogEvents"], [a("logs", "log-group:/app/x:log-stream:s")])],
        [],
    ),
    (
        "logs-filter-log-events-on-the-group",
        "cloudwatchlogs:filterLogEvents",
        {"LogGroupName": "/app/orders", "FilterPattern": "ERROR"},
        [
            s(
                ["logs:FilterLogEvents"],
                [a("logs", "log-group:/app/orders"), a("logs", "log-group:/app/orders:*")],
            )
        ],
        [],
    ),
    (
        "logs-start-query-on-each-group",
        "cloudwatchlogs:startQuery",
        {
            "LogGroupNames": ["a", "b"],
            "QueryString": "fields @message",
            "StartTime": 0,
            "EndTime": 1,
        },
        [
            s(
                ["logs:StartQuery"],
                [
                    a("logs", "log-group:a"),
                    a("logs", "log-group:b"),
                    a("logs", "log-group:a:*"),
                    a("logs", "log-group:b:*"),
                ],
            )
        ],
        [],
    ),
    (
        "eventbridge-put-events-default-bus",
        "eventbridge:putEvents",
        {"Entries": [{"Source": "app", "DetailType": "done", "Detail": "{}"}]},
        [s(["events:PutEvents"], [a("events", "event-bus/default")])],
        [],
    ),
    (
        "eventbridge-put-events-bus-arn-and-name",
        "eventbridge:putEvents",
        {
            "Entries": [
                {"EventBusName": "arn:aws:events:us-east-1:123456789012:event-bus/orders"},
                {"EventBusName": "audit"},
            ]
        },
        [
            s(
                ["events:PutEvents"],
                [
                    "arn:aws:events:us-east-1:123456789012:event-bus/orders",
                    a("events", "event-bus/audit"),
                ],
            )
        ],
        [],
    ),
    (
        "sfn-describe-execution",
        "sfn:describeExecution",
        {"ExecutionArn": "arn:aws:states:us-east-1:123456789012:execution:child:run-1"},
        [
            s(
                ["states:DescribeExecution"],
                ["arn:aws:states:us-east-1:123456789012:execution:child:run-1"],
            )
        ],
        [],
    ),
    (
        "sfn-stop-execution-chosen-at-run-time",
        "sfn:stopExecution",
        {"ExecutionArn.$": "$.execution"},
        [s(["states:StopExecution"], [a("states", "execution:*")])],
        ["States.T.Parameters.ExecutionArn.$"],
    ),
    (
        "sfn-describe-state-machine-ref",
        "sfn:describeStateMachine",
        {"StateMachineArn": "${Machine}"},
        [s(["states:DescribeStateMachine"], [{"Ref": "Child"}])],
        [],
    ),
    (
        "sfn-start-sync-execution",
        "sfn:startSyncExecution",
        {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:express"},
        [
            s(
                ["states:StartSyncExecution"],
                ["arn:aws:states:us-east-1:123456789012:stateMachine:express"],
            )
        ],
        [],
    ),
    (
        "sfn-send-task-success-names-no-resource",
        "sfn:sendTaskSuccess",
        {"TaskToken.$": "$.token", "Output": "{}"},
        [s(["states:SendTaskSuccess"], ["*"])],
        [],
    ),
    (
        "ecr-repository-in-another-registry",
        "ecr:batchGetImage",
        {"RepositoryName": "app", "RegistryId": "111122223333", "ImageIds": []},
        [
            s(
                ["ecr:BatchGetImage"],
                [
                    {
                        "Fn::Sub": "arn:${AWS::Partition}:ecr:${AWS::Region}:111122223333:"
                        "repository/app"
                    }
                ],
            )
        ],
        [],
    ),
    (
        "ecr-describe-every-repository",
        "ecr:describeRepositories",
        {},
        [s(["ecr:DescribeRepositories"], [a("ecr", "repository/*")])],
        [],
    ),
    (
        "ecr-authorization-token-names-no-resource",
        "ecr:getAuthorizationToken",
        {},
        [s(["ecr:GetAuthorizationToken"], ["*"])],
        [],
    ),
    (
        "ecs-update-service-on-the-default-cluster",
        "ecs:updateService",
        {"Service": "web", "DesiredCount": 0},
        [s(["ecs:UpdateService"], [a("ecs", "service/default/web")])],
        [],
    ),
    (
        "ecs-describe-services-of-a-cluster-arn",
        "ecs:describeServices",
        {
            "Cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
            "Services": ["web", "arn:aws:ecs:us-east-1:123456789012:service/prod/api"],
        },
        [
            s(
                ["ecs:DescribeServices"],
                [
                    a("ecs", "service/prod/web"),
                    "arn:aws:ecs:us-east-1:123456789012:service/prod/api",
                ],
            )
        ],
        [],
    ),
    (
        "ecs-stop-task-in-a-getatt-cluster",
        "ecs:stopTask",
        {"Cluster": "${ClusterArn}", "Task.$": "$.task"},
        [
            s(
                ["ecs:StopTask"],
                [
                    {
                        "Fn::Sub": [
                            "arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task/"
                            "${V0}/*",
                            {
                                "V0": {
                                    "Fn::Select": [
                                        1,
                                        {"Fn::Split": ["/", {"Fn::GetAtt": ["Prod", "Arn"]}]},
                                    ]
                                }
                            },
                        ]
                    }
                ],
            )
        ],
        ["States.T.Parameters.Task.$"],
    ),
    (
        "glue-get-job",
        "glue:getJob",
        {"JobName": "nightly"},
        [s(["glue:GetJob"], [a("glue", "job/nightly")])],
        [],
    ),
    (
        "glue-start-crawler",
        "glue:startCrawler",
        {"Name": "daily"},
        [s(["glue:StartCrawler"], [a("glue", "crawler/daily")])],
        [],
    ),
    (
        "athena-get-work-group",
        "athena:getWorkGroup",
        {"WorkGroup": "etl"},
        [s(["athena:GetWorkGroup"], [a("athena", "workgroup/etl")])],
        [],
    ),
    (
        "athena-list-query-executions-of-the-primary-workgroup",
        "athena:listQueryExecutions",
        {},
        [s(["athena:ListQueryExecutions"], [a("athena", "workgroup/primary")])],
        [],
    ),
    (
        "codebuild-start-build",
        "codebuild:startBuild",
        {"ProjectName": "site"},
        [s(["codebuild:StartBuild"], [a("codebuild", "project/site")])],
        [],
    ),
    (
        "codebuild-builds-by-id-and-arn",
        "codebuild:batchGetBuilds",
        {"Ids": ["site:1", "arn:aws:codebuild:us-east-1:123456789012:build/docs:2"]},
        [
            s(
                ["codebuild:BatchGetBuilds"],
                [a("codebuild", "project/site"), a("codebuild", "project/docs")],
            )
        ],
        [],
    ),
    (
        "rds-stop-db-instance",
        "rds:stopDBInstance",
        {"DBInstanceIdentifier": "orders"},
        [s(["rds:StopDBInstance"], [a("rds", "db:orders")])],
        [],
    ),
    (
        "rds-stop-db-instance-with-a-snapshot",
        "rds:stopDBInstance",
        {"DBInstanceIdentifier": "orders", "DBSnapshotIdentifier": "before-stop"},
        [s(["rds:StopDBInstance"], [a("rds", "db:orders"), a("rds", "snapshot:before-stop")])],
        [],
    ),
    (
        "rds-start-db-cluster",
        "rds:startDBCluster",
        {"DBClusterIdentifier": "aurora"},
        [s(["rds:StartDBCluster"], [a("rds", "cluster:aurora")])],
        [],
    ),
    (
        "ec2-stop-each-instance",
        "ec2:stopInstances",
        {"InstanceIds": ["i-0abc", "i-0def"]},
        [s(["ec2:StopInstances"], [a("ec2", "instance/i-0abc"), a("ec2", "instance/i-0def")])],
        [],
    ),
    (
        "ec2-instances-chosen-at-run-time",
        "ec2:startInstances",
        {"InstanceIds.$": "$.ids"},
        [s(["ec2:StartInstances"], [a("ec2", "instance/*")])],
        ["States.T.Parameters.InstanceIds.$"],
    ),
    (
        "ec2-describe-names-no-resource",
        "ec2:describeInstances",
        {"InstanceIds": ["i-0abc"]},
        [s(["ec2:DescribeInstances"], ["*"])],
        [],
    ),
    (
        "cloudwatch-put-metric-data-names-no-resource",
        "cloudwatch:putMetricData",
        {"Namespace": "Orders", "MetricData": [{"MetricName": "Placed", "Value": 1}]},
        [s(["cloudwatch:PutMetricData"], ["*"])],
        [],
    ),
    (
        "sts-get-caller-identity-names-no-resource",
        "sts:getCallerIdentity",
        {},
        [s(["sts:GetCallerIdentity"], ["*"])],
        [],
    ),
    (
        "lambda-list-functions-names-no-resource",
        "lambda:listFunctions",
        {},
        [s(["lambda:ListFunctions"], ["*"])],
        [],
    ),
    (
        "secretsmanager-put-secret-value",
        "secretsmanager:putSecretValue",
        {"SecretId": "db-password", "SecretString": "x"},
        [s(["secretsmanager:PutSecretValue"], [a("secretsmanager", "secret:db-password-??????")])],
        [],
    ),
    (
        "sqs-queue-url-from-getatt",
        "sqs:sendMessage",
        {"QueueUrl": "${JobsUrl}", "MessageBody": "x"},
        [s(["sqs:SendMessage"], [{"Fn::GetAtt": ["Jobs", "Arn"]}])],
        [],
    ),
    (
        "sqs-queue-url-from-getatt-dotted",
        "sqs:receiveMessage",
        {"QueueUrl": "${JobsUrlDotted}"},
        [s(["sqs:ReceiveMessage"], [{"Fn::GetAtt": ["Jobs", "Arn"]}])],
        [],
    ),
]

SDK_CTX = IamContext(
    substitutions={
        **SUBS,
        "Stream": {"Ref": "Clicks"},
        "ClusterArn": {"Fn::GetAtt": ["Prod", "Arn"]},
        "JobsUrl": {"Fn::GetAtt": ["Jobs", "QueueUrl"]},
        "JobsUrlDotted": {"Fn::GetAtt": "Jobs.QueueUrl"},
    },
    resource_types=TYPES,
    state_machine_name="main",
)


@pytest.mark.parametrize(
    ("call", "params", "expected", "warnings"),
    [pytest.param(c, p, e, w, id=i) for i, c, p, e, w in SDK_CASES],
)
def test_sdk_call_resources(
    call: str, params: Any, expected: list[Any], warnings: list[str]
) -> None:
    statements, paths = derive(f"{SDK}{call}", params, SDK_CTX)
    assert statements == expected
    assert paths == warnings


def test_sdk_list_item_chosen_at_run_time_jsonata() -> None:
    statements, paths = derive(
        f"{SDK}ec2:stopInstances",
        {"InstanceIds": ["i-0abc", "{% $states.input.id %}"]},
        jsonata=True,
    )
    assert statements == [s(["ec2:StopInstances"], [a("ec2", "instance/*")])]
    assert paths == ["States.T.Arguments.InstanceIds"]


@pytest.mark.parametrize(
    ("call", "params", "message", "path"),
    [
        (
            "kinesis:putRecord",
            {"Data": "x", "PartitionKey": "k"},
            "kinesis:PutRecord needs StreamARN or StreamName to know which stream it uses; set "
            "it in Parameters/Arguments",
            "States.T.Parameters.StreamARN",
        ),
        (
            "ecs:describeServices",
            {"Cluster": {"Name": "prod"}, "Services": ["web"]},
            "expected a string, got {'Name': 'prod'}",
            "States.T.Parameters.Cluster",
        ),
        (
            "ec2:stopInstances",
            {"InstanceIds": ["i-0abc", 7.5, ["i-1"]]},
            "expected a string, got ['i-1']",
            "States.T.Parameters.InstanceIds[2]",
        ),
    ],
)
def test_sdk_call_without_its_resource_is_an_error(
    call: str, params: Any, message: str, path: str
) -> None:
    with pytest.raises(IamDerivationError) as info:
        derive(f"{SDK}{call}", params, SDK_CTX)
    assert [(p.message, p.path) for p in info.value.problems] == [(message, path)]


def test_sdk_target_table_names_real_actions_that_need_a_resource() -> None:
    from sfdsl._iam._sdk import has_action, iam_actions, needs_no_resource
    from sfdsl._iam._sdk_targets import TARGETS, Name

    def optional(prefix: str, api: str) -> bool:
        """The row narrows a resource the call may leave out (DescribeDBInstances)."""
        names = [p for t in TARGETS[(prefix, api)] for p in t.parts if isinstance(p, Name)]
        return all(n.unnamed == "all" for n in names)

    wrong = [
        f"{prefix}:{name}"
        for prefix, api in TARGETS
        for name in iam_actions(prefix, api)
        if not has_action(prefix, name)
        or (needs_no_resource(prefix, name) and not optional(prefix, api))
    ]
    assert wrong == []
