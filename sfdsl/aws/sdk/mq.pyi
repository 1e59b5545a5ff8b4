"""Typed builders of the AWS SDK integration of mq (``aws-sdk:mq:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class ConfigurationId(TypedDict, total=False):
    Id: S
    Revision: I

class EncryptionOptions(TypedDict, total=False):
    KmsKeyId: S
    UseAwsOwnedKey: B

class LdapServerMetadataInput(TypedDict, total=False):
    Hosts: L[Si]
    RoleBase: S
    RoleName: S
    RoleSearchMatching: S
    RoleSearchSubtree: B
    ServiceAccountPassword: S
    ServiceAccountUsername: S
    UserBase: S
    UserRoleName: S
    UserSearchMatching: S
    UserSearchSubtree: B

class Logs(TypedDict, total=False):
    Audit: B
    General: B

class WeeklyStartTime(TypedDict, total=False):
    DayOfWeek: S
    TimeOfDay: S
    TimeZone: S

class User(TypedDict, total=False):
    ConsoleAccess: B
    Groups: L[Si]
    Password: S
    Username: S
    ReplicationUser: B

CreateBrokerParameters = TypedDict(
    "CreateBrokerParameters",
    {
        "AuthenticationStrategy": S,
        "AuthenticationStrategy.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "BrokerName": S,
        "BrokerName.$": str,
        "Configuration": X[ConfigurationId],
        "Configuration.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "DeploymentMode": S,
        "DeploymentMode.$": str,
        "EncryptionOptions": X[EncryptionOptions],
        "EncryptionOptions.$": str,
        "EngineType": S,
        "EngineType.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "HostInstanceType": S,
        "HostInstanceType.$": str,
        "LdapServerMetadata": X[LdapServerMetadataInput],
        "LdapServerMetadata.$": str,
        "Logs": X[Logs],
        "Logs.$": str,
        "MaintenanceWindowStartTime": X[WeeklyStartTime],
        "MaintenanceWindowStartTime.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "StorageSize": I,
        "StorageSize.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Users": L[Xi[User]],
        "Users.$": str,
        "DataReplicationMode": S,
        "DataReplicationMode.$": str,
        "DataReplicationPrimaryBrokerArn": S,
        "DataReplicationPrimaryBrokerArn.$": str,
    },
    total=False,
)
CreateConfigurationParameters = TypedDict(
    "CreateConfigurationParameters",
    {
        "AuthenticationStrategy": S,
        "AuthenticationStrategy.$": str,
        "EngineType": S,
        "EngineType.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateTagsParameters = TypedDict(
    "CreateTagsParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "BrokerId": S,
        "BrokerId.$": str,
        "ConsoleAccess": B,
        "ConsoleAccess.$": str,
        "Groups": L[Si],
        "Groups.$": str,
        "Password": S,
        "Password.$": str,
        "Username": S,
        "Username.$": str,
        "ReplicationUser": B,
        "ReplicationUser.$": str,
    },
    total=False,
)
DeleteBrokerParameters = TypedDict(
    "DeleteBrokerParameters", {"BrokerId": S, "BrokerId.$": str}, total=False
)
DeleteConfigurationParameters = TypedDict(
    "DeleteConfigurationParameters", {"ConfigurationId": S, "ConfigurationId.$": str}, total=False
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {"BrokerId": S, "BrokerId.$": str, "Username": S, "Username.$": str},
    total=False,
)
DescribeBrokerParameters = TypedDict(
    "DescribeBrokerParameters", {"BrokerId": S, "BrokerId.$": str}, total=False
)
DescribeBrokerEngineTypesParameters = TypedDict(
    "DescribeBrokerEngineTypesParameters",
    {
        "EngineType": S,
        "EngineType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeBrokerInstanceOptionsParameters = TypedDict(
    "DescribeBrokerInstanceOptionsParameters",
    {
        "EngineType": S,
        "EngineType.$": str,
        "HostInstanceType": S,
        "HostInstanceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StorageType": S,
        "StorageType.$": str,
    },
    total=False,
)
DescribeConfigurationParameters = TypedDict(
    "DescribeConfigurationParameters", {"ConfigurationId": S, "ConfigurationId.$": str}, total=False
)
DescribeConfigurationRevisionParameters = TypedDict(
    "DescribeConfigurationRevisionParameters",
    {
        "ConfigurationId": S,
        "ConfigurationId.$": str,
        "ConfigurationRevision": S,
        "ConfigurationRevision.$": str,
    },
    total=False,
)
DescribeSharedResourcesParameters = TypedDict(
    "DescribeSharedResourcesParameters",
    {
        "BrokerId": S,
        "BrokerId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeUserParameters = TypedDict(
    "DescribeUserParameters",
    {"BrokerId": S, "BrokerId.$": str, "Username": S, "Username.$": str},
    total=False,
)
ListBrokersParameters = TypedDict(
    "ListBrokersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListConfigurationRevisionsParameters = TypedDict(
    "ListConfigurationRevisionsParameters",
    {
        "ConfigurationId": S,
        "ConfigurationId.$": str,
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
ListTagsParameters = TypedDict(
    "ListTagsParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "BrokerId": S,
        "BrokerId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PromoteParameters = TypedDict(
    "PromoteParameters", {"BrokerId": S, "BrokerId.$": str, "Mode": S, "Mode.$": str}, total=False
)
RebootBrokerParameters = TypedDict(
    "RebootBrokerParameters", {"BrokerId": S, "BrokerId.$": str}, total=False
)
UpdateBrokerParameters = TypedDict(
    "UpdateBrokerParameters",
    {
        "AuthenticationStrategy": S,
        "AuthenticationStrategy.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "BrokerId": S,
        "BrokerId.$": str,
        "Configuration": X[ConfigurationId],
        "Configuration.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "HostInstanceType": S,
        "HostInstanceType.$": str,
        "LdapServerMetadata": X[LdapServerMetadataInput],
        "LdapServerMetadata.$": str,
        "Logs": X[Logs],
        "Logs.$": str,
        "MaintenanceWindowStartTime": X[WeeklyStartTime],
        "MaintenanceWindowStartTime.$": str,
        "ResourceShareArns": L[Si],
        "ResourceShareArns.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "StorageSize": I,
        "StorageSize.$": str,
        "DataReplicationMode": S,
        "DataReplicationMode.$": str,
    },
    total=False,
)
UpdateConfigurationParameters = TypedDict(
    "UpdateConfigurationParameters",
    {
        "ConfigurationId": S,
        "ConfigurationId.$": str,
        "Data": S,
        "Data.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "BrokerId": S,
        "BrokerId.$": str,
        "ConsoleAccess": B,
        "ConsoleAccess.$": str,
        "Groups": L[Si],
        "Groups.$": str,
        "Password": S,
        "Password.$": str,
        "Username": S,
        "Username.$": str,
        "ReplicationUser": B,
        "ReplicationUser.$": str,
    },
    total=False,
)
create_broker: Builder[CreateBrokerParameters]
create_configuration: Builder[CreateConfigurationParameters]
create_tags: Builder[CreateTagsParameters]
create_user: Builder[CreateUserParameters]
delete_broker: Builder[DeleteBrokerParameters]
delete_configuration: Builder[DeleteConfigurationParameters]
delete_tags: Builder[DeleteTagsParameters]
delete_user: Builder[DeleteUserParameters]
describe_broker: Builder[DescribeBrokerParameters]
describe_broker_engine_types: Builder[DescribeBrokerEngineTypesParameters]
describe_broker_instance_options: Builder[DescribeBrokerInstanceOptionsParameters]
describe_configuration: Builder[DescribeConfigurationParameters]
describe_configuration_revision: Builder[DescribeConfigurationRevisionParameters]
describe_shared_resources: Builder[DescribeSharedResourcesParameters]
describe_user: Builder[DescribeUserParameters]
list_brokers: Builder[ListBrokersParameters]
list_configuration_revisions: Builder[ListConfigurationRevisionsParameters]
list_configurations: Builder[ListConfigurationsParameters]
list_tags: Builder[ListTagsParameters]
list_users: Builder[ListUsersParameters]
promote: Builder[PromoteParameters]
reboot_broker: Builder[RebootBrokerParameters]
update_broker: Builder[UpdateBrokerParameters]
update_configuration: Builder[UpdateConfigurationParameters]
update_user: Builder[UpdateUserParameters]

__all__ = [
    "create_broker",
    "create_configuration",
    "create_tags",
    "create_user",
    "delete_broker",
    "delete_configuration",
    "delete_tags",
    "delete_user",
    "describe_broker",
    "describe_broker_engine_types",
    "describe_broker_instance_options",
    "describe_configuration",
    "describe_configuration_revision",
    "describe_shared_resources",
    "describe_user",
    "list_brokers",
    "list_configuration_revisions",
    "list_configurations",
    "list_tags",
    "list_users",
    "promote",
    "reboot_broker",
    "update_broker",
    "update_configuration",
    "update_user",
]
