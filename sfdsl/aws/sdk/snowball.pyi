"""Typed builders of the AWS SDK integration of snowball (``aws-sdk:snowball:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, T, X, Xi

CancelClusterParameters = TypedDict(
    "CancelClusterParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
CancelJobParameters = TypedDict("CancelJobParameters", {"JobId": S, "JobId.$": str}, total=False)

class Address(TypedDict, total=False):
    AddressId: S
    Name: S
    Company: S
    Street1: S
    Street2: S
    Street3: S
    City: S
    StateOrProvince: S
    PrefectureOrDistrict: S
    Landmark: S
    Country: S
    PostalCode: S
    PhoneNumber: S
    IsRestricted: B
    Type: S

CreateAddressParameters = TypedDict(
    "CreateAddressParameters", {"Address": X[Address], "Address.$": str}, total=False
)

class KeyRange(TypedDict, total=False):
    BeginMarker: S
    EndMarker: S

class TargetOnDeviceService(TypedDict, total=False):
    ServiceName: S
    TransferOption: S

class S3Resource(TypedDict, total=False):
    BucketArn: S
    KeyRange: X[KeyRange]
    TargetOnDeviceServices: L[Xi[TargetOnDeviceService]]

class EventTriggerDefinition(TypedDict, total=False):
    EventResourceARN: S

class LambdaResource(TypedDict, total=False):
    LambdaArn: S
    EventTriggers: L[Xi[EventTriggerDefinition]]

class Ec2AmiResource(TypedDict, total=False):
    AmiId: S
    SnowballAmiId: S

class JobResource(TypedDict, total=False):
    S3Resources: L[Xi[S3Resource]]
    LambdaResources: L[Xi[LambdaResource]]
    Ec2AmiResources: L[Xi[Ec2AmiResource]]

class NFSOnDeviceServiceConfiguration(TypedDict, total=False):
    StorageLimit: I
    StorageUnit: S

class TGWOnDeviceServiceConfiguration(TypedDict, total=False):
    StorageLimit: I
    StorageUnit: S

class EKSOnDeviceServiceConfiguration(TypedDict, total=False):
    KubernetesVersion: S
    EksAnywhereVersion: S

class S3OnDeviceServiceConfiguration(TypedDict, total=False):
    StorageLimit: F
    StorageUnit: S
    ServiceSize: I
    FaultTolerance: I

class OnDeviceServiceConfiguration(TypedDict, total=False):
    NfsOnDeviceService: X[NFSOnDeviceServiceConfiguration]
    TgwOnDeviceService: X[TGWOnDeviceServiceConfiguration]
    EksOnDeviceService: X[EKSOnDeviceServiceConfiguration]
    S3OnDeviceService: X[S3OnDeviceServiceConfiguration]

class Notification(TypedDict, total=False):
    SnsTopicARN: S
    JobStatesToNotify: L[Si]
    NotifyAllValue: B
    DevicePickupSnsTopicARN: S

class INDTaxDocuments(TypedDict, total=False):
    Gstin: S

class TaxDocuments(TypedDict, total=False):
    Ind: X[INDTaxDocuments]

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "JobType": S,
        "JobType.$": str,
        "Resources": X[JobResource],
        "Resources.$": str,
        "OnDeviceServiceConfiguration": X[OnDeviceServiceConfiguration],
        "OnDeviceServiceConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "AddressId": S,
        "AddressId.$": str,
        "KmsKeyARN": S,
        "KmsKeyARN.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "SnowballType": S,
        "SnowballType.$": str,
        "ShippingOption": S,
        "ShippingOption.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "ForwardingAddressId": S,
        "ForwardingAddressId.$": str,
        "TaxDocuments": X[TaxDocuments],
        "TaxDocuments.$": str,
        "RemoteManagement": S,
        "RemoteManagement.$": str,
        "InitialClusterSize": I,
        "InitialClusterSize.$": str,
        "ForceCreateJobs": B,
        "ForceCreateJobs.$": str,
        "LongTermPricingIds": L[Si],
        "LongTermPricingIds.$": str,
        "SnowballCapacityPreference": S,
        "SnowballCapacityPreference.$": str,
    },
    total=False,
)

class WirelessConnection(TypedDict, total=False):
    IsWifiEnabled: B

class SnowconeDeviceConfiguration(TypedDict, total=False):
    WirelessConnection: X[WirelessConnection]

class DeviceConfiguration(TypedDict, total=False):
    SnowconeDeviceConfiguration: X[SnowconeDeviceConfiguration]

class PickupDetails(TypedDict, total=False):
    Name: S
    PhoneNumber: S
    Email: S
    IdentificationNumber: S
    IdentificationExpirationDate: T
    IdentificationIssuingOrg: S
    DevicePickupId: S

CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "JobType": S,
        "JobType.$": str,
        "Resources": X[JobResource],
        "Resources.$": str,
        "OnDeviceServiceConfiguration": X[OnDeviceServiceConfiguration],
        "OnDeviceServiceConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "AddressId": S,
        "AddressId.$": str,
        "KmsKeyARN": S,
        "KmsKeyARN.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "SnowballCapacityPreference": S,
        "SnowballCapacityPreference.$": str,
        "ShippingOption": S,
        "ShippingOption.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "ClusterId": S,
        "ClusterId.$": str,
        "SnowballType": S,
        "SnowballType.$": str,
        "ForwardingAddressId": S,
        "ForwardingAddressId.$": str,
        "TaxDocuments": X[TaxDocuments],
        "TaxDocuments.$": str,
        "DeviceConfiguration": X[DeviceConfiguration],
        "DeviceConfiguration.$": str,
        "RemoteManagement": S,
        "RemoteManagement.$": str,
        "LongTermPricingId": S,
        "LongTermPricingId.$": str,
        "ImpactLevel": S,
        "ImpactLevel.$": str,
        "PickupDetails": X[PickupDetails],
        "PickupDetails.$": str,
    },
    total=False,
)
CreateLongTermPricingParameters = TypedDict(
    "CreateLongTermPricingParameters",
    {
        "LongTermPricingType": S,
        "LongTermPricingType.$": str,
        "IsLongTermPricingAutoRenew": B,
        "IsLongTermPricingAutoRenew.$": str,
        "SnowballType": S,
        "SnowballType.$": str,
    },
    total=False,
)
CreateReturnShippingLabelParameters = TypedDict(
    "CreateReturnShippingLabelParameters",
    {"JobId": S, "JobId.$": str, "ShippingOption": S, "ShippingOption.$": str},
    total=False,
)
DescribeAddressParameters = TypedDict(
    "DescribeAddressParameters", {"AddressId": S, "AddressId.$": str}, total=False
)
DescribeAddressesParameters = TypedDict(
    "DescribeAddressesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeClusterParameters = TypedDict(
    "DescribeClusterParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
DescribeJobParameters = TypedDict(
    "DescribeJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeReturnShippingLabelParameters = TypedDict(
    "DescribeReturnShippingLabelParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetJobManifestParameters = TypedDict(
    "GetJobManifestParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetJobUnlockCodeParameters = TypedDict(
    "GetJobUnlockCodeParameters", {"JobId": S, "JobId.$": str}, total=False
)

class GetSnowballUsageParameters(TypedDict, total=False): ...

GetSoftwareUpdatesParameters = TypedDict(
    "GetSoftwareUpdatesParameters", {"JobId": S, "JobId.$": str}, total=False
)
ListClusterJobsParameters = TypedDict(
    "ListClusterJobsParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCompatibleImagesParameters = TypedDict(
    "ListCompatibleImagesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListLongTermPricingParameters = TypedDict(
    "ListLongTermPricingParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPickupLocationsParameters = TypedDict(
    "ListPickupLocationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ServiceVersion(TypedDict, total=False):
    Version: S

class DependentService(TypedDict, total=False):
    ServiceName: S
    ServiceVersion: X[ServiceVersion]

ListServiceVersionsParameters = TypedDict(
    "ListServiceVersionsParameters",
    {
        "ServiceName": S,
        "ServiceName.$": str,
        "DependentServices": L[Xi[DependentService]],
        "DependentServices.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "Description": S,
        "Description.$": str,
        "Resources": X[JobResource],
        "Resources.$": str,
        "OnDeviceServiceConfiguration": X[OnDeviceServiceConfiguration],
        "OnDeviceServiceConfiguration.$": str,
        "AddressId": S,
        "AddressId.$": str,
        "ShippingOption": S,
        "ShippingOption.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "ForwardingAddressId": S,
        "ForwardingAddressId.$": str,
    },
    total=False,
)
UpdateJobParameters = TypedDict(
    "UpdateJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "Resources": X[JobResource],
        "Resources.$": str,
        "OnDeviceServiceConfiguration": X[OnDeviceServiceConfiguration],
        "OnDeviceServiceConfiguration.$": str,
        "AddressId": S,
        "AddressId.$": str,
        "ShippingOption": S,
        "ShippingOption.$": str,
        "Description": S,
        "Description.$": str,
        "SnowballCapacityPreference": S,
        "SnowballCapacityPreference.$": str,
        "ForwardingAddressId": S,
        "ForwardingAddressId.$": str,
        "PickupDetails": X[PickupDetails],
        "PickupDetails.$": str,
    },
    total=False,
)
UpdateJobShipmentStateParameters = TypedDict(
    "UpdateJobShipmentStateParameters",
    {"JobId": S, "JobId.$": str, "ShipmentState": S, "ShipmentState.$": str},
    total=False,
)
UpdateLongTermPricingParameters = TypedDict(
    "UpdateLongTermPricingParameters",
    {
        "LongTermPricingId": S,
        "LongTermPricingId.$": str,
        "ReplacementJob": S,
        "ReplacementJob.$": str,
        "IsLongTermPricingAutoRenew": B,
        "IsLongTermPricingAutoRenew.$": str,
    },
    total=False,
)
cancel_cluster: Builder[CancelClusterParameters]
cancel_job: Builder[CancelJobParameters]
create_address: Builder[CreateAddressParameters]
create_cluster: Builder[CreateClusterParameters]
create_job: Builder[CreateJobParameters]
create_long_term_pricing: Builder[CreateLongTermPricingParameters]
create_return_shipping_label: Builder[CreateReturnShippingLabelParameters]
describe_address: Builder[DescribeAddressParameters]
describe_addresses: Builder[DescribeAddressesParameters]
describe_cluster: Builder[DescribeClusterParameters]
describe_job: Builder[DescribeJobParameters]
describe_return_shipping_label: Builder[DescribeReturnShippingLabelParameters]
get_job_manifest: Builder[GetJobManifestParameters]
get_job_unlock_code: Builder[GetJobUnlockCodeParameters]
get_snowball_usage: Builder[GetSnowballUsageParameters]
get_software_updates: Builder[GetSoftwareUpdatesParameters]
list_cluster_jobs: Builder[ListClusterJobsParameters]
list_clusters: Builder[ListClustersParameters]
list_compatible_images: Builder[ListCompatibleImagesParameters]
list_jobs: Builder[ListJobsParameters]
list_long_term_pricing: Builder[ListLongTermPricingParameters]
list_pickup_locations: Builder[ListPickupLocationsParameters]
list_service_versions: Builder[ListServiceVersionsParameters]
update_cluster: Builder[UpdateClusterParameters]
update_job: Builder[UpdateJobParameters]
update_job_shipment_state: Builder[UpdateJobShipmentStateParameters]
update_long_term_pricing: Builder[UpdateLongTermPricingParameters]

__all__ = [
    "cancel_cluster",
    "cancel_job",
    "create_address",
    "create_cluster",
    "create_job",
    "create_long_term_pricing",
    "create_return_shipping_label",
    "describe_address",
    "describe_addresses",
    "describe_cluster",
    "describe_job",
    "describe_return_shipping_label",
    "get_job_manifest",
    "get_job_unlock_code",
    "get_snowball_usage",
    "get_software_updates",
    "list_cluster_jobs",
    "list_clusters",
    "list_compatible_images",
    "list_jobs",
    "list_long_term_pricing",
    "list_pickup_locations",
    "list_service_versions",
    "update_cluster",
    "update_job",
    "update_job_shipment_state",
    "update_long_term_pricing",
]
