"""Typed builders of the AWS SDK integration of keyspaces (``aws-sdk:keyspaces:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class ReplicationSpecification(TypedDict, total=False):
    ReplicationStrategy: S
    RegionList: L[Si]

CreateKeyspaceParameters = TypedDict(
    "CreateKeyspaceParameters",
    {
        "KeyspaceName": S,
        "KeyspaceName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ReplicationSpecification": X[ReplicationSpecification],
        "ReplicationSpecification.$": str,
    },
    total=False,
)

class ColumnDefinition(TypedDict, total=False):
    Name: S
    Type: S

class PartitionKey(TypedDict, total=False):
    Name: S

class ClusteringKey(TypedDict, total=False):
    Name: S
    OrderBy: S

class StaticColumn(TypedDict, total=False):
    Name: S

class SchemaDefinition(TypedDict, total=False):
    AllColumns: L[Xi[ColumnDefinition]]
    PartitionKeys: L[Xi[PartitionKey]]
    ClusteringKeys: L[Xi[ClusteringKey]]
    StaticColumns: L[Xi[StaticColumn]]

class Comment(TypedDict, total=False):
    Message: S

class CapacitySpecification(TypedDict, total=False):
    ThroughputMode: S
    ReadCapacityUnits: I
    WriteCapacityUnits: I

class EncryptionSpecification(TypedDict, total=False):
    Type: S
    KmsKeyIdentifier: S

class PointInTimeRecovery(TypedDict, total=False):
    Status: S

class TimeToLive(TypedDict, total=False):
    Status: S

class ClientSideTimestamps(TypedDict, total=False):
    Status: S

class TargetTrackingScalingPolicyConfiguration(TypedDict, total=False):
    DisableScaleIn: B
    ScaleInCooldown: I
    ScaleOutCooldown: I
    TargetValue: F

class AutoScalingPolicy(TypedDict, total=False):
    TargetTrackingScalingPolicyConfiguration: X[TargetTrackingScalingPolicyConfiguration]

class AutoScalingSettings(TypedDict, total=False):
    AutoScalingDisabled: B
    MinimumUnits: I
    MaximumUnits: I
    ScalingPolicy: X[AutoScalingPolicy]

class AutoScalingSpecification(TypedDict, total=False):
    WriteCapacityAutoScaling: X[AutoScalingSettings]
    ReadCapacityAutoScaling: X[AutoScalingSettings]

class ReplicaSpecification(TypedDict, total=False):
    Region: S
    ReadCapacityUnits: I
    ReadCapacityAutoScaling: X[AutoScalingSettings]

class CdcSpecification(TypedDict, total=False):
    Status: S
    ViewType: S
    Tags: L[Xi[Tag]]
    PropagateTags: S

class WarmThroughputSpecification(TypedDict, total=False):
    ReadUnitsPerSecond: I
    WriteUnitsPerSecond: I

CreateTableParameters = TypedDict(
    "CreateTableParameters",
    {
        "KeyspaceName": S,
        "KeyspaceName.$": str,
        "TableName": S,
        "TableName.$": str,
        "SchemaDefinition": X[SchemaDefinition],
        "SchemaDefinition.$": str,
        "Comment": X[Comment],
        "Comment.$": str,
        "CapacitySpecification": X[CapacitySpecification],
        "CapacitySpecification.$": str,
        "EncryptionSpecification": X[EncryptionSpecification],
        "EncryptionSpecification.$": str,
        "PointInTimeRecovery": X[PointInTimeRecovery],
        "PointInTimeRecovery.$": str,
        "Ttl": X[TimeToLive],
        "Ttl.$": str,
        "DefaultTimeToLive": I,
        "DefaultTimeToLive.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientSideTimestamps": X[ClientSideTimestamps],
        "ClientSideTimestamps.$": str,
        "AutoScalingSpecification": X[AutoScalingSpecification],
        "AutoScalingSpecification.$": str,
        "ReplicaSpecifications": L[Xi[ReplicaSpecification]],
        "ReplicaSpecifications.$": str,
        "CdcSpecification": X[CdcSpecification],
        "CdcSpecification.$": str,
        "WarmThroughputSpecification": X[WarmThroughputSpecification],
        "WarmThroughputSpecification.$": str,
    },
    total=False,
)

class FieldDefinition(TypedDict, total=False):
    Name: S
    Type: S

CreateTypeParameters = TypedDict(
    "CreateTypeParameters",
    {
        "KeyspaceName": S,
        "KeyspaceName.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "FieldDefinitions": L[Xi[FieldDefinition]],
        "FieldDefinitions.$": str,
    },
    total=False,
)
DeleteKeyspaceParameters = TypedDict(
    "DeleteKeyspaceParameters", {"KeyspaceName": S, "KeyspaceName.$": str}, total=False
)
DeleteTableParameters = TypedDict(
    "DeleteTableParameters",
    {"KeyspaceName": S, "KeyspaceName.$": str, "TableName": S, "TableName.$": str},
    total=False,
)
DeleteTypeParameters = TypedDict(
    "DeleteTypeParameters",
    {"KeyspaceName": S, "KeyspaceName.$": str, "TypeName": S, "TypeName.$": str},
    total=False,
)
GetKeyspaceParameters = TypedDict(
    "GetKeyspaceParameters", {"KeyspaceName": S, "KeyspaceName.$": str}, total=False
)
GetTableParameters = TypedDict(
    "GetTableParameters",
    {"KeyspaceName": S, "KeyspaceName.$": str, "TableName": S, "TableName.$": str},
    total=False,
)
GetTableAutoScalingSettingsParameters = TypedDict(
    "GetTableAutoScalingSettingsParameters",
    {"KeyspaceName": S, "KeyspaceName.$": str, "TableName": S, "TableName.$": str},
    total=False,
)
GetTypeParameters = TypedDict(
    "GetTypeParameters",
    {"KeyspaceName": S, "KeyspaceName.$": str, "TypeName": S, "TypeName.$": str},
    total=False,
)
ListKeyspacesParameters = TypedDict(
    "ListKeyspacesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTablesParameters = TypedDict(
    "ListTablesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "KeyspaceName": S,
        "KeyspaceName.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTypesParameters = TypedDict(
    "ListTypesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "KeyspaceName": S,
        "KeyspaceName.$": str,
    },
    total=False,
)
RestoreTableParameters = TypedDict(
    "RestoreTableParameters",
    {
        "SourceKeyspaceName": S,
        "SourceKeyspaceName.$": str,
        "SourceTableName": S,
        "SourceTableName.$": str,
        "TargetKeyspaceName": S,
        "TargetKeyspaceName.$": str,
        "TargetTableName": S,
        "TargetTableName.$": str,
        "RestoreTimestamp": T,
        "RestoreTimestamp.$": str,
        "CapacitySpecificationOverride": X[CapacitySpecification],
        "CapacitySpecificationOverride.$": str,
        "EncryptionSpecificationOverride": X[EncryptionSpecification],
        "EncryptionSpecificationOverride.$": str,
        "PointInTimeRecoveryOverride": X[PointInTimeRecovery],
        "PointInTimeRecoveryOverride.$": str,
        "TagsOverride": L[Xi[Tag]],
        "TagsOverride.$": str,
        "AutoScalingSpecification": X[AutoScalingSpecification],
        "AutoScalingSpecification.$": str,
        "ReplicaSpecifications": L[Xi[ReplicaSpecification]],
        "ReplicaSpecifications.$": str,
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
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UpdateKeyspaceParameters = TypedDict(
    "UpdateKeyspaceParameters",
    {
        "KeyspaceName": S,
        "KeyspaceName.$": str,
        "ReplicationSpecification": X[ReplicationSpecification],
        "ReplicationSpecification.$": str,
        "ClientSideTimestamps": X[ClientSideTimestamps],
        "ClientSideTimestamps.$": str,
    },
    total=False,
)
UpdateTableParameters = TypedDict(
    "UpdateTableParameters",
    {
        "KeyspaceName": S,
        "KeyspaceName.$": str,
        "TableName": S,
        "TableName.$": str,
        "AddColumns": L[Xi[ColumnDefinition]],
        "AddColumns.$": str,
        "CapacitySpecification": X[CapacitySpecification],
        "CapacitySpecification.$": str,
        "EncryptionSpecification": X[EncryptionSpecification],
        "EncryptionSpecification.$": str,
        "PointInTimeRecovery": X[PointInTimeRecovery],
        "PointInTimeRecovery.$": str,
        "Ttl": X[TimeToLive],
        "Ttl.$": str,
        "DefaultTimeToLive": I,
        "DefaultTimeToLive.$": str,
        "ClientSideTimestamps": X[ClientSideTimestamps],
        "ClientSideTimestamps.$": str,
        "AutoScalingSpecification": X[AutoScalingSpecification],
        "AutoScalingSpecification.$": str,
        "ReplicaSpecifications": L[Xi[ReplicaSpecification]],
        "ReplicaSpecifications.$": str,
        "CdcSpecification": X[CdcSpecification],
        "CdcSpecification.$": str,
        "WarmThroughputSpecification": X[WarmThroughputSpecification],
        "WarmThroughputSpecification.$": str,
    },
    total=False,
)
create_keyspace: Builder[CreateKeyspaceParameters]
create_table: Builder[CreateTableParameters]
create_type: Builder[CreateTypeParameters]
delete_keyspace: Builder[DeleteKeyspaceParameters]
delete_table: Builder[DeleteTableParameters]
delete_type: Builder[DeleteTypeParameters]
get_keyspace: Builder[GetKeyspaceParameters]
get_table: Builder[GetTableParameters]
get_table_auto_scaling_settings: Builder[GetTableAutoScalingSettingsParameters]
get_type: Builder[GetTypeParameters]
list_keyspaces: Builder[ListKeyspacesParameters]
list_tables: Builder[ListTablesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_types: Builder[ListTypesParameters]
restore_table: Builder[RestoreTableParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_keyspace: Builder[UpdateKeyspaceParameters]
update_table: Builder[UpdateTableParameters]

__all__ = [
    "create_keyspace",
    "create_table",
    "create_type",
    "delete_keyspace",
    "delete_table",
    "delete_type",
    "get_keyspace",
    "get_table",
    "get_table_auto_scaling_settings",
    "get_type",
    "list_keyspaces",
    "list_tables",
    "list_tags_for_resource",
    "list_types",
    "restore_table",
    "tag_resource",
    "untag_resource",
    "update_keyspace",
    "update_table",
]
