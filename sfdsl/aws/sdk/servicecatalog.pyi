"""Typed builders of the AWS SDK integration of servicecatalog (``aws-sdk:servicecatalog:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, Mi, S, Si, X, Xi

AcceptPortfolioShareParameters = TypedDict(
    "AcceptPortfolioShareParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "PortfolioShareType": S,
        "PortfolioShareType.$": str,
    },
    total=False,
)
AssociateBudgetWithResourceParameters = TypedDict(
    "AssociateBudgetWithResourceParameters",
    {"BudgetName": S, "BudgetName.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
AssociatePrincipalWithPortfolioParameters = TypedDict(
    "AssociatePrincipalWithPortfolioParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "PrincipalARN": S,
        "PrincipalARN.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
    },
    total=False,
)
AssociateProductWithPortfolioParameters = TypedDict(
    "AssociateProductWithPortfolioParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "SourcePortfolioId": S,
        "SourcePortfolioId.$": str,
    },
    total=False,
)
AssociateServiceActionWithProvisioningArtifactParameters = TypedDict(
    "AssociateServiceActionWithProvisioningArtifactParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "ServiceActionId": S,
        "ServiceActionId.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
AssociateTagOptionWithResourceParameters = TypedDict(
    "AssociateTagOptionWithResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagOptionId": S, "TagOptionId.$": str},
    total=False,
)

class ServiceActionAssociation(TypedDict, total=False):
    ServiceActionId: S
    ProductId: S
    ProvisioningArtifactId: S

BatchAssociateServiceActionWithProvisioningArtifactParameters = TypedDict(
    "BatchAssociateServiceActionWithProvisioningArtifactParameters",
    {
        "ServiceActionAssociations": L[Xi[ServiceActionAssociation]],
        "ServiceActionAssociations.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
    },
    total=False,
)
BatchDisassociateServiceActionFromProvisioningArtifactParameters = TypedDict(
    "BatchDisassociateServiceActionFromProvisioningArtifactParameters",
    {
        "ServiceActionAssociations": L[Xi[ServiceActionAssociation]],
        "ServiceActionAssociations.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
    },
    total=False,
)
CopyProductParameters = TypedDict(
    "CopyProductParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "SourceProductArn": S,
        "SourceProductArn.$": str,
        "TargetProductId": S,
        "TargetProductId.$": str,
        "TargetProductName": S,
        "TargetProductName.$": str,
        "SourceProvisioningArtifactIdentifiers": L[Mi[S]],
        "SourceProvisioningArtifactIdentifiers.$": str,
        "CopyOptions": L[Si],
        "CopyOptions.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
CreateConstraintParameters = TypedDict(
    "CreateConstraintParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "Parameters": S,
        "Parameters.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreatePortfolioParameters = TypedDict(
    "CreatePortfolioParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class OrganizationNode(TypedDict, total=False):
    Type: S
    Value: S

CreatePortfolioShareParameters = TypedDict(
    "CreatePortfolioShareParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "OrganizationNode": X[OrganizationNode],
        "OrganizationNode.$": str,
        "ShareTagOptions": B,
        "ShareTagOptions.$": str,
        "SharePrincipals": B,
        "SharePrincipals.$": str,
    },
    total=False,
)

class ProvisioningArtifactProperties(TypedDict, total=False):
    Name: S
    Description: S
    Info: M[S]
    Type: S
    DisableTemplateValidation: B

class CodeStarParameters(TypedDict, total=False):
    ConnectionArn: S
    Repository: S
    Branch: S
    ArtifactPath: S

class SourceConnectionParameters(TypedDict, total=False):
    CodeStar: X[CodeStarParameters]

class SourceConnection(TypedDict, total=False):
    Type: S
    ConnectionParameters: X[SourceConnectionParameters]

CreateProductParameters = TypedDict(
    "CreateProductParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "Name": S,
        "Name.$": str,
        "Owner": S,
        "Owner.$": str,
        "Description": S,
        "Description.$": str,
        "Distributor": S,
        "Distributor.$": str,
        "SupportDescription": S,
        "SupportDescription.$": str,
        "SupportEmail": S,
        "SupportEmail.$": str,
        "SupportUrl": S,
        "SupportUrl.$": str,
        "ProductType": S,
        "ProductType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ProvisioningArtifactParameters": X[ProvisioningArtifactProperties],
        "ProvisioningArtifactParameters.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "SourceConnection": X[SourceConnection],
        "SourceConnection.$": str,
    },
    total=False,
)

class UpdateProvisioningParameter(TypedDict, total=False):
    Key: S
    Value: S
    UsePreviousValue: B

CreateProvisionedProductPlanParameters = TypedDict(
    "CreateProvisionedProductPlanParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PlanName": S,
        "PlanName.$": str,
        "PlanType": S,
        "PlanType.$": str,
        "NotificationArns": L[Si],
        "NotificationArns.$": str,
        "PathId": S,
        "PathId.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "ProvisionedProductName": S,
        "ProvisionedProductName.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "ProvisioningParameters": L[Xi[UpdateProvisioningParameter]],
        "ProvisioningParameters.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateProvisioningArtifactParameters = TypedDict(
    "CreateProvisioningArtifactParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "Parameters": X[ProvisioningArtifactProperties],
        "Parameters.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
CreateServiceActionParameters = TypedDict(
    "CreateServiceActionParameters",
    {
        "Name": S,
        "Name.$": str,
        "DefinitionType": S,
        "DefinitionType.$": str,
        "Definition": M[S],
        "Definition.$": str,
        "Description": S,
        "Description.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
CreateTagOptionParameters = TypedDict(
    "CreateTagOptionParameters", {"Key": S, "Key.$": str, "Value": S, "Value.$": str}, total=False
)
DeleteConstraintParameters = TypedDict(
    "DeleteConstraintParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeletePortfolioParameters = TypedDict(
    "DeletePortfolioParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeletePortfolioShareParameters = TypedDict(
    "DeletePortfolioShareParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "OrganizationNode": X[OrganizationNode],
        "OrganizationNode.$": str,
    },
    total=False,
)
DeleteProductParameters = TypedDict(
    "DeleteProductParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeleteProvisionedProductPlanParameters = TypedDict(
    "DeleteProvisionedProductPlanParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PlanId": S,
        "PlanId.$": str,
        "IgnoreErrors": B,
        "IgnoreErrors.$": str,
    },
    total=False,
)
DeleteProvisioningArtifactParameters = TypedDict(
    "DeleteProvisioningArtifactParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
    },
    total=False,
)
DeleteServiceActionParameters = TypedDict(
    "DeleteServiceActionParameters",
    {
        "Id": S,
        "Id.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
DeleteTagOptionParameters = TypedDict(
    "DeleteTagOptionParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeConstraintParameters = TypedDict(
    "DescribeConstraintParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "Id": S, "Id.$": str},
    total=False,
)
DescribeCopyProductStatusParameters = TypedDict(
    "DescribeCopyProductStatusParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "CopyProductToken": S,
        "CopyProductToken.$": str,
    },
    total=False,
)
DescribePortfolioParameters = TypedDict(
    "DescribePortfolioParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "Id": S, "Id.$": str},
    total=False,
)
DescribePortfolioShareStatusParameters = TypedDict(
    "DescribePortfolioShareStatusParameters",
    {"PortfolioShareToken": S, "PortfolioShareToken.$": str},
    total=False,
)
DescribePortfolioSharesParameters = TypedDict(
    "DescribePortfolioSharesParameters",
    {
        "PortfolioId": S,
        "PortfolioId.$": str,
        "Type": S,
        "Type.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeProductParameters = TypedDict(
    "DescribeProductParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "Id": S, "Id.$": str, "Name": S, "Name.$": str},
    total=False,
)
DescribeProductAsAdminParameters = TypedDict(
    "DescribeProductAsAdminParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "SourcePortfolioId": S,
        "SourcePortfolioId.$": str,
    },
    total=False,
)
DescribeProductViewParameters = TypedDict(
    "DescribeProductViewParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "Id": S, "Id.$": str},
    total=False,
)
DescribeProvisionedProductParameters = TypedDict(
    "DescribeProvisionedProductParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "Id": S, "Id.$": str, "Name": S, "Name.$": str},
    total=False,
)
DescribeProvisionedProductPlanParameters = TypedDict(
    "DescribeProvisionedProductPlanParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PlanId": S,
        "PlanId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
DescribeProvisioningArtifactParameters = TypedDict(
    "DescribeProvisioningArtifactParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "ProvisioningArtifactName": S,
        "ProvisioningArtifactName.$": str,
        "ProductName": S,
        "ProductName.$": str,
        "Verbose": B,
        "Verbose.$": str,
        "IncludeProvisioningArtifactParameters": B,
        "IncludeProvisioningArtifactParameters.$": str,
    },
    total=False,
)
DescribeProvisioningParametersParameters = TypedDict(
    "DescribeProvisioningParametersParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "ProductName": S,
        "ProductName.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "ProvisioningArtifactName": S,
        "ProvisioningArtifactName.$": str,
        "PathId": S,
        "PathId.$": str,
        "PathName": S,
        "PathName.$": str,
    },
    total=False,
)
DescribeRecordParameters = TypedDict(
    "DescribeRecordParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "Id": S,
        "Id.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeServiceActionParameters = TypedDict(
    "DescribeServiceActionParameters",
    {"Id": S, "Id.$": str, "AcceptLanguage": S, "AcceptLanguage.$": str},
    total=False,
)
DescribeServiceActionExecutionParametersParameters = TypedDict(
    "DescribeServiceActionExecutionParametersParameters",
    {
        "ProvisionedProductId": S,
        "ProvisionedProductId.$": str,
        "ServiceActionId": S,
        "ServiceActionId.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
    },
    total=False,
)
DescribeTagOptionParameters = TypedDict(
    "DescribeTagOptionParameters", {"Id": S, "Id.$": str}, total=False
)

class DisableAWSOrganizationsAccessParameters(TypedDict, total=False): ...

DisassociateBudgetFromResourceParameters = TypedDict(
    "DisassociateBudgetFromResourceParameters",
    {"BudgetName": S, "BudgetName.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
DisassociatePrincipalFromPortfolioParameters = TypedDict(
    "DisassociatePrincipalFromPortfolioParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "PrincipalARN": S,
        "PrincipalARN.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
    },
    total=False,
)
DisassociateProductFromPortfolioParameters = TypedDict(
    "DisassociateProductFromPortfolioParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
    },
    total=False,
)
DisassociateServiceActionFromProvisioningArtifactParameters = TypedDict(
    "DisassociateServiceActionFromProvisioningArtifactParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "ServiceActionId": S,
        "ServiceActionId.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
DisassociateTagOptionFromResourceParameters = TypedDict(
    "DisassociateTagOptionFromResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagOptionId": S, "TagOptionId.$": str},
    total=False,
)

class EnableAWSOrganizationsAccessParameters(TypedDict, total=False): ...

ExecuteProvisionedProductPlanParameters = TypedDict(
    "ExecuteProvisionedProductPlanParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PlanId": S,
        "PlanId.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
ExecuteProvisionedProductServiceActionParameters = TypedDict(
    "ExecuteProvisionedProductServiceActionParameters",
    {
        "ProvisionedProductId": S,
        "ProvisionedProductId.$": str,
        "ServiceActionId": S,
        "ServiceActionId.$": str,
        "ExecuteToken": S,
        "ExecuteToken.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
    },
    total=False,
)

class GetAWSOrganizationsAccessStatusParameters(TypedDict, total=False): ...

GetProvisionedProductOutputsParameters = TypedDict(
    "GetProvisionedProductOutputsParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProvisionedProductId": S,
        "ProvisionedProductId.$": str,
        "ProvisionedProductName": S,
        "ProvisionedProductName.$": str,
        "OutputKeys": L[Si],
        "OutputKeys.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
ImportAsProvisionedProductParameters = TypedDict(
    "ImportAsProvisionedProductParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "ProvisionedProductName": S,
        "ProvisionedProductName.$": str,
        "PhysicalId": S,
        "PhysicalId.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
ListAcceptedPortfolioSharesParameters = TypedDict(
    "ListAcceptedPortfolioSharesParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PortfolioShareType": S,
        "PortfolioShareType.$": str,
    },
    total=False,
)
ListBudgetsForResourceParameters = TypedDict(
    "ListBudgetsForResourceParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
ListConstraintsForPortfolioParameters = TypedDict(
    "ListConstraintsForPortfolioParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
ListLaunchPathsParameters = TypedDict(
    "ListLaunchPathsParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
ListOrganizationPortfolioAccessParameters = TypedDict(
    "ListOrganizationPortfolioAccessParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "OrganizationNodeType": S,
        "OrganizationNodeType.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListPortfolioAccessParameters = TypedDict(
    "ListPortfolioAccessParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "OrganizationParentId": S,
        "OrganizationParentId.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListPortfoliosParameters = TypedDict(
    "ListPortfoliosParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListPortfoliosForProductParameters = TypedDict(
    "ListPortfoliosForProductParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListPrincipalsForPortfolioParameters = TypedDict(
    "ListPrincipalsForPortfolioParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)

class AccessLevelFilter(TypedDict, total=False):
    Key: S
    Value: S

ListProvisionedProductPlansParameters = TypedDict(
    "ListProvisionedProductPlansParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProvisionProductId": S,
        "ProvisionProductId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "AccessLevelFilter": X[AccessLevelFilter],
        "AccessLevelFilter.$": str,
    },
    total=False,
)
ListProvisioningArtifactsParameters = TypedDict(
    "ListProvisioningArtifactsParameters",
    {"AcceptLanguage": S, "AcceptLanguage.$": str, "ProductId": S, "ProductId.$": str},
    total=False,
)
ListProvisioningArtifactsForServiceActionParameters = TypedDict(
    "ListProvisioningArtifactsForServiceActionParameters",
    {
        "ServiceActionId": S,
        "ServiceActionId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
    },
    total=False,
)

class ListRecordHistorySearchFilter(TypedDict, total=False):
    Key: S
    Value: S

ListRecordHistoryParameters = TypedDict(
    "ListRecordHistoryParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "AccessLevelFilter": X[AccessLevelFilter],
        "AccessLevelFilter.$": str,
        "SearchFilter": X[ListRecordHistorySearchFilter],
        "SearchFilter.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
ListResourcesForTagOptionParameters = TypedDict(
    "ListResourcesForTagOptionParameters",
    {
        "TagOptionId": S,
        "TagOptionId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
ListServiceActionsParameters = TypedDict(
    "ListServiceActionsParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
ListServiceActionsForProvisioningArtifactParameters = TypedDict(
    "ListServiceActionsForProvisioningArtifactParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
    },
    total=False,
)
ListStackInstancesForProvisionedProductParameters = TypedDict(
    "ListStackInstancesForProvisionedProductParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProvisionedProductId": S,
        "ProvisionedProductId.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)

class ListTagOptionsFilters(TypedDict, total=False):
    Key: S
    Value: S
    Active: B

ListTagOptionsParameters = TypedDict(
    "ListTagOptionsParameters",
    {
        "Filters": X[ListTagOptionsFilters],
        "Filters.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)

class UniqueTagResourceIdentifier(TypedDict, total=False):
    Key: S
    Value: S

class EngineWorkflowResourceIdentifier(TypedDict, total=False):
    UniqueTag: X[UniqueTagResourceIdentifier]

class RecordOutput(TypedDict, total=False):
    OutputKey: S
    OutputValue: S
    Description: S

NotifyProvisionProductEngineWorkflowResultParameters = TypedDict(
    "NotifyProvisionProductEngineWorkflowResultParameters",
    {
        "WorkflowToken": S,
        "WorkflowToken.$": str,
        "RecordId": S,
        "RecordId.$": str,
        "Status": S,
        "Status.$": str,
        "FailureReason": S,
        "FailureReason.$": str,
        "ResourceIdentifier": X[EngineWorkflowResourceIdentifier],
        "ResourceIdentifier.$": str,
        "Outputs": L[Xi[RecordOutput]],
        "Outputs.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
NotifyTerminateProvisionedProductEngineWorkflowResultParameters = TypedDict(
    "NotifyTerminateProvisionedProductEngineWorkflowResultParameters",
    {
        "WorkflowToken": S,
        "WorkflowToken.$": str,
        "RecordId": S,
        "RecordId.$": str,
        "Status": S,
        "Status.$": str,
        "FailureReason": S,
        "FailureReason.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
NotifyUpdateProvisionedProductEngineWorkflowResultParameters = TypedDict(
    "NotifyUpdateProvisionedProductEngineWorkflowResultParameters",
    {
        "WorkflowToken": S,
        "WorkflowToken.$": str,
        "RecordId": S,
        "RecordId.$": str,
        "Status": S,
        "Status.$": str,
        "FailureReason": S,
        "FailureReason.$": str,
        "Outputs": L[Xi[RecordOutput]],
        "Outputs.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class ProvisioningParameter(TypedDict, total=False):
    Key: S
    Value: S

class ProvisioningPreferences(TypedDict, total=False):
    StackSetAccounts: L[Si]
    StackSetRegions: L[Si]
    StackSetFailureToleranceCount: I
    StackSetFailureTolerancePercentage: I
    StackSetMaxConcurrencyCount: I
    StackSetMaxConcurrencyPercentage: I

ProvisionProductParameters = TypedDict(
    "ProvisionProductParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "ProductName": S,
        "ProductName.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "ProvisioningArtifactName": S,
        "ProvisioningArtifactName.$": str,
        "PathId": S,
        "PathId.$": str,
        "PathName": S,
        "PathName.$": str,
        "ProvisionedProductName": S,
        "ProvisionedProductName.$": str,
        "ProvisioningParameters": L[Xi[ProvisioningParameter]],
        "ProvisioningParameters.$": str,
        "ProvisioningPreferences": X[ProvisioningPreferences],
        "ProvisioningPreferences.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NotificationArns": L[Si],
        "NotificationArns.$": str,
        "ProvisionToken": S,
        "ProvisionToken.$": str,
    },
    total=False,
)
RejectPortfolioShareParameters = TypedDict(
    "RejectPortfolioShareParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "PortfolioShareType": S,
        "PortfolioShareType.$": str,
    },
    total=False,
)
ScanProvisionedProductsParameters = TypedDict(
    "ScanProvisionedProductsParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "AccessLevelFilter": X[AccessLevelFilter],
        "AccessLevelFilter.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
SearchProductsParameters = TypedDict(
    "SearchProductsParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
SearchProductsAsAdminParameters = TypedDict(
    "SearchProductsAsAdminParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "ProductSource": S,
        "ProductSource.$": str,
    },
    total=False,
)
SearchProvisionedProductsParameters = TypedDict(
    "SearchProvisionedProductsParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "AccessLevelFilter": X[AccessLevelFilter],
        "AccessLevelFilter.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
TerminateProvisionedProductParameters = TypedDict(
    "TerminateProvisionedProductParameters",
    {
        "ProvisionedProductName": S,
        "ProvisionedProductName.$": str,
        "ProvisionedProductId": S,
        "ProvisionedProductId.$": str,
        "TerminateToken": S,
        "TerminateToken.$": str,
        "IgnoreErrors": B,
        "IgnoreErrors.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "RetainPhysicalResources": B,
        "RetainPhysicalResources.$": str,
    },
    total=False,
)
UpdateConstraintParameters = TypedDict(
    "UpdateConstraintParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "Parameters": S,
        "Parameters.$": str,
    },
    total=False,
)
UpdatePortfolioParameters = TypedDict(
    "UpdatePortfolioParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "Id": S,
        "Id.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "AddTags": L[Xi[Tag]],
        "AddTags.$": str,
        "RemoveTags": L[Si],
        "RemoveTags.$": str,
    },
    total=False,
)
UpdatePortfolioShareParameters = TypedDict(
    "UpdatePortfolioShareParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "PortfolioId": S,
        "PortfolioId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "OrganizationNode": X[OrganizationNode],
        "OrganizationNode.$": str,
        "ShareTagOptions": B,
        "ShareTagOptions.$": str,
        "SharePrincipals": B,
        "SharePrincipals.$": str,
    },
    total=False,
)
UpdateProductParameters = TypedDict(
    "UpdateProductParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Owner": S,
        "Owner.$": str,
        "Description": S,
        "Description.$": str,
        "Distributor": S,
        "Distributor.$": str,
        "SupportDescription": S,
        "SupportDescription.$": str,
        "SupportEmail": S,
        "SupportEmail.$": str,
        "SupportUrl": S,
        "SupportUrl.$": str,
        "AddTags": L[Xi[Tag]],
        "AddTags.$": str,
        "RemoveTags": L[Si],
        "RemoveTags.$": str,
        "SourceConnection": X[SourceConnection],
        "SourceConnection.$": str,
    },
    total=False,
)

class UpdateProvisioningPreferences(TypedDict, total=False):
    StackSetAccounts: L[Si]
    StackSetRegions: L[Si]
    StackSetFailureToleranceCount: I
    StackSetFailureTolerancePercentage: I
    StackSetMaxConcurrencyCount: I
    StackSetMaxConcurrencyPercentage: I
    StackSetOperationType: S

UpdateProvisionedProductParameters = TypedDict(
    "UpdateProvisionedProductParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProvisionedProductName": S,
        "ProvisionedProductName.$": str,
        "ProvisionedProductId": S,
        "ProvisionedProductId.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "ProductName": S,
        "ProductName.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "ProvisioningArtifactName": S,
        "ProvisioningArtifactName.$": str,
        "PathId": S,
        "PathId.$": str,
        "PathName": S,
        "PathName.$": str,
        "ProvisioningParameters": L[Xi[UpdateProvisioningParameter]],
        "ProvisioningParameters.$": str,
        "ProvisioningPreferences": X[UpdateProvisioningPreferences],
        "ProvisioningPreferences.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
    },
    total=False,
)
UpdateProvisionedProductPropertiesParameters = TypedDict(
    "UpdateProvisionedProductPropertiesParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProvisionedProductId": S,
        "ProvisionedProductId.$": str,
        "ProvisionedProductProperties": M[S],
        "ProvisionedProductProperties.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
UpdateProvisioningArtifactParameters = TypedDict(
    "UpdateProvisioningArtifactParameters",
    {
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "ProvisioningArtifactId": S,
        "ProvisioningArtifactId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Active": B,
        "Active.$": str,
        "Guidance": S,
        "Guidance.$": str,
    },
    total=False,
)
UpdateServiceActionParameters = TypedDict(
    "UpdateServiceActionParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Definition": M[S],
        "Definition.$": str,
        "Description": S,
        "Description.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
    },
    total=False,
)
UpdateTagOptionParameters = TypedDict(
    "UpdateTagOptionParameters",
    {"Id": S, "Id.$": str, "Value": S, "Value.$": str, "Active": B, "Active.$": str},
    total=False,
)
accept_portfolio_share: Builder[AcceptPortfolioShareParameters]
associate_budget_with_resource: Builder[AssociateBudgetWithResourceParameters]
associate_principal_with_portfolio: Builder[AssociatePrincipalWithPortfolioParameters]
associate_product_with_portfolio: Builder[AssociateProductWithPortfolioParameters]
associate_service_action_with_provisioning_artifact: Builder[
    AssociateServiceActionWithProvisioningArtifactParameters
]
associate_tag_option_with_resource: Builder[AssociateTagOptionWithResourceParameters]
batch_associate_service_action_with_provisioning_artifact: Builder[
    BatchAssociateServiceActionWithProvisioningArtifactParameters
]
batch_disassociate_service_action_from_provisioning_artifact: Builder[
    BatchDisassociateServiceActionFromProvisioningArtifactParameters
]
copy_product: Builder[CopyProductParameters]
create_constraint: Builder[CreateConstraintParameters]
create_portfolio: Builder[CreatePortfolioParameters]
create_portfolio_share: Builder[CreatePortfolioShareParameters]
create_product: Builder[CreateProductParameters]
create_provisioned_product_plan: Builder[CreateProvisionedProductPlanParameters]
create_provisioning_artifact: Builder[CreateProvisioningArtifactParameters]
create_service_action: Builder[CreateServiceActionParameters]
create_tag_option: Builder[CreateTagOptionParameters]
delete_constraint: Builder[DeleteConstraintParameters]
delete_portfolio: Builder[DeletePortfolioParameters]
delete_portfolio_share: Builder[DeletePortfolioShareParameters]
delete_product: Builder[DeleteProductParameters]
delete_provisioned_product_plan: Builder[DeleteProvisionedProductPlanParameters]
delete_provisioning_artifact: Builder[DeleteProvisioningArtifactParameters]
delete_service_action: Builder[DeleteServiceActionParameters]
delete_tag_option: Builder[DeleteTagOptionParameters]
describe_constraint: Builder[DescribeConstraintParameters]
describe_copy_product_status: Builder[DescribeCopyProductStatusParameters]
describe_portfolio: Builder[DescribePortfolioParameters]
describe_portfolio_share_status: Builder[DescribePortfolioShareStatusParameters]
describe_portfolio_shares: Builder[DescribePortfolioSharesParameters]
describe_product: Builder[DescribeProductParameters]
describe_product_as_admin: Builder[DescribeProductAsAdminParameters]
describe_product_view: Builder[DescribeProductViewParameters]
describe_provisioned_product: Builder[DescribeProvisionedProductParameters]
describe_provisioned_product_plan: Builder[DescribeProvisionedProductPlanParameters]
describe_provisioning_artifact: Builder[DescribeProvisioningArtifactParameters]
describe_provisioning_parameters: Builder[DescribeProvisioningParametersParameters]
describe_record: Builder[DescribeRecordParameters]
describe_service_action: Builder[DescribeServiceActionParameters]
describe_service_action_execution_parameters: Builder[
    DescribeServiceActionExecutionParametersParameters
]
describe_tag_option: Builder[DescribeTagOptionParameters]
disable_aws_organizations_access: Builder[DisableAWSOrganizationsAccessParameters]
disassociate_budget_from_resource: Builder[DisassociateBudgetFromResourceParameters]
disassociate_principal_from_portfolio: Builder[DisassociatePrincipalFromPortfolioParameters]
disassociate_product_from_portfolio: Builder[DisassociateProductFromPortfolioParameters]
disassociate_service_action_from_provisioning_artifact: Builder[
    DisassociateServiceActionFromProvisioningArtifactParameters
]
disassociate_tag_option_from_resource: Builder[DisassociateTagOptionFromResourceParameters]
enable_aws_organizations_access: Builder[EnableAWSOrganizationsAccessParameters]
execute_provisioned_product_plan: Builder[ExecuteProvisionedProductPlanParameters]
execute_provisioned_product_service_action: Builder[
    ExecuteProvisionedProductServiceActionParameters
]
get_aws_organizations_access_status: Builder[GetAWSOrganizationsAccessStatusParameters]
get_provisioned_product_outputs: Builder[GetProvisionedProductOutputsParameters]
import_as_provisioned_product: Builder[ImportAsProvisionedProductParameters]
list_accepted_portfolio_shares: Builder[ListAcceptedPortfolioSharesParameters]
list_budgets_for_resource: Builder[ListBudgetsForResourceParameters]
list_constraints_for_portfolio: Builder[ListConstraintsForPortfolioParameters]
list_launch_paths: Builder[ListLaunchPathsParameters]
list_organization_portfolio_access: Builder[ListOrganizationPortfolioAccessParameters]
list_portfolio_access: Builder[ListPortfolioAccessParameters]
list_portfolios: Builder[ListPortfoliosParameters]
list_portfolios_for_product: Builder[ListPortfoliosForProductParameters]
list_principals_for_portfolio: Builder[ListPrincipalsForPortfolioParameters]
list_provisioned_product_plans: Builder[ListProvisionedProductPlansParameters]
list_provisioning_artifacts: Builder[ListProvisioningArtifactsParameters]
list_provisioning_artifacts_for_service_action: Builder[
    ListProvisioningArtifactsForServiceActionParameters
]
list_record_history: Builder[ListRecordHistoryParameters]
list_resources_for_tag_option: Builder[ListResourcesForTagOptionParameters]
list_service_actions: Builder[ListServiceActionsParameters]
list_service_actions_for_provisioning_artifact: Builder[
    ListServiceActionsForProvisioningArtifactParameters
]
list_stack_instances_for_provisioned_product: Builder[
    ListStackInstancesForProvisionedProductParameters
]
list_tag_options: Builder[ListTagOptionsParameters]
notify_provision_product_engine_workflow_result: Builder[
    NotifyProvisionProductEngineWorkflowResultParameters
]
notify_terminate_provisioned_product_engine_workflow_result: Builder[
    NotifyTerminateProvisionedProductEngineWorkflowResultParameters
]
notify_update_provisioned_product_engine_workflow_result: Builder[
    NotifyUpdateProvisionedProductEngineWorkflowResultParameters
]
provision_product: Builder[ProvisionProductParameters]
reject_portfolio_share: Builder[RejectPortfolioShareParameters]
scan_provisioned_products: Builder[ScanProvisionedProductsParameters]
search_products: Builder[SearchProductsParameters]
search_products_as_admin: Builder[SearchProductsAsAdminParameters]
search_provisioned_products: Builder[SearchProvisionedProductsParameters]
terminate_provisioned_product: Builder[TerminateProvisionedProductParameters]
update_constraint: Builder[UpdateConstraintParameters]
update_portfolio: Builder[UpdatePortfolioParameters]
update_portfolio_share: Builder[UpdatePortfolioShareParameters]
update_product: Builder[UpdateProductParameters]
update_provisioned_product: Builder[UpdateProvisionedProductParameters]
update_provisioned_product_properties: Builder[UpdateProvisionedProductPropertiesParameters]
update_provisioning_artifact: Builder[UpdateProvisioningArtifactParameters]
update_service_action: Builder[UpdateServiceActionParameters]
update_tag_option: Builder[UpdateTagOptionParameters]

__all__ = [
    "accept_portfolio_share",
    "associate_budget_with_resource",
    "associate_principal_with_portfolio",
    "associate_product_with_portfolio",
    "associate_service_action_with_provisioning_artifact",
    "associate_tag_option_with_resource",
    "batch_associate_service_action_with_provisioning_artifact",
    "batch_disassociate_service_action_from_provisioning_artifact",
    "copy_product",
    "create_constraint",
    "create_portfolio",
    "create_portfolio_share",
    "create_product",
    "create_provisioned_product_plan",
    "create_provisioning_artifact",
    "create_service_action",
    "create_tag_option",
    "delete_constraint",
    "delete_portfolio",
    "delete_portfolio_share",
    "delete_product",
    "delete_provisioned_product_plan",
    "delete_provisioning_artifact",
    "delete_service_action",
    "delete_tag_option",
    "describe_constraint",
    "describe_copy_product_status",
    "describe_portfolio",
    "describe_portfolio_share_status",
    "describe_portfolio_shares",
    "describe_product",
    "describe_product_as_admin",
    "describe_product_view",
    "describe_provisioned_product",
    "describe_provisioned_product_plan",
    "describe_provisioning_artifact",
    "describe_provisioning_parameters",
    "describe_record",
    "describe_service_action",
    "describe_service_action_execution_parameters",
    "describe_tag_option",
    "disable_aws_organizations_access",
    "disassociate_budget_from_resource",
    "disassociate_principal_from_portfolio",
    "disassociate_product_from_portfolio",
    "disassociate_service_action_from_provisioning_artifact",
    "disassociate_tag_option_from_resource",
    "enable_aws_organizations_access",
    "execute_provisioned_product_plan",
    "execute_provisioned_product_service_action",
    "get_aws_organizations_access_status",
    "get_provisioned_product_outputs",
    "import_as_provisioned_product",
    "list_accepted_portfolio_shares",
    "list_budgets_for_resource",
    "list_constraints_for_portfolio",
    "list_launch_paths",
    "list_organization_portfolio_access",
    "list_portfolio_access",
    "list_portfolios",
    "list_portfolios_for_product",
    "list_principals_for_portfolio",
    "list_provisioned_product_plans",
    "list_provisioning_artifacts",
    "list_provisioning_artifacts_for_service_action",
    "list_record_history",
    "list_resources_for_tag_option",
    "list_service_actions",
    "list_service_actions_for_provisioning_artifact",
    "list_stack_instances_for_provisioned_product",
    "list_tag_options",
    "notify_provision_product_engine_workflow_result",
    "notify_terminate_provisioned_product_engine_workflow_result",
    "notify_update_provisioned_product_engine_workflow_result",
    "provision_product",
    "reject_portfolio_share",
    "scan_provisioned_products",
    "search_products",
    "search_products_as_admin",
    "search_provisioned_products",
    "terminate_provisioned_product",
    "update_constraint",
    "update_portfolio",
    "update_portfolio_share",
    "update_product",
    "update_provisioned_product",
    "update_provisioned_product_properties",
    "update_provisioning_artifact",
    "update_service_action",
    "update_tag_option",
]
