"""Typed builders of the AWS SDK integration of connectcases (``aws-sdk:connectcases:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

class Contact(TypedDict, total=False):
    ContactArn: S

class CommentContent(TypedDict, total=False):
    Body: S
    ContentType: S

class FileContent(TypedDict, total=False):
    FileArn: S

class EmptyFieldValue(TypedDict, total=False): ...

class FieldValueUnion(TypedDict, total=False):
    StringValue: S
    DoubleValue: F
    BooleanValue: B
    EmptyValue: X[EmptyFieldValue]
    UserArnValue: S

class SlaInputConfiguration(TypedDict, total=False):
    Name: S
    Type: S
    FieldId: S
    TargetFieldValues: L[Xi[FieldValueUnion]]
    TargetSlaMinutes: I

class SlaInputContent(TypedDict, total=False):
    SlaInputConfiguration: X[SlaInputConfiguration]

class ConnectCaseInputContent(TypedDict, total=False):
    CaseId: S

class FieldValue(TypedDict, total=False):
    Id: S
    Value: X[FieldValueUnion]

class CustomInputContent(TypedDict, total=False):
    Fields: L[Xi[FieldValue]]

class RelatedItemInputContent(TypedDict, total=False):
    Contact: X[Contact]
    Comment: X[CommentContent]
    File: X[FileContent]
    Sla: X[SlaInputContent]
    ConnectCase: X[ConnectCaseInputContent]
    Custom: X[CustomInputContent]

class CaseIdentifierUnion(TypedDict, total=False):
    CaseId: S
    ReferenceId: S

class BatchCreateRelatedItemIdentifier(TypedDict, total=False):
    CaseIdentifier: X[CaseIdentifierUnion]

class UserUnion(TypedDict, total=False):
    UserArn: S
    CustomEntity: S

BatchCreateRelatedItemParameters = TypedDict(
    "BatchCreateRelatedItemParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Content": X[RelatedItemInputContent],
        "Content.$": str,
        "Cases": L[Xi[BatchCreateRelatedItemIdentifier]],
        "Cases.$": str,
        "PerformedBy": X[UserUnion],
        "PerformedBy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CaseRuleIdentifier(TypedDict, total=False):
    Id: S

BatchGetCaseRuleParameters = TypedDict(
    "BatchGetCaseRuleParameters",
    {"DomainId": S, "DomainId.$": str, "CaseRules": L[Xi[CaseRuleIdentifier]], "CaseRules.$": str},
    total=False,
)

class FieldIdentifier(TypedDict, total=False):
    Id: S

BatchGetFieldParameters = TypedDict(
    "BatchGetFieldParameters",
    {"DomainId": S, "DomainId.$": str, "Fields": L[Xi[FieldIdentifier]], "Fields.$": str},
    total=False,
)

class FieldOption(TypedDict, total=False):
    Name: S
    Value: S
    Active: B

BatchPutFieldOptionsParameters = TypedDict(
    "BatchPutFieldOptionsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "FieldId": S,
        "FieldId.$": str,
        "Options": L[Xi[FieldOption]],
        "Options.$": str,
    },
    total=False,
)

class BatchUpdateCaseIdentifier(TypedDict, total=False):
    CaseIdentifier: X[CaseIdentifierUnion]

class FieldIdentifierUnion(TypedDict, total=False):
    Id: S
    Name: S

class FieldValueInput(TypedDict, total=False):
    FieldIdentifier: X[FieldIdentifierUnion]
    Value: X[FieldValueUnion]

BatchUpdateCaseParameters = TypedDict(
    "BatchUpdateCaseParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Cases": L[Xi[BatchUpdateCaseIdentifier]],
        "Cases.$": str,
        "Fields": L[Xi[FieldValueInput]],
        "Fields.$": str,
        "PerformedBy": X[UserUnion],
        "PerformedBy.$": str,
        "Title": S,
        "Title.$": str,
        "Status": S,
        "Status.$": str,
        "CustomerId": S,
        "CustomerId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateCaseParameters = TypedDict(
    "CreateCaseParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "Fields": L[Xi[FieldValue]],
        "Fields.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PerformedBy": X[UserUnion],
        "PerformedBy.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class OperandOne(TypedDict, total=False):
    FieldId: S

class EmptyOperandValue(TypedDict, total=False): ...

class OperandTwo(TypedDict, total=False):
    StringValue: S
    BooleanValue: B
    DoubleValue: F
    EmptyValue: X[EmptyOperandValue]

class BooleanOperands(TypedDict, total=False):
    OperandOne: X[OperandOne]
    OperandTwo: X[OperandTwo]
    Result: B

class CompoundCondition(TypedDict, total=False):
    Conditions: L[Xi[BooleanCondition]]

class BooleanCondition(TypedDict, total=False):
    EqualTo: X[BooleanOperands]
    NotEqualTo: X[BooleanOperands]
    AndAll: X[CompoundCondition]
    OrAll: X[CompoundCondition]

class RequiredCaseRule(TypedDict, total=False):
    DefaultValue: B
    Conditions: L[Xi[BooleanCondition]]

class ParentChildFieldOptionsMapping(TypedDict, total=False):
    ParentFieldOptionValue: S
    ChildFieldOptionValues: L[Si]

class FieldOptionsCaseRule(TypedDict, total=False):
    ParentFieldId: S
    ChildFieldId: S
    ParentChildFieldOptionsMappings: L[Xi[ParentChildFieldOptionsMapping]]

class HiddenCaseRule(TypedDict, total=False):
    DefaultValue: B
    Conditions: L[Xi[BooleanCondition]]

class CaseRuleDetails(TypedDict, total=False):
    Required: X[RequiredCaseRule]
    FieldOptions: X[FieldOptionsCaseRule]
    Hidden: X[HiddenCaseRule]

CreateCaseRuleParameters = TypedDict(
    "CreateCaseRuleParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rule": X[CaseRuleDetails],
        "Rule.$": str,
    },
    total=False,
)
CreateDomainParameters = TypedDict(
    "CreateDomainParameters", {"Name": S, "Name.$": str}, total=False
)

class TextAttributes(TypedDict, total=False):
    IsMultiline: B

class FieldAttributes(TypedDict, total=False):
    Text: X[TextAttributes]

CreateFieldParameters = TypedDict(
    "CreateFieldParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Attributes": X[FieldAttributes],
        "Attributes.$": str,
    },
    total=False,
)

class FieldItem(TypedDict, total=False):
    Id: S

class FieldGroup(TypedDict, total=False):
    Name: S
    Fields: L[Xi[FieldItem]]

class Section(TypedDict, total=False):
    FieldGroup: X[FieldGroup]

class LayoutSections(TypedDict, total=False):
    Sections: L[Xi[Section]]

class BasicLayout(TypedDict, total=False):
    TopPanel: X[LayoutSections]
    MoreInfo: X[LayoutSections]

class LayoutContent(TypedDict, total=False):
    Basic: X[BasicLayout]

CreateLayoutParameters = TypedDict(
    "CreateLayoutParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "Content": X[LayoutContent],
        "Content.$": str,
    },
    total=False,
)
CreateRelatedItemParameters = TypedDict(
    "CreateRelatedItemParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "CaseId": S,
        "CaseId.$": str,
        "Type": S,
        "Type.$": str,
        "Content": X[RelatedItemInputContent],
        "Content.$": str,
        "PerformedBy": X[UserUnion],
        "PerformedBy.$": str,
    },
    total=False,
)

class LayoutConfiguration(TypedDict, total=False):
    DefaultLayout: S

class RequiredField(TypedDict, total=False):
    FieldId: S

class TemplateRule(TypedDict, total=False):
    CaseRuleId: S
    FieldId: S

class TagPropagationConfiguration(TypedDict, total=False):
    ResourceType: S
    TagMap: M[S]

CreateTemplateParameters = TypedDict(
    "CreateTemplateParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LayoutConfiguration": X[LayoutConfiguration],
        "LayoutConfiguration.$": str,
        "RequiredFields": L[Xi[RequiredField]],
        "RequiredFields.$": str,
        "Status": S,
        "Status.$": str,
        "Rules": L[Xi[TemplateRule]],
        "Rules.$": str,
        "TagPropagationConfigurations": L[Xi[TagPropagationConfiguration]],
        "TagPropagationConfigurations.$": str,
    },
    total=False,
)
DeleteCaseParameters = TypedDict(
    "DeleteCaseParameters",
    {"DomainId": S, "DomainId.$": str, "CaseId": S, "CaseId.$": str},
    total=False,
)
DeleteCaseRuleParameters = TypedDict(
    "DeleteCaseRuleParameters",
    {"DomainId": S, "DomainId.$": str, "CaseRuleId": S, "CaseRuleId.$": str},
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
DeleteFieldParameters = TypedDict(
    "DeleteFieldParameters",
    {"DomainId": S, "DomainId.$": str, "FieldId": S, "FieldId.$": str},
    total=False,
)
DeleteLayoutParameters = TypedDict(
    "DeleteLayoutParameters",
    {"DomainId": S, "DomainId.$": str, "LayoutId": S, "LayoutId.$": str},
    total=False,
)
DeleteRelatedItemParameters = TypedDict(
    "DeleteRelatedItemParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "CaseId": S,
        "CaseId.$": str,
        "RelatedItemId": S,
        "RelatedItemId.$": str,
    },
    total=False,
)
DeleteTemplateParameters = TypedDict(
    "DeleteTemplateParameters",
    {"DomainId": S, "DomainId.$": str, "TemplateId": S, "TemplateId.$": str},
    total=False,
)
GetCaseParameters = TypedDict(
    "GetCaseParameters",
    {
        "CaseId": S,
        "CaseId.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "Fields": L[Xi[FieldIdentifier]],
        "Fields.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCaseAuditEventsParameters = TypedDict(
    "GetCaseAuditEventsParameters",
    {
        "CaseId": S,
        "CaseId.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCaseEventConfigurationParameters = TypedDict(
    "GetCaseEventConfigurationParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
GetDomainParameters = TypedDict(
    "GetDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
GetLayoutParameters = TypedDict(
    "GetLayoutParameters",
    {"DomainId": S, "DomainId.$": str, "LayoutId": S, "LayoutId.$": str},
    total=False,
)
GetMergeCasesStatusParameters = TypedDict(
    "GetMergeCasesStatusParameters",
    {"DomainId": S, "DomainId.$": str, "CaseId": S, "CaseId.$": str},
    total=False,
)
GetTemplateParameters = TypedDict(
    "GetTemplateParameters",
    {"DomainId": S, "DomainId.$": str, "TemplateId": S, "TemplateId.$": str},
    total=False,
)
ListCaseRulesParameters = TypedDict(
    "ListCaseRulesParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCasesForContactParameters = TypedDict(
    "ListCasesForContactParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "ContactArn": S,
        "ContactArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFieldOptionsParameters = TypedDict(
    "ListFieldOptionsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "FieldId": S,
        "FieldId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Values": L[Si],
        "Values.$": str,
    },
    total=False,
)
ListFieldsParameters = TypedDict(
    "ListFieldsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLayoutsParameters = TypedDict(
    "ListLayoutsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListTemplatesParameters = TypedDict(
    "ListTemplatesParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": L[Si],
        "Status.$": str,
    },
    total=False,
)

class CaseEventIncludedData(TypedDict, total=False):
    Fields: L[Xi[FieldIdentifier]]
    AutoIncludeFields: S

class RelatedItemEventIncludedData(TypedDict, total=False):
    IncludeContent: B

class EventIncludedData(TypedDict, total=False):
    CaseData: X[CaseEventIncludedData]
    RelatedItemData: X[RelatedItemEventIncludedData]

class EventBridgeConfiguration(TypedDict, total=False):
    Enabled: B
    IncludedData: X[EventIncludedData]

PutCaseEventConfigurationParameters = TypedDict(
    "PutCaseEventConfigurationParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "EventBridge": X[EventBridgeConfiguration],
        "EventBridge.$": str,
    },
    total=False,
)

class ContactFilter(TypedDict, total=False):
    Channel: L[Si]
    ContactArn: S

class CommentFilter(TypedDict, total=False): ...

class FileFilter(TypedDict, total=False):
    FileArn: S

class SlaFilter(TypedDict, total=False):
    Name: S
    Status: S

class ConnectCaseFilter(TypedDict, total=False):
    CaseId: S

class FieldFilter(TypedDict, total=False):
    EqualTo: X[FieldValue]
    Contains: X[FieldValue]
    GreaterThan: X[FieldValue]
    GreaterThanOrEqualTo: X[FieldValue]
    LessThan: X[FieldValue]
    LessThanOrEqualTo: X[FieldValue]

class CustomFieldsFilter(TypedDict, total=False):
    Field: X[FieldFilter]
    Not: X[CustomFieldsFilter]
    AndAll: L[Xi[CustomFieldsFilter]]
    OrAll: L[Xi[CustomFieldsFilter]]

class CustomFilter(TypedDict, total=False):
    Fields: X[CustomFieldsFilter]

class RelatedItemTypeFilter(TypedDict, total=False):
    Contact: X[ContactFilter]
    Comment: X[CommentFilter]
    File: X[FileFilter]
    Sla: X[SlaFilter]
    ConnectCase: X[ConnectCaseFilter]
    Custom: X[CustomFilter]

class SearchAllRelatedItemsSort(TypedDict, total=False):
    SortProperty: S
    SortOrder: S

SearchAllRelatedItemsParameters = TypedDict(
    "SearchAllRelatedItemsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[RelatedItemTypeFilter]],
        "Filters.$": str,
        "Sorts": L[Xi[SearchAllRelatedItemsSort]],
        "Sorts.$": str,
    },
    total=False,
)

class TagValue(TypedDict, total=False):
    Key: S
    Value: S

class TagFilter(TypedDict, total=False):
    EqualTo: X[TagValue]

class CaseFilter(TypedDict, total=False):
    Field: X[FieldFilter]
    Not: X[CaseFilter]
    Tag: X[TagFilter]
    AndAll: L[Xi[CaseFilter]]
    OrAll: L[Xi[CaseFilter]]

class Sort(TypedDict, total=False):
    FieldId: S
    SortOrder: S

SearchCasesParameters = TypedDict(
    "SearchCasesParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SearchTerm": S,
        "SearchTerm.$": str,
        "Filter": X[CaseFilter],
        "Filter.$": str,
        "Sorts": L[Xi[Sort]],
        "Sorts.$": str,
        "Fields": L[Xi[FieldIdentifier]],
        "Fields.$": str,
    },
    total=False,
)
SearchRelatedItemsParameters = TypedDict(
    "SearchRelatedItemsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "CaseId": S,
        "CaseId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[RelatedItemTypeFilter]],
        "Filters.$": str,
    },
    total=False,
)

class FieldsConfiguration(TypedDict, total=False):
    FieldIds: L[Xi[FieldIdentifier]]
    SourceCaseId: S

class RelatedItemsConfiguration(TypedDict, total=False):
    Comment: B
    ConnectCase: B
    Contact: B
    Custom: B

StartMergeCasesParameters = TypedDict(
    "StartMergeCasesParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "CaseId": S,
        "CaseId.$": str,
        "SecondaryCaseIds": L[Si],
        "SecondaryCaseIds.$": str,
        "FieldsConfiguration": L[Xi[FieldsConfiguration]],
        "FieldsConfiguration.$": str,
        "RelatedItemsConfiguration": X[RelatedItemsConfiguration],
        "RelatedItemsConfiguration.$": str,
        "PerformedBy": X[UserUnion],
        "PerformedBy.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCaseParameters = TypedDict(
    "UpdateCaseParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "CaseId": S,
        "CaseId.$": str,
        "Fields": L[Xi[FieldValue]],
        "Fields.$": str,
        "PerformedBy": X[UserUnion],
        "PerformedBy.$": str,
    },
    total=False,
)
UpdateCaseRuleParameters = TypedDict(
    "UpdateCaseRuleParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "CaseRuleId": S,
        "CaseRuleId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rule": X[CaseRuleDetails],
        "Rule.$": str,
    },
    total=False,
)
UpdateFieldParameters = TypedDict(
    "UpdateFieldParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "FieldId": S,
        "FieldId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Attributes": X[FieldAttributes],
        "Attributes.$": str,
    },
    total=False,
)
UpdateLayoutParameters = TypedDict(
    "UpdateLayoutParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "LayoutId": S,
        "LayoutId.$": str,
        "Name": S,
        "Name.$": str,
        "Content": X[LayoutContent],
        "Content.$": str,
    },
    total=False,
)

class CommentUpdateContent(TypedDict, total=False):
    Body: S
    ContentType: S

class CustomUpdateContent(TypedDict, total=False):
    Fields: L[Xi[FieldValue]]

class SlaUpdateConfiguration(TypedDict, total=False):
    TargetSlaMinutes: I

class SlaUpdateContent(TypedDict, total=False):
    SlaUpdateConfiguration: X[SlaUpdateConfiguration]

class RelatedItemUpdateContent(TypedDict, total=False):
    Comment: X[CommentUpdateContent]
    Custom: X[CustomUpdateContent]
    Sla: X[SlaUpdateContent]

UpdateRelatedItemParameters = TypedDict(
    "UpdateRelatedItemParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "CaseId": S,
        "CaseId.$": str,
        "RelatedItemId": S,
        "RelatedItemId.$": str,
        "Content": X[RelatedItemUpdateContent],
        "Content.$": str,
        "PerformedBy": X[UserUnion],
        "PerformedBy.$": str,
    },
    total=False,
)
UpdateTemplateParameters = TypedDict(
    "UpdateTemplateParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LayoutConfiguration": X[LayoutConfiguration],
        "LayoutConfiguration.$": str,
        "RequiredFields": L[Xi[RequiredField]],
        "RequiredFields.$": str,
        "Status": S,
        "Status.$": str,
        "Rules": L[Xi[TemplateRule]],
        "Rules.$": str,
        "TagPropagationConfigurations": L[Xi[TagPropagationConfiguration]],
        "TagPropagationConfigurations.$": str,
    },
    total=False,
)
batch_create_related_item: Builder[BatchCreateRelatedItemParameters]
batch_get_case_rule: Builder[BatchGetCaseRuleParameters]
batch_get_field: Builder[BatchGetFieldParameters]
batch_put_field_options: Builder[BatchPutFieldOptionsParameters]
batch_update_case: Builder[BatchUpdateCaseParameters]
create_case: Builder[CreateCaseParameters]
create_case_rule: Builder[CreateCaseRuleParameters]
create_domain: Builder[CreateDomainParameters]
create_field: Builder[CreateFieldParameters]
create_layout: Builder[CreateLayoutParameters]
create_related_item: Builder[CreateRelatedItemParameters]
create_template: Builder[CreateTemplateParameters]
delete_case: Builder[DeleteCaseParameters]
delete_case_rule: Builder[DeleteCaseRuleParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_field: Builder[DeleteFieldParameters]
delete_layout: Builder[DeleteLayoutParameters]
delete_related_item: Builder[DeleteRelatedItemParameters]
delete_template: Builder[DeleteTemplateParameters]
get_case: Builder[GetCaseParameters]
get_case_audit_events: Builder[GetCaseAuditEventsParameters]
get_case_event_configuration: Builder[GetCaseEventConfigurationParameters]
get_domain: Builder[GetDomainParameters]
get_layout: Builder[GetLayoutParameters]
get_merge_cases_status: Builder[GetMergeCasesStatusParameters]
get_template: Builder[GetTemplateParameters]
list_case_rules: Builder[ListCaseRulesParameters]
list_cases_for_contact: Builder[ListCasesForContactParameters]
list_domains: Builder[ListDomainsParameters]
list_field_options: Builder[ListFieldOptionsParameters]
list_fields: Builder[ListFieldsParameters]
list_layouts: Builder[ListLayoutsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_templates: Builder[ListTemplatesParameters]
put_case_event_configuration: Builder[PutCaseEventConfigurationParameters]
search_all_related_items: Builder[SearchAllRelatedItemsParameters]
search_cases: Builder[SearchCasesParameters]
search_related_items: Builder[SearchRelatedItemsParameters]
start_merge_cases: Builder[StartMergeCasesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_case: Builder[UpdateCaseParameters]
update_case_rule: Builder[UpdateCaseRuleParameters]
update_field: Builder[UpdateFieldParameters]
update_layout: Builder[UpdateLayoutParameters]
update_related_item: Builder[UpdateRelatedItemParameters]
update_template: Builder[UpdateTemplateParameters]

__all__ = [
    "batch_create_related_item",
    "batch_get_case_rule",
    "batch_get_field",
    "batch_put_field_options",
    "batch_update_case",
    "create_case",
    "create_case_rule",
    "create_domain",
    "create_field",
    "create_layout",
    "create_related_item",
    "create_template",
    "delete_case",
    "delete_case_rule",
    "delete_domain",
    "delete_field",
    "delete_layout",
    "delete_related_item",
    "delete_template",
    "get_case",
    "get_case_audit_events",
    "get_case_event_configuration",
    "get_domain",
    "get_layout",
    "get_merge_cases_status",
    "get_template",
    "list_case_rules",
    "list_cases_for_contact",
    "list_domains",
    "list_field_options",
    "list_fields",
    "list_layouts",
    "list_tags_for_resource",
    "list_templates",
    "put_case_event_configuration",
    "search_all_related_items",
    "search_cases",
    "search_related_items",
    "start_merge_cases",
    "tag_resource",
    "untag_resource",
    "update_case",
    "update_case_rule",
    "update_field",
    "update_layout",
    "update_related_item",
    "update_template",
]
