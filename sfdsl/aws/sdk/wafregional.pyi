"""Typed builders of the AWS SDK integration of wafregional (``aws-sdk:wafregional:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

AssociateWebACLParameters = TypedDict(
    "AssociateWebACLParameters",
    {"WebACLId": S, "WebACLId.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
CreateByteMatchSetParameters = TypedDict(
    "CreateByteMatchSetParameters",
    {"Name": S, "Name.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
CreateGeoMatchSetParameters = TypedDict(
    "CreateGeoMatchSetParameters",
    {"Name": S, "Name.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
CreateIPSetParameters = TypedDict(
    "CreateIPSetParameters",
    {"Name": S, "Name.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateRateBasedRuleParameters = TypedDict(
    "CreateRateBasedRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "RateKey": S,
        "RateKey.$": str,
        "RateLimit": I,
        "RateLimit.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRegexMatchSetParameters = TypedDict(
    "CreateRegexMatchSetParameters",
    {"Name": S, "Name.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
CreateRegexPatternSetParameters = TypedDict(
    "CreateRegexPatternSetParameters",
    {"Name": S, "Name.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
CreateRuleParameters = TypedDict(
    "CreateRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRuleGroupParameters = TypedDict(
    "CreateRuleGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSizeConstraintSetParameters = TypedDict(
    "CreateSizeConstraintSetParameters",
    {"Name": S, "Name.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
CreateSqlInjectionMatchSetParameters = TypedDict(
    "CreateSqlInjectionMatchSetParameters",
    {"Name": S, "Name.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)

class WafAction(TypedDict, total=False):
    Type: S

CreateWebACLParameters = TypedDict(
    "CreateWebACLParameters",
    {
        "Name": S,
        "Name.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "DefaultAction": X[WafAction],
        "DefaultAction.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateWebACLMigrationStackParameters = TypedDict(
    "CreateWebACLMigrationStackParameters",
    {
        "WebACLId": S,
        "WebACLId.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "IgnoreUnsupportedType": B,
        "IgnoreUnsupportedType.$": str,
    },
    total=False,
)
CreateXssMatchSetParameters = TypedDict(
    "CreateXssMatchSetParameters",
    {"Name": S, "Name.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteByteMatchSetParameters = TypedDict(
    "DeleteByteMatchSetParameters",
    {"ByteMatchSetId": S, "ByteMatchSetId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteGeoMatchSetParameters = TypedDict(
    "DeleteGeoMatchSetParameters",
    {"GeoMatchSetId": S, "GeoMatchSetId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteIPSetParameters = TypedDict(
    "DeleteIPSetParameters",
    {"IpSetId": S, "IpSetId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteLoggingConfigurationParameters = TypedDict(
    "DeleteLoggingConfigurationParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeletePermissionPolicyParameters = TypedDict(
    "DeletePermissionPolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteRateBasedRuleParameters = TypedDict(
    "DeleteRateBasedRuleParameters",
    {"RuleId": S, "RuleId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteRegexMatchSetParameters = TypedDict(
    "DeleteRegexMatchSetParameters",
    {"RegexMatchSetId": S, "RegexMatchSetId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteRegexPatternSetParameters = TypedDict(
    "DeleteRegexPatternSetParameters",
    {"RegexPatternSetId": S, "RegexPatternSetId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters",
    {"RuleId": S, "RuleId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteRuleGroupParameters = TypedDict(
    "DeleteRuleGroupParameters",
    {"RuleGroupId": S, "RuleGroupId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteSizeConstraintSetParameters = TypedDict(
    "DeleteSizeConstraintSetParameters",
    {
        "SizeConstraintSetId": S,
        "SizeConstraintSetId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
    },
    total=False,
)
DeleteSqlInjectionMatchSetParameters = TypedDict(
    "DeleteSqlInjectionMatchSetParameters",
    {
        "SqlInjectionMatchSetId": S,
        "SqlInjectionMatchSetId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
    },
    total=False,
)
DeleteWebACLParameters = TypedDict(
    "DeleteWebACLParameters",
    {"WebACLId": S, "WebACLId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DeleteXssMatchSetParameters = TypedDict(
    "DeleteXssMatchSetParameters",
    {"XssMatchSetId": S, "XssMatchSetId.$": str, "ChangeToken": S, "ChangeToken.$": str},
    total=False,
)
DisassociateWebACLParameters = TypedDict(
    "DisassociateWebACLParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetByteMatchSetParameters = TypedDict(
    "GetByteMatchSetParameters", {"ByteMatchSetId": S, "ByteMatchSetId.$": str}, total=False
)

class GetChangeTokenParameters(TypedDict, total=False): ...

GetChangeTokenStatusParameters = TypedDict(
    "GetChangeTokenStatusParameters", {"ChangeToken": S, "ChangeToken.$": str}, total=False
)
GetGeoMatchSetParameters = TypedDict(
    "GetGeoMatchSetParameters", {"GeoMatchSetId": S, "GeoMatchSetId.$": str}, total=False
)
GetIPSetParameters = TypedDict("GetIPSetParameters", {"IpSetId": S, "IpSetId.$": str}, total=False)
GetLoggingConfigurationParameters = TypedDict(
    "GetLoggingConfigurationParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetPermissionPolicyParameters = TypedDict(
    "GetPermissionPolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetRateBasedRuleParameters = TypedDict(
    "GetRateBasedRuleParameters", {"RuleId": S, "RuleId.$": str}, total=False
)
GetRateBasedRuleManagedKeysParameters = TypedDict(
    "GetRateBasedRuleManagedKeysParameters",
    {"RuleId": S, "RuleId.$": str, "NextMarker": S, "NextMarker.$": str},
    total=False,
)
GetRegexMatchSetParameters = TypedDict(
    "GetRegexMatchSetParameters", {"RegexMatchSetId": S, "RegexMatchSetId.$": str}, total=False
)
GetRegexPatternSetParameters = TypedDict(
    "GetRegexPatternSetParameters",
    {"RegexPatternSetId": S, "RegexPatternSetId.$": str},
    total=False,
)
GetRuleParameters = TypedDict("GetRuleParameters", {"RuleId": S, "RuleId.$": str}, total=False)
GetRuleGroupParameters = TypedDict(
    "GetRuleGroupParameters", {"RuleGroupId": S, "RuleGroupId.$": str}, total=False
)

class TimeWindow(TypedDict, total=False):
    StartTime: T
    EndTime: T

GetSampledRequestsParameters = TypedDict(
    "GetSampledRequestsParameters",
    {
        "WebAclId": S,
        "WebAclId.$": str,
        "RuleId": S,
        "RuleId.$": str,
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
GetSizeConstraintSetParameters = TypedDict(
    "GetSizeConstraintSetParameters",
    {"SizeConstraintSetId": S, "SizeConstraintSetId.$": str},
    total=False,
)
GetSqlInjectionMatchSetParameters = TypedDict(
    "GetSqlInjectionMatchSetParameters",
    {"SqlInjectionMatchSetId": S, "SqlInjectionMatchSetId.$": str},
    total=False,
)
GetWebACLParameters = TypedDict(
    "GetWebACLParameters", {"WebACLId": S, "WebACLId.$": str}, total=False
)
GetWebACLForResourceParameters = TypedDict(
    "GetWebACLForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetXssMatchSetParameters = TypedDict(
    "GetXssMatchSetParameters", {"XssMatchSetId": S, "XssMatchSetId.$": str}, total=False
)
ListActivatedRulesInRuleGroupParameters = TypedDict(
    "ListActivatedRulesInRuleGroupParameters",
    {
        "RuleGroupId": S,
        "RuleGroupId.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListByteMatchSetsParameters = TypedDict(
    "ListByteMatchSetsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListGeoMatchSetsParameters = TypedDict(
    "ListGeoMatchSetsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListIPSetsParameters = TypedDict(
    "ListIPSetsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListLoggingConfigurationsParameters = TypedDict(
    "ListLoggingConfigurationsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListRateBasedRulesParameters = TypedDict(
    "ListRateBasedRulesParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListRegexMatchSetsParameters = TypedDict(
    "ListRegexMatchSetsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListRegexPatternSetsParameters = TypedDict(
    "ListRegexPatternSetsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListResourcesForWebACLParameters = TypedDict(
    "ListResourcesForWebACLParameters",
    {"WebACLId": S, "WebACLId.$": str, "ResourceType": S, "ResourceType.$": str},
    total=False,
)
ListRuleGroupsParameters = TypedDict(
    "ListRuleGroupsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListRulesParameters = TypedDict(
    "ListRulesParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListSizeConstraintSetsParameters = TypedDict(
    "ListSizeConstraintSetsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListSqlInjectionMatchSetsParameters = TypedDict(
    "ListSqlInjectionMatchSetsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListSubscribedRuleGroupsParameters = TypedDict(
    "ListSubscribedRuleGroupsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "NextMarker": S,
        "NextMarker.$": str,
        "Limit": I,
        "Limit.$": str,
        "ResourceARN": S,
        "ResourceARN.$": str,
    },
    total=False,
)
ListWebACLsParameters = TypedDict(
    "ListWebACLsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListXssMatchSetsParameters = TypedDict(
    "ListXssMatchSetsParameters",
    {"NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)

class FieldToMatch(TypedDict, total=False):
    Type: S
    Data: S

class LoggingConfiguration(TypedDict, total=False):
    ResourceArn: S
    LogDestinationConfigs: L[Si]
    RedactedFields: L[Xi[FieldToMatch]]

PutLoggingConfigurationParameters = TypedDict(
    "PutLoggingConfigurationParameters",
    {"LoggingConfiguration": X[LoggingConfiguration], "LoggingConfiguration.$": str},
    total=False,
)
PutPermissionPolicyParameters = TypedDict(
    "PutPermissionPolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class ByteMatchTuple(TypedDict, total=False):
    FieldToMatch: X[FieldToMatch]
    TargetString: S
    TextTransformation: S
    PositionalConstraint: S

class ByteMatchSetUpdate(TypedDict, total=False):
    Action: S
    ByteMatchTuple: X[ByteMatchTuple]

UpdateByteMatchSetParameters = TypedDict(
    "UpdateByteMatchSetParameters",
    {
        "ByteMatchSetId": S,
        "ByteMatchSetId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[ByteMatchSetUpdate]],
        "Updates.$": str,
    },
    total=False,
)

class GeoMatchConstraint(TypedDict, total=False):
    Type: S
    Value: S

class GeoMatchSetUpdate(TypedDict, total=False):
    Action: S
    GeoMatchConstraint: X[GeoMatchConstraint]

UpdateGeoMatchSetParameters = TypedDict(
    "UpdateGeoMatchSetParameters",
    {
        "GeoMatchSetId": S,
        "GeoMatchSetId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[GeoMatchSetUpdate]],
        "Updates.$": str,
    },
    total=False,
)

class IPSetDescriptor(TypedDict, total=False):
    Type: S
    Value: S

class IPSetUpdate(TypedDict, total=False):
    Action: S
    IpSetDescriptor: X[IPSetDescriptor]

UpdateIPSetParameters = TypedDict(
    "UpdateIPSetParameters",
    {
        "IpSetId": S,
        "IpSetId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[IPSetUpdate]],
        "Updates.$": str,
    },
    total=False,
)

class Predicate(TypedDict, total=False):
    Negated: B
    Type: S
    DataId: S

class RuleUpdate(TypedDict, total=False):
    Action: S
    Predicate: X[Predicate]

UpdateRateBasedRuleParameters = TypedDict(
    "UpdateRateBasedRuleParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[RuleUpdate]],
        "Updates.$": str,
        "RateLimit": I,
        "RateLimit.$": str,
    },
    total=False,
)

class RegexMatchTuple(TypedDict, total=False):
    FieldToMatch: X[FieldToMatch]
    TextTransformation: S
    RegexPatternSetId: S

class RegexMatchSetUpdate(TypedDict, total=False):
    Action: S
    RegexMatchTuple: X[RegexMatchTuple]

UpdateRegexMatchSetParameters = TypedDict(
    "UpdateRegexMatchSetParameters",
    {
        "RegexMatchSetId": S,
        "RegexMatchSetId.$": str,
        "Updates": L[Xi[RegexMatchSetUpdate]],
        "Updates.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
    },
    total=False,
)

class RegexPatternSetUpdate(TypedDict, total=False):
    Action: S
    RegexPatternString: S

UpdateRegexPatternSetParameters = TypedDict(
    "UpdateRegexPatternSetParameters",
    {
        "RegexPatternSetId": S,
        "RegexPatternSetId.$": str,
        "Updates": L[Xi[RegexPatternSetUpdate]],
        "Updates.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
    },
    total=False,
)
UpdateRuleParameters = TypedDict(
    "UpdateRuleParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[RuleUpdate]],
        "Updates.$": str,
    },
    total=False,
)

class WafOverrideAction(TypedDict, total=False):
    Type: S

class ExcludedRule(TypedDict, total=False):
    RuleId: S

class ActivatedRule(TypedDict, total=False):
    Priority: I
    RuleId: S
    Action: X[WafAction]
    OverrideAction: X[WafOverrideAction]
    Type: S
    ExcludedRules: L[Xi[ExcludedRule]]

class RuleGroupUpdate(TypedDict, total=False):
    Action: S
    ActivatedRule: X[ActivatedRule]

UpdateRuleGroupParameters = TypedDict(
    "UpdateRuleGroupParameters",
    {
        "RuleGroupId": S,
        "RuleGroupId.$": str,
        "Updates": L[Xi[RuleGroupUpdate]],
        "Updates.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
    },
    total=False,
)

class SizeConstraint(TypedDict, total=False):
    FieldToMatch: X[FieldToMatch]
    TextTransformation: S
    ComparisonOperator: S
    Size: I

class SizeConstraintSetUpdate(TypedDict, total=False):
    Action: S
    SizeConstraint: X[SizeConstraint]

UpdateSizeConstraintSetParameters = TypedDict(
    "UpdateSizeConstraintSetParameters",
    {
        "SizeConstraintSetId": S,
        "SizeConstraintSetId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[SizeConstraintSetUpdate]],
        "Updates.$": str,
    },
    total=False,
)

class SqlInjectionMatchTuple(TypedDict, total=False):
    FieldToMatch: X[FieldToMatch]
    TextTransformation: S

class SqlInjectionMatchSetUpdate(TypedDict, total=False):
    Action: S
    SqlInjectionMatchTuple: X[SqlInjectionMatchTuple]

UpdateSqlInjectionMatchSetParameters = TypedDict(
    "UpdateSqlInjectionMatchSetParameters",
    {
        "SqlInjectionMatchSetId": S,
        "SqlInjectionMatchSetId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[SqlInjectionMatchSetUpdate]],
        "Updates.$": str,
    },
    total=False,
)

class WebACLUpdate(TypedDict, total=False):
    Action: S
    ActivatedRule: X[ActivatedRule]

UpdateWebACLParameters = TypedDict(
    "UpdateWebACLParameters",
    {
        "WebACLId": S,
        "WebACLId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[WebACLUpdate]],
        "Updates.$": str,
        "DefaultAction": X[WafAction],
        "DefaultAction.$": str,
    },
    total=False,
)

class XssMatchTuple(TypedDict, total=False):
    FieldToMatch: X[FieldToMatch]
    TextTransformation: S

class XssMatchSetUpdate(TypedDict, total=False):
    Action: S
    XssMatchTuple: X[XssMatchTuple]

UpdateXssMatchSetParameters = TypedDict(
    "UpdateXssMatchSetParameters",
    {
        "XssMatchSetId": S,
        "XssMatchSetId.$": str,
        "ChangeToken": S,
        "ChangeToken.$": str,
        "Updates": L[Xi[XssMatchSetUpdate]],
        "Updates.$": str,
    },
    total=False,
)
associate_web_acl: Builder[AssociateWebACLParameters]
create_byte_match_set: Builder[CreateByteMatchSetParameters]
create_geo_match_set: Builder[CreateGeoMatchSetParameters]
create_ip_set: Builder[CreateIPSetParameters]
create_rate_based_rule: Builder[CreateRateBasedRuleParameters]
create_regex_match_set: Builder[CreateRegexMatchSetParameters]
create_regex_pattern_set: Builder[CreateRegexPatternSetParameters]
create_rule: Builder[CreateRuleParameters]
create_rule_group: Builder[CreateRuleGroupParameters]
create_size_constraint_set: Builder[CreateSizeConstraintSetParameters]
create_sql_injection_match_set: Builder[CreateSqlInjectionMatchSetParameters]
create_web_acl: Builder[CreateWebACLParameters]
create_web_acl_migration_stack: Builder[CreateWebACLMigrationStackParameters]
create_xss_match_set: Builder[CreateXssMatchSetParameters]
delete_byte_match_set: Builder[DeleteByteMatchSetParameters]
delete_geo_match_set: Builder[DeleteGeoMatchSetParameters]
delete_ip_set: Builder[DeleteIPSetParameters]
delete_logging_configuration: Builder[DeleteLoggingConfigurationParameters]
delete_permission_policy: Builder[DeletePermissionPolicyParameters]
delete_rate_based_rule: Builder[DeleteRateBasedRuleParameters]
delete_regex_match_set: Builder[DeleteRegexMatchSetParameters]
delete_regex_pattern_set: Builder[DeleteRegexPatternSetParameters]
delete_rule: Builder[DeleteRuleParameters]
delete_rule_group: Builder[DeleteRuleGroupParameters]
delete_size_constraint_set: Builder[DeleteSizeConstraintSetParameters]
delete_sql_injection_match_set: Builder[DeleteSqlInjectionMatchSetParameters]
delete_web_acl: Builder[DeleteWebACLParameters]
delete_xss_match_set: Builder[DeleteXssMatchSetParameters]
disassociate_web_acl: Builder[DisassociateWebACLParameters]
get_byte_match_set: Builder[GetByteMatchSetParameters]
get_change_token: Builder[GetChangeTokenParameters]
get_change_token_status: Builder[GetChangeTokenStatusParameters]
get_geo_match_set: Builder[GetGeoMatchSetParameters]
get_ip_set: Builder[GetIPSetParameters]
get_logging_configuration: Builder[GetLoggingConfigurationParameters]
get_permission_policy: Builder[GetPermissionPolicyParameters]
get_rate_based_rule: Builder[GetRateBasedRuleParameters]
get_rate_based_rule_managed_keys: Builder[GetRateBasedRuleManagedKeysParameters]
get_regex_match_set: Builder[GetRegexMatchSetParameters]
get_regex_pattern_set: Builder[GetRegexPatternSetParameters]
get_rule: Builder[GetRuleParameters]
get_rule_group: Builder[GetRuleGroupParameters]
get_sampled_requests: Builder[GetSampledRequestsParameters]
get_size_constraint_set: Builder[GetSizeConstraintSetParameters]
get_sql_injection_match_set: Builder[GetSqlInjectionMatchSetParameters]
get_web_acl: Builder[GetWebACLParameters]
get_web_acl_for_resource: Builder[GetWebACLForResourceParameters]
get_xss_match_set: Builder[GetXssMatchSetParameters]
list_activated_rules_in_rule_group: Builder[ListActivatedRulesInRuleGroupParameters]
list_byte_match_sets: Builder[ListByteMatchSetsParameters]
list_geo_match_sets: Builder[ListGeoMatchSetsParameters]
list_ip_sets: Builder[ListIPSetsParameters]
list_logging_configurations: Builder[ListLoggingConfigurationsParameters]
list_rate_based_rules: Builder[ListRateBasedRulesParameters]
list_regex_match_sets: Builder[ListRegexMatchSetsParameters]
list_regex_pattern_sets: Builder[ListRegexPatternSetsParameters]
list_resources_for_web_acl: Builder[ListResourcesForWebACLParameters]
list_rule_groups: Builder[ListRuleGroupsParameters]
list_rules: Builder[ListRulesParameters]
list_size_constraint_sets: Builder[ListSizeConstraintSetsParameters]
list_sql_injection_match_sets: Builder[ListSqlInjectionMatchSetsParameters]
list_subscribed_rule_groups: Builder[ListSubscribedRuleGroupsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_web_ac_ls: Builder[ListWebACLsParameters]
list_xss_match_sets: Builder[ListXssMatchSetsParameters]
put_logging_configuration: Builder[PutLoggingConfigurationParameters]
put_permission_policy: Builder[PutPermissionPolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_byte_match_set: Builder[UpdateByteMatchSetParameters]
update_geo_match_set: Builder[UpdateGeoMatchSetParameters]
update_ip_set: Builder[UpdateIPSetParameters]
update_rate_based_rule: Builder[UpdateRateBasedRuleParameters]
update_regex_match_set: Builder[UpdateRegexMatchSetParameters]
update_regex_pattern_set: Builder[UpdateRegexPatternSetParameters]
update_rule: Builder[UpdateRuleParameters]
update_rule_group: Builder[UpdateRuleGroupParameters]
update_size_constraint_set: Builder[UpdateSizeConstraintSetParameters]
update_sql_injection_match_set: Builder[UpdateSqlInjectionMatchSetParameters]
update_web_acl: Builder[UpdateWebACLParameters]
update_xss_match_set: Builder[UpdateXssMatchSetParameters]

__all__ = [
    "associate_web_acl",
    "create_byte_match_set",
    "create_geo_match_set",
    "create_ip_set",
    "create_rate_based_rule",
    "create_regex_match_set",
    "create_regex_pattern_set",
    "create_rule",
    "create_rule_group",
    "create_size_constraint_set",
    "create_sql_injection_match_set",
    "create_web_acl",
    "create_web_acl_migration_stack",
    "create_xss_match_set",
    "delete_byte_match_set",
    "delete_geo_match_set",
    "delete_ip_set",
    "delete_logging_configuration",
    "delete_permission_policy",
    "delete_rate_based_rule",
    "delete_regex_match_set",
    "delete_regex_pattern_set",
    "delete_rule",
    "delete_rule_group",
    "delete_size_constraint_set",
    "delete_sql_injection_match_set",
    "delete_web_acl",
    "delete_xss_match_set",
    "disassociate_web_acl",
    "get_byte_match_set",
    "get_change_token",
    "get_change_token_status",
    "get_geo_match_set",
    "get_ip_set",
    "get_logging_configuration",
    "get_permission_policy",
    "get_rate_based_rule",
    "get_rate_based_rule_managed_keys",
    "get_regex_match_set",
    "get_regex_pattern_set",
    "get_rule",
    "get_rule_group",
    "get_sampled_requests",
    "get_size_constraint_set",
    "get_sql_injection_match_set",
    "get_web_acl",
    "get_web_acl_for_resource",
    "get_xss_match_set",
    "list_activated_rules_in_rule_group",
    "list_byte_match_sets",
    "list_geo_match_sets",
    "list_ip_sets",
    "list_logging_configurations",
    "list_rate_based_rules",
    "list_regex_match_sets",
    "list_regex_pattern_sets",
    "list_resources_for_web_acl",
    "list_rule_groups",
    "list_rules",
    "list_size_constraint_sets",
    "list_sql_injection_match_sets",
    "list_subscribed_rule_groups",
    "list_tags_for_resource",
    "list_web_ac_ls",
    "list_xss_match_sets",
    "put_logging_configuration",
    "put_permission_policy",
    "tag_resource",
    "untag_resource",
    "update_byte_match_set",
    "update_geo_match_set",
    "update_ip_set",
    "update_rate_based_rule",
    "update_regex_match_set",
    "update_regex_pattern_set",
    "update_rule",
    "update_rule_group",
    "update_size_constraint_set",
    "update_sql_injection_match_set",
    "update_web_acl",
    "update_xss_match_set",
]
