"""Typed builders of the AWS SDK integration of entityresolution (``aws-sdk:entityresolution:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, X, Xi

AddPolicyStatementParameters = TypedDict(
    "AddPolicyStatementParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "Effect": S,
        "Effect.$": str,
        "Action": L[Si],
        "Action.$": str,
        "Principal": L[Si],
        "Principal.$": str,
        "Condition": S,
        "Condition.$": str,
    },
    total=False,
)
BatchDeleteUniqueIdParameters = TypedDict(
    "BatchDeleteUniqueIdParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "InputSource": S,
        "InputSource.$": str,
        "UniqueIds": L[Si],
        "UniqueIds.$": str,
    },
    total=False,
)

class IdMappingWorkflowInputSource(TypedDict, total=False):
    InputSourceARN: S
    SchemaName: S
    Type: S

class IdMappingWorkflowOutputSource(TypedDict, total=False):
    KmsArn: S
    OutputS3Path: S

class Rule(TypedDict, total=False):
    RuleName: S
    MatchingKeys: L[Si]

class IdMappingRuleBasedProperties(TypedDict, total=False):
    Rules: L[Xi[Rule]]
    RuleDefinitionType: S
    AttributeMatchingModel: S
    RecordMatchingModel: S

class IntermediateSourceConfiguration(TypedDict, total=False):
    IntermediateS3Path: S

class ProviderProperties(TypedDict, total=False):
    ProviderServiceArn: S
    ProviderConfiguration: Doc
    IntermediateSourceConfiguration: X[IntermediateSourceConfiguration]

class IdMappingTechniques(TypedDict, total=False):
    IdMappingType: S
    RuleBasedProperties: X[IdMappingRuleBasedProperties]
    ProviderProperties: X[ProviderProperties]

class IdMappingIncrementalRunConfig(TypedDict, total=False):
    IncrementalRunType: S

CreateIdMappingWorkflowParameters = TypedDict(
    "CreateIdMappingWorkflowParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "Description": S,
        "Description.$": str,
        "InputSourceConfig": L[Xi[IdMappingWorkflowInputSource]],
        "InputSourceConfig.$": str,
        "OutputSourceConfig": L[Xi[IdMappingWorkflowOutputSource]],
        "OutputSourceConfig.$": str,
        "IdMappingTechniques": X[IdMappingTechniques],
        "IdMappingTechniques.$": str,
        "IncrementalRunConfig": X[IdMappingIncrementalRunConfig],
        "IncrementalRunConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class IdNamespaceInputSource(TypedDict, total=False):
    InputSourceARN: S
    SchemaName: S

class NamespaceRuleBasedProperties(TypedDict, total=False):
    Rules: L[Xi[Rule]]
    RuleDefinitionTypes: L[Si]
    AttributeMatchingModel: S
    RecordMatchingModels: L[Si]

class NamespaceProviderProperties(TypedDict, total=False):
    ProviderServiceArn: S
    ProviderConfiguration: Doc

class IdNamespaceIdMappingWorkflowProperties(TypedDict, total=False):
    IdMappingType: S
    RuleBasedProperties: X[NamespaceRuleBasedProperties]
    ProviderProperties: X[NamespaceProviderProperties]

CreateIdNamespaceParameters = TypedDict(
    "CreateIdNamespaceParameters",
    {
        "IdNamespaceName": S,
        "IdNamespaceName.$": str,
        "Description": S,
        "Description.$": str,
        "InputSourceConfig": L[Xi[IdNamespaceInputSource]],
        "InputSourceConfig.$": str,
        "IdMappingWorkflowProperties": L[Xi[IdNamespaceIdMappingWorkflowProperties]],
        "IdMappingWorkflowProperties.$": str,
        "Type": S,
        "Type.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class InputSource(TypedDict, total=False):
    InputSourceARN: S
    SchemaName: S
    ApplyNormalization: B

class OutputAttribute(TypedDict, total=False):
    Name: S
    Hashed: B

class CustomerProfilesIntegrationConfig(TypedDict, total=False):
    DomainArn: S
    ObjectTypeArn: S

class OutputSource(TypedDict, total=False):
    KmsArn: S
    OutputS3Path: S
    Output: L[Xi[OutputAttribute]]
    ApplyNormalization: B
    CustomerProfilesIntegrationConfig: X[CustomerProfilesIntegrationConfig]

class RuleBasedProperties(TypedDict, total=False):
    Rules: L[Xi[Rule]]
    AttributeMatchingModel: S
    MatchPurpose: S

class RuleCondition(TypedDict, total=False):
    RuleName: S
    Condition: S

class MatchingConfig(TypedDict, total=False):
    EnableTransitiveMatching: B

class RuleConditionProperties(TypedDict, total=False):
    Rules: L[Xi[RuleCondition]]
    MatchingConfig: X[MatchingConfig]

class ResolutionTechniques(TypedDict, total=False):
    ResolutionType: S
    RuleBasedProperties: X[RuleBasedProperties]
    RuleConditionProperties: X[RuleConditionProperties]
    EnableRealTimeMatching: B
    ProviderProperties: X[ProviderProperties]

class IncrementalRunConfig(TypedDict, total=False):
    IncrementalRunType: S

CreateMatchingWorkflowParameters = TypedDict(
    "CreateMatchingWorkflowParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "Description": S,
        "Description.$": str,
        "InputSourceConfig": L[Xi[InputSource]],
        "InputSourceConfig.$": str,
        "OutputSourceConfig": L[Xi[OutputSource]],
        "OutputSourceConfig.$": str,
        "ResolutionTechniques": X[ResolutionTechniques],
        "ResolutionTechniques.$": str,
        "IncrementalRunConfig": X[IncrementalRunConfig],
        "IncrementalRunConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SchemaInputAttribute(TypedDict, total=False):
    FieldName: S
    Type: S
    GroupName: S
    MatchKey: S
    SubType: S
    Hashed: B

CreateSchemaMappingParameters = TypedDict(
    "CreateSchemaMappingParameters",
    {
        "SchemaName": S,
        "SchemaName.$": str,
        "Description": S,
        "Description.$": str,
        "MappedInputFields": L[Xi[SchemaInputAttribute]],
        "MappedInputFields.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteIdMappingWorkflowParameters = TypedDict(
    "DeleteIdMappingWorkflowParameters", {"WorkflowName": S, "WorkflowName.$": str}, total=False
)
DeleteIdNamespaceParameters = TypedDict(
    "DeleteIdNamespaceParameters", {"IdNamespaceName": S, "IdNamespaceName.$": str}, total=False
)
DeleteMatchingWorkflowParameters = TypedDict(
    "DeleteMatchingWorkflowParameters", {"WorkflowName": S, "WorkflowName.$": str}, total=False
)
DeletePolicyStatementParameters = TypedDict(
    "DeletePolicyStatementParameters",
    {"Arn": S, "Arn.$": str, "StatementId": S, "StatementId.$": str},
    total=False,
)
DeleteSchemaMappingParameters = TypedDict(
    "DeleteSchemaMappingParameters", {"SchemaName": S, "SchemaName.$": str}, total=False
)

class Record(TypedDict, total=False):
    InputSourceARN: S
    UniqueId: S
    RecordAttributeMap: M[S]

GenerateMatchIdParameters = TypedDict(
    "GenerateMatchIdParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "Records": L[Xi[Record]],
        "Records.$": str,
        "ProcessingType": S,
        "ProcessingType.$": str,
    },
    total=False,
)
GetIdMappingJobParameters = TypedDict(
    "GetIdMappingJobParameters",
    {"WorkflowName": S, "WorkflowName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetIdMappingWorkflowParameters = TypedDict(
    "GetIdMappingWorkflowParameters", {"WorkflowName": S, "WorkflowName.$": str}, total=False
)
GetIdNamespaceParameters = TypedDict(
    "GetIdNamespaceParameters", {"IdNamespaceName": S, "IdNamespaceName.$": str}, total=False
)
GetMatchIdParameters = TypedDict(
    "GetMatchIdParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "Record": M[S],
        "Record.$": str,
        "ApplyNormalization": B,
        "ApplyNormalization.$": str,
    },
    total=False,
)
GetMatchingJobParameters = TypedDict(
    "GetMatchingJobParameters",
    {"WorkflowName": S, "WorkflowName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetMatchingWorkflowParameters = TypedDict(
    "GetMatchingWorkflowParameters", {"WorkflowName": S, "WorkflowName.$": str}, total=False
)
GetPolicyParameters = TypedDict("GetPolicyParameters", {"Arn": S, "Arn.$": str}, total=False)
GetProviderServiceParameters = TypedDict(
    "GetProviderServiceParameters",
    {
        "ProviderName": S,
        "ProviderName.$": str,
        "ProviderServiceName": S,
        "ProviderServiceName.$": str,
    },
    total=False,
)
GetSchemaMappingParameters = TypedDict(
    "GetSchemaMappingParameters", {"SchemaName": S, "SchemaName.$": str}, total=False
)
ListIdMappingJobsParameters = TypedDict(
    "ListIdMappingJobsParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIdMappingWorkflowsParameters = TypedDict(
    "ListIdMappingWorkflowsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListIdNamespacesParameters = TypedDict(
    "ListIdNamespacesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMatchingJobsParameters = TypedDict(
    "ListMatchingJobsParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMatchingWorkflowsParameters = TypedDict(
    "ListMatchingWorkflowsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProviderServicesParameters = TypedDict(
    "ListProviderServicesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
    },
    total=False,
)
ListSchemaMappingsParameters = TypedDict(
    "ListSchemaMappingsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutPolicyParameters = TypedDict(
    "PutPolicyParameters",
    {"Arn": S, "Arn.$": str, "Token": S, "Token.$": str, "Policy": S, "Policy.$": str},
    total=False,
)

class IdMappingJobOutputSource(TypedDict, total=False):
    RoleArn: S
    OutputS3Path: S
    KmsArn: S

StartIdMappingJobParameters = TypedDict(
    "StartIdMappingJobParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "OutputSourceConfig": L[Xi[IdMappingJobOutputSource]],
        "OutputSourceConfig.$": str,
        "JobType": S,
        "JobType.$": str,
    },
    total=False,
)
StartMatchingJobParameters = TypedDict(
    "StartMatchingJobParameters", {"WorkflowName": S, "WorkflowName.$": str}, total=False
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
UpdateIdMappingWorkflowParameters = TypedDict(
    "UpdateIdMappingWorkflowParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "Description": S,
        "Description.$": str,
        "InputSourceConfig": L[Xi[IdMappingWorkflowInputSource]],
        "InputSourceConfig.$": str,
        "OutputSourceConfig": L[Xi[IdMappingWorkflowOutputSource]],
        "OutputSourceConfig.$": str,
        "IdMappingTechniques": X[IdMappingTechniques],
        "IdMappingTechniques.$": str,
        "IncrementalRunConfig": X[IdMappingIncrementalRunConfig],
        "IncrementalRunConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateIdNamespaceParameters = TypedDict(
    "UpdateIdNamespaceParameters",
    {
        "IdNamespaceName": S,
        "IdNamespaceName.$": str,
        "Description": S,
        "Description.$": str,
        "InputSourceConfig": L[Xi[IdNamespaceInputSource]],
        "InputSourceConfig.$": str,
        "IdMappingWorkflowProperties": L[Xi[IdNamespaceIdMappingWorkflowProperties]],
        "IdMappingWorkflowProperties.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateMatchingWorkflowParameters = TypedDict(
    "UpdateMatchingWorkflowParameters",
    {
        "WorkflowName": S,
        "WorkflowName.$": str,
        "Description": S,
        "Description.$": str,
        "InputSourceConfig": L[Xi[InputSource]],
        "InputSourceConfig.$": str,
        "OutputSourceConfig": L[Xi[OutputSource]],
        "OutputSourceConfig.$": str,
        "ResolutionTechniques": X[ResolutionTechniques],
        "ResolutionTechniques.$": str,
        "IncrementalRunConfig": X[IncrementalRunConfig],
        "IncrementalRunConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateSchemaMappingParameters = TypedDict(
    "UpdateSchemaMappingParameters",
    {
        "SchemaName": S,
        "SchemaName.$": str,
        "Description": S,
        "Description.$": str,
        "MappedInputFields": L[Xi[SchemaInputAttribute]],
        "MappedInputFields.$": str,
    },
    total=False,
)
add_policy_statement: Builder[AddPolicyStatementParameters]
batch_delete_unique_id: Builder[BatchDeleteUniqueIdParameters]
create_id_mapping_workflow: Builder[CreateIdMappingWorkflowParameters]
create_id_namespace: Builder[CreateIdNamespaceParameters]
create_matching_workflow: Builder[CreateMatchingWorkflowParameters]
create_schema_mapping: Builder[CreateSchemaMappingParameters]
delete_id_mapping_workflow: Builder[DeleteIdMappingWorkflowParameters]
delete_id_namespace: Builder[DeleteIdNamespaceParameters]
delete_matching_workflow: Builder[DeleteMatchingWorkflowParameters]
delete_policy_statement: Builder[DeletePolicyStatementParameters]
delete_schema_mapping: Builder[DeleteSchemaMappingParameters]
generate_match_id: Builder[GenerateMatchIdParameters]
get_id_mapping_job: Builder[GetIdMappingJobParameters]
get_id_mapping_workflow: Builder[GetIdMappingWorkflowParameters]
get_id_namespace: Builder[GetIdNamespaceParameters]
get_match_id: Builder[GetMatchIdParameters]
get_matching_job: Builder[GetMatchingJobParameters]
get_matching_workflow: Builder[GetMatchingWorkflowParameters]
get_policy: Builder[GetPolicyParameters]
get_provider_service: Builder[GetProviderServiceParameters]
get_schema_mapping: Builder[GetSchemaMappingParameters]
list_id_mapping_jobs: Builder[ListIdMappingJobsParameters]
list_id_mapping_workflows: Builder[ListIdMappingWorkflowsParameters]
list_id_namespaces: Builder[ListIdNamespacesParameters]
list_matching_jobs: Builder[ListMatchingJobsParameters]
list_matching_workflows: Builder[ListMatchingWorkflowsParameters]
list_provider_services: Builder[ListProviderServicesParameters]
list_schema_mappings: Builder[ListSchemaMappingsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_policy: Builder[PutPolicyParameters]
start_id_mapping_job: Builder[StartIdMappingJobParameters]
start_matching_job: Builder[StartMatchingJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_id_mapping_workflow: Builder[UpdateIdMappingWorkflowParameters]
update_id_namespace: Builder[UpdateIdNamespaceParameters]
update_matching_workflow: Builder[UpdateMatchingWorkflowParameters]
update_schema_mapping: Builder[UpdateSchemaMappingParameters]

__all__ = [
    "add_policy_statement",
    "batch_delete_unique_id",
    "create_id_mapping_workflow",
    "create_id_namespace",
    "create_matching_workflow",
    "create_schema_mapping",
    "delete_id_mapping_workflow",
    "delete_id_namespace",
    "delete_matching_workflow",
    "delete_policy_statement",
    "delete_schema_mapping",
    "generate_match_id",
    "get_id_mapping_job",
    "get_id_mapping_workflow",
    "get_id_namespace",
    "get_match_id",
    "get_matching_job",
    "get_matching_workflow",
    "get_policy",
    "get_provider_service",
    "get_schema_mapping",
    "list_id_mapping_jobs",
    "list_id_mapping_workflows",
    "list_id_namespaces",
    "list_matching_jobs",
    "list_matching_workflows",
    "list_provider_services",
    "list_schema_mappings",
    "list_tags_for_resource",
    "put_policy",
    "start_id_mapping_job",
    "start_matching_job",
    "tag_resource",
    "untag_resource",
    "update_id_mapping_workflow",
    "update_id_namespace",
    "update_matching_workflow",
    "update_schema_mapping",
]
