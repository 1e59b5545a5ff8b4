"""Typed builders of the AWS SDK integration of marketplacecatalog (``aws-sdk:marketplacecatalog:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, L, M, S, Si, X, Xi

class EntityRequest(TypedDict, total=False):
    Catalog: S
    EntityId: S

BatchDescribeEntitiesParameters = TypedDict(
    "BatchDescribeEntitiesParameters",
    {"EntityRequestList": L[Xi[EntityRequest]], "EntityRequestList.$": str},
    total=False,
)
CancelChangeSetParameters = TypedDict(
    "CancelChangeSetParameters",
    {"Catalog": S, "Catalog.$": str, "ChangeSetId": S, "ChangeSetId.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeAssessmentParameters = TypedDict(
    "DescribeAssessmentParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "AssessmentIdentifier": S,
        "AssessmentIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeChangeSetParameters = TypedDict(
    "DescribeChangeSetParameters",
    {"Catalog": S, "Catalog.$": str, "ChangeSetId": S, "ChangeSetId.$": str},
    total=False,
)
DescribeEntityParameters = TypedDict(
    "DescribeEntityParameters",
    {"Catalog": S, "Catalog.$": str, "EntityId": S, "EntityId.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class AssessmentTargetFilter(TypedDict, total=False):
    EntityId: S
    ChangeSetId: S
    EntityIds: L[Si]

class AMISecurityFilters(TypedDict, total=False):
    DeliveryOptionId: S

class ContainerSecurityFilters(TypedDict, total=False):
    DeliveryOptionId: S

class FrameworkFilters(TypedDict, total=False):
    AmiSecurityFilters: X[AMISecurityFilters]
    ContainerSecurityFilters: X[ContainerSecurityFilters]

ListAssessmentsParameters = TypedDict(
    "ListAssessmentsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "FrameworkId": S,
        "FrameworkId.$": str,
        "AssessmentTargetFilter": X[AssessmentTargetFilter],
        "AssessmentTargetFilter.$": str,
        "FrameworkFilters": X[FrameworkFilters],
        "FrameworkFilters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    ValueList: L[Si]

class Sort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

ListChangeSetsParameters = TypedDict(
    "ListChangeSetsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "FilterList": L[Xi[Filter]],
        "FilterList.$": str,
        "Sort": X[Sort],
        "Sort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DataProductEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class DataProductTitleFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class DataProductVisibilityFilter(TypedDict, total=False):
    ValueList: L[Si]

class DataProductLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class DataProductLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[DataProductLastModifiedDateFilterDateRange]

class DataProductFilters(TypedDict, total=False):
    EntityId: X[DataProductEntityIdFilter]
    ProductTitle: X[DataProductTitleFilter]
    Visibility: X[DataProductVisibilityFilter]
    LastModifiedDate: X[DataProductLastModifiedDateFilter]

class SaaSProductEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class SaaSProductTitleFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class SaaSProductVisibilityFilter(TypedDict, total=False):
    ValueList: L[Si]

class SaaSProductLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class SaaSProductLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[SaaSProductLastModifiedDateFilterDateRange]

class SaaSProductFilters(TypedDict, total=False):
    EntityId: X[SaaSProductEntityIdFilter]
    ProductTitle: X[SaaSProductTitleFilter]
    Visibility: X[SaaSProductVisibilityFilter]
    LastModifiedDate: X[SaaSProductLastModifiedDateFilter]

class AmiProductEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class AmiProductLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class AmiProductLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[AmiProductLastModifiedDateFilterDateRange]

class AmiProductTitleFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class AmiProductVisibilityFilter(TypedDict, total=False):
    ValueList: L[Si]

class AmiProductFilters(TypedDict, total=False):
    EntityId: X[AmiProductEntityIdFilter]
    LastModifiedDate: X[AmiProductLastModifiedDateFilter]
    ProductTitle: X[AmiProductTitleFilter]
    Visibility: X[AmiProductVisibilityFilter]

class OfferEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferNameFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class OfferProductIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferResaleAuthorizationIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferSubsidiaryAuthorizationIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferReleaseDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class OfferReleaseDateFilter(TypedDict, total=False):
    DateRange: X[OfferReleaseDateFilterDateRange]

class OfferAvailabilityEndDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class OfferAvailabilityEndDateFilter(TypedDict, total=False):
    DateRange: X[OfferAvailabilityEndDateFilterDateRange]

class OfferBuyerAccountsFilter(TypedDict, total=False):
    WildCardValue: S

class OfferStateFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferTargetingFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class OfferLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[OfferLastModifiedDateFilterDateRange]

class OfferSetIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferTargetAgreementIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferTargetAgreementIntentFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferCreatedBySourceFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferFilters(TypedDict, total=False):
    EntityId: X[OfferEntityIdFilter]
    Name: X[OfferNameFilter]
    ProductId: X[OfferProductIdFilter]
    ResaleAuthorizationId: X[OfferResaleAuthorizationIdFilter]
    SubsidiaryAuthorizationId: X[OfferSubsidiaryAuthorizationIdFilter]
    ReleaseDate: X[OfferReleaseDateFilter]
    AvailabilityEndDate: X[OfferAvailabilityEndDateFilter]
    BuyerAccounts: X[OfferBuyerAccountsFilter]
    State: X[OfferStateFilter]
    Targeting: X[OfferTargetingFilter]
    LastModifiedDate: X[OfferLastModifiedDateFilter]
    OfferSetId: X[OfferSetIdFilter]
    TargetAgreementId: X[OfferTargetAgreementIdFilter]
    TargetAgreementIntent: X[OfferTargetAgreementIntentFilter]
    CreatedBySource: X[OfferCreatedBySourceFilter]

class ContainerProductEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class ContainerProductLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class ContainerProductLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[ContainerProductLastModifiedDateFilterDateRange]

class ContainerProductTitleFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class ContainerProductVisibilityFilter(TypedDict, total=False):
    ValueList: L[Si]

class ContainerProductFilters(TypedDict, total=False):
    EntityId: X[ContainerProductEntityIdFilter]
    LastModifiedDate: X[ContainerProductLastModifiedDateFilter]
    ProductTitle: X[ContainerProductTitleFilter]
    Visibility: X[ContainerProductVisibilityFilter]

class ResaleAuthorizationEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class ResaleAuthorizationNameFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class ResaleAuthorizationProductIdFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class ResaleAuthorizationCreatedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class ResaleAuthorizationCreatedDateFilter(TypedDict, total=False):
    DateRange: X[ResaleAuthorizationCreatedDateFilterDateRange]
    ValueList: L[Si]

class ResaleAuthorizationAvailabilityEndDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class ResaleAuthorizationAvailabilityEndDateFilter(TypedDict, total=False):
    DateRange: X[ResaleAuthorizationAvailabilityEndDateFilterDateRange]
    ValueList: L[Si]

class ResaleAuthorizationManufacturerAccountIdFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class ResaleAuthorizationProductNameFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class ResaleAuthorizationManufacturerLegalNameFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class ResaleAuthorizationResellerAccountIDFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class ResaleAuthorizationResellerLegalNameFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class ResaleAuthorizationStatusFilter(TypedDict, total=False):
    ValueList: L[Si]

class ResaleAuthorizationOfferExtendedStatusFilter(TypedDict, total=False):
    ValueList: L[Si]

class ResaleAuthorizationLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class ResaleAuthorizationLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[ResaleAuthorizationLastModifiedDateFilterDateRange]

class ResaleAuthorizationResellerRoleFilter(TypedDict, total=False):
    ValueList: L[Si]

class ResaleAuthorizationSourceAuthorizationFilter(TypedDict, total=False):
    ValueList: L[Si]

class ResaleAuthorizationIssuerAccountIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class ResaleAuthorizationFilters(TypedDict, total=False):
    EntityId: X[ResaleAuthorizationEntityIdFilter]
    Name: X[ResaleAuthorizationNameFilter]
    ProductId: X[ResaleAuthorizationProductIdFilter]
    CreatedDate: X[ResaleAuthorizationCreatedDateFilter]
    AvailabilityEndDate: X[ResaleAuthorizationAvailabilityEndDateFilter]
    ManufacturerAccountId: X[ResaleAuthorizationManufacturerAccountIdFilter]
    ProductName: X[ResaleAuthorizationProductNameFilter]
    ManufacturerLegalName: X[ResaleAuthorizationManufacturerLegalNameFilter]
    ResellerAccountID: X[ResaleAuthorizationResellerAccountIDFilter]
    ResellerLegalName: X[ResaleAuthorizationResellerLegalNameFilter]
    Status: X[ResaleAuthorizationStatusFilter]
    OfferExtendedStatus: X[ResaleAuthorizationOfferExtendedStatusFilter]
    LastModifiedDate: X[ResaleAuthorizationLastModifiedDateFilter]
    ResellerRole: X[ResaleAuthorizationResellerRoleFilter]
    SourceAuthorization: X[ResaleAuthorizationSourceAuthorizationFilter]
    IssuerAccountId: X[ResaleAuthorizationIssuerAccountIdFilter]

class MachineLearningProductEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class MachineLearningProductLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class MachineLearningProductLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[MachineLearningProductLastModifiedDateFilterDateRange]

class MachineLearningProductTitleFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class MachineLearningProductVisibilityFilter(TypedDict, total=False):
    ValueList: L[Si]

class MachineLearningProductFilters(TypedDict, total=False):
    EntityId: X[MachineLearningProductEntityIdFilter]
    LastModifiedDate: X[MachineLearningProductLastModifiedDateFilter]
    ProductTitle: X[MachineLearningProductTitleFilter]
    Visibility: X[MachineLearningProductVisibilityFilter]

class OfferSetEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferSetNameFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferSetStateFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferSetReleaseDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class OfferSetReleaseDateFilter(TypedDict, total=False):
    DateRange: X[OfferSetReleaseDateFilterDateRange]

class OfferSetAssociatedOfferIdsFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferSetSolutionIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class OfferSetLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class OfferSetLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[OfferSetLastModifiedDateFilterDateRange]

class OfferSetFilters(TypedDict, total=False):
    EntityId: X[OfferSetEntityIdFilter]
    Name: X[OfferSetNameFilter]
    State: X[OfferSetStateFilter]
    ReleaseDate: X[OfferSetReleaseDateFilter]
    AssociatedOfferIds: X[OfferSetAssociatedOfferIdsFilter]
    SolutionId: X[OfferSetSolutionIdFilter]
    LastModifiedDate: X[OfferSetLastModifiedDateFilter]

class ExpressPrivateOfferConfigurationEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class ExpressPrivateOfferConfigurationProductIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class ExpressPrivateOfferConfigurationStateFilter(TypedDict, total=False):
    ValueList: L[Si]

class ExpressPrivateOfferConfigurationFilters(TypedDict, total=False):
    EntityId: X[ExpressPrivateOfferConfigurationEntityIdFilter]
    ProductId: X[ExpressPrivateOfferConfigurationProductIdFilter]
    State: X[ExpressPrivateOfferConfigurationStateFilter]

class SubsidiaryAuthorizationEntityIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class SubsidiaryAuthorizationStatusFilter(TypedDict, total=False):
    ValueList: L[Si]

class SubsidiaryAuthorizationResourceIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class SubsidiaryAuthorizationResourceNameFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class SubsidiaryAuthorizationNameFilter(TypedDict, total=False):
    ValueList: L[Si]
    WildCardValue: S

class SubsidiaryAuthorizationSubsidiaryAccountIdFilter(TypedDict, total=False):
    ValueList: L[Si]

class SubsidiaryAuthorizationCreatedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class SubsidiaryAuthorizationCreatedDateFilter(TypedDict, total=False):
    DateRange: X[SubsidiaryAuthorizationCreatedDateFilterDateRange]

class SubsidiaryAuthorizationLastModifiedDateFilterDateRange(TypedDict, total=False):
    AfterValue: S
    BeforeValue: S

class SubsidiaryAuthorizationLastModifiedDateFilter(TypedDict, total=False):
    DateRange: X[SubsidiaryAuthorizationLastModifiedDateFilterDateRange]

class SubsidiaryAuthorizationFilters(TypedDict, total=False):
    EntityId: X[SubsidiaryAuthorizationEntityIdFilter]
    Status: X[SubsidiaryAuthorizationStatusFilter]
    ResourceId: X[SubsidiaryAuthorizationResourceIdFilter]
    ResourceName: X[SubsidiaryAuthorizationResourceNameFilter]
    Name: X[SubsidiaryAuthorizationNameFilter]
    SubsidiaryAccountId: X[SubsidiaryAuthorizationSubsidiaryAccountIdFilter]
    CreatedDate: X[SubsidiaryAuthorizationCreatedDateFilter]
    LastModifiedDate: X[SubsidiaryAuthorizationLastModifiedDateFilter]

class EntityTypeFilters(TypedDict, total=False):
    DataProductFilters: X[DataProductFilters]
    SaaSProductFilters: X[SaaSProductFilters]
    AmiProductFilters: X[AmiProductFilters]
    OfferFilters: X[OfferFilters]
    ContainerProductFilters: X[ContainerProductFilters]
    ResaleAuthorizationFilters: X[ResaleAuthorizationFilters]
    MachineLearningProductFilters: X[MachineLearningProductFilters]
    OfferSetFilters: X[OfferSetFilters]
    ExpressPrivateOfferConfigurationFilters: X[ExpressPrivateOfferConfigurationFilters]
    SubsidiaryAuthorizationFilters: X[SubsidiaryAuthorizationFilters]

class DataProductSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class SaaSProductSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class AmiProductSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class OfferSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class ContainerProductSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class ResaleAuthorizationSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class MachineLearningProductSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class OfferSetSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class ExpressPrivateOfferConfigurationSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class SubsidiaryAuthorizationSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

class EntityTypeSort(TypedDict, total=False):
    DataProductSort: X[DataProductSort]
    SaaSProductSort: X[SaaSProductSort]
    AmiProductSort: X[AmiProductSort]
    OfferSort: X[OfferSort]
    ContainerProductSort: X[ContainerProductSort]
    ResaleAuthorizationSort: X[ResaleAuthorizationSort]
    MachineLearningProductSort: X[MachineLearningProductSort]
    OfferSetSort: X[OfferSetSort]
    ExpressPrivateOfferConfigurationSort: X[ExpressPrivateOfferConfigurationSort]
    SubsidiaryAuthorizationSort: X[SubsidiaryAuthorizationSort]

ListEntitiesParameters = TypedDict(
    "ListEntitiesParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "FilterList": L[Xi[Filter]],
        "FilterList.$": str,
        "Sort": X[Sort],
        "Sort.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OwnershipType": S,
        "OwnershipType.$": str,
        "EntityTypeFilters": X[EntityTypeFilters],
        "EntityTypeFilters.$": str,
        "EntityTypeSort": X[EntityTypeSort],
        "EntityTypeSort.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)

class ControlInput(TypedDict, total=False):
    ControlId: S
    Input: Doc

StartAssessmentParameters = TypedDict(
    "StartAssessmentParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FrameworkId": S,
        "FrameworkId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "Controls": L[Xi[ControlInput]],
        "Controls.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Entity(TypedDict, total=False):
    Type: S
    Identifier: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class Change(TypedDict, total=False):
    ChangeType: S
    Entity: X[Entity]
    EntityTags: L[Xi[Tag]]
    Details: S
    DetailsDocument: Doc
    ChangeName: S

StartChangeSetParameters = TypedDict(
    "StartChangeSetParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ChangeSet": L[Xi[Change]],
        "ChangeSet.$": str,
        "ChangeSetName": S,
        "ChangeSetName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ChangeSetTags": L[Xi[Tag]],
        "ChangeSetTags.$": str,
        "Intent": S,
        "Intent.$": str,
    },
    total=False,
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
batch_describe_entities: Builder[BatchDescribeEntitiesParameters]
cancel_change_set: Builder[CancelChangeSetParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
describe_assessment: Builder[DescribeAssessmentParameters]
describe_change_set: Builder[DescribeChangeSetParameters]
describe_entity: Builder[DescribeEntityParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_assessments: Builder[ListAssessmentsParameters]
list_change_sets: Builder[ListChangeSetsParameters]
list_entities: Builder[ListEntitiesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
start_assessment: Builder[StartAssessmentParameters]
start_change_set: Builder[StartChangeSetParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "batch_describe_entities",
    "cancel_change_set",
    "delete_resource_policy",
    "describe_assessment",
    "describe_change_set",
    "describe_entity",
    "get_resource_policy",
    "list_assessments",
    "list_change_sets",
    "list_entities",
    "list_tags_for_resource",
    "put_resource_policy",
    "start_assessment",
    "start_change_set",
    "tag_resource",
    "untag_resource",
]
