"""Typed builders of the AWS SDK integration of elbproxy (``aws-sdk:elbproxy:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateCertificateParameters = TypedDict(
    "AssociateCertificateParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "CertificateIdentifier": S,
        "CertificateIdentifier.$": str,
    },
    total=False,
)

class ConfigurationFile(TypedDict, total=False):
    ConfigurationBytes: S

class ConfigurationArchive(TypedDict, total=False):
    ConfigurationBytes: S

class ProxyConfiguration(TypedDict, total=False):
    ConfigurationFile: X[ConfigurationFile]
    ConfigurationArchive: X[ConfigurationArchive]

class ProxyIpAddressingConfiguration(TypedDict, total=False):
    Ipv4Addressability: S
    Ipv6Addressability: S

class ProxyIpConfiguration(TypedDict, total=False):
    IpAddressingConfiguration: X[ProxyIpAddressingConfiguration]

class SubnetDetails(TypedDict, total=False):
    SubnetId: S

class SecurityGroupDetails(TypedDict, total=False):
    SecurityGroupId: S

class ProxyVpcUserConfiguration(TypedDict, total=False):
    Subnets: L[Xi[SubnetDetails]]
    SecurityGroups: L[Xi[SecurityGroupDetails]]

class ProxyNetworkUserConfiguration(TypedDict, total=False):
    IpConfiguration: X[ProxyIpConfiguration]
    VpcConfiguration: X[ProxyVpcUserConfiguration]

class Attribute(TypedDict, total=False):
    Key: S
    Value: S

CreateProxyParameters = TypedDict(
    "CreateProxyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "ProxyVersion": S,
        "ProxyVersion.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Configuration": X[ProxyConfiguration],
        "Configuration.$": str,
        "NetworkConfiguration": X[ProxyNetworkUserConfiguration],
        "NetworkConfiguration.$": str,
        "Attributes": L[Xi[Attribute]],
        "Attributes.$": str,
        "CustomerKmsKeyArn": S,
        "CustomerKmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteProxyParameters = TypedDict(
    "DeleteProxyParameters", {"ProxyIdentifier": S, "ProxyIdentifier.$": str}, total=False
)
DisassociateCertificateParameters = TypedDict(
    "DisassociateCertificateParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "CertificateIdentifier": S,
        "CertificateIdentifier.$": str,
    },
    total=False,
)
GetProxyParameters = TypedDict(
    "GetProxyParameters", {"ProxyIdentifier": S, "ProxyIdentifier.$": str}, total=False
)
GetProxyAttributesParameters = TypedDict(
    "GetProxyAttributesParameters", {"ProxyIdentifier": S, "ProxyIdentifier.$": str}, total=False
)
GetProxyConfigurationContentsParameters = TypedDict(
    "GetProxyConfigurationContentsParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "IncludeConfigFile": B,
        "IncludeConfigFile.$": str,
        "IncludeConfigArchive": B,
        "IncludeConfigArchive.$": str,
    },
    total=False,
)
GetProxyUpdateParameters = TypedDict(
    "GetProxyUpdateParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "UpdateIdentifier": S,
        "UpdateIdentifier.$": str,
    },
    total=False,
)
ListCertificateAssociationsParameters = TypedDict(
    "ListCertificateAssociationsParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProxiesParameters = TypedDict(
    "ListProxiesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListProxyUpdatesParameters = TypedDict(
    "ListProxyUpdatesParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProxyVersionsParameters = TypedDict(
    "ListProxyVersionsParameters",
    {
        "Type": S,
        "Type.$": str,
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
UpdateProxyAttributesParameters = TypedDict(
    "UpdateProxyAttributesParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "Attributes": L[Xi[Attribute]],
        "Attributes.$": str,
    },
    total=False,
)
UpdateProxyConfigurationParameters = TypedDict(
    "UpdateProxyConfigurationParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "ConfigurationFile": X[ConfigurationFile],
        "ConfigurationFile.$": str,
        "ConfigurationArchive": X[ConfigurationArchive],
        "ConfigurationArchive.$": str,
        "ResetConfigurationArchive": B,
        "ResetConfigurationArchive.$": str,
        "CustomerKmsKeyArn": S,
        "CustomerKmsKeyArn.$": str,
        "ResetCustomerKmsKeyArn": B,
        "ResetCustomerKmsKeyArn.$": str,
    },
    total=False,
)

class UpdateProxyVpcConfiguration(TypedDict, total=False):
    Subnets: L[Xi[SubnetDetails]]
    SecurityGroups: L[Xi[SecurityGroupDetails]]

UpdateProxyNetworkConfigurationParameters = TypedDict(
    "UpdateProxyNetworkConfigurationParameters",
    {
        "ProxyIdentifier": S,
        "ProxyIdentifier.$": str,
        "VpcConfiguration": X[UpdateProxyVpcConfiguration],
        "VpcConfiguration.$": str,
    },
    total=False,
)
associate_certificate: Builder[AssociateCertificateParameters]
create_proxy: Builder[CreateProxyParameters]
delete_proxy: Builder[DeleteProxyParameters]
disassociate_certificate: Builder[DisassociateCertificateParameters]
get_proxy: Builder[GetProxyParameters]
get_proxy_attributes: Builder[GetProxyAttributesParameters]
get_proxy_configuration_contents: Builder[GetProxyConfigurationContentsParameters]
get_proxy_update: Builder[GetProxyUpdateParameters]
list_certificate_associations: Builder[ListCertificateAssociationsParameters]
list_proxies: Builder[ListProxiesParameters]
list_proxy_updates: Builder[ListProxyUpdatesParameters]
list_proxy_versions: Builder[ListProxyVersionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_proxy_attributes: Builder[UpdateProxyAttributesParameters]
update_proxy_configuration: Builder[UpdateProxyConfigurationParameters]
update_proxy_network_configuration: Builder[UpdateProxyNetworkConfigurationParameters]

__all__ = [
    "associate_certificate",
    "create_proxy",
    "delete_proxy",
    "disassociate_certificate",
    "get_proxy",
    "get_proxy_attributes",
    "get_proxy_configuration_contents",
    "get_proxy_update",
    "list_certificate_associations",
    "list_proxies",
    "list_proxy_updates",
    "list_proxy_versions",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_proxy_attributes",
    "update_proxy_configuration",
    "update_proxy_network_configuration",
]
