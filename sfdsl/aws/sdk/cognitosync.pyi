"""Typed builders of the AWS SDK integration of cognitosync (``aws-sdk:cognitosync:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

BulkPublishParameters = TypedDict(
    "BulkPublishParameters", {"IdentityPoolId": S, "IdentityPoolId.$": str}, total=False
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
    },
    total=False,
)
DescribeDatasetParameters = TypedDict(
    "DescribeDatasetParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
    },
    total=False,
)
DescribeIdentityPoolUsageParameters = TypedDict(
    "DescribeIdentityPoolUsageParameters",
    {"IdentityPoolId": S, "IdentityPoolId.$": str},
    total=False,
)
DescribeIdentityUsageParameters = TypedDict(
    "DescribeIdentityUsageParameters",
    {"IdentityPoolId": S, "IdentityPoolId.$": str, "IdentityId": S, "IdentityId.$": str},
    total=False,
)
GetBulkPublishDetailsParameters = TypedDict(
    "GetBulkPublishDetailsParameters", {"IdentityPoolId": S, "IdentityPoolId.$": str}, total=False
)
GetCognitoEventsParameters = TypedDict(
    "GetCognitoEventsParameters", {"IdentityPoolId": S, "IdentityPoolId.$": str}, total=False
)
GetIdentityPoolConfigurationParameters = TypedDict(
    "GetIdentityPoolConfigurationParameters",
    {"IdentityPoolId": S, "IdentityPoolId.$": str},
    total=False,
)
ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIdentityPoolUsageParameters = TypedDict(
    "ListIdentityPoolUsageParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListRecordsParameters = TypedDict(
    "ListRecordsParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "LastSyncCount": I,
        "LastSyncCount.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SyncSessionToken": S,
        "SyncSessionToken.$": str,
    },
    total=False,
)
RegisterDeviceParameters = TypedDict(
    "RegisterDeviceParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "Platform": S,
        "Platform.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
SetCognitoEventsParameters = TypedDict(
    "SetCognitoEventsParameters",
    {"IdentityPoolId": S, "IdentityPoolId.$": str, "Events": M[S], "Events.$": str},
    total=False,
)

class PushSync(TypedDict, total=False):
    ApplicationArns: L[Si]
    RoleArn: S

class CognitoStreams(TypedDict, total=False):
    StreamName: S
    RoleArn: S
    StreamingStatus: S

SetIdentityPoolConfigurationParameters = TypedDict(
    "SetIdentityPoolConfigurationParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "PushSync": X[PushSync],
        "PushSync.$": str,
        "CognitoStreams": X[CognitoStreams],
        "CognitoStreams.$": str,
    },
    total=False,
)
SubscribeToDatasetParameters = TypedDict(
    "SubscribeToDatasetParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
    },
    total=False,
)
UnsubscribeFromDatasetParameters = TypedDict(
    "UnsubscribeFromDatasetParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
    },
    total=False,
)

class RecordPatch(TypedDict, total=False):
    Op: S
    Key: S
    Value: S
    SyncCount: I
    DeviceLastModifiedDate: T

UpdateRecordsParameters = TypedDict(
    "UpdateRecordsParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "RecordPatches": L[Xi[RecordPatch]],
        "RecordPatches.$": str,
        "SyncSessionToken": S,
        "SyncSessionToken.$": str,
        "ClientContext": S,
        "ClientContext.$": str,
    },
    total=False,
)
bulk_publish: Builder[BulkPublishParameters]
delete_dataset: Builder[DeleteDatasetParameters]
describe_dataset: Builder[DescribeDatasetParameters]
describe_identity_pool_usage: Builder[DescribeIdentityPoolUsageParameters]
describe_identity_usage: Builder[DescribeIdentityUsageParameters]
get_bulk_publish_details: Builder[GetBulkPublishDetailsParameters]
get_cognito_events: Builder[GetCognitoEventsParameters]
get_identity_pool_configuration: Builder[GetIdentityPoolConfigurationParameters]
list_datasets: Builder[ListDatasetsParameters]
list_identity_pool_usage: Builder[ListIdentityPoolUsageParameters]
list_records: Builder[ListRecordsParameters]
register_device: Builder[RegisterDeviceParameters]
set_cognito_events: Builder[SetCognitoEventsParameters]
set_identity_pool_configuration: Builder[SetIdentityPoolConfigurationParameters]
subscribe_to_dataset: Builder[SubscribeToDatasetParameters]
unsubscribe_from_dataset: Builder[UnsubscribeFromDatasetParameters]
update_records: Builder[UpdateRecordsParameters]

__all__ = [
    "bulk_publish",
    "delete_dataset",
    "describe_dataset",
    "describe_identity_pool_usage",
    "describe_identity_usage",
    "get_bulk_publish_details",
    "get_cognito_events",
    "get_identity_pool_configuration",
    "list_datasets",
    "list_identity_pool_usage",
    "list_records",
    "register_device",
    "set_cognito_events",
    "set_identity_pool_configuration",
    "subscribe_to_dataset",
    "unsubscribe_from_dataset",
    "update_records",
]
