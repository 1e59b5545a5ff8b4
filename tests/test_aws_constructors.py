"""Typed constructors of the optimized integrations (sfdsl.aws): each gives the Task the ASL reads."""

from __future__ import annotations

import doctest
import json
from collections.abc import Callable
from typing import Any

import pytest

from sfdsl import Jsonata, Placeholder, Retry, StateMachine, Task, Var, aws, run
from sfdsl._iam import derive_statements
from sfdsl.asl import from_asl
from sfdsl.aws import _build
from sfdsl.errors import ValidationError

ACCOUNT = "123456789012"


def _sm_arn(name: str) -> str:
    return f"arn:aws:states:us-east-1:{ACCOUNT}:stateMachine:{name}"


# (constructor call, the Task state written by hand in ASL, an IAM action the role must get)
CASES: list[tuple[Callable[[], Task], dict[str, Any], str]] = [
    (
        lambda: aws.lambda_invoke("T", function_name="price", payload=Var("$"), end=True),
        {
            "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "price", "Payload.$": "$"},
        },
        "lambda:InvokeFunction",
    ),
    (
        lambda: aws.lambda_invoke(
            "T",
            function_name="price",
            payload={"token.$": "$$.Task.Token"},
            pattern="wait_for_task_token",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
            "Parameters": {"FunctionName": "price", "Payload": {"token.$": "$$.Task.Token"}},
        },
        "lambda:InvokeFunction",
    ),
    (
        lambda: aws.dynamodb_get_item(
            "T", table_name="orders", key={"id": {"S": Var("$.id")}}, end=True
        ),
        {
            "Resource": "arn:aws:states:::dynamodb:getItem",
            "Parameters": {"TableName": "orders", "Key": {"id": {"S.$": "$.id"}}},
        },
        "dynamodb:GetItem",
    ),
    (
        lambda: aws.dynamodb_put_item(
            "T",
            table_name="orders",
            item={"id": {"S": "1"}},
            condition_expression="attribute_not_exists(id)",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::dynamodb:putItem",
            "Parameters": {
                "TableName": "orders",
                "Item": {"id": {"S": "1"}},
                "ConditionExpression": "attribute_not_exists(id)",
            },
        },
        "dynamodb:PutItem",
    ),
    (
        lambda: aws.dynamodb_update_item(
            "T",
            table_name="orders",
            key={"id": {"S": "1"}},
            update_expression="SET s = :s",
            expression_attribute_values={":s": {"S": "paid"}},
            return_values="ALL_NEW",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::dynamodb:updateItem",
            "Parameters": {
                "TableName": "orders",
                "Key": {"id": {"S": "1"}},
                "UpdateExpression": "SET s = :s",
                "ExpressionAttributeValues": {":s": {"S": "paid"}},
                "ReturnValues": "ALL_NEW",
            },
        },
        "dynamodb:UpdateItem",
    ),
    (
        lambda: aws.dynamodb_delete_item(
            "T", table_name="orders", key={"id": {"S": "1"}}, end=True
        ),
        {
            "Resource": "arn:aws:states:::dynamodb:deleteItem",
            "Parameters": {"TableName": "orders", "Key": {"id": {"S": "1"}}},
        },
        "dynamodb:DeleteItem",
    ),
    (
        lambda: aws.sqs_send_message(
            "T",
            queue_url=f"https://sqs.us-east-1.amazonaws.com/{ACCOUNT}/jobs",
            message_body=Var("$"),
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::sqs:sendMessage",
            "Parameters": {
                "QueueUrl": f"https://sqs.us-east-1.amazonaws.com/{ACCOUNT}/jobs",
                "MessageBody.$": "$",
            },
        },
        "sqs:SendMessage",
    ),
    (
        lambda: aws.sns_publish(
            "T",
            topic_arn=f"arn:aws:sns:us-east-1:{ACCOUNT}:alerts",
            message="done",
            subject="s",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {
                "Message": "done",
                "TopicArn": f"arn:aws:sns:us-east-1:{ACCOUNT}:alerts",
                "Subject": "s",
            },
        },
        "sns:Publish",
    ),
    (
        lambda: aws.ecs_run_task(
            "T",
            cluster=f"arn:aws:ecs:us-east-1:{ACCOUNT}:cluster/main",
            task_definition=f"arn:aws:ecs:us-east-1:{ACCOUNT}:task-definition/app:1",
            launch_type="FARGATE",
            network_configuration={"AwsvpcConfiguration": {"Subnets": ["subnet-1"]}},
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::ecs:runTask.sync",
            "Parameters": {
                "Cluster": f"arn:aws:ecs:us-east-1:{ACCOUNT}:cluster/main",
                "TaskDefinition": f"arn:aws:ecs:us-east-1:{ACCOUNT}:task-definition/app:1",
                "LaunchType": "FARGATE",
                "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-1"]}},
            },
        },
        "ecs:RunTask",
    ),
    (
        lambda: aws.batch_submit_job(
            "T",
            job_name="j",
            job_queue=f"arn:aws:batch:us-east-1:{ACCOUNT}:job-queue/q",
            job_definition=f"arn:aws:batch:us-east-1:{ACCOUNT}:job-definition/d:1",
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::batch:submitJob.sync",
            "Parameters": {
                "JobName": "j",
                "JobQueue": f"arn:aws:batch:us-east-1:{ACCOUNT}:job-queue/q",
                "JobDefinition": f"arn:aws:batch:us-east-1:{ACCOUNT}:job-definition/d:1",
            },
        },
        "batch:SubmitJob",
    ),
    (
        lambda: aws.glue_start_job_run(
            "T", job_name="etl", arguments={"--day.$": "$.day"}, pattern="sync", end=True
        ),
        {
            "Resource": "arn:aws:states:::glue:startJobRun.sync",
            "Parameters": {"JobName": "etl", "Arguments": {"--day.$": "$.day"}},
        },
        "glue:StartJobRun",
    ),
    (
        lambda: aws.databrew_start_job_run("T", job_name="clean", end=True),
        {"Resource": "arn:aws:states:::databrew:startJobRun", "Parameters": {"Name": "clean"}},
        "databrew:StartJobRun",
    ),
    (
        lambda: aws.athena_start_query_execution(
            "T", query_string="SELECT 1", work_group="primary", pattern="sync", end=True
        ),
        {
            "Resource": "arn:aws:states:::athena:startQueryExecution.sync",
            "Parameters": {"QueryString": "SELECT 1", "WorkGroup": "primary"},
        },
        "athena:StartQueryExecution",
    ),
    (
        lambda: aws.athena_get_query_results(
            "T", query_execution_id=Var("$.id"), max_results=10, end=True
        ),
        {
            "Resource": "arn:aws:states:::athena:getQueryResults",
            "Parameters": {"QueryExecutionId.$": "$.id", "MaxResults": 10},
        },
        "athena:GetQueryResults",
    ),
    (
        lambda: aws.codebuild_start_build(
            "T", project_name="app", source_version="main", pattern="sync", end=True
        ),
        {
            "Resource": "arn:aws:states:::codebuild:startBuild.sync",
            "Parameters": {"ProjectName": "app", "SourceVersion": "main"},
        },
        "codebuild:StartBuild",
    ),
    (
        lambda: aws.sfn_start_execution(
            "T",
            state_machine_arn=_sm_arn("child"),
            input=Var("$"),
            execution_name=Var("$.id"),
            pattern="sync:2",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::states:startExecution.sync:2",
            "Parameters": {"StateMachineArn": _sm_arn("child"), "Input.$": "$", "Name.$": "$.id"},
        },
        "states:StartExecution",
    ),
    (
        lambda: aws.eventbridge_put_events(
            "T",
            entries=[
                {
                    "Source": "shop",
                    "DetailType": "Order",
                    "Detail": {"id.$": "$.id"},
                    "EventBusName": "orders",
                }
            ],
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::events:putEvents",
            "Parameters": {
                "Entries": [
                    {
                        "Source": "shop",
                        "DetailType": "Order",
                        "Detail": {"id.$": "$.id"},
                        "EventBusName": "orders",
                    }
                ]
            },
        },
        "events:PutEvents",
    ),
    (
        lambda: aws.apigateway_invoke(
            "T",
            api_endpoint="abc123.execute-api.us-east-1.amazonaws.com",
            method="GET",
            stage="prod",
            path="/orders",
            auth_type="IAM_ROLE",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::apigateway:invoke",
            "Parameters": {
                "ApiEndpoint": "abc123.execute-api.us-east-1.amazonaws.com",
                "Method": "GET",
                "Stage": "prod",
                "Path": "/orders",
                "AuthType": "IAM_ROLE",
            },
        },
        "execute-api:Invoke",
    ),
    (
        lambda: aws.http_invoke(
            "T",
            api_endpoint="https://api.example.com/pay",
            method="POST",
            connection_arn=f"arn:aws:events:us-east-1:{ACCOUNT}:connection/pay/abc",
            request_body={"amount.$": "$.amount"},
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::http:invoke",
            "Parameters": {
                "ApiEndpoint": "https://api.example.com/pay",
                "Method": "POST",
                "Authentication": {
                    "ConnectionArn": f"arn:aws:events:us-east-1:{ACCOUNT}:connection/pay/abc"
                },
                "RequestBody": {"amount.$": "$.amount"},
            },
        },
        "states:InvokeHTTPEndpoint",
    ),
    (
        lambda: aws.bedrock_invoke_model(
            "T",
            model_id="arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1",
            body={"inputText": "hi"},
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::bedrock:invokeModel",
            "Parameters": {
                "ModelId": "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1",
                "Body": {"inputText": "hi"},
            },
        },
        "bedrock:InvokeModel",
    ),
    (
        lambda: aws.mediaconvert_create_job(
            "T",
            role=f"arn:aws:iam::{ACCOUNT}:role/mc",
            settings={"Inputs": []},
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::mediaconvert:createJob.sync",
            "Parameters": {"Role": f"arn:aws:iam::{ACCOUNT}:role/mc", "Settings": {"Inputs": []}},
        },
        "mediaconvert:CreateJob",
    ),
    (
        lambda: aws.sagemaker_create_training_job(
            "T",
            training_job_name="j",
            role_arn=f"arn:aws:iam::{ACCOUNT}:role/sm",
            algorithm_specification={"TrainingImage": "img", "TrainingInputMode": "File"},
            output_data_config={"S3OutputPath": "s3://b/out"},
            resource_config={
                "InstanceCount": 1,
                "InstanceType": "ml.m5.large",
                "VolumeSizeInGB": 10,
            },
            stopping_condition={"MaxRuntimeInSeconds": 3600},
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::sagemaker:createTrainingJob.sync",
            "Parameters": {
                "TrainingJobName": "j",
                "AlgorithmSpecification": {"TrainingImage": "img", "TrainingInputMode": "File"},
                "RoleArn": f"arn:aws:iam::{ACCOUNT}:role/sm",
                "OutputDataConfig": {"S3OutputPath": "s3://b/out"},
                "ResourceConfig": {
                    "InstanceCount": 1,
                    "InstanceType": "ml.m5.large",
                    "VolumeSizeInGB": 10,
                },
                "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
            },
        },
        "sagemaker:CreateTrainingJob",
    ),
    (
        lambda: aws.emr_serverless_start_job_run(
            "T",
            application_id="app1",
            execution_role_arn=f"arn:aws:iam::{ACCOUNT}:role/emr",
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::emr-serverless:startJobRun.sync",
            "Parameters": {
                "ApplicationId": "app1",
                "ExecutionRoleArn": f"arn:aws:iam::{ACCOUNT}:role/emr",
            },
        },
        "emr-serverless:StartJobRun",
    ),
    (
        lambda: aws.emr_add_step(
            "T",
            cluster_id="j-ABC",
            step={"Name": "s", "HadoopJarStep": {"Jar": "command-runner.jar"}},
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::elasticmapreduce:addStep.sync",
            "Parameters": {
                "ClusterId": "j-ABC",
                "Step": {"Name": "s", "HadoopJarStep": {"Jar": "command-runner.jar"}},
            },
        },
        "elasticmapreduce:AddJobFlowSteps",
    ),
    (
        lambda: aws.emr_create_cluster(
            "T",
            cluster_name="etl",
            release_label="emr-7.0.0",
            instances={"KeepJobFlowAliveWhenNoSteps": True, "InstanceFleets": []},
            service_role="EMR_DefaultRole",
            job_flow_role="EMR_EC2_DefaultRole",
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::elasticmapreduce:createCluster.sync",
            "Parameters": {
                "Name": "etl",
                "ReleaseLabel": "emr-7.0.0",
                "Instances": {"KeepJobFlowAliveWhenNoSteps": True, "InstanceFleets": []},
                "ServiceRole": "EMR_DefaultRole",
                "JobFlowRole": "EMR_EC2_DefaultRole",
            },
        },
        "elasticmapreduce:RunJobFlow",
    ),
    (
        lambda: aws.emr_terminate_cluster(
            "T", cluster_id=Var("$.ClusterId"), pattern="sync", end=True
        ),
        {
            "Resource": "arn:aws:states:::elasticmapreduce:terminateCluster.sync",
            "Parameters": {"ClusterId.$": "$.ClusterId"},
        },
        "elasticmapreduce:TerminateJobFlows",
    ),
    (
        lambda: aws.emr_containers_start_job_run(
            "T",
            virtual_cluster_id="vc1",
            execution_role_arn=f"arn:aws:iam::{ACCOUNT}:role/emr",
            release_label="emr-6.15.0-latest",
            job_driver={"SparkSubmitJobDriver": {"EntryPoint": "s3://b/job.py"}},
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::emr-containers:startJobRun.sync",
            "Parameters": {
                "VirtualClusterId": "vc1",
                "ExecutionRoleArn": f"arn:aws:iam::{ACCOUNT}:role/emr",
                "ReleaseLabel": "emr-6.15.0-latest",
                "JobDriver": {"SparkSubmitJobDriver": {"EntryPoint": "s3://b/job.py"}},
            },
        },
        "emr-containers:StartJobRun",
    ),
    (
        lambda: aws.eks_run_job(
            "T",
            cluster_name="c",
            certificate_authority="ca",
            endpoint="https://e",
            namespace="jobs",
            job={"apiVersion": "batch/v1", "kind": "Job"},
            pattern="sync",
            end=True,
        ),
        {
            "Resource": "arn:aws:states:::eks:runJob.sync",
            "Parameters": {
                "ClusterName": "c",
                "CertificateAuthority": "ca",
                "Endpoint": "https://e",
                "Namespace": "jobs",
                "Job": {"apiVersion": "batch/v1", "kind": "Job"},
            },
        },
        "eks:DescribeCluster",
    ),
]
_ROLE = f"arn:aws:iam::{ACCOUNT}:role/service"

# The integrations added for issue 10's full list: (constructor call, Resource, Parameters, action).
_MORE: list[tuple[Callable[[], Task], str, dict[str, Any], str]] = [
    (
        lambda: aws.athena_get_query_execution("T", query_execution_id=Var("$.id"), end=True),
        "athena:getQueryExecution",
        {"QueryExecutionId.$": "$.id"},
        "athena:GetQueryExecution",
    ),
    (
        lambda: aws.athena_stop_query_execution("T", query_execution_id="q-1", end=True),
        "athena:stopQueryExecution",
        {"QueryExecutionId": "q-1"},
        "athena:StopQueryExecution",
    ),
    (
        lambda: aws.codebuild_stop_build("T", build_id=Var("$.id"), end=True),
        "codebuild:stopBuild",
        {"Id.$": "$.id"},
        "codebuild:StopBuild",
    ),
    (
        lambda: aws.codebuild_batch_delete_builds("T", build_ids=["app:1", "app:2"], end=True),
        "codebuild:batchDeleteBuilds",
        {"Ids": ["app:1", "app:2"]},
        "codebuild:BatchDeleteBuilds",
    ),
    (
        lambda: aws.codebuild_batch_get_reports(
            "T",
            report_arns=[f"arn:aws:codebuild:us-east-1:{ACCOUNT}:report/tests:r1"],
            end=True,
        ),
        "codebuild:batchGetReports",
        {"ReportArns": [f"arn:aws:codebuild:us-east-1:{ACCOUNT}:report/tests:r1"]},
        "codebuild:BatchGetReports",
    ),
    (
        lambda: aws.codebuild_start_build_batch(
            "T", project_name="app", source_version="main", pattern="sync", end=True
        ),
        "codebuild:startBuildBatch.sync",
        {"ProjectName": "app", "SourceVersion": "main"},
        "codebuild:StartBuildBatch",
    ),
    (
        lambda: aws.codebuild_stop_build_batch("T", build_batch_id="app:b1", end=True),
        "codebuild:stopBuildBatch",
        {"Id": "app:b1"},
        "codebuild:StopBuildBatch",
    ),
    (
        lambda: aws.codebuild_retry_build_batch(
            "T", build_batch_id="app:b1", retry_type="RETRY_FAILED_BUILDS", pattern="sync", end=True
        ),
        "codebuild:retryBuildBatch.sync",
        {"Id": "app:b1", "RetryType": "RETRY_FAILED_BUILDS"},
        "codebuild:RetryBuildBatch",
    ),
    (
        lambda: aws.codebuild_delete_build_batch("T", build_batch_id="app:b1", end=True),
        "codebuild:deleteBuildBatch",
        {"Id": "app:b1"},
        "codebuild:DeleteBuildBatch",
    ),
    (
        lambda: aws.sagemaker_create_endpoint(
            "T", endpoint_name="e", endpoint_config_name=Var("$.id"), end=True
        ),
        "sagemaker:createEndpoint",
        {"EndpointName": "e", "EndpointConfigName.$": "$.id"},
        "sagemaker:CreateEndpoint",
    ),
    (
        lambda: aws.sagemaker_create_endpoint_config(
            "T",
            endpoint_config_name="c",
            production_variants=[
                {"VariantName": "v", "ModelName": "m", "InstanceType": "ml.m5.large"}
            ],
            end=True,
        ),
        "sagemaker:createEndpointConfig",
        {
            "EndpointConfigName": "c",
            "ProductionVariants": [
                {"VariantName": "v", "ModelName": "m", "InstanceType": "ml.m5.large"}
            ],
        },
        "sagemaker:CreateEndpointConfig",
    ),
    (
        lambda: aws.sagemaker_create_hyper_parameter_tuning_job(
            "T",
            hyper_parameter_tuning_job_name="t",
            hyper_parameter_tuning_job_config={"Strategy": "Bayesian"},
            training_job_definition={"RoleArn": _ROLE},
            pattern="sync",
            end=True,
        ),
        "sagemaker:createHyperParameterTuningJob.sync",
        {
            "HyperParameterTuningJobName": "t",
            "HyperParameterTuningJobConfig": {"Strategy": "Bayesian"},
            "TrainingJobDefinition": {"RoleArn": _ROLE},
        },
        "sagemaker:CreateHyperParameterTuningJob",
    ),
    (
        lambda: aws.sagemaker_create_labeling_job(
            "T",
            labeling_job_name="l",
            label_attribute_name="label",
            input_config={"DataSource": {"S3DataSource": {"ManifestS3Uri": "s3://b/m"}}},
            output_config={"S3OutputPath": "s3://b/out"},
            role_arn=_ROLE,
            human_task_config={"TaskTitle": "t"},
            pattern="sync",
            end=True,
        ),
        "sagemaker:createLabelingJob.sync",
        {
            "LabelingJobName": "l",
            "LabelAttributeName": "label",
            "InputConfig": {"DataSource": {"S3DataSource": {"ManifestS3Uri": "s3://b/m"}}},
            "OutputConfig": {"S3OutputPath": "s3://b/out"},
            "RoleArn": _ROLE,
            "HumanTaskConfig": {"TaskTitle": "t"},
        },
        "sagemaker:CreateLabelingJob",
    ),
    (
        lambda: aws.sagemaker_create_model(
            "T",
            model_name="m",
            execution_role_arn=_ROLE,
            primary_container={"Image": "img"},
            end=True,
        ),
        "sagemaker:createModel",
        {"ModelName": "m", "ExecutionRoleArn": _ROLE, "PrimaryContainer": {"Image": "img"}},
        "sagemaker:CreateModel",
    ),
    (
        lambda: aws.sagemaker_create_processing_job(
            "T",
            processing_job_name="p",
            processing_resources={"ClusterConfig": {"InstanceCount": 1}},
            app_specification={"ImageUri": "img"},
            role_arn=_ROLE,
            pattern="sync",
            end=True,
        ),
        "sagemaker:createProcessingJob.sync",
        {
            "ProcessingJobName": "p",
            "ProcessingResources": {"ClusterConfig": {"InstanceCount": 1}},
            "AppSpecification": {"ImageUri": "img"},
            "RoleArn": _ROLE,
        },
        "sagemaker:CreateProcessingJob",
    ),
    (
        lambda: aws.sagemaker_create_transform_job(
            "T",
            transform_job_name=Var("$.id"),
            model_name="m",
            transform_input={"DataSource": {"S3DataSource": {"S3Uri": "s3://b/in"}}},
            transform_output={"S3OutputPath": "s3://b/out"},
            transform_resources={"InstanceCount": 1, "InstanceType": "ml.m5.large"},
            pattern="sync",
            end=True,
        ),
        "sagemaker:createTransformJob.sync",
        {
            "TransformJobName.$": "$.id",
            "ModelName": "m",
            "TransformInput": {"DataSource": {"S3DataSource": {"S3Uri": "s3://b/in"}}},
            "TransformOutput": {"S3OutputPath": "s3://b/out"},
            "TransformResources": {"InstanceCount": 1, "InstanceType": "ml.m5.large"},
        },
        "sagemaker:CreateTransformJob",
    ),
    (
        lambda: aws.sagemaker_update_endpoint(
            "T", endpoint_name="e", endpoint_config_name="c2", end=True
        ),
        "sagemaker:updateEndpoint",
        {"EndpointName": "e", "EndpointConfigName": "c2"},
        "sagemaker:UpdateEndpoint",
    ),
    (
        lambda: aws.emr_cancel_step("T", cluster_id=Var("$.ClusterId"), step_id="s-1", end=True),
        "elasticmapreduce:cancelStep",
        {"ClusterId.$": "$.ClusterId", "StepId": "s-1"},
        "elasticmapreduce:CancelSteps",
    ),
    (
        lambda: aws.emr_set_cluster_termination_protection(
            "T", cluster_id="j-1", termination_protected=True, end=True
        ),
        "elasticmapreduce:setClusterTerminationProtection",
        {"ClusterId": "j-1", "TerminationProtected": True},
        "elasticmapreduce:SetTerminationProtection",
    ),
    (
        lambda: aws.emr_modify_instance_fleet_by_name(
            "T",
            cluster_id="j-1",
            instance_fleet_name="core",
            instance_fleet={"TargetOnDemandCapacity": 4},
            end=True,
        ),
        "elasticmapreduce:modifyInstanceFleetByName",
        {
            "ClusterId": "j-1",
            "InstanceFleetName": "core",
            "InstanceFleet": {"TargetOnDemandCapacity": 4},
        },
        "elasticmapreduce:ModifyInstanceFleet",
    ),
    (
        lambda: aws.emr_modify_instance_group_by_name(
            "T",
            cluster_id="j-1",
            instance_group_name="core",
            instance_group={"InstanceCount": 4},
            end=True,
        ),
        "elasticmapreduce:modifyInstanceGroupByName",
        {"ClusterId": "j-1", "InstanceGroupName": "core", "InstanceGroup": {"InstanceCount": 4}},
        "elasticmapreduce:ModifyInstanceGroups",
    ),
    (
        lambda: aws.emr_containers_create_virtual_cluster(
            "T",
            virtual_cluster_name="vc",
            container_provider={"Id": "eks-1", "Type": "EKS"},
            end=True,
        ),
        "emr-containers:createVirtualCluster",
        {"Name": "vc", "ContainerProvider": {"Id": "eks-1", "Type": "EKS"}},
        "emr-containers:CreateVirtualCluster",
    ),
    (
        lambda: aws.emr_containers_delete_virtual_cluster(
            "T", virtual_cluster_id="vc1", pattern="sync", end=True
        ),
        "emr-containers:deleteVirtualCluster.sync",
        {"Id": "vc1"},
        "emr-containers:DeleteVirtualCluster",
    ),
    (
        lambda: aws.emr_serverless_create_application(
            "T",
            application_name="etl",
            release_label="emr-7.0.0",
            type="SPARK",
            pattern="sync",
            end=True,
        ),
        "emr-serverless:createApplication.sync",
        {"Name": "etl", "ReleaseLabel": "emr-7.0.0", "Type": "SPARK"},
        "emr-serverless:CreateApplication",
    ),
    (
        lambda: aws.emr_serverless_start_application(
            "T", application_id="app1", pattern="sync", end=True
        ),
        "emr-serverless:startApplication.sync",
        {"ApplicationId": "app1"},
        "emr-serverless:StartApplication",
    ),
    (
        lambda: aws.emr_serverless_stop_application("T", application_id="app1", end=True),
        "emr-serverless:stopApplication",
        {"ApplicationId": "app1"},
        "emr-serverless:StopApplication",
    ),
    (
        lambda: aws.emr_serverless_delete_application(
            "T", application_id="app1", pattern="sync", end=True
        ),
        "emr-serverless:deleteApplication.sync",
        {"ApplicationId": "app1"},
        "emr-serverless:DeleteApplication",
    ),
    (
        lambda: aws.emr_serverless_cancel_job_run(
            "T", application_id="app1", job_run_id=Var("$.id"), end=True
        ),
        "emr-serverless:cancelJobRun",
        {"ApplicationId": "app1", "JobRunId.$": "$.id"},
        "emr-serverless:CancelJobRun",
    ),
    (
        lambda: aws.eks_create_cluster(
            "T",
            cluster_name="c",
            role_arn=_ROLE,
            resources_vpc_config={"SubnetIds": ["subnet-1", "subnet-2"]},
            pattern="sync",
            end=True,
        ),
        "eks:createCluster.sync",
        {
            "Name": "c",
            "RoleArn": _ROLE,
            "ResourcesVpcConfig": {"SubnetIds": ["subnet-1", "subnet-2"]},
        },
        "eks:CreateCluster",
    ),
    (
        lambda: aws.eks_delete_cluster("T", cluster_name="c", pattern="sync", end=True),
        "eks:deleteCluster.sync",
        {"Name": "c"},
        "eks:DeleteCluster",
    ),
    (
        lambda: aws.eks_create_nodegroup(
            "T",
            cluster_name="c",
            nodegroup_name="n",
            subnets=["subnet-1"],
            node_role=_ROLE,
            scaling_config={"MinSize": 1, "MaxSize": 3, "DesiredSize": 2},
            pattern="sync",
            end=True,
        ),
        "eks:createNodegroup.sync",
        {
            "ClusterName": "c",
            "NodegroupName": "n",
            "Subnets": ["subnet-1"],
            "NodeRole": _ROLE,
            "ScalingConfig": {"MinSize": 1, "MaxSize": 3, "DesiredSize": 2},
        },
        "eks:CreateNodegroup",
    ),
    (
        lambda: aws.eks_delete_nodegroup("T", cluster_name="c", nodegroup_name="n", end=True),
        "eks:deleteNodegroup",
        {"ClusterName": "c", "NodegroupName": "n"},
        "eks:DeleteNodegroup",
    ),
    (
        lambda: aws.eks_create_fargate_profile(
            "T",
            cluster_name="c",
            fargate_profile_name="p",
            pod_execution_role_arn=_ROLE,
            selectors=[{"Namespace": "jobs"}],
            pattern="sync",
            end=True,
        ),
        "eks:createFargateProfile.sync",
        {
            "ClusterName": "c",
            "FargateProfileName": "p",
            "PodExecutionRoleArn": _ROLE,
            "Selectors": [{"Namespace": "jobs"}],
        },
        "eks:CreateFargateProfile",
    ),
    (
        lambda: aws.eks_delete_fargate_profile(
            "T", cluster_name="c", fargate_profile_name="p", pattern="sync", end=True
        ),
        "eks:deleteFargateProfile.sync",
        {"ClusterName": "c", "FargateProfileName": "p"},
        "eks:DeleteFargateProfile",
    ),
    (
        lambda: aws.eks_call(
            "T",
            cluster_name="c",
            certificate_authority="ca",
            endpoint="https://e",
            method="GET",
            path="/api/v1/namespaces/default/pods",
            query_parameters={"labelSelector": ["app=web"]},
            end=True,
        ),
        "eks:call",
        {
            "ClusterName": "c",
            "CertificateAuthority": "ca",
            "Endpoint": "https://e",
            "Method": "GET",
            "Path": "/api/v1/namespaces/default/pods",
            "QueryParameters": {"labelSelector": ["app=web"]},
        },
        "eks:DescribeCluster",
    ),
    (
        lambda: aws.bedrock_create_model_customization_job(
            "T",
            job_name="j",
            custom_model_name="m",
            role_arn=_ROLE,
            base_model_identifier=(
                "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
            ),
            training_data_config={"S3Uri": "s3://b/train.jsonl"},
            output_data_config={"S3Uri": "s3://b/out"},
            hyper_parameters={"epochCount": "1"},
            pattern="sync",
            end=True,
        ),
        "bedrock:createModelCustomizationJob.sync",
        {
            "JobName": "j",
            "CustomModelName": "m",
            "RoleArn": _ROLE,
            "BaseModelIdentifier": (
                "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1"
            ),
            "TrainingDataConfig": {"S3Uri": "s3://b/train.jsonl"},
            "OutputDataConfig": {"S3Uri": "s3://b/out"},
            "HyperParameters": {"epochCount": "1"},
        },
        "bedrock:CreateModelCustomizationJob",
    ),
]
CASES += [
    (build, {"Resource": f"arn:aws:states:::{resource}", "Parameters": parameters}, action)
    for build, resource, parameters, action in _MORE
]
IDS = [state["Resource"].removeprefix("arn:aws:states:::") for _, state, _ in CASES]


def _machine(state: dict[str, Any]) -> dict[str, Any]:
    return {"StartAt": "T", "States": {"T": {"Type": "Task", **state, "End": True}}}


@pytest.mark.parametrize(("build", "state", "action"), CASES, ids=IDS)
def test_the_constructor_gives_the_task_the_asl_reads(
    build: Callable[[], Task], state: dict[str, Any], action: str
) -> None:
    built = build()
    read = from_asl(_machine(state)).states[0]
    assert built == read
    assert StateMachine(built).to_asl() == _machine(state)


@pytest.mark.parametrize(("build", "state", "action"), CASES, ids=IDS)
def test_the_role_gets_the_integration_action(
    build: Callable[[], Task], state: dict[str, Any], action: str
) -> None:
    derivation = derive_statements(StateMachine(build()).to_asl())
    actions = {a for s in derivation.statements for a in json.loads(s.to_json())["Action"]}
    assert action in actions


@pytest.mark.parametrize(("build", "state", "action"), CASES, ids=IDS)
def test_the_task_runs_locally_with_its_parameters_evaluated(
    build: Callable[[], Task], state: dict[str, Any], action: str
) -> None:
    execution = run(
        StateMachine(build()),
        {"id": "o-1", "day": "mon", "amount": 5, "ClusterId": "j-1"},
        mocks={"T": lambda p: {"sent": p}},
        mock_validation="none",  # the mock echoes the parameters, not a service result,
    )
    assert execution.status == "SUCCEEDED"
    sent = execution.output["sent"]
    assert set(sent) == {k.removesuffix(".$") for k in state["Parameters"]}


def test_every_optimized_integration_has_a_pattern_row() -> None:
    from sfdsl._resources import OPTIMIZED_INTEGRATIONS

    # The s3 rows are the Distributed Map ItemReader/ResultWriter resources, evaluations has no action.
    documented = {
        f"{service}:{action}"
        for service, actions in OPTIMIZED_INTEGRATIONS.items()
        if service not in {"s3", "evaluations"}
        for action in actions
    }
    assert documented == set(aws.PATTERNS)


def test_every_constructor_is_listed_and_has_a_pattern_row() -> None:
    assert set(aws.CONSTRUCTORS) == set(aws.PATTERNS)
    assert {
        state["Resource"].removeprefix("arn:aws:states:::").split(".")[0] for _, state, _ in CASES
    } == set(aws.CONSTRUCTORS)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: aws.dynamodb_get_item("T", table_name="t", key={}, pattern="sync", end=True),  # type: ignore[call-arg]
            "unexpected keyword argument 'pattern' for dynamodb:getItem: besides its own parameters "
            "it takes the Task fields comment, query_language, input_path, output_path, "
            "result_selector, result_path, output, assign, timeout_seconds, timeout_seconds_path, "
            "heartbeat_seconds, heartbeat_seconds_path, credentials, retry_rules, catch_rules, "
            "next_state, end",
        ),
        (
            lambda: aws.dynamodb_get_item(
                "T", table_name="t", key={}, consistant_read=True, end=True
            ),  # type: ignore[call-arg]
            "unexpected keyword argument 'consistant_read' for dynamodb:getItem: besides its own "
            "parameters it takes the Task fields comment, query_language, input_path, output_path, "
            "result_selector, result_path, output, assign, timeout_seconds, timeout_seconds_path, "
            "heartbeat_seconds, heartbeat_seconds_path, credentials, retry_rules, catch_rules, "
            "next_state, end",
        ),
        (
            lambda: aws.sqs_send_message("T", queue_url="q", end=True),  # type: ignore[call-arg]
            "sqs_send_message() missing 1 required keyword-only argument: 'message_body'",
        ),
    ],
)
def test_misspelt_and_missing_parameters_are_construction_errors(
    build: Callable[[], Task], message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        build()
    assert str(caught.value) == message


def test_an_unsupported_pattern_is_refused_with_the_supported_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        aws.sqs_send_message("Send", queue_url="q", message_body="b", pattern="sync", end=True)  # type: ignore[arg-type]
    [problem] = caught.value.problems
    assert (problem.path, problem.code) == ("States.Send.Resource", "pattern-unsupported")
    assert problem.message == (
        "sqs:sendMessage does not support the 'sync' integration pattern; "
        "use one of 'request_response', 'wait_for_task_token'"
    )


def test_jsonata_values_put_the_payload_in_arguments() -> None:
    task = aws.sqs_send_message(
        "Send",
        queue_url="https://q",
        message_body=Jsonata("$states.input.order"),
        query_language="JSONata",
        end=True,
    )
    assert task.to_asl()["Arguments"] == {
        "QueueUrl": "https://q",
        "MessageBody": "{% $states.input.order %}",
    }
    assert "Parameters" not in task.to_asl()


def test_app_resources_stand_for_their_arn() -> None:
    from sfdsl.cfn import Function

    fn = Function.from_arn(f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:price")
    task = aws.lambda_invoke("Price", function_name=fn, payload=Var("$"), end=True)
    assert task.parameters is not None
    assert task.to_asl()["Parameters"]["FunctionName"] == str(fn.arn)
    assert isinstance(fn.arn, Placeholder)


def test_task_options_pass_through_and_fluent_methods_keep_working() -> None:
    task = aws.sns_publish(
        "Tell", topic_arn="arn:t", message="m", result_path="$.sent", next_state="Done"
    ).retry(Retry(["States.TaskFailed"], max_attempts=2))
    asl = task.to_asl()
    assert (asl["ResultPath"], asl["Next"], asl["Retry"][0]["MaxAttempts"]) == ("$.sent", "Done", 2)


def test_the_module_examples_run() -> None:
    failed, tried = doctest.testmod(aws, optionflags=doctest.NORMALIZE_WHITESPACE)[:2]
    assert (failed, tried > 20) == (0, True)
    assert doctest.testmod(_build)[0] == 0


def test_the_reference_page_holds_the_generated_table() -> None:
    from sfdsl.aws import _reference

    text = _reference.PAGE.read_text(encoding="utf-8")
    assert text == _reference.page(text)
    assert _reference.table() in text


def test_bedrock_patterns_are_those_of_the_bedrock_page() -> None:
    # https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html: InvokeModel, and
    # CreateModelCustomizationJob for Request Response or .sync (Run a Job).
    from sfdsl.aws._build import PATTERNS

    assert PATTERNS["bedrock:invokeModel"] == ("request_response",)
    assert PATTERNS["bedrock:createModelCustomizationJob"] == ("request_response", "sync")
    with pytest.raises(ValidationError) as caught:
        aws.bedrock_create_model_customization_job(
            "Tune",
            job_name="j",
            custom_model_name="m",
            role_arn="arn:aws:iam::1:role/b",
            base_model_identifier="amazon.titan-text-express-v1",
            training_data_config={"S3Uri": "s3://b/train.jsonl"},
            output_data_config={"S3Uri": "s3://b/out"},
            pattern="wait_for_task_token",  # type: ignore[arg-type]
            end=True,
        )
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("pattern-unsupported", "States.Tune.Resource")
    ]


def test_a_bedrock_customization_job_written_with_its_arn_has_its_names_checked() -> None:
    parameters = {
        "JobName": "j",
        "CustomModelName": "m",
        "RoleArn": "arn:aws:iam::1:role/b",
        "BaseModelIdentifier": "amazon.titan-text-express-v1",
        "TrainingDataConfig": {"S3Uri": "s3://b/train.jsonl"},
        "OutputDataConfig": {"S3Uri": "s3://b/out"},
    }
    resource = "arn:aws:states:::bedrock:createModelCustomizationJob.sync"
    assert Task("Tune", resource=resource, parameters=parameters, end=True).resource == resource
    with pytest.raises(ValidationError) as caught:
        Task("Tune", resource=resource, parameters={**parameters, "HyperParams": {}}, end=True)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("sdk-unknown-parameter", "States.Tune.Parameters.HyperParams")
    ]
    # InvokeModel's Body, Input and Output are the integration's own: not checked.
    invoke = {"ModelId": "m", "Input": {"S3Uri": "s3://b/in.json"}, "Output": {"S3Uri": "s3://b/o"}}
    Task("Ask", resource="arn:aws:states:::bedrock:invokeModel", parameters=invoke, end=True)
