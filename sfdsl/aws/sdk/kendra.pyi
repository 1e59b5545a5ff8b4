"""Typed builders of the AWS SDK integration of kendra (``aws-sdk:kendra:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, T, X, Xi

class EntityConfiguration(TypedDict, total=False):
    EntityId: S
    EntityType: S

AssociateEntitiesToExperienceParameters = TypedDict(
    "AssociateEntitiesToExperienceParameters",
    {
        "Id": S,
        "Id.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "EntityList": L[Xi[EntityConfiguration]],
        "EntityList.$": str,
    },
    total=False,
)

class EntityPersonaConfiguration(TypedDict, total=False):
    EntityId: S
    Persona: S

AssociatePersonasToEntitiesParameters = TypedDict(
    "AssociatePersonasToEntitiesParameters",
    {
        "Id": S,
        "Id.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "Personas": L[Xi[EntityPersonaConfiguration]],
        "Personas.$": str,
    },
    total=False,
)

class DataSourceSyncJobMetricTarget(TypedDict, total=False):
    DataSourceId: S
    DataSourceSyncJobId: S

BatchDeleteDocumentParameters = TypedDict(
    "BatchDeleteDocumentParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "DocumentIdList": L[Si],
        "DocumentIdList.$": str,
        "DataSourceSyncJobMetricTarget": X[DataSourceSyncJobMetricTarget],
        "DataSourceSyncJobMetricTarget.$": str,
    },
    total=False,
)
BatchDeleteFeaturedResultsSetParameters = TypedDict(
    "BatchDeleteFeaturedResultsSetParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "FeaturedResultsSetIds": L[Si],
        "FeaturedResultsSetIds.$": str,
    },
    total=False,
)

class DocumentAttributeValue(TypedDict, total=False):
    StringValue: S
    StringListValue: L[Si]
    LongValue: I
    DateValue: T

class DocumentAttribute(TypedDict, total=False):
    Key: S
    Value: X[DocumentAttributeValue]

class DocumentInfo(TypedDict, total=False):
    DocumentId: S
    Attributes: L[Xi[DocumentAttribute]]

BatchGetDocumentStatusParameters = TypedDict(
    "BatchGetDocumentStatusParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "DocumentInfoList": L[Xi[DocumentInfo]],
        "DocumentInfoList.$": str,
    },
    total=False,
)

class S3Path(TypedDict, total=False):
    Bucket: S
    Key: S

class Principal(TypedDict, total=False):
    Name: S
    Type: S
    Access: S
    DataSourceId: S

class HierarchicalPrincipal(TypedDict, total=False):
    PrincipalList: L[Xi[Principal]]

class Document(TypedDict, total=False):
    Id: S
    Title: S
    Blob: S
    S3Path: X[S3Path]
    Attributes: L[Xi[DocumentAttribute]]
    AccessControlList: L[Xi[Principal]]
    HierarchicalAccessControlList: L[Xi[HierarchicalPrincipal]]
    ContentType: S
    AccessControlConfigurationId: S

class DocumentAttributeCondition(TypedDict, total=False):
    ConditionDocumentAttributeKey: S
    Operator: S
    ConditionOnValue: X[DocumentAttributeValue]

class DocumentAttributeTarget(TypedDict, total=False):
    TargetDocumentAttributeKey: S
    TargetDocumentAttributeValueDeletion: B
    TargetDocumentAttributeValue: X[DocumentAttributeValue]

class InlineCustomDocumentEnrichmentConfiguration(TypedDict, total=False):
    Condition: X[DocumentAttributeCondition]
    Target: X[DocumentAttributeTarget]
    DocumentContentDeletion: B

class HookConfiguration(TypedDict, total=False):
    InvocationCondition: X[DocumentAttributeCondition]
    LambdaArn: S
    S3Bucket: S

class CustomDocumentEnrichmentConfiguration(TypedDict, total=False):
    InlineConfigurations: L[Xi[InlineCustomDocumentEnrichmentConfiguration]]
    PreExtractionHookConfiguration: X[HookConfiguration]
    PostExtractionHookConfiguration: X[HookConfiguration]
    RoleArn: S

BatchPutDocumentParameters = TypedDict(
    "BatchPutDocumentParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Documents": L[Xi[Document]],
        "Documents.$": str,
        "CustomDocumentEnrichmentConfiguration": X[CustomDocumentEnrichmentConfiguration],
        "CustomDocumentEnrichmentConfiguration.$": str,
    },
    total=False,
)
ClearQuerySuggestionsParameters = TypedDict(
    "ClearQuerySuggestionsParameters", {"IndexId": S, "IndexId.$": str}, total=False
)
CreateAccessControlConfigurationParameters = TypedDict(
    "CreateAccessControlConfigurationParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AccessControlList": L[Xi[Principal]],
        "AccessControlList.$": str,
        "HierarchicalAccessControlList": L[Xi[HierarchicalPrincipal]],
        "HierarchicalAccessControlList.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DocumentsMetadataConfiguration(TypedDict, total=False):
    S3Prefix: S

class AccessControlListConfiguration(TypedDict, total=False):
    KeyPath: S

class S3DataSourceConfiguration(TypedDict, total=False):
    BucketName: S
    InclusionPrefixes: L[Si]
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    DocumentsMetadataConfiguration: X[DocumentsMetadataConfiguration]
    AccessControlListConfiguration: X[AccessControlListConfiguration]

class DataSourceVpcConfiguration(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

class DataSourceToIndexFieldMapping(TypedDict, total=False):
    DataSourceFieldName: S
    DateFieldFormat: S
    IndexFieldName: S

class ProxyConfiguration(TypedDict, total=False):
    Host: S
    Port: I
    Credentials: S

class SharePointConfiguration(TypedDict, total=False):
    SharePointVersion: S
    Urls: L[Si]
    SecretArn: S
    CrawlAttachments: B
    UseChangeLog: B
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    VpcConfiguration: X[DataSourceVpcConfiguration]
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    DocumentTitleFieldName: S
    DisableLocalGroups: B
    SslCertificateS3Path: X[S3Path]
    AuthenticationType: S
    ProxyConfiguration: X[ProxyConfiguration]

class ConnectionConfiguration(TypedDict, total=False):
    DatabaseHost: S
    DatabasePort: I
    DatabaseName: S
    TableName: S
    SecretArn: S

class ColumnConfiguration(TypedDict, total=False):
    DocumentIdColumnName: S
    DocumentDataColumnName: S
    DocumentTitleColumnName: S
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    ChangeDetectingColumns: L[Si]

class AclConfiguration(TypedDict, total=False):
    AllowedGroupsColumnName: S

class SqlConfiguration(TypedDict, total=False):
    QueryIdentifiersEnclosingOption: S

class DatabaseConfiguration(TypedDict, total=False):
    DatabaseEngineType: S
    ConnectionConfiguration: X[ConnectionConfiguration]
    VpcConfiguration: X[DataSourceVpcConfiguration]
    ColumnConfiguration: X[ColumnConfiguration]
    AclConfiguration: X[AclConfiguration]
    SqlConfiguration: X[SqlConfiguration]

class SalesforceStandardObjectConfiguration(TypedDict, total=False):
    Name: S
    DocumentDataFieldName: S
    DocumentTitleFieldName: S
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]

class SalesforceStandardKnowledgeArticleTypeConfiguration(TypedDict, total=False):
    DocumentDataFieldName: S
    DocumentTitleFieldName: S
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]

class SalesforceCustomKnowledgeArticleTypeConfiguration(TypedDict, total=False):
    Name: S
    DocumentDataFieldName: S
    DocumentTitleFieldName: S
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]

class SalesforceKnowledgeArticleConfiguration(TypedDict, total=False):
    IncludedStates: L[Si]
    StandardKnowledgeArticleTypeConfiguration: X[
        SalesforceStandardKnowledgeArticleTypeConfiguration
    ]
    CustomKnowledgeArticleTypeConfigurations: L[
        Xi[SalesforceCustomKnowledgeArticleTypeConfiguration]
    ]

class SalesforceChatterFeedConfiguration(TypedDict, total=False):
    DocumentDataFieldName: S
    DocumentTitleFieldName: S
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    IncludeFilterTypes: L[Si]

class SalesforceStandardObjectAttachmentConfiguration(TypedDict, total=False):
    DocumentTitleFieldName: S
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]

class SalesforceConfiguration(TypedDict, total=False):
    ServerUrl: S
    SecretArn: S
    StandardObjectConfigurations: L[Xi[SalesforceStandardObjectConfiguration]]
    KnowledgeArticleConfiguration: X[SalesforceKnowledgeArticleConfiguration]
    ChatterFeedConfiguration: X[SalesforceChatterFeedConfiguration]
    CrawlAttachments: B
    StandardObjectAttachmentConfiguration: X[SalesforceStandardObjectAttachmentConfiguration]
    IncludeAttachmentFilePatterns: L[Si]
    ExcludeAttachmentFilePatterns: L[Si]

class OneDriveUsers(TypedDict, total=False):
    OneDriveUserList: L[Si]
    OneDriveUserS3Path: X[S3Path]

class OneDriveConfiguration(TypedDict, total=False):
    TenantDomain: S
    SecretArn: S
    OneDriveUsers: X[OneDriveUsers]
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    DisableLocalGroups: B

class ServiceNowKnowledgeArticleConfiguration(TypedDict, total=False):
    CrawlAttachments: B
    IncludeAttachmentFilePatterns: L[Si]
    ExcludeAttachmentFilePatterns: L[Si]
    DocumentDataFieldName: S
    DocumentTitleFieldName: S
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    FilterQuery: S

class ServiceNowServiceCatalogConfiguration(TypedDict, total=False):
    CrawlAttachments: B
    IncludeAttachmentFilePatterns: L[Si]
    ExcludeAttachmentFilePatterns: L[Si]
    DocumentDataFieldName: S
    DocumentTitleFieldName: S
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]

class ServiceNowConfiguration(TypedDict, total=False):
    HostUrl: S
    SecretArn: S
    ServiceNowBuildVersion: S
    KnowledgeArticleConfiguration: X[ServiceNowKnowledgeArticleConfiguration]
    ServiceCatalogConfiguration: X[ServiceNowServiceCatalogConfiguration]
    AuthenticationType: S

class ConfluenceSpaceToIndexFieldMapping(TypedDict, total=False):
    DataSourceFieldName: S
    DateFieldFormat: S
    IndexFieldName: S

class ConfluenceSpaceConfiguration(TypedDict, total=False):
    CrawlPersonalSpaces: B
    CrawlArchivedSpaces: B
    IncludeSpaces: L[Si]
    ExcludeSpaces: L[Si]
    SpaceFieldMappings: L[Xi[ConfluenceSpaceToIndexFieldMapping]]

class ConfluencePageToIndexFieldMapping(TypedDict, total=False):
    DataSourceFieldName: S
    DateFieldFormat: S
    IndexFieldName: S

class ConfluencePageConfiguration(TypedDict, total=False):
    PageFieldMappings: L[Xi[ConfluencePageToIndexFieldMapping]]

class ConfluenceBlogToIndexFieldMapping(TypedDict, total=False):
    DataSourceFieldName: S
    DateFieldFormat: S
    IndexFieldName: S

class ConfluenceBlogConfiguration(TypedDict, total=False):
    BlogFieldMappings: L[Xi[ConfluenceBlogToIndexFieldMapping]]

class ConfluenceAttachmentToIndexFieldMapping(TypedDict, total=False):
    DataSourceFieldName: S
    DateFieldFormat: S
    IndexFieldName: S

class ConfluenceAttachmentConfiguration(TypedDict, total=False):
    CrawlAttachments: B
    AttachmentFieldMappings: L[Xi[ConfluenceAttachmentToIndexFieldMapping]]

class ConfluenceConfiguration(TypedDict, total=False):
    ServerUrl: S
    SecretArn: S
    Version: S
    SpaceConfiguration: X[ConfluenceSpaceConfiguration]
    PageConfiguration: X[ConfluencePageConfiguration]
    BlogConfiguration: X[ConfluenceBlogConfiguration]
    AttachmentConfiguration: X[ConfluenceAttachmentConfiguration]
    VpcConfiguration: X[DataSourceVpcConfiguration]
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    ProxyConfiguration: X[ProxyConfiguration]
    AuthenticationType: S

class GoogleDriveConfiguration(TypedDict, total=False):
    SecretArn: S
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    ExcludeMimeTypes: L[Si]
    ExcludeUserAccounts: L[Si]
    ExcludeSharedDrives: L[Si]

class SeedUrlConfiguration(TypedDict, total=False):
    SeedUrls: L[Si]
    WebCrawlerMode: S

class SiteMapsConfiguration(TypedDict, total=False):
    SiteMaps: L[Si]

class Urls(TypedDict, total=False):
    SeedUrlConfiguration: X[SeedUrlConfiguration]
    SiteMapsConfiguration: X[SiteMapsConfiguration]

class BasicAuthenticationConfiguration(TypedDict, total=False):
    Host: S
    Port: I
    Credentials: S

class AuthenticationConfiguration(TypedDict, total=False):
    BasicAuthentication: L[Xi[BasicAuthenticationConfiguration]]

class WebCrawlerConfiguration(TypedDict, total=False):
    Urls: X[Urls]
    CrawlDepth: I
    MaxLinksPerPage: I
    MaxContentSizePerPageInMegaBytes: F
    MaxUrlsPerMinuteCrawlRate: I
    UrlInclusionPatterns: L[Si]
    UrlExclusionPatterns: L[Si]
    ProxyConfiguration: X[ProxyConfiguration]
    AuthenticationConfiguration: X[AuthenticationConfiguration]

class WorkDocsConfiguration(TypedDict, total=False):
    OrganizationId: S
    CrawlComments: B
    UseChangeLog: B
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]

class FsxConfiguration(TypedDict, total=False):
    FileSystemId: S
    FileSystemType: S
    VpcConfiguration: X[DataSourceVpcConfiguration]
    SecretArn: S
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]

class SlackConfiguration(TypedDict, total=False):
    TeamId: S
    SecretArn: S
    VpcConfiguration: X[DataSourceVpcConfiguration]
    SlackEntityList: L[Si]
    UseChangeLog: B
    CrawlBotMessage: B
    ExcludeArchived: B
    SinceCrawlDate: S
    LookBackPeriod: I
    PrivateChannelFilter: L[Si]
    PublicChannelFilter: L[Si]
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    FieldMappings: L[Xi[DataSourceToIndexFieldMapping]]

class BoxConfiguration(TypedDict, total=False):
    EnterpriseId: S
    SecretArn: S
    UseChangeLog: B
    CrawlComments: B
    CrawlTasks: B
    CrawlWebLinks: B
    FileFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    TaskFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    CommentFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    WebLinkFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    VpcConfiguration: X[DataSourceVpcConfiguration]

class QuipConfiguration(TypedDict, total=False):
    Domain: S
    SecretArn: S
    CrawlFileComments: B
    CrawlChatRooms: B
    CrawlAttachments: B
    FolderIds: L[Si]
    ThreadFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    MessageFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    AttachmentFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    VpcConfiguration: X[DataSourceVpcConfiguration]

class JiraConfiguration(TypedDict, total=False):
    JiraAccountUrl: S
    SecretArn: S
    UseChangeLog: B
    Project: L[Si]
    IssueType: L[Si]
    Status: L[Si]
    IssueSubEntityFilter: L[Si]
    AttachmentFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    CommentFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    IssueFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    ProjectFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    WorkLogFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    VpcConfiguration: X[DataSourceVpcConfiguration]

class SaaSConfiguration(TypedDict, total=False):
    OrganizationName: S
    HostUrl: S

class OnPremiseConfiguration(TypedDict, total=False):
    HostUrl: S
    OrganizationName: S
    SslCertificateS3Path: X[S3Path]

class GitHubDocumentCrawlProperties(TypedDict, total=False):
    CrawlRepositoryDocuments: B
    CrawlIssue: B
    CrawlIssueComment: B
    CrawlIssueCommentAttachment: B
    CrawlPullRequest: B
    CrawlPullRequestComment: B
    CrawlPullRequestCommentAttachment: B

class GitHubConfiguration(TypedDict, total=False):
    SaaSConfiguration: X[SaaSConfiguration]
    OnPremiseConfiguration: X[OnPremiseConfiguration]
    Type: S
    SecretArn: S
    UseChangeLog: B
    GitHubDocumentCrawlProperties: X[GitHubDocumentCrawlProperties]
    RepositoryFilter: L[Si]
    InclusionFolderNamePatterns: L[Si]
    InclusionFileTypePatterns: L[Si]
    InclusionFileNamePatterns: L[Si]
    ExclusionFolderNamePatterns: L[Si]
    ExclusionFileTypePatterns: L[Si]
    ExclusionFileNamePatterns: L[Si]
    VpcConfiguration: X[DataSourceVpcConfiguration]
    GitHubRepositoryConfigurationFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    GitHubCommitConfigurationFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    GitHubIssueDocumentConfigurationFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    GitHubIssueCommentConfigurationFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    GitHubIssueAttachmentConfigurationFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    GitHubPullRequestCommentConfigurationFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    GitHubPullRequestDocumentConfigurationFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    GitHubPullRequestDocumentAttachmentConfigurationFieldMappings: L[
        Xi[DataSourceToIndexFieldMapping]
    ]

class AlfrescoConfiguration(TypedDict, total=False):
    SiteUrl: S
    SiteId: S
    SecretArn: S
    SslCertificateS3Path: X[S3Path]
    CrawlSystemFolders: B
    CrawlComments: B
    EntityFilter: L[Si]
    DocumentLibraryFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    BlogFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    WikiFieldMappings: L[Xi[DataSourceToIndexFieldMapping]]
    InclusionPatterns: L[Si]
    ExclusionPatterns: L[Si]
    VpcConfiguration: X[DataSourceVpcConfiguration]

class TemplateConfiguration(TypedDict, total=False):
    Template: Doc

class DataSourceConfiguration(TypedDict, total=False):
    S3Configuration: X[S3DataSourceConfiguration]
    SharePointConfiguration: X[SharePointConfiguration]
    DatabaseConfiguration: X[DatabaseConfiguration]
    SalesforceConfiguration: X[SalesforceConfiguration]
    OneDriveConfiguration: X[OneDriveConfiguration]
    ServiceNowConfiguration: X[ServiceNowConfiguration]
    ConfluenceConfiguration: X[ConfluenceConfiguration]
    GoogleDriveConfiguration: X[GoogleDriveConfiguration]
    WebCrawlerConfiguration: X[WebCrawlerConfiguration]
    WorkDocsConfiguration: X[WorkDocsConfiguration]
    FsxConfiguration: X[FsxConfiguration]
    SlackConfiguration: X[SlackConfiguration]
    BoxConfiguration: X[BoxConfiguration]
    QuipConfiguration: X[QuipConfiguration]
    JiraConfiguration: X[JiraConfiguration]
    GitHubConfiguration: X[GitHubConfiguration]
    AlfrescoConfiguration: X[AlfrescoConfiguration]
    TemplateConfiguration: X[TemplateConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateDataSourceParameters = TypedDict(
    "CreateDataSourceParameters",
    {
        "Name": S,
        "Name.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "Type": S,
        "Type.$": str,
        "Configuration": X[DataSourceConfiguration],
        "Configuration.$": str,
        "VpcConfiguration": X[DataSourceVpcConfiguration],
        "VpcConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "CustomDocumentEnrichmentConfiguration": X[CustomDocumentEnrichmentConfiguration],
        "CustomDocumentEnrichmentConfiguration.$": str,
    },
    total=False,
)

class ContentSourceConfiguration(TypedDict, total=False):
    DataSourceIds: L[Si]
    FaqIds: L[Si]
    DirectPutContent: B

class UserIdentityConfiguration(TypedDict, total=False):
    IdentityAttributeName: S

class ExperienceConfiguration(TypedDict, total=False):
    ContentSourceConfiguration: X[ContentSourceConfiguration]
    UserIdentityConfiguration: X[UserIdentityConfiguration]

CreateExperienceParameters = TypedDict(
    "CreateExperienceParameters",
    {
        "Name": S,
        "Name.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Configuration": X[ExperienceConfiguration],
        "Configuration.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateFaqParameters = TypedDict(
    "CreateFaqParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "S3Path": X[S3Path],
        "S3Path.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)

class FeaturedDocument(TypedDict, total=False):
    Id: S

CreateFeaturedResultsSetParameters = TypedDict(
    "CreateFeaturedResultsSetParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "FeaturedResultsSetName": S,
        "FeaturedResultsSetName.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Status": S,
        "Status.$": str,
        "QueryTexts": L[Si],
        "QueryTexts.$": str,
        "FeaturedDocuments": L[Xi[FeaturedDocument]],
        "FeaturedDocuments.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ServerSideEncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S

class JwtTokenTypeConfiguration(TypedDict, total=False):
    KeyLocation: S
    Url: S
    SecretManagerArn: S
    UserNameAttributeField: S
    GroupAttributeField: S
    Issuer: S
    ClaimRegex: S

class JsonTokenTypeConfiguration(TypedDict, total=False):
    UserNameAttributeField: S
    GroupAttributeField: S

class UserTokenConfiguration(TypedDict, total=False):
    JwtTokenTypeConfiguration: X[JwtTokenTypeConfiguration]
    JsonTokenTypeConfiguration: X[JsonTokenTypeConfiguration]

class UserGroupResolutionConfiguration(TypedDict, total=False):
    UserGroupResolutionMode: S

CreateIndexParameters = TypedDict(
    "CreateIndexParameters",
    {
        "Name": S,
        "Name.$": str,
        "Edition": S,
        "Edition.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "UserTokenConfigurations": L[Xi[UserTokenConfiguration]],
        "UserTokenConfigurations.$": str,
        "UserContextPolicy": S,
        "UserContextPolicy.$": str,
        "UserGroupResolutionConfiguration": X[UserGroupResolutionConfiguration],
        "UserGroupResolutionConfiguration.$": str,
    },
    total=False,
)
CreateQuerySuggestionsBlockListParameters = TypedDict(
    "CreateQuerySuggestionsBlockListParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SourceS3Path": X[S3Path],
        "SourceS3Path.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateThesaurusParameters = TypedDict(
    "CreateThesaurusParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SourceS3Path": X[S3Path],
        "SourceS3Path.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAccessControlConfigurationParameters = TypedDict(
    "DeleteAccessControlConfigurationParameters",
    {"IndexId": S, "IndexId.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeleteDataSourceParameters = TypedDict(
    "DeleteDataSourceParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)
DeleteExperienceParameters = TypedDict(
    "DeleteExperienceParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)
DeleteFaqParameters = TypedDict(
    "DeleteFaqParameters", {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str}, total=False
)
DeleteIndexParameters = TypedDict("DeleteIndexParameters", {"Id": S, "Id.$": str}, total=False)
DeletePrincipalMappingParameters = TypedDict(
    "DeletePrincipalMappingParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "OrderingId": I,
        "OrderingId.$": str,
    },
    total=False,
)
DeleteQuerySuggestionsBlockListParameters = TypedDict(
    "DeleteQuerySuggestionsBlockListParameters",
    {"IndexId": S, "IndexId.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeleteThesaurusParameters = TypedDict(
    "DeleteThesaurusParameters", {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str}, total=False
)
DescribeAccessControlConfigurationParameters = TypedDict(
    "DescribeAccessControlConfigurationParameters",
    {"IndexId": S, "IndexId.$": str, "Id": S, "Id.$": str},
    total=False,
)
DescribeDataSourceParameters = TypedDict(
    "DescribeDataSourceParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)
DescribeExperienceParameters = TypedDict(
    "DescribeExperienceParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)
DescribeFaqParameters = TypedDict(
    "DescribeFaqParameters", {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str}, total=False
)
DescribeFeaturedResultsSetParameters = TypedDict(
    "DescribeFeaturedResultsSetParameters",
    {"IndexId": S, "IndexId.$": str, "FeaturedResultsSetId": S, "FeaturedResultsSetId.$": str},
    total=False,
)
DescribeIndexParameters = TypedDict("DescribeIndexParameters", {"Id": S, "Id.$": str}, total=False)
DescribePrincipalMappingParameters = TypedDict(
    "DescribePrincipalMappingParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "GroupId": S,
        "GroupId.$": str,
    },
    total=False,
)
DescribeQuerySuggestionsBlockListParameters = TypedDict(
    "DescribeQuerySuggestionsBlockListParameters",
    {"IndexId": S, "IndexId.$": str, "Id": S, "Id.$": str},
    total=False,
)
DescribeQuerySuggestionsConfigParameters = TypedDict(
    "DescribeQuerySuggestionsConfigParameters", {"IndexId": S, "IndexId.$": str}, total=False
)
DescribeThesaurusParameters = TypedDict(
    "DescribeThesaurusParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)
DisassociateEntitiesFromExperienceParameters = TypedDict(
    "DisassociateEntitiesFromExperienceParameters",
    {
        "Id": S,
        "Id.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "EntityList": L[Xi[EntityConfiguration]],
        "EntityList.$": str,
    },
    total=False,
)
DisassociatePersonasFromEntitiesParameters = TypedDict(
    "DisassociatePersonasFromEntitiesParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str, "EntityIds": L[Si], "EntityIds.$": str},
    total=False,
)

class AttributeFilter(TypedDict, total=False):
    AndAllFilters: L[Xi[AttributeFilter]]
    OrAllFilters: L[Xi[AttributeFilter]]
    NotFilter: X[AttributeFilter]
    EqualsTo: X[DocumentAttribute]
    ContainsAll: X[DocumentAttribute]
    ContainsAny: X[DocumentAttribute]
    GreaterThan: X[DocumentAttribute]
    GreaterThanOrEquals: X[DocumentAttribute]
    LessThan: X[DocumentAttribute]
    LessThanOrEquals: X[DocumentAttribute]

class DataSourceGroup(TypedDict, total=False):
    GroupId: S
    DataSourceId: S

class UserContext(TypedDict, total=False):
    Token: S
    UserId: S
    Groups: L[Si]
    DataSourceGroups: L[Xi[DataSourceGroup]]

class AttributeSuggestionsGetConfig(TypedDict, total=False):
    SuggestionAttributes: L[Si]
    AdditionalResponseAttributes: L[Si]
    AttributeFilter: X[AttributeFilter]
    UserContext: X[UserContext]

GetQuerySuggestionsParameters = TypedDict(
    "GetQuerySuggestionsParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "QueryText": S,
        "QueryText.$": str,
        "MaxSuggestionsCount": I,
        "MaxSuggestionsCount.$": str,
        "SuggestionTypes": L[Si],
        "SuggestionTypes.$": str,
        "AttributeSuggestionsConfig": X[AttributeSuggestionsGetConfig],
        "AttributeSuggestionsConfig.$": str,
    },
    total=False,
)
GetSnapshotsParameters = TypedDict(
    "GetSnapshotsParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "Interval": S,
        "Interval.$": str,
        "MetricType": S,
        "MetricType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccessControlConfigurationsParameters = TypedDict(
    "ListAccessControlConfigurationsParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class TimeRange(TypedDict, total=False):
    StartTime: T
    EndTime: T

ListDataSourceSyncJobsParameters = TypedDict(
    "ListDataSourceSyncJobsParameters",
    {
        "Id": S,
        "Id.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartTimeFilter": X[TimeRange],
        "StartTimeFilter.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
    },
    total=False,
)
ListDataSourcesParameters = TypedDict(
    "ListDataSourcesParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEntityPersonasParameters = TypedDict(
    "ListEntityPersonasParameters",
    {
        "Id": S,
        "Id.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListExperienceEntitiesParameters = TypedDict(
    "ListExperienceEntitiesParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListExperiencesParameters = TypedDict(
    "ListExperiencesParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFaqsParameters = TypedDict(
    "ListFaqsParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFeaturedResultsSetsParameters = TypedDict(
    "ListFeaturedResultsSetsParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListGroupsOlderThanOrderingIdParameters = TypedDict(
    "ListGroupsOlderThanOrderingIdParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "OrderingId": I,
        "OrderingId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIndicesParameters = TypedDict(
    "ListIndicesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListQuerySuggestionsBlockListsParameters = TypedDict(
    "ListQuerySuggestionsBlockListsParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListThesauriParameters = TypedDict(
    "ListThesauriParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class MemberGroup(TypedDict, total=False):
    GroupId: S
    DataSourceId: S

class MemberUser(TypedDict, total=False):
    UserId: S

class GroupMembers(TypedDict, total=False):
    MemberGroups: L[Xi[MemberGroup]]
    MemberUsers: L[Xi[MemberUser]]
    S3PathforGroupMembers: X[S3Path]

PutPrincipalMappingParameters = TypedDict(
    "PutPrincipalMappingParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "GroupMembers": X[GroupMembers],
        "GroupMembers.$": str,
        "OrderingId": I,
        "OrderingId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)

class Facet(TypedDict, total=False):
    DocumentAttributeKey: S
    Facets: L[Xi[Facet]]
    MaxResults: I

class Relevance(TypedDict, total=False):
    Freshness: B
    Importance: I
    Duration: S
    RankOrder: S
    ValueImportanceMap: M[I]

class DocumentRelevanceConfiguration(TypedDict, total=False):
    Name: S
    Relevance: X[Relevance]

class SortingConfiguration(TypedDict, total=False):
    DocumentAttributeKey: S
    SortOrder: S

class SpellCorrectionConfiguration(TypedDict, total=False):
    IncludeQuerySpellCheckSuggestions: B

class ExpandConfiguration(TypedDict, total=False):
    MaxResultItemsToExpand: I
    MaxExpandedResultsPerItem: I

class CollapseConfiguration(TypedDict, total=False):
    DocumentAttributeKey: S
    SortingConfigurations: L[Xi[SortingConfiguration]]
    MissingAttributeKeyStrategy: S
    Expand: B
    ExpandConfiguration: X[ExpandConfiguration]

QueryParameters = TypedDict(
    "QueryParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "QueryText": S,
        "QueryText.$": str,
        "AttributeFilter": X[AttributeFilter],
        "AttributeFilter.$": str,
        "Facets": L[Xi[Facet]],
        "Facets.$": str,
        "RequestedDocumentAttributes": L[Si],
        "RequestedDocumentAttributes.$": str,
        "QueryResultTypeFilter": S,
        "QueryResultTypeFilter.$": str,
        "DocumentRelevanceOverrideConfigurations": L[Xi[DocumentRelevanceConfiguration]],
        "DocumentRelevanceOverrideConfigurations.$": str,
        "PageNumber": I,
        "PageNumber.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "SortingConfiguration": X[SortingConfiguration],
        "SortingConfiguration.$": str,
        "SortingConfigurations": L[Xi[SortingConfiguration]],
        "SortingConfigurations.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
        "VisitorId": S,
        "VisitorId.$": str,
        "SpellCorrectionConfiguration": X[SpellCorrectionConfiguration],
        "SpellCorrectionConfiguration.$": str,
        "CollapseConfiguration": X[CollapseConfiguration],
        "CollapseConfiguration.$": str,
    },
    total=False,
)
RetrieveParameters = TypedDict(
    "RetrieveParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "QueryText": S,
        "QueryText.$": str,
        "AttributeFilter": X[AttributeFilter],
        "AttributeFilter.$": str,
        "RequestedDocumentAttributes": L[Si],
        "RequestedDocumentAttributes.$": str,
        "DocumentRelevanceOverrideConfigurations": L[Xi[DocumentRelevanceConfiguration]],
        "DocumentRelevanceOverrideConfigurations.$": str,
        "PageNumber": I,
        "PageNumber.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
    },
    total=False,
)
StartDataSourceSyncJobParameters = TypedDict(
    "StartDataSourceSyncJobParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)
StopDataSourceSyncJobParameters = TypedDict(
    "StopDataSourceSyncJobParameters",
    {"Id": S, "Id.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)

class ClickFeedback(TypedDict, total=False):
    ResultId: S
    ClickTime: T

class RelevanceFeedback(TypedDict, total=False):
    ResultId: S
    RelevanceValue: S

SubmitFeedbackParameters = TypedDict(
    "SubmitFeedbackParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "ClickFeedbackItems": L[Xi[ClickFeedback]],
        "ClickFeedbackItems.$": str,
        "RelevanceFeedbackItems": L[Xi[RelevanceFeedback]],
        "RelevanceFeedbackItems.$": str,
    },
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
UpdateAccessControlConfigurationParameters = TypedDict(
    "UpdateAccessControlConfigurationParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AccessControlList": L[Xi[Principal]],
        "AccessControlList.$": str,
        "HierarchicalAccessControlList": L[Xi[HierarchicalPrincipal]],
        "HierarchicalAccessControlList.$": str,
    },
    total=False,
)
UpdateDataSourceParameters = TypedDict(
    "UpdateDataSourceParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "Configuration": X[DataSourceConfiguration],
        "Configuration.$": str,
        "VpcConfiguration": X[DataSourceVpcConfiguration],
        "VpcConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "CustomDocumentEnrichmentConfiguration": X[CustomDocumentEnrichmentConfiguration],
        "CustomDocumentEnrichmentConfiguration.$": str,
    },
    total=False,
)
UpdateExperienceParameters = TypedDict(
    "UpdateExperienceParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Configuration": X[ExperienceConfiguration],
        "Configuration.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateFeaturedResultsSetParameters = TypedDict(
    "UpdateFeaturedResultsSetParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "FeaturedResultsSetId": S,
        "FeaturedResultsSetId.$": str,
        "FeaturedResultsSetName": S,
        "FeaturedResultsSetName.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "QueryTexts": L[Si],
        "QueryTexts.$": str,
        "FeaturedDocuments": L[Xi[FeaturedDocument]],
        "FeaturedDocuments.$": str,
    },
    total=False,
)

class Search(TypedDict, total=False):
    Facetable: B
    Searchable: B
    Displayable: B
    Sortable: B

class DocumentMetadataConfiguration(TypedDict, total=False):
    Name: S
    Type: S
    Relevance: X[Relevance]
    Search: X[Search]

class CapacityUnitsConfiguration(TypedDict, total=False):
    StorageCapacityUnits: I
    QueryCapacityUnits: I

UpdateIndexParameters = TypedDict(
    "UpdateIndexParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "DocumentMetadataConfigurationUpdates": L[Xi[DocumentMetadataConfiguration]],
        "DocumentMetadataConfigurationUpdates.$": str,
        "CapacityUnits": X[CapacityUnitsConfiguration],
        "CapacityUnits.$": str,
        "UserTokenConfigurations": L[Xi[UserTokenConfiguration]],
        "UserTokenConfigurations.$": str,
        "UserContextPolicy": S,
        "UserContextPolicy.$": str,
        "UserGroupResolutionConfiguration": X[UserGroupResolutionConfiguration],
        "UserGroupResolutionConfiguration.$": str,
    },
    total=False,
)
UpdateQuerySuggestionsBlockListParameters = TypedDict(
    "UpdateQuerySuggestionsBlockListParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SourceS3Path": X[S3Path],
        "SourceS3Path.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)

class SuggestableConfig(TypedDict, total=False):
    AttributeName: S
    Suggestable: B

class AttributeSuggestionsUpdateConfig(TypedDict, total=False):
    SuggestableConfigList: L[Xi[SuggestableConfig]]
    AttributeSuggestionsMode: S

UpdateQuerySuggestionsConfigParameters = TypedDict(
    "UpdateQuerySuggestionsConfigParameters",
    {
        "IndexId": S,
        "IndexId.$": str,
        "Mode": S,
        "Mode.$": str,
        "QueryLogLookBackWindowInDays": I,
        "QueryLogLookBackWindowInDays.$": str,
        "IncludeQueriesWithoutUserInformation": B,
        "IncludeQueriesWithoutUserInformation.$": str,
        "MinimumNumberOfQueryingUsers": I,
        "MinimumNumberOfQueryingUsers.$": str,
        "MinimumQueryCount": I,
        "MinimumQueryCount.$": str,
        "AttributeSuggestionsConfig": X[AttributeSuggestionsUpdateConfig],
        "AttributeSuggestionsConfig.$": str,
    },
    total=False,
)
UpdateThesaurusParameters = TypedDict(
    "UpdateThesaurusParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "SourceS3Path": X[S3Path],
        "SourceS3Path.$": str,
    },
    total=False,
)
associate_entities_to_experience: Builder[AssociateEntitiesToExperienceParameters]
associate_personas_to_entities: Builder[AssociatePersonasToEntitiesParameters]
batch_delete_document: Builder[BatchDeleteDocumentParameters]
batch_delete_featured_results_set: Builder[BatchDeleteFeaturedResultsSetParameters]
batch_get_document_status: Builder[BatchGetDocumentStatusParameters]
batch_put_document: Builder[BatchPutDocumentParameters]
clear_query_suggestions: Builder[ClearQuerySuggestionsParameters]
create_access_control_configuration: Builder[CreateAccessControlConfigurationParameters]
create_data_source: Builder[CreateDataSourceParameters]
create_experience: Builder[CreateExperienceParameters]
create_faq: Builder[CreateFaqParameters]
create_featured_results_set: Builder[CreateFeaturedResultsSetParameters]
create_index: Builder[CreateIndexParameters]
create_query_suggestions_block_list: Builder[CreateQuerySuggestionsBlockListParameters]
create_thesaurus: Builder[CreateThesaurusParameters]
delete_access_control_configuration: Builder[DeleteAccessControlConfigurationParameters]
delete_data_source: Builder[DeleteDataSourceParameters]
delete_experience: Builder[DeleteExperienceParameters]
delete_faq: Builder[DeleteFaqParameters]
delete_index: Builder[DeleteIndexParameters]
delete_principal_mapping: Builder[DeletePrincipalMappingParameters]
delete_query_suggestions_block_list: Builder[DeleteQuerySuggestionsBlockListParameters]
delete_thesaurus: Builder[DeleteThesaurusParameters]
describe_access_control_configuration: Builder[DescribeAccessControlConfigurationParameters]
describe_data_source: Builder[DescribeDataSourceParameters]
describe_experience: Builder[DescribeExperienceParameters]
describe_faq: Builder[DescribeFaqParameters]
describe_featured_results_set: Builder[DescribeFeaturedResultsSetParameters]
describe_index: Builder[DescribeIndexParameters]
describe_principal_mapping: Builder[DescribePrincipalMappingParameters]
describe_query_suggestions_block_list: Builder[DescribeQuerySuggestionsBlockListParameters]
describe_query_suggestions_config: Builder[DescribeQuerySuggestionsConfigParameters]
describe_thesaurus: Builder[DescribeThesaurusParameters]
disassociate_entities_from_experience: Builder[DisassociateEntitiesFromExperienceParameters]
disassociate_personas_from_entities: Builder[DisassociatePersonasFromEntitiesParameters]
get_query_suggestions: Builder[GetQuerySuggestionsParameters]
get_snapshots: Builder[GetSnapshotsParameters]
list_access_control_configurations: Builder[ListAccessControlConfigurationsParameters]
list_data_source_sync_jobs: Builder[ListDataSourceSyncJobsParameters]
list_data_sources: Builder[ListDataSourcesParameters]
list_entity_personas: Builder[ListEntityPersonasParameters]
list_experience_entities: Builder[ListExperienceEntitiesParameters]
list_experiences: Builder[ListExperiencesParameters]
list_faqs: Builder[ListFaqsParameters]
list_featured_results_sets: Builder[ListFeaturedResultsSetsParameters]
list_groups_older_than_ordering_id: Builder[ListGroupsOlderThanOrderingIdParameters]
list_indices: Builder[ListIndicesParameters]
list_query_suggestions_block_lists: Builder[ListQuerySuggestionsBlockListsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_thesauri: Builder[ListThesauriParameters]
put_principal_mapping: Builder[PutPrincipalMappingParameters]
query: Builder[QueryParameters]
retrieve: Builder[RetrieveParameters]
start_data_source_sync_job: Builder[StartDataSourceSyncJobParameters]
stop_data_source_sync_job: Builder[StopDataSourceSyncJobParameters]
submit_feedback: Builder[SubmitFeedbackParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_control_configuration: Builder[UpdateAccessControlConfigurationParameters]
update_data_source: Builder[UpdateDataSourceParameters]
update_experience: Builder[UpdateExperienceParameters]
update_featured_results_set: Builder[UpdateFeaturedResultsSetParameters]
update_index: Builder[UpdateIndexParameters]
update_query_suggestions_block_list: Builder[UpdateQuerySuggestionsBlockListParameters]
update_query_suggestions_config: Builder[UpdateQuerySuggestionsConfigParameters]
update_thesaurus: Builder[UpdateThesaurusParameters]

__all__ = [
    "associate_entities_to_experience",
    "associate_personas_to_entities",
    "batch_delete_document",
    "batch_delete_featured_results_set",
    "batch_get_document_status",
    "batch_put_document",
    "clear_query_suggestions",
    "create_access_control_configuration",
    "create_data_source",
    "create_experience",
    "create_faq",
    "create_featured_results_set",
    "create_index",
    "create_query_suggestions_block_list",
    "create_thesaurus",
    "delete_access_control_configuration",
    "delete_data_source",
    "delete_experience",
    "delete_faq",
    "delete_index",
    "delete_principal_mapping",
    "delete_query_suggestions_block_list",
    "delete_thesaurus",
    "describe_access_control_configuration",
    "describe_data_source",
    "describe_experience",
    "describe_faq",
    "describe_featured_results_set",
    "describe_index",
    "describe_principal_mapping",
    "describe_query_suggestions_block_list",
    "describe_query_suggestions_config",
    "describe_thesaurus",
    "disassociate_entities_from_experience",
    "disassociate_personas_from_entities",
    "get_query_suggestions",
    "get_snapshots",
    "list_access_control_configurations",
    "list_data_source_sync_jobs",
    "list_data_sources",
    "list_entity_personas",
    "list_experience_entities",
    "list_experiences",
    "list_faqs",
    "list_featured_results_sets",
    "list_groups_older_than_ordering_id",
    "list_indices",
    "list_query_suggestions_block_lists",
    "list_tags_for_resource",
    "list_thesauri",
    "put_principal_mapping",
    "query",
    "retrieve",
    "start_data_source_sync_job",
    "stop_data_source_sync_job",
    "submit_feedback",
    "tag_resource",
    "untag_resource",
    "update_access_control_configuration",
    "update_data_source",
    "update_experience",
    "update_featured_results_set",
    "update_index",
    "update_query_suggestions_block_list",
    "update_query_suggestions_config",
    "update_thesaurus",
]
