"""Typed constructors for Step Functions' optimized service integrations.

Each constructor returns a plain :class:`~sfdsl.Task` (the same one :func:`sfdsl.asl.from_asl`
reads from the ASL), takes the service's parameters as keyword arguments (a misspelt or missing
one is a type-checker error and a ``TypeError``), accepts sfdsl values where the service takes
dynamic ones (``Var``, intrinsics, ``Jsonata``, and App resources such as a ``Function``, which
stand for their ARN), and takes the integration pattern as ``pattern=``, refused where the
service does not support it. Every other keyword is a :class:`~sfdsl.Task` field
(``result_path``, ``next_state``, ``end``, ...).

Example:
    >>> from sfdsl import Var
    >>> from sfdsl import aws
    >>> t = aws.sqs_send_message("Notify", queue_url="https://sqs.us-east-1.amazonaws.com/1/q",
    ...                          message_body=Var("$.order"), end=True)
    >>> t.to_asl()["Parameters"]
    {'QueueUrl': 'https://sqs.us-east-1.amazonaws.com/1/q', 'MessageBody.$': '$.order'}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final, Literal

from typing_extensions import Unpack

from sfdsl._states import Task
from sfdsl._typing import Json
from sfdsl.aws._build import PATTERNS, Pattern, TaskOptions, task

_RR = "request_response"


def lambda_invoke(
    name: str,
    *,
    function_name: Json,
    payload: Json = None,
    invocation_type: Json = None,
    qualifier: Json = None,
    client_context: Json = None,
    log_type: Json = None,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Invoke a Lambda function (``arn:aws:states:::lambda:invoke``).

    Example:
        >>> from sfdsl import Var
        >>> lambda_invoke("Price", function_name="price", payload=Var("$"), end=True).to_asl()["Parameters"]
        {'FunctionName': 'price', 'Payload.$': '$'}
    """
    return task(
        name,
        "lambda:invoke",
        pattern,
        options,
        FunctionName=function_name,
        Payload=payload,
        InvocationType=invocation_type,
        Qualifier=qualifier,
        ClientContext=client_context,
        LogType=log_type,
    )


def dynamodb_get_item(
    name: str,
    *,
    table_name: Json,
    key: Json,
    consistent_read: Json = None,
    projection_expression: Json = None,
    expression_attribute_names: Json = None,
    return_consumed_capacity: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Read an item from a DynamoDB table (``arn:aws:states:::dynamodb:getItem``).

    Example:
        >>> from sfdsl import Var
        >>> t = dynamodb_get_item("Get", table_name="orders", key={"id": {"S": Var("$.id")}}, end=True)
        >>> t.to_asl()["Parameters"]
        {'TableName': 'orders', 'Key': {'id': {'S.$': '$.id'}}}
    """
    return task(
        name,
        "dynamodb:getItem",
        _RR,
        options,
        TableName=table_name,
        Key=key,
        ConsistentRead=consistent_read,
        ProjectionExpression=projection_expression,
        ExpressionAttributeNames=expression_attribute_names,
        ReturnConsumedCapacity=return_consumed_capacity,
    )


def dynamodb_put_item(
    name: str,
    *,
    table_name: Json,
    item: Json,
    condition_expression: Json = None,
    expression_attribute_names: Json = None,
    expression_attribute_values: Json = None,
    return_values: Json = None,
    return_consumed_capacity: Json = None,
    return_item_collection_metrics: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Write an item to a DynamoDB table (``arn:aws:states:::dynamodb:putItem``).

    Example:
        >>> dynamodb_put_item("Put", table_name="orders", item={"id": {"S": "1"}}, end=True).resource
        'arn:aws:states:::dynamodb:putItem'
    """
    return task(
        name,
        "dynamodb:putItem",
        _RR,
        options,
        TableName=table_name,
        Item=item,
        ConditionExpression=condition_expression,
        ExpressionAttributeNames=expression_attribute_names,
        ExpressionAttributeValues=expression_attribute_values,
        ReturnValues=return_values,
        ReturnConsumedCapacity=return_consumed_capacity,
        ReturnItemCollectionMetrics=return_item_collection_metrics,
    )


def dynamodb_update_item(
    name: str,
    *,
    table_name: Json,
    key: Json,
    update_expression: Json = None,
    condition_expression: Json = None,
    expression_attribute_names: Json = None,
    expression_attribute_values: Json = None,
    return_values: Json = None,
    return_consumed_capacity: Json = None,
    return_item_collection_metrics: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Update an item of a DynamoDB table (``arn:aws:states:::dynamodb:updateItem``).

    Example:
        >>> t = dynamodb_update_item("Count", table_name="stats", key={"id": {"S": "visits"}},
        ...                          update_expression="ADD n :one",
        ...                          expression_attribute_values={":one": {"N": "1"}}, end=True)
        >>> sorted(t.to_asl()["Parameters"])
        ['ExpressionAttributeValues', 'Key', 'TableName', 'UpdateExpression']
    """
    return task(
        name,
        "dynamodb:updateItem",
        _RR,
        options,
        TableName=table_name,
        Key=key,
        UpdateExpression=update_expression,
        ConditionExpression=condition_expression,
        ExpressionAttributeNames=expression_attribute_names,
        ExpressionAttributeValues=expression_attribute_values,
        ReturnValues=return_values,
        ReturnConsumedCapacity=return_consumed_capacity,
        ReturnItemCollectionMetrics=return_item_collection_metrics,
    )


def dynamodb_delete_item(
    name: str,
    *,
    table_name: Json,
    key: Json,
    condition_expression: Json = None,
    expression_attribute_names: Json = None,
    expression_attribute_values: Json = None,
    return_values: Json = None,
    return_consumed_capacity: Json = None,
    return_item_collection_metrics: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Delete an item from a DynamoDB table (``arn:aws:states:::dynamodb:deleteItem``).

    Example:
        >>> dynamodb_delete_item("Del", table_name="t", key={"id": {"S": "1"}}, end=True).resource
        'arn:aws:states:::dynamodb:deleteItem'
    """
    return task(
        name,
        "dynamodb:deleteItem",
        _RR,
        options,
        TableName=table_name,
        Key=key,
        ConditionExpression=condition_expression,
        ExpressionAttributeNames=expression_attribute_names,
        ExpressionAttributeValues=expression_attribute_values,
        ReturnValues=return_values,
        ReturnConsumedCapacity=return_consumed_capacity,
        ReturnItemCollectionMetrics=return_item_collection_metrics,
    )


def sqs_send_message(
    name: str,
    *,
    queue_url: Json,
    message_body: Json,
    delay_seconds: Json = None,
    message_attributes: Json = None,
    message_deduplication_id: Json = None,
    message_group_id: Json = None,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Send a message to an SQS queue (``arn:aws:states:::sqs:sendMessage``).

    An object as *message_body* is sent as its JSON text.

    Example:
        >>> t = sqs_send_message("Ask", queue_url="https://q", message_body={"token.$": "$$.Task.Token"},
        ...                      pattern="wait_for_task_token", end=True)
        >>> t.resource
        'arn:aws:states:::sqs:sendMessage.waitForTaskToken'
    """
    return task(
        name,
        "sqs:sendMessage",
        pattern,
        options,
        QueueUrl=queue_url,
        MessageBody=message_body,
        DelaySeconds=delay_seconds,
        MessageAttributes=message_attributes,
        MessageDeduplicationId=message_deduplication_id,
        MessageGroupId=message_group_id,
    )


def sns_publish(
    name: str,
    *,
    message: Json,
    topic_arn: Json = None,
    target_arn: Json = None,
    phone_number: Json = None,
    subject: Json = None,
    message_structure: Json = None,
    message_attributes: Json = None,
    message_deduplication_id: Json = None,
    message_group_id: Json = None,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Publish a message to an SNS topic, an endpoint or a phone (``arn:aws:states:::sns:publish``).

    Example:
        >>> sns_publish("Tell", topic_arn="arn:aws:sns:us-east-1:1:t", message="done", end=True).to_asl()["Parameters"]
        {'TopicArn': 'arn:aws:sns:us-east-1:1:t', 'Message': 'done'}
    """
    return task(
        name,
        "sns:publish",
        pattern,
        options,
        TopicArn=topic_arn,
        TargetArn=target_arn,
        PhoneNumber=phone_number,
        Message=message,
        Subject=subject,
        MessageStructure=message_structure,
        MessageAttributes=message_attributes,
        MessageDeduplicationId=message_deduplication_id,
        MessageGroupId=message_group_id,
    )


def ecs_run_task(
    name: str,
    *,
    task_definition: Json,
    cluster: Json = None,
    launch_type: Json = None,
    network_configuration: Json = None,
    overrides: Json = None,
    count: Json = None,
    group: Json = None,
    platform_version: Json = None,
    capacity_provider_strategy: Json = None,
    enable_ecs_managed_tags: Json = None,
    enable_execute_command: Json = None,
    placement_constraints: Json = None,
    placement_strategy: Json = None,
    propagate_tags: Json = None,
    reference_id: Json = None,
    started_by: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Run an ECS or Fargate task (``arn:aws:states:::ecs:runTask``).

    Example:
        >>> ecs_run_task("Run", cluster="c", task_definition="td", launch_type="FARGATE",
        ...              pattern="sync", end=True).resource
        'arn:aws:states:::ecs:runTask.sync'
    """
    return task(
        name,
        "ecs:runTask",
        pattern,
        options,
        Cluster=cluster,
        TaskDefinition=task_definition,
        LaunchType=launch_type,
        NetworkConfiguration=network_configuration,
        Overrides=overrides,
        Count=count,
        Group=group,
        PlatformVersion=platform_version,
        CapacityProviderStrategy=capacity_provider_strategy,
        EnableECSManagedTags=enable_ecs_managed_tags,
        EnableExecuteCommand=enable_execute_command,
        PlacementConstraints=placement_constraints,
        PlacementStrategy=placement_strategy,
        PropagateTags=propagate_tags,
        ReferenceId=reference_id,
        StartedBy=started_by,
        Tags=tags,
    )


def batch_submit_job(
    name: str,
    *,
    job_name: Json,
    job_queue: Json,
    job_definition: Json,
    array_properties: Json = None,
    container_overrides: Json = None,
    depends_on: Json = None,
    parameters: Json = None,
    retry_strategy: Json = None,
    timeout: Json = None,
    tags: Json = None,
    propagate_tags: Json = None,
    share_identifier: Json = None,
    scheduling_priority_override: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Submit an AWS Batch job (``arn:aws:states:::batch:submitJob``).

    Example:
        >>> batch_submit_job("Job", job_name="j", job_queue="q", job_definition="d",
        ...                  pattern="sync", end=True).resource
        'arn:aws:states:::batch:submitJob.sync'
    """
    return task(
        name,
        "batch:submitJob",
        pattern,
        options,
        JobName=job_name,
        JobQueue=job_queue,
        JobDefinition=job_definition,
        ArrayProperties=array_properties,
        ContainerOverrides=container_overrides,
        DependsOn=depends_on,
        Parameters=parameters,
        RetryStrategy=retry_strategy,
        Timeout=timeout,
        Tags=tags,
        PropagateTags=propagate_tags,
        ShareIdentifier=share_identifier,
        SchedulingPriorityOverride=scheduling_priority_override,
    )


def glue_start_job_run(
    name: str,
    *,
    job_name: Json,
    job_run_id: Json = None,
    arguments: Json = None,
    timeout: Json = None,
    max_capacity: Json = None,
    security_configuration: Json = None,
    notification_property: Json = None,
    worker_type: Json = None,
    number_of_workers: Json = None,
    execution_class: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Start an AWS Glue job run (``arn:aws:states:::glue:startJobRun``).

    *arguments* is the job's ``Arguments`` parameter (the Task's JSONata ``Arguments`` field is
    chosen by ``query_language``).

    Example:
        >>> glue_start_job_run("Etl", job_name="etl", arguments={"--day": "1"}, end=True).to_asl()["Parameters"]
        {'JobName': 'etl', 'Arguments': {'--day': '1'}}
    """
    return task(
        name,
        "glue:startJobRun",
        pattern,
        options,
        JobName=job_name,
        JobRunId=job_run_id,
        Arguments=arguments,
        Timeout=timeout,
        MaxCapacity=max_capacity,
        SecurityConfiguration=security_configuration,
        NotificationProperty=notification_property,
        WorkerType=worker_type,
        NumberOfWorkers=number_of_workers,
        ExecutionClass=execution_class,
    )


def databrew_start_job_run(
    name: str,
    *,
    job_name: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Start an AWS Glue DataBrew job run (``arn:aws:states:::databrew:startJobRun``).

    Example:
        >>> databrew_start_job_run("Brew", job_name="clean", end=True).to_asl()["Parameters"]
        {'Name': 'clean'}
    """
    return task(name, "databrew:startJobRun", pattern, options, Name=job_name)


def athena_start_query_execution(
    name: str,
    *,
    query_string: Json,
    work_group: Json = None,
    query_execution_context: Json = None,
    result_configuration: Json = None,
    client_request_token: Json = None,
    execution_parameters: Json = None,
    result_reuse_configuration: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Start an Athena query (``arn:aws:states:::athena:startQueryExecution``).

    Example:
        >>> athena_start_query_execution("Q", query_string="SELECT 1", work_group="primary",
        ...                              pattern="sync", end=True).resource
        'arn:aws:states:::athena:startQueryExecution.sync'
    """
    return task(
        name,
        "athena:startQueryExecution",
        pattern,
        options,
        QueryString=query_string,
        WorkGroup=work_group,
        QueryExecutionContext=query_execution_context,
        ResultConfiguration=result_configuration,
        ClientRequestToken=client_request_token,
        ExecutionParameters=execution_parameters,
        ResultReuseConfiguration=result_reuse_configuration,
    )


def athena_get_query_results(
    name: str,
    *,
    query_execution_id: Json,
    next_token: Json = None,
    max_results: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Read the results of an Athena query (``arn:aws:states:::athena:getQueryResults``).

    Example:
        >>> from sfdsl import Var
        >>> athena_get_query_results("R", query_execution_id=Var("$.QueryExecution.QueryExecutionId"),
        ...                          end=True).to_asl()["Parameters"]
        {'QueryExecutionId.$': '$.QueryExecution.QueryExecutionId'}
    """
    return task(
        name,
        "athena:getQueryResults",
        _RR,
        options,
        QueryExecutionId=query_execution_id,
        NextToken=next_token,
        MaxResults=max_results,
    )


def athena_get_query_execution(
    name: str,
    *,
    query_execution_id: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Read the state and statistics of an Athena query (``arn:aws:states:::athena:getQueryExecution``).

    Example:
        >>> athena_get_query_execution("State", query_execution_id="q-1", end=True).to_asl()["Parameters"]
        {'QueryExecutionId': 'q-1'}
    """
    return task(name, "athena:getQueryExecution", _RR, options, QueryExecutionId=query_execution_id)


def athena_stop_query_execution(
    name: str,
    *,
    query_execution_id: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Stop a running Athena query (``arn:aws:states:::athena:stopQueryExecution``).

    Example:
        >>> athena_stop_query_execution("Stop", query_execution_id="q-1", end=True).resource
        'arn:aws:states:::athena:stopQueryExecution'
    """
    return task(
        name, "athena:stopQueryExecution", _RR, options, QueryExecutionId=query_execution_id
    )


def codebuild_start_build(
    name: str,
    *,
    project_name: Json,
    source_version: Json = None,
    environment_variables_override: Json = None,
    buildspec_override: Json = None,
    compute_type_override: Json = None,
    image_override: Json = None,
    timeout_in_minutes_override: Json = None,
    artifacts_override: Json = None,
    source_location_override: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Start a CodeBuild build (``arn:aws:states:::codebuild:startBuild``).

    Example:
        >>> codebuild_start_build("Build", project_name="app", pattern="sync", end=True).resource
        'arn:aws:states:::codebuild:startBuild.sync'
    """
    return task(
        name,
        "codebuild:startBuild",
        pattern,
        options,
        ProjectName=project_name,
        SourceVersion=source_version,
        EnvironmentVariablesOverride=environment_variables_override,
        BuildspecOverride=buildspec_override,
        ComputeTypeOverride=compute_type_override,
        ImageOverride=image_override,
        TimeoutInMinutesOverride=timeout_in_minutes_override,
        ArtifactsOverride=artifacts_override,
        SourceLocationOverride=source_location_override,
    )


def codebuild_stop_build(
    name: str,
    *,
    build_id: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Stop a CodeBuild build (``arn:aws:states:::codebuild:stopBuild``).

    *build_id* is the build's ``Id``.

    Example:
        >>> codebuild_stop_build("Stop", build_id="app:1", end=True).to_asl()["Parameters"]
        {'Id': 'app:1'}
    """
    return task(name, "codebuild:stopBuild", _RR, options, Id=build_id)


def codebuild_batch_delete_builds(
    name: str,
    *,
    build_ids: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Delete CodeBuild builds (``arn:aws:states:::codebuild:batchDeleteBuilds``).

    *build_ids* is the ``Ids`` list; Step Functions retries while a just-stopped build is
    still being finalized.

    Example:
        >>> codebuild_batch_delete_builds("Delete", build_ids=["app:1"], end=True).to_asl()["Parameters"]
        {'Ids': ['app:1']}
    """
    return task(name, "codebuild:batchDeleteBuilds", _RR, options, Ids=build_ids)


def codebuild_batch_get_reports(
    name: str,
    *,
    report_arns: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Read CodeBuild test or coverage reports (``arn:aws:states:::codebuild:batchGetReports``).

    Example:
        >>> codebuild_batch_get_reports("Reports", report_arns=["arn:r"], end=True).to_asl()["Parameters"]
        {'ReportArns': ['arn:r']}
    """
    return task(name, "codebuild:batchGetReports", _RR, options, ReportArns=report_arns)


def codebuild_start_build_batch(
    name: str,
    *,
    project_name: Json,
    source_version: Json = None,
    environment_variables_override: Json = None,
    buildspec_override: Json = None,
    compute_type_override: Json = None,
    image_override: Json = None,
    build_timeout_in_minutes_override: Json = None,
    artifacts_override: Json = None,
    source_location_override: Json = None,
    build_batch_config_override: Json = None,
    idempotency_token: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Start a CodeBuild batch build (``arn:aws:states:::codebuild:startBuildBatch``).

    Example:
        >>> codebuild_start_build_batch("Batch", project_name="app", pattern="sync", end=True).resource
        'arn:aws:states:::codebuild:startBuildBatch.sync'
    """
    return task(
        name,
        "codebuild:startBuildBatch",
        pattern,
        options,
        ProjectName=project_name,
        SourceVersion=source_version,
        EnvironmentVariablesOverride=environment_variables_override,
        BuildspecOverride=buildspec_override,
        ComputeTypeOverride=compute_type_override,
        ImageOverride=image_override,
        BuildTimeoutInMinutesOverride=build_timeout_in_minutes_override,
        ArtifactsOverride=artifacts_override,
        SourceLocationOverride=source_location_override,
        BuildBatchConfigOverride=build_batch_config_override,
        IdempotencyToken=idempotency_token,
    )


def codebuild_stop_build_batch(
    name: str,
    *,
    build_batch_id: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Stop a CodeBuild batch build (``arn:aws:states:::codebuild:stopBuildBatch``).

    *build_batch_id* is the batch's ``Id``.

    Example:
        >>> codebuild_stop_build_batch("Stop", build_batch_id="app:b1", end=True).to_asl()["Parameters"]
        {'Id': 'app:b1'}
    """
    return task(name, "codebuild:stopBuildBatch", _RR, options, Id=build_batch_id)


def codebuild_retry_build_batch(
    name: str,
    *,
    build_batch_id: Json,
    retry_type: Json = None,
    idempotency_token: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Retry a CodeBuild batch build (``arn:aws:states:::codebuild:retryBuildBatch``).

    Example:
        >>> codebuild_retry_build_batch("Retry", build_batch_id="app:b1", retry_type="RETRY_FAILED_BUILDS",
        ...                             pattern="sync", end=True).to_asl()["Parameters"]
        {'Id': 'app:b1', 'RetryType': 'RETRY_FAILED_BUILDS'}
    """
    return task(
        name,
        "codebuild:retryBuildBatch",
        pattern,
        options,
        Id=build_batch_id,
        RetryType=retry_type,
        IdempotencyToken=idempotency_token,
    )


def codebuild_delete_build_batch(
    name: str,
    *,
    build_batch_id: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Delete a CodeBuild batch build (``arn:aws:states:::codebuild:deleteBuildBatch``).

    Example:
        >>> codebuild_delete_build_batch("Delete", build_batch_id="app:b1", end=True).resource
        'arn:aws:states:::codebuild:deleteBuildBatch'
    """
    return task(name, "codebuild:deleteBuildBatch", _RR, options, Id=build_batch_id)


def sfn_start_execution(
    name: str,
    *,
    state_machine_arn: Json,
    input: Json = None,
    execution_name: Json = None,
    pattern: Pattern = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Start an execution of another state machine (``arn:aws:states:::states:startExecution``).

    ``pattern="sync"`` waits and returns the output as JSON text, ``"sync:2"`` as JSON.

    Example:
        >>> from sfdsl import Var
        >>> t = sfn_start_execution("Child", state_machine_arn="arn:aws:states:us-east-1:1:stateMachine:c",
        ...                         input=Var("$"), pattern="sync:2", end=True)
        >>> t.resource, t.to_asl()["Parameters"]["Input.$"]
        ('arn:aws:states:::states:startExecution.sync:2', '$')
    """
    return task(
        name,
        "states:startExecution",
        pattern,
        options,
        StateMachineArn=state_machine_arn,
        Input=input,
        Name=execution_name,
    )


def eventbridge_put_events(
    name: str,
    *,
    entries: Json,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Send events to EventBridge (``arn:aws:states:::events:putEvents``).

    Example:
        >>> eventbridge_put_events("Emit", entries=[{"Source": "shop", "DetailType": "Order",
        ...                                          "Detail": {"id": 1}}], end=True).resource
        'arn:aws:states:::events:putEvents'
    """
    return task(name, "events:putEvents", pattern, options, Entries=entries)


def apigateway_invoke(
    name: str,
    *,
    api_endpoint: Json,
    method: Json,
    stage: Json = None,
    path: Json = None,
    headers: Json = None,
    query_parameters: Json = None,
    request_body: Json = None,
    allow_null_values: Json = None,
    auth_type: Json = None,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call an API Gateway REST or HTTP API (``arn:aws:states:::apigateway:invoke``).

    Example:
        >>> apigateway_invoke("Call", api_endpoint="abc.execute-api.us-east-1.amazonaws.com",
        ...                   method="GET", stage="prod", path="/orders", end=True).to_asl()["Parameters"]["Method"]
        'GET'
    """
    return task(
        name,
        "apigateway:invoke",
        pattern,
        options,
        ApiEndpoint=api_endpoint,
        Method=method,
        Stage=stage,
        Path=path,
        Headers=headers,
        QueryParameters=query_parameters,
        RequestBody=request_body,
        AllowNullValues=allow_null_values,
        AuthType=auth_type,
    )


def http_invoke(
    name: str,
    *,
    api_endpoint: Json,
    method: Json,
    connection_arn: Json,
    headers: Json = None,
    query_parameters: Json = None,
    request_body: Json = None,
    transform: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Call an HTTPS API with an EventBridge connection's credentials (``arn:aws:states:::http:invoke``).

    Example:
        >>> http_invoke("Pay", api_endpoint="https://api.example.com/pay", method="POST",
        ...             connection_arn="arn:aws:events:us-east-1:1:connection/c/1", end=True
        ...             ).to_asl()["Parameters"]["Authentication"]
        {'ConnectionArn': 'arn:aws:events:us-east-1:1:connection/c/1'}
    """
    authentication = {"ConnectionArn": connection_arn}
    return task(
        name,
        "http:invoke",
        _RR,
        options,
        ApiEndpoint=api_endpoint,
        Method=method,
        Authentication=authentication,
        Headers=headers,
        QueryParameters=query_parameters,
        RequestBody=request_body,
        Transform=transform,
    )


def bedrock_invoke_model(
    name: str,
    *,
    model_id: Json,
    body: Json = None,
    input_s3_uri: Json = None,
    output_s3_uri: Json = None,
    content_type: Json = None,
    accept: Json = None,
    guardrail_identifier: Json = None,
    guardrail_version: Json = None,
    trace: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Invoke an Amazon Bedrock model (``arn:aws:states:::bedrock:invokeModel``).

    *input_s3_uri* and *output_s3_uri* (``Input``/``Output`` ``S3Uri``) read the request body
    from S3 and write the response there.

    Example:
        >>> bedrock_invoke_model("Ask", model_id="amazon.titan-text-express-v1",
        ...                      body={"inputText": "hi"}, end=True).resource
        'arn:aws:states:::bedrock:invokeModel'
    """
    return task(
        name,
        "bedrock:invokeModel",
        _RR,
        options,
        ModelId=model_id,
        Body=body,
        Input=None if input_s3_uri is None else {"S3Uri": input_s3_uri},
        Output=None if output_s3_uri is None else {"S3Uri": output_s3_uri},
        ContentType=content_type,
        Accept=accept,
        GuardrailIdentifier=guardrail_identifier,
        GuardrailVersion=guardrail_version,
        Trace=trace,
    )


def bedrock_create_model_customization_job(
    name: str,
    *,
    job_name: Json,
    custom_model_name: Json,
    role_arn: Json,
    base_model_identifier: Json,
    training_data_config: Json,
    output_data_config: Json,
    hyper_parameters: Json = None,
    customization_type: Json = None,
    validation_data_config: Json = None,
    client_request_token: Json = None,
    custom_model_kms_key_id: Json = None,
    job_tags: Json = None,
    custom_model_tags: Json = None,
    vpc_config: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Fine-tune an Amazon Bedrock model (``arn:aws:states:::bedrock:createModelCustomizationJob``).

    Example:
        >>> bedrock_create_model_customization_job(
        ...     "Tune", job_name="j", custom_model_name="m", role_arn="arn:aws:iam::1:role/b",
        ...     base_model_identifier="amazon.titan-text-express-v1",
        ...     training_data_config={"S3Uri": "s3://b/train.jsonl"},
        ...     output_data_config={"S3Uri": "s3://b/out"}, pattern="sync", end=True).resource
        'arn:aws:states:::bedrock:createModelCustomizationJob.sync'
    """
    return task(
        name,
        "bedrock:createModelCustomizationJob",
        pattern,
        options,
        JobName=job_name,
        CustomModelName=custom_model_name,
        RoleArn=role_arn,
        BaseModelIdentifier=base_model_identifier,
        TrainingDataConfig=training_data_config,
        OutputDataConfig=output_data_config,
        HyperParameters=hyper_parameters,
        CustomizationType=customization_type,
        ValidationDataConfig=validation_data_config,
        ClientRequestToken=client_request_token,
        CustomModelKmsKeyId=custom_model_kms_key_id,
        JobTags=job_tags,
        CustomModelTags=custom_model_tags,
        VpcConfig=vpc_config,
    )


def mediaconvert_create_job(
    name: str,
    *,
    role: Json,
    settings: Json,
    queue: Json = None,
    job_template: Json = None,
    user_metadata: Json = None,
    acceleration_settings: Json = None,
    billing_tags_source: Json = None,
    priority: Json = None,
    status_update_interval: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create an AWS Elemental MediaConvert job (``arn:aws:states:::mediaconvert:createJob``).

    Example:
        >>> mediaconvert_create_job("Encode", role="arn:aws:iam::1:role/mc", settings={"Inputs": []},
        ...                         pattern="sync", end=True).resource
        'arn:aws:states:::mediaconvert:createJob.sync'
    """
    return task(
        name,
        "mediaconvert:createJob",
        pattern,
        options,
        Role=role,
        Settings=settings,
        Queue=queue,
        JobTemplate=job_template,
        UserMetadata=user_metadata,
        AccelerationSettings=acceleration_settings,
        BillingTagsSource=billing_tags_source,
        Priority=priority,
        StatusUpdateInterval=status_update_interval,
        Tags=tags,
    )


def sagemaker_create_training_job(
    name: str,
    *,
    training_job_name: Json,
    algorithm_specification: Json,
    role_arn: Json,
    output_data_config: Json,
    resource_config: Json,
    stopping_condition: Json,
    hyper_parameters: Json = None,
    input_data_config: Json = None,
    vpc_config: Json = None,
    environment: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a SageMaker training job (``arn:aws:states:::sagemaker:createTrainingJob``).

    Example:
        >>> sagemaker_create_training_job(
        ...     "Train", training_job_name="j", role_arn="arn:aws:iam::1:role/sm",
        ...     algorithm_specification={"TrainingImage": "img", "TrainingInputMode": "File"},
        ...     output_data_config={"S3OutputPath": "s3://b/out"},
        ...     resource_config={"InstanceCount": 1, "InstanceType": "ml.m5.large", "VolumeSizeInGB": 10},
        ...     stopping_condition={"MaxRuntimeInSeconds": 3600}, pattern="sync", end=True).resource
        'arn:aws:states:::sagemaker:createTrainingJob.sync'
    """
    return task(
        name,
        "sagemaker:createTrainingJob",
        pattern,
        options,
        TrainingJobName=training_job_name,
        AlgorithmSpecification=algorithm_specification,
        RoleArn=role_arn,
        OutputDataConfig=output_data_config,
        ResourceConfig=resource_config,
        StoppingCondition=stopping_condition,
        HyperParameters=hyper_parameters,
        InputDataConfig=input_data_config,
        VpcConfig=vpc_config,
        Environment=environment,
        Tags=tags,
    )


def sagemaker_create_transform_job(
    name: str,
    *,
    transform_job_name: Json,
    model_name: Json,
    transform_input: Json,
    transform_output: Json,
    transform_resources: Json,
    max_concurrent_transforms: Json = None,
    max_payload_in_mb: Json = None,
    batch_strategy: Json = None,
    environment: Json = None,
    data_processing: Json = None,
    model_client_config: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a SageMaker batch transform job (``arn:aws:states:::sagemaker:createTransformJob``).

    Example:
        >>> sagemaker_create_transform_job(
        ...     "Score", transform_job_name="j", model_name="m",
        ...     transform_input={"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://b/in"}}},
        ...     transform_output={"S3OutputPath": "s3://b/out"},
        ...     transform_resources={"InstanceCount": 1, "InstanceType": "ml.m5.large"},
        ...     pattern="sync", end=True).resource
        'arn:aws:states:::sagemaker:createTransformJob.sync'
    """
    return task(
        name,
        "sagemaker:createTransformJob",
        pattern,
        options,
        TransformJobName=transform_job_name,
        ModelName=model_name,
        TransformInput=transform_input,
        TransformOutput=transform_output,
        TransformResources=transform_resources,
        MaxConcurrentTransforms=max_concurrent_transforms,
        MaxPayloadInMB=max_payload_in_mb,
        BatchStrategy=batch_strategy,
        Environment=environment,
        DataProcessing=data_processing,
        ModelClientConfig=model_client_config,
        Tags=tags,
    )


def sagemaker_create_processing_job(
    name: str,
    *,
    processing_job_name: Json,
    processing_resources: Json,
    app_specification: Json,
    role_arn: Json,
    processing_inputs: Json = None,
    processing_output_config: Json = None,
    stopping_condition: Json = None,
    environment: Json = None,
    network_config: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a SageMaker processing job (``arn:aws:states:::sagemaker:createProcessingJob``).

    Example:
        >>> sagemaker_create_processing_job(
        ...     "Prep", processing_job_name="j", role_arn="arn:aws:iam::1:role/sm",
        ...     app_specification={"ImageUri": "img"},
        ...     processing_resources={"ClusterConfig": {"InstanceCount": 1,
        ...         "InstanceType": "ml.m5.large", "VolumeSizeInGB": 10}},
        ...     pattern="sync", end=True).resource
        'arn:aws:states:::sagemaker:createProcessingJob.sync'
    """
    return task(
        name,
        "sagemaker:createProcessingJob",
        pattern,
        options,
        ProcessingJobName=processing_job_name,
        ProcessingResources=processing_resources,
        AppSpecification=app_specification,
        RoleArn=role_arn,
        ProcessingInputs=processing_inputs,
        ProcessingOutputConfig=processing_output_config,
        StoppingCondition=stopping_condition,
        Environment=environment,
        NetworkConfig=network_config,
        Tags=tags,
    )


def sagemaker_create_hyper_parameter_tuning_job(
    name: str,
    *,
    hyper_parameter_tuning_job_name: Json,
    hyper_parameter_tuning_job_config: Json,
    training_job_definition: Json = None,
    training_job_definitions: Json = None,
    warm_start_config: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a SageMaker tuning job (``arn:aws:states:::sagemaker:createHyperParameterTuningJob``).

    Example:
        >>> sagemaker_create_hyper_parameter_tuning_job(
        ...     "Tune", hyper_parameter_tuning_job_name="t",
        ...     hyper_parameter_tuning_job_config={"Strategy": "Bayesian",
        ...         "ResourceLimits": {"MaxNumberOfTrainingJobs": 4, "MaxParallelTrainingJobs": 2}},
        ...     pattern="sync", end=True).resource
        'arn:aws:states:::sagemaker:createHyperParameterTuningJob.sync'
    """
    return task(
        name,
        "sagemaker:createHyperParameterTuningJob",
        pattern,
        options,
        HyperParameterTuningJobName=hyper_parameter_tuning_job_name,
        HyperParameterTuningJobConfig=hyper_parameter_tuning_job_config,
        TrainingJobDefinition=training_job_definition,
        TrainingJobDefinitions=training_job_definitions,
        WarmStartConfig=warm_start_config,
        Tags=tags,
    )


def sagemaker_create_labeling_job(
    name: str,
    *,
    labeling_job_name: Json,
    label_attribute_name: Json,
    input_config: Json,
    output_config: Json,
    role_arn: Json,
    human_task_config: Json,
    label_category_config_s3_uri: Json = None,
    stopping_conditions: Json = None,
    labeling_job_algorithms_config: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a SageMaker Ground Truth labeling job (``arn:aws:states:::sagemaker:createLabelingJob``).

    Example:
        >>> sagemaker_create_labeling_job(
        ...     "Label", labeling_job_name="l", label_attribute_name="label",
        ...     input_config={"DataSource": {"S3DataSource": {"ManifestS3Uri": "s3://b/m"}}},
        ...     output_config={"S3OutputPath": "s3://b/out"}, role_arn="arn:aws:iam::1:role/sm",
        ...     human_task_config={"TaskTitle": "t"}, pattern="sync", end=True).resource
        'arn:aws:states:::sagemaker:createLabelingJob.sync'
    """
    return task(
        name,
        "sagemaker:createLabelingJob",
        pattern,
        options,
        LabelingJobName=labeling_job_name,
        LabelAttributeName=label_attribute_name,
        InputConfig=input_config,
        OutputConfig=output_config,
        RoleArn=role_arn,
        HumanTaskConfig=human_task_config,
        LabelCategoryConfigS3Uri=label_category_config_s3_uri,
        StoppingConditions=stopping_conditions,
        LabelingJobAlgorithmsConfig=labeling_job_algorithms_config,
        Tags=tags,
    )


def sagemaker_create_model(
    name: str,
    *,
    model_name: Json,
    execution_role_arn: Json = None,
    primary_container: Json = None,
    containers: Json = None,
    inference_execution_config: Json = None,
    vpc_config: Json = None,
    enable_network_isolation: Json = None,
    tags: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a SageMaker model (``arn:aws:states:::sagemaker:createModel``).

    Example:
        >>> sagemaker_create_model("Model", model_name="m", execution_role_arn="arn:aws:iam::1:role/sm",
        ...                        primary_container={"Image": "img"}, end=True).to_asl()["Parameters"]["ModelName"]
        'm'
    """
    return task(
        name,
        "sagemaker:createModel",
        _RR,
        options,
        ModelName=model_name,
        ExecutionRoleArn=execution_role_arn,
        PrimaryContainer=primary_container,
        Containers=containers,
        InferenceExecutionConfig=inference_execution_config,
        VpcConfig=vpc_config,
        EnableNetworkIsolation=enable_network_isolation,
        Tags=tags,
    )


def sagemaker_create_endpoint_config(
    name: str,
    *,
    endpoint_config_name: Json,
    production_variants: Json,
    data_capture_config: Json = None,
    kms_key_id: Json = None,
    async_inference_config: Json = None,
    tags: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a SageMaker endpoint configuration (``arn:aws:states:::sagemaker:createEndpointConfig``).

    Example:
        >>> sagemaker_create_endpoint_config("Config", endpoint_config_name="c",
        ...     production_variants=[{"VariantName": "v", "ModelName": "m"}], end=True).resource
        'arn:aws:states:::sagemaker:createEndpointConfig'
    """
    return task(
        name,
        "sagemaker:createEndpointConfig",
        _RR,
        options,
        EndpointConfigName=endpoint_config_name,
        ProductionVariants=production_variants,
        DataCaptureConfig=data_capture_config,
        KmsKeyId=kms_key_id,
        AsyncInferenceConfig=async_inference_config,
        Tags=tags,
    )


def sagemaker_create_endpoint(
    name: str,
    *,
    endpoint_name: Json,
    endpoint_config_name: Json,
    deployment_config: Json = None,
    tags: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a SageMaker endpoint (``arn:aws:states:::sagemaker:createEndpoint``).

    Example:
        >>> sagemaker_create_endpoint("Deploy", endpoint_name="e", endpoint_config_name="c",
        ...                           end=True).to_asl()["Parameters"]
        {'EndpointName': 'e', 'EndpointConfigName': 'c'}
    """
    return task(
        name,
        "sagemaker:createEndpoint",
        _RR,
        options,
        EndpointName=endpoint_name,
        EndpointConfigName=endpoint_config_name,
        DeploymentConfig=deployment_config,
        Tags=tags,
    )


def sagemaker_update_endpoint(
    name: str,
    *,
    endpoint_name: Json,
    endpoint_config_name: Json,
    deployment_config: Json = None,
    retain_all_variant_properties: Json = None,
    exclude_retained_variant_properties: Json = None,
    retain_deployment_config: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Switch a SageMaker endpoint to another configuration (``arn:aws:states:::sagemaker:updateEndpoint``).

    Example:
        >>> sagemaker_update_endpoint("Update", endpoint_name="e", endpoint_config_name="c2",
        ...                           end=True).resource
        'arn:aws:states:::sagemaker:updateEndpoint'
    """
    return task(
        name,
        "sagemaker:updateEndpoint",
        _RR,
        options,
        EndpointName=endpoint_name,
        EndpointConfigName=endpoint_config_name,
        DeploymentConfig=deployment_config,
        RetainAllVariantProperties=retain_all_variant_properties,
        ExcludeRetainedVariantProperties=exclude_retained_variant_properties,
        RetainDeploymentConfig=retain_deployment_config,
    )


def emr_serverless_start_job_run(
    name: str,
    *,
    application_id: Json,
    execution_role_arn: Json,
    job_driver: Json = None,
    configuration_overrides: Json = None,
    job_name: Json = None,
    execution_timeout_minutes: Json = None,
    client_token: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Run a job on an EMR Serverless application (``arn:aws:states:::emr-serverless:startJobRun``).

    Example:
        >>> emr_serverless_start_job_run("Spark", application_id="app", execution_role_arn="arn:r",
        ...                              pattern="sync", end=True).resource
        'arn:aws:states:::emr-serverless:startJobRun.sync'
    """
    return task(
        name,
        "emr-serverless:startJobRun",
        pattern,
        options,
        ApplicationId=application_id,
        ExecutionRoleArn=execution_role_arn,
        JobDriver=job_driver,
        ConfigurationOverrides=configuration_overrides,
        Name=job_name,
        ExecutionTimeoutMinutes=execution_timeout_minutes,
        ClientToken=client_token,
        Tags=tags,
    )


def emr_serverless_create_application(
    name: str,
    *,
    release_label: Json,
    type: Json,
    application_name: Json = None,
    client_token: Json = None,
    initial_capacity: Json = None,
    maximum_capacity: Json = None,
    auto_start_configuration: Json = None,
    auto_stop_configuration: Json = None,
    network_configuration: Json = None,
    architecture: Json = None,
    image_configuration: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create an EMR Serverless application (``arn:aws:states:::emr-serverless:createApplication``).

    *application_name* is the application's ``Name``; ``pattern="sync"`` waits until it is
    created. The role needs to create EMR Serverless' service-linked role.

    Example:
        >>> emr_serverless_create_application("App", application_name="etl", release_label="emr-7.0.0",
        ...                                   type="SPARK", end=True).to_asl()["Parameters"]
        {'ReleaseLabel': 'emr-7.0.0', 'Type': 'SPARK', 'Name': 'etl'}
    """
    return task(
        name,
        "emr-serverless:createApplication",
        pattern,
        options,
        ReleaseLabel=release_label,
        Type=type,
        Name=application_name,
        ClientToken=client_token,
        InitialCapacity=initial_capacity,
        MaximumCapacity=maximum_capacity,
        AutoStartConfiguration=auto_start_configuration,
        AutoStopConfiguration=auto_stop_configuration,
        NetworkConfiguration=network_configuration,
        Architecture=architecture,
        ImageConfiguration=image_configuration,
        Tags=tags,
    )


def emr_serverless_start_application(
    name: str,
    *,
    application_id: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Start an EMR Serverless application (``arn:aws:states:::emr-serverless:startApplication``).

    Example:
        >>> emr_serverless_start_application("Start", application_id="app", pattern="sync", end=True).resource
        'arn:aws:states:::emr-serverless:startApplication.sync'
    """
    return task(
        name, "emr-serverless:startApplication", pattern, options, ApplicationId=application_id
    )


def emr_serverless_stop_application(
    name: str,
    *,
    application_id: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Stop an EMR Serverless application (``arn:aws:states:::emr-serverless:stopApplication``).

    Example:
        >>> emr_serverless_stop_application("Stop", application_id="app", end=True).to_asl()["Parameters"]
        {'ApplicationId': 'app'}
    """
    return task(
        name, "emr-serverless:stopApplication", pattern, options, ApplicationId=application_id
    )


def emr_serverless_delete_application(
    name: str,
    *,
    application_id: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Delete an EMR Serverless application (``arn:aws:states:::emr-serverless:deleteApplication``).

    Example:
        >>> emr_serverless_delete_application("Delete", application_id="app", pattern="sync", end=True).resource
        'arn:aws:states:::emr-serverless:deleteApplication.sync'
    """
    return task(
        name, "emr-serverless:deleteApplication", pattern, options, ApplicationId=application_id
    )


def emr_serverless_cancel_job_run(
    name: str,
    *,
    application_id: Json,
    job_run_id: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Cancel an EMR Serverless job run (``arn:aws:states:::emr-serverless:cancelJobRun``).

    Example:
        >>> emr_serverless_cancel_job_run("Cancel", application_id="app", job_run_id="run",
        ...                               end=True).to_asl()["Parameters"]
        {'ApplicationId': 'app', 'JobRunId': 'run'}
    """
    return task(
        name,
        "emr-serverless:cancelJobRun",
        pattern,
        options,
        ApplicationId=application_id,
        JobRunId=job_run_id,
    )


def emr_add_step(
    name: str,
    *,
    cluster_id: Json,
    step: Json,
    execution_role_arn: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Add a step to a running EMR cluster (``arn:aws:states:::elasticmapreduce:addStep``).

    Example:
        >>> emr_add_step("Step", cluster_id="j-1", step={"Name": "s", "HadoopJarStep": {"Jar": "command-runner.jar"}},
        ...              pattern="sync", end=True).resource
        'arn:aws:states:::elasticmapreduce:addStep.sync'
    """
    return task(
        name,
        "elasticmapreduce:addStep",
        pattern,
        options,
        ClusterId=cluster_id,
        Step=step,
        ExecutionRoleArn=execution_role_arn,
    )


def emr_create_cluster(
    name: str,
    *,
    cluster_name: Json,
    instances: Json,
    release_label: Json = None,
    applications: Json = None,
    configurations: Json = None,
    service_role: Json = None,
    job_flow_role: Json = None,
    log_uri: Json = None,
    visible_to_all_users: Json = None,
    steps: Json = None,
    bootstrap_actions: Json = None,
    security_configuration: Json = None,
    step_concurrency_level: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create an EMR cluster (``arn:aws:states:::elasticmapreduce:createCluster``).

    *cluster_name* is the cluster's ``Name``.

    Example:
        >>> emr_create_cluster("Cluster", cluster_name="etl", release_label="emr-7.0.0",
        ...                    instances={"KeepJobFlowAliveWhenNoSteps": True}, pattern="sync",
        ...                    end=True).to_asl()["Parameters"]["Name"]
        'etl'
    """
    return task(
        name,
        "elasticmapreduce:createCluster",
        pattern,
        options,
        Name=cluster_name,
        ReleaseLabel=release_label,
        Instances=instances,
        Applications=applications,
        Configurations=configurations,
        ServiceRole=service_role,
        JobFlowRole=job_flow_role,
        LogUri=log_uri,
        VisibleToAllUsers=visible_to_all_users,
        Steps=steps,
        BootstrapActions=bootstrap_actions,
        SecurityConfiguration=security_configuration,
        StepConcurrencyLevel=step_concurrency_level,
        Tags=tags,
    )


def emr_terminate_cluster(
    name: str,
    *,
    cluster_id: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Terminate an EMR cluster (``arn:aws:states:::elasticmapreduce:terminateCluster``).

    Example:
        >>> emr_terminate_cluster("Stop", cluster_id="j-1", pattern="sync", end=True).resource
        'arn:aws:states:::elasticmapreduce:terminateCluster.sync'
    """
    return task(name, "elasticmapreduce:terminateCluster", pattern, options, ClusterId=cluster_id)


def emr_cancel_step(
    name: str,
    *,
    cluster_id: Json,
    step_id: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Cancel a pending step of an EMR cluster (``arn:aws:states:::elasticmapreduce:cancelStep``).

    Example:
        >>> emr_cancel_step("Cancel", cluster_id="j-1", step_id="s-1", end=True).to_asl()["Parameters"]
        {'ClusterId': 'j-1', 'StepId': 's-1'}
    """
    return task(
        name, "elasticmapreduce:cancelStep", _RR, options, ClusterId=cluster_id, StepId=step_id
    )


def emr_set_cluster_termination_protection(
    name: str,
    *,
    cluster_id: Json,
    termination_protected: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Lock or unlock an EMR cluster against termination (``arn:aws:states:::elasticmapreduce:setClusterTerminationProtection``).

    Example:
        >>> emr_set_cluster_termination_protection("Protect", cluster_id="j-1", termination_protected=True,
        ...                                        end=True).to_asl()["Parameters"]
        {'ClusterId': 'j-1', 'TerminationProtected': True}
    """
    return task(
        name,
        "elasticmapreduce:setClusterTerminationProtection",
        _RR,
        options,
        ClusterId=cluster_id,
        TerminationProtected=termination_protected,
    )


def emr_modify_instance_fleet_by_name(
    name: str,
    *,
    cluster_id: Json,
    instance_fleet_name: Json,
    instance_fleet: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Resize an EMR instance fleet given by name (``arn:aws:states:::elasticmapreduce:modifyInstanceFleetByName``).

    Example:
        >>> emr_modify_instance_fleet_by_name("Grow", cluster_id="j-1", instance_fleet_name="core",
        ...     instance_fleet={"TargetOnDemandCapacity": 4}, end=True).to_asl()["Parameters"]["InstanceFleetName"]
        'core'
    """
    return task(
        name,
        "elasticmapreduce:modifyInstanceFleetByName",
        _RR,
        options,
        ClusterId=cluster_id,
        InstanceFleetName=instance_fleet_name,
        InstanceFleet=instance_fleet,
    )


def emr_modify_instance_group_by_name(
    name: str,
    *,
    cluster_id: Json,
    instance_group_name: Json,
    instance_group: Json,
    **options: Unpack[TaskOptions],
) -> Task:
    """Resize an EMR instance group given by name (``arn:aws:states:::elasticmapreduce:modifyInstanceGroupByName``).

    Example:
        >>> emr_modify_instance_group_by_name("Grow", cluster_id="j-1", instance_group_name="core",
        ...     instance_group={"InstanceCount": 4}, end=True).to_asl()["Parameters"]["InstanceGroup"]
        {'InstanceCount': 4}
    """
    return task(
        name,
        "elasticmapreduce:modifyInstanceGroupByName",
        _RR,
        options,
        ClusterId=cluster_id,
        InstanceGroupName=instance_group_name,
        InstanceGroup=instance_group,
    )


def emr_containers_start_job_run(
    name: str,
    *,
    virtual_cluster_id: Json,
    execution_role_arn: Json,
    release_label: Json,
    job_driver: Json,
    job_name: Json = None,
    configuration_overrides: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Run a job on EMR on EKS (``arn:aws:states:::emr-containers:startJobRun``).

    Example:
        >>> emr_containers_start_job_run("Spark", virtual_cluster_id="vc", execution_role_arn="arn:r",
        ...                              release_label="emr-6.15.0-latest",
        ...                              job_driver={"SparkSubmitJobDriver": {"EntryPoint": "s3://b/job.py"}},
        ...                              pattern="sync", end=True).resource
        'arn:aws:states:::emr-containers:startJobRun.sync'
    """
    return task(
        name,
        "emr-containers:startJobRun",
        pattern,
        options,
        VirtualClusterId=virtual_cluster_id,
        Name=job_name,
        ExecutionRoleArn=execution_role_arn,
        ReleaseLabel=release_label,
        JobDriver=job_driver,
        ConfigurationOverrides=configuration_overrides,
        Tags=tags,
    )


def emr_containers_create_virtual_cluster(
    name: str,
    *,
    virtual_cluster_name: Json,
    container_provider: Json,
    client_token: Json = None,
    security_configuration_id: Json = None,
    tags: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Create an EMR on EKS virtual cluster (``arn:aws:states:::emr-containers:createVirtualCluster``).

    *virtual_cluster_name* is the cluster's ``Name``.

    Example:
        >>> emr_containers_create_virtual_cluster("Vc", virtual_cluster_name="vc",
        ...     container_provider={"Id": "eks-1", "Type": "EKS", "Info": {"EksInfo": {"Namespace": "spark"}}},
        ...     end=True).to_asl()["Parameters"]["Name"]
        'vc'
    """
    return task(
        name,
        "emr-containers:createVirtualCluster",
        _RR,
        options,
        Name=virtual_cluster_name,
        ContainerProvider=container_provider,
        ClientToken=client_token,
        SecurityConfigurationId=security_configuration_id,
        Tags=tags,
    )


def emr_containers_delete_virtual_cluster(
    name: str,
    *,
    virtual_cluster_id: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Delete an EMR on EKS virtual cluster (``arn:aws:states:::emr-containers:deleteVirtualCluster``).

    *virtual_cluster_id* is the cluster's ``Id``.

    Example:
        >>> emr_containers_delete_virtual_cluster("Drop", virtual_cluster_id="vc1", pattern="sync",
        ...                                       end=True).to_asl()["Parameters"]
        {'Id': 'vc1'}
    """
    return task(
        name, "emr-containers:deleteVirtualCluster", pattern, options, Id=virtual_cluster_id
    )


def eks_run_job(
    name: str,
    *,
    cluster_name: Json,
    certificate_authority: Json,
    endpoint: Json,
    job: Json,
    namespace: Json = None,
    log_options: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Run a Kubernetes job on an EKS cluster (``arn:aws:states:::eks:runJob``).

    Example:
        >>> eks_run_job("K8s", cluster_name="c", certificate_authority="ca", endpoint="https://e",
        ...             job={"apiVersion": "batch/v1", "kind": "Job"}, pattern="sync", end=True).resource
        'arn:aws:states:::eks:runJob.sync'
    """
    return task(
        name,
        "eks:runJob",
        pattern,
        options,
        ClusterName=cluster_name,
        CertificateAuthority=certificate_authority,
        Endpoint=endpoint,
        Namespace=namespace,
        Job=job,
        LogOptions=log_options,
    )


def eks_call(
    name: str,
    *,
    cluster_name: Json,
    certificate_authority: Json,
    endpoint: Json,
    method: Json,
    path: Json,
    query_parameters: Json = None,
    request_body: Json = None,
    **options: Unpack[TaskOptions],
) -> Task:
    """Call the Kubernetes API of an EKS cluster (``arn:aws:states:::eks:call``).

    Example:
        >>> eks_call("Pods", cluster_name="c", certificate_authority="ca", endpoint="https://e",
        ...          method="GET", path="/api/v1/namespaces/default/pods", end=True).to_asl()["Parameters"]["Method"]
        'GET'
    """
    return task(
        name,
        "eks:call",
        _RR,
        options,
        ClusterName=cluster_name,
        CertificateAuthority=certificate_authority,
        Endpoint=endpoint,
        Method=method,
        Path=path,
        QueryParameters=query_parameters,
        RequestBody=request_body,
    )


def eks_create_cluster(
    name: str,
    *,
    cluster_name: Json,
    role_arn: Json,
    resources_vpc_config: Json,
    version: Json = None,
    kubernetes_network_config: Json = None,
    logging: Json = None,
    access_config: Json = None,
    encryption_config: Json = None,
    client_request_token: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create an EKS cluster (``arn:aws:states:::eks:createCluster``).

    *cluster_name* is the cluster's ``Name``. Step Functions does not delete the cluster when the
    execution stops.

    Example:
        >>> eks_create_cluster("Cluster", cluster_name="c", role_arn="arn:aws:iam::1:role/eks",
        ...                    resources_vpc_config={"SubnetIds": ["subnet-1", "subnet-2"]},
        ...                    pattern="sync", end=True).resource
        'arn:aws:states:::eks:createCluster.sync'
    """
    return task(
        name,
        "eks:createCluster",
        pattern,
        options,
        Name=cluster_name,
        RoleArn=role_arn,
        ResourcesVpcConfig=resources_vpc_config,
        Version=version,
        KubernetesNetworkConfig=kubernetes_network_config,
        Logging=logging,
        AccessConfig=access_config,
        EncryptionConfig=encryption_config,
        ClientRequestToken=client_request_token,
        Tags=tags,
    )


def eks_delete_cluster(
    name: str,
    *,
    cluster_name: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Delete an EKS cluster (``arn:aws:states:::eks:deleteCluster``).

    Example:
        >>> eks_delete_cluster("Drop", cluster_name="c", pattern="sync", end=True).to_asl()["Parameters"]
        {'Name': 'c'}
    """
    return task(name, "eks:deleteCluster", pattern, options, Name=cluster_name)


def eks_create_nodegroup(
    name: str,
    *,
    cluster_name: Json,
    nodegroup_name: Json,
    subnets: Json,
    node_role: Json,
    scaling_config: Json = None,
    instance_types: Json = None,
    ami_type: Json = None,
    capacity_type: Json = None,
    disk_size: Json = None,
    labels: Json = None,
    taints: Json = None,
    launch_template: Json = None,
    remote_access: Json = None,
    update_config: Json = None,
    version: Json = None,
    release_version: Json = None,
    client_request_token: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a managed node group of an EKS cluster (``arn:aws:states:::eks:createNodegroup``).

    Example:
        >>> eks_create_nodegroup("Nodes", cluster_name="c", nodegroup_name="n", subnets=["subnet-1"],
        ...                      node_role="arn:aws:iam::1:role/node", pattern="sync", end=True).resource
        'arn:aws:states:::eks:createNodegroup.sync'
    """
    return task(
        name,
        "eks:createNodegroup",
        pattern,
        options,
        ClusterName=cluster_name,
        NodegroupName=nodegroup_name,
        Subnets=subnets,
        NodeRole=node_role,
        ScalingConfig=scaling_config,
        InstanceTypes=instance_types,
        AmiType=ami_type,
        CapacityType=capacity_type,
        DiskSize=disk_size,
        Labels=labels,
        Taints=taints,
        LaunchTemplate=launch_template,
        RemoteAccess=remote_access,
        UpdateConfig=update_config,
        Version=version,
        ReleaseVersion=release_version,
        ClientRequestToken=client_request_token,
        Tags=tags,
    )


def eks_delete_nodegroup(
    name: str,
    *,
    cluster_name: Json,
    nodegroup_name: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Delete a managed node group of an EKS cluster (``arn:aws:states:::eks:deleteNodegroup``).

    Example:
        >>> eks_delete_nodegroup("Drop", cluster_name="c", nodegroup_name="n", end=True).to_asl()["Parameters"]
        {'ClusterName': 'c', 'NodegroupName': 'n'}
    """
    return task(
        name,
        "eks:deleteNodegroup",
        pattern,
        options,
        ClusterName=cluster_name,
        NodegroupName=nodegroup_name,
    )


def eks_create_fargate_profile(
    name: str,
    *,
    cluster_name: Json,
    fargate_profile_name: Json,
    pod_execution_role_arn: Json,
    subnets: Json = None,
    selectors: Json = None,
    client_request_token: Json = None,
    tags: Json = None,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Create a Fargate profile of an EKS cluster (``arn:aws:states:::eks:createFargateProfile``).

    Example:
        >>> eks_create_fargate_profile("Profile", cluster_name="c", fargate_profile_name="p",
        ...                            pod_execution_role_arn="arn:aws:iam::1:role/pod",
        ...                            selectors=[{"Namespace": "jobs"}], pattern="sync", end=True).resource
        'arn:aws:states:::eks:createFargateProfile.sync'
    """
    return task(
        name,
        "eks:createFargateProfile",
        pattern,
        options,
        ClusterName=cluster_name,
        FargateProfileName=fargate_profile_name,
        PodExecutionRoleArn=pod_execution_role_arn,
        Subnets=subnets,
        Selectors=selectors,
        ClientRequestToken=client_request_token,
        Tags=tags,
    )


def eks_delete_fargate_profile(
    name: str,
    *,
    cluster_name: Json,
    fargate_profile_name: Json,
    pattern: Literal["request_response", "sync"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Delete a Fargate profile of an EKS cluster (``arn:aws:states:::eks:deleteFargateProfile``).

    Example:
        >>> eks_delete_fargate_profile("Drop", cluster_name="c", fargate_profile_name="p",
        ...                            end=True).to_asl()["Parameters"]
        {'ClusterName': 'c', 'FargateProfileName': 'p'}
    """
    return task(
        name,
        "eks:deleteFargateProfile",
        pattern,
        options,
        ClusterName=cluster_name,
        FargateProfileName=fargate_profile_name,
    )


CONSTRUCTORS: Final[Mapping[str, Callable[..., Task]]] = {
    "lambda:invoke": lambda_invoke,
    "dynamodb:getItem": dynamodb_get_item,
    "dynamodb:putItem": dynamodb_put_item,
    "dynamodb:updateItem": dynamodb_update_item,
    "dynamodb:deleteItem": dynamodb_delete_item,
    "sqs:sendMessage": sqs_send_message,
    "sns:publish": sns_publish,
    "ecs:runTask": ecs_run_task,
    "batch:submitJob": batch_submit_job,
    "glue:startJobRun": glue_start_job_run,
    "databrew:startJobRun": databrew_start_job_run,
    "athena:startQueryExecution": athena_start_query_execution,
    "athena:getQueryResults": athena_get_query_results,
    "athena:getQueryExecution": athena_get_query_execution,
    "athena:stopQueryExecution": athena_stop_query_execution,
    "codebuild:startBuild": codebuild_start_build,
    "codebuild:stopBuild": codebuild_stop_build,
    "codebuild:batchDeleteBuilds": codebuild_batch_delete_builds,
    "codebuild:batchGetReports": codebuild_batch_get_reports,
    "codebuild:startBuildBatch": codebuild_start_build_batch,
    "codebuild:stopBuildBatch": codebuild_stop_build_batch,
    "codebuild:retryBuildBatch": codebuild_retry_build_batch,
    "codebuild:deleteBuildBatch": codebuild_delete_build_batch,
    "states:startExecution": sfn_start_execution,
    "events:putEvents": eventbridge_put_events,
    "apigateway:invoke": apigateway_invoke,
    "http:invoke": http_invoke,
    "bedrock:invokeModel": bedrock_invoke_model,
    "bedrock:createModelCustomizationJob": bedrock_create_model_customization_job,
    "mediaconvert:createJob": mediaconvert_create_job,
    "sagemaker:createTrainingJob": sagemaker_create_training_job,
    "sagemaker:createTransformJob": sagemaker_create_transform_job,
    "sagemaker:createProcessingJob": sagemaker_create_processing_job,
    "sagemaker:createHyperParameterTuningJob": sagemaker_create_hyper_parameter_tuning_job,
    "sagemaker:createLabelingJob": sagemaker_create_labeling_job,
    "sagemaker:createModel": sagemaker_create_model,
    "sagemaker:createEndpointConfig": sagemaker_create_endpoint_config,
    "sagemaker:createEndpoint": sagemaker_create_endpoint,
    "sagemaker:updateEndpoint": sagemaker_update_endpoint,
    "emr-serverless:startJobRun": emr_serverless_start_job_run,
    "emr-serverless:createApplication": emr_serverless_create_application,
    "emr-serverless:startApplication": emr_serverless_start_application,
    "emr-serverless:stopApplication": emr_serverless_stop_application,
    "emr-serverless:deleteApplication": emr_serverless_delete_application,
    "emr-serverless:cancelJobRun": emr_serverless_cancel_job_run,
    "elasticmapreduce:addStep": emr_add_step,
    "elasticmapreduce:createCluster": emr_create_cluster,
    "elasticmapreduce:terminateCluster": emr_terminate_cluster,
    "elasticmapreduce:cancelStep": emr_cancel_step,
    "elasticmapreduce:setClusterTerminationProtection": emr_set_cluster_termination_protection,
    "elasticmapreduce:modifyInstanceFleetByName": emr_modify_instance_fleet_by_name,
    "elasticmapreduce:modifyInstanceGroupByName": emr_modify_instance_group_by_name,
    "emr-containers:startJobRun": emr_containers_start_job_run,
    "emr-containers:createVirtualCluster": emr_containers_create_virtual_cluster,
    "emr-containers:deleteVirtualCluster": emr_containers_delete_virtual_cluster,
    "eks:runJob": eks_run_job,
    "eks:call": eks_call,
    "eks:createCluster": eks_create_cluster,
    "eks:deleteCluster": eks_delete_cluster,
    "eks:createNodegroup": eks_create_nodegroup,
    "eks:deleteNodegroup": eks_delete_nodegroup,
    "eks:createFargateProfile": eks_create_fargate_profile,
    "eks:deleteFargateProfile": eks_delete_fargate_profile,
}
"""The constructor of each optimized integration that has one, by ``<service>:<action>``."""

__all__ = [
    "CONSTRUCTORS",
    "PATTERNS",
    "Pattern",
    "TaskOptions",
    "apigateway_invoke",
    "athena_get_query_execution",
    "athena_get_query_results",
    "athena_start_query_execution",
    "athena_stop_query_execution",
    "batch_submit_job",
    "bedrock_create_model_customization_job",
    "bedrock_invoke_model",
    "codebuild_batch_delete_builds",
    "codebuild_batch_get_reports",
    "codebuild_delete_build_batch",
    "codebuild_retry_build_batch",
    "codebuild_start_build",
    "codebuild_start_build_batch",
    "codebuild_stop_build",
    "codebuild_stop_build_batch",
    "databrew_start_job_run",
    "dynamodb_delete_item",
    "dynamodb_get_item",
    "dynamodb_put_item",
    "dynamodb_update_item",
    "ecs_run_task",
    "eks_call",
    "eks_create_cluster",
    "eks_create_fargate_profile",
    "eks_create_nodegroup",
    "eks_delete_cluster",
    "eks_delete_fargate_profile",
    "eks_delete_nodegroup",
    "eks_run_job",
    "emr_add_step",
    "emr_cancel_step",
    "emr_containers_create_virtual_cluster",
    "emr_containers_delete_virtual_cluster",
    "emr_containers_start_job_run",
    "emr_create_cluster",
    "emr_modify_instance_fleet_by_name",
    "emr_modify_instance_group_by_name",
    "emr_serverless_cancel_job_run",
    "emr_serverless_create_application",
    "emr_serverless_delete_application",
    "emr_serverless_start_application",
    "emr_serverless_start_job_run",
    "emr_serverless_stop_application",
    "emr_set_cluster_termination_protection",
    "emr_terminate_cluster",
    "eventbridge_put_events",
    "glue_start_job_run",
    "http_invoke",
    "lambda_invoke",
    "mediaconvert_create_job",
    "sagemaker_create_endpoint",
    "sagemaker_create_endpoint_config",
    "sagemaker_create_hyper_parameter_tuning_job",
    "sagemaker_create_labeling_job",
    "sagemaker_create_model",
    "sagemaker_create_processing_job",
    "sagemaker_create_training_job",
    "sagemaker_create_transform_job",
    "sagemaker_update_endpoint",
    "sfn_start_execution",
    "sns_publish",
    "sqs_send_message",
]
