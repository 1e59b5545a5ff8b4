"""Typed builders of the AWS SDK integration of glacier (``aws-sdk:glacier:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

AbortMultipartUploadParameters = TypedDict(
    "AbortMultipartUploadParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "UploadId": S,
        "UploadId.$": str,
    },
    total=False,
)
AbortVaultLockParameters = TypedDict(
    "AbortVaultLockParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
AddTagsToVaultParameters = TypedDict(
    "AddTagsToVaultParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CompleteMultipartUploadParameters = TypedDict(
    "CompleteMultipartUploadParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "ArchiveSize": S,
        "ArchiveSize.$": str,
        "Checksum": S,
        "Checksum.$": str,
    },
    total=False,
)
CompleteVaultLockParameters = TypedDict(
    "CompleteVaultLockParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "LockId": S,
        "LockId.$": str,
    },
    total=False,
)
CreateVaultParameters = TypedDict(
    "CreateVaultParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
DeleteArchiveParameters = TypedDict(
    "DeleteArchiveParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "ArchiveId": S,
        "ArchiveId.$": str,
    },
    total=False,
)
DeleteVaultParameters = TypedDict(
    "DeleteVaultParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
DeleteVaultAccessPolicyParameters = TypedDict(
    "DeleteVaultAccessPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
DeleteVaultNotificationsParameters = TypedDict(
    "DeleteVaultNotificationsParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
DescribeJobParameters = TypedDict(
    "DescribeJobParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "JobId": S,
        "JobId.$": str,
    },
    total=False,
)
DescribeVaultParameters = TypedDict(
    "DescribeVaultParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
GetDataRetrievalPolicyParameters = TypedDict(
    "GetDataRetrievalPolicyParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetJobOutputParameters = TypedDict(
    "GetJobOutputParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "JobId": S,
        "JobId.$": str,
        "Range": S,
        "Range.$": str,
    },
    total=False,
)
GetVaultAccessPolicyParameters = TypedDict(
    "GetVaultAccessPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
GetVaultLockParameters = TypedDict(
    "GetVaultLockParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
GetVaultNotificationsParameters = TypedDict(
    "GetVaultNotificationsParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)

class InventoryRetrievalJobInput(TypedDict, total=False):
    StartDate: S
    EndDate: S
    Limit: S
    Marker: S

class CSVInput(TypedDict, total=False):
    FileHeaderInfo: S
    Comments: S
    QuoteEscapeCharacter: S
    RecordDelimiter: S
    FieldDelimiter: S
    QuoteCharacter: S

class InputSerialization(TypedDict, total=False):
    Csv: X[CSVInput]

class CSVOutput(TypedDict, total=False):
    QuoteFields: S
    QuoteEscapeCharacter: S
    RecordDelimiter: S
    FieldDelimiter: S
    QuoteCharacter: S

class OutputSerialization(TypedDict, total=False):
    Csv: X[CSVOutput]

class SelectParameters(TypedDict, total=False):
    InputSerialization: X[InputSerialization]
    ExpressionType: S
    Expression: S
    OutputSerialization: X[OutputSerialization]

class Encryption(TypedDict, total=False):
    EncryptionType: S
    KmsKeyId: S
    KmsContext: S

class Grantee(TypedDict, total=False):
    Type: S
    DisplayName: S
    Uri: S
    Id: S
    EmailAddress: S

class Grant(TypedDict, total=False):
    Grantee: X[Grantee]
    Permission: S

class S3Location(TypedDict, total=False):
    BucketName: S
    Prefix: S
    Encryption: X[Encryption]
    CannedACL: S
    AccessControlList: L[Xi[Grant]]
    Tagging: M[S]
    UserMetadata: M[S]
    StorageClass: S

class OutputLocation(TypedDict, total=False):
    S3: X[S3Location]

class JobParameters(TypedDict, total=False):
    Format: S
    Type: S
    ArchiveId: S
    Description: S
    SnsTopic: S
    RetrievalByteRange: S
    Tier: S
    InventoryRetrievalParameters: X[InventoryRetrievalJobInput]
    SelectParameters: X[SelectParameters]
    OutputLocation: X[OutputLocation]

InitiateJobParameters = TypedDict(
    "InitiateJobParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "JobParameters": X[JobParameters],
        "JobParameters.$": str,
    },
    total=False,
)
InitiateMultipartUploadParameters = TypedDict(
    "InitiateMultipartUploadParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "ArchiveDescription": S,
        "ArchiveDescription.$": str,
        "PartSize": S,
        "PartSize.$": str,
    },
    total=False,
)

class VaultLockPolicy(TypedDict, total=False):
    Policy: S

InitiateVaultLockParameters = TypedDict(
    "InitiateVaultLockParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "Policy": X[VaultLockPolicy],
        "Policy.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "Limit": S,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
        "Statuscode": S,
        "Statuscode.$": str,
        "Completed": S,
        "Completed.$": str,
    },
    total=False,
)
ListMultipartUploadsParameters = TypedDict(
    "ListMultipartUploadsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": S,
        "Limit.$": str,
    },
    total=False,
)
ListPartsParameters = TypedDict(
    "ListPartsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": S,
        "Limit.$": str,
    },
    total=False,
)
ListProvisionedCapacityParameters = TypedDict(
    "ListProvisionedCapacityParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
ListTagsForVaultParameters = TypedDict(
    "ListTagsForVaultParameters",
    {"AccountId": S, "AccountId.$": str, "VaultName": S, "VaultName.$": str},
    total=False,
)
ListVaultsParameters = TypedDict(
    "ListVaultsParameters",
    {"AccountId": S, "AccountId.$": str, "Marker": S, "Marker.$": str, "Limit": S, "Limit.$": str},
    total=False,
)
PurchaseProvisionedCapacityParameters = TypedDict(
    "PurchaseProvisionedCapacityParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
RemoveTagsFromVaultParameters = TypedDict(
    "RemoveTagsFromVaultParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)

class DataRetrievalRule(TypedDict, total=False):
    Strategy: S
    BytesPerHour: I

class DataRetrievalPolicy(TypedDict, total=False):
    Rules: L[Xi[DataRetrievalRule]]

SetDataRetrievalPolicyParameters = TypedDict(
    "SetDataRetrievalPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "Policy": X[DataRetrievalPolicy], "Policy.$": str},
    total=False,
)

class VaultAccessPolicy(TypedDict, total=False):
    Policy: S

SetVaultAccessPolicyParameters = TypedDict(
    "SetVaultAccessPolicyParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "Policy": X[VaultAccessPolicy],
        "Policy.$": str,
    },
    total=False,
)

class VaultNotificationConfig(TypedDict, total=False):
    SnsTopic: S
    Events: L[Si]

SetVaultNotificationsParameters = TypedDict(
    "SetVaultNotificationsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "VaultNotificationConfig": X[VaultNotificationConfig],
        "VaultNotificationConfig.$": str,
    },
    total=False,
)
UploadArchiveParameters = TypedDict(
    "UploadArchiveParameters",
    {
        "VaultName": S,
        "VaultName.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "ArchiveDescription": S,
        "ArchiveDescription.$": str,
        "Checksum": S,
        "Checksum.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
UploadMultipartPartParameters = TypedDict(
    "UploadMultipartPartParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "VaultName": S,
        "VaultName.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "Checksum": S,
        "Checksum.$": str,
        "Range": S,
        "Range.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
abort_multipart_upload: Builder[AbortMultipartUploadParameters]
abort_vault_lock: Builder[AbortVaultLockParameters]
add_tags_to_vault: Builder[AddTagsToVaultParameters]
complete_multipart_upload: Builder[CompleteMultipartUploadParameters]
complete_vault_lock: Builder[CompleteVaultLockParameters]
create_vault: Builder[CreateVaultParameters]
delete_archive: Builder[DeleteArchiveParameters]
delete_vault: Builder[DeleteVaultParameters]
delete_vault_access_policy: Builder[DeleteVaultAccessPolicyParameters]
delete_vault_notifications: Builder[DeleteVaultNotificationsParameters]
describe_job: Builder[DescribeJobParameters]
describe_vault: Builder[DescribeVaultParameters]
get_data_retrieval_policy: Builder[GetDataRetrievalPolicyParameters]
get_job_output: Builder[GetJobOutputParameters]
get_vault_access_policy: Builder[GetVaultAccessPolicyParameters]
get_vault_lock: Builder[GetVaultLockParameters]
get_vault_notifications: Builder[GetVaultNotificationsParameters]
initiate_job: Builder[InitiateJobParameters]
initiate_multipart_upload: Builder[InitiateMultipartUploadParameters]
initiate_vault_lock: Builder[InitiateVaultLockParameters]
list_jobs: Builder[ListJobsParameters]
list_multipart_uploads: Builder[ListMultipartUploadsParameters]
list_parts: Builder[ListPartsParameters]
list_provisioned_capacity: Builder[ListProvisionedCapacityParameters]
list_tags_for_vault: Builder[ListTagsForVaultParameters]
list_vaults: Builder[ListVaultsParameters]
purchase_provisioned_capacity: Builder[PurchaseProvisionedCapacityParameters]
remove_tags_from_vault: Builder[RemoveTagsFromVaultParameters]
set_data_retrieval_policy: Builder[SetDataRetrievalPolicyParameters]
set_vault_access_policy: Builder[SetVaultAccessPolicyParameters]
set_vault_notifications: Builder[SetVaultNotificationsParameters]
upload_archive: Builder[UploadArchiveParameters]
upload_multipart_part: Builder[UploadMultipartPartParameters]

__all__ = [
    "abort_multipart_upload",
    "abort_vault_lock",
    "add_tags_to_vault",
    "complete_multipart_upload",
    "complete_vault_lock",
    "create_vault",
    "delete_archive",
    "delete_vault",
    "delete_vault_access_policy",
    "delete_vault_notifications",
    "describe_job",
    "describe_vault",
    "get_data_retrieval_policy",
    "get_job_output",
    "get_vault_access_policy",
    "get_vault_lock",
    "get_vault_notifications",
    "initiate_job",
    "initiate_multipart_upload",
    "initiate_vault_lock",
    "list_jobs",
    "list_multipart_uploads",
    "list_parts",
    "list_provisioned_capacity",
    "list_tags_for_vault",
    "list_vaults",
    "purchase_provisioned_capacity",
    "remove_tags_from_vault",
    "set_data_retrieval_policy",
    "set_vault_access_policy",
    "set_vault_notifications",
    "upload_archive",
    "upload_multipart_part",
]
