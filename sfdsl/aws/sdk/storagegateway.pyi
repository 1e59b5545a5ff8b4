"""Typed builders of the AWS SDK integration of storagegateway (``aws-sdk:storagegateway:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

ActivateGatewayParameters = TypedDict(
    "ActivateGatewayParameters",
    {
        "ActivationKey": S,
        "ActivationKey.$": str,
        "GatewayName": S,
        "GatewayName.$": str,
        "GatewayTimezone": S,
        "GatewayTimezone.$": str,
        "GatewayRegion": S,
        "GatewayRegion.$": str,
        "GatewayType": S,
        "GatewayType.$": str,
        "TapeDriveType": S,
        "TapeDriveType.$": str,
        "MediumChangerType": S,
        "MediumChangerType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
AddCacheParameters = TypedDict(
    "AddCacheParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "DiskIds": L[Si], "DiskIds.$": str},
    total=False,
)
AddTagsToResourceParameters = TypedDict(
    "AddTagsToResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
AddUploadBufferParameters = TypedDict(
    "AddUploadBufferParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "DiskIds": L[Si], "DiskIds.$": str},
    total=False,
)
AddWorkingStorageParameters = TypedDict(
    "AddWorkingStorageParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "DiskIds": L[Si], "DiskIds.$": str},
    total=False,
)
AssignTapePoolParameters = TypedDict(
    "AssignTapePoolParameters",
    {
        "TapeARN": S,
        "TapeARN.$": str,
        "PoolId": S,
        "PoolId.$": str,
        "BypassGovernanceRetention": B,
        "BypassGovernanceRetention.$": str,
    },
    total=False,
)

class CacheAttributes(TypedDict, total=False):
    CacheStaleTimeoutInSeconds: I

class EndpointNetworkConfiguration(TypedDict, total=False):
    IpAddresses: L[Si]

AssociateFileSystemParameters = TypedDict(
    "AssociateFileSystemParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Password": S,
        "Password.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayARN": S,
        "GatewayARN.$": str,
        "LocationARN": S,
        "LocationARN.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AuditDestinationARN": S,
        "AuditDestinationARN.$": str,
        "CacheAttributes": X[CacheAttributes],
        "CacheAttributes.$": str,
        "EndpointNetworkConfiguration": X[EndpointNetworkConfiguration],
        "EndpointNetworkConfiguration.$": str,
    },
    total=False,
)
AttachVolumeParameters = TypedDict(
    "AttachVolumeParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "TargetName": S,
        "TargetName.$": str,
        "VolumeARN": S,
        "VolumeARN.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "DiskId": S,
        "DiskId.$": str,
    },
    total=False,
)
CancelArchivalParameters = TypedDict(
    "CancelArchivalParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "TapeARN": S, "TapeARN.$": str},
    total=False,
)
CancelCacheReportParameters = TypedDict(
    "CancelCacheReportParameters", {"CacheReportARN": S, "CacheReportARN.$": str}, total=False
)
CancelRetrievalParameters = TypedDict(
    "CancelRetrievalParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "TapeARN": S, "TapeARN.$": str},
    total=False,
)
CreateCachediSCSIVolumeParameters = TypedDict(
    "CreateCachediSCSIVolumeParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "VolumeSizeInBytes": I,
        "VolumeSizeInBytes.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "TargetName": S,
        "TargetName.$": str,
        "SourceVolumeARN": S,
        "SourceVolumeARN.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "KmsEncrypted": B,
        "KmsEncrypted.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class NFSFileShareDefaults(TypedDict, total=False):
    FileMode: S
    DirectoryMode: S
    GroupId: I
    OwnerId: I

CreateNFSFileShareParameters = TypedDict(
    "CreateNFSFileShareParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "NfsFileShareDefaults": X[NFSFileShareDefaults],
        "NfsFileShareDefaults.$": str,
        "GatewayARN": S,
        "GatewayARN.$": str,
        "EncryptionType": S,
        "EncryptionType.$": str,
        "KmsEncrypted": B,
        "KmsEncrypted.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "Role": S,
        "Role.$": str,
        "LocationARN": S,
        "LocationARN.$": str,
        "DefaultStorageClass": S,
        "DefaultStorageClass.$": str,
        "ObjectACL": S,
        "ObjectACL.$": str,
        "ClientList": L[Si],
        "ClientList.$": str,
        "Squash": S,
        "Squash.$": str,
        "ReadOnly": B,
        "ReadOnly.$": str,
        "GuessMIMETypeEnabled": B,
        "GuessMIMETypeEnabled.$": str,
        "RequesterPays": B,
        "RequesterPays.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FileShareName": S,
        "FileShareName.$": str,
        "CacheAttributes": X[CacheAttributes],
        "CacheAttributes.$": str,
        "NotificationPolicy": S,
        "NotificationPolicy.$": str,
        "VpcEndpointDNSName": S,
        "VpcEndpointDNSName.$": str,
        "BucketRegion": S,
        "BucketRegion.$": str,
        "AuditDestinationARN": S,
        "AuditDestinationARN.$": str,
    },
    total=False,
)
CreateSMBFileShareParameters = TypedDict(
    "CreateSMBFileShareParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayARN": S,
        "GatewayARN.$": str,
        "EncryptionType": S,
        "EncryptionType.$": str,
        "KmsEncrypted": B,
        "KmsEncrypted.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "Role": S,
        "Role.$": str,
        "LocationARN": S,
        "LocationARN.$": str,
        "DefaultStorageClass": S,
        "DefaultStorageClass.$": str,
        "ObjectACL": S,
        "ObjectACL.$": str,
        "ReadOnly": B,
        "ReadOnly.$": str,
        "GuessMIMETypeEnabled": B,
        "GuessMIMETypeEnabled.$": str,
        "RequesterPays": B,
        "RequesterPays.$": str,
        "SmbaclEnabled": B,
        "SmbaclEnabled.$": str,
        "AccessBasedEnumeration": B,
        "AccessBasedEnumeration.$": str,
        "AdminUserList": L[Si],
        "AdminUserList.$": str,
        "ValidUserList": L[Si],
        "ValidUserList.$": str,
        "InvalidUserList": L[Si],
        "InvalidUserList.$": str,
        "AuditDestinationARN": S,
        "AuditDestinationARN.$": str,
        "Authentication": S,
        "Authentication.$": str,
        "CaseSensitivity": S,
        "CaseSensitivity.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FileShareName": S,
        "FileShareName.$": str,
        "CacheAttributes": X[CacheAttributes],
        "CacheAttributes.$": str,
        "NotificationPolicy": S,
        "NotificationPolicy.$": str,
        "VpcEndpointDNSName": S,
        "VpcEndpointDNSName.$": str,
        "BucketRegion": S,
        "BucketRegion.$": str,
        "OplocksEnabled": B,
        "OplocksEnabled.$": str,
    },
    total=False,
)
CreateSnapshotParameters = TypedDict(
    "CreateSnapshotParameters",
    {
        "VolumeARN": S,
        "VolumeARN.$": str,
        "SnapshotDescription": S,
        "SnapshotDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSnapshotFromVolumeRecoveryPointParameters = TypedDict(
    "CreateSnapshotFromVolumeRecoveryPointParameters",
    {
        "VolumeARN": S,
        "VolumeARN.$": str,
        "SnapshotDescription": S,
        "SnapshotDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateStorediSCSIVolumeParameters = TypedDict(
    "CreateStorediSCSIVolumeParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "DiskId": S,
        "DiskId.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "PreserveExistingData": B,
        "PreserveExistingData.$": str,
        "TargetName": S,
        "TargetName.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "KmsEncrypted": B,
        "KmsEncrypted.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateTapePoolParameters = TypedDict(
    "CreateTapePoolParameters",
    {
        "PoolName": S,
        "PoolName.$": str,
        "StorageClass": S,
        "StorageClass.$": str,
        "RetentionLockType": S,
        "RetentionLockType.$": str,
        "RetentionLockTimeInDays": I,
        "RetentionLockTimeInDays.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateTapeWithBarcodeParameters = TypedDict(
    "CreateTapeWithBarcodeParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "TapeSizeInBytes": I,
        "TapeSizeInBytes.$": str,
        "TapeBarcode": S,
        "TapeBarcode.$": str,
        "KmsEncrypted": B,
        "KmsEncrypted.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "PoolId": S,
        "PoolId.$": str,
        "Worm": B,
        "Worm.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateTapesParameters = TypedDict(
    "CreateTapesParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "TapeSizeInBytes": I,
        "TapeSizeInBytes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "NumTapesToCreate": I,
        "NumTapesToCreate.$": str,
        "TapeBarcodePrefix": S,
        "TapeBarcodePrefix.$": str,
        "KmsEncrypted": B,
        "KmsEncrypted.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "PoolId": S,
        "PoolId.$": str,
        "Worm": B,
        "Worm.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAutomaticTapeCreationPolicyParameters = TypedDict(
    "DeleteAutomaticTapeCreationPolicyParameters",
    {"GatewayARN": S, "GatewayARN.$": str},
    total=False,
)
DeleteBandwidthRateLimitParameters = TypedDict(
    "DeleteBandwidthRateLimitParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "BandwidthType": S, "BandwidthType.$": str},
    total=False,
)
DeleteCacheReportParameters = TypedDict(
    "DeleteCacheReportParameters", {"CacheReportARN": S, "CacheReportARN.$": str}, total=False
)
DeleteChapCredentialsParameters = TypedDict(
    "DeleteChapCredentialsParameters",
    {"TargetARN": S, "TargetARN.$": str, "InitiatorName": S, "InitiatorName.$": str},
    total=False,
)
DeleteFileShareParameters = TypedDict(
    "DeleteFileShareParameters",
    {"FileShareARN": S, "FileShareARN.$": str, "ForceDelete": B, "ForceDelete.$": str},
    total=False,
)
DeleteGatewayParameters = TypedDict(
    "DeleteGatewayParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DeleteSnapshotScheduleParameters = TypedDict(
    "DeleteSnapshotScheduleParameters", {"VolumeARN": S, "VolumeARN.$": str}, total=False
)
DeleteTapeParameters = TypedDict(
    "DeleteTapeParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "TapeARN": S,
        "TapeARN.$": str,
        "BypassGovernanceRetention": B,
        "BypassGovernanceRetention.$": str,
    },
    total=False,
)
DeleteTapeArchiveParameters = TypedDict(
    "DeleteTapeArchiveParameters",
    {
        "TapeARN": S,
        "TapeARN.$": str,
        "BypassGovernanceRetention": B,
        "BypassGovernanceRetention.$": str,
    },
    total=False,
)
DeleteTapePoolParameters = TypedDict(
    "DeleteTapePoolParameters", {"PoolARN": S, "PoolARN.$": str}, total=False
)
DeleteVolumeParameters = TypedDict(
    "DeleteVolumeParameters", {"VolumeARN": S, "VolumeARN.$": str}, total=False
)
DescribeAvailabilityMonitorTestParameters = TypedDict(
    "DescribeAvailabilityMonitorTestParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DescribeBandwidthRateLimitParameters = TypedDict(
    "DescribeBandwidthRateLimitParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DescribeBandwidthRateLimitScheduleParameters = TypedDict(
    "DescribeBandwidthRateLimitScheduleParameters",
    {"GatewayARN": S, "GatewayARN.$": str},
    total=False,
)
DescribeCacheParameters = TypedDict(
    "DescribeCacheParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DescribeCacheReportParameters = TypedDict(
    "DescribeCacheReportParameters", {"CacheReportARN": S, "CacheReportARN.$": str}, total=False
)
DescribeCachediSCSIVolumesParameters = TypedDict(
    "DescribeCachediSCSIVolumesParameters", {"VolumeARNs": L[Si], "VolumeARNs.$": str}, total=False
)
DescribeChapCredentialsParameters = TypedDict(
    "DescribeChapCredentialsParameters", {"TargetARN": S, "TargetARN.$": str}, total=False
)
DescribeFileSystemAssociationsParameters = TypedDict(
    "DescribeFileSystemAssociationsParameters",
    {"FileSystemAssociationARNList": L[Si], "FileSystemAssociationARNList.$": str},
    total=False,
)
DescribeGatewayInformationParameters = TypedDict(
    "DescribeGatewayInformationParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DescribeMaintenanceStartTimeParameters = TypedDict(
    "DescribeMaintenanceStartTimeParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DescribeNFSFileSharesParameters = TypedDict(
    "DescribeNFSFileSharesParameters",
    {"FileShareARNList": L[Si], "FileShareARNList.$": str},
    total=False,
)
DescribeSMBFileSharesParameters = TypedDict(
    "DescribeSMBFileSharesParameters",
    {"FileShareARNList": L[Si], "FileShareARNList.$": str},
    total=False,
)
DescribeSMBSettingsParameters = TypedDict(
    "DescribeSMBSettingsParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DescribeSnapshotScheduleParameters = TypedDict(
    "DescribeSnapshotScheduleParameters", {"VolumeARN": S, "VolumeARN.$": str}, total=False
)
DescribeStorediSCSIVolumesParameters = TypedDict(
    "DescribeStorediSCSIVolumesParameters", {"VolumeARNs": L[Si], "VolumeARNs.$": str}, total=False
)
DescribeTapeArchivesParameters = TypedDict(
    "DescribeTapeArchivesParameters",
    {
        "TapeARNs": L[Si],
        "TapeARNs.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeTapeRecoveryPointsParameters = TypedDict(
    "DescribeTapeRecoveryPointsParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeTapesParameters = TypedDict(
    "DescribeTapesParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "TapeARNs": L[Si],
        "TapeARNs.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeUploadBufferParameters = TypedDict(
    "DescribeUploadBufferParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DescribeVTLDevicesParameters = TypedDict(
    "DescribeVTLDevicesParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "VtlDeviceARNs": L[Si],
        "VtlDeviceARNs.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeWorkingStorageParameters = TypedDict(
    "DescribeWorkingStorageParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DetachVolumeParameters = TypedDict(
    "DetachVolumeParameters",
    {"VolumeARN": S, "VolumeARN.$": str, "ForceDetach": B, "ForceDetach.$": str},
    total=False,
)
DisableGatewayParameters = TypedDict(
    "DisableGatewayParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
DisassociateFileSystemParameters = TypedDict(
    "DisassociateFileSystemParameters",
    {
        "FileSystemAssociationARN": S,
        "FileSystemAssociationARN.$": str,
        "ForceDelete": B,
        "ForceDelete.$": str,
    },
    total=False,
)
EvictFilesFailingUploadParameters = TypedDict(
    "EvictFilesFailingUploadParameters",
    {"FileShareARN": S, "FileShareARN.$": str, "ForceRemove": B, "ForceRemove.$": str},
    total=False,
)
JoinDomainParameters = TypedDict(
    "JoinDomainParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "OrganizationalUnit": S,
        "OrganizationalUnit.$": str,
        "DomainControllers": L[Si],
        "DomainControllers.$": str,
        "TimeoutInSeconds": I,
        "TimeoutInSeconds.$": str,
        "UserName": S,
        "UserName.$": str,
        "Password": S,
        "Password.$": str,
    },
    total=False,
)
ListAutomaticTapeCreationPoliciesParameters = TypedDict(
    "ListAutomaticTapeCreationPoliciesParameters",
    {"GatewayARN": S, "GatewayARN.$": str},
    total=False,
)
ListCacheReportsParameters = TypedDict(
    "ListCacheReportsParameters", {"Marker": S, "Marker.$": str}, total=False
)
ListFileSharesParameters = TypedDict(
    "ListFileSharesParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
ListFileSystemAssociationsParameters = TypedDict(
    "ListFileSystemAssociationsParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
ListGatewaysParameters = TypedDict(
    "ListGatewaysParameters",
    {"Marker": S, "Marker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListLocalDisksParameters = TypedDict(
    "ListLocalDisksParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListTapePoolsParameters = TypedDict(
    "ListTapePoolsParameters",
    {
        "PoolARNs": L[Si],
        "PoolARNs.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListTapesParameters = TypedDict(
    "ListTapesParameters",
    {
        "TapeARNs": L[Si],
        "TapeARNs.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListVolumeInitiatorsParameters = TypedDict(
    "ListVolumeInitiatorsParameters", {"VolumeARN": S, "VolumeARN.$": str}, total=False
)
ListVolumeRecoveryPointsParameters = TypedDict(
    "ListVolumeRecoveryPointsParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
ListVolumesParameters = TypedDict(
    "ListVolumesParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
NotifyWhenUploadedParameters = TypedDict(
    "NotifyWhenUploadedParameters", {"FileShareARN": S, "FileShareARN.$": str}, total=False
)
RefreshCacheParameters = TypedDict(
    "RefreshCacheParameters",
    {
        "FileShareARN": S,
        "FileShareARN.$": str,
        "FolderList": L[Si],
        "FolderList.$": str,
        "Recursive": B,
        "Recursive.$": str,
    },
    total=False,
)
RemoveTagsFromResourceParameters = TypedDict(
    "RemoveTagsFromResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
ResetCacheParameters = TypedDict(
    "ResetCacheParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
RetrieveTapeArchiveParameters = TypedDict(
    "RetrieveTapeArchiveParameters",
    {"TapeARN": S, "TapeARN.$": str, "GatewayARN": S, "GatewayARN.$": str},
    total=False,
)
RetrieveTapeRecoveryPointParameters = TypedDict(
    "RetrieveTapeRecoveryPointParameters",
    {"TapeARN": S, "TapeARN.$": str, "GatewayARN": S, "GatewayARN.$": str},
    total=False,
)
SetLocalConsolePasswordParameters = TypedDict(
    "SetLocalConsolePasswordParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "LocalConsolePassword": S,
        "LocalConsolePassword.$": str,
    },
    total=False,
)
SetSMBGuestPasswordParameters = TypedDict(
    "SetSMBGuestPasswordParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "Password": S, "Password.$": str},
    total=False,
)
ShutdownGatewayParameters = TypedDict(
    "ShutdownGatewayParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)
StartAvailabilityMonitorTestParameters = TypedDict(
    "StartAvailabilityMonitorTestParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)

class CacheReportFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

StartCacheReportParameters = TypedDict(
    "StartCacheReportParameters",
    {
        "FileShareARN": S,
        "FileShareARN.$": str,
        "Role": S,
        "Role.$": str,
        "LocationARN": S,
        "LocationARN.$": str,
        "BucketRegion": S,
        "BucketRegion.$": str,
        "VpcEndpointDNSName": S,
        "VpcEndpointDNSName.$": str,
        "InclusionFilters": L[Xi[CacheReportFilter]],
        "InclusionFilters.$": str,
        "ExclusionFilters": L[Xi[CacheReportFilter]],
        "ExclusionFilters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartGatewayParameters = TypedDict(
    "StartGatewayParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)

class AutomaticTapeCreationRule(TypedDict, total=False):
    TapeBarcodePrefix: S
    PoolId: S
    TapeSizeInBytes: I
    MinimumNumTapes: I
    Worm: B

UpdateAutomaticTapeCreationPolicyParameters = TypedDict(
    "UpdateAutomaticTapeCreationPolicyParameters",
    {
        "AutomaticTapeCreationRules": L[Xi[AutomaticTapeCreationRule]],
        "AutomaticTapeCreationRules.$": str,
        "GatewayARN": S,
        "GatewayARN.$": str,
    },
    total=False,
)
UpdateBandwidthRateLimitParameters = TypedDict(
    "UpdateBandwidthRateLimitParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "AverageUploadRateLimitInBitsPerSec": I,
        "AverageUploadRateLimitInBitsPerSec.$": str,
        "AverageDownloadRateLimitInBitsPerSec": I,
        "AverageDownloadRateLimitInBitsPerSec.$": str,
    },
    total=False,
)

class BandwidthRateLimitInterval(TypedDict, total=False):
    StartHourOfDay: I
    StartMinuteOfHour: I
    EndHourOfDay: I
    EndMinuteOfHour: I
    DaysOfWeek: L[Ii]
    AverageUploadRateLimitInBitsPerSec: I
    AverageDownloadRateLimitInBitsPerSec: I

UpdateBandwidthRateLimitScheduleParameters = TypedDict(
    "UpdateBandwidthRateLimitScheduleParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "BandwidthRateLimitIntervals": L[Xi[BandwidthRateLimitInterval]],
        "BandwidthRateLimitIntervals.$": str,
    },
    total=False,
)
UpdateChapCredentialsParameters = TypedDict(
    "UpdateChapCredentialsParameters",
    {
        "TargetARN": S,
        "TargetARN.$": str,
        "SecretToAuthenticateInitiator": S,
        "SecretToAuthenticateInitiator.$": str,
        "InitiatorName": S,
        "InitiatorName.$": str,
        "SecretToAuthenticateTarget": S,
        "SecretToAuthenticateTarget.$": str,
    },
    total=False,
)
UpdateFileSystemAssociationParameters = TypedDict(
    "UpdateFileSystemAssociationParameters",
    {
        "FileSystemAssociationARN": S,
        "FileSystemAssociationARN.$": str,
        "UserName": S,
        "UserName.$": str,
        "Password": S,
        "Password.$": str,
        "AuditDestinationARN": S,
        "AuditDestinationARN.$": str,
        "CacheAttributes": X[CacheAttributes],
        "CacheAttributes.$": str,
    },
    total=False,
)
UpdateGatewayInformationParameters = TypedDict(
    "UpdateGatewayInformationParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "GatewayName": S,
        "GatewayName.$": str,
        "GatewayTimezone": S,
        "GatewayTimezone.$": str,
        "CloudWatchLogGroupARN": S,
        "CloudWatchLogGroupARN.$": str,
        "GatewayCapacity": S,
        "GatewayCapacity.$": str,
    },
    total=False,
)
UpdateGatewaySoftwareNowParameters = TypedDict(
    "UpdateGatewaySoftwareNowParameters", {"GatewayARN": S, "GatewayARN.$": str}, total=False
)

class SoftwareUpdatePreferences(TypedDict, total=False):
    AutomaticUpdatePolicy: S

UpdateMaintenanceStartTimeParameters = TypedDict(
    "UpdateMaintenanceStartTimeParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "HourOfDay": I,
        "HourOfDay.$": str,
        "MinuteOfHour": I,
        "MinuteOfHour.$": str,
        "DayOfWeek": I,
        "DayOfWeek.$": str,
        "DayOfMonth": I,
        "DayOfMonth.$": str,
        "SoftwareUpdatePreferences": X[SoftwareUpdatePreferences],
        "SoftwareUpdatePreferences.$": str,
    },
    total=False,
)
UpdateNFSFileShareParameters = TypedDict(
    "UpdateNFSFileShareParameters",
    {
        "FileShareARN": S,
        "FileShareARN.$": str,
        "EncryptionType": S,
        "EncryptionType.$": str,
        "KmsEncrypted": B,
        "KmsEncrypted.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "NfsFileShareDefaults": X[NFSFileShareDefaults],
        "NfsFileShareDefaults.$": str,
        "DefaultStorageClass": S,
        "DefaultStorageClass.$": str,
        "ObjectACL": S,
        "ObjectACL.$": str,
        "ClientList": L[Si],
        "ClientList.$": str,
        "Squash": S,
        "Squash.$": str,
        "ReadOnly": B,
        "ReadOnly.$": str,
        "GuessMIMETypeEnabled": B,
        "GuessMIMETypeEnabled.$": str,
        "RequesterPays": B,
        "RequesterPays.$": str,
        "FileShareName": S,
        "FileShareName.$": str,
        "CacheAttributes": X[CacheAttributes],
        "CacheAttributes.$": str,
        "NotificationPolicy": S,
        "NotificationPolicy.$": str,
        "AuditDestinationARN": S,
        "AuditDestinationARN.$": str,
    },
    total=False,
)
UpdateSMBFileShareParameters = TypedDict(
    "UpdateSMBFileShareParameters",
    {
        "FileShareARN": S,
        "FileShareARN.$": str,
        "EncryptionType": S,
        "EncryptionType.$": str,
        "KmsEncrypted": B,
        "KmsEncrypted.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "DefaultStorageClass": S,
        "DefaultStorageClass.$": str,
        "ObjectACL": S,
        "ObjectACL.$": str,
        "ReadOnly": B,
        "ReadOnly.$": str,
        "GuessMIMETypeEnabled": B,
        "GuessMIMETypeEnabled.$": str,
        "RequesterPays": B,
        "RequesterPays.$": str,
        "SmbaclEnabled": B,
        "SmbaclEnabled.$": str,
        "AccessBasedEnumeration": B,
        "AccessBasedEnumeration.$": str,
        "AdminUserList": L[Si],
        "AdminUserList.$": str,
        "ValidUserList": L[Si],
        "ValidUserList.$": str,
        "InvalidUserList": L[Si],
        "InvalidUserList.$": str,
        "AuditDestinationARN": S,
        "AuditDestinationARN.$": str,
        "CaseSensitivity": S,
        "CaseSensitivity.$": str,
        "FileShareName": S,
        "FileShareName.$": str,
        "CacheAttributes": X[CacheAttributes],
        "CacheAttributes.$": str,
        "NotificationPolicy": S,
        "NotificationPolicy.$": str,
        "OplocksEnabled": B,
        "OplocksEnabled.$": str,
    },
    total=False,
)
UpdateSMBFileShareVisibilityParameters = TypedDict(
    "UpdateSMBFileShareVisibilityParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "FileSharesVisible": B, "FileSharesVisible.$": str},
    total=False,
)

class SMBLocalGroups(TypedDict, total=False):
    GatewayAdmins: L[Si]

UpdateSMBLocalGroupsParameters = TypedDict(
    "UpdateSMBLocalGroupsParameters",
    {
        "GatewayARN": S,
        "GatewayARN.$": str,
        "SmbLocalGroups": X[SMBLocalGroups],
        "SmbLocalGroups.$": str,
    },
    total=False,
)
UpdateSMBSecurityStrategyParameters = TypedDict(
    "UpdateSMBSecurityStrategyParameters",
    {"GatewayARN": S, "GatewayARN.$": str, "SmbSecurityStrategy": S, "SmbSecurityStrategy.$": str},
    total=False,
)
UpdateSnapshotScheduleParameters = TypedDict(
    "UpdateSnapshotScheduleParameters",
    {
        "VolumeARN": S,
        "VolumeARN.$": str,
        "StartAt": I,
        "StartAt.$": str,
        "RecurrenceInHours": I,
        "RecurrenceInHours.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UpdateVTLDeviceTypeParameters = TypedDict(
    "UpdateVTLDeviceTypeParameters",
    {"VtlDeviceARN": S, "VtlDeviceARN.$": str, "DeviceType": S, "DeviceType.$": str},
    total=False,
)
activate_gateway: Builder[ActivateGatewayParameters]
add_cache: Builder[AddCacheParameters]
add_tags_to_resource: Builder[AddTagsToResourceParameters]
add_upload_buffer: Builder[AddUploadBufferParameters]
add_working_storage: Builder[AddWorkingStorageParameters]
assign_tape_pool: Builder[AssignTapePoolParameters]
associate_file_system: Builder[AssociateFileSystemParameters]
attach_volume: Builder[AttachVolumeParameters]
cancel_archival: Builder[CancelArchivalParameters]
cancel_cache_report: Builder[CancelCacheReportParameters]
cancel_retrieval: Builder[CancelRetrievalParameters]
create_cachedi_scsi_volume: Builder[CreateCachediSCSIVolumeParameters]
create_nfs_file_share: Builder[CreateNFSFileShareParameters]
create_smb_file_share: Builder[CreateSMBFileShareParameters]
create_snapshot: Builder[CreateSnapshotParameters]
create_snapshot_from_volume_recovery_point: Builder[CreateSnapshotFromVolumeRecoveryPointParameters]
create_storedi_scsi_volume: Builder[CreateStorediSCSIVolumeParameters]
create_tape_pool: Builder[CreateTapePoolParameters]
create_tape_with_barcode: Builder[CreateTapeWithBarcodeParameters]
create_tapes: Builder[CreateTapesParameters]
delete_automatic_tape_creation_policy: Builder[DeleteAutomaticTapeCreationPolicyParameters]
delete_bandwidth_rate_limit: Builder[DeleteBandwidthRateLimitParameters]
delete_cache_report: Builder[DeleteCacheReportParameters]
delete_chap_credentials: Builder[DeleteChapCredentialsParameters]
delete_file_share: Builder[DeleteFileShareParameters]
delete_gateway: Builder[DeleteGatewayParameters]
delete_snapshot_schedule: Builder[DeleteSnapshotScheduleParameters]
delete_tape: Builder[DeleteTapeParameters]
delete_tape_archive: Builder[DeleteTapeArchiveParameters]
delete_tape_pool: Builder[DeleteTapePoolParameters]
delete_volume: Builder[DeleteVolumeParameters]
describe_availability_monitor_test: Builder[DescribeAvailabilityMonitorTestParameters]
describe_bandwidth_rate_limit: Builder[DescribeBandwidthRateLimitParameters]
describe_bandwidth_rate_limit_schedule: Builder[DescribeBandwidthRateLimitScheduleParameters]
describe_cache: Builder[DescribeCacheParameters]
describe_cache_report: Builder[DescribeCacheReportParameters]
describe_cachedi_scsi_volumes: Builder[DescribeCachediSCSIVolumesParameters]
describe_chap_credentials: Builder[DescribeChapCredentialsParameters]
describe_file_system_associations: Builder[DescribeFileSystemAssociationsParameters]
describe_gateway_information: Builder[DescribeGatewayInformationParameters]
describe_maintenance_start_time: Builder[DescribeMaintenanceStartTimeParameters]
describe_nfs_file_shares: Builder[DescribeNFSFileSharesParameters]
describe_smb_file_shares: Builder[DescribeSMBFileSharesParameters]
describe_smb_settings: Builder[DescribeSMBSettingsParameters]
describe_snapshot_schedule: Builder[DescribeSnapshotScheduleParameters]
describe_storedi_scsi_volumes: Builder[DescribeStorediSCSIVolumesParameters]
describe_tape_archives: Builder[DescribeTapeArchivesParameters]
describe_tape_recovery_points: Builder[DescribeTapeRecoveryPointsParameters]
describe_tapes: Builder[DescribeTapesParameters]
describe_upload_buffer: Builder[DescribeUploadBufferParameters]
describe_vtl_devices: Builder[DescribeVTLDevicesParameters]
describe_working_storage: Builder[DescribeWorkingStorageParameters]
detach_volume: Builder[DetachVolumeParameters]
disable_gateway: Builder[DisableGatewayParameters]
disassociate_file_system: Builder[DisassociateFileSystemParameters]
evict_files_failing_upload: Builder[EvictFilesFailingUploadParameters]
join_domain: Builder[JoinDomainParameters]
list_automatic_tape_creation_policies: Builder[ListAutomaticTapeCreationPoliciesParameters]
list_cache_reports: Builder[ListCacheReportsParameters]
list_file_shares: Builder[ListFileSharesParameters]
list_file_system_associations: Builder[ListFileSystemAssociationsParameters]
list_gateways: Builder[ListGatewaysParameters]
list_local_disks: Builder[ListLocalDisksParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tape_pools: Builder[ListTapePoolsParameters]
list_tapes: Builder[ListTapesParameters]
list_volume_initiators: Builder[ListVolumeInitiatorsParameters]
list_volume_recovery_points: Builder[ListVolumeRecoveryPointsParameters]
list_volumes: Builder[ListVolumesParameters]
notify_when_uploaded: Builder[NotifyWhenUploadedParameters]
refresh_cache: Builder[RefreshCacheParameters]
remove_tags_from_resource: Builder[RemoveTagsFromResourceParameters]
reset_cache: Builder[ResetCacheParameters]
retrieve_tape_archive: Builder[RetrieveTapeArchiveParameters]
retrieve_tape_recovery_point: Builder[RetrieveTapeRecoveryPointParameters]
set_local_console_password: Builder[SetLocalConsolePasswordParameters]
set_smb_guest_password: Builder[SetSMBGuestPasswordParameters]
shutdown_gateway: Builder[ShutdownGatewayParameters]
start_availability_monitor_test: Builder[StartAvailabilityMonitorTestParameters]
start_cache_report: Builder[StartCacheReportParameters]
start_gateway: Builder[StartGatewayParameters]
update_automatic_tape_creation_policy: Builder[UpdateAutomaticTapeCreationPolicyParameters]
update_bandwidth_rate_limit: Builder[UpdateBandwidthRateLimitParameters]
update_bandwidth_rate_limit_schedule: Builder[UpdateBandwidthRateLimitScheduleParameters]
update_chap_credentials: Builder[UpdateChapCredentialsParameters]
update_file_system_association: Builder[UpdateFileSystemAssociationParameters]
update_gateway_information: Builder[UpdateGatewayInformationParameters]
update_gateway_software_now: Builder[UpdateGatewaySoftwareNowParameters]
update_maintenance_start_time: Builder[UpdateMaintenanceStartTimeParameters]
update_nfs_file_share: Builder[UpdateNFSFileShareParameters]
update_smb_file_share: Builder[UpdateSMBFileShareParameters]
update_smb_file_share_visibility: Builder[UpdateSMBFileShareVisibilityParameters]
update_smb_local_groups: Builder[UpdateSMBLocalGroupsParameters]
update_smb_security_strategy: Builder[UpdateSMBSecurityStrategyParameters]
update_snapshot_schedule: Builder[UpdateSnapshotScheduleParameters]
update_vtl_device_type: Builder[UpdateVTLDeviceTypeParameters]

__all__ = [
    "activate_gateway",
    "add_cache",
    "add_tags_to_resource",
    "add_upload_buffer",
    "add_working_storage",
    "assign_tape_pool",
    "associate_file_system",
    "attach_volume",
    "cancel_archival",
    "cancel_cache_report",
    "cancel_retrieval",
    "create_cachedi_scsi_volume",
    "create_nfs_file_share",
    "create_smb_file_share",
    "create_snapshot",
    "create_snapshot_from_volume_recovery_point",
    "create_storedi_scsi_volume",
    "create_tape_pool",
    "create_tape_with_barcode",
    "create_tapes",
    "delete_automatic_tape_creation_policy",
    "delete_bandwidth_rate_limit",
    "delete_cache_report",
    "delete_chap_credentials",
    "delete_file_share",
    "delete_gateway",
    "delete_snapshot_schedule",
    "delete_tape",
    "delete_tape_archive",
    "delete_tape_pool",
    "delete_volume",
    "describe_availability_monitor_test",
    "describe_bandwidth_rate_limit",
    "describe_bandwidth_rate_limit_schedule",
    "describe_cache",
    "describe_cache_report",
    "describe_cachedi_scsi_volumes",
    "describe_chap_credentials",
    "describe_file_system_associations",
    "describe_gateway_information",
    "describe_maintenance_start_time",
    "describe_nfs_file_shares",
    "describe_smb_file_shares",
    "describe_smb_settings",
    "describe_snapshot_schedule",
    "describe_storedi_scsi_volumes",
    "describe_tape_archives",
    "describe_tape_recovery_points",
    "describe_tapes",
    "describe_upload_buffer",
    "describe_vtl_devices",
    "describe_working_storage",
    "detach_volume",
    "disable_gateway",
    "disassociate_file_system",
    "evict_files_failing_upload",
    "join_domain",
    "list_automatic_tape_creation_policies",
    "list_cache_reports",
    "list_file_shares",
    "list_file_system_associations",
    "list_gateways",
    "list_local_disks",
    "list_tags_for_resource",
    "list_tape_pools",
    "list_tapes",
    "list_volume_initiators",
    "list_volume_recovery_points",
    "list_volumes",
    "notify_when_uploaded",
    "refresh_cache",
    "remove_tags_from_resource",
    "reset_cache",
    "retrieve_tape_archive",
    "retrieve_tape_recovery_point",
    "set_local_console_password",
    "set_smb_guest_password",
    "shutdown_gateway",
    "start_availability_monitor_test",
    "start_cache_report",
    "start_gateway",
    "update_automatic_tape_creation_policy",
    "update_bandwidth_rate_limit",
    "update_bandwidth_rate_limit_schedule",
    "update_chap_credentials",
    "update_file_system_association",
    "update_gateway_information",
    "update_gateway_software_now",
    "update_maintenance_start_time",
    "update_nfs_file_share",
    "update_smb_file_share",
    "update_smb_file_share_visibility",
    "update_smb_local_groups",
    "update_smb_security_strategy",
    "update_snapshot_schedule",
    "update_vtl_device_type",
]
