"""Typed builders of the AWS SDK integration of dataexchange (``aws-sdk:dataexchange:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AcceptDataGrantParameters = TypedDict(
    "AcceptDataGrantParameters", {"DataGrantArn": S, "DataGrantArn.$": str}, total=False
)
CancelJobParameters = TypedDict("CancelJobParameters", {"JobId": S, "JobId.$": str}, total=False)
CreateDataGrantParameters = TypedDict(
    "CreateDataGrantParameters",
    {
        "Name": S,
        "Name.$": str,
        "GrantDistributionScope": S,
        "GrantDistributionScope.$": str,
        "ReceiverPrincipal": S,
        "ReceiverPrincipal.$": str,
        "SourceDataSetId": S,
        "SourceDataSetId.$": str,
        "EndsAt": T,
        "EndsAt.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDataSetParameters = TypedDict(
    "CreateDataSetParameters",
    {
        "AssetType": S,
        "AssetType.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ExportServerSideEncryption(TypedDict, total=False):
    KmsKeyArn: S
    Type: S

class AutoExportRevisionDestinationEntry(TypedDict, total=False):
    Bucket: S
    KeyPattern: S

class AutoExportRevisionToS3RequestDetails(TypedDict, total=False):
    Encryption: X[ExportServerSideEncryption]
    RevisionDestination: X[AutoExportRevisionDestinationEntry]

class Action(TypedDict, total=False):
    ExportRevisionToS3: X[AutoExportRevisionToS3RequestDetails]

class RevisionPublished(TypedDict, total=False):
    DataSetId: S

class Event(TypedDict, total=False):
    RevisionPublished: X[RevisionPublished]

CreateEventActionParameters = TypedDict(
    "CreateEventActionParameters",
    {
        "Action": X[Action],
        "Action.$": str,
        "Event": X[Event],
        "Event.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class AssetConfiguration(TypedDict, total=False):
    Tags: L[Xi[Tag]]

class ExportAssetToSignedUrlRequestDetails(TypedDict, total=False):
    AssetId: S
    DataSetId: S
    RevisionId: S

class AssetDestinationEntry(TypedDict, total=False):
    AssetId: S
    Bucket: S
    Key: S

class ExportAssetsToS3RequestDetails(TypedDict, total=False):
    AssetDestinations: L[Xi[AssetDestinationEntry]]
    DataSetId: S
    Encryption: X[ExportServerSideEncryption]
    RevisionId: S

class RevisionDestinationEntry(TypedDict, total=False):
    Bucket: S
    KeyPattern: S
    RevisionId: S

class ExportRevisionsToS3RequestDetails(TypedDict, total=False):
    DataSetId: S
    Encryption: X[ExportServerSideEncryption]
    RevisionDestinations: L[Xi[RevisionDestinationEntry]]

class ImportAssetFromSignedUrlRequestDetails(TypedDict, total=False):
    AssetName: S
    DataSetId: S
    Md5Hash: S
    RevisionId: S

class AssetSourceEntry(TypedDict, total=False):
    Bucket: S
    Key: S

class ImportAssetsFromS3RequestDetails(TypedDict, total=False):
    AssetSources: L[Xi[AssetSourceEntry]]
    DataSetId: S
    RevisionId: S

class RedshiftDataShareAssetSourceEntry(TypedDict, total=False):
    DataShareArn: S

class ImportAssetsFromRedshiftDataSharesRequestDetails(TypedDict, total=False):
    AssetSources: L[Xi[RedshiftDataShareAssetSourceEntry]]
    DataSetId: S
    RevisionId: S

class ImportAssetFromApiGatewayApiRequestDetails(TypedDict, total=False):
    ApiDescription: S
    ApiId: S
    ApiKey: S
    ApiName: S
    ApiSpecificationMd5Hash: S
    DataSetId: S
    ProtocolType: S
    RevisionId: S
    Stage: S

class KmsKeyToGrant(TypedDict, total=False):
    KmsKeyArn: S

class S3DataAccessAssetSourceEntry(TypedDict, total=False):
    Bucket: S
    KeyPrefixes: L[Si]
    Keys: L[Si]
    KmsKeysToGrant: L[Xi[KmsKeyToGrant]]

class CreateS3DataAccessFromS3BucketRequestDetails(TypedDict, total=False):
    AssetSource: X[S3DataAccessAssetSourceEntry]
    DataSetId: S
    RevisionId: S

class LFTag(TypedDict, total=False):
    TagKey: S
    TagValues: L[Si]

class DatabaseLFTagPolicyAndPermissions(TypedDict, total=False):
    Expression: L[Xi[LFTag]]
    Permissions: L[Si]

class TableLFTagPolicyAndPermissions(TypedDict, total=False):
    Expression: L[Xi[LFTag]]
    Permissions: L[Si]

class ImportAssetsFromLakeFormationTagPolicyRequestDetails(TypedDict, total=False):
    CatalogId: S
    Database: X[DatabaseLFTagPolicyAndPermissions]
    Table: X[TableLFTagPolicyAndPermissions]
    RoleArn: S
    DataSetId: S
    RevisionId: S

class RequestDetails(TypedDict, total=False):
    ExportAssetToSignedUrl: X[ExportAssetToSignedUrlRequestDetails]
    ExportAssetsToS3: X[ExportAssetsToS3RequestDetails]
    ExportRevisionsToS3: X[ExportRevisionsToS3RequestDetails]
    ImportAssetFromSignedUrl: X[ImportAssetFromSignedUrlRequestDetails]
    ImportAssetsFromS3: X[ImportAssetsFromS3RequestDetails]
    ImportAssetsFromRedshiftDataShares: X[ImportAssetsFromRedshiftDataSharesRequestDetails]
    ImportAssetFromApiGatewayApi: X[ImportAssetFromApiGatewayApiRequestDetails]
    CreateS3DataAccessFromS3Bucket: X[CreateS3DataAccessFromS3BucketRequestDetails]
    ImportAssetsFromLakeFormationTagPolicy: X[ImportAssetsFromLakeFormationTagPolicyRequestDetails]

CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "AssetConfiguration": X[AssetConfiguration],
        "AssetConfiguration.$": str,
        "Details": X[RequestDetails],
        "Details.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
CreateRevisionParameters = TypedDict(
    "CreateRevisionParameters",
    {
        "Comment": S,
        "Comment.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAssetParameters = TypedDict(
    "DeleteAssetParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
DeleteDataGrantParameters = TypedDict(
    "DeleteDataGrantParameters", {"DataGrantId": S, "DataGrantId.$": str}, total=False
)
DeleteDataSetParameters = TypedDict(
    "DeleteDataSetParameters", {"DataSetId": S, "DataSetId.$": str}, total=False
)
DeleteEventActionParameters = TypedDict(
    "DeleteEventActionParameters", {"EventActionId": S, "EventActionId.$": str}, total=False
)
DeleteRevisionParameters = TypedDict(
    "DeleteRevisionParameters",
    {"DataSetId": S, "DataSetId.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)
GetAssetParameters = TypedDict(
    "GetAssetParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
GetDataGrantParameters = TypedDict(
    "GetDataGrantParameters", {"DataGrantId": S, "DataGrantId.$": str}, total=False
)
GetDataSetParameters = TypedDict(
    "GetDataSetParameters", {"DataSetId": S, "DataSetId.$": str}, total=False
)
GetEventActionParameters = TypedDict(
    "GetEventActionParameters", {"EventActionId": S, "EventActionId.$": str}, total=False
)
GetJobParameters = TypedDict("GetJobParameters", {"JobId": S, "JobId.$": str}, total=False)
GetReceivedDataGrantParameters = TypedDict(
    "GetReceivedDataGrantParameters", {"DataGrantArn": S, "DataGrantArn.$": str}, total=False
)
GetRevisionParameters = TypedDict(
    "GetRevisionParameters",
    {"DataSetId": S, "DataSetId.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)
ListDataGrantsParameters = TypedDict(
    "ListDataGrantsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDataSetRevisionsParameters = TypedDict(
    "ListDataSetRevisionsParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDataSetsParameters = TypedDict(
    "ListDataSetsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Origin": S,
        "Origin.$": str,
    },
    total=False,
)
ListEventActionsParameters = TypedDict(
    "ListEventActionsParameters",
    {
        "EventSourceId": S,
        "EventSourceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
ListReceivedDataGrantsParameters = TypedDict(
    "ListReceivedDataGrantsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AcceptanceState": L[Si],
        "AcceptanceState.$": str,
    },
    total=False,
)
ListRevisionAssetsParameters = TypedDict(
    "ListRevisionAssetsParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RevokeRevisionParameters = TypedDict(
    "RevokeRevisionParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "RevocationComment": S,
        "RevocationComment.$": str,
    },
    total=False,
)
SendApiAssetParameters = TypedDict(
    "SendApiAssetParameters",
    {
        "Body": S,
        "Body.$": str,
        "QueryStringParameters": M[S],
        "QueryStringParameters.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "RequestHeaders": M[S],
        "RequestHeaders.$": str,
        "Method": S,
        "Method.$": str,
        "Path": S,
        "Path.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)

class LakeFormationTagPolicyDetails(TypedDict, total=False):
    Database: S
    Table: S

class RedshiftDataShareDetails(TypedDict, total=False):
    Arn: S
    Database: S
    Function: S
    Table: S
    Schema: S
    View: S

class S3DataAccessDetails(TypedDict, total=False):
    KeyPrefixes: L[Si]
    Keys: L[Si]

class ScopeDetails(TypedDict, total=False):
    LakeFormationTagPolicies: L[Xi[LakeFormationTagPolicyDetails]]
    RedshiftDataShares: L[Xi[RedshiftDataShareDetails]]
    S3DataAccesses: L[Xi[S3DataAccessDetails]]

class DataUpdateRequestDetails(TypedDict, total=False):
    DataUpdatedAt: T

class DeprecationRequestDetails(TypedDict, total=False):
    DeprecationAt: T

class SchemaChangeDetails(TypedDict, total=False):
    Name: S
    Type: S
    Description: S

class SchemaChangeRequestDetails(TypedDict, total=False):
    Changes: L[Xi[SchemaChangeDetails]]
    SchemaChangeAt: T

class NotificationDetails(TypedDict, total=False):
    DataUpdate: X[DataUpdateRequestDetails]
    Deprecation: X[DeprecationRequestDetails]
    SchemaChange: X[SchemaChangeRequestDetails]

SendDataSetNotificationParameters = TypedDict(
    "SendDataSetNotificationParameters",
    {
        "Scope": X[ScopeDetails],
        "Scope.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Comment": S,
        "Comment.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "Details": X[NotificationDetails],
        "Details.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
StartJobParameters = TypedDict("StartJobParameters", {"JobId": S, "JobId.$": str}, total=False)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAssetParameters = TypedDict(
    "UpdateAssetParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "Name": S,
        "Name.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
UpdateDataSetParameters = TypedDict(
    "UpdateDataSetParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateEventActionParameters = TypedDict(
    "UpdateEventActionParameters",
    {"Action": X[Action], "Action.$": str, "EventActionId": S, "EventActionId.$": str},
    total=False,
)
UpdateRevisionParameters = TypedDict(
    "UpdateRevisionParameters",
    {
        "Comment": S,
        "Comment.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "Finalized": B,
        "Finalized.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
accept_data_grant: Builder[AcceptDataGrantParameters]
cancel_job: Builder[CancelJobParameters]
create_data_grant: Builder[CreateDataGrantParameters]
create_data_set: Builder[CreateDataSetParameters]
create_event_action: Builder[CreateEventActionParameters]
create_job: Builder[CreateJobParameters]
create_revision: Builder[CreateRevisionParameters]
delete_asset: Builder[DeleteAssetParameters]
delete_data_grant: Builder[DeleteDataGrantParameters]
delete_data_set: Builder[DeleteDataSetParameters]
delete_event_action: Builder[DeleteEventActionParameters]
delete_revision: Builder[DeleteRevisionParameters]
get_asset: Builder[GetAssetParameters]
get_data_grant: Builder[GetDataGrantParameters]
get_data_set: Builder[GetDataSetParameters]
get_event_action: Builder[GetEventActionParameters]
get_job: Builder[GetJobParameters]
get_received_data_grant: Builder[GetReceivedDataGrantParameters]
get_revision: Builder[GetRevisionParameters]
list_data_grants: Builder[ListDataGrantsParameters]
list_data_set_revisions: Builder[ListDataSetRevisionsParameters]
list_data_sets: Builder[ListDataSetsParameters]
list_event_actions: Builder[ListEventActionsParameters]
list_jobs: Builder[ListJobsParameters]
list_received_data_grants: Builder[ListReceivedDataGrantsParameters]
list_revision_assets: Builder[ListRevisionAssetsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
revoke_revision: Builder[RevokeRevisionParameters]
send_api_asset: Builder[SendApiAssetParameters]
send_data_set_notification: Builder[SendDataSetNotificationParameters]
start_job: Builder[StartJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_asset: Builder[UpdateAssetParameters]
update_data_set: Builder[UpdateDataSetParameters]
update_event_action: Builder[UpdateEventActionParameters]
update_revision: Builder[UpdateRevisionParameters]

__all__ = [
    "accept_data_grant",
    "cancel_job",
    "create_data_grant",
    "create_data_set",
    "create_event_action",
    "create_job",
    "create_revision",
    "delete_asset",
    "delete_data_grant",
    "delete_data_set",
    "delete_event_action",
    "delete_revision",
    "get_asset",
    "get_data_grant",
    "get_data_set",
    "get_event_action",
    "get_job",
    "get_received_data_grant",
    "get_revision",
    "list_data_grants",
    "list_data_set_revisions",
    "list_data_sets",
    "list_event_actions",
    "list_jobs",
    "list_received_data_grants",
    "list_revision_assets",
    "list_tags_for_resource",
    "revoke_revision",
    "send_api_asset",
    "send_data_set_notification",
    "start_job",
    "tag_resource",
    "untag_resource",
    "update_asset",
    "update_data_set",
    "update_event_action",
    "update_revision",
]
