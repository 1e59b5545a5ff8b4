"""Typed builders of the AWS SDK integration of iotthingsgraph (``aws-sdk:iotthingsgraph:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

AssociateEntityToThingParameters = TypedDict(
    "AssociateEntityToThingParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "NamespaceVersion": I,
        "NamespaceVersion.$": str,
    },
    total=False,
)

class DefinitionDocument(TypedDict, total=False):
    Language: S
    Text: S

CreateFlowTemplateParameters = TypedDict(
    "CreateFlowTemplateParameters",
    {
        "Definition": X[DefinitionDocument],
        "Definition.$": str,
        "CompatibleNamespaceVersion": I,
        "CompatibleNamespaceVersion.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class MetricsConfiguration(TypedDict, total=False):
    CloudMetricEnabled: B
    MetricRuleRoleArn: S

CreateSystemInstanceParameters = TypedDict(
    "CreateSystemInstanceParameters",
    {
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Definition": X[DefinitionDocument],
        "Definition.$": str,
        "Target": S,
        "Target.$": str,
        "GreengrassGroupName": S,
        "GreengrassGroupName.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "MetricsConfiguration": X[MetricsConfiguration],
        "MetricsConfiguration.$": str,
        "FlowActionsRoleArn": S,
        "FlowActionsRoleArn.$": str,
    },
    total=False,
)
CreateSystemTemplateParameters = TypedDict(
    "CreateSystemTemplateParameters",
    {
        "Definition": X[DefinitionDocument],
        "Definition.$": str,
        "CompatibleNamespaceVersion": I,
        "CompatibleNamespaceVersion.$": str,
    },
    total=False,
)
DeleteFlowTemplateParameters = TypedDict(
    "DeleteFlowTemplateParameters", {"Id": S, "Id.$": str}, total=False
)

class DeleteNamespaceParameters(TypedDict, total=False): ...

DeleteSystemInstanceParameters = TypedDict(
    "DeleteSystemInstanceParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteSystemTemplateParameters = TypedDict(
    "DeleteSystemTemplateParameters", {"Id": S, "Id.$": str}, total=False
)
DeploySystemInstanceParameters = TypedDict(
    "DeploySystemInstanceParameters", {"Id": S, "Id.$": str}, total=False
)
DeprecateFlowTemplateParameters = TypedDict(
    "DeprecateFlowTemplateParameters", {"Id": S, "Id.$": str}, total=False
)
DeprecateSystemTemplateParameters = TypedDict(
    "DeprecateSystemTemplateParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeNamespaceParameters = TypedDict(
    "DescribeNamespaceParameters", {"NamespaceName": S, "NamespaceName.$": str}, total=False
)
DissociateEntityFromThingParameters = TypedDict(
    "DissociateEntityFromThingParameters",
    {"ThingName": S, "ThingName.$": str, "EntityType": S, "EntityType.$": str},
    total=False,
)
GetEntitiesParameters = TypedDict(
    "GetEntitiesParameters",
    {"Ids": L[Si], "Ids.$": str, "NamespaceVersion": I, "NamespaceVersion.$": str},
    total=False,
)
GetFlowTemplateParameters = TypedDict(
    "GetFlowTemplateParameters",
    {"Id": S, "Id.$": str, "RevisionNumber": I, "RevisionNumber.$": str},
    total=False,
)
GetFlowTemplateRevisionsParameters = TypedDict(
    "GetFlowTemplateRevisionsParameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GetNamespaceDeletionStatusParameters(TypedDict, total=False): ...

GetSystemInstanceParameters = TypedDict(
    "GetSystemInstanceParameters", {"Id": S, "Id.$": str}, total=False
)
GetSystemTemplateParameters = TypedDict(
    "GetSystemTemplateParameters",
    {"Id": S, "Id.$": str, "RevisionNumber": I, "RevisionNumber.$": str},
    total=False,
)
GetSystemTemplateRevisionsParameters = TypedDict(
    "GetSystemTemplateRevisionsParameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetUploadStatusParameters = TypedDict(
    "GetUploadStatusParameters", {"UploadId": S, "UploadId.$": str}, total=False
)
ListFlowExecutionMessagesParameters = TypedDict(
    "ListFlowExecutionMessagesParameters",
    {
        "FlowExecutionId": S,
        "FlowExecutionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class EntityFilter(TypedDict, total=False):
    Name: S
    Value: L[Si]

SearchEntitiesParameters = TypedDict(
    "SearchEntitiesParameters",
    {
        "EntityTypes": L[Si],
        "EntityTypes.$": str,
        "Filters": L[Xi[EntityFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NamespaceVersion": I,
        "NamespaceVersion.$": str,
    },
    total=False,
)
SearchFlowExecutionsParameters = TypedDict(
    "SearchFlowExecutionsParameters",
    {
        "SystemInstanceId": S,
        "SystemInstanceId.$": str,
        "FlowExecutionId": S,
        "FlowExecutionId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FlowTemplateFilter(TypedDict, total=False):
    Name: S
    Value: L[Si]

SearchFlowTemplatesParameters = TypedDict(
    "SearchFlowTemplatesParameters",
    {
        "Filters": L[Xi[FlowTemplateFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SystemInstanceFilter(TypedDict, total=False):
    Name: S
    Value: L[Si]

SearchSystemInstancesParameters = TypedDict(
    "SearchSystemInstancesParameters",
    {
        "Filters": L[Xi[SystemInstanceFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SystemTemplateFilter(TypedDict, total=False):
    Name: S
    Value: L[Si]

SearchSystemTemplatesParameters = TypedDict(
    "SearchSystemTemplatesParameters",
    {
        "Filters": L[Xi[SystemTemplateFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
SearchThingsParameters = TypedDict(
    "SearchThingsParameters",
    {
        "EntityId": S,
        "EntityId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NamespaceVersion": I,
        "NamespaceVersion.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UndeploySystemInstanceParameters = TypedDict(
    "UndeploySystemInstanceParameters", {"Id": S, "Id.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateFlowTemplateParameters = TypedDict(
    "UpdateFlowTemplateParameters",
    {
        "Id": S,
        "Id.$": str,
        "Definition": X[DefinitionDocument],
        "Definition.$": str,
        "CompatibleNamespaceVersion": I,
        "CompatibleNamespaceVersion.$": str,
    },
    total=False,
)
UpdateSystemTemplateParameters = TypedDict(
    "UpdateSystemTemplateParameters",
    {
        "Id": S,
        "Id.$": str,
        "Definition": X[DefinitionDocument],
        "Definition.$": str,
        "CompatibleNamespaceVersion": I,
        "CompatibleNamespaceVersion.$": str,
    },
    total=False,
)
UploadEntityDefinitionsParameters = TypedDict(
    "UploadEntityDefinitionsParameters",
    {
        "Document": X[DefinitionDocument],
        "Document.$": str,
        "SyncWithPublicNamespace": B,
        "SyncWithPublicNamespace.$": str,
        "DeprecateExistingEntities": B,
        "DeprecateExistingEntities.$": str,
    },
    total=False,
)
associate_entity_to_thing: Builder[AssociateEntityToThingParameters]
create_flow_template: Builder[CreateFlowTemplateParameters]
create_system_instance: Builder[CreateSystemInstanceParameters]
create_system_template: Builder[CreateSystemTemplateParameters]
delete_flow_template: Builder[DeleteFlowTemplateParameters]
delete_namespace: Builder[DeleteNamespaceParameters]
delete_system_instance: Builder[DeleteSystemInstanceParameters]
delete_system_template: Builder[DeleteSystemTemplateParameters]
deploy_system_instance: Builder[DeploySystemInstanceParameters]
deprecate_flow_template: Builder[DeprecateFlowTemplateParameters]
deprecate_system_template: Builder[DeprecateSystemTemplateParameters]
describe_namespace: Builder[DescribeNamespaceParameters]
dissociate_entity_from_thing: Builder[DissociateEntityFromThingParameters]
get_entities: Builder[GetEntitiesParameters]
get_flow_template: Builder[GetFlowTemplateParameters]
get_flow_template_revisions: Builder[GetFlowTemplateRevisionsParameters]
get_namespace_deletion_status: Builder[GetNamespaceDeletionStatusParameters]
get_system_instance: Builder[GetSystemInstanceParameters]
get_system_template: Builder[GetSystemTemplateParameters]
get_system_template_revisions: Builder[GetSystemTemplateRevisionsParameters]
get_upload_status: Builder[GetUploadStatusParameters]
list_flow_execution_messages: Builder[ListFlowExecutionMessagesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
search_entities: Builder[SearchEntitiesParameters]
search_flow_executions: Builder[SearchFlowExecutionsParameters]
search_flow_templates: Builder[SearchFlowTemplatesParameters]
search_system_instances: Builder[SearchSystemInstancesParameters]
search_system_templates: Builder[SearchSystemTemplatesParameters]
search_things: Builder[SearchThingsParameters]
tag_resource: Builder[TagResourceParameters]
undeploy_system_instance: Builder[UndeploySystemInstanceParameters]
untag_resource: Builder[UntagResourceParameters]
update_flow_template: Builder[UpdateFlowTemplateParameters]
update_system_template: Builder[UpdateSystemTemplateParameters]
upload_entity_definitions: Builder[UploadEntityDefinitionsParameters]

__all__ = [
    "associate_entity_to_thing",
    "create_flow_template",
    "create_system_instance",
    "create_system_template",
    "delete_flow_template",
    "delete_namespace",
    "delete_system_instance",
    "delete_system_template",
    "deploy_system_instance",
    "deprecate_flow_template",
    "deprecate_system_template",
    "describe_namespace",
    "dissociate_entity_from_thing",
    "get_entities",
    "get_flow_template",
    "get_flow_template_revisions",
    "get_namespace_deletion_status",
    "get_system_instance",
    "get_system_template",
    "get_system_template_revisions",
    "get_upload_status",
    "list_flow_execution_messages",
    "list_tags_for_resource",
    "search_entities",
    "search_flow_executions",
    "search_flow_templates",
    "search_system_instances",
    "search_system_templates",
    "search_things",
    "tag_resource",
    "undeploy_system_instance",
    "untag_resource",
    "update_flow_template",
    "update_system_template",
    "upload_entity_definitions",
]
