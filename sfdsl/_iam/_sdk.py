"""From ``arn:aws:states:::aws-sdk:<service>:<action>`` to IAM action names.

Step Functions names an SDK service by its lower-cased SDK client name, which often differs
from the service's IAM prefix (``sfn`` is ``states``, ``cloudwatchlogs`` is ``logs``). The
action is the SDK operation in camelCase; its IAM action is usually the PascalCase name,
with the exceptions listed in :data:`ACTION_EXCEPTIONS`. Every derived action is checked
against the Service Authorization Reference (:mod:`sfdsl._iam._data`), so a wrong guess is
reported instead of written.
"""

from __future__ import annotations

from functools import cache

from sfdsl._iam import _data

#: SDK service name used in the Resource -> IAM prefix, where the two differ.
SERVICE_PREFIXES: dict[str, str] = {
    "accessanalyzer": "access-analyzer",
    "acmpca": "acm-pca",
    "amp": "aps",
    "apigatewaymanagementapi": "execute-api",
    "apigatewayv2": "apigateway",
    "appintegrations": "app-integrations",
    "applicationautoscaling": "application-autoscaling",
    "autoscalingplans": "autoscaling-plans",
    "bedrockagent": "bedrock",
    "bedrockagentruntime": "bedrock",
    "bedrockruntime": "bedrock",
    "cloudcontrol": "cloudformation",
    "cloudhsmv2": "cloudhsm",
    "cloudsearchdomain": "cloudsearch",
    "cloudwatchevents": "events",
    "cloudwatchlogs": "logs",
    "codeguruprofiler": "codeguru-profiler",
    "codegurureviewer": "codeguru-reviewer",
    "codestarconnections": "codestar-connections",
    "codestarnotifications": "codestar-notifications",
    "cognitoidentity": "cognito-identity",
    "cognitoidentityprovider": "cognito-idp",
    "cognitosync": "cognito-sync",
    "computeoptimizer": "compute-optimizer",
    "configservice": "config",
    "costexplorer": "ce",
    "customerprofiles": "profile",
    "databasemigration": "dms",
    "directoryservice": "ds",
    "devopsguru": "devops-guru",
    "directory": "ds",
    "docdb": "rds",
    "dynamodbstreams": "dynamodb",
    "ec2instanceconnect": "ec2-instance-connect",
    "ecrpublic": "ecr-public",
    "efs": "elasticfilesystem",
    "elasticloadbalancingv2": "elasticloadbalancing",
    "elasticsearch": "es",
    "emr": "elasticmapreduce",
    "emrcontainers": "emr-containers",
    "emrserverless": "emr-serverless",
    "eventbridge": "events",
    "finspacedata": "finspace-api",
    "forecastquery": "forecast",
    "greengrassv2": "greengrass",
    "iotdata": "iot",
    "iotdataplane": "iot",
    "iotjobsdataplane": "iotjobsdata",
    "iotsecuretunneling": "iot",
    "keyspaces": "cassandra",
    "kinesisanalyticsv2": "kinesisanalytics",
    "kinesisvideoarchivedmedia": "kinesisvideo",
    "kinesisvideomedia": "kinesisvideo",
    "kinesisvideosignaling": "kinesisvideo",
    "lexmodelbuilding": "lex",
    "lexmodelsv2": "lex",
    "lexruntime": "lex",
    "lexruntimev2": "lex",
    "licensemanager": "license-manager",
    "location": "geo",
    "marketplacecatalog": "aws-marketplace",
    "marketplacemetering": "aws-marketplace",
    "mediapackagevod": "mediapackage-vod",
    "mediastoredata": "mediastore",
    "migrationhub": "mgh",
    "mwaa": "airflow",
    "neptune": "rds",
    "networkfirewall": "network-firewall",
    "opensearch": "es",
    "opensearchserverless": "aoss",
    "personalizeevents": "personalize",
    "personalizeruntime": "personalize",
    "pinpoint": "mobiletargeting",
    "pinpointemail": "ses",
    "pinpointsmsvoice": "sms-voice",
    "qldbsession": "qldb",
    "rdsdata": "rds-data",
    "redshiftdata": "redshift-data",
    "redshiftserverless": "redshift-serverless",
    "resourcegroups": "resource-groups",
    "resourcegroupstaggingapi": "tag",
    "s3control": "s3",
    "s3outposts": "s3-outposts",
    "sagemakera2iruntime": "sagemaker",
    "sagemakeredge": "sagemaker",
    "sagemakerfeaturestoreruntime": "sagemaker",
    "sagemakerruntime": "sagemaker",
    "serverlessapplicationrepository": "serverlessrepo",
    "servicecatalogappregistry": "servicecatalog",
    "sesv2": "ses",
    "sfn": "states",
    "ssmcontacts": "ssm-contacts",
    "ssmincidents": "ssm-incidents",
    "ssoadmin": "sso",
    "ssooidc": "sso-oauth",
    "timestreamquery": "timestream",
    "timestreamwrite": "timestream",
    "wafregional": "waf-regional",
}

#: ``(IAM prefix, SDK action)`` whose IAM actions are not the PascalCase SDK name.
ACTION_EXCEPTIONS: dict[tuple[str, str], tuple[str, ...]] = {
    # S3 authorizes many API operations by other action names ("Required permissions" of
    # each operation): https://docs.aws.amazon.com/AmazonS3/latest/API/API_Operations.html and
    # https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
    ("s3", "listObjectsV2"): ("ListBucket",),
    ("s3", "listObjects"): ("ListBucket",),
    ("s3", "listObjectVersions"): ("ListBucketVersions",),
    ("s3", "listMultipartUploads"): ("ListBucketMultipartUploads",),
    ("s3", "headObject"): ("GetObject",),
    ("s3", "headBucket"): ("ListBucket",),
    ("s3", "listBuckets"): ("ListAllMyBuckets",),
    ("s3", "copyObject"): ("GetObject", "PutObject"),
    ("s3", "deleteObjects"): ("DeleteObject",),
    ("s3", "createMultipartUpload"): ("PutObject",),
    ("s3", "uploadPart"): ("PutObject",),
    ("s3", "completeMultipartUpload"): ("PutObject",),
    ("s3", "uploadPartCopy"): ("GetObject", "PutObject"),
    ("s3", "listParts"): ("ListMultipartUploadParts",),
    ("s3", "selectObjectContent"): ("GetObject",),
    # GetObjectAttributes needs both permissions ("you must have READ access to the object",
    # https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAttributes.html).
    ("s3", "getObjectAttributes"): ("GetObjectAttributes", "GetObject"),
    ("s3", "getBucketCors"): ("GetBucketCORS",),
    ("s3", "putBucketCors"): ("PutBucketCORS",),
    ("s3", "deleteBucketCors"): ("PutBucketCORS",),
    ("s3", "deleteBucketTagging"): ("PutBucketTagging",),
    ("s3", "getBucketEncryption"): ("GetEncryptionConfiguration",),
    ("s3", "putBucketEncryption"): ("PutEncryptionConfiguration",),
    ("s3", "deleteBucketEncryption"): ("PutEncryptionConfiguration",),
    ("s3", "getBucketLifecycleConfiguration"): ("GetLifecycleConfiguration",),
    ("s3", "putBucketLifecycleConfiguration"): ("PutLifecycleConfiguration",),
    ("s3", "deleteBucketLifecycle"): ("PutLifecycleConfiguration",),
    ("s3", "getBucketNotificationConfiguration"): ("GetBucketNotification",),
    ("s3", "putBucketNotificationConfiguration"): ("PutBucketNotification",),
    ("s3", "getBucketReplication"): ("GetReplicationConfiguration",),
    ("s3", "putBucketReplication"): ("PutReplicationConfiguration",),
    ("s3", "deleteBucketReplication"): ("PutReplicationConfiguration",),
    ("s3", "getPublicAccessBlock"): ("GetBucketPublicAccessBlock",),
    ("s3", "putPublicAccessBlock"): ("PutBucketPublicAccessBlock",),
    ("s3", "deletePublicAccessBlock"): ("PutBucketPublicAccessBlock",),
    ("s3", "getObjectLockConfiguration"): ("GetBucketObjectLockConfiguration",),
    ("s3", "putObjectLockConfiguration"): ("PutBucketObjectLockConfiguration",),
    ("s3", "getBucketAccelerateConfiguration"): ("GetAccelerateConfiguration",),
    ("s3", "putBucketAccelerateConfiguration"): ("PutAccelerateConfiguration",),
    # https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html
    ("lambda", "invoke"): ("InvokeFunction",),
    ("lambda", "invokeWithResponseStream"): ("InvokeFunction",),
    # Batch calls need the permission of the single call: https://docs.aws.amazon.com/
    # AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-permissions-reference.html,
    # https://docs.aws.amazon.com/sns/latest/api/API_PublishBatch.html
    ("sqs", "sendMessageBatch"): ("SendMessage",),
    ("sqs", "deleteMessageBatch"): ("DeleteMessage",),
    ("sqs", "changeMessageVisibilityBatch"): ("ChangeMessageVisibility",),
    ("sns", "publishBatch"): ("Publish",),
    # https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html
    ("kms", "reEncrypt"): ("ReEncryptFrom", "ReEncryptTo"),
    # https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpointWithResponseStream.html
    ("sagemaker", "invokeEndpointWithResponseStream"): ("InvokeEndpoint",),
    # https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html
    ("dynamodb", "transactGetItems"): ("GetItem",),
    ("dynamodb", "transactWriteItems"): (
        "ConditionCheckItem",
        "DeleteItem",
        "PutItem",
        "UpdateItem",
    ),
    # PartiQL calls are authorized per statement verb; the rule narrows them from Statement:
    # https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-iam.html
    **{
        ("dynamodb", api): ("PartiQLDelete", "PartiQLInsert", "PartiQLSelect", "PartiQLUpdate")
        for api in ("executeStatement", "batchExecuteStatement", "executeTransaction")
    },
    # https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html
    ("bedrock", "converse"): ("InvokeModel",),
    ("bedrock", "converseStream"): ("InvokeModelWithResponseStream",),
    # https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-control-access-iam.html
    ("execute-api", "postToConnection"): ("ManageConnections",),
    ("execute-api", "getConnection"): ("ManageConnections",),
    ("execute-api", "deleteConnection"): ("ManageConnections",),
}


#: API Gateway authorizes its management APIs by HTTP verb (``apigateway:GET`` ...): the verb
#: of an SDK action by its first word, and the actions whose verb differs
#: (https://docs.aws.amazon.com/apigateway/latest/developerguide/security_iam_service-with-iam.html).
_APIGATEWAY_VERBS: dict[str, str] = {
    "create": "POST",
    "delete": "DELETE",
    "export": "GET",
    "flush": "DELETE",
    "generate": "POST",
    "get": "GET",
    "put": "PUT",
    "reimport": "PUT",
    "reject": "POST",
    "reset": "DELETE",
    "test": "POST",
    "untag": "DELETE",
    "update": "PATCH",
}
_APIGATEWAY_CALLS: dict[tuple[str, str], str] = {
    ("apigateway", "importApiKeys"): "POST",
    ("apigateway", "importDocumentationParts"): "PUT",
    ("apigateway", "importRestApi"): "POST",
    ("apigateway", "tagResource"): "PUT",
    ("apigatewayv2", "importApi"): "PUT",
    ("apigatewayv2", "tagResource"): "POST",
}


def apigateway_verb(service: str, sdk_action: str) -> str | None:
    """The ``apigateway:`` HTTP verb action of an API Gateway (v1 or v2) SDK action.

    ``None`` when the action is not a management call of a known verb.

    Example:
        >>> apigateway_verb("apigateway", "getRestApis"), apigateway_verb("apigatewayv2", "updateApi")
        ('GET', 'PATCH')
    """
    known = _APIGATEWAY_CALLS.get((service, sdk_action))
    if known is not None:
        return known
    word = sdk_action[: len(sdk_action) - len(sdk_action.lstrip("abcdefghijklmnopqrstuvwxyz"))]
    return _APIGATEWAY_VERBS.get(word)


def iam_prefix(service: str) -> str:
    """The IAM prefix for an SDK service name of an ``aws-sdk`` Resource.

    Example:
        >>> iam_prefix("sfn"), iam_prefix("ec2")
        ('states', 'ec2')
    """
    return SERVICE_PREFIXES.get(service, service)


def iam_actions(prefix: str, sdk_action: str) -> tuple[str, ...]:
    """IAM action names (without prefix) for an SDK action in camelCase.

    Example:
        >>> iam_actions("s3", "listObjectsV2"), iam_actions("ec2", "describeInstances")
        (('ListBucket',), ('DescribeInstances',))
        >>> iam_actions("kinesisvideo", "getHlsStreamingSessionUrl")
        ('GetHLSStreamingSessionURL',)
    """
    known = ACTION_EXCEPTIONS.get((prefix, sdk_action))
    if known is not None:
        return known
    name = sdk_action[:1].upper() + sdk_action[1:]
    # IAM action names are case-insensitive: GetHlsStreamingSessionUrl is GetHLSStreamingSessionURL.
    return (_names(prefix).get(name.lower(), name),)


@cache
def _names(prefix: str) -> dict[str, str]:
    """Lower-cased IAM action name -> its name as the reference writes it."""
    return {
        name: act.name
        for name in _data._actions(prefix)
        if (act := _data.action(prefix, name)) is not None
    }


def has_prefix(prefix: str) -> bool:
    """Whether the Service Authorization Reference has an IAM service with this prefix.

    Example:
        >>> has_prefix("states"), has_prefix("sfn")
        (True, False)
    """
    return _data.has_prefix(prefix)


def has_action(prefix: str, action: str) -> bool:
    """Whether the Service Authorization Reference lists ``prefix:action`` (exact spelling).

    Example:
        >>> has_action("dynamodb", "PutItem"), has_action("dynamodb", "TransactWriteItems")
        (True, False)
    """
    act = _data.action(prefix, action)
    return act is not None and act.name == action


def needs_no_resource(prefix: str, action: str) -> bool:
    """Whether ``prefix:action`` names no resource, so ``"*"`` is its exact resource.

    True when the AWS Service Authorization Reference lists no resource type for the action.
    An action whose resource types are all optional still acts on a resource when the call
    names one, so it is not "unscoped".

    Example:
        >>> needs_no_resource("sts", "GetCallerIdentity"), needs_no_resource("sqs", "SendMessage")
        (True, False)
        >>> needs_no_resource("events", "DisableRule")
        False
    """
    act = _data.action(prefix, action)
    return act is not None and act.accepts_no_resource
