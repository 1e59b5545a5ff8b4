"""Typed builders of the AWS SDK integration of devicefarm (``aws-sdk:devicefarm:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class Rule(TypedDict, total=False):
    Attribute: S
    Operator: S
    Value: S

CreateDevicePoolParameters = TypedDict(
    "CreateDevicePoolParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "MaxDevices": I,
        "MaxDevices.$": str,
    },
    total=False,
)
CreateInstanceProfileParameters = TypedDict(
    "CreateInstanceProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PackageCleanup": B,
        "PackageCleanup.$": str,
        "ExcludeAppPackagesFromCleanup": L[Si],
        "ExcludeAppPackagesFromCleanup.$": str,
        "RebootAfterUse": B,
        "RebootAfterUse.$": str,
    },
    total=False,
)
CreateNetworkProfileParameters = TypedDict(
    "CreateNetworkProfileParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "UplinkBandwidthBits": I,
        "UplinkBandwidthBits.$": str,
        "DownlinkBandwidthBits": I,
        "DownlinkBandwidthBits.$": str,
        "UplinkDelayMs": I,
        "UplinkDelayMs.$": str,
        "DownlinkDelayMs": I,
        "DownlinkDelayMs.$": str,
        "UplinkJitterMs": I,
        "UplinkJitterMs.$": str,
        "DownlinkJitterMs": I,
        "DownlinkJitterMs.$": str,
        "UplinkLossPercent": I,
        "UplinkLossPercent.$": str,
        "DownlinkLossPercent": I,
        "DownlinkLossPercent.$": str,
    },
    total=False,
)

class VpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]
    VpcId: S

class EnvironmentVariable(TypedDict, total=False):
    Name: S
    Value: S

CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "Name": S,
        "Name.$": str,
        "DefaultJobTimeoutMinutes": I,
        "DefaultJobTimeoutMinutes.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "EnvironmentVariables": L[Xi[EnvironmentVariable]],
        "EnvironmentVariables.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
    },
    total=False,
)

class DeviceProxy(TypedDict, total=False):
    Host: S
    Port: I

class CreateRemoteAccessSessionConfiguration(TypedDict, total=False):
    AuxiliaryApps: L[Si]
    BillingMethod: S
    VpceConfigurationArns: L[Si]
    DeviceProxy: X[DeviceProxy]
    Parameters: M[S]

CreateRemoteAccessSessionParameters = TypedDict(
    "CreateRemoteAccessSessionParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "DeviceArn": S,
        "DeviceArn.$": str,
        "AppArn": S,
        "AppArn.$": str,
        "InstanceArn": S,
        "InstanceArn.$": str,
        "Name": S,
        "Name.$": str,
        "Configuration": X[CreateRemoteAccessSessionConfiguration],
        "Configuration.$": str,
        "InteractionMode": S,
        "InteractionMode.$": str,
        "SkipAppResign": B,
        "SkipAppResign.$": str,
    },
    total=False,
)

class TestGridVpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]
    VpcId: S

CreateTestGridProjectParameters = TypedDict(
    "CreateTestGridProjectParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "VpcConfig": X[TestGridVpcConfig],
        "VpcConfig.$": str,
    },
    total=False,
)
CreateTestGridUrlParameters = TypedDict(
    "CreateTestGridUrlParameters",
    {"ProjectArn": S, "ProjectArn.$": str, "ExpiresInSeconds": I, "ExpiresInSeconds.$": str},
    total=False,
)
CreateUploadParameters = TypedDict(
    "CreateUploadParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "ContentType": S,
        "ContentType.$": str,
    },
    total=False,
)
CreateVPCEConfigurationParameters = TypedDict(
    "CreateVPCEConfigurationParameters",
    {
        "VpceConfigurationName": S,
        "VpceConfigurationName.$": str,
        "VpceServiceName": S,
        "VpceServiceName.$": str,
        "ServiceDnsName": S,
        "ServiceDnsName.$": str,
        "VpceConfigurationDescription": S,
        "VpceConfigurationDescription.$": str,
    },
    total=False,
)
DeleteDevicePoolParameters = TypedDict(
    "DeleteDevicePoolParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteInstanceProfileParameters = TypedDict(
    "DeleteInstanceProfileParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteNetworkProfileParameters = TypedDict(
    "DeleteNetworkProfileParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteRemoteAccessSessionParameters = TypedDict(
    "DeleteRemoteAccessSessionParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteRunParameters = TypedDict("DeleteRunParameters", {"Arn": S, "Arn.$": str}, total=False)
DeleteTestGridProjectParameters = TypedDict(
    "DeleteTestGridProjectParameters", {"ProjectArn": S, "ProjectArn.$": str}, total=False
)
DeleteUploadParameters = TypedDict("DeleteUploadParameters", {"Arn": S, "Arn.$": str}, total=False)
DeleteVPCEConfigurationParameters = TypedDict(
    "DeleteVPCEConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)

class GetAccountSettingsParameters(TypedDict, total=False): ...

GetDeviceParameters = TypedDict("GetDeviceParameters", {"Arn": S, "Arn.$": str}, total=False)
GetDeviceInstanceParameters = TypedDict(
    "GetDeviceInstanceParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetDevicePoolParameters = TypedDict(
    "GetDevicePoolParameters", {"Arn": S, "Arn.$": str}, total=False
)

class ScheduleRunTest(TypedDict, total=False):
    Type: S
    TestPackageArn: S
    TestSpecArn: S
    Filter: S
    Parameters: M[S]

class Location(TypedDict, total=False):
    Latitude: F
    Longitude: F

class CustomerArtifactPaths(TypedDict, total=False):
    IosPaths: L[Si]
    AndroidPaths: L[Si]
    DeviceHostPaths: L[Si]

class Radios(TypedDict, total=False):
    Wifi: B
    Bluetooth: B
    Nfc: B
    Gps: B

class ScheduleRunConfiguration(TypedDict, total=False):
    ExtraDataPackageArn: S
    NetworkProfileArn: S
    Locale: S
    Location: X[Location]
    VpceConfigurationArns: L[Si]
    DeviceProxy: X[DeviceProxy]
    CustomerArtifactPaths: X[CustomerArtifactPaths]
    Radios: X[Radios]
    AuxiliaryApps: L[Si]
    BillingMethod: S
    EnvironmentVariables: L[Xi[EnvironmentVariable]]
    ExecutionRoleArn: S
    InsightsTypes: L[Si]

GetDevicePoolCompatibilityParameters = TypedDict(
    "GetDevicePoolCompatibilityParameters",
    {
        "DevicePoolArn": S,
        "DevicePoolArn.$": str,
        "AppArn": S,
        "AppArn.$": str,
        "TestType": S,
        "TestType.$": str,
        "Test": X[ScheduleRunTest],
        "Test.$": str,
        "Configuration": X[ScheduleRunConfiguration],
        "Configuration.$": str,
        "ProjectArn": S,
        "ProjectArn.$": str,
    },
    total=False,
)
GetInstanceProfileParameters = TypedDict(
    "GetInstanceProfileParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetJobParameters = TypedDict("GetJobParameters", {"Arn": S, "Arn.$": str}, total=False)
GetNetworkProfileParameters = TypedDict(
    "GetNetworkProfileParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetOfferingStatusParameters = TypedDict(
    "GetOfferingStatusParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
GetProjectParameters = TypedDict("GetProjectParameters", {"Arn": S, "Arn.$": str}, total=False)
GetRemoteAccessSessionParameters = TypedDict(
    "GetRemoteAccessSessionParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetRunParameters = TypedDict("GetRunParameters", {"Arn": S, "Arn.$": str}, total=False)
GetSuiteParameters = TypedDict("GetSuiteParameters", {"Arn": S, "Arn.$": str}, total=False)
GetTestParameters = TypedDict("GetTestParameters", {"Arn": S, "Arn.$": str}, total=False)
GetTestGridProjectParameters = TypedDict(
    "GetTestGridProjectParameters", {"ProjectArn": S, "ProjectArn.$": str}, total=False
)
GetTestGridSessionParameters = TypedDict(
    "GetTestGridSessionParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "SessionArn": S,
        "SessionArn.$": str,
    },
    total=False,
)
GetUploadParameters = TypedDict("GetUploadParameters", {"Arn": S, "Arn.$": str}, total=False)
GetVPCEConfigurationParameters = TypedDict(
    "GetVPCEConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
InstallToRemoteAccessSessionParameters = TypedDict(
    "InstallToRemoteAccessSessionParameters",
    {"RemoteAccessSessionArn": S, "RemoteAccessSessionArn.$": str, "AppArn": S, "AppArn.$": str},
    total=False,
)
ListArtifactsParameters = TypedDict(
    "ListArtifactsParameters",
    {"Arn": S, "Arn.$": str, "Type": S, "Type.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDeviceInstancesParameters = TypedDict(
    "ListDeviceInstancesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDevicePoolsParameters = TypedDict(
    "ListDevicePoolsParameters",
    {"Arn": S, "Arn.$": str, "Type": S, "Type.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class DeviceFilter(TypedDict, total=False):
    Attribute: S
    Operator: S
    Values: L[Si]

ListDevicesParameters = TypedDict(
    "ListDevicesParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[DeviceFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListInstanceProfilesParameters = TypedDict(
    "ListInstanceProfilesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters", {"Arn": S, "Arn.$": str, "NextToken": S, "NextToken.$": str}, total=False
)
ListNetworkProfilesParameters = TypedDict(
    "ListNetworkProfilesParameters",
    {"Arn": S, "Arn.$": str, "Type": S, "Type.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListOfferingPromotionsParameters = TypedDict(
    "ListOfferingPromotionsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListOfferingTransactionsParameters = TypedDict(
    "ListOfferingTransactionsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListOfferingsParameters = TypedDict(
    "ListOfferingsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {"Arn": S, "Arn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRemoteAccessSessionsParameters = TypedDict(
    "ListRemoteAccessSessionsParameters",
    {"Arn": S, "Arn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRunsParameters = TypedDict(
    "ListRunsParameters", {"Arn": S, "Arn.$": str, "NextToken": S, "NextToken.$": str}, total=False
)
ListSamplesParameters = TypedDict(
    "ListSamplesParameters",
    {"Arn": S, "Arn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSuitesParameters = TypedDict(
    "ListSuitesParameters",
    {"Arn": S, "Arn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListTestGridProjectsParameters = TypedDict(
    "ListTestGridProjectsParameters",
    {"MaxResult": I, "MaxResult.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTestGridSessionActionsParameters = TypedDict(
    "ListTestGridSessionActionsParameters",
    {
        "SessionArn": S,
        "SessionArn.$": str,
        "MaxResult": I,
        "MaxResult.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestGridSessionArtifactsParameters = TypedDict(
    "ListTestGridSessionArtifactsParameters",
    {
        "SessionArn": S,
        "SessionArn.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResult": I,
        "MaxResult.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestGridSessionsParameters = TypedDict(
    "ListTestGridSessionsParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "Status": S,
        "Status.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "EndTimeAfter": T,
        "EndTimeAfter.$": str,
        "EndTimeBefore": T,
        "EndTimeBefore.$": str,
        "MaxResult": I,
        "MaxResult.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestsParameters = TypedDict(
    "ListTestsParameters", {"Arn": S, "Arn.$": str, "NextToken": S, "NextToken.$": str}, total=False
)
ListUniqueProblemsParameters = TypedDict(
    "ListUniqueProblemsParameters",
    {"Arn": S, "Arn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListUploadsParameters = TypedDict(
    "ListUploadsParameters",
    {"Arn": S, "Arn.$": str, "Type": S, "Type.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListVPCEConfigurationsParameters = TypedDict(
    "ListVPCEConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PurchaseOfferingParameters = TypedDict(
    "PurchaseOfferingParameters",
    {
        "OfferingId": S,
        "OfferingId.$": str,
        "Quantity": I,
        "Quantity.$": str,
        "OfferingPromotionId": S,
        "OfferingPromotionId.$": str,
    },
    total=False,
)
RenewOfferingParameters = TypedDict(
    "RenewOfferingParameters",
    {"OfferingId": S, "OfferingId.$": str, "Quantity": I, "Quantity.$": str},
    total=False,
)

class DeviceSelectionConfiguration(TypedDict, total=False):
    Filters: L[Xi[DeviceFilter]]
    MaxDevices: I

class ExecutionConfiguration(TypedDict, total=False):
    JobTimeoutMinutes: I
    AccountsCleanup: B
    AppPackagesCleanup: B
    VideoCapture: B
    SkipAppResign: B

ScheduleRunParameters = TypedDict(
    "ScheduleRunParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "AppArn": S,
        "AppArn.$": str,
        "DevicePoolArn": S,
        "DevicePoolArn.$": str,
        "DeviceSelectionConfiguration": X[DeviceSelectionConfiguration],
        "DeviceSelectionConfiguration.$": str,
        "Name": S,
        "Name.$": str,
        "Test": X[ScheduleRunTest],
        "Test.$": str,
        "Configuration": X[ScheduleRunConfiguration],
        "Configuration.$": str,
        "ExecutionConfiguration": X[ExecutionConfiguration],
        "ExecutionConfiguration.$": str,
    },
    total=False,
)
StopJobParameters = TypedDict("StopJobParameters", {"Arn": S, "Arn.$": str}, total=False)
StopRemoteAccessSessionParameters = TypedDict(
    "StopRemoteAccessSessionParameters", {"Arn": S, "Arn.$": str}, total=False
)
StopRunParameters = TypedDict("StopRunParameters", {"Arn": S, "Arn.$": str}, total=False)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateDeviceInstanceParameters = TypedDict(
    "UpdateDeviceInstanceParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "Labels": L[Si],
        "Labels.$": str,
    },
    total=False,
)
UpdateDevicePoolParameters = TypedDict(
    "UpdateDevicePoolParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "MaxDevices": I,
        "MaxDevices.$": str,
        "ClearMaxDevices": B,
        "ClearMaxDevices.$": str,
    },
    total=False,
)
UpdateInstanceProfileParameters = TypedDict(
    "UpdateInstanceProfileParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PackageCleanup": B,
        "PackageCleanup.$": str,
        "ExcludeAppPackagesFromCleanup": L[Si],
        "ExcludeAppPackagesFromCleanup.$": str,
        "RebootAfterUse": B,
        "RebootAfterUse.$": str,
    },
    total=False,
)
UpdateNetworkProfileParameters = TypedDict(
    "UpdateNetworkProfileParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "UplinkBandwidthBits": I,
        "UplinkBandwidthBits.$": str,
        "DownlinkBandwidthBits": I,
        "DownlinkBandwidthBits.$": str,
        "UplinkDelayMs": I,
        "UplinkDelayMs.$": str,
        "DownlinkDelayMs": I,
        "DownlinkDelayMs.$": str,
        "UplinkJitterMs": I,
        "UplinkJitterMs.$": str,
        "DownlinkJitterMs": I,
        "DownlinkJitterMs.$": str,
        "UplinkLossPercent": I,
        "UplinkLossPercent.$": str,
        "DownlinkLossPercent": I,
        "DownlinkLossPercent.$": str,
    },
    total=False,
)
UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "DefaultJobTimeoutMinutes": I,
        "DefaultJobTimeoutMinutes.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "EnvironmentVariables": L[Xi[EnvironmentVariable]],
        "EnvironmentVariables.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
    },
    total=False,
)
UpdateTestGridProjectParameters = TypedDict(
    "UpdateTestGridProjectParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "VpcConfig": X[TestGridVpcConfig],
        "VpcConfig.$": str,
    },
    total=False,
)
UpdateUploadParameters = TypedDict(
    "UpdateUploadParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "EditContent": B,
        "EditContent.$": str,
    },
    total=False,
)
UpdateVPCEConfigurationParameters = TypedDict(
    "UpdateVPCEConfigurationParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "VpceConfigurationName": S,
        "VpceConfigurationName.$": str,
        "VpceServiceName": S,
        "VpceServiceName.$": str,
        "ServiceDnsName": S,
        "ServiceDnsName.$": str,
        "VpceConfigurationDescription": S,
        "VpceConfigurationDescription.$": str,
    },
    total=False,
)
create_device_pool: Builder[CreateDevicePoolParameters]
create_instance_profile: Builder[CreateInstanceProfileParameters]
create_network_profile: Builder[CreateNetworkProfileParameters]
create_project: Builder[CreateProjectParameters]
create_remote_access_session: Builder[CreateRemoteAccessSessionParameters]
create_test_grid_project: Builder[CreateTestGridProjectParameters]
create_test_grid_url: Builder[CreateTestGridUrlParameters]
create_upload: Builder[CreateUploadParameters]
create_vpce_configuration: Builder[CreateVPCEConfigurationParameters]
delete_device_pool: Builder[DeleteDevicePoolParameters]
delete_instance_profile: Builder[DeleteInstanceProfileParameters]
delete_network_profile: Builder[DeleteNetworkProfileParameters]
delete_project: Builder[DeleteProjectParameters]
delete_remote_access_session: Builder[DeleteRemoteAccessSessionParameters]
delete_run: Builder[DeleteRunParameters]
delete_test_grid_project: Builder[DeleteTestGridProjectParameters]
delete_upload: Builder[DeleteUploadParameters]
delete_vpce_configuration: Builder[DeleteVPCEConfigurationParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_device: Builder[GetDeviceParameters]
get_device_instance: Builder[GetDeviceInstanceParameters]
get_device_pool: Builder[GetDevicePoolParameters]
get_device_pool_compatibility: Builder[GetDevicePoolCompatibilityParameters]
get_instance_profile: Builder[GetInstanceProfileParameters]
get_job: Builder[GetJobParameters]
get_network_profile: Builder[GetNetworkProfileParameters]
get_offering_status: Builder[GetOfferingStatusParameters]
get_project: Builder[GetProjectParameters]
get_remote_access_session: Builder[GetRemoteAccessSessionParameters]
get_run: Builder[GetRunParameters]
get_suite: Builder[GetSuiteParameters]
get_test: Builder[GetTestParameters]
get_test_grid_project: Builder[GetTestGridProjectParameters]
get_test_grid_session: Builder[GetTestGridSessionParameters]
get_upload: Builder[GetUploadParameters]
get_vpce_configuration: Builder[GetVPCEConfigurationParameters]
install_to_remote_access_session: Builder[InstallToRemoteAccessSessionParameters]
list_artifacts: Builder[ListArtifactsParameters]
list_device_instances: Builder[ListDeviceInstancesParameters]
list_device_pools: Builder[ListDevicePoolsParameters]
list_devices: Builder[ListDevicesParameters]
list_instance_profiles: Builder[ListInstanceProfilesParameters]
list_jobs: Builder[ListJobsParameters]
list_network_profiles: Builder[ListNetworkProfilesParameters]
list_offering_promotions: Builder[ListOfferingPromotionsParameters]
list_offering_transactions: Builder[ListOfferingTransactionsParameters]
list_offerings: Builder[ListOfferingsParameters]
list_projects: Builder[ListProjectsParameters]
list_remote_access_sessions: Builder[ListRemoteAccessSessionsParameters]
list_runs: Builder[ListRunsParameters]
list_samples: Builder[ListSamplesParameters]
list_suites: Builder[ListSuitesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_test_grid_projects: Builder[ListTestGridProjectsParameters]
list_test_grid_session_actions: Builder[ListTestGridSessionActionsParameters]
list_test_grid_session_artifacts: Builder[ListTestGridSessionArtifactsParameters]
list_test_grid_sessions: Builder[ListTestGridSessionsParameters]
list_tests: Builder[ListTestsParameters]
list_unique_problems: Builder[ListUniqueProblemsParameters]
list_uploads: Builder[ListUploadsParameters]
list_vpce_configurations: Builder[ListVPCEConfigurationsParameters]
purchase_offering: Builder[PurchaseOfferingParameters]
renew_offering: Builder[RenewOfferingParameters]
schedule_run: Builder[ScheduleRunParameters]
stop_job: Builder[StopJobParameters]
stop_remote_access_session: Builder[StopRemoteAccessSessionParameters]
stop_run: Builder[StopRunParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_device_instance: Builder[UpdateDeviceInstanceParameters]
update_device_pool: Builder[UpdateDevicePoolParameters]
update_instance_profile: Builder[UpdateInstanceProfileParameters]
update_network_profile: Builder[UpdateNetworkProfileParameters]
update_project: Builder[UpdateProjectParameters]
update_test_grid_project: Builder[UpdateTestGridProjectParameters]
update_upload: Builder[UpdateUploadParameters]
update_vpce_configuration: Builder[UpdateVPCEConfigurationParameters]

__all__ = [
    "create_device_pool",
    "create_instance_profile",
    "create_network_profile",
    "create_project",
    "create_remote_access_session",
    "create_test_grid_project",
    "create_test_grid_url",
    "create_upload",
    "create_vpce_configuration",
    "delete_device_pool",
    "delete_instance_profile",
    "delete_network_profile",
    "delete_project",
    "delete_remote_access_session",
    "delete_run",
    "delete_test_grid_project",
    "delete_upload",
    "delete_vpce_configuration",
    "get_account_settings",
    "get_device",
    "get_device_instance",
    "get_device_pool",
    "get_device_pool_compatibility",
    "get_instance_profile",
    "get_job",
    "get_network_profile",
    "get_offering_status",
    "get_project",
    "get_remote_access_session",
    "get_run",
    "get_suite",
    "get_test",
    "get_test_grid_project",
    "get_test_grid_session",
    "get_upload",
    "get_vpce_configuration",
    "install_to_remote_access_session",
    "list_artifacts",
    "list_device_instances",
    "list_device_pools",
    "list_devices",
    "list_instance_profiles",
    "list_jobs",
    "list_network_profiles",
    "list_offering_promotions",
    "list_offering_transactions",
    "list_offerings",
    "list_projects",
    "list_remote_access_sessions",
    "list_runs",
    "list_samples",
    "list_suites",
    "list_tags_for_resource",
    "list_test_grid_projects",
    "list_test_grid_session_actions",
    "list_test_grid_session_artifacts",
    "list_test_grid_sessions",
    "list_tests",
    "list_unique_problems",
    "list_uploads",
    "list_vpce_configurations",
    "purchase_offering",
    "renew_offering",
    "schedule_run",
    "stop_job",
    "stop_remote_access_session",
    "stop_run",
    "tag_resource",
    "untag_resource",
    "update_device_instance",
    "update_device_pool",
    "update_instance_profile",
    "update_network_profile",
    "update_project",
    "update_test_grid_project",
    "update_upload",
    "update_vpce_configuration",
]
