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
        {'Message': 'done', 'TopicArn': 'arn:aws:sns:us-east-1:1:t'}
    """
    return task(
        name,
        "sns:publish",
        pattern,
        options,
        Message=message,
        TopicArn=topic_arn,
        TargetArn=target_arn,
        PhoneNumber=phone_number,
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
    "codebuild:startBuild": codebuild_start_build,
    "states:startExecution": sfn_start_execution,
    "events:putEvents": eventbridge_put_events,
    "apigateway:invoke": apigateway_invoke,
    "http:invoke": http_invoke,
    "bedrock:invokeModel": bedrock_invoke_model,
    "mediaconvert:createJob": mediaconvert_create_job,
    "sagemaker:createTrainingJob": sagemaker_create_training_job,
    "emr-serverless:startJobRun": emr_serverless_start_job_run,
    "elasticmapreduce:addStep": emr_add_step,
    "elasticmapreduce:createCluster": emr_create_cluster,
    "elasticmapreduce:terminateCluster": emr_terminate_cluster,
    "emr-containers:startJobRun": emr_containers_start_job_run,
    "eks:runJob": eks_run_job,
}
"""The constructor of each optimized integration that has one, by ``<service>:<action>``."""

__all__ = [
    "CONSTRUCTORS",
    "PATTERNS",
    "Pattern",
    "TaskOptions",
    "apigateway_invoke",
    "athena_get_query_results",
    "athena_start_query_execution",
    "batch_submit_job",
    "bedrock_invoke_model",
    "codebuild_start_build",
    "databrew_start_job_run",
    "dynamodb_delete_item",
    "dynamodb_get_item",
    "dynamodb_put_item",
    "dynamodb_update_item",
    "ecs_run_task",
    "eks_run_job",
    "emr_add_step",
    "emr_containers_start_job_run",
    "emr_create_cluster",
    "emr_serverless_start_job_run",
    "emr_terminate_cluster",
    "eventbridge_put_events",
    "glue_start_job_run",
    "http_invoke",
    "lambda_invoke",
    "mediaconvert_create_job",
    "sagemaker_create_training_job",
    "sfn_start_execution",
    "sns_publish",
    "sqs_send_message",
]
