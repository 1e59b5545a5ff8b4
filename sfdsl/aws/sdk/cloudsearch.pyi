"""Typed builders of the AWS SDK integration of cloudsearch (``aws-sdk:cloudsearch:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, X

BuildSuggestersParameters = TypedDict(
    "BuildSuggestersParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
CreateDomainParameters = TypedDict(
    "CreateDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)

class AnalysisOptions(TypedDict, total=False):
    Synonyms: S
    Stopwords: S
    StemmingDictionary: S
    JapaneseTokenizationDictionary: S
    AlgorithmicStemming: S

class AnalysisScheme(TypedDict, total=False):
    AnalysisSchemeName: S
    AnalysisSchemeLanguage: S
    AnalysisOptions: X[AnalysisOptions]

DefineAnalysisSchemeParameters = TypedDict(
    "DefineAnalysisSchemeParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "AnalysisScheme": X[AnalysisScheme],
        "AnalysisScheme.$": str,
    },
    total=False,
)

class Expression(TypedDict, total=False):
    ExpressionName: S
    ExpressionValue: S

DefineExpressionParameters = TypedDict(
    "DefineExpressionParameters",
    {"DomainName": S, "DomainName.$": str, "Expression": X[Expression], "Expression.$": str},
    total=False,
)

class IntOptions(TypedDict, total=False):
    DefaultValue: I
    SourceField: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B
    SortEnabled: B

class DoubleOptions(TypedDict, total=False):
    DefaultValue: F
    SourceField: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B
    SortEnabled: B

class LiteralOptions(TypedDict, total=False):
    DefaultValue: S
    SourceField: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B
    SortEnabled: B

class TextOptions(TypedDict, total=False):
    DefaultValue: S
    SourceField: S
    ReturnEnabled: B
    SortEnabled: B
    HighlightEnabled: B
    AnalysisScheme: S

class DateOptions(TypedDict, total=False):
    DefaultValue: S
    SourceField: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B
    SortEnabled: B

class LatLonOptions(TypedDict, total=False):
    DefaultValue: S
    SourceField: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B
    SortEnabled: B

class IntArrayOptions(TypedDict, total=False):
    DefaultValue: I
    SourceFields: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B

class DoubleArrayOptions(TypedDict, total=False):
    DefaultValue: F
    SourceFields: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B

class LiteralArrayOptions(TypedDict, total=False):
    DefaultValue: S
    SourceFields: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B

class TextArrayOptions(TypedDict, total=False):
    DefaultValue: S
    SourceFields: S
    ReturnEnabled: B
    HighlightEnabled: B
    AnalysisScheme: S

class DateArrayOptions(TypedDict, total=False):
    DefaultValue: S
    SourceFields: S
    FacetEnabled: B
    SearchEnabled: B
    ReturnEnabled: B

class IndexField(TypedDict, total=False):
    IndexFieldName: S
    IndexFieldType: S
    IntOptions: X[IntOptions]
    DoubleOptions: X[DoubleOptions]
    LiteralOptions: X[LiteralOptions]
    TextOptions: X[TextOptions]
    DateOptions: X[DateOptions]
    LatLonOptions: X[LatLonOptions]
    IntArrayOptions: X[IntArrayOptions]
    DoubleArrayOptions: X[DoubleArrayOptions]
    LiteralArrayOptions: X[LiteralArrayOptions]
    TextArrayOptions: X[TextArrayOptions]
    DateArrayOptions: X[DateArrayOptions]

DefineIndexFieldParameters = TypedDict(
    "DefineIndexFieldParameters",
    {"DomainName": S, "DomainName.$": str, "IndexField": X[IndexField], "IndexField.$": str},
    total=False,
)

class DocumentSuggesterOptions(TypedDict, total=False):
    SourceField: S
    FuzzyMatching: S
    SortExpression: S

class Suggester(TypedDict, total=False):
    SuggesterName: S
    DocumentSuggesterOptions: X[DocumentSuggesterOptions]

DefineSuggesterParameters = TypedDict(
    "DefineSuggesterParameters",
    {"DomainName": S, "DomainName.$": str, "Suggester": X[Suggester], "Suggester.$": str},
    total=False,
)
DeleteAnalysisSchemeParameters = TypedDict(
    "DeleteAnalysisSchemeParameters",
    {"DomainName": S, "DomainName.$": str, "AnalysisSchemeName": S, "AnalysisSchemeName.$": str},
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DeleteExpressionParameters = TypedDict(
    "DeleteExpressionParameters",
    {"DomainName": S, "DomainName.$": str, "ExpressionName": S, "ExpressionName.$": str},
    total=False,
)
DeleteIndexFieldParameters = TypedDict(
    "DeleteIndexFieldParameters",
    {"DomainName": S, "DomainName.$": str, "IndexFieldName": S, "IndexFieldName.$": str},
    total=False,
)
DeleteSuggesterParameters = TypedDict(
    "DeleteSuggesterParameters",
    {"DomainName": S, "DomainName.$": str, "SuggesterName": S, "SuggesterName.$": str},
    total=False,
)
DescribeAnalysisSchemesParameters = TypedDict(
    "DescribeAnalysisSchemesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "AnalysisSchemeNames": L[Si],
        "AnalysisSchemeNames.$": str,
        "Deployed": B,
        "Deployed.$": str,
    },
    total=False,
)
DescribeAvailabilityOptionsParameters = TypedDict(
    "DescribeAvailabilityOptionsParameters",
    {"DomainName": S, "DomainName.$": str, "Deployed": B, "Deployed.$": str},
    total=False,
)
DescribeDomainEndpointOptionsParameters = TypedDict(
    "DescribeDomainEndpointOptionsParameters",
    {"DomainName": S, "DomainName.$": str, "Deployed": B, "Deployed.$": str},
    total=False,
)
DescribeDomainsParameters = TypedDict(
    "DescribeDomainsParameters", {"DomainNames": L[Si], "DomainNames.$": str}, total=False
)
DescribeExpressionsParameters = TypedDict(
    "DescribeExpressionsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ExpressionNames": L[Si],
        "ExpressionNames.$": str,
        "Deployed": B,
        "Deployed.$": str,
    },
    total=False,
)
DescribeIndexFieldsParameters = TypedDict(
    "DescribeIndexFieldsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "FieldNames": L[Si],
        "FieldNames.$": str,
        "Deployed": B,
        "Deployed.$": str,
    },
    total=False,
)
DescribeScalingParametersParameters = TypedDict(
    "DescribeScalingParametersParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DescribeServiceAccessPoliciesParameters = TypedDict(
    "DescribeServiceAccessPoliciesParameters",
    {"DomainName": S, "DomainName.$": str, "Deployed": B, "Deployed.$": str},
    total=False,
)
DescribeSuggestersParameters = TypedDict(
    "DescribeSuggestersParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SuggesterNames": L[Si],
        "SuggesterNames.$": str,
        "Deployed": B,
        "Deployed.$": str,
    },
    total=False,
)
IndexDocumentsParameters = TypedDict(
    "IndexDocumentsParameters", {"DomainName": S, "DomainName.$": str}, total=False
)

class ListDomainNamesParameters(TypedDict, total=False): ...

UpdateAvailabilityOptionsParameters = TypedDict(
    "UpdateAvailabilityOptionsParameters",
    {"DomainName": S, "DomainName.$": str, "MultiAZ": B, "MultiAZ.$": str},
    total=False,
)

class DomainEndpointOptions(TypedDict, total=False):
    EnforceHTTPS: B
    TlsSecurityPolicy: S

UpdateDomainEndpointOptionsParameters = TypedDict(
    "UpdateDomainEndpointOptionsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainEndpointOptions": X[DomainEndpointOptions],
        "DomainEndpointOptions.$": str,
    },
    total=False,
)

class ScalingParameters(TypedDict, total=False):
    DesiredInstanceType: S
    DesiredReplicationCount: I
    DesiredPartitionCount: I

UpdateScalingParametersParameters = TypedDict(
    "UpdateScalingParametersParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ScalingParameters": X[ScalingParameters],
        "ScalingParameters.$": str,
    },
    total=False,
)
UpdateServiceAccessPoliciesParameters = TypedDict(
    "UpdateServiceAccessPoliciesParameters",
    {"DomainName": S, "DomainName.$": str, "AccessPolicies": S, "AccessPolicies.$": str},
    total=False,
)
build_suggesters: Builder[BuildSuggestersParameters]
create_domain: Builder[CreateDomainParameters]
define_analysis_scheme: Builder[DefineAnalysisSchemeParameters]
define_expression: Builder[DefineExpressionParameters]
define_index_field: Builder[DefineIndexFieldParameters]
define_suggester: Builder[DefineSuggesterParameters]
delete_analysis_scheme: Builder[DeleteAnalysisSchemeParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_expression: Builder[DeleteExpressionParameters]
delete_index_field: Builder[DeleteIndexFieldParameters]
delete_suggester: Builder[DeleteSuggesterParameters]
describe_analysis_schemes: Builder[DescribeAnalysisSchemesParameters]
describe_availability_options: Builder[DescribeAvailabilityOptionsParameters]
describe_domain_endpoint_options: Builder[DescribeDomainEndpointOptionsParameters]
describe_domains: Builder[DescribeDomainsParameters]
describe_expressions: Builder[DescribeExpressionsParameters]
describe_index_fields: Builder[DescribeIndexFieldsParameters]
describe_scaling_parameters: Builder[DescribeScalingParametersParameters]
describe_service_access_policies: Builder[DescribeServiceAccessPoliciesParameters]
describe_suggesters: Builder[DescribeSuggestersParameters]
index_documents: Builder[IndexDocumentsParameters]
list_domain_names: Builder[ListDomainNamesParameters]
update_availability_options: Builder[UpdateAvailabilityOptionsParameters]
update_domain_endpoint_options: Builder[UpdateDomainEndpointOptionsParameters]
update_scaling_parameters: Builder[UpdateScalingParametersParameters]
update_service_access_policies: Builder[UpdateServiceAccessPoliciesParameters]

__all__ = [
    "build_suggesters",
    "create_domain",
    "define_analysis_scheme",
    "define_expression",
    "define_index_field",
    "define_suggester",
    "delete_analysis_scheme",
    "delete_domain",
    "delete_expression",
    "delete_index_field",
    "delete_suggester",
    "describe_analysis_schemes",
    "describe_availability_options",
    "describe_domain_endpoint_options",
    "describe_domains",
    "describe_expressions",
    "describe_index_fields",
    "describe_scaling_parameters",
    "describe_service_access_policies",
    "describe_suggesters",
    "index_documents",
    "list_domain_names",
    "update_availability_options",
    "update_domain_endpoint_options",
    "update_scaling_parameters",
    "update_service_access_policies",
]
