"""Typed builders of the AWS SDK integration of kafka (``aws-sdk:kafka:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

BatchAssociateScramSecretParameters = TypedDict(
    "BatchAssociateScramSecretParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "SecretArnList": L[Si], "SecretArnList.$": str},
    total=False,
)
BatchDisassociateScramSecretParameters = TypedDict(
    "BatchDisassociateScramSecretParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "SecretArnList": L[Si], "SecretArnList.$": str},
    total=False,
)

class AssessmentParameters(TypedDict, total=False):
    TargetInstanceType: S

CreateAssessmentParameters = TypedDict(
    "CreateAssessmentParameters",
    {
        "AssessmentParameters": X[AssessmentParameters],
        "AssessmentParameters.$": str,
        "AssessmentType": S,
        "AssessmentType.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyArn: S

class Catalog(TypedDict, total=False):
    CatalogArn: S
    WarehouseLocation: S

class DeadLetterQueueS3(TypedDict, total=False):
    BucketArn: S
    ErrorOutputPrefix: S
    ExpectedBucketOwner: S

class PartitionSource(TypedDict, total=False):
    SourceName: S

class PartitionSpec(TypedDict, total=False):
    PartitionStrategy: S
    SourceList: L[Xi[PartitionSource]]

class DestinationTable(TypedDict, total=False):
    DestinationDatabaseName: S
    DestinationTableName: S
    PartitionSpec: X[PartitionSpec]

class SchemaEvolution(TypedDict, total=False):
    EnableSchemaEvolution: B

class TableCreation(TypedDict, total=False):
    EnableTableCreation: B

class IcebergDestinationConfiguration(TypedDict, total=False):
    AppendOnly: B
    Catalog: X[Catalog]
    DataFreshnessInSeconds: I
    DeadLetterQueueS3: X[DeadLetterQueueS3]
    DestinationTableList: L[Xi[DestinationTable]]
    SchemaEvolution: X[SchemaEvolution]
    ServiceExecutionRoleArn: S
    TableCreation: X[TableCreation]
    CompressionType: S

class S3Storage(TypedDict, total=False):
    BucketArn: S
    CompressionType: S
    OutputPrefix: S
    OutputKeyTemplate: S
    StorageClass: S
    ExpectedBucketOwner: S

class S3DestinationConfiguration(TypedDict, total=False):
    DataFreshnessInSeconds: I
    DeadLetterQueueS3: X[DeadLetterQueueS3]
    ServiceExecutionRoleArn: S
    Storage: X[S3Storage]

class RecordConverter(TypedDict, total=False):
    ValueConverter: S

class RecordSchema(TypedDict, total=False):
    GsrArn: S

class TopicConfiguration(TypedDict, total=False):
    RecordConverter: X[RecordConverter]
    RecordSchema: X[RecordSchema]
    TopicArn: S

class CloudWatchLogs(TypedDict, total=False):
    Enabled: B
    LogGroup: S

class Firehose(TypedDict, total=False):
    DeliveryStream: S
    Enabled: B

class S3(TypedDict, total=False):
    Bucket: S
    Enabled: B
    Prefix: S

class ChannelLoggingInfo(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogs]
    Firehose: X[Firehose]
    S3: X[S3]

CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "ChannelName": S,
        "ChannelName.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "IcebergDestinationConfiguration": X[IcebergDestinationConfiguration],
        "IcebergDestinationConfiguration.$": str,
        "S3DestinationConfiguration": X[S3DestinationConfiguration],
        "S3DestinationConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TopicConfigurationList": L[Xi[TopicConfiguration]],
        "TopicConfigurationList.$": str,
        "LoggingInfo": X[ChannelLoggingInfo],
        "LoggingInfo.$": str,
    },
    total=False,
)

class ProvisionedThroughput(TypedDict, total=False):
    Enabled: B
    VolumeThroughput: I

class EBSStorageInfo(TypedDict, total=False):
    ProvisionedThroughput: X[ProvisionedThroughput]
    VolumeSize: I

class StorageInfo(TypedDict, total=False):
    EbsStorageInfo: X[EBSStorageInfo]

class PublicAccess(TypedDict, total=False):
    Type: S

class VpcConnectivityScram(TypedDict, total=False):
    Enabled: B

class VpcConnectivityIam(TypedDict, total=False):
    Enabled: B

class VpcConnectivitySasl(TypedDict, total=False):
    Scram: X[VpcConnectivityScram]
    Iam: X[VpcConnectivityIam]

class VpcConnectivityTls(TypedDict, total=False):
    Enabled: B

class VpcConnectivityClientAuthentication(TypedDict, total=False):
    Sasl: X[VpcConnectivitySasl]
    Tls: X[VpcConnectivityTls]

class VpcConnectivity(TypedDict, total=False):
    ClientAuthentication: X[VpcConnectivityClientAuthentication]

class ConnectivityInfo(TypedDict, total=False):
    PublicAccess: X[PublicAccess]
    VpcConnectivity: X[VpcConnectivity]
    NetworkType: S

class BrokerNodeGroupInfo(TypedDict, total=False):
    BrokerAZDistribution: S
    ClientSubnets: L[Si]
    InstanceType: S
    SecurityGroups: L[Si]
    StorageInfo: X[StorageInfo]
    ConnectivityInfo: X[ConnectivityInfo]
    ZoneIds: L[Si]

class Rebalancing(TypedDict, total=False):
    Status: S

class Scram(TypedDict, total=False):
    Enabled: B

class Iam(TypedDict, total=False):
    Enabled: B

class Sasl(TypedDict, total=False):
    Scram: X[Scram]
    Iam: X[Iam]

class Tls(TypedDict, total=False):
    CertificateAuthorityArnList: L[Si]
    Enabled: B

class Unauthenticated(TypedDict, total=False):
    Enabled: B

class ClientAuthentication(TypedDict, total=False):
    Sasl: X[Sasl]
    Tls: X[Tls]
    Unauthenticated: X[Unauthenticated]

class ConfigurationInfo(TypedDict, total=False):
    Arn: S
    Revision: I

class EncryptionAtRest(TypedDict, total=False):
    DataVolumeKMSKeyId: S

class EncryptionInTransit(TypedDict, total=False):
    ClientBroker: S
    InCluster: B

class EncryptionInfo(TypedDict, total=False):
    EncryptionAtRest: X[EncryptionAtRest]
    EncryptionInTransit: X[EncryptionInTransit]

class JmxExporterInfo(TypedDict, total=False):
    EnabledInBroker: B

class NodeExporterInfo(TypedDict, total=False):
    EnabledInBroker: B

class PrometheusInfo(TypedDict, total=False):
    JmxExporter: X[JmxExporterInfo]
    NodeExporter: X[NodeExporterInfo]

class OpenMonitoringInfo(TypedDict, total=False):
    Prometheus: X[PrometheusInfo]

class AuthorizerLogs(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogs]
    Firehose: X[Firehose]
    S3: X[S3]

class BrokerLogs(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogs]
    Firehose: X[Firehose]
    S3: X[S3]

class LoggingInfo(TypedDict, total=False):
    AuthorizerLogs: X[AuthorizerLogs]
    BrokerLogs: X[BrokerLogs]

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "BrokerNodeGroupInfo": X[BrokerNodeGroupInfo],
        "BrokerNodeGroupInfo.$": str,
        "Rebalancing": X[Rebalancing],
        "Rebalancing.$": str,
        "ClientAuthentication": X[ClientAuthentication],
        "ClientAuthentication.$": str,
        "ClusterName": S,
        "ClusterName.$": str,
        "ConfigurationInfo": X[ConfigurationInfo],
        "ConfigurationInfo.$": str,
        "EncryptionInfo": X[EncryptionInfo],
        "EncryptionInfo.$": str,
        "EnhancedMonitoring": S,
        "EnhancedMonitoring.$": str,
        "OpenMonitoring": X[OpenMonitoringInfo],
        "OpenMonitoring.$": str,
        "KafkaVersion": S,
        "KafkaVersion.$": str,
        "LoggingInfo": X[LoggingInfo],
        "LoggingInfo.$": str,
        "NumberOfBrokerNodes": I,
        "NumberOfBrokerNodes.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "StorageMode": S,
        "StorageMode.$": str,
    },
    total=False,
)

class ProvisionedRequest(TypedDict, total=False):
    BrokerNodeGroupInfo: X[BrokerNodeGroupInfo]
    Rebalancing: X[Rebalancing]
    ClientAuthentication: X[ClientAuthentication]
    ConfigurationInfo: X[ConfigurationInfo]
    EncryptionInfo: X[EncryptionInfo]
    EnhancedMonitoring: S
    OpenMonitoring: X[OpenMonitoringInfo]
    KafkaVersion: S
    LoggingInfo: X[LoggingInfo]
    NumberOfBrokerNodes: I
    StorageMode: S

class VpcConfig(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

class ServerlessSasl(TypedDict, total=False):
    Iam: X[Iam]

class ServerlessClientAuthentication(TypedDict, total=False):
    Sasl: X[ServerlessSasl]

class ServerlessRequest(TypedDict, total=False):
    VpcConfigs: L[Xi[VpcConfig]]
    ClientAuthentication: X[ServerlessClientAuthentication]

CreateClusterV2Parameters = TypedDict(
    "CreateClusterV2Parameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Provisioned": X[ProvisionedRequest],
        "Provisioned.$": str,
        "Serverless": X[ServerlessRequest],
        "Serverless.$": str,
    },
    total=False,
)
CreateConfigurationParameters = TypedDict(
    "CreateConfigurationParameters",
    {
        "Description": S,
        "Description.$": str,
        "KafkaVersions": L[Si],
        "KafkaVersions.$": str,
        "Name": S,
        "Name.$": str,
        "ServerProperties": S,
        "ServerProperties.$": str,
    },
    total=False,
)

class AmazonMskCluster(TypedDict, total=False):
    MskClusterArn: S

class ApacheKafkaCluster(TypedDict, total=False):
    ApacheKafkaClusterId: S
    BootstrapBrokerString: S

class KafkaClusterClientVpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]

class KafkaClusterSaslScramAuthentication(TypedDict, total=False):
    Mechanism: S
    SecretArn: S

class KafkaClusterMTLSAuthentication(TypedDict, total=False):
    SecretArn: S

class KafkaClusterOAuthClientCredentials(TypedDict, total=False):
    TokenRequestSecretArn: S

class KafkaClusterOAuthIamJwtBearer(TypedDict, total=False):
    Audience: S
    SigningAlgorithm: S
    TokenRequestSecretArn: S

class KafkaClusterOAuthClientCredentialsAssertion(TypedDict, total=False):
    Audience: S
    SigningAlgorithm: S
    TokenRequestSecretArn: S

class KafkaClusterSaslOAuthBearerAuthentication(TypedDict, total=False):
    TokenEndpointUrl: S
    ClientCredentials: X[KafkaClusterOAuthClientCredentials]
    IamJwtBearer: X[KafkaClusterOAuthIamJwtBearer]
    ClientCredentialsAssertion: X[KafkaClusterOAuthClientCredentialsAssertion]
    TokenEndpointAuthenticationMethod: S
    Scope: S
    TokenEndpointTlsCertificateArn: S

class KafkaClusterClientAuthentication(TypedDict, total=False):
    SaslScram: X[KafkaClusterSaslScramAuthentication]
    Mtls: X[KafkaClusterMTLSAuthentication]
    SaslOAuthBearer: X[KafkaClusterSaslOAuthBearerAuthentication]

class KafkaClusterEncryptionInTransit(TypedDict, total=False):
    EncryptionType: S
    RootCaCertificate: S

class KafkaCluster(TypedDict, total=False):
    AmazonMskCluster: X[AmazonMskCluster]
    ApacheKafkaCluster: X[ApacheKafkaCluster]
    VpcConfig: X[KafkaClusterClientVpcConfig]
    ClientAuthentication: X[KafkaClusterClientAuthentication]
    EncryptionInTransit: X[KafkaClusterEncryptionInTransit]

class ConsumerGroupReplication(TypedDict, total=False):
    ConsumerGroupsToExclude: L[Si]
    ConsumerGroupsToReplicate: L[Si]
    DetectAndCopyNewConsumerGroups: B
    SynchroniseConsumerGroupOffsets: B
    ConsumerGroupOffsetSyncMode: S

class ReplicationStartingPosition(TypedDict, total=False):
    Type: S

class ReplicationTopicNameConfiguration(TypedDict, total=False):
    Type: S

class TopicReplication(TypedDict, total=False):
    CopyAccessControlListsForTopics: B
    CopyTopicConfigurations: B
    DetectAndCopyNewTopics: B
    StartingPosition: X[ReplicationStartingPosition]
    TopicNameConfiguration: X[ReplicationTopicNameConfiguration]
    TopicsToExclude: L[Si]
    TopicsToReplicate: L[Si]

class ReplicationInfo(TypedDict, total=False):
    ConsumerGroupReplication: X[ConsumerGroupReplication]
    SourceKafkaClusterArn: S
    SourceKafkaClusterId: S
    TargetCompressionType: S
    TargetKafkaClusterArn: S
    TargetKafkaClusterId: S
    TopicReplication: X[TopicReplication]

class ReplicatorCloudWatchLogs(TypedDict, total=False):
    Enabled: B
    LogGroup: S

class ReplicatorFirehose(TypedDict, total=False):
    Enabled: B
    DeliveryStream: S

class ReplicatorS3(TypedDict, total=False):
    Enabled: B
    Bucket: S
    Prefix: S

class ReplicatorLogDelivery(TypedDict, total=False):
    CloudWatchLogs: X[ReplicatorCloudWatchLogs]
    Firehose: X[ReplicatorFirehose]
    S3: X[ReplicatorS3]

class LogDelivery(TypedDict, total=False):
    ReplicatorLogDelivery: X[ReplicatorLogDelivery]

CreateReplicatorParameters = TypedDict(
    "CreateReplicatorParameters",
    {
        "Description": S,
        "Description.$": str,
        "KafkaClusters": L[Xi[KafkaCluster]],
        "KafkaClusters.$": str,
        "ReplicationInfoList": L[Xi[ReplicationInfo]],
        "ReplicationInfoList.$": str,
        "ReplicatorName": S,
        "ReplicatorName.$": str,
        "ServiceExecutionRoleArn": S,
        "ServiceExecutionRoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LogDelivery": X[LogDelivery],
        "LogDelivery.$": str,
    },
    total=False,
)
CreateTopicParameters = TypedDict(
    "CreateTopicParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "TopicName": S,
        "TopicName.$": str,
        "PartitionCount": I,
        "PartitionCount.$": str,
        "ReplicationFactor": I,
        "ReplicationFactor.$": str,
        "Configs": S,
        "Configs.$": str,
    },
    total=False,
)
CreateVpcConnectionParameters = TypedDict(
    "CreateVpcConnectionParameters",
    {
        "TargetClusterArn": S,
        "TargetClusterArn.$": str,
        "Authentication": S,
        "Authentication.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "ClientSubnets": L[Si],
        "ClientSubnets.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAssessmentParameters = TypedDict(
    "DeleteAssessmentParameters",
    {"AssessmentArn": S, "AssessmentArn.$": str, "ClusterArn": S, "ClusterArn.$": str},
    total=False,
)
DeleteChannelParameters = TypedDict(
    "DeleteChannelParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "ClusterArn": S, "ClusterArn.$": str},
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "CurrentVersion": S, "CurrentVersion.$": str},
    total=False,
)
DeleteClusterPolicyParameters = TypedDict(
    "DeleteClusterPolicyParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
DeleteConfigurationParameters = TypedDict(
    "DeleteConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteReplicatorParameters = TypedDict(
    "DeleteReplicatorParameters",
    {"CurrentVersion": S, "CurrentVersion.$": str, "ReplicatorArn": S, "ReplicatorArn.$": str},
    total=False,
)
DeleteTopicParameters = TypedDict(
    "DeleteTopicParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "TopicName": S, "TopicName.$": str},
    total=False,
)
DeleteVpcConnectionParameters = TypedDict(
    "DeleteVpcConnectionParameters", {"Arn": S, "Arn.$": str}, total=False
)
DescribeAssessmentParameters = TypedDict(
    "DescribeAssessmentParameters",
    {"AssessmentArn": S, "AssessmentArn.$": str, "ClusterArn": S, "ClusterArn.$": str},
    total=False,
)
DescribeChannelParameters = TypedDict(
    "DescribeChannelParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "ClusterArn": S, "ClusterArn.$": str},
    total=False,
)
DescribeClusterParameters = TypedDict(
    "DescribeClusterParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
DescribeClusterOperationParameters = TypedDict(
    "DescribeClusterOperationParameters",
    {"ClusterOperationArn": S, "ClusterOperationArn.$": str},
    total=False,
)
DescribeClusterOperationV2Parameters = TypedDict(
    "DescribeClusterOperationV2Parameters",
    {"ClusterOperationArn": S, "ClusterOperationArn.$": str},
    total=False,
)
DescribeClusterV2Parameters = TypedDict(
    "DescribeClusterV2Parameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
DescribeConfigurationParameters = TypedDict(
    "DescribeConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DescribeConfigurationRevisionParameters = TypedDict(
    "DescribeConfigurationRevisionParameters",
    {"Arn": S, "Arn.$": str, "Revision": I, "Revision.$": str},
    total=False,
)
DescribeReplicatorParameters = TypedDict(
    "DescribeReplicatorParameters", {"ReplicatorArn": S, "ReplicatorArn.$": str}, total=False
)
DescribeTopicParameters = TypedDict(
    "DescribeTopicParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "TopicName": S, "TopicName.$": str},
    total=False,
)
DescribeTopicPartitionsParameters = TypedDict(
    "DescribeTopicPartitionsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "TopicName": S,
        "TopicName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeTopicReassignmentParameters = TypedDict(
    "DescribeTopicReassignmentParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "TopicReassignmentOperationArn": S,
        "TopicReassignmentOperationArn.$": str,
    },
    total=False,
)
DescribeVpcConnectionParameters = TypedDict(
    "DescribeVpcConnectionParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetBootstrapBrokersParameters = TypedDict(
    "GetBootstrapBrokersParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
GetClusterPolicyParameters = TypedDict(
    "GetClusterPolicyParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
GetCompatibleKafkaVersionsParameters = TypedDict(
    "GetCompatibleKafkaVersionsParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
ListAssessmentFindingsParameters = TypedDict(
    "ListAssessmentFindingsParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "Category": S,
        "Category.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Severity": S,
        "Severity.$": str,
    },
    total=False,
)
ListAssessmentsParameters = TypedDict(
    "ListAssessmentsParameters",
    {
        "AssessmentType": S,
        "AssessmentType.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TopicNameFilter": S,
        "TopicNameFilter.$": str,
    },
    total=False,
)
ListClientVpcConnectionsParameters = TypedDict(
    "ListClientVpcConnectionsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClusterOperationsParameters = TypedDict(
    "ListClusterOperationsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClusterOperationsV2Parameters = TypedDict(
    "ListClusterOperationsV2Parameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {
        "ClusterNameFilter": S,
        "ClusterNameFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClustersV2Parameters = TypedDict(
    "ListClustersV2Parameters",
    {
        "ClusterNameFilter": S,
        "ClusterNameFilter.$": str,
        "ClusterTypeFilter": S,
        "ClusterTypeFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConfigurationRevisionsParameters = TypedDict(
    "ListConfigurationRevisionsParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConfigurationsParameters = TypedDict(
    "ListConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListKafkaVersionsParameters = TypedDict(
    "ListKafkaVersionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListNodesParameters = TypedDict(
    "ListNodesParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListReplicatorsParameters = TypedDict(
    "ListReplicatorsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ReplicatorNameFilter": S,
        "ReplicatorNameFilter.$": str,
    },
    total=False,
)
ListScramSecretsParameters = TypedDict(
    "ListScramSecretsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTopicReassignmentsParameters = TypedDict(
    "ListTopicReassignmentsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
    },
    total=False,
)
ListTopicsParameters = TypedDict(
    "ListTopicsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TopicNameFilter": S,
        "TopicNameFilter.$": str,
    },
    total=False,
)
ListVpcConnectionsParameters = TypedDict(
    "ListVpcConnectionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PutClusterPolicyParameters = TypedDict(
    "PutClusterPolicyParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)
RebootBrokerParameters = TypedDict(
    "RebootBrokerParameters",
    {"BrokerIds": L[Si], "BrokerIds.$": str, "ClusterArn": S, "ClusterArn.$": str},
    total=False,
)
RejectClientVpcConnectionParameters = TypedDict(
    "RejectClientVpcConnectionParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "VpcConnectionArn": S, "VpcConnectionArn.$": str},
    total=False,
)
StartTopicReassignmentParameters = TypedDict(
    "StartTopicReassignmentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "TargetInstanceType": S,
        "TargetInstanceType.$": str,
        "TopicsToExclude": L[Si],
        "TopicsToExclude.$": str,
        "TopicsToInclude": L[Si],
        "TopicsToInclude.$": str,
    },
    total=False,
)
StopTopicReassignmentParameters = TypedDict(
    "StopTopicReassignmentParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "TopicReassignmentOperationArn": S,
        "TopicReassignmentOperationArn.$": str,
    },
    total=False,
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
UpdateBrokerCountParameters = TypedDict(
    "UpdateBrokerCountParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "TargetNumberOfBrokerNodes": I,
        "TargetNumberOfBrokerNodes.$": str,
    },
    total=False,
)

class BrokerEBSVolumeInfo(TypedDict, total=False):
    KafkaBrokerNodeId: S
    ProvisionedThroughput: X[ProvisionedThroughput]
    VolumeSizeGB: I

UpdateBrokerStorageParameters = TypedDict(
    "UpdateBrokerStorageParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "TargetBrokerEBSVolumeInfo": L[Xi[BrokerEBSVolumeInfo]],
        "TargetBrokerEBSVolumeInfo.$": str,
    },
    total=False,
)
UpdateBrokerTypeParameters = TypedDict(
    "UpdateBrokerTypeParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "TargetInstanceType": S,
        "TargetInstanceType.$": str,
        "TopicReassignment": S,
        "TopicReassignment.$": str,
    },
    total=False,
)

class IcebergDestinationUpdate(TypedDict, total=False):
    DataFreshnessInSeconds: I

class S3DestinationUpdate(TypedDict, total=False):
    DataFreshnessInSeconds: I

UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "IcebergDestinationUpdate": X[IcebergDestinationUpdate],
        "IcebergDestinationUpdate.$": str,
        "S3DestinationUpdate": X[S3DestinationUpdate],
        "S3DestinationUpdate.$": str,
    },
    total=False,
)
UpdateClusterConfigurationParameters = TypedDict(
    "UpdateClusterConfigurationParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "ConfigurationInfo": X[ConfigurationInfo],
        "ConfigurationInfo.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
    },
    total=False,
)
UpdateClusterKafkaVersionParameters = TypedDict(
    "UpdateClusterKafkaVersionParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "ConfigurationInfo": X[ConfigurationInfo],
        "ConfigurationInfo.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "TargetKafkaVersion": S,
        "TargetKafkaVersion.$": str,
    },
    total=False,
)
UpdateConfigurationParameters = TypedDict(
    "UpdateConfigurationParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Description": S,
        "Description.$": str,
        "ServerProperties": S,
        "ServerProperties.$": str,
    },
    total=False,
)

class ZookeeperAccess(TypedDict, total=False):
    Enabled: B

UpdateConnectivityParameters = TypedDict(
    "UpdateConnectivityParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "ConnectivityInfo": X[ConnectivityInfo],
        "ConnectivityInfo.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "ZookeeperAccess": X[ZookeeperAccess],
        "ZookeeperAccess.$": str,
    },
    total=False,
)
UpdateMonitoringParameters = TypedDict(
    "UpdateMonitoringParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "EnhancedMonitoring": S,
        "EnhancedMonitoring.$": str,
        "OpenMonitoring": X[OpenMonitoringInfo],
        "OpenMonitoring.$": str,
        "LoggingInfo": X[LoggingInfo],
        "LoggingInfo.$": str,
    },
    total=False,
)
UpdateRebalancingParameters = TypedDict(
    "UpdateRebalancingParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "Rebalancing": X[Rebalancing],
        "Rebalancing.$": str,
    },
    total=False,
)

class ConsumerGroupReplicationUpdate(TypedDict, total=False):
    ConsumerGroupsToExclude: L[Si]
    ConsumerGroupsToReplicate: L[Si]
    DetectAndCopyNewConsumerGroups: B
    SynchroniseConsumerGroupOffsets: B

class TopicReplicationUpdate(TypedDict, total=False):
    CopyAccessControlListsForTopics: B
    CopyTopicConfigurations: B
    DetectAndCopyNewTopics: B
    TopicsToExclude: L[Si]
    TopicsToReplicate: L[Si]

UpdateReplicationInfoParameters = TypedDict(
    "UpdateReplicationInfoParameters",
    {
        "ConsumerGroupReplication": X[ConsumerGroupReplicationUpdate],
        "ConsumerGroupReplication.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "ReplicatorArn": S,
        "ReplicatorArn.$": str,
        "SourceKafkaClusterArn": S,
        "SourceKafkaClusterArn.$": str,
        "SourceKafkaClusterId": S,
        "SourceKafkaClusterId.$": str,
        "TargetKafkaClusterArn": S,
        "TargetKafkaClusterArn.$": str,
        "TargetKafkaClusterId": S,
        "TargetKafkaClusterId.$": str,
        "TopicReplication": X[TopicReplicationUpdate],
        "TopicReplication.$": str,
        "LogDelivery": X[LogDelivery],
        "LogDelivery.$": str,
    },
    total=False,
)
UpdateSecurityParameters = TypedDict(
    "UpdateSecurityParameters",
    {
        "ClientAuthentication": X[ClientAuthentication],
        "ClientAuthentication.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "EncryptionInfo": X[EncryptionInfo],
        "EncryptionInfo.$": str,
    },
    total=False,
)
UpdateStorageParameters = TypedDict(
    "UpdateStorageParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "ProvisionedThroughput": X[ProvisionedThroughput],
        "ProvisionedThroughput.$": str,
        "StorageMode": S,
        "StorageMode.$": str,
        "VolumeSizeGB": I,
        "VolumeSizeGB.$": str,
    },
    total=False,
)
UpdateTopicParameters = TypedDict(
    "UpdateTopicParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "TopicName": S,
        "TopicName.$": str,
        "Configs": S,
        "Configs.$": str,
        "PartitionCount": I,
        "PartitionCount.$": str,
    },
    total=False,
)
batch_associate_scram_secret: Builder[BatchAssociateScramSecretParameters]
batch_disassociate_scram_secret: Builder[BatchDisassociateScramSecretParameters]
create_assessment: Builder[CreateAssessmentParameters]
create_channel: Builder[CreateChannelParameters]
create_cluster: Builder[CreateClusterParameters]
create_cluster_v2: Builder[CreateClusterV2Parameters]
create_configuration: Builder[CreateConfigurationParameters]
create_replicator: Builder[CreateReplicatorParameters]
create_topic: Builder[CreateTopicParameters]
create_vpc_connection: Builder[CreateVpcConnectionParameters]
delete_assessment: Builder[DeleteAssessmentParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_cluster_policy: Builder[DeleteClusterPolicyParameters]
delete_configuration: Builder[DeleteConfigurationParameters]
delete_replicator: Builder[DeleteReplicatorParameters]
delete_topic: Builder[DeleteTopicParameters]
delete_vpc_connection: Builder[DeleteVpcConnectionParameters]
describe_assessment: Builder[DescribeAssessmentParameters]
describe_channel: Builder[DescribeChannelParameters]
describe_cluster: Builder[DescribeClusterParameters]
describe_cluster_operation: Builder[DescribeClusterOperationParameters]
describe_cluster_operation_v2: Builder[DescribeClusterOperationV2Parameters]
describe_cluster_v2: Builder[DescribeClusterV2Parameters]
describe_configuration: Builder[DescribeConfigurationParameters]
describe_configuration_revision: Builder[DescribeConfigurationRevisionParameters]
describe_replicator: Builder[DescribeReplicatorParameters]
describe_topic: Builder[DescribeTopicParameters]
describe_topic_partitions: Builder[DescribeTopicPartitionsParameters]
describe_topic_reassignment: Builder[DescribeTopicReassignmentParameters]
describe_vpc_connection: Builder[DescribeVpcConnectionParameters]
get_bootstrap_brokers: Builder[GetBootstrapBrokersParameters]
get_cluster_policy: Builder[GetClusterPolicyParameters]
get_compatible_kafka_versions: Builder[GetCompatibleKafkaVersionsParameters]
list_assessment_findings: Builder[ListAssessmentFindingsParameters]
list_assessments: Builder[ListAssessmentsParameters]
list_channels: Builder[ListChannelsParameters]
list_client_vpc_connections: Builder[ListClientVpcConnectionsParameters]
list_cluster_operations: Builder[ListClusterOperationsParameters]
list_cluster_operations_v2: Builder[ListClusterOperationsV2Parameters]
list_clusters: Builder[ListClustersParameters]
list_clusters_v2: Builder[ListClustersV2Parameters]
list_configuration_revisions: Builder[ListConfigurationRevisionsParameters]
list_configurations: Builder[ListConfigurationsParameters]
list_kafka_versions: Builder[ListKafkaVersionsParameters]
list_nodes: Builder[ListNodesParameters]
list_replicators: Builder[ListReplicatorsParameters]
list_scram_secrets: Builder[ListScramSecretsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_topic_reassignments: Builder[ListTopicReassignmentsParameters]
list_topics: Builder[ListTopicsParameters]
list_vpc_connections: Builder[ListVpcConnectionsParameters]
put_cluster_policy: Builder[PutClusterPolicyParameters]
reboot_broker: Builder[RebootBrokerParameters]
reject_client_vpc_connection: Builder[RejectClientVpcConnectionParameters]
start_topic_reassignment: Builder[StartTopicReassignmentParameters]
stop_topic_reassignment: Builder[StopTopicReassignmentParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_broker_count: Builder[UpdateBrokerCountParameters]
update_broker_storage: Builder[UpdateBrokerStorageParameters]
update_broker_type: Builder[UpdateBrokerTypeParameters]
update_channel: Builder[UpdateChannelParameters]
update_cluster_configuration: Builder[UpdateClusterConfigurationParameters]
update_cluster_kafka_version: Builder[UpdateClusterKafkaVersionParameters]
update_configuration: Builder[UpdateConfigurationParameters]
update_connectivity: Builder[UpdateConnectivityParameters]
update_monitoring: Builder[UpdateMonitoringParameters]
update_rebalancing: Builder[UpdateRebalancingParameters]
update_replication_info: Builder[UpdateReplicationInfoParameters]
update_security: Builder[UpdateSecurityParameters]
update_storage: Builder[UpdateStorageParameters]
update_topic: Builder[UpdateTopicParameters]

__all__ = [
    "batch_associate_scram_secret",
    "batch_disassociate_scram_secret",
    "create_assessment",
    "create_channel",
    "create_cluster",
    "create_cluster_v2",
    "create_configuration",
    "create_replicator",
    "create_topic",
    "create_vpc_connection",
    "delete_assessment",
    "delete_channel",
    "delete_cluster",
    "delete_cluster_policy",
    "delete_configuration",
    "delete_replicator",
    "delete_topic",
    "delete_vpc_connection",
    "describe_assessment",
    "describe_channel",
    "describe_cluster",
    "describe_cluster_operation",
    "describe_cluster_operation_v2",
    "describe_cluster_v2",
    "describe_configuration",
    "describe_configuration_revision",
    "describe_replicator",
    "describe_topic",
    "describe_topic_partitions",
    "describe_topic_reassignment",
    "describe_vpc_connection",
    "get_bootstrap_brokers",
    "get_cluster_policy",
    "get_compatible_kafka_versions",
    "list_assessment_findings",
    "list_assessments",
    "list_channels",
    "list_client_vpc_connections",
    "list_cluster_operations",
    "list_cluster_operations_v2",
    "list_clusters",
    "list_clusters_v2",
    "list_configuration_revisions",
    "list_configurations",
    "list_kafka_versions",
    "list_nodes",
    "list_replicators",
    "list_scram_secrets",
    "list_tags_for_resource",
    "list_topic_reassignments",
    "list_topics",
    "list_vpc_connections",
    "put_cluster_policy",
    "reboot_broker",
    "reject_client_vpc_connection",
    "start_topic_reassignment",
    "stop_topic_reassignment",
    "tag_resource",
    "untag_resource",
    "update_broker_count",
    "update_broker_storage",
    "update_broker_type",
    "update_channel",
    "update_cluster_configuration",
    "update_cluster_kafka_version",
    "update_configuration",
    "update_connectivity",
    "update_monitoring",
    "update_rebalancing",
    "update_replication_info",
    "update_security",
    "update_storage",
    "update_topic",
]
