"""Typed builders of the AWS SDK integration of marketplacedeployment (``aws-sdk:marketplacedeployment:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X

GetDeploymentConfigurationParameters = TypedDict(
    "GetDeploymentConfigurationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "DeliveryOptionType": S,
        "DeliveryOptionType.$": str,
    },
    total=False,
)
GetDeploymentConfigurationJobParameters = TypedDict(
    "GetDeploymentConfigurationJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "DeliveryOptionType": S,
        "DeliveryOptionType.$": str,
        "JobId": S,
        "JobId.$": str,
    },
    total=False,
)
ListDeploymentConfigurationJobsParameters = TypedDict(
    "ListDeploymentConfigurationJobsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "DeliveryOptionType": S,
        "DeliveryOptionType.$": str,
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

class DeploymentParameterInput(TypedDict, total=False):
    Name: S
    SecretString: S

PutDeploymentParameterParameters = TypedDict(
    "PutDeploymentParameterParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "AgreementId": S,
        "AgreementId.$": str,
        "DeploymentParameter": X[DeploymentParameterInput],
        "DeploymentParameter.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ExpirationDate": T,
        "ExpirationDate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DataAsAServiceConfigurationDetail(TypedDict, total=False):
    FulfillmentUrl: S

class DeploymentConfigurationDetail(TypedDict, total=False):
    DataAsAService: X[DataAsAServiceConfigurationDetail]

StartDeploymentConfigurationJobParameters = TypedDict(
    "StartDeploymentConfigurationJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "DeliveryOptionType": S,
        "DeliveryOptionType.$": str,
        "Configuration": X[DeploymentConfigurationDetail],
        "Configuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
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
get_deployment_configuration: Builder[GetDeploymentConfigurationParameters]
get_deployment_configuration_job: Builder[GetDeploymentConfigurationJobParameters]
list_deployment_configuration_jobs: Builder[ListDeploymentConfigurationJobsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_deployment_parameter: Builder[PutDeploymentParameterParameters]
start_deployment_configuration_job: Builder[StartDeploymentConfigurationJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "get_deployment_configuration",
    "get_deployment_configuration_job",
    "list_deployment_configuration_jobs",
    "list_tags_for_resource",
    "put_deployment_parameter",
    "start_deployment_configuration_job",
    "tag_resource",
    "untag_resource",
]
