"""Typed builders of the AWS SDK integration of apprunner (``aws-sdk:apprunner:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateCustomDomainParameters = TypedDict(
    "AssociateCustomDomainParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "EnableWWWSubdomain": B,
        "EnableWWWSubdomain.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAutoScalingConfigurationParameters = TypedDict(
    "CreateAutoScalingConfigurationParameters",
    {
        "AutoScalingConfigurationName": S,
        "AutoScalingConfigurationName.$": str,
        "MaxConcurrency": I,
        "MaxConcurrency.$": str,
        "MinSize": I,
        "MinSize.$": str,
        "MaxSize": I,
        "MaxSize.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "ConnectionName": S,
        "ConnectionName.$": str,
        "ProviderType": S,
        "ProviderType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TraceConfiguration(TypedDict, total=False):
    Vendor: S

CreateObservabilityConfigurationParameters = TypedDict(
    "CreateObservabilityConfigurationParameters",
    {
        "ObservabilityConfigurationName": S,
        "ObservabilityConfigurationName.$": str,
        "TraceConfiguration": X[TraceConfiguration],
        "TraceConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class SourceCodeVersion(TypedDict, total=False):
    Type: S
    Value: S

class CodeConfigurationValues(TypedDict, total=False):
    Runtime: S
    BuildCommand: S
    StartCommand: S
    Port: S
    RuntimeEnvironmentVariables: M[S]
    RuntimeEnvironmentSecrets: M[S]

class CodeConfiguration(TypedDict, total=False):
    ConfigurationSource: S
    CodeConfigurationValues: X[CodeConfigurationValues]

class CodeRepository(TypedDict, total=False):
    RepositoryUrl: S
    SourceCodeVersion: X[SourceCodeVersion]
    CodeConfiguration: X[CodeConfiguration]
    SourceDirectory: S

class ImageConfiguration(TypedDict, total=False):
    RuntimeEnvironmentVariables: M[S]
    StartCommand: S
    Port: S
    RuntimeEnvironmentSecrets: M[S]

class ImageRepository(TypedDict, total=False):
    ImageIdentifier: S
    ImageConfiguration: X[ImageConfiguration]
    ImageRepositoryType: S

class AuthenticationConfiguration(TypedDict, total=False):
    ConnectionArn: S
    AccessRoleArn: S

class SourceConfiguration(TypedDict, total=False):
    CodeRepository: X[CodeRepository]
    ImageRepository: X[ImageRepository]
    AutoDeploymentsEnabled: B
    AuthenticationConfiguration: X[AuthenticationConfiguration]

class InstanceConfiguration(TypedDict, total=False):
    Cpu: S
    Memory: S
    InstanceRoleArn: S

class EncryptionConfiguration(TypedDict, total=False):
    KmsKey: S

class HealthCheckConfiguration(TypedDict, total=False):
    Protocol: S
    Path: S
    Interval: I
    Timeout: I
    HealthyThreshold: I
    UnhealthyThreshold: I

class EgressConfiguration(TypedDict, total=False):
    EgressType: S
    VpcConnectorArn: S

class IngressConfiguration(TypedDict, total=False):
    IsPubliclyAccessible: B

class NetworkConfiguration(TypedDict, total=False):
    EgressConfiguration: X[EgressConfiguration]
    IngressConfiguration: X[IngressConfiguration]
    IpAddressType: S

class ServiceObservabilityConfiguration(TypedDict, total=False):
    ObservabilityEnabled: B
    ObservabilityConfigurationArn: S

CreateServiceParameters = TypedDict(
    "CreateServiceParameters",
    {
        "ServiceName": S,
        "ServiceName.$": str,
        "SourceConfiguration": X[SourceConfiguration],
        "SourceConfiguration.$": str,
        "InstanceConfiguration": X[InstanceConfiguration],
        "InstanceConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "HealthCheckConfiguration": X[HealthCheckConfiguration],
        "HealthCheckConfiguration.$": str,
        "AutoScalingConfigurationArn": S,
        "AutoScalingConfigurationArn.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "ObservabilityConfiguration": X[ServiceObservabilityConfiguration],
        "ObservabilityConfiguration.$": str,
    },
    total=False,
)
CreateVpcConnectorParameters = TypedDict(
    "CreateVpcConnectorParameters",
    {
        "VpcConnectorName": S,
        "VpcConnectorName.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class IngressVpcConfiguration(TypedDict, total=False):
    VpcId: S
    VpcEndpointId: S

CreateVpcIngressConnectionParameters = TypedDict(
    "CreateVpcIngressConnectionParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "VpcIngressConnectionName": S,
        "VpcIngressConnectionName.$": str,
        "IngressVpcConfiguration": X[IngressVpcConfiguration],
        "IngressVpcConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAutoScalingConfigurationParameters = TypedDict(
    "DeleteAutoScalingConfigurationParameters",
    {
        "AutoScalingConfigurationArn": S,
        "AutoScalingConfigurationArn.$": str,
        "DeleteAllRevisions": B,
        "DeleteAllRevisions.$": str,
    },
    total=False,
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters", {"ConnectionArn": S, "ConnectionArn.$": str}, total=False
)
DeleteObservabilityConfigurationParameters = TypedDict(
    "DeleteObservabilityConfigurationParameters",
    {"ObservabilityConfigurationArn": S, "ObservabilityConfigurationArn.$": str},
    total=False,
)
DeleteServiceParameters = TypedDict(
    "DeleteServiceParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
DeleteVpcConnectorParameters = TypedDict(
    "DeleteVpcConnectorParameters", {"VpcConnectorArn": S, "VpcConnectorArn.$": str}, total=False
)
DeleteVpcIngressConnectionParameters = TypedDict(
    "DeleteVpcIngressConnectionParameters",
    {"VpcIngressConnectionArn": S, "VpcIngressConnectionArn.$": str},
    total=False,
)
DescribeAutoScalingConfigurationParameters = TypedDict(
    "DescribeAutoScalingConfigurationParameters",
    {"AutoScalingConfigurationArn": S, "AutoScalingConfigurationArn.$": str},
    total=False,
)
DescribeCustomDomainsParameters = TypedDict(
    "DescribeCustomDomainsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeObservabilityConfigurationParameters = TypedDict(
    "DescribeObservabilityConfigurationParameters",
    {"ObservabilityConfigurationArn": S, "ObservabilityConfigurationArn.$": str},
    total=False,
)
DescribeServiceParameters = TypedDict(
    "DescribeServiceParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
DescribeVpcConnectorParameters = TypedDict(
    "DescribeVpcConnectorParameters", {"VpcConnectorArn": S, "VpcConnectorArn.$": str}, total=False
)
DescribeVpcIngressConnectionParameters = TypedDict(
    "DescribeVpcIngressConnectionParameters",
    {"VpcIngressConnectionArn": S, "VpcIngressConnectionArn.$": str},
    total=False,
)
DisassociateCustomDomainParameters = TypedDict(
    "DisassociateCustomDomainParameters",
    {"ServiceArn": S, "ServiceArn.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
ListAutoScalingConfigurationsParameters = TypedDict(
    "ListAutoScalingConfigurationsParameters",
    {
        "AutoScalingConfigurationName": S,
        "AutoScalingConfigurationName.$": str,
        "LatestOnly": B,
        "LatestOnly.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectionsParameters = TypedDict(
    "ListConnectionsParameters",
    {
        "ConnectionName": S,
        "ConnectionName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListObservabilityConfigurationsParameters = TypedDict(
    "ListObservabilityConfigurationsParameters",
    {
        "ObservabilityConfigurationName": S,
        "ObservabilityConfigurationName.$": str,
        "LatestOnly": B,
        "LatestOnly.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOperationsParameters = TypedDict(
    "ListOperationsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListServicesForAutoScalingConfigurationParameters = TypedDict(
    "ListServicesForAutoScalingConfigurationParameters",
    {
        "AutoScalingConfigurationArn": S,
        "AutoScalingConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListVpcConnectorsParameters = TypedDict(
    "ListVpcConnectorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ListVpcIngressConnectionsFilter(TypedDict, total=False):
    ServiceArn: S
    VpcEndpointId: S

ListVpcIngressConnectionsParameters = TypedDict(
    "ListVpcIngressConnectionsParameters",
    {
        "Filter": X[ListVpcIngressConnectionsFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PauseServiceParameters = TypedDict(
    "PauseServiceParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
ResumeServiceParameters = TypedDict(
    "ResumeServiceParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
StartDeploymentParameters = TypedDict(
    "StartDeploymentParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateDefaultAutoScalingConfigurationParameters = TypedDict(
    "UpdateDefaultAutoScalingConfigurationParameters",
    {"AutoScalingConfigurationArn": S, "AutoScalingConfigurationArn.$": str},
    total=False,
)
UpdateServiceParameters = TypedDict(
    "UpdateServiceParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "SourceConfiguration": X[SourceConfiguration],
        "SourceConfiguration.$": str,
        "InstanceConfiguration": X[InstanceConfiguration],
        "InstanceConfiguration.$": str,
        "AutoScalingConfigurationArn": S,
        "AutoScalingConfigurationArn.$": str,
        "HealthCheckConfiguration": X[HealthCheckConfiguration],
        "HealthCheckConfiguration.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "ObservabilityConfiguration": X[ServiceObservabilityConfiguration],
        "ObservabilityConfiguration.$": str,
    },
    total=False,
)
UpdateVpcIngressConnectionParameters = TypedDict(
    "UpdateVpcIngressConnectionParameters",
    {
        "VpcIngressConnectionArn": S,
        "VpcIngressConnectionArn.$": str,
        "IngressVpcConfiguration": X[IngressVpcConfiguration],
        "IngressVpcConfiguration.$": str,
    },
    total=False,
)
associate_custom_domain: Builder[AssociateCustomDomainParameters]
create_auto_scaling_configuration: Builder[CreateAutoScalingConfigurationParameters]
create_connection: Builder[CreateConnectionParameters]
create_observability_configuration: Builder[CreateObservabilityConfigurationParameters]
create_service: Builder[CreateServiceParameters]
create_vpc_connector: Builder[CreateVpcConnectorParameters]
create_vpc_ingress_connection: Builder[CreateVpcIngressConnectionParameters]
delete_auto_scaling_configuration: Builder[DeleteAutoScalingConfigurationParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_observability_configuration: Builder[DeleteObservabilityConfigurationParameters]
delete_service: Builder[DeleteServiceParameters]
delete_vpc_connector: Builder[DeleteVpcConnectorParameters]
delete_vpc_ingress_connection: Builder[DeleteVpcIngressConnectionParameters]
describe_auto_scaling_configuration: Builder[DescribeAutoScalingConfigurationParameters]
describe_custom_domains: Builder[DescribeCustomDomainsParameters]
describe_observability_configuration: Builder[DescribeObservabilityConfigurationParameters]
describe_service: Builder[DescribeServiceParameters]
describe_vpc_connector: Builder[DescribeVpcConnectorParameters]
describe_vpc_ingress_connection: Builder[DescribeVpcIngressConnectionParameters]
disassociate_custom_domain: Builder[DisassociateCustomDomainParameters]
list_auto_scaling_configurations: Builder[ListAutoScalingConfigurationsParameters]
list_connections: Builder[ListConnectionsParameters]
list_observability_configurations: Builder[ListObservabilityConfigurationsParameters]
list_operations: Builder[ListOperationsParameters]
list_services: Builder[ListServicesParameters]
list_services_for_auto_scaling_configuration: Builder[
    ListServicesForAutoScalingConfigurationParameters
]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vpc_connectors: Builder[ListVpcConnectorsParameters]
list_vpc_ingress_connections: Builder[ListVpcIngressConnectionsParameters]
pause_service: Builder[PauseServiceParameters]
resume_service: Builder[ResumeServiceParameters]
start_deployment: Builder[StartDeploymentParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_default_auto_scaling_configuration: Builder[UpdateDefaultAutoScalingConfigurationParameters]
update_service: Builder[UpdateServiceParameters]
update_vpc_ingress_connection: Builder[UpdateVpcIngressConnectionParameters]

__all__ = [
    "associate_custom_domain",
    "create_auto_scaling_configuration",
    "create_connection",
    "create_observability_configuration",
    "create_service",
    "create_vpc_connector",
    "create_vpc_ingress_connection",
    "delete_auto_scaling_configuration",
    "delete_connection",
    "delete_observability_configuration",
    "delete_service",
    "delete_vpc_connector",
    "delete_vpc_ingress_connection",
    "describe_auto_scaling_configuration",
    "describe_custom_domains",
    "describe_observability_configuration",
    "describe_service",
    "describe_vpc_connector",
    "describe_vpc_ingress_connection",
    "disassociate_custom_domain",
    "list_auto_scaling_configurations",
    "list_connections",
    "list_observability_configurations",
    "list_operations",
    "list_services",
    "list_services_for_auto_scaling_configuration",
    "list_tags_for_resource",
    "list_vpc_connectors",
    "list_vpc_ingress_connections",
    "pause_service",
    "resume_service",
    "start_deployment",
    "tag_resource",
    "untag_resource",
    "update_default_auto_scaling_configuration",
    "update_service",
    "update_vpc_ingress_connection",
]
