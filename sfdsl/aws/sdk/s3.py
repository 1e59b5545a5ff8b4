"""Typed builders of the AWS SDK integration of s3.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AbortMultipartUploadParameters = TypedDict(
        "AbortMultipartUploadParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "UploadId": Any,
            "UploadId.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "IfMatchInitiatedTime": Any,
            "IfMatchInitiatedTime.$": Any,
        },
        total=False,
    )
    CompleteMultipartUploadParameters = TypedDict(
        "CompleteMultipartUploadParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "MultipartUpload": Any,
            "MultipartUpload.$": Any,
            "UploadId": Any,
            "UploadId.$": Any,
            "ChecksumCRC32": Any,
            "ChecksumCRC32.$": Any,
            "ChecksumCRC32C": Any,
            "ChecksumCRC32C.$": Any,
            "ChecksumCRC64NVME": Any,
            "ChecksumCRC64NVME.$": Any,
            "ChecksumSHA1": Any,
            "ChecksumSHA1.$": Any,
            "ChecksumSHA256": Any,
            "ChecksumSHA256.$": Any,
            "ChecksumSHA512": Any,
            "ChecksumSHA512.$": Any,
            "ChecksumMD5": Any,
            "ChecksumMD5.$": Any,
            "ChecksumXXHASH64": Any,
            "ChecksumXXHASH64.$": Any,
            "ChecksumXXHASH3": Any,
            "ChecksumXXHASH3.$": Any,
            "ChecksumXXHASH128": Any,
            "ChecksumXXHASH128.$": Any,
            "ChecksumType": Any,
            "ChecksumType.$": Any,
            "MpuObjectSize": Any,
            "MpuObjectSize.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "IfMatch": Any,
            "IfMatch.$": Any,
            "IfNoneMatch": Any,
            "IfNoneMatch.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
        },
        total=False,
    )
    CopyObjectParameters = TypedDict(
        "CopyObjectParameters",
        {
            "Acl": Any,
            "Acl.$": Any,
            "Bucket": Any,
            "Bucket.$": Any,
            "CacheControl": Any,
            "CacheControl.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ContentDisposition": Any,
            "ContentDisposition.$": Any,
            "ContentEncoding": Any,
            "ContentEncoding.$": Any,
            "ContentLanguage": Any,
            "ContentLanguage.$": Any,
            "ContentType": Any,
            "ContentType.$": Any,
            "CopySource": Any,
            "CopySource.$": Any,
            "CopySourceIfMatch": Any,
            "CopySourceIfMatch.$": Any,
            "CopySourceIfModifiedSince": Any,
            "CopySourceIfModifiedSince.$": Any,
            "CopySourceIfNoneMatch": Any,
            "CopySourceIfNoneMatch.$": Any,
            "CopySourceIfUnmodifiedSince": Any,
            "CopySourceIfUnmodifiedSince.$": Any,
            "Expires": Any,
            "Expires.$": Any,
            "GrantFullControl": Any,
            "GrantFullControl.$": Any,
            "GrantRead": Any,
            "GrantRead.$": Any,
            "GrantReadACP": Any,
            "GrantReadACP.$": Any,
            "GrantWriteACP": Any,
            "GrantWriteACP.$": Any,
            "IfMatch": Any,
            "IfMatch.$": Any,
            "IfNoneMatch": Any,
            "IfNoneMatch.$": Any,
            "Key": Any,
            "Key.$": Any,
            "Metadata": Any,
            "Metadata.$": Any,
            "MetadataDirective": Any,
            "MetadataDirective.$": Any,
            "TaggingDirective": Any,
            "TaggingDirective.$": Any,
            "AnnotationDirective": Any,
            "AnnotationDirective.$": Any,
            "ServerSideEncryption": Any,
            "ServerSideEncryption.$": Any,
            "StorageClass": Any,
            "StorageClass.$": Any,
            "WebsiteRedirectLocation": Any,
            "WebsiteRedirectLocation.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "SsekmsKeyId": Any,
            "SsekmsKeyId.$": Any,
            "SsekmsEncryptionContext": Any,
            "SsekmsEncryptionContext.$": Any,
            "BucketKeyEnabled": Any,
            "BucketKeyEnabled.$": Any,
            "CopySourceSSECustomerAlgorithm": Any,
            "CopySourceSSECustomerAlgorithm.$": Any,
            "CopySourceSSECustomerKey": Any,
            "CopySourceSSECustomerKey.$": Any,
            "CopySourceSSECustomerKeyMD5": Any,
            "CopySourceSSECustomerKeyMD5.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "Tagging": Any,
            "Tagging.$": Any,
            "ObjectLockMode": Any,
            "ObjectLockMode.$": Any,
            "ObjectLockRetainUntilDate": Any,
            "ObjectLockRetainUntilDate.$": Any,
            "ObjectLockLegalHoldStatus": Any,
            "ObjectLockLegalHoldStatus.$": Any,
            "ObjectLockEventHold": Any,
            "ObjectLockEventHold.$": Any,
            "ObjectLockEventHoldDurationDays": Any,
            "ObjectLockEventHoldDurationDays.$": Any,
            "ObjectLockEventHoldDurationYears": Any,
            "ObjectLockEventHoldDurationYears.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ExpectedSourceBucketOwner": Any,
            "ExpectedSourceBucketOwner.$": Any,
        },
        total=False,
    )
    CreateBucketParameters = TypedDict(
        "CreateBucketParameters",
        {
            "Acl": Any,
            "Acl.$": Any,
            "Bucket": Any,
            "Bucket.$": Any,
            "CreateBucketConfiguration": Any,
            "CreateBucketConfiguration.$": Any,
            "GrantFullControl": Any,
            "GrantFullControl.$": Any,
            "GrantRead": Any,
            "GrantRead.$": Any,
            "GrantReadACP": Any,
            "GrantReadACP.$": Any,
            "GrantWrite": Any,
            "GrantWrite.$": Any,
            "GrantWriteACP": Any,
            "GrantWriteACP.$": Any,
            "ObjectLockEnabledForBucket": Any,
            "ObjectLockEnabledForBucket.$": Any,
            "ObjectOwnership": Any,
            "ObjectOwnership.$": Any,
            "BucketNamespace": Any,
            "BucketNamespace.$": Any,
        },
        total=False,
    )
    CreateBucketMetadataConfigurationParameters = TypedDict(
        "CreateBucketMetadataConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "MetadataConfiguration": Any,
            "MetadataConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    CreateBucketMetadataTableConfigurationParameters = TypedDict(
        "CreateBucketMetadataTableConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "MetadataTableConfiguration": Any,
            "MetadataTableConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    CreateMultipartUploadParameters = TypedDict(
        "CreateMultipartUploadParameters",
        {
            "Acl": Any,
            "Acl.$": Any,
            "Bucket": Any,
            "Bucket.$": Any,
            "CacheControl": Any,
            "CacheControl.$": Any,
            "ContentDisposition": Any,
            "ContentDisposition.$": Any,
            "ContentEncoding": Any,
            "ContentEncoding.$": Any,
            "ContentLanguage": Any,
            "ContentLanguage.$": Any,
            "ContentType": Any,
            "ContentType.$": Any,
            "Expires": Any,
            "Expires.$": Any,
            "GrantFullControl": Any,
            "GrantFullControl.$": Any,
            "GrantRead": Any,
            "GrantRead.$": Any,
            "GrantReadACP": Any,
            "GrantReadACP.$": Any,
            "GrantWriteACP": Any,
            "GrantWriteACP.$": Any,
            "Key": Any,
            "Key.$": Any,
            "Metadata": Any,
            "Metadata.$": Any,
            "ServerSideEncryption": Any,
            "ServerSideEncryption.$": Any,
            "StorageClass": Any,
            "StorageClass.$": Any,
            "WebsiteRedirectLocation": Any,
            "WebsiteRedirectLocation.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "SsekmsKeyId": Any,
            "SsekmsKeyId.$": Any,
            "SsekmsEncryptionContext": Any,
            "SsekmsEncryptionContext.$": Any,
            "BucketKeyEnabled": Any,
            "BucketKeyEnabled.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "Tagging": Any,
            "Tagging.$": Any,
            "ObjectLockMode": Any,
            "ObjectLockMode.$": Any,
            "ObjectLockRetainUntilDate": Any,
            "ObjectLockRetainUntilDate.$": Any,
            "ObjectLockLegalHoldStatus": Any,
            "ObjectLockLegalHoldStatus.$": Any,
            "ObjectLockEventHold": Any,
            "ObjectLockEventHold.$": Any,
            "ObjectLockEventHoldDurationDays": Any,
            "ObjectLockEventHoldDurationDays.$": Any,
            "ObjectLockEventHoldDurationYears": Any,
            "ObjectLockEventHoldDurationYears.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ChecksumType": Any,
            "ChecksumType.$": Any,
        },
        total=False,
    )
    CreateSessionParameters = TypedDict(
        "CreateSessionParameters",
        {
            "SessionMode": Any,
            "SessionMode.$": Any,
            "Bucket": Any,
            "Bucket.$": Any,
            "ServerSideEncryption": Any,
            "ServerSideEncryption.$": Any,
            "SsekmsKeyId": Any,
            "SsekmsKeyId.$": Any,
            "SsekmsEncryptionContext": Any,
            "SsekmsEncryptionContext.$": Any,
            "BucketKeyEnabled": Any,
            "BucketKeyEnabled.$": Any,
        },
        total=False,
    )
    DeleteBucketParameters = TypedDict(
        "DeleteBucketParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketAnalyticsConfigurationParameters = TypedDict(
        "DeleteBucketAnalyticsConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    DeleteBucketCorsParameters = TypedDict(
        "DeleteBucketCorsParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketEncryptionParameters = TypedDict(
        "DeleteBucketEncryptionParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketIntelligentTieringConfigurationParameters = TypedDict(
        "DeleteBucketIntelligentTieringConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    DeleteBucketInventoryConfigurationParameters = TypedDict(
        "DeleteBucketInventoryConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    DeleteBucketLifecycleParameters = TypedDict(
        "DeleteBucketLifecycleParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketMetadataConfigurationParameters = TypedDict(
        "DeleteBucketMetadataConfigurationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketMetadataTableConfigurationParameters = TypedDict(
        "DeleteBucketMetadataTableConfigurationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketMetricsConfigurationParameters = TypedDict(
        "DeleteBucketMetricsConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    DeleteBucketOwnershipControlsParameters = TypedDict(
        "DeleteBucketOwnershipControlsParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketPolicyParameters = TypedDict(
        "DeleteBucketPolicyParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketReplicationParameters = TypedDict(
        "DeleteBucketReplicationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketTaggingParameters = TypedDict(
        "DeleteBucketTaggingParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteBucketWebsiteParameters = TypedDict(
        "DeleteBucketWebsiteParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    DeleteObjectParameters = TypedDict(
        "DeleteObjectParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "Mfa": Any,
            "Mfa.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "BypassGovernanceRetention": Any,
            "BypassGovernanceRetention.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "IfMatch": Any,
            "IfMatch.$": Any,
            "IfMatchLastModifiedTime": Any,
            "IfMatchLastModifiedTime.$": Any,
            "IfMatchSize": Any,
            "IfMatchSize.$": Any,
        },
        total=False,
    )
    DeleteObjectAnnotationParameters = TypedDict(
        "DeleteObjectAnnotationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "AnnotationName": Any,
            "AnnotationName.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ObjectIfMatch": Any,
            "ObjectIfMatch.$": Any,
        },
        total=False,
    )
    DeleteObjectTaggingParameters = TypedDict(
        "DeleteObjectTaggingParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    DeleteObjectsParameters = TypedDict(
        "DeleteObjectsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Delete": Any,
            "Delete.$": Any,
            "Mfa": Any,
            "Mfa.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "BypassGovernanceRetention": Any,
            "BypassGovernanceRetention.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
        },
        total=False,
    )
    DeletePublicAccessBlockParameters = TypedDict(
        "DeletePublicAccessBlockParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketAbacParameters = TypedDict(
        "GetBucketAbacParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketAccelerateConfigurationParameters = TypedDict(
        "GetBucketAccelerateConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
        },
        total=False,
    )
    GetBucketAclParameters = TypedDict(
        "GetBucketAclParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketAnalyticsConfigurationParameters = TypedDict(
        "GetBucketAnalyticsConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    GetBucketCorsParameters = TypedDict(
        "GetBucketCorsParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketDefaultStorageClassParameters = TypedDict(
        "GetBucketDefaultStorageClassParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketEncryptionParameters = TypedDict(
        "GetBucketEncryptionParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketIntelligentTieringConfigurationParameters = TypedDict(
        "GetBucketIntelligentTieringConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    GetBucketInventoryConfigurationParameters = TypedDict(
        "GetBucketInventoryConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    GetBucketLifecycleParameters = TypedDict(
        "GetBucketLifecycleParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketLifecycleConfigurationParameters = TypedDict(
        "GetBucketLifecycleConfigurationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketLocationParameters = TypedDict(
        "GetBucketLocationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketLoggingParameters = TypedDict(
        "GetBucketLoggingParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketMetadataConfigurationParameters = TypedDict(
        "GetBucketMetadataConfigurationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketMetadataTableConfigurationParameters = TypedDict(
        "GetBucketMetadataTableConfigurationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketMetricsConfigurationParameters = TypedDict(
        "GetBucketMetricsConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    GetBucketNotificationParameters = TypedDict(
        "GetBucketNotificationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketNotificationConfigurationParameters = TypedDict(
        "GetBucketNotificationConfigurationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketOwnershipControlsParameters = TypedDict(
        "GetBucketOwnershipControlsParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketPolicyParameters = TypedDict(
        "GetBucketPolicyParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketPolicyStatusParameters = TypedDict(
        "GetBucketPolicyStatusParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketReplicationParameters = TypedDict(
        "GetBucketReplicationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketRequestPaymentParameters = TypedDict(
        "GetBucketRequestPaymentParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketTaggingParameters = TypedDict(
        "GetBucketTaggingParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketVersioningParameters = TypedDict(
        "GetBucketVersioningParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetBucketWebsiteParameters = TypedDict(
        "GetBucketWebsiteParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetObjectParameters = TypedDict(
        "GetObjectParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "IfMatch": Any,
            "IfMatch.$": Any,
            "IfModifiedSince": Any,
            "IfModifiedSince.$": Any,
            "IfNoneMatch": Any,
            "IfNoneMatch.$": Any,
            "IfUnmodifiedSince": Any,
            "IfUnmodifiedSince.$": Any,
            "Key": Any,
            "Key.$": Any,
            "Range": Any,
            "Range.$": Any,
            "ResponseCacheControl": Any,
            "ResponseCacheControl.$": Any,
            "ResponseContentDisposition": Any,
            "ResponseContentDisposition.$": Any,
            "ResponseContentEncoding": Any,
            "ResponseContentEncoding.$": Any,
            "ResponseContentLanguage": Any,
            "ResponseContentLanguage.$": Any,
            "ResponseContentType": Any,
            "ResponseContentType.$": Any,
            "ResponseExpires": Any,
            "ResponseExpires.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "PartNumber": Any,
            "PartNumber.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ChecksumMode": Any,
            "ChecksumMode.$": Any,
        },
        total=False,
    )
    GetObjectAclParameters = TypedDict(
        "GetObjectAclParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    GetObjectAnnotationParameters = TypedDict(
        "GetObjectAnnotationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "AnnotationName": Any,
            "AnnotationName.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ChecksumMode": Any,
            "ChecksumMode.$": Any,
        },
        total=False,
    )
    GetObjectAttributesParameters = TypedDict(
        "GetObjectAttributesParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "MaxParts": Any,
            "MaxParts.$": Any,
            "PartNumberMarker": Any,
            "PartNumberMarker.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ObjectAttributes": Any,
            "ObjectAttributes.$": Any,
        },
        total=False,
    )
    GetObjectLegalHoldParameters = TypedDict(
        "GetObjectLegalHoldParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    GetObjectLockConfigurationParameters = TypedDict(
        "GetObjectLockConfigurationParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    GetObjectRetentionParameters = TypedDict(
        "GetObjectRetentionParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    GetObjectTaggingParameters = TypedDict(
        "GetObjectTaggingParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
        },
        total=False,
    )
    GetObjectTorrentParameters = TypedDict(
        "GetObjectTorrentParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    GetPartParameters = TypedDict(
        "GetPartParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "Range": Any,
            "Range.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "UploadId": Any,
            "UploadId.$": Any,
            "PartNumber": Any,
            "PartNumber.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ChecksumMode": Any,
            "ChecksumMode.$": Any,
        },
        total=False,
    )
    GetPublicAccessBlockParameters = TypedDict(
        "GetPublicAccessBlockParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    HeadBucketParameters = TypedDict(
        "HeadBucketParameters",
        {"Bucket": Any, "Bucket.$": Any, "ExpectedBucketOwner": Any, "ExpectedBucketOwner.$": Any},
        total=False,
    )
    HeadObjectParameters = TypedDict(
        "HeadObjectParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "IfMatch": Any,
            "IfMatch.$": Any,
            "IfModifiedSince": Any,
            "IfModifiedSince.$": Any,
            "IfNoneMatch": Any,
            "IfNoneMatch.$": Any,
            "IfUnmodifiedSince": Any,
            "IfUnmodifiedSince.$": Any,
            "Key": Any,
            "Key.$": Any,
            "Range": Any,
            "Range.$": Any,
            "ResponseCacheControl": Any,
            "ResponseCacheControl.$": Any,
            "ResponseContentDisposition": Any,
            "ResponseContentDisposition.$": Any,
            "ResponseContentEncoding": Any,
            "ResponseContentEncoding.$": Any,
            "ResponseContentLanguage": Any,
            "ResponseContentLanguage.$": Any,
            "ResponseContentType": Any,
            "ResponseContentType.$": Any,
            "ResponseExpires": Any,
            "ResponseExpires.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "PartNumber": Any,
            "PartNumber.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ChecksumMode": Any,
            "ChecksumMode.$": Any,
        },
        total=False,
    )
    ListBucketAnalyticsConfigurationsParameters = TypedDict(
        "ListBucketAnalyticsConfigurationsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContinuationToken": Any,
            "ContinuationToken.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    ListBucketIntelligentTieringConfigurationsParameters = TypedDict(
        "ListBucketIntelligentTieringConfigurationsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContinuationToken": Any,
            "ContinuationToken.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    ListBucketInventoryConfigurationsParameters = TypedDict(
        "ListBucketInventoryConfigurationsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContinuationToken": Any,
            "ContinuationToken.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    ListBucketMetricsConfigurationsParameters = TypedDict(
        "ListBucketMetricsConfigurationsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContinuationToken": Any,
            "ContinuationToken.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    ListBucketsParameters = TypedDict(
        "ListBucketsParameters",
        {
            "MaxBuckets": Any,
            "MaxBuckets.$": Any,
            "ContinuationToken": Any,
            "ContinuationToken.$": Any,
            "Prefix": Any,
            "Prefix.$": Any,
            "BucketRegion": Any,
            "BucketRegion.$": Any,
        },
        total=False,
    )
    ListDirectoryBucketsParameters = TypedDict(
        "ListDirectoryBucketsParameters",
        {
            "ContinuationToken": Any,
            "ContinuationToken.$": Any,
            "MaxDirectoryBuckets": Any,
            "MaxDirectoryBuckets.$": Any,
        },
        total=False,
    )
    ListMultipartUploadsParameters = TypedDict(
        "ListMultipartUploadsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Delimiter": Any,
            "Delimiter.$": Any,
            "EncodingType": Any,
            "EncodingType.$": Any,
            "KeyMarker": Any,
            "KeyMarker.$": Any,
            "MaxUploads": Any,
            "MaxUploads.$": Any,
            "Prefix": Any,
            "Prefix.$": Any,
            "UploadIdMarker": Any,
            "UploadIdMarker.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
        },
        total=False,
    )
    ListObjectAnnotationsParameters = TypedDict(
        "ListObjectAnnotationsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "MaxAnnotationResults": Any,
            "MaxAnnotationResults.$": Any,
            "AnnotationPrefix": Any,
            "AnnotationPrefix.$": Any,
            "ContinuationToken": Any,
            "ContinuationToken.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    ListObjectVersionsParameters = TypedDict(
        "ListObjectVersionsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Delimiter": Any,
            "Delimiter.$": Any,
            "EncodingType": Any,
            "EncodingType.$": Any,
            "KeyMarker": Any,
            "KeyMarker.$": Any,
            "MaxKeys": Any,
            "MaxKeys.$": Any,
            "Prefix": Any,
            "Prefix.$": Any,
            "VersionIdMarker": Any,
            "VersionIdMarker.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "OptionalObjectAttributes": Any,
            "OptionalObjectAttributes.$": Any,
        },
        total=False,
    )
    ListObjectsParameters = TypedDict(
        "ListObjectsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Delimiter": Any,
            "Delimiter.$": Any,
            "EncodingType": Any,
            "EncodingType.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxKeys": Any,
            "MaxKeys.$": Any,
            "Prefix": Any,
            "Prefix.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "OptionalObjectAttributes": Any,
            "OptionalObjectAttributes.$": Any,
        },
        total=False,
    )
    ListObjectsV2Parameters = TypedDict(
        "ListObjectsV2Parameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Delimiter": Any,
            "Delimiter.$": Any,
            "EncodingType": Any,
            "EncodingType.$": Any,
            "MaxKeys": Any,
            "MaxKeys.$": Any,
            "Prefix": Any,
            "Prefix.$": Any,
            "ContinuationToken": Any,
            "ContinuationToken.$": Any,
            "FetchOwner": Any,
            "FetchOwner.$": Any,
            "StartAfter": Any,
            "StartAfter.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "OptionalObjectAttributes": Any,
            "OptionalObjectAttributes.$": Any,
        },
        total=False,
    )
    ListPartsParameters = TypedDict(
        "ListPartsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "MaxParts": Any,
            "MaxParts.$": Any,
            "PartNumberMarker": Any,
            "PartNumberMarker.$": Any,
            "UploadId": Any,
            "UploadId.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
        },
        total=False,
    )
    PutBucketAbacParameters = TypedDict(
        "PutBucketAbacParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "AbacStatus": Any,
            "AbacStatus.$": Any,
        },
        total=False,
    )
    PutBucketAccelerateConfigurationParameters = TypedDict(
        "PutBucketAccelerateConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "AccelerateConfiguration": Any,
            "AccelerateConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
        },
        total=False,
    )
    PutBucketAclParameters = TypedDict(
        "PutBucketAclParameters",
        {
            "Acl": Any,
            "Acl.$": Any,
            "AccessControlPolicy": Any,
            "AccessControlPolicy.$": Any,
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "GrantFullControl": Any,
            "GrantFullControl.$": Any,
            "GrantRead": Any,
            "GrantRead.$": Any,
            "GrantReadACP": Any,
            "GrantReadACP.$": Any,
            "GrantWrite": Any,
            "GrantWrite.$": Any,
            "GrantWriteACP": Any,
            "GrantWriteACP.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketAnalyticsConfigurationParameters = TypedDict(
        "PutBucketAnalyticsConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "AnalyticsConfiguration": Any,
            "AnalyticsConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketCorsParameters = TypedDict(
        "PutBucketCorsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "CorsConfiguration": Any,
            "CorsConfiguration.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketDefaultStorageClassParameters = TypedDict(
        "PutBucketDefaultStorageClassParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "DefaultStorageClassConfiguration": Any,
            "DefaultStorageClassConfiguration.$": Any,
        },
        total=False,
    )
    PutBucketEncryptionParameters = TypedDict(
        "PutBucketEncryptionParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ServerSideEncryptionConfiguration": Any,
            "ServerSideEncryptionConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketIntelligentTieringConfigurationParameters = TypedDict(
        "PutBucketIntelligentTieringConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "IntelligentTieringConfiguration": Any,
            "IntelligentTieringConfiguration.$": Any,
        },
        total=False,
    )
    PutBucketInventoryConfigurationParameters = TypedDict(
        "PutBucketInventoryConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "InventoryConfiguration": Any,
            "InventoryConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketLifecycleParameters = TypedDict(
        "PutBucketLifecycleParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "LifecycleConfiguration": Any,
            "LifecycleConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketLifecycleConfigurationParameters = TypedDict(
        "PutBucketLifecycleConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "LifecycleConfiguration": Any,
            "LifecycleConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "TransitionDefaultMinimumObjectSize": Any,
            "TransitionDefaultMinimumObjectSize.$": Any,
        },
        total=False,
    )
    PutBucketLoggingParameters = TypedDict(
        "PutBucketLoggingParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "BucketLoggingStatus": Any,
            "BucketLoggingStatus.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketMetricsConfigurationParameters = TypedDict(
        "PutBucketMetricsConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Id": Any,
            "Id.$": Any,
            "MetricsConfiguration": Any,
            "MetricsConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketNotificationParameters = TypedDict(
        "PutBucketNotificationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "NotificationConfiguration": Any,
            "NotificationConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketNotificationConfigurationParameters = TypedDict(
        "PutBucketNotificationConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "NotificationConfiguration": Any,
            "NotificationConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "SkipDestinationValidation": Any,
            "SkipDestinationValidation.$": Any,
        },
        total=False,
    )
    PutBucketOwnershipControlsParameters = TypedDict(
        "PutBucketOwnershipControlsParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "OwnershipControls": Any,
            "OwnershipControls.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
        },
        total=False,
    )
    PutBucketPolicyParameters = TypedDict(
        "PutBucketPolicyParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ConfirmRemoveSelfBucketAccess": Any,
            "ConfirmRemoveSelfBucketAccess.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketReplicationParameters = TypedDict(
        "PutBucketReplicationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ReplicationConfiguration": Any,
            "ReplicationConfiguration.$": Any,
            "Token": Any,
            "Token.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketRequestPaymentParameters = TypedDict(
        "PutBucketRequestPaymentParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "RequestPaymentConfiguration": Any,
            "RequestPaymentConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketTaggingParameters = TypedDict(
        "PutBucketTaggingParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "Tagging": Any,
            "Tagging.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketVersioningParameters = TypedDict(
        "PutBucketVersioningParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "Mfa": Any,
            "Mfa.$": Any,
            "VersioningConfiguration": Any,
            "VersioningConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutBucketWebsiteParameters = TypedDict(
        "PutBucketWebsiteParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "WebsiteConfiguration": Any,
            "WebsiteConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutObjectParameters = TypedDict(
        "PutObjectParameters",
        {
            "Acl": Any,
            "Acl.$": Any,
            "Body": Any,
            "Body.$": Any,
            "Bucket": Any,
            "Bucket.$": Any,
            "CacheControl": Any,
            "CacheControl.$": Any,
            "ContentDisposition": Any,
            "ContentDisposition.$": Any,
            "ContentEncoding": Any,
            "ContentEncoding.$": Any,
            "ContentLanguage": Any,
            "ContentLanguage.$": Any,
            "ContentLength": Any,
            "ContentLength.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ContentType": Any,
            "ContentType.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ChecksumCRC32": Any,
            "ChecksumCRC32.$": Any,
            "ChecksumCRC32C": Any,
            "ChecksumCRC32C.$": Any,
            "ChecksumCRC64NVME": Any,
            "ChecksumCRC64NVME.$": Any,
            "ChecksumSHA1": Any,
            "ChecksumSHA1.$": Any,
            "ChecksumSHA256": Any,
            "ChecksumSHA256.$": Any,
            "ChecksumSHA512": Any,
            "ChecksumSHA512.$": Any,
            "ChecksumMD5": Any,
            "ChecksumMD5.$": Any,
            "ChecksumXXHASH64": Any,
            "ChecksumXXHASH64.$": Any,
            "ChecksumXXHASH3": Any,
            "ChecksumXXHASH3.$": Any,
            "ChecksumXXHASH128": Any,
            "ChecksumXXHASH128.$": Any,
            "Expires": Any,
            "Expires.$": Any,
            "IfMatch": Any,
            "IfMatch.$": Any,
            "IfNoneMatch": Any,
            "IfNoneMatch.$": Any,
            "GrantFullControl": Any,
            "GrantFullControl.$": Any,
            "GrantRead": Any,
            "GrantRead.$": Any,
            "GrantReadACP": Any,
            "GrantReadACP.$": Any,
            "GrantWriteACP": Any,
            "GrantWriteACP.$": Any,
            "Key": Any,
            "Key.$": Any,
            "WriteOffsetBytes": Any,
            "WriteOffsetBytes.$": Any,
            "Metadata": Any,
            "Metadata.$": Any,
            "ServerSideEncryption": Any,
            "ServerSideEncryption.$": Any,
            "StorageClass": Any,
            "StorageClass.$": Any,
            "WebsiteRedirectLocation": Any,
            "WebsiteRedirectLocation.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "SsekmsKeyId": Any,
            "SsekmsKeyId.$": Any,
            "SsekmsEncryptionContext": Any,
            "SsekmsEncryptionContext.$": Any,
            "BucketKeyEnabled": Any,
            "BucketKeyEnabled.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "Tagging": Any,
            "Tagging.$": Any,
            "ObjectLockMode": Any,
            "ObjectLockMode.$": Any,
            "ObjectLockRetainUntilDate": Any,
            "ObjectLockRetainUntilDate.$": Any,
            "ObjectLockLegalHoldStatus": Any,
            "ObjectLockLegalHoldStatus.$": Any,
            "ObjectLockEventHold": Any,
            "ObjectLockEventHold.$": Any,
            "ObjectLockEventHoldDurationDays": Any,
            "ObjectLockEventHoldDurationDays.$": Any,
            "ObjectLockEventHoldDurationYears": Any,
            "ObjectLockEventHoldDurationYears.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutObjectAclParameters = TypedDict(
        "PutObjectAclParameters",
        {
            "Acl": Any,
            "Acl.$": Any,
            "AccessControlPolicy": Any,
            "AccessControlPolicy.$": Any,
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "GrantFullControl": Any,
            "GrantFullControl.$": Any,
            "GrantRead": Any,
            "GrantRead.$": Any,
            "GrantReadACP": Any,
            "GrantReadACP.$": Any,
            "GrantWrite": Any,
            "GrantWrite.$": Any,
            "GrantWriteACP": Any,
            "GrantWriteACP.$": Any,
            "Key": Any,
            "Key.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutObjectAnnotationParameters = TypedDict(
        "PutObjectAnnotationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "AnnotationName": Any,
            "AnnotationName.$": Any,
            "AnnotationPayload": Any,
            "AnnotationPayload.$": Any,
            "ObjectIfMatch": Any,
            "ObjectIfMatch.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ChecksumCRC32": Any,
            "ChecksumCRC32.$": Any,
            "ChecksumCRC32C": Any,
            "ChecksumCRC32C.$": Any,
            "ChecksumCRC64NVME": Any,
            "ChecksumCRC64NVME.$": Any,
            "ChecksumSHA1": Any,
            "ChecksumSHA1.$": Any,
            "ChecksumSHA256": Any,
            "ChecksumSHA256.$": Any,
            "ChecksumSHA512": Any,
            "ChecksumSHA512.$": Any,
            "ChecksumMD5": Any,
            "ChecksumMD5.$": Any,
            "ChecksumXXHASH64": Any,
            "ChecksumXXHASH64.$": Any,
            "ChecksumXXHASH3": Any,
            "ChecksumXXHASH3.$": Any,
            "ChecksumXXHASH128": Any,
            "ChecksumXXHASH128.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutObjectLegalHoldParameters = TypedDict(
        "PutObjectLegalHoldParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "LegalHold": Any,
            "LegalHold.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutObjectLockConfigurationParameters = TypedDict(
        "PutObjectLockConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ObjectLockConfiguration": Any,
            "ObjectLockConfiguration.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "Token": Any,
            "Token.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutObjectRetentionParameters = TypedDict(
        "PutObjectRetentionParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "Retention": Any,
            "Retention.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "BypassGovernanceRetention": Any,
            "BypassGovernanceRetention.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    PutObjectTaggingParameters = TypedDict(
        "PutObjectTaggingParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "Tagging": Any,
            "Tagging.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
        },
        total=False,
    )
    PutPublicAccessBlockParameters = TypedDict(
        "PutPublicAccessBlockParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "PublicAccessBlockConfiguration": Any,
            "PublicAccessBlockConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    RenameObjectParameters = TypedDict(
        "RenameObjectParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "RenameSource": Any,
            "RenameSource.$": Any,
            "DestinationIfMatch": Any,
            "DestinationIfMatch.$": Any,
            "DestinationIfNoneMatch": Any,
            "DestinationIfNoneMatch.$": Any,
            "DestinationIfModifiedSince": Any,
            "DestinationIfModifiedSince.$": Any,
            "DestinationIfUnmodifiedSince": Any,
            "DestinationIfUnmodifiedSince.$": Any,
            "SourceIfMatch": Any,
            "SourceIfMatch.$": Any,
            "SourceIfNoneMatch": Any,
            "SourceIfNoneMatch.$": Any,
            "SourceIfModifiedSince": Any,
            "SourceIfModifiedSince.$": Any,
            "SourceIfUnmodifiedSince": Any,
            "SourceIfUnmodifiedSince.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    RestoreObjectParameters = TypedDict(
        "RestoreObjectParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "RestoreRequest": Any,
            "RestoreRequest.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    SelectObjectContentParameters = TypedDict(
        "SelectObjectContentParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "Expression": Any,
            "Expression.$": Any,
            "ExpressionType": Any,
            "ExpressionType.$": Any,
            "RequestProgress": Any,
            "RequestProgress.$": Any,
            "InputSerialization": Any,
            "InputSerialization.$": Any,
            "OutputSerialization": Any,
            "OutputSerialization.$": Any,
            "ScanRange": Any,
            "ScanRange.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    UpdateBucketMetadataAnnotationTableConfigurationParameters = TypedDict(
        "UpdateBucketMetadataAnnotationTableConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "AnnotationTableConfiguration": Any,
            "AnnotationTableConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    UpdateBucketMetadataInventoryTableConfigurationParameters = TypedDict(
        "UpdateBucketMetadataInventoryTableConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "InventoryTableConfiguration": Any,
            "InventoryTableConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    UpdateBucketMetadataJournalTableConfigurationParameters = TypedDict(
        "UpdateBucketMetadataJournalTableConfigurationParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "JournalTableConfiguration": Any,
            "JournalTableConfiguration.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    UpdateObjectEncryptionParameters = TypedDict(
        "UpdateObjectEncryptionParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "Key": Any,
            "Key.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "ObjectEncryption": Any,
            "ObjectEncryption.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
        },
        total=False,
    )
    UploadPartParameters = TypedDict(
        "UploadPartParameters",
        {
            "Body": Any,
            "Body.$": Any,
            "Bucket": Any,
            "Bucket.$": Any,
            "ContentLength": Any,
            "ContentLength.$": Any,
            "ContentMD5": Any,
            "ContentMD5.$": Any,
            "ChecksumAlgorithm": Any,
            "ChecksumAlgorithm.$": Any,
            "ChecksumCRC32": Any,
            "ChecksumCRC32.$": Any,
            "ChecksumCRC32C": Any,
            "ChecksumCRC32C.$": Any,
            "ChecksumCRC64NVME": Any,
            "ChecksumCRC64NVME.$": Any,
            "ChecksumSHA1": Any,
            "ChecksumSHA1.$": Any,
            "ChecksumSHA256": Any,
            "ChecksumSHA256.$": Any,
            "ChecksumSHA512": Any,
            "ChecksumSHA512.$": Any,
            "ChecksumMD5": Any,
            "ChecksumMD5.$": Any,
            "ChecksumXXHASH64": Any,
            "ChecksumXXHASH64.$": Any,
            "ChecksumXXHASH3": Any,
            "ChecksumXXHASH3.$": Any,
            "ChecksumXXHASH128": Any,
            "ChecksumXXHASH128.$": Any,
            "Key": Any,
            "Key.$": Any,
            "PartNumber": Any,
            "PartNumber.$": Any,
            "UploadId": Any,
            "UploadId.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
        },
        total=False,
    )
    UploadPartCopyParameters = TypedDict(
        "UploadPartCopyParameters",
        {
            "Bucket": Any,
            "Bucket.$": Any,
            "CopySource": Any,
            "CopySource.$": Any,
            "CopySourceIfMatch": Any,
            "CopySourceIfMatch.$": Any,
            "CopySourceIfModifiedSince": Any,
            "CopySourceIfModifiedSince.$": Any,
            "CopySourceIfNoneMatch": Any,
            "CopySourceIfNoneMatch.$": Any,
            "CopySourceIfUnmodifiedSince": Any,
            "CopySourceIfUnmodifiedSince.$": Any,
            "CopySourceRange": Any,
            "CopySourceRange.$": Any,
            "Key": Any,
            "Key.$": Any,
            "PartNumber": Any,
            "PartNumber.$": Any,
            "UploadId": Any,
            "UploadId.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SseCustomerKey": Any,
            "SseCustomerKey.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "CopySourceSSECustomerAlgorithm": Any,
            "CopySourceSSECustomerAlgorithm.$": Any,
            "CopySourceSSECustomerKey": Any,
            "CopySourceSSECustomerKey.$": Any,
            "CopySourceSSECustomerKeyMD5": Any,
            "CopySourceSSECustomerKeyMD5.$": Any,
            "RequestPayer": Any,
            "RequestPayer.$": Any,
            "ExpectedBucketOwner": Any,
            "ExpectedBucketOwner.$": Any,
            "ExpectedSourceBucketOwner": Any,
            "ExpectedSourceBucketOwner.$": Any,
        },
        total=False,
    )
    WriteGetObjectResponseParameters = TypedDict(
        "WriteGetObjectResponseParameters",
        {
            "RequestRoute": Any,
            "RequestRoute.$": Any,
            "RequestToken": Any,
            "RequestToken.$": Any,
            "Body": Any,
            "Body.$": Any,
            "StatusCode": Any,
            "StatusCode.$": Any,
            "ErrorCode": Any,
            "ErrorCode.$": Any,
            "ErrorMessage": Any,
            "ErrorMessage.$": Any,
            "AcceptRanges": Any,
            "AcceptRanges.$": Any,
            "CacheControl": Any,
            "CacheControl.$": Any,
            "ContentDisposition": Any,
            "ContentDisposition.$": Any,
            "ContentEncoding": Any,
            "ContentEncoding.$": Any,
            "ContentLanguage": Any,
            "ContentLanguage.$": Any,
            "ContentLength": Any,
            "ContentLength.$": Any,
            "ContentRange": Any,
            "ContentRange.$": Any,
            "ContentType": Any,
            "ContentType.$": Any,
            "ChecksumCRC32": Any,
            "ChecksumCRC32.$": Any,
            "ChecksumCRC32C": Any,
            "ChecksumCRC32C.$": Any,
            "ChecksumCRC64NVME": Any,
            "ChecksumCRC64NVME.$": Any,
            "ChecksumSHA1": Any,
            "ChecksumSHA1.$": Any,
            "ChecksumSHA256": Any,
            "ChecksumSHA256.$": Any,
            "ChecksumSHA512": Any,
            "ChecksumSHA512.$": Any,
            "ChecksumMD5": Any,
            "ChecksumMD5.$": Any,
            "ChecksumXXHASH64": Any,
            "ChecksumXXHASH64.$": Any,
            "ChecksumXXHASH3": Any,
            "ChecksumXXHASH3.$": Any,
            "ChecksumXXHASH128": Any,
            "ChecksumXXHASH128.$": Any,
            "DeleteMarker": Any,
            "DeleteMarker.$": Any,
            "ETag": Any,
            "ETag.$": Any,
            "Expires": Any,
            "Expires.$": Any,
            "Expiration": Any,
            "Expiration.$": Any,
            "LastModified": Any,
            "LastModified.$": Any,
            "MissingMeta": Any,
            "MissingMeta.$": Any,
            "Metadata": Any,
            "Metadata.$": Any,
            "ObjectLockMode": Any,
            "ObjectLockMode.$": Any,
            "ObjectLockLegalHoldStatus": Any,
            "ObjectLockLegalHoldStatus.$": Any,
            "ObjectLockRetainUntilDate": Any,
            "ObjectLockRetainUntilDate.$": Any,
            "PartsCount": Any,
            "PartsCount.$": Any,
            "ReplicationStatus": Any,
            "ReplicationStatus.$": Any,
            "RequestCharged": Any,
            "RequestCharged.$": Any,
            "Restore": Any,
            "Restore.$": Any,
            "ServerSideEncryption": Any,
            "ServerSideEncryption.$": Any,
            "SseCustomerAlgorithm": Any,
            "SseCustomerAlgorithm.$": Any,
            "SsekmsKeyId": Any,
            "SsekmsKeyId.$": Any,
            "SseCustomerKeyMD5": Any,
            "SseCustomerKeyMD5.$": Any,
            "StorageClass": Any,
            "StorageClass.$": Any,
            "TagCount": Any,
            "TagCount.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "BucketKeyEnabled": Any,
            "BucketKeyEnabled.$": Any,
        },
        total=False,
    )


def abort_multipart_upload(
    name: str,
    parameters: AbortMultipartUploadParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:abortMultipartUpload (``arn:aws:states:::aws-sdk:s3:abortMultipartUpload``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:abortMultipartUpload", parameters, pattern, options)


def complete_multipart_upload(
    name: str,
    parameters: CompleteMultipartUploadParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:completeMultipartUpload (``arn:aws:states:::aws-sdk:s3:completeMultipartUpload``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:completeMultipartUpload", parameters, pattern, options)


def copy_object(
    name: str,
    parameters: CopyObjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:copyObject (``arn:aws:states:::aws-sdk:s3:copyObject``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:copyObject", parameters, pattern, options)


def create_bucket(
    name: str,
    parameters: CreateBucketParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:createBucket (``arn:aws:states:::aws-sdk:s3:createBucket``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:createBucket", parameters, pattern, options)


def create_bucket_metadata_configuration(
    name: str,
    parameters: CreateBucketMetadataConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:createBucketMetadataConfiguration (``arn:aws:states:::aws-sdk:s3:createBucketMetadataConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:createBucketMetadataConfiguration", parameters, pattern, options)


def create_bucket_metadata_table_configuration(
    name: str,
    parameters: CreateBucketMetadataTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:createBucketMetadataTableConfiguration (``arn:aws:states:::aws-sdk:s3:createBucketMetadataTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:createBucketMetadataTableConfiguration", parameters, pattern, options)


def create_multipart_upload(
    name: str,
    parameters: CreateMultipartUploadParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:createMultipartUpload (``arn:aws:states:::aws-sdk:s3:createMultipartUpload``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:createMultipartUpload", parameters, pattern, options)


def create_session(
    name: str,
    parameters: CreateSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:createSession (``arn:aws:states:::aws-sdk:s3:createSession``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:createSession", parameters, pattern, options)


def delete_bucket(
    name: str,
    parameters: DeleteBucketParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucket (``arn:aws:states:::aws-sdk:s3:deleteBucket``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucket", parameters, pattern, options)


def delete_bucket_analytics_configuration(
    name: str,
    parameters: DeleteBucketAnalyticsConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketAnalyticsConfiguration (``arn:aws:states:::aws-sdk:s3:deleteBucketAnalyticsConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketAnalyticsConfiguration", parameters, pattern, options)


def delete_bucket_cors(
    name: str,
    parameters: DeleteBucketCorsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketCors (``arn:aws:states:::aws-sdk:s3:deleteBucketCors``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketCors", parameters, pattern, options)


def delete_bucket_encryption(
    name: str,
    parameters: DeleteBucketEncryptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketEncryption (``arn:aws:states:::aws-sdk:s3:deleteBucketEncryption``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketEncryption", parameters, pattern, options)


def delete_bucket_intelligent_tiering_configuration(
    name: str,
    parameters: DeleteBucketIntelligentTieringConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketIntelligentTieringConfiguration (``arn:aws:states:::aws-sdk:s3:deleteBucketIntelligentTieringConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "s3:deleteBucketIntelligentTieringConfiguration", parameters, pattern, options
    )


def delete_bucket_inventory_configuration(
    name: str,
    parameters: DeleteBucketInventoryConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketInventoryConfiguration (``arn:aws:states:::aws-sdk:s3:deleteBucketInventoryConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketInventoryConfiguration", parameters, pattern, options)


def delete_bucket_lifecycle(
    name: str,
    parameters: DeleteBucketLifecycleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketLifecycle (``arn:aws:states:::aws-sdk:s3:deleteBucketLifecycle``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketLifecycle", parameters, pattern, options)


def delete_bucket_metadata_configuration(
    name: str,
    parameters: DeleteBucketMetadataConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketMetadataConfiguration (``arn:aws:states:::aws-sdk:s3:deleteBucketMetadataConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketMetadataConfiguration", parameters, pattern, options)


def delete_bucket_metadata_table_configuration(
    name: str,
    parameters: DeleteBucketMetadataTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketMetadataTableConfiguration (``arn:aws:states:::aws-sdk:s3:deleteBucketMetadataTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketMetadataTableConfiguration", parameters, pattern, options)


def delete_bucket_metrics_configuration(
    name: str,
    parameters: DeleteBucketMetricsConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketMetricsConfiguration (``arn:aws:states:::aws-sdk:s3:deleteBucketMetricsConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketMetricsConfiguration", parameters, pattern, options)


def delete_bucket_ownership_controls(
    name: str,
    parameters: DeleteBucketOwnershipControlsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketOwnershipControls (``arn:aws:states:::aws-sdk:s3:deleteBucketOwnershipControls``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketOwnershipControls", parameters, pattern, options)


def delete_bucket_policy(
    name: str,
    parameters: DeleteBucketPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketPolicy (``arn:aws:states:::aws-sdk:s3:deleteBucketPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketPolicy", parameters, pattern, options)


def delete_bucket_replication(
    name: str,
    parameters: DeleteBucketReplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketReplication (``arn:aws:states:::aws-sdk:s3:deleteBucketReplication``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketReplication", parameters, pattern, options)


def delete_bucket_tagging(
    name: str,
    parameters: DeleteBucketTaggingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketTagging (``arn:aws:states:::aws-sdk:s3:deleteBucketTagging``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketTagging", parameters, pattern, options)


def delete_bucket_website(
    name: str,
    parameters: DeleteBucketWebsiteParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteBucketWebsite (``arn:aws:states:::aws-sdk:s3:deleteBucketWebsite``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteBucketWebsite", parameters, pattern, options)


def delete_object(
    name: str,
    parameters: DeleteObjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteObject (``arn:aws:states:::aws-sdk:s3:deleteObject``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteObject", parameters, pattern, options)


def delete_object_annotation(
    name: str,
    parameters: DeleteObjectAnnotationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteObjectAnnotation (``arn:aws:states:::aws-sdk:s3:deleteObjectAnnotation``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteObjectAnnotation", parameters, pattern, options)


def delete_object_tagging(
    name: str,
    parameters: DeleteObjectTaggingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteObjectTagging (``arn:aws:states:::aws-sdk:s3:deleteObjectTagging``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteObjectTagging", parameters, pattern, options)


def delete_objects(
    name: str,
    parameters: DeleteObjectsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deleteObjects (``arn:aws:states:::aws-sdk:s3:deleteObjects``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deleteObjects", parameters, pattern, options)


def delete_public_access_block(
    name: str,
    parameters: DeletePublicAccessBlockParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:deletePublicAccessBlock (``arn:aws:states:::aws-sdk:s3:deletePublicAccessBlock``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:deletePublicAccessBlock", parameters, pattern, options)


def get_bucket_abac(
    name: str,
    parameters: GetBucketAbacParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketAbac (``arn:aws:states:::aws-sdk:s3:getBucketAbac``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketAbac", parameters, pattern, options)


def get_bucket_accelerate_configuration(
    name: str,
    parameters: GetBucketAccelerateConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketAccelerateConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketAccelerateConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketAccelerateConfiguration", parameters, pattern, options)


def get_bucket_acl(
    name: str,
    parameters: GetBucketAclParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketAcl (``arn:aws:states:::aws-sdk:s3:getBucketAcl``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketAcl", parameters, pattern, options)


def get_bucket_analytics_configuration(
    name: str,
    parameters: GetBucketAnalyticsConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketAnalyticsConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketAnalyticsConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketAnalyticsConfiguration", parameters, pattern, options)


def get_bucket_cors(
    name: str,
    parameters: GetBucketCorsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketCors (``arn:aws:states:::aws-sdk:s3:getBucketCors``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketCors", parameters, pattern, options)


def get_bucket_default_storage_class(
    name: str,
    parameters: GetBucketDefaultStorageClassParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketDefaultStorageClass (``arn:aws:states:::aws-sdk:s3:getBucketDefaultStorageClass``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketDefaultStorageClass", parameters, pattern, options)


def get_bucket_encryption(
    name: str,
    parameters: GetBucketEncryptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketEncryption (``arn:aws:states:::aws-sdk:s3:getBucketEncryption``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketEncryption", parameters, pattern, options)


def get_bucket_intelligent_tiering_configuration(
    name: str,
    parameters: GetBucketIntelligentTieringConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketIntelligentTieringConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketIntelligentTieringConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "s3:getBucketIntelligentTieringConfiguration", parameters, pattern, options
    )


def get_bucket_inventory_configuration(
    name: str,
    parameters: GetBucketInventoryConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketInventoryConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketInventoryConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketInventoryConfiguration", parameters, pattern, options)


def get_bucket_lifecycle(
    name: str,
    parameters: GetBucketLifecycleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketLifecycle (``arn:aws:states:::aws-sdk:s3:getBucketLifecycle``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketLifecycle", parameters, pattern, options)


def get_bucket_lifecycle_configuration(
    name: str,
    parameters: GetBucketLifecycleConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketLifecycleConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketLifecycleConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketLifecycleConfiguration", parameters, pattern, options)


def get_bucket_location(
    name: str,
    parameters: GetBucketLocationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketLocation (``arn:aws:states:::aws-sdk:s3:getBucketLocation``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketLocation", parameters, pattern, options)


def get_bucket_logging(
    name: str,
    parameters: GetBucketLoggingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketLogging (``arn:aws:states:::aws-sdk:s3:getBucketLogging``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketLogging", parameters, pattern, options)


def get_bucket_metadata_configuration(
    name: str,
    parameters: GetBucketMetadataConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketMetadataConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketMetadataConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketMetadataConfiguration", parameters, pattern, options)


def get_bucket_metadata_table_configuration(
    name: str,
    parameters: GetBucketMetadataTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketMetadataTableConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketMetadataTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketMetadataTableConfiguration", parameters, pattern, options)


def get_bucket_metrics_configuration(
    name: str,
    parameters: GetBucketMetricsConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketMetricsConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketMetricsConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketMetricsConfiguration", parameters, pattern, options)


def get_bucket_notification(
    name: str,
    parameters: GetBucketNotificationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketNotification (``arn:aws:states:::aws-sdk:s3:getBucketNotification``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketNotification", parameters, pattern, options)


def get_bucket_notification_configuration(
    name: str,
    parameters: GetBucketNotificationConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketNotificationConfiguration (``arn:aws:states:::aws-sdk:s3:getBucketNotificationConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketNotificationConfiguration", parameters, pattern, options)


def get_bucket_ownership_controls(
    name: str,
    parameters: GetBucketOwnershipControlsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketOwnershipControls (``arn:aws:states:::aws-sdk:s3:getBucketOwnershipControls``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketOwnershipControls", parameters, pattern, options)


def get_bucket_policy(
    name: str,
    parameters: GetBucketPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketPolicy (``arn:aws:states:::aws-sdk:s3:getBucketPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketPolicy", parameters, pattern, options)


def get_bucket_policy_status(
    name: str,
    parameters: GetBucketPolicyStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketPolicyStatus (``arn:aws:states:::aws-sdk:s3:getBucketPolicyStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketPolicyStatus", parameters, pattern, options)


def get_bucket_replication(
    name: str,
    parameters: GetBucketReplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketReplication (``arn:aws:states:::aws-sdk:s3:getBucketReplication``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketReplication", parameters, pattern, options)


def get_bucket_request_payment(
    name: str,
    parameters: GetBucketRequestPaymentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketRequestPayment (``arn:aws:states:::aws-sdk:s3:getBucketRequestPayment``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketRequestPayment", parameters, pattern, options)


def get_bucket_tagging(
    name: str,
    parameters: GetBucketTaggingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketTagging (``arn:aws:states:::aws-sdk:s3:getBucketTagging``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketTagging", parameters, pattern, options)


def get_bucket_versioning(
    name: str,
    parameters: GetBucketVersioningParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketVersioning (``arn:aws:states:::aws-sdk:s3:getBucketVersioning``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketVersioning", parameters, pattern, options)


def get_bucket_website(
    name: str,
    parameters: GetBucketWebsiteParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getBucketWebsite (``arn:aws:states:::aws-sdk:s3:getBucketWebsite``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getBucketWebsite", parameters, pattern, options)


def get_object(
    name: str,
    parameters: GetObjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObject (``arn:aws:states:::aws-sdk:s3:getObject``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObject", parameters, pattern, options)


def get_object_acl(
    name: str,
    parameters: GetObjectAclParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObjectAcl (``arn:aws:states:::aws-sdk:s3:getObjectAcl``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObjectAcl", parameters, pattern, options)


def get_object_annotation(
    name: str,
    parameters: GetObjectAnnotationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObjectAnnotation (``arn:aws:states:::aws-sdk:s3:getObjectAnnotation``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObjectAnnotation", parameters, pattern, options)


def get_object_attributes(
    name: str,
    parameters: GetObjectAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObjectAttributes (``arn:aws:states:::aws-sdk:s3:getObjectAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObjectAttributes", parameters, pattern, options)


def get_object_legal_hold(
    name: str,
    parameters: GetObjectLegalHoldParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObjectLegalHold (``arn:aws:states:::aws-sdk:s3:getObjectLegalHold``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObjectLegalHold", parameters, pattern, options)


def get_object_lock_configuration(
    name: str,
    parameters: GetObjectLockConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObjectLockConfiguration (``arn:aws:states:::aws-sdk:s3:getObjectLockConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObjectLockConfiguration", parameters, pattern, options)


def get_object_retention(
    name: str,
    parameters: GetObjectRetentionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObjectRetention (``arn:aws:states:::aws-sdk:s3:getObjectRetention``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObjectRetention", parameters, pattern, options)


def get_object_tagging(
    name: str,
    parameters: GetObjectTaggingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObjectTagging (``arn:aws:states:::aws-sdk:s3:getObjectTagging``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObjectTagging", parameters, pattern, options)


def get_object_torrent(
    name: str,
    parameters: GetObjectTorrentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getObjectTorrent (``arn:aws:states:::aws-sdk:s3:getObjectTorrent``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getObjectTorrent", parameters, pattern, options)


def get_part(
    name: str,
    parameters: GetPartParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getPart (``arn:aws:states:::aws-sdk:s3:getPart``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getPart", parameters, pattern, options)


def get_public_access_block(
    name: str,
    parameters: GetPublicAccessBlockParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:getPublicAccessBlock (``arn:aws:states:::aws-sdk:s3:getPublicAccessBlock``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:getPublicAccessBlock", parameters, pattern, options)


def head_bucket(
    name: str,
    parameters: HeadBucketParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:headBucket (``arn:aws:states:::aws-sdk:s3:headBucket``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:headBucket", parameters, pattern, options)


def head_object(
    name: str,
    parameters: HeadObjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:headObject (``arn:aws:states:::aws-sdk:s3:headObject``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:headObject", parameters, pattern, options)


def list_bucket_analytics_configurations(
    name: str,
    parameters: ListBucketAnalyticsConfigurationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listBucketAnalyticsConfigurations (``arn:aws:states:::aws-sdk:s3:listBucketAnalyticsConfigurations``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listBucketAnalyticsConfigurations", parameters, pattern, options)


def list_bucket_intelligent_tiering_configurations(
    name: str,
    parameters: ListBucketIntelligentTieringConfigurationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listBucketIntelligentTieringConfigurations (``arn:aws:states:::aws-sdk:s3:listBucketIntelligentTieringConfigurations``); the parameters are checked against its API model."""
    return sdk_task(
        name, "s3:listBucketIntelligentTieringConfigurations", parameters, pattern, options
    )


def list_bucket_inventory_configurations(
    name: str,
    parameters: ListBucketInventoryConfigurationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listBucketInventoryConfigurations (``arn:aws:states:::aws-sdk:s3:listBucketInventoryConfigurations``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listBucketInventoryConfigurations", parameters, pattern, options)


def list_bucket_metrics_configurations(
    name: str,
    parameters: ListBucketMetricsConfigurationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listBucketMetricsConfigurations (``arn:aws:states:::aws-sdk:s3:listBucketMetricsConfigurations``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listBucketMetricsConfigurations", parameters, pattern, options)


def list_buckets(
    name: str,
    parameters: ListBucketsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listBuckets (``arn:aws:states:::aws-sdk:s3:listBuckets``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listBuckets", parameters, pattern, options)


def list_directory_buckets(
    name: str,
    parameters: ListDirectoryBucketsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listDirectoryBuckets (``arn:aws:states:::aws-sdk:s3:listDirectoryBuckets``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listDirectoryBuckets", parameters, pattern, options)


def list_multipart_uploads(
    name: str,
    parameters: ListMultipartUploadsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listMultipartUploads (``arn:aws:states:::aws-sdk:s3:listMultipartUploads``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listMultipartUploads", parameters, pattern, options)


def list_object_annotations(
    name: str,
    parameters: ListObjectAnnotationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listObjectAnnotations (``arn:aws:states:::aws-sdk:s3:listObjectAnnotations``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listObjectAnnotations", parameters, pattern, options)


def list_object_versions(
    name: str,
    parameters: ListObjectVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listObjectVersions (``arn:aws:states:::aws-sdk:s3:listObjectVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listObjectVersions", parameters, pattern, options)


def list_objects(
    name: str,
    parameters: ListObjectsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listObjects (``arn:aws:states:::aws-sdk:s3:listObjects``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listObjects", parameters, pattern, options)


def list_objects_v2(
    name: str,
    parameters: ListObjectsV2Parameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listObjectsV2 (``arn:aws:states:::aws-sdk:s3:listObjectsV2``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listObjectsV2", parameters, pattern, options)


def list_parts(
    name: str,
    parameters: ListPartsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:listParts (``arn:aws:states:::aws-sdk:s3:listParts``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:listParts", parameters, pattern, options)


def put_bucket_abac(
    name: str,
    parameters: PutBucketAbacParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketAbac (``arn:aws:states:::aws-sdk:s3:putBucketAbac``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketAbac", parameters, pattern, options)


def put_bucket_accelerate_configuration(
    name: str,
    parameters: PutBucketAccelerateConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketAccelerateConfiguration (``arn:aws:states:::aws-sdk:s3:putBucketAccelerateConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketAccelerateConfiguration", parameters, pattern, options)


def put_bucket_acl(
    name: str,
    parameters: PutBucketAclParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketAcl (``arn:aws:states:::aws-sdk:s3:putBucketAcl``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketAcl", parameters, pattern, options)


def put_bucket_analytics_configuration(
    name: str,
    parameters: PutBucketAnalyticsConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketAnalyticsConfiguration (``arn:aws:states:::aws-sdk:s3:putBucketAnalyticsConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketAnalyticsConfiguration", parameters, pattern, options)


def put_bucket_cors(
    name: str,
    parameters: PutBucketCorsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketCors (``arn:aws:states:::aws-sdk:s3:putBucketCors``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketCors", parameters, pattern, options)


def put_bucket_default_storage_class(
    name: str,
    parameters: PutBucketDefaultStorageClassParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketDefaultStorageClass (``arn:aws:states:::aws-sdk:s3:putBucketDefaultStorageClass``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketDefaultStorageClass", parameters, pattern, options)


def put_bucket_encryption(
    name: str,
    parameters: PutBucketEncryptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketEncryption (``arn:aws:states:::aws-sdk:s3:putBucketEncryption``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketEncryption", parameters, pattern, options)


def put_bucket_intelligent_tiering_configuration(
    name: str,
    parameters: PutBucketIntelligentTieringConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketIntelligentTieringConfiguration (``arn:aws:states:::aws-sdk:s3:putBucketIntelligentTieringConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "s3:putBucketIntelligentTieringConfiguration", parameters, pattern, options
    )


def put_bucket_inventory_configuration(
    name: str,
    parameters: PutBucketInventoryConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketInventoryConfiguration (``arn:aws:states:::aws-sdk:s3:putBucketInventoryConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketInventoryConfiguration", parameters, pattern, options)


def put_bucket_lifecycle(
    name: str,
    parameters: PutBucketLifecycleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketLifecycle (``arn:aws:states:::aws-sdk:s3:putBucketLifecycle``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketLifecycle", parameters, pattern, options)


def put_bucket_lifecycle_configuration(
    name: str,
    parameters: PutBucketLifecycleConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketLifecycleConfiguration (``arn:aws:states:::aws-sdk:s3:putBucketLifecycleConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketLifecycleConfiguration", parameters, pattern, options)


def put_bucket_logging(
    name: str,
    parameters: PutBucketLoggingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketLogging (``arn:aws:states:::aws-sdk:s3:putBucketLogging``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketLogging", parameters, pattern, options)


def put_bucket_metrics_configuration(
    name: str,
    parameters: PutBucketMetricsConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketMetricsConfiguration (``arn:aws:states:::aws-sdk:s3:putBucketMetricsConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketMetricsConfiguration", parameters, pattern, options)


def put_bucket_notification(
    name: str,
    parameters: PutBucketNotificationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketNotification (``arn:aws:states:::aws-sdk:s3:putBucketNotification``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketNotification", parameters, pattern, options)


def put_bucket_notification_configuration(
    name: str,
    parameters: PutBucketNotificationConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketNotificationConfiguration (``arn:aws:states:::aws-sdk:s3:putBucketNotificationConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketNotificationConfiguration", parameters, pattern, options)


def put_bucket_ownership_controls(
    name: str,
    parameters: PutBucketOwnershipControlsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketOwnershipControls (``arn:aws:states:::aws-sdk:s3:putBucketOwnershipControls``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketOwnershipControls", parameters, pattern, options)


def put_bucket_policy(
    name: str,
    parameters: PutBucketPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketPolicy (``arn:aws:states:::aws-sdk:s3:putBucketPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketPolicy", parameters, pattern, options)


def put_bucket_replication(
    name: str,
    parameters: PutBucketReplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketReplication (``arn:aws:states:::aws-sdk:s3:putBucketReplication``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketReplication", parameters, pattern, options)


def put_bucket_request_payment(
    name: str,
    parameters: PutBucketRequestPaymentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketRequestPayment (``arn:aws:states:::aws-sdk:s3:putBucketRequestPayment``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketRequestPayment", parameters, pattern, options)


def put_bucket_tagging(
    name: str,
    parameters: PutBucketTaggingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketTagging (``arn:aws:states:::aws-sdk:s3:putBucketTagging``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketTagging", parameters, pattern, options)


def put_bucket_versioning(
    name: str,
    parameters: PutBucketVersioningParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketVersioning (``arn:aws:states:::aws-sdk:s3:putBucketVersioning``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketVersioning", parameters, pattern, options)


def put_bucket_website(
    name: str,
    parameters: PutBucketWebsiteParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putBucketWebsite (``arn:aws:states:::aws-sdk:s3:putBucketWebsite``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putBucketWebsite", parameters, pattern, options)


def put_object(
    name: str,
    parameters: PutObjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putObject (``arn:aws:states:::aws-sdk:s3:putObject``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putObject", parameters, pattern, options)


def put_object_acl(
    name: str,
    parameters: PutObjectAclParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putObjectAcl (``arn:aws:states:::aws-sdk:s3:putObjectAcl``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putObjectAcl", parameters, pattern, options)


def put_object_annotation(
    name: str,
    parameters: PutObjectAnnotationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putObjectAnnotation (``arn:aws:states:::aws-sdk:s3:putObjectAnnotation``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putObjectAnnotation", parameters, pattern, options)


def put_object_legal_hold(
    name: str,
    parameters: PutObjectLegalHoldParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putObjectLegalHold (``arn:aws:states:::aws-sdk:s3:putObjectLegalHold``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putObjectLegalHold", parameters, pattern, options)


def put_object_lock_configuration(
    name: str,
    parameters: PutObjectLockConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putObjectLockConfiguration (``arn:aws:states:::aws-sdk:s3:putObjectLockConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putObjectLockConfiguration", parameters, pattern, options)


def put_object_retention(
    name: str,
    parameters: PutObjectRetentionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putObjectRetention (``arn:aws:states:::aws-sdk:s3:putObjectRetention``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putObjectRetention", parameters, pattern, options)


def put_object_tagging(
    name: str,
    parameters: PutObjectTaggingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putObjectTagging (``arn:aws:states:::aws-sdk:s3:putObjectTagging``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putObjectTagging", parameters, pattern, options)


def put_public_access_block(
    name: str,
    parameters: PutPublicAccessBlockParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:putPublicAccessBlock (``arn:aws:states:::aws-sdk:s3:putPublicAccessBlock``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:putPublicAccessBlock", parameters, pattern, options)


def rename_object(
    name: str,
    parameters: RenameObjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:renameObject (``arn:aws:states:::aws-sdk:s3:renameObject``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:renameObject", parameters, pattern, options)


def restore_object(
    name: str,
    parameters: RestoreObjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:restoreObject (``arn:aws:states:::aws-sdk:s3:restoreObject``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:restoreObject", parameters, pattern, options)


def select_object_content(
    name: str,
    parameters: SelectObjectContentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:selectObjectContent (``arn:aws:states:::aws-sdk:s3:selectObjectContent``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:selectObjectContent", parameters, pattern, options)


def update_bucket_metadata_annotation_table_configuration(
    name: str,
    parameters: UpdateBucketMetadataAnnotationTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:updateBucketMetadataAnnotationTableConfiguration (``arn:aws:states:::aws-sdk:s3:updateBucketMetadataAnnotationTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "s3:updateBucketMetadataAnnotationTableConfiguration", parameters, pattern, options
    )


def update_bucket_metadata_inventory_table_configuration(
    name: str,
    parameters: UpdateBucketMetadataInventoryTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:updateBucketMetadataInventoryTableConfiguration (``arn:aws:states:::aws-sdk:s3:updateBucketMetadataInventoryTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "s3:updateBucketMetadataInventoryTableConfiguration", parameters, pattern, options
    )


def update_bucket_metadata_journal_table_configuration(
    name: str,
    parameters: UpdateBucketMetadataJournalTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:updateBucketMetadataJournalTableConfiguration (``arn:aws:states:::aws-sdk:s3:updateBucketMetadataJournalTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "s3:updateBucketMetadataJournalTableConfiguration", parameters, pattern, options
    )


def update_object_encryption(
    name: str,
    parameters: UpdateObjectEncryptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:updateObjectEncryption (``arn:aws:states:::aws-sdk:s3:updateObjectEncryption``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:updateObjectEncryption", parameters, pattern, options)


def upload_part(
    name: str,
    parameters: UploadPartParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:uploadPart (``arn:aws:states:::aws-sdk:s3:uploadPart``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:uploadPart", parameters, pattern, options)


def upload_part_copy(
    name: str,
    parameters: UploadPartCopyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:uploadPartCopy (``arn:aws:states:::aws-sdk:s3:uploadPartCopy``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:uploadPartCopy", parameters, pattern, options)


def write_get_object_response(
    name: str,
    parameters: WriteGetObjectResponseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call s3:writeGetObjectResponse (``arn:aws:states:::aws-sdk:s3:writeGetObjectResponse``); the parameters are checked against its API model."""
    return sdk_task(name, "s3:writeGetObjectResponse", parameters, pattern, options)


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
    "select_object_content",
    "update_bucket_metadata_annotation_table_configuration",
    "update_bucket_metadata_inventory_table_configuration",
    "update_bucket_metadata_journal_table_configuration",
    "update_object_encryption",
    "upload_part",
    "upload_part_copy",
    "write_get_object_response",
]
