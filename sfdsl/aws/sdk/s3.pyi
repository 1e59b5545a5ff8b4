"""Typed builders of the AWS SDK integration of s3 (``aws-sdk:s3:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AbortMultipartUploadParameters = TypedDict(
    "AbortMultipartUploadParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "IfMatchInitiatedTime": T,
        "IfMatchInitiatedTime.$": str,
    },
    total=False,
)

class CompletedPart(TypedDict, total=False):
    ETag: S
    ChecksumCRC32: S
    ChecksumCRC32C: S
    ChecksumCRC64NVME: S
    ChecksumSHA1: S
    ChecksumSHA256: S
    ChecksumSHA512: S
    ChecksumMD5: S
    ChecksumXXHASH64: S
    ChecksumXXHASH3: S
    ChecksumXXHASH128: S
    PartNumber: I

class CompletedMultipartUpload(TypedDict, total=False):
    Parts: L[Xi[CompletedPart]]

CompleteMultipartUploadParameters = TypedDict(
    "CompleteMultipartUploadParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "MultipartUpload": X[CompletedMultipartUpload],
        "MultipartUpload.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "ChecksumCRC32": S,
        "ChecksumCRC32.$": str,
        "ChecksumCRC32C": S,
        "ChecksumCRC32C.$": str,
        "ChecksumCRC64NVME": S,
        "ChecksumCRC64NVME.$": str,
        "ChecksumSHA1": S,
        "ChecksumSHA1.$": str,
        "ChecksumSHA256": S,
        "ChecksumSHA256.$": str,
        "ChecksumSHA512": S,
        "ChecksumSHA512.$": str,
        "ChecksumMD5": S,
        "ChecksumMD5.$": str,
        "ChecksumXXHASH64": S,
        "ChecksumXXHASH64.$": str,
        "ChecksumXXHASH3": S,
        "ChecksumXXHASH3.$": str,
        "ChecksumXXHASH128": S,
        "ChecksumXXHASH128.$": str,
        "ChecksumType": S,
        "ChecksumType.$": str,
        "MpuObjectSize": I,
        "MpuObjectSize.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
    },
    total=False,
)
CopyObjectParameters = TypedDict(
    "CopyObjectParameters",
    {
        "Acl": S,
        "Acl.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "CacheControl": S,
        "CacheControl.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ContentDisposition": S,
        "ContentDisposition.$": str,
        "ContentEncoding": S,
        "ContentEncoding.$": str,
        "ContentLanguage": S,
        "ContentLanguage.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "CopySource": S,
        "CopySource.$": str,
        "CopySourceIfMatch": S,
        "CopySourceIfMatch.$": str,
        "CopySourceIfModifiedSince": T,
        "CopySourceIfModifiedSince.$": str,
        "CopySourceIfNoneMatch": S,
        "CopySourceIfNoneMatch.$": str,
        "CopySourceIfUnmodifiedSince": T,
        "CopySourceIfUnmodifiedSince.$": str,
        "Expires": S,
        "Expires.$": str,
        "GrantFullControl": S,
        "GrantFullControl.$": str,
        "GrantRead": S,
        "GrantRead.$": str,
        "GrantReadACP": S,
        "GrantReadACP.$": str,
        "GrantWriteACP": S,
        "GrantWriteACP.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "Key": S,
        "Key.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "MetadataDirective": S,
        "MetadataDirective.$": str,
        "TaggingDirective": S,
        "TaggingDirective.$": str,
        "AnnotationDirective": S,
        "AnnotationDirective.$": str,
        "ServerSideEncryption": S,
        "ServerSideEncryption.$": str,
        "StorageClass": S,
        "StorageClass.$": str,
        "WebsiteRedirectLocation": S,
        "WebsiteRedirectLocation.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "SsekmsKeyId": S,
        "SsekmsKeyId.$": str,
        "SsekmsEncryptionContext": S,
        "SsekmsEncryptionContext.$": str,
        "BucketKeyEnabled": B,
        "BucketKeyEnabled.$": str,
        "CopySourceSSECustomerAlgorithm": S,
        "CopySourceSSECustomerAlgorithm.$": str,
        "CopySourceSSECustomerKey": S,
        "CopySourceSSECustomerKey.$": str,
        "CopySourceSSECustomerKeyMD5": S,
        "CopySourceSSECustomerKeyMD5.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "Tagging": S,
        "Tagging.$": str,
        "ObjectLockMode": S,
        "ObjectLockMode.$": str,
        "ObjectLockRetainUntilDate": T,
        "ObjectLockRetainUntilDate.$": str,
        "ObjectLockLegalHoldStatus": S,
        "ObjectLockLegalHoldStatus.$": str,
        "ObjectLockEventHold": S,
        "ObjectLockEventHold.$": str,
        "ObjectLockEventHoldDurationDays": I,
        "ObjectLockEventHoldDurationDays.$": str,
        "ObjectLockEventHoldDurationYears": I,
        "ObjectLockEventHoldDurationYears.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ExpectedSourceBucketOwner": S,
        "ExpectedSourceBucketOwner.$": str,
    },
    total=False,
)

class LocationInfo(TypedDict, total=False):
    Type: S
    Name: S

class BucketInfo(TypedDict, total=False):
    DataRedundancy: S
    Type: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class CreateBucketConfiguration(TypedDict, total=False):
    LocationConstraint: S
    Location: X[LocationInfo]
    Bucket: X[BucketInfo]
    Tags: L[Xi[Tag]]

CreateBucketParameters = TypedDict(
    "CreateBucketParameters",
    {
        "Acl": S,
        "Acl.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "CreateBucketConfiguration": X[CreateBucketConfiguration],
        "CreateBucketConfiguration.$": str,
        "GrantFullControl": S,
        "GrantFullControl.$": str,
        "GrantRead": S,
        "GrantRead.$": str,
        "GrantReadACP": S,
        "GrantReadACP.$": str,
        "GrantWrite": S,
        "GrantWrite.$": str,
        "GrantWriteACP": S,
        "GrantWriteACP.$": str,
        "ObjectLockEnabledForBucket": B,
        "ObjectLockEnabledForBucket.$": str,
        "ObjectOwnership": S,
        "ObjectOwnership.$": str,
        "BucketNamespace": S,
        "BucketNamespace.$": str,
    },
    total=False,
)

class RecordExpiration(TypedDict, total=False):
    Expiration: S
    Days: I

class MetadataTableEncryptionConfiguration(TypedDict, total=False):
    SseAlgorithm: S
    KmsKeyArn: S

class JournalTableConfiguration(TypedDict, total=False):
    RecordExpiration: X[RecordExpiration]
    EncryptionConfiguration: X[MetadataTableEncryptionConfiguration]

class InventoryTableConfiguration(TypedDict, total=False):
    ConfigurationState: S
    EncryptionConfiguration: X[MetadataTableEncryptionConfiguration]

class AnnotationTableConfiguration(TypedDict, total=False):
    ConfigurationState: S
    EncryptionConfiguration: X[MetadataTableEncryptionConfiguration]
    Role: S

class MetadataConfiguration(TypedDict, total=False):
    JournalTableConfiguration: X[JournalTableConfiguration]
    InventoryTableConfiguration: X[InventoryTableConfiguration]
    AnnotationTableConfiguration: X[AnnotationTableConfiguration]

CreateBucketMetadataConfigurationParameters = TypedDict(
    "CreateBucketMetadataConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "MetadataConfiguration": X[MetadataConfiguration],
        "MetadataConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class S3TablesDestination(TypedDict, total=False):
    TableBucketArn: S
    TableName: S

class MetadataTableConfiguration(TypedDict, total=False):
    S3TablesDestination: X[S3TablesDestination]

CreateBucketMetadataTableConfigurationParameters = TypedDict(
    "CreateBucketMetadataTableConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "MetadataTableConfiguration": X[MetadataTableConfiguration],
        "MetadataTableConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
CreateMultipartUploadParameters = TypedDict(
    "CreateMultipartUploadParameters",
    {
        "Acl": S,
        "Acl.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "CacheControl": S,
        "CacheControl.$": str,
        "ContentDisposition": S,
        "ContentDisposition.$": str,
        "ContentEncoding": S,
        "ContentEncoding.$": str,
        "ContentLanguage": S,
        "ContentLanguage.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Expires": S,
        "Expires.$": str,
        "GrantFullControl": S,
        "GrantFullControl.$": str,
        "GrantRead": S,
        "GrantRead.$": str,
        "GrantReadACP": S,
        "GrantReadACP.$": str,
        "GrantWriteACP": S,
        "GrantWriteACP.$": str,
        "Key": S,
        "Key.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "ServerSideEncryption": S,
        "ServerSideEncryption.$": str,
        "StorageClass": S,
        "StorageClass.$": str,
        "WebsiteRedirectLocation": S,
        "WebsiteRedirectLocation.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "SsekmsKeyId": S,
        "SsekmsKeyId.$": str,
        "SsekmsEncryptionContext": S,
        "SsekmsEncryptionContext.$": str,
        "BucketKeyEnabled": B,
        "BucketKeyEnabled.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "Tagging": S,
        "Tagging.$": str,
        "ObjectLockMode": S,
        "ObjectLockMode.$": str,
        "ObjectLockRetainUntilDate": T,
        "ObjectLockRetainUntilDate.$": str,
        "ObjectLockLegalHoldStatus": S,
        "ObjectLockLegalHoldStatus.$": str,
        "ObjectLockEventHold": S,
        "ObjectLockEventHold.$": str,
        "ObjectLockEventHoldDurationDays": I,
        "ObjectLockEventHoldDurationDays.$": str,
        "ObjectLockEventHoldDurationYears": I,
        "ObjectLockEventHoldDurationYears.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ChecksumType": S,
        "ChecksumType.$": str,
    },
    total=False,
)
CreateSessionParameters = TypedDict(
    "CreateSessionParameters",
    {
        "SessionMode": S,
        "SessionMode.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "ServerSideEncryption": S,
        "ServerSideEncryption.$": str,
        "SsekmsKeyId": S,
        "SsekmsKeyId.$": str,
        "SsekmsEncryptionContext": S,
        "SsekmsEncryptionContext.$": str,
        "BucketKeyEnabled": B,
        "BucketKeyEnabled.$": str,
    },
    total=False,
)
DeleteBucketParameters = TypedDict(
    "DeleteBucketParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketAnalyticsConfigurationParameters = TypedDict(
    "DeleteBucketAnalyticsConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
DeleteBucketCorsParameters = TypedDict(
    "DeleteBucketCorsParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketEncryptionParameters = TypedDict(
    "DeleteBucketEncryptionParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketIntelligentTieringConfigurationParameters = TypedDict(
    "DeleteBucketIntelligentTieringConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
DeleteBucketInventoryConfigurationParameters = TypedDict(
    "DeleteBucketInventoryConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
DeleteBucketLifecycleParameters = TypedDict(
    "DeleteBucketLifecycleParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketMetadataConfigurationParameters = TypedDict(
    "DeleteBucketMetadataConfigurationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketMetadataTableConfigurationParameters = TypedDict(
    "DeleteBucketMetadataTableConfigurationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketMetricsConfigurationParameters = TypedDict(
    "DeleteBucketMetricsConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
DeleteBucketOwnershipControlsParameters = TypedDict(
    "DeleteBucketOwnershipControlsParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketPolicyParameters = TypedDict(
    "DeleteBucketPolicyParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketReplicationParameters = TypedDict(
    "DeleteBucketReplicationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketTaggingParameters = TypedDict(
    "DeleteBucketTaggingParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteBucketWebsiteParameters = TypedDict(
    "DeleteBucketWebsiteParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
DeleteObjectParameters = TypedDict(
    "DeleteObjectParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "Mfa": S,
        "Mfa.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "BypassGovernanceRetention": B,
        "BypassGovernanceRetention.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfMatchLastModifiedTime": T,
        "IfMatchLastModifiedTime.$": str,
        "IfMatchSize": I,
        "IfMatchSize.$": str,
    },
    total=False,
)
DeleteObjectAnnotationParameters = TypedDict(
    "DeleteObjectAnnotationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "AnnotationName": S,
        "AnnotationName.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ObjectIfMatch": S,
        "ObjectIfMatch.$": str,
    },
    total=False,
)
DeleteObjectTaggingParameters = TypedDict(
    "DeleteObjectTaggingParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class ObjectIdentifier(TypedDict, total=False):
    Key: S
    VersionId: S
    ETag: S
    LastModifiedTime: T
    Size: I

class Delete(TypedDict, total=False):
    Objects: L[Xi[ObjectIdentifier]]
    Quiet: B

DeleteObjectsParameters = TypedDict(
    "DeleteObjectsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Delete": X[Delete],
        "Delete.$": str,
        "Mfa": S,
        "Mfa.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "BypassGovernanceRetention": B,
        "BypassGovernanceRetention.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
    },
    total=False,
)
DeletePublicAccessBlockParameters = TypedDict(
    "DeletePublicAccessBlockParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketAbacParameters = TypedDict(
    "GetBucketAbacParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketAccelerateConfigurationParameters = TypedDict(
    "GetBucketAccelerateConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
    },
    total=False,
)
GetBucketAclParameters = TypedDict(
    "GetBucketAclParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketAnalyticsConfigurationParameters = TypedDict(
    "GetBucketAnalyticsConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
GetBucketCorsParameters = TypedDict(
    "GetBucketCorsParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketDefaultStorageClassParameters = TypedDict(
    "GetBucketDefaultStorageClassParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketEncryptionParameters = TypedDict(
    "GetBucketEncryptionParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketIntelligentTieringConfigurationParameters = TypedDict(
    "GetBucketIntelligentTieringConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
GetBucketInventoryConfigurationParameters = TypedDict(
    "GetBucketInventoryConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
GetBucketLifecycleParameters = TypedDict(
    "GetBucketLifecycleParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketLifecycleConfigurationParameters = TypedDict(
    "GetBucketLifecycleConfigurationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketLocationParameters = TypedDict(
    "GetBucketLocationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketLoggingParameters = TypedDict(
    "GetBucketLoggingParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketMetadataConfigurationParameters = TypedDict(
    "GetBucketMetadataConfigurationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketMetadataTableConfigurationParameters = TypedDict(
    "GetBucketMetadataTableConfigurationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketMetricsConfigurationParameters = TypedDict(
    "GetBucketMetricsConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
GetBucketNotificationParameters = TypedDict(
    "GetBucketNotificationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketOwnershipControlsParameters = TypedDict(
    "GetBucketOwnershipControlsParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketPolicyParameters = TypedDict(
    "GetBucketPolicyParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketPolicyStatusParameters = TypedDict(
    "GetBucketPolicyStatusParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketReplicationParameters = TypedDict(
    "GetBucketReplicationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketRequestPaymentParameters = TypedDict(
    "GetBucketRequestPaymentParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketTaggingParameters = TypedDict(
    "GetBucketTaggingParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketVersioningParameters = TypedDict(
    "GetBucketVersioningParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetBucketWebsiteParameters = TypedDict(
    "GetBucketWebsiteParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetObjectParameters = TypedDict(
    "GetObjectParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfModifiedSince": T,
        "IfModifiedSince.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "IfUnmodifiedSince": T,
        "IfUnmodifiedSince.$": str,
        "Key": S,
        "Key.$": str,
        "Range": S,
        "Range.$": str,
        "ResponseCacheControl": S,
        "ResponseCacheControl.$": str,
        "ResponseContentDisposition": S,
        "ResponseContentDisposition.$": str,
        "ResponseContentEncoding": S,
        "ResponseContentEncoding.$": str,
        "ResponseContentLanguage": S,
        "ResponseContentLanguage.$": str,
        "ResponseContentType": S,
        "ResponseContentType.$": str,
        "ResponseExpires": T,
        "ResponseExpires.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "PartNumber": I,
        "PartNumber.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ChecksumMode": S,
        "ChecksumMode.$": str,
    },
    total=False,
)
GetObjectAclParameters = TypedDict(
    "GetObjectAclParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
GetObjectAnnotationParameters = TypedDict(
    "GetObjectAnnotationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "AnnotationName": S,
        "AnnotationName.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ChecksumMode": S,
        "ChecksumMode.$": str,
    },
    total=False,
)
GetObjectAttributesParameters = TypedDict(
    "GetObjectAttributesParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "MaxParts": I,
        "MaxParts.$": str,
        "PartNumberMarker": I,
        "PartNumberMarker.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ObjectAttributes": L[Si],
        "ObjectAttributes.$": str,
    },
    total=False,
)
GetObjectLegalHoldParameters = TypedDict(
    "GetObjectLegalHoldParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
GetObjectLockConfigurationParameters = TypedDict(
    "GetObjectLockConfigurationParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
GetObjectRetentionParameters = TypedDict(
    "GetObjectRetentionParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
GetObjectTaggingParameters = TypedDict(
    "GetObjectTaggingParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
    },
    total=False,
)
GetObjectTorrentParameters = TypedDict(
    "GetObjectTorrentParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
GetPartParameters = TypedDict(
    "GetPartParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "Range": S,
        "Range.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "PartNumber": I,
        "PartNumber.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ChecksumMode": S,
        "ChecksumMode.$": str,
    },
    total=False,
)
GetPublicAccessBlockParameters = TypedDict(
    "GetPublicAccessBlockParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
HeadBucketParameters = TypedDict(
    "HeadBucketParameters",
    {"Bucket": S, "Bucket.$": str, "ExpectedBucketOwner": S, "ExpectedBucketOwner.$": str},
    total=False,
)
HeadObjectParameters = TypedDict(
    "HeadObjectParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfModifiedSince": T,
        "IfModifiedSince.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "IfUnmodifiedSince": T,
        "IfUnmodifiedSince.$": str,
        "Key": S,
        "Key.$": str,
        "Range": S,
        "Range.$": str,
        "ResponseCacheControl": S,
        "ResponseCacheControl.$": str,
        "ResponseContentDisposition": S,
        "ResponseContentDisposition.$": str,
        "ResponseContentEncoding": S,
        "ResponseContentEncoding.$": str,
        "ResponseContentLanguage": S,
        "ResponseContentLanguage.$": str,
        "ResponseContentType": S,
        "ResponseContentType.$": str,
        "ResponseExpires": T,
        "ResponseExpires.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "PartNumber": I,
        "PartNumber.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ChecksumMode": S,
        "ChecksumMode.$": str,
    },
    total=False,
)
ListBucketAnalyticsConfigurationsParameters = TypedDict(
    "ListBucketAnalyticsConfigurationsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
ListBucketIntelligentTieringConfigurationsParameters = TypedDict(
    "ListBucketIntelligentTieringConfigurationsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
ListBucketInventoryConfigurationsParameters = TypedDict(
    "ListBucketInventoryConfigurationsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
ListBucketMetricsConfigurationsParameters = TypedDict(
    "ListBucketMetricsConfigurationsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
ListBucketsParameters = TypedDict(
    "ListBucketsParameters",
    {
        "MaxBuckets": I,
        "MaxBuckets.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "BucketRegion": S,
        "BucketRegion.$": str,
    },
    total=False,
)
ListDirectoryBucketsParameters = TypedDict(
    "ListDirectoryBucketsParameters",
    {
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "MaxDirectoryBuckets": I,
        "MaxDirectoryBuckets.$": str,
    },
    total=False,
)
ListMultipartUploadsParameters = TypedDict(
    "ListMultipartUploadsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Delimiter": S,
        "Delimiter.$": str,
        "EncodingType": S,
        "EncodingType.$": str,
        "KeyMarker": S,
        "KeyMarker.$": str,
        "MaxUploads": I,
        "MaxUploads.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "UploadIdMarker": S,
        "UploadIdMarker.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
    },
    total=False,
)
ListObjectAnnotationsParameters = TypedDict(
    "ListObjectAnnotationsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "MaxAnnotationResults": I,
        "MaxAnnotationResults.$": str,
        "AnnotationPrefix": S,
        "AnnotationPrefix.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
ListObjectVersionsParameters = TypedDict(
    "ListObjectVersionsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Delimiter": S,
        "Delimiter.$": str,
        "EncodingType": S,
        "EncodingType.$": str,
        "KeyMarker": S,
        "KeyMarker.$": str,
        "MaxKeys": I,
        "MaxKeys.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "VersionIdMarker": S,
        "VersionIdMarker.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "OptionalObjectAttributes": L[Si],
        "OptionalObjectAttributes.$": str,
    },
    total=False,
)
ListObjectsParameters = TypedDict(
    "ListObjectsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Delimiter": S,
        "Delimiter.$": str,
        "EncodingType": S,
        "EncodingType.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxKeys": I,
        "MaxKeys.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "OptionalObjectAttributes": L[Si],
        "OptionalObjectAttributes.$": str,
    },
    total=False,
)
ListObjectsV2Parameters = TypedDict(
    "ListObjectsV2Parameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Delimiter": S,
        "Delimiter.$": str,
        "EncodingType": S,
        "EncodingType.$": str,
        "MaxKeys": I,
        "MaxKeys.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "FetchOwner": B,
        "FetchOwner.$": str,
        "StartAfter": S,
        "StartAfter.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "OptionalObjectAttributes": L[Si],
        "OptionalObjectAttributes.$": str,
    },
    total=False,
)
ListPartsParameters = TypedDict(
    "ListPartsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "MaxParts": I,
        "MaxParts.$": str,
        "PartNumberMarker": I,
        "PartNumberMarker.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
    },
    total=False,
)

class AbacStatus(TypedDict, total=False):
    Status: S

PutBucketAbacParameters = TypedDict(
    "PutBucketAbacParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "AbacStatus": X[AbacStatus],
        "AbacStatus.$": str,
    },
    total=False,
)

class AccelerateConfiguration(TypedDict, total=False):
    Status: S

PutBucketAccelerateConfigurationParameters = TypedDict(
    "PutBucketAccelerateConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "AccelerateConfiguration": X[AccelerateConfiguration],
        "AccelerateConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
    },
    total=False,
)

class Grantee(TypedDict, total=False):
    DisplayName: S
    EmailAddress: S
    Id: S
    Type: S
    Uri: S

class Grant(TypedDict, total=False):
    Grantee: X[Grantee]
    Permission: S

class Owner(TypedDict, total=False):
    DisplayName: S
    Id: S

class AccessControlPolicy(TypedDict, total=False):
    Grants: L[Xi[Grant]]
    Owner: X[Owner]

PutBucketAclParameters = TypedDict(
    "PutBucketAclParameters",
    {
        "Acl": S,
        "Acl.$": str,
        "AccessControlPolicy": X[AccessControlPolicy],
        "AccessControlPolicy.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "GrantFullControl": S,
        "GrantFullControl.$": str,
        "GrantRead": S,
        "GrantRead.$": str,
        "GrantReadACP": S,
        "GrantReadACP.$": str,
        "GrantWrite": S,
        "GrantWrite.$": str,
        "GrantWriteACP": S,
        "GrantWriteACP.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class AnalyticsAndOperator(TypedDict, total=False):
    Prefix: S
    Tags: L[Xi[Tag]]

class AnalyticsFilter(TypedDict, total=False):
    Prefix: S
    Tag: X[Tag]
    And: X[AnalyticsAndOperator]

class AnalyticsS3BucketDestination(TypedDict, total=False):
    Format: S
    BucketAccountId: S
    Bucket: S
    Prefix: S

class AnalyticsExportDestination(TypedDict, total=False):
    S3BucketDestination: X[AnalyticsS3BucketDestination]

class StorageClassAnalysisDataExport(TypedDict, total=False):
    OutputSchemaVersion: S
    Destination: X[AnalyticsExportDestination]

class StorageClassAnalysis(TypedDict, total=False):
    DataExport: X[StorageClassAnalysisDataExport]

class AnalyticsConfiguration(TypedDict, total=False):
    Id: S
    Filter: X[AnalyticsFilter]
    StorageClassAnalysis: X[StorageClassAnalysis]

PutBucketAnalyticsConfigurationParameters = TypedDict(
    "PutBucketAnalyticsConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "AnalyticsConfiguration": X[AnalyticsConfiguration],
        "AnalyticsConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class CORSRule(TypedDict, total=False):
    Id: S
    AllowedHeaders: L[Si]
    AllowedMethods: L[Si]
    AllowedOrigins: L[Si]
    ExposeHeaders: L[Si]
    MaxAgeSeconds: I

class CORSConfiguration(TypedDict, total=False):
    CorsRules: L[Xi[CORSRule]]

PutBucketCorsParameters = TypedDict(
    "PutBucketCorsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "CorsConfiguration": X[CORSConfiguration],
        "CorsConfiguration.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class DefaultStorageClassConfiguration(TypedDict, total=False):
    DefaultStorageClass: S

PutBucketDefaultStorageClassParameters = TypedDict(
    "PutBucketDefaultStorageClassParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "DefaultStorageClassConfiguration": X[DefaultStorageClassConfiguration],
        "DefaultStorageClassConfiguration.$": str,
    },
    total=False,
)

class ServerSideEncryptionByDefault(TypedDict, total=False):
    SseAlgorithm: S
    KmsMasterKeyID: S

class BlockedEncryptionTypes(TypedDict, total=False):
    EncryptionType: L[Si]

class ServerSideEncryptionRule(TypedDict, total=False):
    ApplyServerSideEncryptionByDefault: X[ServerSideEncryptionByDefault]
    BucketKeyEnabled: B
    BlockedEncryptionTypes: X[BlockedEncryptionTypes]

class ServerSideEncryptionConfiguration(TypedDict, total=False):
    Rules: L[Xi[ServerSideEncryptionRule]]

PutBucketEncryptionParameters = TypedDict(
    "PutBucketEncryptionParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class IntelligentTieringAndOperator(TypedDict, total=False):
    Prefix: S
    Tags: L[Xi[Tag]]

class IntelligentTieringFilter(TypedDict, total=False):
    Prefix: S
    Tag: X[Tag]
    And: X[IntelligentTieringAndOperator]

class Tiering(TypedDict, total=False):
    Days: I
    AccessTier: S

class IntelligentTieringConfiguration(TypedDict, total=False):
    Id: S
    Filter: X[IntelligentTieringFilter]
    Status: S
    Tierings: L[Xi[Tiering]]

PutBucketIntelligentTieringConfigurationParameters = TypedDict(
    "PutBucketIntelligentTieringConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "IntelligentTieringConfiguration": X[IntelligentTieringConfiguration],
        "IntelligentTieringConfiguration.$": str,
    },
    total=False,
)

class SSES3(TypedDict, total=False): ...

class SSEKMS(TypedDict, total=False):
    KeyId: S

class InventoryEncryption(TypedDict, total=False):
    Sses3: X[SSES3]
    Ssekms: X[SSEKMS]

class InventoryS3BucketDestination(TypedDict, total=False):
    AccountId: S
    Bucket: S
    Format: S
    Prefix: S
    Encryption: X[InventoryEncryption]

class InventoryDestination(TypedDict, total=False):
    S3BucketDestination: X[InventoryS3BucketDestination]

class InventoryFilter(TypedDict, total=False):
    Prefix: S

class InventorySchedule(TypedDict, total=False):
    Frequency: S

class InventoryConfiguration(TypedDict, total=False):
    Destination: X[InventoryDestination]
    IsEnabled: B
    Filter: X[InventoryFilter]
    Id: S
    IncludedObjectVersions: S
    OptionalFields: L[Si]
    Schedule: X[InventorySchedule]

PutBucketInventoryConfigurationParameters = TypedDict(
    "PutBucketInventoryConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "InventoryConfiguration": X[InventoryConfiguration],
        "InventoryConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class LifecycleExpiration(TypedDict, total=False):
    Date: T
    Days: I
    ExpiredObjectDeleteMarker: B

class Transition(TypedDict, total=False):
    Date: T
    Days: I
    StorageClass: S

class NoncurrentVersionTransition(TypedDict, total=False):
    NoncurrentDays: I
    StorageClass: S
    NewerNoncurrentVersions: I

class NoncurrentVersionExpiration(TypedDict, total=False):
    NoncurrentDays: I
    NewerNoncurrentVersions: I

class AbortIncompleteMultipartUpload(TypedDict, total=False):
    DaysAfterInitiation: I

class Rule(TypedDict, total=False):
    Expiration: X[LifecycleExpiration]
    Id: S
    Prefix: S
    Status: S
    Transition: X[Transition]
    NoncurrentVersionTransition: X[NoncurrentVersionTransition]
    NoncurrentVersionExpiration: X[NoncurrentVersionExpiration]
    AbortIncompleteMultipartUpload: X[AbortIncompleteMultipartUpload]

class LifecycleConfiguration(TypedDict, total=False):
    Rules: L[Xi[Rule]]

PutBucketLifecycleParameters = TypedDict(
    "PutBucketLifecycleParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "LifecycleConfiguration": X[LifecycleConfiguration],
        "LifecycleConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class LifecycleRuleAndOperator(TypedDict, total=False):
    Prefix: S
    Tags: L[Xi[Tag]]
    ObjectSizeGreaterThan: I
    ObjectSizeLessThan: I

class LifecycleRuleFilter(TypedDict, total=False):
    Prefix: S
    Tag: X[Tag]
    ObjectSizeGreaterThan: I
    ObjectSizeLessThan: I
    And: X[LifecycleRuleAndOperator]

class LifecycleRule(TypedDict, total=False):
    Expiration: X[LifecycleExpiration]
    Id: S
    Prefix: S
    Filter: X[LifecycleRuleFilter]
    Status: S
    Transitions: L[Xi[Transition]]
    NoncurrentVersionTransitions: L[Xi[NoncurrentVersionTransition]]
    NoncurrentVersionExpiration: X[NoncurrentVersionExpiration]
    AbortIncompleteMultipartUpload: X[AbortIncompleteMultipartUpload]

class BucketLifecycleConfiguration(TypedDict, total=False):
    Rules: L[Xi[LifecycleRule]]

PutBucketLifecycleConfigurationParameters = TypedDict(
    "PutBucketLifecycleConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "LifecycleConfiguration": X[BucketLifecycleConfiguration],
        "LifecycleConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "TransitionDefaultMinimumObjectSize": S,
        "TransitionDefaultMinimumObjectSize.$": str,
    },
    total=False,
)

class TargetGrant(TypedDict, total=False):
    Grantee: X[Grantee]
    Permission: S

class SimplePrefix(TypedDict, total=False): ...

class PartitionedPrefix(TypedDict, total=False):
    PartitionDateSource: S

class TargetObjectKeyFormat(TypedDict, total=False):
    SimplePrefix: X[SimplePrefix]
    PartitionedPrefix: X[PartitionedPrefix]

class LoggingEnabled(TypedDict, total=False):
    TargetBucket: S
    TargetGrants: L[Xi[TargetGrant]]
    TargetPrefix: S
    TargetObjectKeyFormat: X[TargetObjectKeyFormat]

class BucketLoggingStatus(TypedDict, total=False):
    LoggingEnabled: X[LoggingEnabled]

PutBucketLoggingParameters = TypedDict(
    "PutBucketLoggingParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "BucketLoggingStatus": X[BucketLoggingStatus],
        "BucketLoggingStatus.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class MetricsAndOperator(TypedDict, total=False):
    Prefix: S
    Tags: L[Xi[Tag]]
    AccessPointArn: S

class MetricsFilter(TypedDict, total=False):
    Prefix: S
    Tag: X[Tag]
    AccessPointArn: S
    And: X[MetricsAndOperator]

class MetricsConfiguration(TypedDict, total=False):
    Id: S
    Filter: X[MetricsFilter]

PutBucketMetricsConfigurationParameters = TypedDict(
    "PutBucketMetricsConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Id": S,
        "Id.$": str,
        "MetricsConfiguration": X[MetricsConfiguration],
        "MetricsConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class TopicConfigurationDeprecated(TypedDict, total=False):
    Id: S
    Events: L[Si]
    Event: S
    Topic: S

class QueueConfigurationDeprecated(TypedDict, total=False):
    Id: S
    Event: S
    Events: L[Si]
    Queue: S

class CloudFunctionConfiguration(TypedDict, total=False):
    Id: S
    Event: S
    Events: L[Si]
    CloudFunction: S
    InvocationRole: S

class NotificationConfigurationDeprecated(TypedDict, total=False):
    TopicConfiguration: X[TopicConfigurationDeprecated]
    QueueConfiguration: X[QueueConfigurationDeprecated]
    CloudFunctionConfiguration: X[CloudFunctionConfiguration]

PutBucketNotificationParameters = TypedDict(
    "PutBucketNotificationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "NotificationConfiguration": X[NotificationConfigurationDeprecated],
        "NotificationConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class FilterRule(TypedDict, total=False):
    Name: S
    Value: S

class S3KeyFilter(TypedDict, total=False):
    FilterRules: L[Xi[FilterRule]]

class NotificationConfigurationFilter(TypedDict, total=False):
    Key: X[S3KeyFilter]

class TopicConfiguration(TypedDict, total=False):
    Id: S
    TopicArn: S
    Events: L[Si]
    Filter: X[NotificationConfigurationFilter]

class QueueConfiguration(TypedDict, total=False):
    Id: S
    QueueArn: S
    Events: L[Si]
    Filter: X[NotificationConfigurationFilter]

class LambdaFunctionConfiguration(TypedDict, total=False):
    Id: S
    LambdaFunctionArn: S
    Events: L[Si]
    Filter: X[NotificationConfigurationFilter]

class EventBridgeConfiguration(TypedDict, total=False): ...

class NotificationConfiguration(TypedDict, total=False):
    TopicConfigurations: L[Xi[TopicConfiguration]]
    QueueConfigurations: L[Xi[QueueConfiguration]]
    LambdaFunctionConfigurations: L[Xi[LambdaFunctionConfiguration]]
    EventBridgeConfiguration: X[EventBridgeConfiguration]

PutBucketNotificationConfigurationParameters = TypedDict(
    "PutBucketNotificationConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "NotificationConfiguration": X[NotificationConfiguration],
        "NotificationConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "SkipDestinationValidation": B,
        "SkipDestinationValidation.$": str,
    },
    total=False,
)

class OwnershipControlsRule(TypedDict, total=False):
    ObjectOwnership: S

class OwnershipControls(TypedDict, total=False):
    Rules: L[Xi[OwnershipControlsRule]]

PutBucketOwnershipControlsParameters = TypedDict(
    "PutBucketOwnershipControlsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "OwnershipControls": X[OwnershipControls],
        "OwnershipControls.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
    },
    total=False,
)
PutBucketPolicyParameters = TypedDict(
    "PutBucketPolicyParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ConfirmRemoveSelfBucketAccess": B,
        "ConfirmRemoveSelfBucketAccess.$": str,
        "Policy": S,
        "Policy.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class ReplicationRuleOrOperator(TypedDict, total=False):
    Prefixes: L[Si]
    Tags: L[Xi[Tag]]

class ReplicationRuleNotOperator(TypedDict, total=False):
    Prefix: S
    Tag: X[Tag]
    Or: X[ReplicationRuleOrOperator]

class ReplicationRuleAndOperator(TypedDict, total=False):
    Prefix: S
    Tags: L[Xi[Tag]]
    Not: X[ReplicationRuleNotOperator]

class ReplicationRuleFilter(TypedDict, total=False):
    Prefix: S
    Tag: X[Tag]
    And: X[ReplicationRuleAndOperator]
    Not: X[ReplicationRuleNotOperator]

class SseKmsEncryptedObjects(TypedDict, total=False):
    Status: S

class ReplicaModifications(TypedDict, total=False):
    Status: S

class SourceSelectionCriteria(TypedDict, total=False):
    SseKmsEncryptedObjects: X[SseKmsEncryptedObjects]
    ReplicaModifications: X[ReplicaModifications]

class ExistingObjectReplication(TypedDict, total=False):
    Status: S

class AccessControlTranslation(TypedDict, total=False):
    Owner: S

class UseSourceMultiRegionKey(TypedDict, total=False):
    Status: S

class EncryptionConfiguration(TypedDict, total=False):
    ReplicaKmsKeyID: S
    UseSourceMultiRegionKey: X[UseSourceMultiRegionKey]

class ReplicationTimeValue(TypedDict, total=False):
    Minutes: I

class ReplicationTime(TypedDict, total=False):
    Status: S
    Time: X[ReplicationTimeValue]

class Metrics(TypedDict, total=False):
    Status: S
    EventThreshold: X[ReplicationTimeValue]

class Destination(TypedDict, total=False):
    Bucket: S
    Account: S
    StorageClass: S
    AccessControlTranslation: X[AccessControlTranslation]
    EncryptionConfiguration: X[EncryptionConfiguration]
    ReplicationTime: X[ReplicationTime]
    Metrics: X[Metrics]

class DeleteMarkerReplication(TypedDict, total=False):
    Status: S

class ReplicationRule(TypedDict, total=False):
    Id: S
    Priority: I
    Prefix: S
    Filter: X[ReplicationRuleFilter]
    Status: S
    SourceSelectionCriteria: X[SourceSelectionCriteria]
    ExistingObjectReplication: X[ExistingObjectReplication]
    Destination: X[Destination]
    DeleteMarkerReplication: X[DeleteMarkerReplication]

class ReplicationConfiguration(TypedDict, total=False):
    Role: S
    Rules: L[Xi[ReplicationRule]]

PutBucketReplicationParameters = TypedDict(
    "PutBucketReplicationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ReplicationConfiguration": X[ReplicationConfiguration],
        "ReplicationConfiguration.$": str,
        "Token": S,
        "Token.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class RequestPaymentConfiguration(TypedDict, total=False):
    Payer: S

PutBucketRequestPaymentParameters = TypedDict(
    "PutBucketRequestPaymentParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "RequestPaymentConfiguration": X[RequestPaymentConfiguration],
        "RequestPaymentConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class Tagging(TypedDict, total=False):
    TagSet: L[Xi[Tag]]

PutBucketTaggingParameters = TypedDict(
    "PutBucketTaggingParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "Tagging": X[Tagging],
        "Tagging.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class VersioningConfiguration(TypedDict, total=False):
    MfaDelete: S
    Status: S

PutBucketVersioningParameters = TypedDict(
    "PutBucketVersioningParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "Mfa": S,
        "Mfa.$": str,
        "VersioningConfiguration": X[VersioningConfiguration],
        "VersioningConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class ErrorDocument(TypedDict, total=False):
    Key: S

class IndexDocument(TypedDict, total=False):
    Suffix: S

class RedirectAllRequestsTo(TypedDict, total=False):
    HostName: S
    Protocol: S

class Condition(TypedDict, total=False):
    HttpErrorCodeReturnedEquals: S
    KeyPrefixEquals: S

class Redirect(TypedDict, total=False):
    HostName: S
    HttpRedirectCode: S
    Protocol: S
    ReplaceKeyPrefixWith: S
    ReplaceKeyWith: S

class RoutingRule(TypedDict, total=False):
    Condition: X[Condition]
    Redirect: X[Redirect]

class WebsiteConfiguration(TypedDict, total=False):
    ErrorDocument: X[ErrorDocument]
    IndexDocument: X[IndexDocument]
    RedirectAllRequestsTo: X[RedirectAllRequestsTo]
    RoutingRules: L[Xi[RoutingRule]]

PutBucketWebsiteParameters = TypedDict(
    "PutBucketWebsiteParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "WebsiteConfiguration": X[WebsiteConfiguration],
        "WebsiteConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
PutObjectParameters = TypedDict(
    "PutObjectParameters",
    {
        "Acl": S,
        "Acl.$": str,
        "Body": S,
        "Body.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "CacheControl": S,
        "CacheControl.$": str,
        "ContentDisposition": S,
        "ContentDisposition.$": str,
        "ContentEncoding": S,
        "ContentEncoding.$": str,
        "ContentLanguage": S,
        "ContentLanguage.$": str,
        "ContentLength": I,
        "ContentLength.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ChecksumCRC32": S,
        "ChecksumCRC32.$": str,
        "ChecksumCRC32C": S,
        "ChecksumCRC32C.$": str,
        "ChecksumCRC64NVME": S,
        "ChecksumCRC64NVME.$": str,
        "ChecksumSHA1": S,
        "ChecksumSHA1.$": str,
        "ChecksumSHA256": S,
        "ChecksumSHA256.$": str,
        "ChecksumSHA512": S,
        "ChecksumSHA512.$": str,
        "ChecksumMD5": S,
        "ChecksumMD5.$": str,
        "ChecksumXXHASH64": S,
        "ChecksumXXHASH64.$": str,
        "ChecksumXXHASH3": S,
        "ChecksumXXHASH3.$": str,
        "ChecksumXXHASH128": S,
        "ChecksumXXHASH128.$": str,
        "Expires": S,
        "Expires.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "GrantFullControl": S,
        "GrantFullControl.$": str,
        "GrantRead": S,
        "GrantRead.$": str,
        "GrantReadACP": S,
        "GrantReadACP.$": str,
        "GrantWriteACP": S,
        "GrantWriteACP.$": str,
        "Key": S,
        "Key.$": str,
        "WriteOffsetBytes": I,
        "WriteOffsetBytes.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "ServerSideEncryption": S,
        "ServerSideEncryption.$": str,
        "StorageClass": S,
        "StorageClass.$": str,
        "WebsiteRedirectLocation": S,
        "WebsiteRedirectLocation.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "SsekmsKeyId": S,
        "SsekmsKeyId.$": str,
        "SsekmsEncryptionContext": S,
        "SsekmsEncryptionContext.$": str,
        "BucketKeyEnabled": B,
        "BucketKeyEnabled.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "Tagging": S,
        "Tagging.$": str,
        "ObjectLockMode": S,
        "ObjectLockMode.$": str,
        "ObjectLockRetainUntilDate": T,
        "ObjectLockRetainUntilDate.$": str,
        "ObjectLockLegalHoldStatus": S,
        "ObjectLockLegalHoldStatus.$": str,
        "ObjectLockEventHold": S,
        "ObjectLockEventHold.$": str,
        "ObjectLockEventHoldDurationDays": I,
        "ObjectLockEventHoldDurationDays.$": str,
        "ObjectLockEventHoldDurationYears": I,
        "ObjectLockEventHoldDurationYears.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
PutObjectAclParameters = TypedDict(
    "PutObjectAclParameters",
    {
        "Acl": S,
        "Acl.$": str,
        "AccessControlPolicy": X[AccessControlPolicy],
        "AccessControlPolicy.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "GrantFullControl": S,
        "GrantFullControl.$": str,
        "GrantRead": S,
        "GrantRead.$": str,
        "GrantReadACP": S,
        "GrantReadACP.$": str,
        "GrantWrite": S,
        "GrantWrite.$": str,
        "GrantWriteACP": S,
        "GrantWriteACP.$": str,
        "Key": S,
        "Key.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
PutObjectAnnotationParameters = TypedDict(
    "PutObjectAnnotationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "AnnotationName": S,
        "AnnotationName.$": str,
        "AnnotationPayload": S,
        "AnnotationPayload.$": str,
        "ObjectIfMatch": S,
        "ObjectIfMatch.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ChecksumCRC32": S,
        "ChecksumCRC32.$": str,
        "ChecksumCRC32C": S,
        "ChecksumCRC32C.$": str,
        "ChecksumCRC64NVME": S,
        "ChecksumCRC64NVME.$": str,
        "ChecksumSHA1": S,
        "ChecksumSHA1.$": str,
        "ChecksumSHA256": S,
        "ChecksumSHA256.$": str,
        "ChecksumSHA512": S,
        "ChecksumSHA512.$": str,
        "ChecksumMD5": S,
        "ChecksumMD5.$": str,
        "ChecksumXXHASH64": S,
        "ChecksumXXHASH64.$": str,
        "ChecksumXXHASH3": S,
        "ChecksumXXHASH3.$": str,
        "ChecksumXXHASH128": S,
        "ChecksumXXHASH128.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class ObjectLockLegalHold(TypedDict, total=False):
    Status: S

PutObjectLegalHoldParameters = TypedDict(
    "PutObjectLegalHoldParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "LegalHold": X[ObjectLockLegalHold],
        "LegalHold.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class EventHoldDuration(TypedDict, total=False):
    Days: I
    Years: I

class DefaultRetention(TypedDict, total=False):
    Mode: S
    Days: I
    Years: I
    DefaultEventHold: X[EventHoldDuration]

class ObjectLockRule(TypedDict, total=False):
    DefaultRetention: X[DefaultRetention]

class ObjectLockConfiguration(TypedDict, total=False):
    ObjectLockEnabled: S
    Rule: X[ObjectLockRule]

PutObjectLockConfigurationParameters = TypedDict(
    "PutObjectLockConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ObjectLockConfiguration": X[ObjectLockConfiguration],
        "ObjectLockConfiguration.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "Token": S,
        "Token.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class ObjectLockRetention(TypedDict, total=False):
    Mode: S
    RetainUntilDate: T
    EventHold: S
    EventHoldDuration: X[EventHoldDuration]

PutObjectRetentionParameters = TypedDict(
    "PutObjectRetentionParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "Retention": X[ObjectLockRetention],
        "Retention.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "BypassGovernanceRetention": B,
        "BypassGovernanceRetention.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
PutObjectTaggingParameters = TypedDict(
    "PutObjectTaggingParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "Tagging": X[Tagging],
        "Tagging.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
    },
    total=False,
)

class PublicAccessBlockConfiguration(TypedDict, total=False):
    BlockPublicAcls: B
    IgnorePublicAcls: B
    BlockPublicPolicy: B
    RestrictPublicBuckets: B

PutPublicAccessBlockParameters = TypedDict(
    "PutPublicAccessBlockParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "PublicAccessBlockConfiguration": X[PublicAccessBlockConfiguration],
        "PublicAccessBlockConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
RenameObjectParameters = TypedDict(
    "RenameObjectParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "RenameSource": S,
        "RenameSource.$": str,
        "DestinationIfMatch": S,
        "DestinationIfMatch.$": str,
        "DestinationIfNoneMatch": S,
        "DestinationIfNoneMatch.$": str,
        "DestinationIfModifiedSince": T,
        "DestinationIfModifiedSince.$": str,
        "DestinationIfUnmodifiedSince": T,
        "DestinationIfUnmodifiedSince.$": str,
        "SourceIfMatch": S,
        "SourceIfMatch.$": str,
        "SourceIfNoneMatch": S,
        "SourceIfNoneMatch.$": str,
        "SourceIfModifiedSince": T,
        "SourceIfModifiedSince.$": str,
        "SourceIfUnmodifiedSince": T,
        "SourceIfUnmodifiedSince.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class GlacierJobParameters(TypedDict, total=False):
    Tier: S

class CSVInput(TypedDict, total=False):
    FileHeaderInfo: S
    Comments: S
    QuoteEscapeCharacter: S
    RecordDelimiter: S
    FieldDelimiter: S
    QuoteCharacter: S
    AllowQuotedRecordDelimiter: B

class JSONInput(TypedDict, total=False):
    Type: S

class ParquetInput(TypedDict, total=False): ...

class InputSerialization(TypedDict, total=False):
    Csv: X[CSVInput]
    CompressionType: S
    Json: X[JSONInput]
    Parquet: X[ParquetInput]

class CSVOutput(TypedDict, total=False):
    QuoteFields: S
    QuoteEscapeCharacter: S
    RecordDelimiter: S
    FieldDelimiter: S
    QuoteCharacter: S

class JSONOutput(TypedDict, total=False):
    RecordDelimiter: S

class OutputSerialization(TypedDict, total=False):
    Csv: X[CSVOutput]
    Json: X[JSONOutput]

class SelectParameters(TypedDict, total=False):
    InputSerialization: X[InputSerialization]
    ExpressionType: S
    Expression: S
    OutputSerialization: X[OutputSerialization]

class Encryption(TypedDict, total=False):
    EncryptionType: S
    KmsKeyId: S
    KmsContext: S

class MetadataEntry(TypedDict, total=False):
    Name: S
    Value: S

class S3Location(TypedDict, total=False):
    BucketName: S
    Prefix: S
    Encryption: X[Encryption]
    CannedACL: S
    AccessControlList: L[Xi[Grant]]
    Tagging: X[Tagging]
    UserMetadata: L[Xi[MetadataEntry]]
    StorageClass: S

class OutputLocation(TypedDict, total=False):
    S3: X[S3Location]

class RestoreRequest(TypedDict, total=False):
    Days: I
    GlacierJobParameters: X[GlacierJobParameters]
    Type: S
    Tier: S
    Description: S
    SelectParameters: X[SelectParameters]
    OutputLocation: X[OutputLocation]

RestoreObjectParameters = TypedDict(
    "RestoreObjectParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "RestoreRequest": X[RestoreRequest],
        "RestoreRequest.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class AnnotationTableConfigurationUpdates(TypedDict, total=False):
    ConfigurationState: S
    EncryptionConfiguration: X[MetadataTableEncryptionConfiguration]
    Role: S

UpdateBucketMetadataAnnotationTableConfigurationParameters = TypedDict(
    "UpdateBucketMetadataAnnotationTableConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "AnnotationTableConfiguration": X[AnnotationTableConfigurationUpdates],
        "AnnotationTableConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class InventoryTableConfigurationUpdates(TypedDict, total=False):
    ConfigurationState: S
    EncryptionConfiguration: X[MetadataTableEncryptionConfiguration]

UpdateBucketMetadataInventoryTableConfigurationParameters = TypedDict(
    "UpdateBucketMetadataInventoryTableConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "InventoryTableConfiguration": X[InventoryTableConfigurationUpdates],
        "InventoryTableConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class JournalTableConfigurationUpdates(TypedDict, total=False):
    RecordExpiration: X[RecordExpiration]

UpdateBucketMetadataJournalTableConfigurationParameters = TypedDict(
    "UpdateBucketMetadataJournalTableConfigurationParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "JournalTableConfiguration": X[JournalTableConfigurationUpdates],
        "JournalTableConfiguration.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class SSEKMSEncryption(TypedDict, total=False):
    KmsKeyArn: S
    BucketKeyEnabled: B

class ObjectEncryption(TypedDict, total=False):
    Ssekms: X[SSEKMSEncryption]

UpdateObjectEncryptionParameters = TypedDict(
    "UpdateObjectEncryptionParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "Key": S,
        "Key.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "ObjectEncryption": X[ObjectEncryption],
        "ObjectEncryption.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
    },
    total=False,
)
UploadPartParameters = TypedDict(
    "UploadPartParameters",
    {
        "Body": S,
        "Body.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "ContentLength": I,
        "ContentLength.$": str,
        "ContentMD5": S,
        "ContentMD5.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ChecksumCRC32": S,
        "ChecksumCRC32.$": str,
        "ChecksumCRC32C": S,
        "ChecksumCRC32C.$": str,
        "ChecksumCRC64NVME": S,
        "ChecksumCRC64NVME.$": str,
        "ChecksumSHA1": S,
        "ChecksumSHA1.$": str,
        "ChecksumSHA256": S,
        "ChecksumSHA256.$": str,
        "ChecksumSHA512": S,
        "ChecksumSHA512.$": str,
        "ChecksumMD5": S,
        "ChecksumMD5.$": str,
        "ChecksumXXHASH64": S,
        "ChecksumXXHASH64.$": str,
        "ChecksumXXHASH3": S,
        "ChecksumXXHASH3.$": str,
        "ChecksumXXHASH128": S,
        "ChecksumXXHASH128.$": str,
        "Key": S,
        "Key.$": str,
        "PartNumber": I,
        "PartNumber.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
UploadPartCopyParameters = TypedDict(
    "UploadPartCopyParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "CopySource": S,
        "CopySource.$": str,
        "CopySourceIfMatch": S,
        "CopySourceIfMatch.$": str,
        "CopySourceIfModifiedSince": T,
        "CopySourceIfModifiedSince.$": str,
        "CopySourceIfNoneMatch": S,
        "CopySourceIfNoneMatch.$": str,
        "CopySourceIfUnmodifiedSince": T,
        "CopySourceIfUnmodifiedSince.$": str,
        "CopySourceRange": S,
        "CopySourceRange.$": str,
        "Key": S,
        "Key.$": str,
        "PartNumber": I,
        "PartNumber.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SseCustomerKey": S,
        "SseCustomerKey.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "CopySourceSSECustomerAlgorithm": S,
        "CopySourceSSECustomerAlgorithm.$": str,
        "CopySourceSSECustomerKey": S,
        "CopySourceSSECustomerKey.$": str,
        "CopySourceSSECustomerKeyMD5": S,
        "CopySourceSSECustomerKeyMD5.$": str,
        "RequestPayer": S,
        "RequestPayer.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "ExpectedSourceBucketOwner": S,
        "ExpectedSourceBucketOwner.$": str,
    },
    total=False,
)
WriteGetObjectResponseParameters = TypedDict(
    "WriteGetObjectResponseParameters",
    {
        "RequestRoute": S,
        "RequestRoute.$": str,
        "RequestToken": S,
        "RequestToken.$": str,
        "Body": S,
        "Body.$": str,
        "StatusCode": I,
        "StatusCode.$": str,
        "ErrorCode": S,
        "ErrorCode.$": str,
        "ErrorMessage": S,
        "ErrorMessage.$": str,
        "AcceptRanges": S,
        "AcceptRanges.$": str,
        "CacheControl": S,
        "CacheControl.$": str,
        "ContentDisposition": S,
        "ContentDisposition.$": str,
        "ContentEncoding": S,
        "ContentEncoding.$": str,
        "ContentLanguage": S,
        "ContentLanguage.$": str,
        "ContentLength": I,
        "ContentLength.$": str,
        "ContentRange": S,
        "ContentRange.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "ChecksumCRC32": S,
        "ChecksumCRC32.$": str,
        "ChecksumCRC32C": S,
        "ChecksumCRC32C.$": str,
        "ChecksumCRC64NVME": S,
        "ChecksumCRC64NVME.$": str,
        "ChecksumSHA1": S,
        "ChecksumSHA1.$": str,
        "ChecksumSHA256": S,
        "ChecksumSHA256.$": str,
        "ChecksumSHA512": S,
        "ChecksumSHA512.$": str,
        "ChecksumMD5": S,
        "ChecksumMD5.$": str,
        "ChecksumXXHASH64": S,
        "ChecksumXXHASH64.$": str,
        "ChecksumXXHASH3": S,
        "ChecksumXXHASH3.$": str,
        "ChecksumXXHASH128": S,
        "ChecksumXXHASH128.$": str,
        "DeleteMarker": B,
        "DeleteMarker.$": str,
        "ETag": S,
        "ETag.$": str,
        "Expires": S,
        "Expires.$": str,
        "Expiration": S,
        "Expiration.$": str,
        "LastModified": T,
        "LastModified.$": str,
        "MissingMeta": I,
        "MissingMeta.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "ObjectLockMode": S,
        "ObjectLockMode.$": str,
        "ObjectLockLegalHoldStatus": S,
        "ObjectLockLegalHoldStatus.$": str,
        "ObjectLockRetainUntilDate": T,
        "ObjectLockRetainUntilDate.$": str,
        "PartsCount": I,
        "PartsCount.$": str,
        "ReplicationStatus": S,
        "ReplicationStatus.$": str,
        "RequestCharged": S,
        "RequestCharged.$": str,
        "Restore": S,
        "Restore.$": str,
        "ServerSideEncryption": S,
        "ServerSideEncryption.$": str,
        "SseCustomerAlgorithm": S,
        "SseCustomerAlgorithm.$": str,
        "SsekmsKeyId": S,
        "SsekmsKeyId.$": str,
        "SseCustomerKeyMD5": S,
        "SseCustomerKeyMD5.$": str,
        "StorageClass": S,
        "StorageClass.$": str,
        "TagCount": I,
        "TagCount.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "BucketKeyEnabled": B,
        "BucketKeyEnabled.$": str,
    },
    total=False,
)
abort_multipart_upload: Builder[AbortMultipartUploadParameters]
complete_multipart_upload: Builder[CompleteMultipartUploadParameters]
copy_object: Builder[CopyObjectParameters]
create_bucket: Builder[CreateBucketParameters]
create_bucket_metadata_configuration: Builder[CreateBucketMetadataConfigurationParameters]
create_bucket_metadata_table_configuration: Builder[
    CreateBucketMetadataTableConfigurationParameters
]
create_multipart_upload: Builder[CreateMultipartUploadParameters]
create_session: Builder[CreateSessionParameters]
delete_bucket: Builder[DeleteBucketParameters]
delete_bucket_analytics_configuration: Builder[DeleteBucketAnalyticsConfigurationParameters]
delete_bucket_cors: Builder[DeleteBucketCorsParameters]
delete_bucket_encryption: Builder[DeleteBucketEncryptionParameters]
delete_bucket_intelligent_tiering_configuration: Builder[
    DeleteBucketIntelligentTieringConfigurationParameters
]
delete_bucket_inventory_configuration: Builder[DeleteBucketInventoryConfigurationParameters]
delete_bucket_lifecycle: Builder[DeleteBucketLifecycleParameters]
delete_bucket_metadata_configuration: Builder[DeleteBucketMetadataConfigurationParameters]
delete_bucket_metadata_table_configuration: Builder[
    DeleteBucketMetadataTableConfigurationParameters
]
delete_bucket_metrics_configuration: Builder[DeleteBucketMetricsConfigurationParameters]
delete_bucket_ownership_controls: Builder[DeleteBucketOwnershipControlsParameters]
delete_bucket_policy: Builder[DeleteBucketPolicyParameters]
delete_bucket_replication: Builder[DeleteBucketReplicationParameters]
delete_bucket_tagging: Builder[DeleteBucketTaggingParameters]
delete_bucket_website: Builder[DeleteBucketWebsiteParameters]
delete_object: Builder[DeleteObjectParameters]
delete_object_annotation: Builder[DeleteObjectAnnotationParameters]
delete_object_tagging: Builder[DeleteObjectTaggingParameters]
delete_objects: Builder[DeleteObjectsParameters]
delete_public_access_block: Builder[DeletePublicAccessBlockParameters]
get_bucket_abac: Builder[GetBucketAbacParameters]
get_bucket_accelerate_configuration: Builder[GetBucketAccelerateConfigurationParameters]
get_bucket_acl: Builder[GetBucketAclParameters]
get_bucket_analytics_configuration: Builder[GetBucketAnalyticsConfigurationParameters]
get_bucket_cors: Builder[GetBucketCorsParameters]
get_bucket_default_storage_class: Builder[GetBucketDefaultStorageClassParameters]
get_bucket_encryption: Builder[GetBucketEncryptionParameters]
get_bucket_intelligent_tiering_configuration: Builder[
    GetBucketIntelligentTieringConfigurationParameters
]
get_bucket_inventory_configuration: Builder[GetBucketInventoryConfigurationParameters]
get_bucket_lifecycle: Builder[GetBucketLifecycleParameters]
get_bucket_lifecycle_configuration: Builder[GetBucketLifecycleConfigurationParameters]
get_bucket_location: Builder[GetBucketLocationParameters]
get_bucket_logging: Builder[GetBucketLoggingParameters]
get_bucket_metadata_configuration: Builder[GetBucketMetadataConfigurationParameters]
get_bucket_metadata_table_configuration: Builder[GetBucketMetadataTableConfigurationParameters]
get_bucket_metrics_configuration: Builder[GetBucketMetricsConfigurationParameters]
get_bucket_notification: Builder[GetBucketNotificationParameters]
get_bucket_notification_configuration: Builder[GetBucketNotificationParameters]
get_bucket_ownership_controls: Builder[GetBucketOwnershipControlsParameters]
get_bucket_policy: Builder[GetBucketPolicyParameters]
get_bucket_policy_status: Builder[GetBucketPolicyStatusParameters]
get_bucket_replication: Builder[GetBucketReplicationParameters]
get_bucket_request_payment: Builder[GetBucketRequestPaymentParameters]
get_bucket_tagging: Builder[GetBucketTaggingParameters]
get_bucket_versioning: Builder[GetBucketVersioningParameters]
get_bucket_website: Builder[GetBucketWebsiteParameters]
get_object: Builder[GetObjectParameters]
get_object_acl: Builder[GetObjectAclParameters]
get_object_annotation: Builder[GetObjectAnnotationParameters]
get_object_attributes: Builder[GetObjectAttributesParameters]
get_object_legal_hold: Builder[GetObjectLegalHoldParameters]
get_object_lock_configuration: Builder[GetObjectLockConfigurationParameters]
get_object_retention: Builder[GetObjectRetentionParameters]
get_object_tagging: Builder[GetObjectTaggingParameters]
get_object_torrent: Builder[GetObjectTorrentParameters]
get_part: Builder[GetPartParameters]
get_public_access_block: Builder[GetPublicAccessBlockParameters]
head_bucket: Builder[HeadBucketParameters]
head_object: Builder[HeadObjectParameters]
list_bucket_analytics_configurations: Builder[ListBucketAnalyticsConfigurationsParameters]
list_bucket_intelligent_tiering_configurations: Builder[
    ListBucketIntelligentTieringConfigurationsParameters
]
list_bucket_inventory_configurations: Builder[ListBucketInventoryConfigurationsParameters]
list_bucket_metrics_configurations: Builder[ListBucketMetricsConfigurationsParameters]
list_buckets: Builder[ListBucketsParameters]
list_directory_buckets: Builder[ListDirectoryBucketsParameters]
list_multipart_uploads: Builder[ListMultipartUploadsParameters]
list_object_annotations: Builder[ListObjectAnnotationsParameters]
list_object_versions: Builder[ListObjectVersionsParameters]
list_objects: Builder[ListObjectsParameters]
list_objects_v2: Builder[ListObjectsV2Parameters]
list_parts: Builder[ListPartsParameters]
put_bucket_abac: Builder[PutBucketAbacParameters]
put_bucket_accelerate_configuration: Builder[PutBucketAccelerateConfigurationParameters]
put_bucket_acl: Builder[PutBucketAclParameters]
put_bucket_analytics_configuration: Builder[PutBucketAnalyticsConfigurationParameters]
put_bucket_cors: Builder[PutBucketCorsParameters]
put_bucket_default_storage_class: Builder[PutBucketDefaultStorageClassParameters]
put_bucket_encryption: Builder[PutBucketEncryptionParameters]
put_bucket_intelligent_tiering_configuration: Builder[
    PutBucketIntelligentTieringConfigurationParameters
]
put_bucket_inventory_configuration: Builder[PutBucketInventoryConfigurationParameters]
put_bucket_lifecycle: Builder[PutBucketLifecycleParameters]
put_bucket_lifecycle_configuration: Builder[PutBucketLifecycleConfigurationParameters]
put_bucket_logging: Builder[PutBucketLoggingParameters]
put_bucket_metrics_configuration: Builder[PutBucketMetricsConfigurationParameters]
put_bucket_notification: Builder[PutBucketNotificationParameters]
put_bucket_notification_configuration: Builder[PutBucketNotificationConfigurationParameters]
put_bucket_ownership_controls: Builder[PutBucketOwnershipControlsParameters]
put_bucket_policy: Builder[PutBucketPolicyParameters]
put_bucket_replication: Builder[PutBucketReplicationParameters]
put_bucket_request_payment: Builder[PutBucketRequestPaymentParameters]
put_bucket_tagging: Builder[PutBucketTaggingParameters]
put_bucket_versioning: Builder[PutBucketVersioningParameters]
put_bucket_website: Builder[PutBucketWebsiteParameters]
put_object: Builder[PutObjectParameters]
put_object_acl: Builder[PutObjectAclParameters]
put_object_annotation: Builder[PutObjectAnnotationParameters]
put_object_legal_hold: Builder[PutObjectLegalHoldParameters]
put_object_lock_configuration: Builder[PutObjectLockConfigurationParameters]
put_object_retention: Builder[PutObjectRetentionParameters]
put_object_tagging: Builder[PutObjectTaggingParameters]
put_public_access_block: Builder[PutPublicAccessBlockParameters]
rename_object: Builder[RenameObjectParameters]
restore_object: Builder[RestoreObjectParameters]
update_bucket_metadata_annotation_table_configuration: Builder[
    UpdateBucketMetadataAnnotationTableConfigurationParameters
]
update_bucket_metadata_inventory_table_configuration: Builder[
    UpdateBucketMetadataInventoryTableConfigurationParameters
]
update_bucket_metadata_journal_table_configuration: Builder[
    UpdateBucketMetadataJournalTableConfigurationParameters
]
update_object_encryption: Builder[UpdateObjectEncryptionParameters]
upload_part: Builder[UploadPartParameters]
upload_part_copy: Builder[UploadPartCopyParameters]
write_get_object_response: Builder[WriteGetObjectResponseParameters]

__all__ = [
    "abort_multipart_upload",
    "complete_multipart_upload",
    "copy_object",
    "create_bucket",
    "create_bucket_metadata_configuration",
    "create_bucket_metadata_table_configuration",
    "create_multipart_upload",
    "create_session",
    "delete_bucket",
    "delete_bucket_analytics_configuration",
    "delete_bucket_cors",
    "delete_bucket_encryption",
    "delete_bucket_intelligent_tiering_configuration",
    "delete_bucket_inventory_configuration",
    "delete_bucket_lifecycle",
    "delete_bucket_metadata_configuration",
    "delete_bucket_metadata_table_configuration",
    "delete_bucket_metrics_configuration",
    "delete_bucket_ownership_controls",
    "delete_bucket_policy",
    "delete_bucket_replication",
    "delete_bucket_tagging",
    "delete_bucket_website",
    "delete_object",
    "delete_object_annotation",
    "delete_object_tagging",
    "delete_objects",
    "delete_public_access_block",
    "get_bucket_abac",
    "get_bucket_accelerate_configuration",
    "get_bucket_acl",
    "get_bucket_analytics_configuration",
    "get_bucket_cors",
    "get_bucket_default_storage_class",
    "get_bucket_encryption",
    "get_bucket_intelligent_tiering_configuration",
    "get_bucket_inventory_configuration",
    "get_bucket_lifecycle",
    "get_bucket_lifecycle_configuration",
    "get_bucket_location",
    "get_bucket_logging",
    "get_bucket_metadata_configuration",
    "get_bucket_metadata_table_configuration",
    "get_bucket_metrics_configuration",
    "get_bucket_notification",
    "get_bucket_notification_configuration",
    "get_bucket_ownership_controls",
    "get_bucket_policy",
    "get_bucket_policy_status",
    "get_bucket_replication",
    "get_bucket_request_payment",
    "get_bucket_tagging",
    "get_bucket_versioning",
    "get_bucket_website",
    "get_object",
    "get_object_acl",
    "get_object_annotation",
    "get_object_attributes",
    "get_object_legal_hold",
    "get_object_lock_configuration",
    "get_object_retention",
    "get_object_tagging",
    "get_object_torrent",
    "get_part",
    "get_public_access_block",
    "head_bucket",
    "head_object",
    "list_bucket_analytics_configurations",
    "list_bucket_intelligent_tiering_configurations",
    "list_bucket_inventory_configurations",
    "list_bucket_metrics_configurations",
    "list_buckets",
    "list_directory_buckets",
    "list_multipart_uploads",
    "list_object_annotations",
    "list_object_versions",
    "list_objects",
    "list_objects_v2",
    "list_parts",
    "put_bucket_abac",
    "put_bucket_accelerate_configuration",
    "put_bucket_acl",
    "put_bucket_analytics_configuration",
    "put_bucket_cors",
    "put_bucket_default_storage_class",
    "put_bucket_encryption",
    "put_bucket_intelligent_tiering_configuration",
    "put_bucket_inventory_configuration",
    "put_bucket_lifecycle",
    "put_bucket_lifecycle_configuration",
    "put_bucket_logging",
    "put_bucket_metrics_configuration",
    "put_bucket_notification",
    "put_bucket_notification_configuration",
    "put_bucket_ownership_controls",
    "put_bucket_policy",
    "put_bucket_replication",
    "put_bucket_request_payment",
    "put_bucket_tagging",
    "put_bucket_versioning",
    "put_bucket_website",
    "put_object",
    "put_object_acl",
    "put_object_annotation",
    "put_object_legal_hold",
    "put_object_lock_configuration",
    "put_object_retention",
    "put_object_tagging",
    "put_public_access_block",
    "rename_object",
    "restore_object",
    "update_bucket_metadata_annotation_table_configuration",
    "update_bucket_metadata_inventory_table_configuration",
    "update_bucket_metadata_journal_table_configuration",
    "update_object_encryption",
    "upload_part",
    "upload_part_copy",
    "write_get_object_response",
]
