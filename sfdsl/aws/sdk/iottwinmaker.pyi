"""Typed builders of the AWS SDK integration of iottwinmaker (``aws-sdk:iottwinmaker:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class EntityPropertyReference(TypedDict, total=False):
    ComponentName: S
    ComponentPath: S
    ExternalIdProperty: M[S]
    EntityId: S
    PropertyName: S

class RelationshipValue(TypedDict, total=False):
    TargetEntityId: S
    TargetComponentName: S

class DataValue(TypedDict, total=False):
    BooleanValue: B
    DoubleValue: F
    IntegerValue: I
    LongValue: I
    StringValue: S
    ListValue: L[Xi[DataValue]]
    MapValue: M[X[DataValue]]
    RelationshipValue: X[RelationshipValue]
    Expression: S

class PropertyValue(TypedDict, total=False):
    Timestamp: T
    Value: X[DataValue]
    Time: S

class PropertyValueEntry(TypedDict, total=False):
    EntityPropertyReference: X[EntityPropertyReference]
    PropertyValues: L[Xi[PropertyValue]]

BatchPutPropertyValuesParameters = TypedDict(
    "BatchPutPropertyValuesParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Entries": L[Xi[PropertyValueEntry]],
        "Entries.$": str,
    },
    total=False,
)
CancelMetadataTransferJobParameters = TypedDict(
    "CancelMetadataTransferJobParameters",
    {"MetadataTransferJobId": S, "MetadataTransferJobId.$": str},
    total=False,
)

class Relationship(TypedDict, total=False):
    TargetComponentTypeId: S
    RelationshipType: S

class DataType(TypedDict, total=False):
    Type: S
    NestedType: X[DataType]
    AllowedValues: L[Xi[DataValue]]
    UnitOfMeasure: S
    Relationship: X[Relationship]

class PropertyDefinitionRequest(TypedDict, total=False):
    DataType: X[DataType]
    IsRequiredInEntity: B
    IsExternalId: B
    IsStoredExternally: B
    IsTimeSeries: B
    DefaultValue: X[DataValue]
    Configuration: M[S]
    DisplayName: S

class LambdaFunction(TypedDict, total=False):
    Arn: S

class DataConnector(TypedDict, total=False):
    Lambda: X[LambdaFunction]
    IsNative: B

class FunctionRequest(TypedDict, total=False):
    RequiredProperties: L[Si]
    Scope: S
    ImplementedBy: X[DataConnector]

class PropertyGroupRequest(TypedDict, total=False):
    GroupType: S
    PropertyNames: L[Si]

class CompositeComponentTypeRequest(TypedDict, total=False):
    ComponentTypeId: S

CreateComponentTypeParameters = TypedDict(
    "CreateComponentTypeParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "IsSingleton": B,
        "IsSingleton.$": str,
        "ComponentTypeId": S,
        "ComponentTypeId.$": str,
        "Description": S,
        "Description.$": str,
        "PropertyDefinitions": M[X[PropertyDefinitionRequest]],
        "PropertyDefinitions.$": str,
        "ExtendsFrom": L[Si],
        "ExtendsFrom.$": str,
        "Functions": M[X[FunctionRequest]],
        "Functions.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PropertyGroups": M[X[PropertyGroupRequest]],
        "PropertyGroups.$": str,
        "ComponentTypeName": S,
        "ComponentTypeName.$": str,
        "CompositeComponentTypes": M[X[CompositeComponentTypeRequest]],
        "CompositeComponentTypes.$": str,
    },
    total=False,
)

class PropertyRequest(TypedDict, total=False):
    Definition: X[PropertyDefinitionRequest]
    Value: X[DataValue]
    UpdateType: S

class ComponentPropertyGroupRequest(TypedDict, total=False):
    GroupType: S
    PropertyNames: L[Si]
    UpdateType: S

class ComponentRequest(TypedDict, total=False):
    Description: S
    ComponentTypeId: S
    Properties: M[X[PropertyRequest]]
    PropertyGroups: M[X[ComponentPropertyGroupRequest]]

class CompositeComponentRequest(TypedDict, total=False):
    Description: S
    Properties: M[X[PropertyRequest]]
    PropertyGroups: M[X[ComponentPropertyGroupRequest]]

CreateEntityParameters = TypedDict(
    "CreateEntityParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "EntityName": S,
        "EntityName.$": str,
        "Description": S,
        "Description.$": str,
        "Components": M[X[ComponentRequest]],
        "Components.$": str,
        "CompositeComponents": M[X[CompositeComponentRequest]],
        "CompositeComponents.$": str,
        "ParentEntityId": S,
        "ParentEntityId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class S3SourceConfiguration(TypedDict, total=False):
    Location: S

class FilterByAssetModel(TypedDict, total=False):
    AssetModelId: S
    AssetModelExternalId: S
    IncludeOffspring: B
    IncludeAssets: B

class FilterByAsset(TypedDict, total=False):
    AssetId: S
    AssetExternalId: S
    IncludeOffspring: B
    IncludeAssetModel: B

class IotSiteWiseSourceConfigurationFilter(TypedDict, total=False):
    FilterByAssetModel: X[FilterByAssetModel]
    FilterByAsset: X[FilterByAsset]

class IotSiteWiseSourceConfiguration(TypedDict, total=False):
    Filters: L[Xi[IotSiteWiseSourceConfigurationFilter]]

class FilterByComponentType(TypedDict, total=False):
    ComponentTypeId: S

class FilterByEntity(TypedDict, total=False):
    EntityId: S

class IotTwinMakerSourceConfigurationFilter(TypedDict, total=False):
    FilterByComponentType: X[FilterByComponentType]
    FilterByEntity: X[FilterByEntity]

class IotTwinMakerSourceConfiguration(TypedDict, total=False):
    Workspace: S
    Filters: L[Xi[IotTwinMakerSourceConfigurationFilter]]

class SourceConfiguration(TypedDict, total=False):
    Type: S
    S3Configuration: X[S3SourceConfiguration]
    IotSiteWiseConfiguration: X[IotSiteWiseSourceConfiguration]
    IotTwinMakerConfiguration: X[IotTwinMakerSourceConfiguration]

class S3DestinationConfiguration(TypedDict, total=False):
    Location: S

class IotTwinMakerDestinationConfiguration(TypedDict, total=False):
    Workspace: S

class DestinationConfiguration(TypedDict, total=False):
    Type: S
    S3Configuration: X[S3DestinationConfiguration]
    IotTwinMakerConfiguration: X[IotTwinMakerDestinationConfiguration]

CreateMetadataTransferJobParameters = TypedDict(
    "CreateMetadataTransferJobParameters",
    {
        "MetadataTransferJobId": S,
        "MetadataTransferJobId.$": str,
        "Description": S,
        "Description.$": str,
        "Sources": L[Xi[SourceConfiguration]],
        "Sources.$": str,
        "Destination": X[DestinationConfiguration],
        "Destination.$": str,
    },
    total=False,
)
CreateSceneParameters = TypedDict(
    "CreateSceneParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "SceneId": S,
        "SceneId.$": str,
        "ContentLocation": S,
        "ContentLocation.$": str,
        "Description": S,
        "Description.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SceneMetadata": M[S],
        "SceneMetadata.$": str,
    },
    total=False,
)
CreateSyncJobParameters = TypedDict(
    "CreateSyncJobParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "SyncSource": S,
        "SyncSource.$": str,
        "SyncRole": S,
        "SyncRole.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateWorkspaceParameters = TypedDict(
    "CreateWorkspaceParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Description": S,
        "Description.$": str,
        "S3Location": S,
        "S3Location.$": str,
        "Role": S,
        "Role.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteComponentTypeParameters = TypedDict(
    "DeleteComponentTypeParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ComponentTypeId": S, "ComponentTypeId.$": str},
    total=False,
)
DeleteEntityParameters = TypedDict(
    "DeleteEntityParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "IsRecursive": B,
        "IsRecursive.$": str,
    },
    total=False,
)
DeleteSceneParameters = TypedDict(
    "DeleteSceneParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "SceneId": S, "SceneId.$": str},
    total=False,
)
DeleteSyncJobParameters = TypedDict(
    "DeleteSyncJobParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "SyncSource": S, "SyncSource.$": str},
    total=False,
)
DeleteWorkspaceParameters = TypedDict(
    "DeleteWorkspaceParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)
ExecuteQueryParameters = TypedDict(
    "ExecuteQueryParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "QueryStatement": S,
        "QueryStatement.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetComponentTypeParameters = TypedDict(
    "GetComponentTypeParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ComponentTypeId": S, "ComponentTypeId.$": str},
    total=False,
)
GetEntityParameters = TypedDict(
    "GetEntityParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "EntityId": S, "EntityId.$": str},
    total=False,
)
GetMetadataTransferJobParameters = TypedDict(
    "GetMetadataTransferJobParameters",
    {"MetadataTransferJobId": S, "MetadataTransferJobId.$": str},
    total=False,
)

class GetPricingPlanParameters(TypedDict, total=False): ...

class OrderBy(TypedDict, total=False):
    Order: S
    PropertyName: S

class PropertyFilter(TypedDict, total=False):
    PropertyName: S
    Operator: S
    Value: X[DataValue]

class TabularConditions(TypedDict, total=False):
    OrderBy: L[Xi[OrderBy]]
    PropertyFilters: L[Xi[PropertyFilter]]

GetPropertyValueParameters = TypedDict(
    "GetPropertyValueParameters",
    {
        "ComponentName": S,
        "ComponentName.$": str,
        "ComponentPath": S,
        "ComponentPath.$": str,
        "ComponentTypeId": S,
        "ComponentTypeId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "SelectedProperties": L[Si],
        "SelectedProperties.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PropertyGroupName": S,
        "PropertyGroupName.$": str,
        "TabularConditions": X[TabularConditions],
        "TabularConditions.$": str,
    },
    total=False,
)

class InterpolationParameters(TypedDict, total=False):
    InterpolationType: S
    IntervalInSeconds: I

GetPropertyValueHistoryParameters = TypedDict(
    "GetPropertyValueHistoryParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "ComponentPath": S,
        "ComponentPath.$": str,
        "ComponentTypeId": S,
        "ComponentTypeId.$": str,
        "SelectedProperties": L[Si],
        "SelectedProperties.$": str,
        "PropertyFilters": L[Xi[PropertyFilter]],
        "PropertyFilters.$": str,
        "StartDateTime": T,
        "StartDateTime.$": str,
        "EndDateTime": T,
        "EndDateTime.$": str,
        "Interpolation": X[InterpolationParameters],
        "Interpolation.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OrderByTime": S,
        "OrderByTime.$": str,
        "StartTime": S,
        "StartTime.$": str,
        "EndTime": S,
        "EndTime.$": str,
    },
    total=False,
)
GetSceneParameters = TypedDict(
    "GetSceneParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "SceneId": S, "SceneId.$": str},
    total=False,
)
GetSyncJobParameters = TypedDict(
    "GetSyncJobParameters",
    {"SyncSource": S, "SyncSource.$": str, "WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
GetWorkspaceParameters = TypedDict(
    "GetWorkspaceParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)

class ListComponentTypesFilter(TypedDict, total=False):
    ExtendsFrom: S
    Namespace: S
    IsAbstract: B

ListComponentTypesParameters = TypedDict(
    "ListComponentTypesParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Filters": L[Xi[ListComponentTypesFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListComponentsParameters = TypedDict(
    "ListComponentsParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "ComponentPath": S,
        "ComponentPath.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListEntitiesFilter(TypedDict, total=False):
    ParentEntityId: S
    ComponentTypeId: S
    ExternalId: S

ListEntitiesParameters = TypedDict(
    "ListEntitiesParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Filters": L[Xi[ListEntitiesFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListMetadataTransferJobsFilter(TypedDict, total=False):
    WorkspaceId: S
    State: S

ListMetadataTransferJobsParameters = TypedDict(
    "ListMetadataTransferJobsParameters",
    {
        "SourceType": S,
        "SourceType.$": str,
        "DestinationType": S,
        "DestinationType.$": str,
        "Filters": L[Xi[ListMetadataTransferJobsFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPropertiesParameters = TypedDict(
    "ListPropertiesParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "ComponentPath": S,
        "ComponentPath.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListScenesParameters = TypedDict(
    "ListScenesParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSyncJobsParameters = TypedDict(
    "ListSyncJobsParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SyncResourceFilter(TypedDict, total=False):
    State: S
    ResourceType: S
    ResourceId: S
    ExternalId: S

ListSyncResourcesParameters = TypedDict(
    "ListSyncResourcesParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "SyncSource": S,
        "SyncSource.$": str,
        "Filters": L[Xi[SyncResourceFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListWorkspacesParameters = TypedDict(
    "ListWorkspacesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateComponentTypeParameters = TypedDict(
    "UpdateComponentTypeParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "IsSingleton": B,
        "IsSingleton.$": str,
        "ComponentTypeId": S,
        "ComponentTypeId.$": str,
        "Description": S,
        "Description.$": str,
        "PropertyDefinitions": M[X[PropertyDefinitionRequest]],
        "PropertyDefinitions.$": str,
        "ExtendsFrom": L[Si],
        "ExtendsFrom.$": str,
        "Functions": M[X[FunctionRequest]],
        "Functions.$": str,
        "PropertyGroups": M[X[PropertyGroupRequest]],
        "PropertyGroups.$": str,
        "ComponentTypeName": S,
        "ComponentTypeName.$": str,
        "CompositeComponentTypes": M[X[CompositeComponentTypeRequest]],
        "CompositeComponentTypes.$": str,
    },
    total=False,
)

class ComponentUpdateRequest(TypedDict, total=False):
    UpdateType: S
    Description: S
    ComponentTypeId: S
    PropertyUpdates: M[X[PropertyRequest]]
    PropertyGroupUpdates: M[X[ComponentPropertyGroupRequest]]

class CompositeComponentUpdateRequest(TypedDict, total=False):
    UpdateType: S
    Description: S
    PropertyUpdates: M[X[PropertyRequest]]
    PropertyGroupUpdates: M[X[ComponentPropertyGroupRequest]]

class ParentEntityUpdateRequest(TypedDict, total=False):
    UpdateType: S
    ParentEntityId: S

UpdateEntityParameters = TypedDict(
    "UpdateEntityParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "EntityName": S,
        "EntityName.$": str,
        "Description": S,
        "Description.$": str,
        "ComponentUpdates": M[X[ComponentUpdateRequest]],
        "ComponentUpdates.$": str,
        "CompositeComponentUpdates": M[X[CompositeComponentUpdateRequest]],
        "CompositeComponentUpdates.$": str,
        "ParentEntityUpdate": X[ParentEntityUpdateRequest],
        "ParentEntityUpdate.$": str,
    },
    total=False,
)
UpdatePricingPlanParameters = TypedDict(
    "UpdatePricingPlanParameters",
    {"PricingMode": S, "PricingMode.$": str, "BundleNames": L[Si], "BundleNames.$": str},
    total=False,
)
UpdateSceneParameters = TypedDict(
    "UpdateSceneParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "SceneId": S,
        "SceneId.$": str,
        "ContentLocation": S,
        "ContentLocation.$": str,
        "Description": S,
        "Description.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "SceneMetadata": M[S],
        "SceneMetadata.$": str,
    },
    total=False,
)
UpdateWorkspaceParameters = TypedDict(
    "UpdateWorkspaceParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Description": S,
        "Description.$": str,
        "Role": S,
        "Role.$": str,
        "S3Location": S,
        "S3Location.$": str,
    },
    total=False,
)
batch_put_property_values: Builder[BatchPutPropertyValuesParameters]
cancel_metadata_transfer_job: Builder[CancelMetadataTransferJobParameters]
create_component_type: Builder[CreateComponentTypeParameters]
create_entity: Builder[CreateEntityParameters]
create_metadata_transfer_job: Builder[CreateMetadataTransferJobParameters]
create_scene: Builder[CreateSceneParameters]
create_sync_job: Builder[CreateSyncJobParameters]
create_workspace: Builder[CreateWorkspaceParameters]
delete_component_type: Builder[DeleteComponentTypeParameters]
delete_entity: Builder[DeleteEntityParameters]
delete_scene: Builder[DeleteSceneParameters]
delete_sync_job: Builder[DeleteSyncJobParameters]
delete_workspace: Builder[DeleteWorkspaceParameters]
execute_query: Builder[ExecuteQueryParameters]
get_component_type: Builder[GetComponentTypeParameters]
get_entity: Builder[GetEntityParameters]
get_metadata_transfer_job: Builder[GetMetadataTransferJobParameters]
get_pricing_plan: Builder[GetPricingPlanParameters]
get_property_value: Builder[GetPropertyValueParameters]
get_property_value_history: Builder[GetPropertyValueHistoryParameters]
get_scene: Builder[GetSceneParameters]
get_sync_job: Builder[GetSyncJobParameters]
get_workspace: Builder[GetWorkspaceParameters]
list_component_types: Builder[ListComponentTypesParameters]
list_components: Builder[ListComponentsParameters]
list_entities: Builder[ListEntitiesParameters]
list_metadata_transfer_jobs: Builder[ListMetadataTransferJobsParameters]
list_properties: Builder[ListPropertiesParameters]
list_scenes: Builder[ListScenesParameters]
list_sync_jobs: Builder[ListSyncJobsParameters]
list_sync_resources: Builder[ListSyncResourcesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_workspaces: Builder[ListWorkspacesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_component_type: Builder[UpdateComponentTypeParameters]
update_entity: Builder[UpdateEntityParameters]
update_pricing_plan: Builder[UpdatePricingPlanParameters]
update_scene: Builder[UpdateSceneParameters]
update_workspace: Builder[UpdateWorkspaceParameters]

__all__ = [
    "batch_put_property_values",
    "cancel_metadata_transfer_job",
    "create_component_type",
    "create_entity",
    "create_metadata_transfer_job",
    "create_scene",
    "create_sync_job",
    "create_workspace",
    "delete_component_type",
    "delete_entity",
    "delete_scene",
    "delete_sync_job",
    "delete_workspace",
    "execute_query",
    "get_component_type",
    "get_entity",
    "get_metadata_transfer_job",
    "get_pricing_plan",
    "get_property_value",
    "get_property_value_history",
    "get_scene",
    "get_sync_job",
    "get_workspace",
    "list_component_types",
    "list_components",
    "list_entities",
    "list_metadata_transfer_jobs",
    "list_properties",
    "list_scenes",
    "list_sync_jobs",
    "list_sync_resources",
    "list_tags_for_resource",
    "list_workspaces",
    "tag_resource",
    "untag_resource",
    "update_component_type",
    "update_entity",
    "update_pricing_plan",
    "update_scene",
    "update_workspace",
]
