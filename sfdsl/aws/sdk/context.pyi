"""Typed builders of the AWS SDK integration of context (``aws-sdk:context:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Bi, Builder, F, Fi, I, Ii, L, M, S, Si, T, X, Xi

AcceptCurationProposalParameters = TypedDict(
    "AcceptCurationProposalParameters",
    {
        "CurationProposalId": S,
        "CurationProposalId.$": str,
        "AgentContextId": S,
        "AgentContextId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Message(TypedDict, total=False):
    Role: S
    Content: S

class AnalysisConfiguration(TypedDict, total=False):
    EmitTrace: S

class RetrievalConfiguration(TypedDict, total=False):
    MaxIterations: I

AgenticRetrieveParameters = TypedDict(
    "AgenticRetrieveParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Messages": L[Xi[Message]],
        "Messages.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "AnalysisConfiguration": X[AnalysisConfiguration],
        "AnalysisConfiguration.$": str,
        "RetrievalConfiguration": X[RetrievalConfiguration],
        "RetrievalConfiguration.$": str,
    },
    total=False,
)

class StreamRetrievalConfiguration(TypedDict, total=False):
    MaxIterations: I

AgenticRetrieveStreamParameters = TypedDict(
    "AgenticRetrieveStreamParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Messages": L[Xi[Message]],
        "Messages.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "AnalysisConfiguration": X[AnalysisConfiguration],
        "AnalysisConfiguration.$": str,
        "RetrievalConfiguration": X[StreamRetrievalConfiguration],
        "RetrievalConfiguration.$": str,
    },
    total=False,
)
AssociateCurationPolicyParameters = TypedDict(
    "AssociateCurationPolicyParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "CurationPolicyId": S,
        "CurationPolicyId.$": str,
    },
    total=False,
)
CancelOntologyInductionParameters = TypedDict(
    "CancelOntologyInductionParameters",
    {"OntologyInductionId": S, "OntologyInductionId.$": str},
    total=False,
)
CancelTaskParameters = TypedDict(
    "CancelTaskParameters",
    {"AgentContextId": S, "AgentContextId.$": str, "TaskId": S, "TaskId.$": str},
    total=False,
)

class OntologyMapping(TypedDict, total=False):
    OntologyId: S

class Filter(TypedDict, total=False):
    FileType: S
    ExcludeTags: L[Si]
    IncludeTags: L[Si]
    UpdatedAfter: T
    CreatedAfter: T
    MaxDocumentSizeBytes: I

class DataFilter(TypedDict, total=False):
    Filters: L[Xi[Filter]]

class PathSegment(TypedDict, total=False):
    Level: S
    Id: S

class ConnectionMapping(TypedDict, total=False):
    ConnectionId: S
    OntologyMappings: L[Xi[OntologyMapping]]
    DataFilter: X[DataFilter]
    ExtractionDepth: S
    PathSegments: L[Xi[PathSegment]]
    Type: S

class TraceAnalysisConfig(TypedDict, total=False):
    Status: S
    TraceAnalysisRole: S
    IncludeContextAgentTraces: S

class WorkforceSignInConfig(TypedDict, total=False):
    Status: S
    SignInUrl: S

class EntityResolutionConfig(TypedDict, total=False):
    Status: S

class TrustedIdentitySource(TypedDict, total=False):
    IdentityStoreArn: S
    IdentityProviderArn: S

CreateAgentContextParameters = TypedDict(
    "CreateAgentContextParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ConnectionMappings": L[Xi[ConnectionMapping]],
        "ConnectionMappings.$": str,
        "TraceAnalysisConfig": X[TraceAnalysisConfig],
        "TraceAnalysisConfig.$": str,
        "WorkforceSignInConfig": X[WorkforceSignInConfig],
        "WorkforceSignInConfig.$": str,
        "EntityResolutionConfig": X[EntityResolutionConfig],
        "EntityResolutionConfig.$": str,
        "TrustedIdentitySources": L[Xi[TrustedIdentitySource]],
        "TrustedIdentitySources.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "CurationPolicyIds": L[Si],
        "CurationPolicyIds.$": str,
    },
    total=False,
)

class AccessControlEntry(TypedDict, total=False):
    Access: S
    PrincipalId: S
    PrincipalType: S

class AccessControlConfig(TypedDict, total=False):
    AccessControlList: L[Xi[AccessControlEntry]]

class EdgeIdentifier(TypedDict, total=False):
    From: S
    To: S

class Entity(TypedDict, total=False):
    NodeId: S
    EdgeId: X[EdgeIdentifier]

class AnyValue(TypedDict, total=False):
    StringValue: S
    IntValue: I
    LongValue: I
    BoolValue: B
    FloatValue: F
    DoubleValue: F
    StringListValue: L[Si]
    IntListValue: L[Ii]
    LongListValue: L[Ii]
    FloatListValue: L[Fi]
    DoubleListValue: L[Fi]
    BoolListValue: L[Bi]

class PutOperation(TypedDict, total=False):
    Entity: X[Entity]
    Properties: M[X[AnyValue]]

class UpdateOperation(TypedDict, total=False):
    Entity: X[Entity]
    Properties: M[X[AnyValue]]

class DeleteOperation(TypedDict, total=False):
    Entity: X[Entity]
    Properties: M[X[AnyValue]]

class ChangeSetOperation(TypedDict, total=False):
    Put: X[PutOperation]
    Update: X[UpdateOperation]
    Delete: X[DeleteOperation]

CreateChangeSetParameters = TypedDict(
    "CreateChangeSetParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AccessControlConfig": X[AccessControlConfig],
        "AccessControlConfig.$": str,
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Operations": L[Xi[ChangeSetOperation]],
        "Operations.$": str,
    },
    total=False,
)

class DataSourceLocation(TypedDict, total=False):
    Arn: S

class DataSourceReference(TypedDict, total=False):
    Type: S
    Location: X[DataSourceLocation]

class ResourceSelector(TypedDict, total=False):
    Path: L[Xi[PathSegment]]

class DataSourceScope(TypedDict, total=False):
    Selectors: L[Xi[ResourceSelector]]

class IamRoleAccess(TypedDict, total=False):
    RoleArn: S

class AccessConfig(TypedDict, total=False):
    IamRole: X[IamRoleAccess]

class SyncSchedule(TypedDict, total=False):
    Frequency: S
    CronExpression: S

class IngestionConfig(TypedDict, total=False):
    RoleArn: S

class GlueConnectionMapping(TypedDict, total=False):
    Path: L[Xi[PathSegment]]
    GlueConnectionArn: S

CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "DataSource": X[DataSourceReference],
        "DataSource.$": str,
        "Scope": X[DataSourceScope],
        "Scope.$": str,
        "AccessConfig": X[AccessConfig],
        "AccessConfig.$": str,
        "SyncSchedule": X[SyncSchedule],
        "SyncSchedule.$": str,
        "IngestionConfig": X[IngestionConfig],
        "IngestionConfig.$": str,
        "GlueConnectionMappings": L[Xi[GlueConnectionMapping]],
        "GlueConnectionMappings.$": str,
        "Publish": B,
        "Publish.$": str,
        "Acknowledgements": L[Si],
        "Acknowledgements.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateCurationPolicyParameters = TypedDict(
    "CreateCurationPolicyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "AutoRejectAfterSeconds": I,
        "AutoRejectAfterSeconds.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateCurationPolicyVersionParameters = TypedDict(
    "CreateCurationPolicyVersionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "CurationPolicyId": S,
        "CurationPolicyId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
CreateOntologyParameters = TypedDict(
    "CreateOntologyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SourceFormat": S,
        "SourceFormat.$": str,
        "Source": S,
        "Source.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAgentContextParameters = TypedDict(
    "DeleteAgentContextParameters", {"AgentContextId": S, "AgentContextId.$": str}, total=False
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters",
    {"ConnectionId": S, "ConnectionId.$": str, "DeletionMode": S, "DeletionMode.$": str},
    total=False,
)
DeleteCurationPolicyParameters = TypedDict(
    "DeleteCurationPolicyParameters",
    {"CurationPolicyId": S, "CurationPolicyId.$": str},
    total=False,
)
DeleteOntologyParameters = TypedDict(
    "DeleteOntologyParameters", {"OntologyId": S, "OntologyId.$": str}, total=False
)
DeleteOntologyInductionParameters = TypedDict(
    "DeleteOntologyInductionParameters",
    {"OntologyInductionId": S, "OntologyInductionId.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ExpectedRevisionId": S, "ExpectedRevisionId.$": str},
    total=False,
)
DisassociateCurationPolicyParameters = TypedDict(
    "DisassociateCurationPolicyParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "CurationPolicyId": S,
        "CurationPolicyId.$": str,
    },
    total=False,
)

class SqlTableReference(TypedDict, total=False):
    GlueTableArn: S

class SqlQuery(TypedDict, total=False):
    Statement: S
    Tables: L[Xi[SqlTableReference]]

class SqlDataQuery(TypedDict, total=False):
    Sql: X[SqlQuery]

ExecuteSqlParameters = TypedDict(
    "ExecuteSqlParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "Query": X[SqlDataQuery],
        "Query.$": str,
    },
    total=False,
)
GetAgentContextParameters = TypedDict(
    "GetAgentContextParameters", {"AgentContextId": S, "AgentContextId.$": str}, total=False
)
GetChangeSetParameters = TypedDict(
    "GetChangeSetParameters",
    {"ChangeSetId": S, "ChangeSetId.$": str, "AgentContextId": S, "AgentContextId.$": str},
    total=False,
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
GetCurationPolicyParameters = TypedDict(
    "GetCurationPolicyParameters",
    {"CurationPolicyId": S, "CurationPolicyId.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetCurationProposalParameters = TypedDict(
    "GetCurationProposalParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "CurationProposalId": S,
        "CurationProposalId.$": str,
    },
    total=False,
)
GetOntologyParameters = TypedDict(
    "GetOntologyParameters",
    {
        "OntologyId": S,
        "OntologyId.$": str,
        "Version": S,
        "Version.$": str,
        "SourceFormat": S,
        "SourceFormat.$": str,
    },
    total=False,
)
GetOntologyInductionParameters = TypedDict(
    "GetOntologyInductionParameters",
    {"OntologyInductionId": S, "OntologyInductionId.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetTaskParameters = TypedDict(
    "GetTaskParameters",
    {"AgentContextId": S, "AgentContextId.$": str, "TaskId": S, "TaskId.$": str},
    total=False,
)
ListAgentContextsParameters = TypedDict(
    "ListAgentContextsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListChangeSetOperationsParameters = TypedDict(
    "ListChangeSetOperationsParameters",
    {
        "ChangeSetId": S,
        "ChangeSetId.$": str,
        "AgentContextId": S,
        "AgentContextId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListChangeSetsParameters = TypedDict(
    "ListChangeSetsParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Status": S,
        "Status.$": str,
        "AccessControl": S,
        "AccessControl.$": str,
        "GeneratedBy": S,
        "GeneratedBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectionsParameters = TypedDict(
    "ListConnectionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCurationPoliciesParameters = TypedDict(
    "ListCurationPoliciesParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCurationProposalsParameters = TypedDict(
    "ListCurationProposalsParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Status": S,
        "Status.$": str,
        "AccessControl": S,
        "AccessControl.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOntologiesParameters = TypedDict(
    "ListOntologiesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListOntologyInductionsParameters = TypedDict(
    "ListOntologyInductionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTasksParameters = TypedDict(
    "ListTasksParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Status": S,
        "Status.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Policy": S,
        "Policy.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)
PutTraceParameters = TypedDict(
    "PutTraceParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Format": S,
        "Format.$": str,
        "TraceDocuments": L[Si],
        "TraceDocuments.$": str,
        "AgentContextArns": L[Si],
        "AgentContextArns.$": str,
        "TraceMetadata": M[S],
        "TraceMetadata.$": str,
        "AccessControlConfig": X[AccessControlConfig],
        "AccessControlConfig.$": str,
    },
    total=False,
)
RejectCurationProposalParameters = TypedDict(
    "RejectCurationProposalParameters",
    {
        "CurationProposalId": S,
        "CurationProposalId.$": str,
        "AgentContextId": S,
        "AgentContextId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class FilterValue(TypedDict, total=False):
    StringValue: S
    NumberValue: F
    BooleanValue: B
    StringListValue: L[Si]

class FilterAttribute(TypedDict, total=False):
    Key: S
    Value: X[FilterValue]

class SearchFilter(TypedDict, total=False):
    EqualTo: X[FilterAttribute]
    NotEqualTo: X[FilterAttribute]
    GreaterThan: X[FilterAttribute]
    GreaterThanOrEqualTo: X[FilterAttribute]
    LessThan: X[FilterAttribute]
    LessThanOrEqualTo: X[FilterAttribute]
    In: X[FilterAttribute]
    AndAll: L[Xi[SearchFilter]]

SearchAgentContextParameters = TypedDict(
    "SearchAgentContextParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Query": S,
        "Query.$": str,
        "Filter": X[SearchFilter],
        "Filter.$": str,
        "SearchType": S,
        "SearchType.$": str,
    },
    total=False,
)

class OntologyInductionDocument(TypedDict, total=False):
    Name: S
    ContentType: S
    Content: S

class OntologyInductionInputConfig(TypedDict, total=False):
    Documents: L[Xi[OntologyInductionDocument]]

StartOntologyInductionParameters = TypedDict(
    "StartOntologyInductionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "OntologyName": S,
        "OntologyName.$": str,
        "OntologyDescription": S,
        "OntologyDescription.$": str,
        "InputConfig": X[OntologyInductionInputConfig],
        "InputConfig.$": str,
        "SeedOntologyId": S,
        "SeedOntologyId.$": str,
        "Prompt": S,
        "Prompt.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "OntologyTags": M[S],
        "OntologyTags.$": str,
    },
    total=False,
)

class InputDocument(TypedDict, total=False):
    Name: S
    ContentType: S
    Content: S

class ImportDataDictionaryTaskConfiguration(TypedDict, total=False):
    Documents: L[Xi[InputDocument]]

class ImportVerifiedQueriesTaskConfiguration(TypedDict, total=False):
    Documents: L[Xi[InputDocument]]

class OntologyReference(TypedDict, total=False):
    OntologyId: S
    OntologyVersion: S

class ImportOntologyTaskConfiguration(TypedDict, total=False):
    Ontologies: L[Xi[OntologyReference]]

class TaskInputConfiguration(TypedDict, total=False):
    ImportDataDictionary: X[ImportDataDictionaryTaskConfiguration]
    ImportVerifiedQueries: X[ImportVerifiedQueriesTaskConfiguration]
    ImportOntology: X[ImportOntologyTaskConfiguration]

StartTaskParameters = TypedDict(
    "StartTaskParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "InputConfiguration": X[TaskInputConfiguration],
        "InputConfiguration.$": str,
        "AccessControlConfig": X[AccessControlConfig],
        "AccessControlConfig.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class TraversalStrategy(TypedDict, total=False):
    EdgeTypes: L[Si]
    Direction: S
    MaxDepth: I

TraverseAgentContextParameters = TypedDict(
    "TraverseAgentContextParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AgentContextId": S,
        "AgentContextId.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "TraversalStrategy": X[TraversalStrategy],
        "TraversalStrategy.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAgentContextParameters = TypedDict(
    "UpdateAgentContextParameters",
    {
        "AgentContextId": S,
        "AgentContextId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ConnectionMappings": L[Xi[ConnectionMapping]],
        "ConnectionMappings.$": str,
        "TraceAnalysisConfig": X[TraceAnalysisConfig],
        "TraceAnalysisConfig.$": str,
        "WorkforceSignInConfig": X[WorkforceSignInConfig],
        "WorkforceSignInConfig.$": str,
        "EntityResolutionConfig": X[EntityResolutionConfig],
        "EntityResolutionConfig.$": str,
        "TrustedIdentitySources": L[Xi[TrustedIdentitySource]],
        "TrustedIdentitySources.$": str,
    },
    total=False,
)
UpdateChangeSetParameters = TypedDict(
    "UpdateChangeSetParameters",
    {
        "ChangeSetId": S,
        "ChangeSetId.$": str,
        "AgentContextId": S,
        "AgentContextId.$": str,
        "ChangeSetVersion": I,
        "ChangeSetVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "OperationsToRemove": L[Xi[ChangeSetOperation]],
        "OperationsToRemove.$": str,
    },
    total=False,
)
UpdateConnectionParameters = TypedDict(
    "UpdateConnectionParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "Name": S,
        "Name.$": str,
        "Scope": X[DataSourceScope],
        "Scope.$": str,
        "AccessConfig": X[AccessConfig],
        "AccessConfig.$": str,
        "SyncSchedule": X[SyncSchedule],
        "SyncSchedule.$": str,
        "IngestionConfig": X[IngestionConfig],
        "IngestionConfig.$": str,
        "GlueConnectionMappings": L[Xi[GlueConnectionMapping]],
        "GlueConnectionMappings.$": str,
        "Publish": B,
        "Publish.$": str,
    },
    total=False,
)
UpdateCurationPolicyParameters = TypedDict(
    "UpdateCurationPolicyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "CurationPolicyId": S,
        "CurationPolicyId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "AutoRejectAfterSeconds": I,
        "AutoRejectAfterSeconds.$": str,
    },
    total=False,
)
accept_curation_proposal: Builder[AcceptCurationProposalParameters]
agentic_retrieve: Builder[AgenticRetrieveParameters]
agentic_retrieve_stream: Builder[AgenticRetrieveStreamParameters]
associate_curation_policy: Builder[AssociateCurationPolicyParameters]
cancel_ontology_induction: Builder[CancelOntologyInductionParameters]
cancel_task: Builder[CancelTaskParameters]
create_agent_context: Builder[CreateAgentContextParameters]
create_change_set: Builder[CreateChangeSetParameters]
create_connection: Builder[CreateConnectionParameters]
create_curation_policy: Builder[CreateCurationPolicyParameters]
create_curation_policy_version: Builder[CreateCurationPolicyVersionParameters]
create_ontology: Builder[CreateOntologyParameters]
delete_agent_context: Builder[DeleteAgentContextParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_curation_policy: Builder[DeleteCurationPolicyParameters]
delete_ontology: Builder[DeleteOntologyParameters]
delete_ontology_induction: Builder[DeleteOntologyInductionParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
disassociate_curation_policy: Builder[DisassociateCurationPolicyParameters]
execute_sql: Builder[ExecuteSqlParameters]
get_agent_context: Builder[GetAgentContextParameters]
get_change_set: Builder[GetChangeSetParameters]
get_connection: Builder[GetConnectionParameters]
get_curation_policy: Builder[GetCurationPolicyParameters]
get_curation_proposal: Builder[GetCurationProposalParameters]
get_ontology: Builder[GetOntologyParameters]
get_ontology_induction: Builder[GetOntologyInductionParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_task: Builder[GetTaskParameters]
list_agent_contexts: Builder[ListAgentContextsParameters]
list_change_set_operations: Builder[ListChangeSetOperationsParameters]
list_change_sets: Builder[ListChangeSetsParameters]
list_connections: Builder[ListConnectionsParameters]
list_curation_policies: Builder[ListCurationPoliciesParameters]
list_curation_proposals: Builder[ListCurationProposalsParameters]
list_ontologies: Builder[ListOntologiesParameters]
list_ontology_inductions: Builder[ListOntologyInductionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tasks: Builder[ListTasksParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_trace: Builder[PutTraceParameters]
reject_curation_proposal: Builder[RejectCurationProposalParameters]
search_agent_context: Builder[SearchAgentContextParameters]
start_ontology_induction: Builder[StartOntologyInductionParameters]
start_task: Builder[StartTaskParameters]
tag_resource: Builder[TagResourceParameters]
traverse_agent_context: Builder[TraverseAgentContextParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent_context: Builder[UpdateAgentContextParameters]
update_change_set: Builder[UpdateChangeSetParameters]
update_connection: Builder[UpdateConnectionParameters]
update_curation_policy: Builder[UpdateCurationPolicyParameters]

__all__ = [
    "accept_curation_proposal",
    "agentic_retrieve",
    "agentic_retrieve_stream",
    "associate_curation_policy",
    "cancel_ontology_induction",
    "cancel_task",
    "create_agent_context",
    "create_change_set",
    "create_connection",
    "create_curation_policy",
    "create_curation_policy_version",
    "create_ontology",
    "delete_agent_context",
    "delete_connection",
    "delete_curation_policy",
    "delete_ontology",
    "delete_ontology_induction",
    "delete_resource_policy",
    "disassociate_curation_policy",
    "execute_sql",
    "get_agent_context",
    "get_change_set",
    "get_connection",
    "get_curation_policy",
    "get_curation_proposal",
    "get_ontology",
    "get_ontology_induction",
    "get_resource_policy",
    "get_task",
    "list_agent_contexts",
    "list_change_set_operations",
    "list_change_sets",
    "list_connections",
    "list_curation_policies",
    "list_curation_proposals",
    "list_ontologies",
    "list_ontology_inductions",
    "list_tags_for_resource",
    "list_tasks",
    "put_resource_policy",
    "put_trace",
    "reject_curation_proposal",
    "search_agent_context",
    "start_ontology_induction",
    "start_task",
    "tag_resource",
    "traverse_agent_context",
    "untag_resource",
    "update_agent_context",
    "update_change_set",
    "update_connection",
    "update_curation_policy",
]
