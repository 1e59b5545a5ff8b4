"""Typed builders of the AWS SDK integration of ecs.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AssociateGatewayWithClusterParameters = TypedDict(
        "AssociateGatewayWithClusterParameters",
        {"Gateway": Any, "Gateway.$": Any, "Cluster": Any, "Cluster.$": Any},
        total=False,
    )
    ContinueServiceDeploymentParameters = TypedDict(
        "ContinueServiceDeploymentParameters",
        {
            "ServiceDeploymentArn": Any,
            "ServiceDeploymentArn.$": Any,
            "HookId": Any,
            "HookId.$": Any,
            "Action": Any,
            "Action.$": Any,
        },
        total=False,
    )
    CreateCapacityProviderParameters = TypedDict(
        "CreateCapacityProviderParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "AutoScalingGroupProvider": Any,
            "AutoScalingGroupProvider.$": Any,
            "ManagedInstancesProvider": Any,
            "ManagedInstancesProvider.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateClusterParameters = TypedDict(
        "CreateClusterParameters",
        {
            "ClusterName": Any,
            "ClusterName.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "Settings": Any,
            "Settings.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "CapacityProviders": Any,
            "CapacityProviders.$": Any,
            "DefaultCapacityProviderStrategy": Any,
            "DefaultCapacityProviderStrategy.$": Any,
            "ServiceConnectDefaults": Any,
            "ServiceConnectDefaults.$": Any,
        },
        total=False,
    )
    CreateDaemonParameters = TypedDict(
        "CreateDaemonParameters",
        {
            "DaemonName": Any,
            "DaemonName.$": Any,
            "ClusterArn": Any,
            "ClusterArn.$": Any,
            "DaemonTaskDefinitionArn": Any,
            "DaemonTaskDefinitionArn.$": Any,
            "CapacityProviderArns": Any,
            "CapacityProviderArns.$": Any,
            "DeploymentConfiguration": Any,
            "DeploymentConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
            "EnableECSManagedTags": Any,
            "EnableECSManagedTags.$": Any,
            "EnableExecuteCommand": Any,
            "EnableExecuteCommand.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "Critical": Any,
            "Critical.$": Any,
        },
        total=False,
    )
    CreateExpressGatewayServiceParameters = TypedDict(
        "CreateExpressGatewayServiceParameters",
        {
            "ExecutionRoleArn": Any,
            "ExecutionRoleArn.$": Any,
            "InfrastructureRoleArn": Any,
            "InfrastructureRoleArn.$": Any,
            "ServiceName": Any,
            "ServiceName.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "HealthCheckPath": Any,
            "HealthCheckPath.$": Any,
            "PrimaryContainer": Any,
            "PrimaryContainer.$": Any,
            "TaskRoleArn": Any,
            "TaskRoleArn.$": Any,
            "NetworkConfiguration": Any,
            "NetworkConfiguration.$": Any,
            "Cpu": Any,
            "Cpu.$": Any,
            "Memory": Any,
            "Memory.$": Any,
            "CpuArchitecture": Any,
            "CpuArchitecture.$": Any,
            "ScalingTarget": Any,
            "ScalingTarget.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TaskDefinitionArn": Any,
            "TaskDefinitionArn.$": Any,
        },
        total=False,
    )
    CreateGatewayParameters = TypedDict(
        "CreateGatewayParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "InfrastructureRoleArn": Any,
            "InfrastructureRoleArn.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
        },
        total=False,
    )
    CreateServiceParameters = TypedDict(
        "CreateServiceParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "ServiceName": Any,
            "ServiceName.$": Any,
            "TaskDefinition": Any,
            "TaskDefinition.$": Any,
            "AvailabilityZoneRebalancing": Any,
            "AvailabilityZoneRebalancing.$": Any,
            "LoadBalancers": Any,
            "LoadBalancers.$": Any,
            "ServiceRegistries": Any,
            "ServiceRegistries.$": Any,
            "DesiredCount": Any,
            "DesiredCount.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "LaunchType": Any,
            "LaunchType.$": Any,
            "CapacityProviderStrategy": Any,
            "CapacityProviderStrategy.$": Any,
            "PlatformVersion": Any,
            "PlatformVersion.$": Any,
            "Role": Any,
            "Role.$": Any,
            "DeploymentConfiguration": Any,
            "DeploymentConfiguration.$": Any,
            "PlacementConstraints": Any,
            "PlacementConstraints.$": Any,
            "PlacementStrategy": Any,
            "PlacementStrategy.$": Any,
            "NetworkConfiguration": Any,
            "NetworkConfiguration.$": Any,
            "HealthCheckGracePeriodSeconds": Any,
            "HealthCheckGracePeriodSeconds.$": Any,
            "SchedulingStrategy": Any,
            "SchedulingStrategy.$": Any,
            "DeploymentController": Any,
            "DeploymentController.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "EnableECSManagedTags": Any,
            "EnableECSManagedTags.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
            "EnableExecuteCommand": Any,
            "EnableExecuteCommand.$": Any,
            "ServiceConnectConfiguration": Any,
            "ServiceConnectConfiguration.$": Any,
            "VolumeConfigurations": Any,
            "VolumeConfigurations.$": Any,
            "VpcLatticeConfigurations": Any,
            "VpcLatticeConfigurations.$": Any,
            "GatewayConnectors": Any,
            "GatewayConnectors.$": Any,
            "Monitoring": Any,
            "Monitoring.$": Any,
        },
        total=False,
    )
    CreateTaskSetParameters = TypedDict(
        "CreateTaskSetParameters",
        {
            "Service": Any,
            "Service.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "ExternalId": Any,
            "ExternalId.$": Any,
            "TaskDefinition": Any,
            "TaskDefinition.$": Any,
            "NetworkConfiguration": Any,
            "NetworkConfiguration.$": Any,
            "LoadBalancers": Any,
            "LoadBalancers.$": Any,
            "ServiceRegistries": Any,
            "ServiceRegistries.$": Any,
            "LaunchType": Any,
            "LaunchType.$": Any,
            "CapacityProviderStrategy": Any,
            "CapacityProviderStrategy.$": Any,
            "PlatformVersion": Any,
            "PlatformVersion.$": Any,
            "Scale": Any,
            "Scale.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    DeleteAccountSettingParameters = TypedDict(
        "DeleteAccountSettingParameters",
        {"Name": Any, "Name.$": Any, "PrincipalArn": Any, "PrincipalArn.$": Any},
        total=False,
    )
    DeleteAttributesParameters = TypedDict(
        "DeleteAttributesParameters",
        {"Cluster": Any, "Cluster.$": Any, "Attributes": Any, "Attributes.$": Any},
        total=False,
    )
    DeleteCapacityProviderParameters = TypedDict(
        "DeleteCapacityProviderParameters",
        {"CapacityProvider": Any, "CapacityProvider.$": Any, "Cluster": Any, "Cluster.$": Any},
        total=False,
    )
    DeleteClusterParameters = TypedDict(
        "DeleteClusterParameters", {"Cluster": Any, "Cluster.$": Any}, total=False
    )
    DeleteDaemonParameters = TypedDict(
        "DeleteDaemonParameters", {"DaemonArn": Any, "DaemonArn.$": Any}, total=False
    )
    DeleteDaemonTaskDefinitionParameters = TypedDict(
        "DeleteDaemonTaskDefinitionParameters",
        {"DaemonTaskDefinition": Any, "DaemonTaskDefinition.$": Any},
        total=False,
    )
    DeleteExpressGatewayServiceParameters = TypedDict(
        "DeleteExpressGatewayServiceParameters",
        {"ServiceArn": Any, "ServiceArn.$": Any},
        total=False,
    )
    DeleteGatewayParameters = TypedDict(
        "DeleteGatewayParameters", {"Gateway": Any, "Gateway.$": Any}, total=False
    )
    DeleteServiceParameters = TypedDict(
        "DeleteServiceParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Service": Any,
            "Service.$": Any,
            "Force": Any,
            "Force.$": Any,
        },
        total=False,
    )
    DeleteTaskDefinitionsParameters = TypedDict(
        "DeleteTaskDefinitionsParameters",
        {"TaskDefinitions": Any, "TaskDefinitions.$": Any},
        total=False,
    )
    DeleteTaskSetParameters = TypedDict(
        "DeleteTaskSetParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Service": Any,
            "Service.$": Any,
            "TaskSet": Any,
            "TaskSet.$": Any,
            "Force": Any,
            "Force.$": Any,
        },
        total=False,
    )
    DeregisterContainerInstanceParameters = TypedDict(
        "DeregisterContainerInstanceParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "ContainerInstance": Any,
            "ContainerInstance.$": Any,
            "Force": Any,
            "Force.$": Any,
        },
        total=False,
    )
    DeregisterTaskDefinitionParameters = TypedDict(
        "DeregisterTaskDefinitionParameters",
        {"TaskDefinition": Any, "TaskDefinition.$": Any},
        total=False,
    )
    DescribeCapacityProvidersParameters = TypedDict(
        "DescribeCapacityProvidersParameters",
        {
            "CapacityProviders": Any,
            "CapacityProviders.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "Include": Any,
            "Include.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeClustersParameters = TypedDict(
        "DescribeClustersParameters",
        {"Clusters": Any, "Clusters.$": Any, "Include": Any, "Include.$": Any},
        total=False,
    )
    DescribeContainerInstancesParameters = TypedDict(
        "DescribeContainerInstancesParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "ContainerInstances": Any,
            "ContainerInstances.$": Any,
            "Include": Any,
            "Include.$": Any,
        },
        total=False,
    )
    DescribeDaemonParameters = TypedDict(
        "DescribeDaemonParameters", {"DaemonArn": Any, "DaemonArn.$": Any}, total=False
    )
    DescribeDaemonDeploymentsParameters = TypedDict(
        "DescribeDaemonDeploymentsParameters",
        {"DaemonDeploymentArns": Any, "DaemonDeploymentArns.$": Any},
        total=False,
    )
    DescribeDaemonRevisionsParameters = TypedDict(
        "DescribeDaemonRevisionsParameters",
        {"DaemonRevisionArns": Any, "DaemonRevisionArns.$": Any},
        total=False,
    )
    DescribeDaemonTaskDefinitionParameters = TypedDict(
        "DescribeDaemonTaskDefinitionParameters",
        {"DaemonTaskDefinition": Any, "DaemonTaskDefinition.$": Any},
        total=False,
    )
    DescribeExpressGatewayServiceParameters = TypedDict(
        "DescribeExpressGatewayServiceParameters",
        {"ServiceArn": Any, "ServiceArn.$": Any, "Include": Any, "Include.$": Any},
        total=False,
    )
    DescribeGatewayParameters = TypedDict(
        "DescribeGatewayParameters", {"Gateway": Any, "Gateway.$": Any}, total=False
    )
    DescribeGatewayResourcesParameters = TypedDict(
        "DescribeGatewayResourcesParameters",
        {
            "Gateway": Any,
            "Gateway.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeGatewayRouteParameters = TypedDict(
        "DescribeGatewayRouteParameters",
        {"GatewayRouteArn": Any, "GatewayRouteArn.$": Any},
        total=False,
    )
    DescribeServiceDeploymentsParameters = TypedDict(
        "DescribeServiceDeploymentsParameters",
        {"ServiceDeploymentArns": Any, "ServiceDeploymentArns.$": Any},
        total=False,
    )
    DescribeServiceRevisionsParameters = TypedDict(
        "DescribeServiceRevisionsParameters",
        {"ServiceRevisionArns": Any, "ServiceRevisionArns.$": Any},
        total=False,
    )
    DescribeServicesParameters = TypedDict(
        "DescribeServicesParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Services": Any,
            "Services.$": Any,
            "Include": Any,
            "Include.$": Any,
        },
        total=False,
    )
    DescribeTaskDefinitionParameters = TypedDict(
        "DescribeTaskDefinitionParameters",
        {"TaskDefinition": Any, "TaskDefinition.$": Any, "Include": Any, "Include.$": Any},
        total=False,
    )
    DescribeTaskSetsParameters = TypedDict(
        "DescribeTaskSetsParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Service": Any,
            "Service.$": Any,
            "TaskSets": Any,
            "TaskSets.$": Any,
            "Include": Any,
            "Include.$": Any,
        },
        total=False,
    )
    DescribeTasksParameters = TypedDict(
        "DescribeTasksParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Tasks": Any,
            "Tasks.$": Any,
            "Include": Any,
            "Include.$": Any,
        },
        total=False,
    )
    DisassociateGatewayFromClusterParameters = TypedDict(
        "DisassociateGatewayFromClusterParameters",
        {"Gateway": Any, "Gateway.$": Any, "Cluster": Any, "Cluster.$": Any},
        total=False,
    )
    DiscoverPollEndpointParameters = TypedDict(
        "DiscoverPollEndpointParameters",
        {"ContainerInstance": Any, "ContainerInstance.$": Any, "Cluster": Any, "Cluster.$": Any},
        total=False,
    )
    ExecuteCommandParameters = TypedDict(
        "ExecuteCommandParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Container": Any,
            "Container.$": Any,
            "Command": Any,
            "Command.$": Any,
            "Interactive": Any,
            "Interactive.$": Any,
            "Task": Any,
            "Task.$": Any,
        },
        total=False,
    )
    GetTaskProtectionParameters = TypedDict(
        "GetTaskProtectionParameters",
        {"Cluster": Any, "Cluster.$": Any, "Tasks": Any, "Tasks.$": Any},
        total=False,
    )
    ListAccountSettingsParameters = TypedDict(
        "ListAccountSettingsParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Value": Any,
            "Value.$": Any,
            "PrincipalArn": Any,
            "PrincipalArn.$": Any,
            "EffectiveSettings": Any,
            "EffectiveSettings.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListAttributesParameters = TypedDict(
        "ListAttributesParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "TargetType": Any,
            "TargetType.$": Any,
            "AttributeName": Any,
            "AttributeName.$": Any,
            "AttributeValue": Any,
            "AttributeValue.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListClustersParameters = TypedDict(
        "ListClustersParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListContainerInstancesParameters = TypedDict(
        "ListContainerInstancesParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Filter": Any,
            "Filter.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Status": Any,
            "Status.$": Any,
        },
        total=False,
    )
    ListDaemonDeploymentsParameters = TypedDict(
        "ListDaemonDeploymentsParameters",
        {
            "DaemonArn": Any,
            "DaemonArn.$": Any,
            "Status": Any,
            "Status.$": Any,
            "CreatedAt": Any,
            "CreatedAt.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListDaemonTaskDefinitionsParameters = TypedDict(
        "ListDaemonTaskDefinitionsParameters",
        {
            "FamilyPrefix": Any,
            "FamilyPrefix.$": Any,
            "Family": Any,
            "Family.$": Any,
            "Revision": Any,
            "Revision.$": Any,
            "Status": Any,
            "Status.$": Any,
            "Sort": Any,
            "Sort.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListDaemonsParameters = TypedDict(
        "ListDaemonsParameters",
        {
            "ClusterArn": Any,
            "ClusterArn.$": Any,
            "CapacityProviderArns": Any,
            "CapacityProviderArns.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListGatewayClusterAssociationsParameters = TypedDict(
        "ListGatewayClusterAssociationsParameters",
        {
            "Gateway": Any,
            "Gateway.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "Status": Any,
            "Status.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListGatewayRoutesParameters = TypedDict(
        "ListGatewayRoutesParameters",
        {
            "Gateway": Any,
            "Gateway.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "Service": Any,
            "Service.$": Any,
            "ServiceContainerPortName": Any,
            "ServiceContainerPortName.$": Any,
            "Status": Any,
            "Status.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListGatewaysParameters = TypedDict(
        "ListGatewaysParameters",
        {
            "Names": Any,
            "Names.$": Any,
            "Status": Any,
            "Status.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListServiceDeploymentsParameters = TypedDict(
        "ListServiceDeploymentsParameters",
        {
            "Service": Any,
            "Service.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "Status": Any,
            "Status.$": Any,
            "CreatedAt": Any,
            "CreatedAt.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListServicesParameters = TypedDict(
        "ListServicesParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "LaunchType": Any,
            "LaunchType.$": Any,
            "SchedulingStrategy": Any,
            "SchedulingStrategy.$": Any,
            "ResourceManagementType": Any,
            "ResourceManagementType.$": Any,
        },
        total=False,
    )
    ListServicesByNamespaceParameters = TypedDict(
        "ListServicesByNamespaceParameters",
        {
            "Namespace": Any,
            "Namespace.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    ListTaskDefinitionFamiliesParameters = TypedDict(
        "ListTaskDefinitionFamiliesParameters",
        {
            "FamilyPrefix": Any,
            "FamilyPrefix.$": Any,
            "Status": Any,
            "Status.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListTaskDefinitionsParameters = TypedDict(
        "ListTaskDefinitionsParameters",
        {
            "FamilyPrefix": Any,
            "FamilyPrefix.$": Any,
            "Status": Any,
            "Status.$": Any,
            "Sort": Any,
            "Sort.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListTasksParameters = TypedDict(
        "ListTasksParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "ContainerInstance": Any,
            "ContainerInstance.$": Any,
            "Family": Any,
            "Family.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "StartedBy": Any,
            "StartedBy.$": Any,
            "ServiceName": Any,
            "ServiceName.$": Any,
            "DesiredStatus": Any,
            "DesiredStatus.$": Any,
            "LaunchType": Any,
            "LaunchType.$": Any,
            "DaemonName": Any,
            "DaemonName.$": Any,
        },
        total=False,
    )
    PutAccountSettingParameters = TypedDict(
        "PutAccountSettingParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Value": Any,
            "Value.$": Any,
            "PrincipalArn": Any,
            "PrincipalArn.$": Any,
        },
        total=False,
    )
    PutAccountSettingDefaultParameters = TypedDict(
        "PutAccountSettingDefaultParameters",
        {"Name": Any, "Name.$": Any, "Value": Any, "Value.$": Any},
        total=False,
    )
    PutAttributesParameters = TypedDict(
        "PutAttributesParameters",
        {"Cluster": Any, "Cluster.$": Any, "Attributes": Any, "Attributes.$": Any},
        total=False,
    )
    PutClusterCapacityProvidersParameters = TypedDict(
        "PutClusterCapacityProvidersParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "CapacityProviders": Any,
            "CapacityProviders.$": Any,
            "DefaultCapacityProviderStrategy": Any,
            "DefaultCapacityProviderStrategy.$": Any,
        },
        total=False,
    )
    RegisterContainerInstanceParameters = TypedDict(
        "RegisterContainerInstanceParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "InstanceIdentityDocument": Any,
            "InstanceIdentityDocument.$": Any,
            "InstanceIdentityDocumentSignature": Any,
            "InstanceIdentityDocumentSignature.$": Any,
            "TotalResources": Any,
            "TotalResources.$": Any,
            "VersionInfo": Any,
            "VersionInfo.$": Any,
            "ContainerInstanceArn": Any,
            "ContainerInstanceArn.$": Any,
            "Attributes": Any,
            "Attributes.$": Any,
            "PlatformDevices": Any,
            "PlatformDevices.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    RegisterDaemonTaskDefinitionParameters = TypedDict(
        "RegisterDaemonTaskDefinitionParameters",
        {
            "Family": Any,
            "Family.$": Any,
            "TaskRoleArn": Any,
            "TaskRoleArn.$": Any,
            "ExecutionRoleArn": Any,
            "ExecutionRoleArn.$": Any,
            "ContainerDefinitions": Any,
            "ContainerDefinitions.$": Any,
            "Cpu": Any,
            "Cpu.$": Any,
            "Memory": Any,
            "Memory.$": Any,
            "Volumes": Any,
            "Volumes.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "PidMode": Any,
            "PidMode.$": Any,
            "IpcMode": Any,
            "IpcMode.$": Any,
        },
        total=False,
    )
    RegisterTaskDefinitionParameters = TypedDict(
        "RegisterTaskDefinitionParameters",
        {
            "Family": Any,
            "Family.$": Any,
            "TaskRoleArn": Any,
            "TaskRoleArn.$": Any,
            "ExecutionRoleArn": Any,
            "ExecutionRoleArn.$": Any,
            "NetworkMode": Any,
            "NetworkMode.$": Any,
            "ContainerDefinitions": Any,
            "ContainerDefinitions.$": Any,
            "Volumes": Any,
            "Volumes.$": Any,
            "PlacementConstraints": Any,
            "PlacementConstraints.$": Any,
            "RequiresCompatibilities": Any,
            "RequiresCompatibilities.$": Any,
            "Cpu": Any,
            "Cpu.$": Any,
            "Memory": Any,
            "Memory.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "PidMode": Any,
            "PidMode.$": Any,
            "IpcMode": Any,
            "IpcMode.$": Any,
            "ProxyConfiguration": Any,
            "ProxyConfiguration.$": Any,
            "InferenceAccelerators": Any,
            "InferenceAccelerators.$": Any,
            "EphemeralStorage": Any,
            "EphemeralStorage.$": Any,
            "RuntimePlatform": Any,
            "RuntimePlatform.$": Any,
            "EnableFaultInjection": Any,
            "EnableFaultInjection.$": Any,
            "TrustedExecutionConfiguration": Any,
            "TrustedExecutionConfiguration.$": Any,
        },
        total=False,
    )
    RunTaskParameters = TypedDict(
        "RunTaskParameters",
        {
            "CapacityProviderStrategy": Any,
            "CapacityProviderStrategy.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "Count": Any,
            "Count.$": Any,
            "EnableECSManagedTags": Any,
            "EnableECSManagedTags.$": Any,
            "EnableExecuteCommand": Any,
            "EnableExecuteCommand.$": Any,
            "Group": Any,
            "Group.$": Any,
            "LaunchType": Any,
            "LaunchType.$": Any,
            "NetworkConfiguration": Any,
            "NetworkConfiguration.$": Any,
            "Overrides": Any,
            "Overrides.$": Any,
            "PlacementConstraints": Any,
            "PlacementConstraints.$": Any,
            "PlacementStrategy": Any,
            "PlacementStrategy.$": Any,
            "PlatformVersion": Any,
            "PlatformVersion.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
            "ReferenceId": Any,
            "ReferenceId.$": Any,
            "StartedBy": Any,
            "StartedBy.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TaskDefinition": Any,
            "TaskDefinition.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "VolumeConfigurations": Any,
            "VolumeConfigurations.$": Any,
        },
        total=False,
    )
    StartTaskParameters = TypedDict(
        "StartTaskParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "ContainerInstances": Any,
            "ContainerInstances.$": Any,
            "EnableECSManagedTags": Any,
            "EnableECSManagedTags.$": Any,
            "EnableExecuteCommand": Any,
            "EnableExecuteCommand.$": Any,
            "Group": Any,
            "Group.$": Any,
            "NetworkConfiguration": Any,
            "NetworkConfiguration.$": Any,
            "Overrides": Any,
            "Overrides.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
            "ReferenceId": Any,
            "ReferenceId.$": Any,
            "StartedBy": Any,
            "StartedBy.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TaskDefinition": Any,
            "TaskDefinition.$": Any,
            "VolumeConfigurations": Any,
            "VolumeConfigurations.$": Any,
        },
        total=False,
    )
    StopServiceDeploymentParameters = TypedDict(
        "StopServiceDeploymentParameters",
        {
            "ServiceDeploymentArn": Any,
            "ServiceDeploymentArn.$": Any,
            "StopType": Any,
            "StopType.$": Any,
        },
        total=False,
    )
    StopTaskParameters = TypedDict(
        "StopTaskParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Task": Any,
            "Task.$": Any,
            "Reason": Any,
            "Reason.$": Any,
        },
        total=False,
    )
    SubmitAttachmentStateChangesParameters = TypedDict(
        "SubmitAttachmentStateChangesParameters",
        {"Cluster": Any, "Cluster.$": Any, "Attachments": Any, "Attachments.$": Any},
        total=False,
    )
    SubmitContainerStateChangeParameters = TypedDict(
        "SubmitContainerStateChangeParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Task": Any,
            "Task.$": Any,
            "ContainerName": Any,
            "ContainerName.$": Any,
            "RuntimeId": Any,
            "RuntimeId.$": Any,
            "Status": Any,
            "Status.$": Any,
            "ExitCode": Any,
            "ExitCode.$": Any,
            "Reason": Any,
            "Reason.$": Any,
            "NetworkBindings": Any,
            "NetworkBindings.$": Any,
        },
        total=False,
    )
    SubmitTaskStateChangeParameters = TypedDict(
        "SubmitTaskStateChangeParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Task": Any,
            "Task.$": Any,
            "Status": Any,
            "Status.$": Any,
            "Reason": Any,
            "Reason.$": Any,
            "Containers": Any,
            "Containers.$": Any,
            "Attachments": Any,
            "Attachments.$": Any,
            "ManagedAgents": Any,
            "ManagedAgents.$": Any,
            "PullStartedAt": Any,
            "PullStartedAt.$": Any,
            "PullStoppedAt": Any,
            "PullStoppedAt.$": Any,
            "ExecutionStoppedAt": Any,
            "ExecutionStoppedAt.$": Any,
        },
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateCapacityProviderParameters = TypedDict(
        "UpdateCapacityProviderParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Cluster": Any,
            "Cluster.$": Any,
            "AutoScalingGroupProvider": Any,
            "AutoScalingGroupProvider.$": Any,
            "ManagedInstancesProvider": Any,
            "ManagedInstancesProvider.$": Any,
        },
        total=False,
    )
    UpdateClusterParameters = TypedDict(
        "UpdateClusterParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Settings": Any,
            "Settings.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "ServiceConnectDefaults": Any,
            "ServiceConnectDefaults.$": Any,
        },
        total=False,
    )
    UpdateClusterSettingsParameters = TypedDict(
        "UpdateClusterSettingsParameters",
        {"Cluster": Any, "Cluster.$": Any, "Settings": Any, "Settings.$": Any},
        total=False,
    )
    UpdateContainerAgentParameters = TypedDict(
        "UpdateContainerAgentParameters",
        {"Cluster": Any, "Cluster.$": Any, "ContainerInstance": Any, "ContainerInstance.$": Any},
        total=False,
    )
    UpdateContainerInstancesStateParameters = TypedDict(
        "UpdateContainerInstancesStateParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "ContainerInstances": Any,
            "ContainerInstances.$": Any,
            "Status": Any,
            "Status.$": Any,
        },
        total=False,
    )
    UpdateDaemonParameters = TypedDict(
        "UpdateDaemonParameters",
        {
            "DaemonArn": Any,
            "DaemonArn.$": Any,
            "DaemonTaskDefinitionArn": Any,
            "DaemonTaskDefinitionArn.$": Any,
            "CapacityProviderArns": Any,
            "CapacityProviderArns.$": Any,
            "DeploymentConfiguration": Any,
            "DeploymentConfiguration.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
            "EnableECSManagedTags": Any,
            "EnableECSManagedTags.$": Any,
            "EnableExecuteCommand": Any,
            "EnableExecuteCommand.$": Any,
            "Critical": Any,
            "Critical.$": Any,
        },
        total=False,
    )
    UpdateExpressGatewayServiceParameters = TypedDict(
        "UpdateExpressGatewayServiceParameters",
        {
            "ServiceArn": Any,
            "ServiceArn.$": Any,
            "ExecutionRoleArn": Any,
            "ExecutionRoleArn.$": Any,
            "HealthCheckPath": Any,
            "HealthCheckPath.$": Any,
            "PrimaryContainer": Any,
            "PrimaryContainer.$": Any,
            "TaskRoleArn": Any,
            "TaskRoleArn.$": Any,
            "NetworkConfiguration": Any,
            "NetworkConfiguration.$": Any,
            "Cpu": Any,
            "Cpu.$": Any,
            "Memory": Any,
            "Memory.$": Any,
            "CpuArchitecture": Any,
            "CpuArchitecture.$": Any,
            "ScalingTarget": Any,
            "ScalingTarget.$": Any,
            "TaskDefinitionArn": Any,
            "TaskDefinitionArn.$": Any,
        },
        total=False,
    )
    UpdateGatewayParameters = TypedDict(
        "UpdateGatewayParameters",
        {
            "Gateway": Any,
            "Gateway.$": Any,
            "InfrastructureRoleArn": Any,
            "InfrastructureRoleArn.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
        },
        total=False,
    )
    UpdateServiceParameters = TypedDict(
        "UpdateServiceParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Service": Any,
            "Service.$": Any,
            "DesiredCount": Any,
            "DesiredCount.$": Any,
            "TaskDefinition": Any,
            "TaskDefinition.$": Any,
            "CapacityProviderStrategy": Any,
            "CapacityProviderStrategy.$": Any,
            "DeploymentConfiguration": Any,
            "DeploymentConfiguration.$": Any,
            "AvailabilityZoneRebalancing": Any,
            "AvailabilityZoneRebalancing.$": Any,
            "NetworkConfiguration": Any,
            "NetworkConfiguration.$": Any,
            "PlacementConstraints": Any,
            "PlacementConstraints.$": Any,
            "PlacementStrategy": Any,
            "PlacementStrategy.$": Any,
            "PlatformVersion": Any,
            "PlatformVersion.$": Any,
            "ForceNewDeployment": Any,
            "ForceNewDeployment.$": Any,
            "HealthCheckGracePeriodSeconds": Any,
            "HealthCheckGracePeriodSeconds.$": Any,
            "DeploymentController": Any,
            "DeploymentController.$": Any,
            "EnableExecuteCommand": Any,
            "EnableExecuteCommand.$": Any,
            "EnableECSManagedTags": Any,
            "EnableECSManagedTags.$": Any,
            "LoadBalancers": Any,
            "LoadBalancers.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
            "ServiceRegistries": Any,
            "ServiceRegistries.$": Any,
            "ServiceConnectConfiguration": Any,
            "ServiceConnectConfiguration.$": Any,
            "VolumeConfigurations": Any,
            "VolumeConfigurations.$": Any,
            "VpcLatticeConfigurations": Any,
            "VpcLatticeConfigurations.$": Any,
            "GatewayConnectors": Any,
            "GatewayConnectors.$": Any,
            "Monitoring": Any,
            "Monitoring.$": Any,
        },
        total=False,
    )
    UpdateServicePrimaryTaskSetParameters = TypedDict(
        "UpdateServicePrimaryTaskSetParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Service": Any,
            "Service.$": Any,
            "PrimaryTaskSet": Any,
            "PrimaryTaskSet.$": Any,
        },
        total=False,
    )
    UpdateTaskProtectionParameters = TypedDict(
        "UpdateTaskProtectionParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Tasks": Any,
            "Tasks.$": Any,
            "ProtectionEnabled": Any,
            "ProtectionEnabled.$": Any,
            "ExpiresInMinutes": Any,
            "ExpiresInMinutes.$": Any,
        },
        total=False,
    )
    UpdateTaskSetParameters = TypedDict(
        "UpdateTaskSetParameters",
        {
            "Cluster": Any,
            "Cluster.$": Any,
            "Service": Any,
            "Service.$": Any,
            "TaskSet": Any,
            "TaskSet.$": Any,
            "Scale": Any,
            "Scale.$": Any,
        },
        total=False,
    )


def associate_gateway_with_cluster(
    name: str,
    parameters: AssociateGatewayWithClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:associateGatewayWithCluster (``arn:aws:states:::aws-sdk:ecs:associateGatewayWithCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:associateGatewayWithCluster", parameters, pattern, options)


def continue_service_deployment(
    name: str,
    parameters: ContinueServiceDeploymentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:continueServiceDeployment (``arn:aws:states:::aws-sdk:ecs:continueServiceDeployment``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:continueServiceDeployment", parameters, pattern, options)


def create_capacity_provider(
    name: str,
    parameters: CreateCapacityProviderParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:createCapacityProvider (``arn:aws:states:::aws-sdk:ecs:createCapacityProvider``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:createCapacityProvider", parameters, pattern, options)


def create_cluster(
    name: str,
    parameters: CreateClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:createCluster (``arn:aws:states:::aws-sdk:ecs:createCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:createCluster", parameters, pattern, options)


def create_daemon(
    name: str,
    parameters: CreateDaemonParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:createDaemon (``arn:aws:states:::aws-sdk:ecs:createDaemon``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:createDaemon", parameters, pattern, options)


def create_express_gateway_service(
    name: str,
    parameters: CreateExpressGatewayServiceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:createExpressGatewayService (``arn:aws:states:::aws-sdk:ecs:createExpressGatewayService``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:createExpressGatewayService", parameters, pattern, options)


def create_gateway(
    name: str,
    parameters: CreateGatewayParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:createGateway (``arn:aws:states:::aws-sdk:ecs:createGateway``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:createGateway", parameters, pattern, options)


def create_service(
    name: str,
    parameters: CreateServiceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:createService (``arn:aws:states:::aws-sdk:ecs:createService``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:createService", parameters, pattern, options)


def create_task_set(
    name: str,
    parameters: CreateTaskSetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:createTaskSet (``arn:aws:states:::aws-sdk:ecs:createTaskSet``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:createTaskSet", parameters, pattern, options)


def delete_account_setting(
    name: str,
    parameters: DeleteAccountSettingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteAccountSetting (``arn:aws:states:::aws-sdk:ecs:deleteAccountSetting``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteAccountSetting", parameters, pattern, options)


def delete_attributes(
    name: str,
    parameters: DeleteAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteAttributes (``arn:aws:states:::aws-sdk:ecs:deleteAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteAttributes", parameters, pattern, options)


def delete_capacity_provider(
    name: str,
    parameters: DeleteCapacityProviderParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteCapacityProvider (``arn:aws:states:::aws-sdk:ecs:deleteCapacityProvider``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteCapacityProvider", parameters, pattern, options)


def delete_cluster(
    name: str,
    parameters: DeleteClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteCluster (``arn:aws:states:::aws-sdk:ecs:deleteCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteCluster", parameters, pattern, options)


def delete_daemon(
    name: str,
    parameters: DeleteDaemonParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteDaemon (``arn:aws:states:::aws-sdk:ecs:deleteDaemon``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteDaemon", parameters, pattern, options)


def delete_daemon_task_definition(
    name: str,
    parameters: DeleteDaemonTaskDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteDaemonTaskDefinition (``arn:aws:states:::aws-sdk:ecs:deleteDaemonTaskDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteDaemonTaskDefinition", parameters, pattern, options)


def delete_express_gateway_service(
    name: str,
    parameters: DeleteExpressGatewayServiceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteExpressGatewayService (``arn:aws:states:::aws-sdk:ecs:deleteExpressGatewayService``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteExpressGatewayService", parameters, pattern, options)


def delete_gateway(
    name: str,
    parameters: DeleteGatewayParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteGateway (``arn:aws:states:::aws-sdk:ecs:deleteGateway``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteGateway", parameters, pattern, options)


def delete_service(
    name: str,
    parameters: DeleteServiceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteService (``arn:aws:states:::aws-sdk:ecs:deleteService``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteService", parameters, pattern, options)


def delete_task_definitions(
    name: str,
    parameters: DeleteTaskDefinitionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteTaskDefinitions (``arn:aws:states:::aws-sdk:ecs:deleteTaskDefinitions``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteTaskDefinitions", parameters, pattern, options)


def delete_task_set(
    name: str,
    parameters: DeleteTaskSetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deleteTaskSet (``arn:aws:states:::aws-sdk:ecs:deleteTaskSet``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deleteTaskSet", parameters, pattern, options)


def deregister_container_instance(
    name: str,
    parameters: DeregisterContainerInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deregisterContainerInstance (``arn:aws:states:::aws-sdk:ecs:deregisterContainerInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deregisterContainerInstance", parameters, pattern, options)


def deregister_task_definition(
    name: str,
    parameters: DeregisterTaskDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:deregisterTaskDefinition (``arn:aws:states:::aws-sdk:ecs:deregisterTaskDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:deregisterTaskDefinition", parameters, pattern, options)


def describe_capacity_providers(
    name: str,
    parameters: DescribeCapacityProvidersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeCapacityProviders (``arn:aws:states:::aws-sdk:ecs:describeCapacityProviders``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeCapacityProviders", parameters, pattern, options)


def describe_clusters(
    name: str,
    parameters: DescribeClustersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeClusters (``arn:aws:states:::aws-sdk:ecs:describeClusters``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeClusters", parameters, pattern, options)


def describe_container_instances(
    name: str,
    parameters: DescribeContainerInstancesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeContainerInstances (``arn:aws:states:::aws-sdk:ecs:describeContainerInstances``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeContainerInstances", parameters, pattern, options)


def describe_daemon(
    name: str,
    parameters: DescribeDaemonParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeDaemon (``arn:aws:states:::aws-sdk:ecs:describeDaemon``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeDaemon", parameters, pattern, options)


def describe_daemon_deployments(
    name: str,
    parameters: DescribeDaemonDeploymentsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeDaemonDeployments (``arn:aws:states:::aws-sdk:ecs:describeDaemonDeployments``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeDaemonDeployments", parameters, pattern, options)


def describe_daemon_revisions(
    name: str,
    parameters: DescribeDaemonRevisionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeDaemonRevisions (``arn:aws:states:::aws-sdk:ecs:describeDaemonRevisions``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeDaemonRevisions", parameters, pattern, options)


def describe_daemon_task_definition(
    name: str,
    parameters: DescribeDaemonTaskDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeDaemonTaskDefinition (``arn:aws:states:::aws-sdk:ecs:describeDaemonTaskDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeDaemonTaskDefinition", parameters, pattern, options)


def describe_express_gateway_service(
    name: str,
    parameters: DescribeExpressGatewayServiceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeExpressGatewayService (``arn:aws:states:::aws-sdk:ecs:describeExpressGatewayService``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeExpressGatewayService", parameters, pattern, options)


def describe_gateway(
    name: str,
    parameters: DescribeGatewayParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeGateway (``arn:aws:states:::aws-sdk:ecs:describeGateway``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeGateway", parameters, pattern, options)


def describe_gateway_resources(
    name: str,
    parameters: DescribeGatewayResourcesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeGatewayResources (``arn:aws:states:::aws-sdk:ecs:describeGatewayResources``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeGatewayResources", parameters, pattern, options)


def describe_gateway_route(
    name: str,
    parameters: DescribeGatewayRouteParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeGatewayRoute (``arn:aws:states:::aws-sdk:ecs:describeGatewayRoute``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeGatewayRoute", parameters, pattern, options)


def describe_service_deployments(
    name: str,
    parameters: DescribeServiceDeploymentsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeServiceDeployments (``arn:aws:states:::aws-sdk:ecs:describeServiceDeployments``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeServiceDeployments", parameters, pattern, options)


def describe_service_revisions(
    name: str,
    parameters: DescribeServiceRevisionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeServiceRevisions (``arn:aws:states:::aws-sdk:ecs:describeServiceRevisions``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeServiceRevisions", parameters, pattern, options)


def describe_services(
    name: str,
    parameters: DescribeServicesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeServices (``arn:aws:states:::aws-sdk:ecs:describeServices``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeServices", parameters, pattern, options)


def describe_task_definition(
    name: str,
    parameters: DescribeTaskDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeTaskDefinition (``arn:aws:states:::aws-sdk:ecs:describeTaskDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeTaskDefinition", parameters, pattern, options)


def describe_task_sets(
    name: str,
    parameters: DescribeTaskSetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeTaskSets (``arn:aws:states:::aws-sdk:ecs:describeTaskSets``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeTaskSets", parameters, pattern, options)


def describe_tasks(
    name: str,
    parameters: DescribeTasksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:describeTasks (``arn:aws:states:::aws-sdk:ecs:describeTasks``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:describeTasks", parameters, pattern, options)


def disassociate_gateway_from_cluster(
    name: str,
    parameters: DisassociateGatewayFromClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:disassociateGatewayFromCluster (``arn:aws:states:::aws-sdk:ecs:disassociateGatewayFromCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:disassociateGatewayFromCluster", parameters, pattern, options)


def discover_poll_endpoint(
    name: str,
    parameters: DiscoverPollEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:discoverPollEndpoint (``arn:aws:states:::aws-sdk:ecs:discoverPollEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:discoverPollEndpoint", parameters, pattern, options)


def execute_command(
    name: str,
    parameters: ExecuteCommandParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:executeCommand (``arn:aws:states:::aws-sdk:ecs:executeCommand``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:executeCommand", parameters, pattern, options)


def get_task_protection(
    name: str,
    parameters: GetTaskProtectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:getTaskProtection (``arn:aws:states:::aws-sdk:ecs:getTaskProtection``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:getTaskProtection", parameters, pattern, options)


def list_account_settings(
    name: str,
    parameters: ListAccountSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listAccountSettings (``arn:aws:states:::aws-sdk:ecs:listAccountSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listAccountSettings", parameters, pattern, options)


def list_attributes(
    name: str,
    parameters: ListAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listAttributes (``arn:aws:states:::aws-sdk:ecs:listAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listAttributes", parameters, pattern, options)


def list_clusters(
    name: str,
    parameters: ListClustersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listClusters (``arn:aws:states:::aws-sdk:ecs:listClusters``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listClusters", parameters, pattern, options)


def list_container_instances(
    name: str,
    parameters: ListContainerInstancesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listContainerInstances (``arn:aws:states:::aws-sdk:ecs:listContainerInstances``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listContainerInstances", parameters, pattern, options)


def list_daemon_deployments(
    name: str,
    parameters: ListDaemonDeploymentsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listDaemonDeployments (``arn:aws:states:::aws-sdk:ecs:listDaemonDeployments``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listDaemonDeployments", parameters, pattern, options)


def list_daemon_task_definitions(
    name: str,
    parameters: ListDaemonTaskDefinitionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listDaemonTaskDefinitions (``arn:aws:states:::aws-sdk:ecs:listDaemonTaskDefinitions``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listDaemonTaskDefinitions", parameters, pattern, options)


def list_daemons(
    name: str,
    parameters: ListDaemonsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listDaemons (``arn:aws:states:::aws-sdk:ecs:listDaemons``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listDaemons", parameters, pattern, options)


def list_gateway_cluster_associations(
    name: str,
    parameters: ListGatewayClusterAssociationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listGatewayClusterAssociations (``arn:aws:states:::aws-sdk:ecs:listGatewayClusterAssociations``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listGatewayClusterAssociations", parameters, pattern, options)


def list_gateway_routes(
    name: str,
    parameters: ListGatewayRoutesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listGatewayRoutes (``arn:aws:states:::aws-sdk:ecs:listGatewayRoutes``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listGatewayRoutes", parameters, pattern, options)


def list_gateways(
    name: str,
    parameters: ListGatewaysParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listGateways (``arn:aws:states:::aws-sdk:ecs:listGateways``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listGateways", parameters, pattern, options)


def list_service_deployments(
    name: str,
    parameters: ListServiceDeploymentsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listServiceDeployments (``arn:aws:states:::aws-sdk:ecs:listServiceDeployments``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listServiceDeployments", parameters, pattern, options)


def list_services(
    name: str,
    parameters: ListServicesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listServices (``arn:aws:states:::aws-sdk:ecs:listServices``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listServices", parameters, pattern, options)


def list_services_by_namespace(
    name: str,
    parameters: ListServicesByNamespaceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listServicesByNamespace (``arn:aws:states:::aws-sdk:ecs:listServicesByNamespace``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listServicesByNamespace", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listTagsForResource (``arn:aws:states:::aws-sdk:ecs:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listTagsForResource", parameters, pattern, options)


def list_task_definition_families(
    name: str,
    parameters: ListTaskDefinitionFamiliesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listTaskDefinitionFamilies (``arn:aws:states:::aws-sdk:ecs:listTaskDefinitionFamilies``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listTaskDefinitionFamilies", parameters, pattern, options)


def list_task_definitions(
    name: str,
    parameters: ListTaskDefinitionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listTaskDefinitions (``arn:aws:states:::aws-sdk:ecs:listTaskDefinitions``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listTaskDefinitions", parameters, pattern, options)


def list_tasks(
    name: str,
    parameters: ListTasksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:listTasks (``arn:aws:states:::aws-sdk:ecs:listTasks``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:listTasks", parameters, pattern, options)


def put_account_setting(
    name: str,
    parameters: PutAccountSettingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:putAccountSetting (``arn:aws:states:::aws-sdk:ecs:putAccountSetting``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:putAccountSetting", parameters, pattern, options)


def put_account_setting_default(
    name: str,
    parameters: PutAccountSettingDefaultParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:putAccountSettingDefault (``arn:aws:states:::aws-sdk:ecs:putAccountSettingDefault``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:putAccountSettingDefault", parameters, pattern, options)


def put_attributes(
    name: str,
    parameters: PutAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:putAttributes (``arn:aws:states:::aws-sdk:ecs:putAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:putAttributes", parameters, pattern, options)


def put_cluster_capacity_providers(
    name: str,
    parameters: PutClusterCapacityProvidersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:putClusterCapacityProviders (``arn:aws:states:::aws-sdk:ecs:putClusterCapacityProviders``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:putClusterCapacityProviders", parameters, pattern, options)


def register_container_instance(
    name: str,
    parameters: RegisterContainerInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:registerContainerInstance (``arn:aws:states:::aws-sdk:ecs:registerContainerInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:registerContainerInstance", parameters, pattern, options)


def register_daemon_task_definition(
    name: str,
    parameters: RegisterDaemonTaskDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:registerDaemonTaskDefinition (``arn:aws:states:::aws-sdk:ecs:registerDaemonTaskDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:registerDaemonTaskDefinition", parameters, pattern, options)


def register_task_definition(
    name: str,
    parameters: RegisterTaskDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:registerTaskDefinition (``arn:aws:states:::aws-sdk:ecs:registerTaskDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:registerTaskDefinition", parameters, pattern, options)


def run_task(
    name: str,
    parameters: RunTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:runTask (``arn:aws:states:::aws-sdk:ecs:runTask``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:runTask", parameters, pattern, options)


def start_task(
    name: str,
    parameters: StartTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:startTask (``arn:aws:states:::aws-sdk:ecs:startTask``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:startTask", parameters, pattern, options)


def stop_service_deployment(
    name: str,
    parameters: StopServiceDeploymentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:stopServiceDeployment (``arn:aws:states:::aws-sdk:ecs:stopServiceDeployment``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:stopServiceDeployment", parameters, pattern, options)


def stop_task(
    name: str,
    parameters: StopTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:stopTask (``arn:aws:states:::aws-sdk:ecs:stopTask``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:stopTask", parameters, pattern, options)


def submit_attachment_state_changes(
    name: str,
    parameters: SubmitAttachmentStateChangesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:submitAttachmentStateChanges (``arn:aws:states:::aws-sdk:ecs:submitAttachmentStateChanges``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:submitAttachmentStateChanges", parameters, pattern, options)


def submit_container_state_change(
    name: str,
    parameters: SubmitContainerStateChangeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:submitContainerStateChange (``arn:aws:states:::aws-sdk:ecs:submitContainerStateChange``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:submitContainerStateChange", parameters, pattern, options)


def submit_task_state_change(
    name: str,
    parameters: SubmitTaskStateChangeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:submitTaskStateChange (``arn:aws:states:::aws-sdk:ecs:submitTaskStateChange``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:submitTaskStateChange", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:tagResource (``arn:aws:states:::aws-sdk:ecs:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:tagResource", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:untagResource (``arn:aws:states:::aws-sdk:ecs:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:untagResource", parameters, pattern, options)


def update_capacity_provider(
    name: str,
    parameters: UpdateCapacityProviderParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateCapacityProvider (``arn:aws:states:::aws-sdk:ecs:updateCapacityProvider``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateCapacityProvider", parameters, pattern, options)


def update_cluster(
    name: str,
    parameters: UpdateClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateCluster (``arn:aws:states:::aws-sdk:ecs:updateCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateCluster", parameters, pattern, options)


def update_cluster_settings(
    name: str,
    parameters: UpdateClusterSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateClusterSettings (``arn:aws:states:::aws-sdk:ecs:updateClusterSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateClusterSettings", parameters, pattern, options)


def update_container_agent(
    name: str,
    parameters: UpdateContainerAgentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateContainerAgent (``arn:aws:states:::aws-sdk:ecs:updateContainerAgent``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateContainerAgent", parameters, pattern, options)


def update_container_instances_state(
    name: str,
    parameters: UpdateContainerInstancesStateParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateContainerInstancesState (``arn:aws:states:::aws-sdk:ecs:updateContainerInstancesState``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateContainerInstancesState", parameters, pattern, options)


def update_daemon(
    name: str,
    parameters: UpdateDaemonParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateDaemon (``arn:aws:states:::aws-sdk:ecs:updateDaemon``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateDaemon", parameters, pattern, options)


def update_express_gateway_service(
    name: str,
    parameters: UpdateExpressGatewayServiceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateExpressGatewayService (``arn:aws:states:::aws-sdk:ecs:updateExpressGatewayService``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateExpressGatewayService", parameters, pattern, options)


def update_gateway(
    name: str,
    parameters: UpdateGatewayParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateGateway (``arn:aws:states:::aws-sdk:ecs:updateGateway``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateGateway", parameters, pattern, options)


def update_service(
    name: str,
    parameters: UpdateServiceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateService (``arn:aws:states:::aws-sdk:ecs:updateService``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateService", parameters, pattern, options)


def update_service_primary_task_set(
    name: str,
    parameters: UpdateServicePrimaryTaskSetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateServicePrimaryTaskSet (``arn:aws:states:::aws-sdk:ecs:updateServicePrimaryTaskSet``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateServicePrimaryTaskSet", parameters, pattern, options)


def update_task_protection(
    name: str,
    parameters: UpdateTaskProtectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateTaskProtection (``arn:aws:states:::aws-sdk:ecs:updateTaskProtection``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateTaskProtection", parameters, pattern, options)


def update_task_set(
    name: str,
    parameters: UpdateTaskSetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ecs:updateTaskSet (``arn:aws:states:::aws-sdk:ecs:updateTaskSet``); the parameters are checked against its API model."""
    return sdk_task(name, "ecs:updateTaskSet", parameters, pattern, options)


__all__ = [
    "associate_gateway_with_cluster",
    "continue_service_deployment",
    "create_capacity_provider",
    "create_cluster",
    "create_daemon",
    "create_express_gateway_service",
    "create_gateway",
    "create_service",
    "create_task_set",
    "delete_account_setting",
    "delete_attributes",
    "delete_capacity_provider",
    "delete_cluster",
    "delete_daemon",
    "delete_daemon_task_definition",
    "delete_express_gateway_service",
    "delete_gateway",
    "delete_service",
    "delete_task_definitions",
    "delete_task_set",
    "deregister_container_instance",
    "deregister_task_definition",
    "describe_capacity_providers",
    "describe_clusters",
    "describe_container_instances",
    "describe_daemon",
    "describe_daemon_deployments",
    "describe_daemon_revisions",
    "describe_daemon_task_definition",
    "describe_express_gateway_service",
    "describe_gateway",
    "describe_gateway_resources",
    "describe_gateway_route",
    "describe_service_deployments",
    "describe_service_revisions",
    "describe_services",
    "describe_task_definition",
    "describe_task_sets",
    "describe_tasks",
    "disassociate_gateway_from_cluster",
    "discover_poll_endpoint",
    "execute_command",
    "get_task_protection",
    "list_account_settings",
    "list_attributes",
    "list_clusters",
    "list_container_instances",
    "list_daemon_deployments",
    "list_daemon_task_definitions",
    "list_daemons",
    "list_gateway_cluster_associations",
    "list_gateway_routes",
    "list_gateways",
    "list_service_deployments",
    "list_services",
    "list_services_by_namespace",
    "list_tags_for_resource",
    "list_task_definition_families",
    "list_task_definitions",
    "list_tasks",
    "put_account_setting",
    "put_account_setting_default",
    "put_attributes",
    "put_cluster_capacity_providers",
    "register_container_instance",
    "register_daemon_task_definition",
    "register_task_definition",
    "run_task",
    "start_task",
    "stop_service_deployment",
    "stop_task",
    "submit_attachment_state_changes",
    "submit_container_state_change",
    "submit_task_state_change",
    "tag_resource",
    "untag_resource",
    "update_capacity_provider",
    "update_cluster",
    "update_cluster_settings",
    "update_container_agent",
    "update_container_instances_state",
    "update_daemon",
    "update_express_gateway_service",
    "update_gateway",
    "update_service",
    "update_service_primary_task_set",
    "update_task_protection",
    "update_task_set",
]
