"""Typed builders of the AWS SDK integration of route53 (``aws-sdk:route53:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

ActivateKeySigningKeyParameters = TypedDict(
    "ActivateKeySigningKeyParameters",
    {"HostedZoneId": S, "HostedZoneId.$": str, "Name": S, "Name.$": str},
    total=False,
)

class VPC(TypedDict, total=False):
    VpcRegion: S
    VpcId: S

AssociateVPCWithHostedZoneParameters = TypedDict(
    "AssociateVPCWithHostedZoneParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "Vpc": X[VPC],
        "Vpc.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)

class CidrCollectionChange(TypedDict, total=False):
    LocationName: S
    Action: S
    CidrList: L[Si]

ChangeCidrCollectionParameters = TypedDict(
    "ChangeCidrCollectionParameters",
    {
        "Id": S,
        "Id.$": str,
        "CollectionVersion": I,
        "CollectionVersion.$": str,
        "Changes": L[Xi[CidrCollectionChange]],
        "Changes.$": str,
    },
    total=False,
)

class GeoLocation(TypedDict, total=False):
    ContinentCode: S
    CountryCode: S
    SubdivisionCode: S

class ResourceRecord(TypedDict, total=False):
    Value: S

class AliasTarget(TypedDict, total=False):
    HostedZoneId: S
    DnsName: S
    EvaluateTargetHealth: B

class CidrRoutingConfig(TypedDict, total=False):
    CollectionId: S
    LocationName: S

class Coordinates(TypedDict, total=False):
    Latitude: S
    Longitude: S

class GeoProximityLocation(TypedDict, total=False):
    AwsRegion: S
    LocalZoneGroup: S
    Coordinates: X[Coordinates]
    Bias: I

class AZAffinity(TypedDict, total=False):
    LocationType: S
    LocationId: S

class ResourceRecordSet(TypedDict, total=False):
    Name: S
    Type: S
    SetIdentifier: S
    Weight: I
    Region: S
    GeoLocation: X[GeoLocation]
    Failover: S
    MultiValueAnswer: B
    Ttl: I
    ResourceRecords: L[Xi[ResourceRecord]]
    AliasTarget: X[AliasTarget]
    HealthCheckId: S
    TrafficPolicyInstanceId: S
    CidrRoutingConfig: X[CidrRoutingConfig]
    GeoProximityLocation: X[GeoProximityLocation]
    AzAffinity: X[AZAffinity]

class Change(TypedDict, total=False):
    Action: S
    ResourceRecordSet: X[ResourceRecordSet]

class ChangeBatch(TypedDict, total=False):
    Comment: S
    Changes: L[Xi[Change]]

ChangeResourceRecordSetsParameters = TypedDict(
    "ChangeResourceRecordSetsParameters",
    {"HostedZoneId": S, "HostedZoneId.$": str, "ChangeBatch": X[ChangeBatch], "ChangeBatch.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

ChangeTagsForResourceParameters = TypedDict(
    "ChangeTagsForResourceParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "AddTags": L[Xi[Tag]],
        "AddTags.$": str,
        "RemoveTagKeys": L[Si],
        "RemoveTagKeys.$": str,
    },
    total=False,
)
CreateCidrCollectionParameters = TypedDict(
    "CreateCidrCollectionParameters",
    {"Name": S, "Name.$": str, "CallerReference": S, "CallerReference.$": str},
    total=False,
)

class AlarmIdentifier(TypedDict, total=False):
    Region: S
    Name: S

class HealthCheckConfig(TypedDict, total=False):
    IpAddress: S
    Port: I
    Type: S
    ResourcePath: S
    FullyQualifiedDomainName: S
    SearchString: S
    RequestInterval: I
    FailureThreshold: I
    MeasureLatency: B
    Inverted: B
    Disabled: B
    HealthThreshold: I
    ChildHealthChecks: L[Si]
    EnableSNI: B
    Regions: L[Si]
    AlarmIdentifier: X[AlarmIdentifier]
    InsufficientDataHealthStatus: S
    RoutingControlArn: S
    EndpointType: S
    HealthCheckSourceId: S

CreateHealthCheckParameters = TypedDict(
    "CreateHealthCheckParameters",
    {
        "CallerReference": S,
        "CallerReference.$": str,
        "HealthCheckConfig": X[HealthCheckConfig],
        "HealthCheckConfig.$": str,
    },
    total=False,
)

class SubnetConfiguration(TypedDict, total=False):
    SubnetId: S
    AvailabilityZoneId: S
    SecurityGroupIdList: L[Si]

class HealthCheckSourceConfig(TypedDict, total=False):
    VpcId: S
    SubnetConfigurationList: L[Xi[SubnetConfiguration]]

CreateHealthCheckSourceParameters = TypedDict(
    "CreateHealthCheckSourceParameters",
    {
        "CallerReference": S,
        "CallerReference.$": str,
        "HealthCheckSourceConfig": X[HealthCheckSourceConfig],
        "HealthCheckSourceConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class HostedZoneConfig(TypedDict, total=False):
    Comment: S
    PrivateZone: B
    HostedZoneTier: S

class ChangeGuardrail(TypedDict, total=False):
    Name: S
    Status: S

CreateHostedZoneParameters = TypedDict(
    "CreateHostedZoneParameters",
    {
        "Name": S,
        "Name.$": str,
        "Vpc": X[VPC],
        "Vpc.$": str,
        "CallerReference": S,
        "CallerReference.$": str,
        "HostedZoneConfig": X[HostedZoneConfig],
        "HostedZoneConfig.$": str,
        "DelegationSetId": S,
        "DelegationSetId.$": str,
        "EnablePublicDNSFallback": B,
        "EnablePublicDNSFallback.$": str,
        "ChangeGuardrails": L[Xi[ChangeGuardrail]],
        "ChangeGuardrails.$": str,
    },
    total=False,
)
CreateKeySigningKeyParameters = TypedDict(
    "CreateKeySigningKeyParameters",
    {
        "CallerReference": S,
        "CallerReference.$": str,
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "KeyManagementServiceArn": S,
        "KeyManagementServiceArn.$": str,
        "Name": S,
        "Name.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
CreateQueryLoggingConfigParameters = TypedDict(
    "CreateQueryLoggingConfigParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "CloudWatchLogsLogGroupArn": S,
        "CloudWatchLogsLogGroupArn.$": str,
    },
    total=False,
)

class ResourceRecordSetProtectionConfig(TypedDict, total=False):
    RecordName: S
    RecordType: S
    Comment: S

CreateResourceRecordSetProtectionsParameters = TypedDict(
    "CreateResourceRecordSetProtectionsParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "Protections": L[Xi[ResourceRecordSetProtectionConfig]],
        "Protections.$": str,
    },
    total=False,
)
CreateReusableDelegationSetParameters = TypedDict(
    "CreateReusableDelegationSetParameters",
    {"CallerReference": S, "CallerReference.$": str, "HostedZoneId": S, "HostedZoneId.$": str},
    total=False,
)
CreateTrafficPolicyParameters = TypedDict(
    "CreateTrafficPolicyParameters",
    {"Name": S, "Name.$": str, "Document": S, "Document.$": str, "Comment": S, "Comment.$": str},
    total=False,
)
CreateTrafficPolicyInstanceParameters = TypedDict(
    "CreateTrafficPolicyInstanceParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "Name": S,
        "Name.$": str,
        "Ttl": I,
        "Ttl.$": str,
        "TrafficPolicyId": S,
        "TrafficPolicyId.$": str,
        "TrafficPolicyVersion": I,
        "TrafficPolicyVersion.$": str,
    },
    total=False,
)
CreateTrafficPolicyVersionParameters = TypedDict(
    "CreateTrafficPolicyVersionParameters",
    {"Id": S, "Id.$": str, "Document": S, "Document.$": str, "Comment": S, "Comment.$": str},
    total=False,
)
CreateVPCAssociationAuthorizationParameters = TypedDict(
    "CreateVPCAssociationAuthorizationParameters",
    {"HostedZoneId": S, "HostedZoneId.$": str, "Vpc": X[VPC], "Vpc.$": str},
    total=False,
)
DeactivateKeySigningKeyParameters = TypedDict(
    "DeactivateKeySigningKeyParameters",
    {"HostedZoneId": S, "HostedZoneId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteCidrCollectionParameters = TypedDict(
    "DeleteCidrCollectionParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteHealthCheckParameters = TypedDict(
    "DeleteHealthCheckParameters", {"HealthCheckId": S, "HealthCheckId.$": str}, total=False
)
DeleteHealthCheckSourceParameters = TypedDict(
    "DeleteHealthCheckSourceParameters",
    {"HealthCheckSourceId": S, "HealthCheckSourceId.$": str},
    total=False,
)
DeleteHostedZoneParameters = TypedDict(
    "DeleteHostedZoneParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteKeySigningKeyParameters = TypedDict(
    "DeleteKeySigningKeyParameters",
    {"HostedZoneId": S, "HostedZoneId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteQueryLoggingConfigParameters = TypedDict(
    "DeleteQueryLoggingConfigParameters", {"Id": S, "Id.$": str}, total=False
)

class ResourceRecordSetProtectionKey(TypedDict, total=False):
    RecordName: S
    RecordType: S

DeleteResourceRecordSetProtectionsParameters = TypedDict(
    "DeleteResourceRecordSetProtectionsParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "Protections": L[Xi[ResourceRecordSetProtectionKey]],
        "Protections.$": str,
    },
    total=False,
)
DeleteReusableDelegationSetParameters = TypedDict(
    "DeleteReusableDelegationSetParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteTrafficPolicyParameters = TypedDict(
    "DeleteTrafficPolicyParameters",
    {"Id": S, "Id.$": str, "Version": I, "Version.$": str},
    total=False,
)
DeleteTrafficPolicyInstanceParameters = TypedDict(
    "DeleteTrafficPolicyInstanceParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteVPCAssociationAuthorizationParameters = TypedDict(
    "DeleteVPCAssociationAuthorizationParameters",
    {"HostedZoneId": S, "HostedZoneId.$": str, "Vpc": X[VPC], "Vpc.$": str},
    total=False,
)
DisableHostedZoneDNSSECParameters = TypedDict(
    "DisableHostedZoneDNSSECParameters", {"HostedZoneId": S, "HostedZoneId.$": str}, total=False
)
DisassociateVPCFromHostedZoneParameters = TypedDict(
    "DisassociateVPCFromHostedZoneParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "Vpc": X[VPC],
        "Vpc.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)
EnableHostedZoneDNSSECParameters = TypedDict(
    "EnableHostedZoneDNSSECParameters", {"HostedZoneId": S, "HostedZoneId.$": str}, total=False
)
GetAccountLimitParameters = TypedDict(
    "GetAccountLimitParameters", {"Type": S, "Type.$": str}, total=False
)
GetChangeParameters = TypedDict("GetChangeParameters", {"Id": S, "Id.$": str}, total=False)

class GetCheckerIpRangesParameters(TypedDict, total=False): ...

GetDNSSECParameters = TypedDict(
    "GetDNSSECParameters", {"HostedZoneId": S, "HostedZoneId.$": str}, total=False
)
GetGeoLocationParameters = TypedDict(
    "GetGeoLocationParameters",
    {
        "ContinentCode": S,
        "ContinentCode.$": str,
        "CountryCode": S,
        "CountryCode.$": str,
        "SubdivisionCode": S,
        "SubdivisionCode.$": str,
    },
    total=False,
)
GetHealthCheckParameters = TypedDict(
    "GetHealthCheckParameters", {"HealthCheckId": S, "HealthCheckId.$": str}, total=False
)

class GetHealthCheckCountParameters(TypedDict, total=False): ...

GetHealthCheckLastFailureReasonParameters = TypedDict(
    "GetHealthCheckLastFailureReasonParameters",
    {"HealthCheckId": S, "HealthCheckId.$": str},
    total=False,
)
GetHealthCheckSourceParameters = TypedDict(
    "GetHealthCheckSourceParameters",
    {"HealthCheckSourceId": S, "HealthCheckSourceId.$": str},
    total=False,
)
GetHealthCheckStatusParameters = TypedDict(
    "GetHealthCheckStatusParameters", {"HealthCheckId": S, "HealthCheckId.$": str}, total=False
)
GetHostedZoneParameters = TypedDict("GetHostedZoneParameters", {"Id": S, "Id.$": str}, total=False)
GetHostedZoneChangeBatchParameters = TypedDict(
    "GetHostedZoneChangeBatchParameters",
    {"HostedZoneId": S, "HostedZoneId.$": str, "ChangeId": S, "ChangeId.$": str},
    total=False,
)

class GetHostedZoneCountParameters(TypedDict, total=False): ...

GetHostedZoneLimitParameters = TypedDict(
    "GetHostedZoneLimitParameters",
    {"Type": S, "Type.$": str, "HostedZoneId": S, "HostedZoneId.$": str},
    total=False,
)
GetQueryLoggingConfigParameters = TypedDict(
    "GetQueryLoggingConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetReusableDelegationSetParameters = TypedDict(
    "GetReusableDelegationSetParameters", {"Id": S, "Id.$": str}, total=False
)
GetReusableDelegationSetLimitParameters = TypedDict(
    "GetReusableDelegationSetLimitParameters",
    {"Type": S, "Type.$": str, "DelegationSetId": S, "DelegationSetId.$": str},
    total=False,
)
GetTrafficPolicyParameters = TypedDict(
    "GetTrafficPolicyParameters",
    {"Id": S, "Id.$": str, "Version": I, "Version.$": str},
    total=False,
)
GetTrafficPolicyInstanceParameters = TypedDict(
    "GetTrafficPolicyInstanceParameters", {"Id": S, "Id.$": str}, total=False
)

class GetTrafficPolicyInstanceCountParameters(TypedDict, total=False): ...

ListCidrBlocksParameters = TypedDict(
    "ListCidrBlocksParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "LocationName": S,
        "LocationName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
    },
    total=False,
)
ListCidrCollectionsParameters = TypedDict(
    "ListCidrCollectionsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": S, "MaxResults.$": str},
    total=False,
)
ListCidrLocationsParameters = TypedDict(
    "ListCidrLocationsParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
    },
    total=False,
)
ListGeoLocationsParameters = TypedDict(
    "ListGeoLocationsParameters",
    {
        "StartContinentCode": S,
        "StartContinentCode.$": str,
        "StartCountryCode": S,
        "StartCountryCode.$": str,
        "StartSubdivisionCode": S,
        "StartSubdivisionCode.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListHealthCheckSourcesParameters = TypedDict(
    "ListHealthCheckSourcesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": S, "MaxResults.$": str},
    total=False,
)
ListHealthChecksParameters = TypedDict(
    "ListHealthChecksParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListHealthChecksBySourceParameters = TypedDict(
    "ListHealthChecksBySourceParameters",
    {
        "HealthCheckSourceId": S,
        "HealthCheckSourceId.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListHostedZoneChangeBatchesParameters = TypedDict(
    "ListHostedZoneChangeBatchesParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "SubmittedAfter": S,
        "SubmittedAfter.$": str,
        "SubmittedBefore": S,
        "SubmittedBefore.$": str,
        "StartAfterChangeId": S,
        "StartAfterChangeId.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListHostedZonesParameters = TypedDict(
    "ListHostedZonesParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "DelegationSetId": S,
        "DelegationSetId.$": str,
        "HostedZoneType": S,
        "HostedZoneType.$": str,
    },
    total=False,
)
ListHostedZonesByNameParameters = TypedDict(
    "ListHostedZonesByNameParameters",
    {
        "DnsName": S,
        "DnsName.$": str,
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListHostedZonesByVPCParameters = TypedDict(
    "ListHostedZonesByVPCParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "VpcRegion": S,
        "VpcRegion.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListQueryLoggingConfigsParameters = TypedDict(
    "ListQueryLoggingConfigsParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceRecordSetChangesParameters = TypedDict(
    "ListResourceRecordSetChangesParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "RecordName": S,
        "RecordName.$": str,
        "RecordType": S,
        "RecordType.$": str,
        "SubmittedAfter": S,
        "SubmittedAfter.$": str,
        "SubmittedBefore": S,
        "SubmittedBefore.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceRecordSetProtectionsParameters = TypedDict(
    "ListResourceRecordSetProtectionsParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "StartRecordName": S,
        "StartRecordName.$": str,
        "StartRecordType": S,
        "StartRecordType.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceRecordSetsParameters = TypedDict(
    "ListResourceRecordSetsParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "StartRecordName": S,
        "StartRecordName.$": str,
        "StartRecordType": S,
        "StartRecordType.$": str,
        "StartRecordIdentifier": S,
        "StartRecordIdentifier.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListReusableDelegationSetsParameters = TypedDict(
    "ListReusableDelegationSetsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceType": S, "ResourceType.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
ListTagsForResourcesParameters = TypedDict(
    "ListTagsForResourcesParameters",
    {"ResourceType": S, "ResourceType.$": str, "ResourceIds": L[Si], "ResourceIds.$": str},
    total=False,
)
ListTrafficPoliciesParameters = TypedDict(
    "ListTrafficPoliciesParameters",
    {"TrafficPolicyIdMarker": S, "TrafficPolicyIdMarker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListTrafficPolicyInstancesParameters = TypedDict(
    "ListTrafficPolicyInstancesParameters",
    {
        "HostedZoneIdMarker": S,
        "HostedZoneIdMarker.$": str,
        "TrafficPolicyInstanceNameMarker": S,
        "TrafficPolicyInstanceNameMarker.$": str,
        "TrafficPolicyInstanceTypeMarker": S,
        "TrafficPolicyInstanceTypeMarker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListTrafficPolicyInstancesByHostedZoneParameters = TypedDict(
    "ListTrafficPolicyInstancesByHostedZoneParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "TrafficPolicyInstanceNameMarker": S,
        "TrafficPolicyInstanceNameMarker.$": str,
        "TrafficPolicyInstanceTypeMarker": S,
        "TrafficPolicyInstanceTypeMarker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListTrafficPolicyInstancesByPolicyParameters = TypedDict(
    "ListTrafficPolicyInstancesByPolicyParameters",
    {
        "TrafficPolicyId": S,
        "TrafficPolicyId.$": str,
        "TrafficPolicyVersion": I,
        "TrafficPolicyVersion.$": str,
        "HostedZoneIdMarker": S,
        "HostedZoneIdMarker.$": str,
        "TrafficPolicyInstanceNameMarker": S,
        "TrafficPolicyInstanceNameMarker.$": str,
        "TrafficPolicyInstanceTypeMarker": S,
        "TrafficPolicyInstanceTypeMarker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListTrafficPolicyVersionsParameters = TypedDict(
    "ListTrafficPolicyVersionsParameters",
    {
        "Id": S,
        "Id.$": str,
        "TrafficPolicyVersionMarker": S,
        "TrafficPolicyVersionMarker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListVPCAssociationAuthorizationsParameters = TypedDict(
    "ListVPCAssociationAuthorizationsParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
    },
    total=False,
)
TestDNSAnswerParameters = TypedDict(
    "TestDNSAnswerParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "RecordName": S,
        "RecordName.$": str,
        "RecordType": S,
        "RecordType.$": str,
        "ResolverIP": S,
        "ResolverIP.$": str,
        "Edns0ClientSubnetIP": S,
        "Edns0ClientSubnetIP.$": str,
        "Edns0ClientSubnetMask": S,
        "Edns0ClientSubnetMask.$": str,
    },
    total=False,
)
UpdateHealthCheckParameters = TypedDict(
    "UpdateHealthCheckParameters",
    {
        "HealthCheckId": S,
        "HealthCheckId.$": str,
        "HealthCheckVersion": I,
        "HealthCheckVersion.$": str,
        "IpAddress": S,
        "IpAddress.$": str,
        "Port": I,
        "Port.$": str,
        "ResourcePath": S,
        "ResourcePath.$": str,
        "FullyQualifiedDomainName": S,
        "FullyQualifiedDomainName.$": str,
        "SearchString": S,
        "SearchString.$": str,
        "FailureThreshold": I,
        "FailureThreshold.$": str,
        "Inverted": B,
        "Inverted.$": str,
        "Disabled": B,
        "Disabled.$": str,
        "HealthThreshold": I,
        "HealthThreshold.$": str,
        "ChildHealthChecks": L[Si],
        "ChildHealthChecks.$": str,
        "EnableSNI": B,
        "EnableSNI.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "AlarmIdentifier": X[AlarmIdentifier],
        "AlarmIdentifier.$": str,
        "InsufficientDataHealthStatus": S,
        "InsufficientDataHealthStatus.$": str,
        "ResetElements": L[Si],
        "ResetElements.$": str,
        "HealthCheckSourceId": S,
        "HealthCheckSourceId.$": str,
    },
    total=False,
)
UpdateHostedZoneCommentParameters = TypedDict(
    "UpdateHostedZoneCommentParameters",
    {"Id": S, "Id.$": str, "Comment": S, "Comment.$": str},
    total=False,
)
UpdateHostedZoneFeaturesParameters = TypedDict(
    "UpdateHostedZoneFeaturesParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "EnableAcceleratedRecovery": B,
        "EnableAcceleratedRecovery.$": str,
        "EnablePublicDNSFallback": B,
        "EnablePublicDNSFallback.$": str,
        "ChangeGuardrails": L[Xi[ChangeGuardrail]],
        "ChangeGuardrails.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UpdateHostedZoneTierParameters = TypedDict(
    "UpdateHostedZoneTierParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "HostedZoneTier": S,
        "HostedZoneTier.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UpdateTrafficPolicyCommentParameters = TypedDict(
    "UpdateTrafficPolicyCommentParameters",
    {"Id": S, "Id.$": str, "Version": I, "Version.$": str, "Comment": S, "Comment.$": str},
    total=False,
)
UpdateTrafficPolicyInstanceParameters = TypedDict(
    "UpdateTrafficPolicyInstanceParameters",
    {
        "Id": S,
        "Id.$": str,
        "Ttl": I,
        "Ttl.$": str,
        "TrafficPolicyId": S,
        "TrafficPolicyId.$": str,
        "TrafficPolicyVersion": I,
        "TrafficPolicyVersion.$": str,
    },
    total=False,
)
activate_key_signing_key: Builder[ActivateKeySigningKeyParameters]
associate_vpc_with_hosted_zone: Builder[AssociateVPCWithHostedZoneParameters]
change_cidr_collection: Builder[ChangeCidrCollectionParameters]
change_resource_record_sets: Builder[ChangeResourceRecordSetsParameters]
change_tags_for_resource: Builder[ChangeTagsForResourceParameters]
create_cidr_collection: Builder[CreateCidrCollectionParameters]
create_health_check: Builder[CreateHealthCheckParameters]
create_health_check_source: Builder[CreateHealthCheckSourceParameters]
create_hosted_zone: Builder[CreateHostedZoneParameters]
create_key_signing_key: Builder[CreateKeySigningKeyParameters]
create_query_logging_config: Builder[CreateQueryLoggingConfigParameters]
create_resource_record_set_protections: Builder[CreateResourceRecordSetProtectionsParameters]
create_reusable_delegation_set: Builder[CreateReusableDelegationSetParameters]
create_traffic_policy: Builder[CreateTrafficPolicyParameters]
create_traffic_policy_instance: Builder[CreateTrafficPolicyInstanceParameters]
create_traffic_policy_version: Builder[CreateTrafficPolicyVersionParameters]
create_vpc_association_authorization: Builder[CreateVPCAssociationAuthorizationParameters]
deactivate_key_signing_key: Builder[DeactivateKeySigningKeyParameters]
delete_cidr_collection: Builder[DeleteCidrCollectionParameters]
delete_health_check: Builder[DeleteHealthCheckParameters]
delete_health_check_source: Builder[DeleteHealthCheckSourceParameters]
delete_hosted_zone: Builder[DeleteHostedZoneParameters]
delete_key_signing_key: Builder[DeleteKeySigningKeyParameters]
delete_query_logging_config: Builder[DeleteQueryLoggingConfigParameters]
delete_resource_record_set_protections: Builder[DeleteResourceRecordSetProtectionsParameters]
delete_reusable_delegation_set: Builder[DeleteReusableDelegationSetParameters]
delete_traffic_policy: Builder[DeleteTrafficPolicyParameters]
delete_traffic_policy_instance: Builder[DeleteTrafficPolicyInstanceParameters]
delete_vpc_association_authorization: Builder[DeleteVPCAssociationAuthorizationParameters]
disable_hosted_zone_dnssec: Builder[DisableHostedZoneDNSSECParameters]
disassociate_vpc_from_hosted_zone: Builder[DisassociateVPCFromHostedZoneParameters]
enable_hosted_zone_dnssec: Builder[EnableHostedZoneDNSSECParameters]
get_account_limit: Builder[GetAccountLimitParameters]
get_change: Builder[GetChangeParameters]
get_checker_ip_ranges: Builder[GetCheckerIpRangesParameters]
get_dnssec: Builder[GetDNSSECParameters]
get_geo_location: Builder[GetGeoLocationParameters]
get_health_check: Builder[GetHealthCheckParameters]
get_health_check_count: Builder[GetHealthCheckCountParameters]
get_health_check_last_failure_reason: Builder[GetHealthCheckLastFailureReasonParameters]
get_health_check_source: Builder[GetHealthCheckSourceParameters]
get_health_check_status: Builder[GetHealthCheckStatusParameters]
get_hosted_zone: Builder[GetHostedZoneParameters]
get_hosted_zone_change_batch: Builder[GetHostedZoneChangeBatchParameters]
get_hosted_zone_count: Builder[GetHostedZoneCountParameters]
get_hosted_zone_limit: Builder[GetHostedZoneLimitParameters]
get_query_logging_config: Builder[GetQueryLoggingConfigParameters]
get_reusable_delegation_set: Builder[GetReusableDelegationSetParameters]
get_reusable_delegation_set_limit: Builder[GetReusableDelegationSetLimitParameters]
get_traffic_policy: Builder[GetTrafficPolicyParameters]
get_traffic_policy_instance: Builder[GetTrafficPolicyInstanceParameters]
get_traffic_policy_instance_count: Builder[GetTrafficPolicyInstanceCountParameters]
list_cidr_blocks: Builder[ListCidrBlocksParameters]
list_cidr_collections: Builder[ListCidrCollectionsParameters]
list_cidr_locations: Builder[ListCidrLocationsParameters]
list_geo_locations: Builder[ListGeoLocationsParameters]
list_health_check_sources: Builder[ListHealthCheckSourcesParameters]
list_health_checks: Builder[ListHealthChecksParameters]
list_health_checks_by_source: Builder[ListHealthChecksBySourceParameters]
list_hosted_zone_change_batches: Builder[ListHostedZoneChangeBatchesParameters]
list_hosted_zones: Builder[ListHostedZonesParameters]
list_hosted_zones_by_name: Builder[ListHostedZonesByNameParameters]
list_hosted_zones_by_vpc: Builder[ListHostedZonesByVPCParameters]
list_query_logging_configs: Builder[ListQueryLoggingConfigsParameters]
list_resource_record_set_changes: Builder[ListResourceRecordSetChangesParameters]
list_resource_record_set_protections: Builder[ListResourceRecordSetProtectionsParameters]
list_resource_record_sets: Builder[ListResourceRecordSetsParameters]
list_reusable_delegation_sets: Builder[ListReusableDelegationSetsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tags_for_resources: Builder[ListTagsForResourcesParameters]
list_traffic_policies: Builder[ListTrafficPoliciesParameters]
list_traffic_policy_instances: Builder[ListTrafficPolicyInstancesParameters]
list_traffic_policy_instances_by_hosted_zone: Builder[
    ListTrafficPolicyInstancesByHostedZoneParameters
]
list_traffic_policy_instances_by_policy: Builder[ListTrafficPolicyInstancesByPolicyParameters]
list_traffic_policy_versions: Builder[ListTrafficPolicyVersionsParameters]
list_vpc_association_authorizations: Builder[ListVPCAssociationAuthorizationsParameters]
test_dns_answer: Builder[TestDNSAnswerParameters]
update_health_check: Builder[UpdateHealthCheckParameters]
update_hosted_zone_comment: Builder[UpdateHostedZoneCommentParameters]
update_hosted_zone_features: Builder[UpdateHostedZoneFeaturesParameters]
update_hosted_zone_tier: Builder[UpdateHostedZoneTierParameters]
update_traffic_policy_comment: Builder[UpdateTrafficPolicyCommentParameters]
update_traffic_policy_instance: Builder[UpdateTrafficPolicyInstanceParameters]

__all__ = [
    "activate_key_signing_key",
    "associate_vpc_with_hosted_zone",
    "change_cidr_collection",
    "change_resource_record_sets",
    "change_tags_for_resource",
    "create_cidr_collection",
    "create_health_check",
    "create_health_check_source",
    "create_hosted_zone",
    "create_key_signing_key",
    "create_query_logging_config",
    "create_resource_record_set_protections",
    "create_reusable_delegation_set",
    "create_traffic_policy",
    "create_traffic_policy_instance",
    "create_traffic_policy_version",
    "create_vpc_association_authorization",
    "deactivate_key_signing_key",
    "delete_cidr_collection",
    "delete_health_check",
    "delete_health_check_source",
    "delete_hosted_zone",
    "delete_key_signing_key",
    "delete_query_logging_config",
    "delete_resource_record_set_protections",
    "delete_reusable_delegation_set",
    "delete_traffic_policy",
    "delete_traffic_policy_instance",
    "delete_vpc_association_authorization",
    "disable_hosted_zone_dnssec",
    "disassociate_vpc_from_hosted_zone",
    "enable_hosted_zone_dnssec",
    "get_account_limit",
    "get_change",
    "get_checker_ip_ranges",
    "get_dnssec",
    "get_geo_location",
    "get_health_check",
    "get_health_check_count",
    "get_health_check_last_failure_reason",
    "get_health_check_source",
    "get_health_check_status",
    "get_hosted_zone",
    "get_hosted_zone_change_batch",
    "get_hosted_zone_count",
    "get_hosted_zone_limit",
    "get_query_logging_config",
    "get_reusable_delegation_set",
    "get_reusable_delegation_set_limit",
    "get_traffic_policy",
    "get_traffic_policy_instance",
    "get_traffic_policy_instance_count",
    "list_cidr_blocks",
    "list_cidr_collections",
    "list_cidr_locations",
    "list_geo_locations",
    "list_health_check_sources",
    "list_health_checks",
    "list_health_checks_by_source",
    "list_hosted_zone_change_batches",
    "list_hosted_zones",
    "list_hosted_zones_by_name",
    "list_hosted_zones_by_vpc",
    "list_query_logging_configs",
    "list_resource_record_set_changes",
    "list_resource_record_set_protections",
    "list_resource_record_sets",
    "list_reusable_delegation_sets",
    "list_tags_for_resource",
    "list_tags_for_resources",
    "list_traffic_policies",
    "list_traffic_policy_instances",
    "list_traffic_policy_instances_by_hosted_zone",
    "list_traffic_policy_instances_by_policy",
    "list_traffic_policy_versions",
    "list_vpc_association_authorizations",
    "test_dns_answer",
    "update_health_check",
    "update_hosted_zone_comment",
    "update_hosted_zone_features",
    "update_hosted_zone_tier",
    "update_traffic_policy_comment",
    "update_traffic_policy_instance",
]
