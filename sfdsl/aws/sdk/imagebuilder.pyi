"""Typed builders of the AWS SDK integration of imagebuilder (``aws-sdk:imagebuilder:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

CancelImageCreationParameters = TypedDict(
    "CancelImageCreationParameters",
    {
        "ImageBuildVersionArn": S,
        "ImageBuildVersionArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CancelLifecycleExecutionParameters = TypedDict(
    "CancelLifecycleExecutionParameters",
    {
        "LifecycleExecutionId": S,
        "LifecycleExecutionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateComponentParameters = TypedDict(
    "CreateComponentParameters",
    {
        "Name": S,
        "Name.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "Description": S,
        "Description.$": str,
        "ChangeDescription": S,
        "ChangeDescription.$": str,
        "Platform": S,
        "Platform.$": str,
        "SupportedOsVersions": L[Si],
        "SupportedOsVersions.$": str,
        "Data": S,
        "Data.$": str,
        "Uri": S,
        "Uri.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ComponentParameter(TypedDict, total=False):
    Name: S
    Value: L[Si]

class ComponentConfiguration(TypedDict, total=False):
    ComponentArn: S
    Parameters: L[Xi[ComponentParameter]]

class EbsInstanceBlockDeviceSpecification(TypedDict, total=False):
    Encrypted: B
    DeleteOnTermination: B
    Iops: I
    KmsKeyId: S
    SnapshotId: S
    VolumeSize: I
    VolumeType: S
    Throughput: I

class InstanceBlockDeviceMapping(TypedDict, total=False):
    DeviceName: S
    Ebs: X[EbsInstanceBlockDeviceSpecification]
    VirtualName: S
    NoDevice: S

class InstanceConfiguration(TypedDict, total=False):
    Image: S
    BlockDeviceMappings: L[Xi[InstanceBlockDeviceMapping]]

class TargetContainerRepository(TypedDict, total=False):
    Service: S
    RepositoryName: S

CreateContainerRecipeParameters = TypedDict(
    "CreateContainerRecipeParameters",
    {
        "ContainerType": S,
        "ContainerType.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "Components": L[Xi[ComponentConfiguration]],
        "Components.$": str,
        "InstanceConfiguration": X[InstanceConfiguration],
        "InstanceConfiguration.$": str,
        "DockerfileTemplateData": S,
        "DockerfileTemplateData.$": str,
        "DockerfileTemplateUri": S,
        "DockerfileTemplateUri.$": str,
        "PlatformOverride": S,
        "PlatformOverride.$": str,
        "ImageOsVersionOverride": S,
        "ImageOsVersionOverride.$": str,
        "ParentImage": S,
        "ParentImage.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "WorkingDirectory": S,
        "WorkingDirectory.$": str,
        "TargetRepository": X[TargetContainerRepository],
        "TargetRepository.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class LaunchPermissionConfiguration(TypedDict, total=False):
    UserIds: L[Si]
    UserGroups: L[Si]
    OrganizationArns: L[Si]
    OrganizationalUnitArns: L[Si]

class AmiDistributionConfiguration(TypedDict, total=False):
    Name: S
    Description: S
    TargetAccountIds: L[Si]
    AmiTags: M[S]
    KmsKeyId: S
    LaunchPermission: X[LaunchPermissionConfiguration]

class ContainerDistributionConfiguration(TypedDict, total=False):
    Description: S
    ContainerTags: L[Si]
    TargetRepository: X[TargetContainerRepository]

class LaunchTemplateConfiguration(TypedDict, total=False):
    LaunchTemplateId: S
    AccountId: S
    SetDefaultVersion: B

class S3ExportConfiguration(TypedDict, total=False):
    RoleName: S
    DiskImageFormat: S
    S3Bucket: S
    S3Prefix: S

class FastLaunchSnapshotConfiguration(TypedDict, total=False):
    TargetResourceCount: I

class FastLaunchLaunchTemplateSpecification(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    LaunchTemplateVersion: S

class FastLaunchConfiguration(TypedDict, total=False):
    Enabled: B
    SnapshotConfiguration: X[FastLaunchSnapshotConfiguration]
    MaxParallelLaunches: I
    LaunchTemplate: X[FastLaunchLaunchTemplateSpecification]
    AccountId: S

class SsmParameterConfiguration(TypedDict, total=False):
    AmiAccountId: S
    ParameterName: S
    DataType: S

class Distribution(TypedDict, total=False):
    Region: S
    AmiDistributionConfiguration: X[AmiDistributionConfiguration]
    ContainerDistributionConfiguration: X[ContainerDistributionConfiguration]
    LicenseConfigurationArns: L[Si]
    LaunchTemplateConfigurations: L[Xi[LaunchTemplateConfiguration]]
    S3ExportConfiguration: X[S3ExportConfiguration]
    FastLaunchConfigurations: L[Xi[FastLaunchConfiguration]]
    SsmParameterConfigurations: L[Xi[SsmParameterConfiguration]]

CreateDistributionConfigurationParameters = TypedDict(
    "CreateDistributionConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Distributions": L[Xi[Distribution]],
        "Distributions.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ImageTestsConfiguration(TypedDict, total=False):
    ImageTestsEnabled: B
    TimeoutMinutes: I

class EcrConfiguration(TypedDict, total=False):
    RepositoryName: S
    ContainerTags: L[Si]

class ScanResultCondition(TypedDict, total=False):
    MaximumSeverityLabel: S
    FixAvailable: B

class ImageScanningConfiguration(TypedDict, total=False):
    ImageScanningEnabled: B
    EcrConfiguration: X[EcrConfiguration]
    ImageScanningTypes: L[Si]
    ScanResultCondition: X[ScanResultCondition]

class WorkflowParameter(TypedDict, total=False):
    Name: S
    Value: L[Si]

class WorkflowConfiguration(TypedDict, total=False):
    WorkflowArn: S
    Parameters: L[Xi[WorkflowParameter]]
    ParallelGroup: S
    OnFailure: S

class ImageLoggingConfiguration(TypedDict, total=False):
    LogGroupName: S

CreateImageParameters = TypedDict(
    "CreateImageParameters",
    {
        "ImageRecipeArn": S,
        "ImageRecipeArn.$": str,
        "ContainerRecipeArn": S,
        "ContainerRecipeArn.$": str,
        "DistributionConfigurationArn": S,
        "DistributionConfigurationArn.$": str,
        "InfrastructureConfigurationArn": S,
        "InfrastructureConfigurationArn.$": str,
        "ImageTestsConfiguration": X[ImageTestsConfiguration],
        "ImageTestsConfiguration.$": str,
        "EnhancedImageMetadataEnabled": B,
        "EnhancedImageMetadataEnabled.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ImageScanningConfiguration": X[ImageScanningConfiguration],
        "ImageScanningConfiguration.$": str,
        "Workflows": L[Xi[WorkflowConfiguration]],
        "Workflows.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "LoggingConfiguration": X[ImageLoggingConfiguration],
        "LoggingConfiguration.$": str,
    },
    total=False,
)

class AutoDisablePolicy(TypedDict, total=False):
    FailureCount: I

class Schedule(TypedDict, total=False):
    ScheduleExpression: S
    Timezone: S
    PipelineExecutionStartCondition: S
    AutoDisablePolicy: X[AutoDisablePolicy]

class PipelineLoggingConfiguration(TypedDict, total=False):
    ImageLogGroupName: S
    PipelineLogGroupName: S

CreateImagePipelineParameters = TypedDict(
    "CreateImagePipelineParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ImageRecipeArn": S,
        "ImageRecipeArn.$": str,
        "ContainerRecipeArn": S,
        "ContainerRecipeArn.$": str,
        "InfrastructureConfigurationArn": S,
        "InfrastructureConfigurationArn.$": str,
        "DistributionConfigurationArn": S,
        "DistributionConfigurationArn.$": str,
        "ImageTestsConfiguration": X[ImageTestsConfiguration],
        "ImageTestsConfiguration.$": str,
        "EnhancedImageMetadataEnabled": B,
        "EnhancedImageMetadataEnabled.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "Status": S,
        "Status.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ImageTags": M[S],
        "ImageTags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ImageScanningConfiguration": X[ImageScanningConfiguration],
        "ImageScanningConfiguration.$": str,
        "Workflows": L[Xi[WorkflowConfiguration]],
        "Workflows.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "LoggingConfiguration": X[PipelineLoggingConfiguration],
        "LoggingConfiguration.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class SystemsManagerAgent(TypedDict, total=False):
    UninstallAfterBuild: B

class AdditionalInstanceConfiguration(TypedDict, total=False):
    SystemsManagerAgent: X[SystemsManagerAgent]
    UserDataOverride: S

CreateImageRecipeParameters = TypedDict(
    "CreateImageRecipeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "Components": L[Xi[ComponentConfiguration]],
        "Components.$": str,
        "ParentImage": S,
        "ParentImage.$": str,
        "BlockDeviceMappings": L[Xi[InstanceBlockDeviceMapping]],
        "BlockDeviceMappings.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "WorkingDirectory": S,
        "WorkingDirectory.$": str,
        "AdditionalInstanceConfiguration": X[AdditionalInstanceConfiguration],
        "AdditionalInstanceConfiguration.$": str,
        "AmiTags": M[S],
        "AmiTags.$": str,
        "AmiWatermarks": L[Si],
        "AmiWatermarks.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class S3Logs(TypedDict, total=False):
    S3BucketName: S
    S3KeyPrefix: S

class Logging(TypedDict, total=False):
    S3Logs: X[S3Logs]

class InstanceMetadataOptions(TypedDict, total=False):
    HttpTokens: S
    HttpPutResponseHopLimit: I

class Placement(TypedDict, total=False):
    AvailabilityZone: S
    Tenancy: S
    HostId: S
    HostResourceGroupArn: S

class AutoScalingGroupConfiguration(TypedDict, total=False):
    Name: S
    CapacityWaitTimeoutSeconds: I

class ParentInstanceConfiguration(TypedDict, total=False):
    AutoScalingGroup: X[AutoScalingGroupConfiguration]

CreateInfrastructureConfigurationParameters = TypedDict(
    "CreateInfrastructureConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "InstanceTypes": L[Si],
        "InstanceTypes.$": str,
        "InstanceProfileName": S,
        "InstanceProfileName.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "Logging": X[Logging],
        "Logging.$": str,
        "KeyPair": S,
        "KeyPair.$": str,
        "TerminateInstanceOnFailure": B,
        "TerminateInstanceOnFailure.$": str,
        "TerminateInstanceOnCompletion": B,
        "TerminateInstanceOnCompletion.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "ResourceTags": M[S],
        "ResourceTags.$": str,
        "InstanceMetadataOptions": X[InstanceMetadataOptions],
        "InstanceMetadataOptions.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Placement": X[Placement],
        "Placement.$": str,
        "ParentInstance": X[ParentInstanceConfiguration],
        "ParentInstance.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class LifecyclePolicyDetailActionIncludeResources(TypedDict, total=False):
    Amis: B
    Snapshots: B
    Containers: B

class LifecyclePolicyDetailAction(TypedDict, total=False):
    Type: S
    IncludeResources: X[LifecyclePolicyDetailActionIncludeResources]

class LifecyclePolicyDetailFilter(TypedDict, total=False):
    Type: S
    Value: I
    Unit: S
    RetainAtLeast: I

class LifecyclePolicyDetailExclusionRulesAmisLastLaunched(TypedDict, total=False):
    Value: I
    Unit: S

class LifecyclePolicyDetailExclusionRulesAmis(TypedDict, total=False):
    IsPublic: B
    Regions: L[Si]
    SharedAccounts: L[Si]
    LastLaunched: X[LifecyclePolicyDetailExclusionRulesAmisLastLaunched]
    TagMap: M[S]

class LifecyclePolicyDetailExclusionRules(TypedDict, total=False):
    TagMap: M[S]
    Amis: X[LifecyclePolicyDetailExclusionRulesAmis]

class LifecyclePolicyDetail(TypedDict, total=False):
    Action: X[LifecyclePolicyDetailAction]
    Filter: X[LifecyclePolicyDetailFilter]
    ExclusionRules: X[LifecyclePolicyDetailExclusionRules]

class LifecyclePolicyResourceSelectionRecipe(TypedDict, total=False):
    Name: S
    SemanticVersion: S

class LifecyclePolicyResourceSelection(TypedDict, total=False):
    Recipes: L[Xi[LifecyclePolicyResourceSelectionRecipe]]
    TagMap: M[S]

CreateLifecyclePolicyParameters = TypedDict(
    "CreateLifecyclePolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "PolicyDetails": L[Xi[LifecyclePolicyDetail]],
        "PolicyDetails.$": str,
        "ResourceSelection": X[LifecyclePolicyResourceSelection],
        "ResourceSelection.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateWorkflowParameters = TypedDict(
    "CreateWorkflowParameters",
    {
        "Name": S,
        "Name.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "Description": S,
        "Description.$": str,
        "ChangeDescription": S,
        "ChangeDescription.$": str,
        "Data": S,
        "Data.$": str,
        "Uri": S,
        "Uri.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Type": S,
        "Type.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteComponentParameters = TypedDict(
    "DeleteComponentParameters",
    {"ComponentBuildVersionArn": S, "ComponentBuildVersionArn.$": str},
    total=False,
)
DeleteContainerRecipeParameters = TypedDict(
    "DeleteContainerRecipeParameters",
    {"ContainerRecipeArn": S, "ContainerRecipeArn.$": str},
    total=False,
)
DeleteDistributionConfigurationParameters = TypedDict(
    "DeleteDistributionConfigurationParameters",
    {"DistributionConfigurationArn": S, "DistributionConfigurationArn.$": str},
    total=False,
)
DeleteImageParameters = TypedDict(
    "DeleteImageParameters", {"ImageBuildVersionArn": S, "ImageBuildVersionArn.$": str}, total=False
)
DeleteImagePipelineParameters = TypedDict(
    "DeleteImagePipelineParameters", {"ImagePipelineArn": S, "ImagePipelineArn.$": str}, total=False
)
DeleteImageRecipeParameters = TypedDict(
    "DeleteImageRecipeParameters", {"ImageRecipeArn": S, "ImageRecipeArn.$": str}, total=False
)
DeleteInfrastructureConfigurationParameters = TypedDict(
    "DeleteInfrastructureConfigurationParameters",
    {"InfrastructureConfigurationArn": S, "InfrastructureConfigurationArn.$": str},
    total=False,
)
DeleteLifecyclePolicyParameters = TypedDict(
    "DeleteLifecyclePolicyParameters",
    {"LifecyclePolicyArn": S, "LifecyclePolicyArn.$": str},
    total=False,
)
DeleteWorkflowParameters = TypedDict(
    "DeleteWorkflowParameters",
    {"WorkflowBuildVersionArn": S, "WorkflowBuildVersionArn.$": str},
    total=False,
)
DistributeImageParameters = TypedDict(
    "DistributeImageParameters",
    {
        "SourceImage": S,
        "SourceImage.$": str,
        "DistributionConfigurationArn": S,
        "DistributionConfigurationArn.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LoggingConfiguration": X[ImageLoggingConfiguration],
        "LoggingConfiguration.$": str,
    },
    total=False,
)
GetComponentParameters = TypedDict(
    "GetComponentParameters",
    {"ComponentBuildVersionArn": S, "ComponentBuildVersionArn.$": str},
    total=False,
)
GetComponentPolicyParameters = TypedDict(
    "GetComponentPolicyParameters", {"ComponentArn": S, "ComponentArn.$": str}, total=False
)
GetContainerRecipeParameters = TypedDict(
    "GetContainerRecipeParameters",
    {"ContainerRecipeArn": S, "ContainerRecipeArn.$": str},
    total=False,
)
GetContainerRecipePolicyParameters = TypedDict(
    "GetContainerRecipePolicyParameters",
    {"ContainerRecipeArn": S, "ContainerRecipeArn.$": str},
    total=False,
)
GetDistributionConfigurationParameters = TypedDict(
    "GetDistributionConfigurationParameters",
    {"DistributionConfigurationArn": S, "DistributionConfigurationArn.$": str},
    total=False,
)
GetImageParameters = TypedDict(
    "GetImageParameters", {"ImageBuildVersionArn": S, "ImageBuildVersionArn.$": str}, total=False
)
GetImagePipelineParameters = TypedDict(
    "GetImagePipelineParameters", {"ImagePipelineArn": S, "ImagePipelineArn.$": str}, total=False
)
GetImagePolicyParameters = TypedDict(
    "GetImagePolicyParameters", {"ImageArn": S, "ImageArn.$": str}, total=False
)
GetImageRecipeParameters = TypedDict(
    "GetImageRecipeParameters", {"ImageRecipeArn": S, "ImageRecipeArn.$": str}, total=False
)
GetImageRecipePolicyParameters = TypedDict(
    "GetImageRecipePolicyParameters", {"ImageRecipeArn": S, "ImageRecipeArn.$": str}, total=False
)
GetInfrastructureConfigurationParameters = TypedDict(
    "GetInfrastructureConfigurationParameters",
    {"InfrastructureConfigurationArn": S, "InfrastructureConfigurationArn.$": str},
    total=False,
)
GetLifecycleExecutionParameters = TypedDict(
    "GetLifecycleExecutionParameters",
    {"LifecycleExecutionId": S, "LifecycleExecutionId.$": str},
    total=False,
)
GetLifecyclePolicyParameters = TypedDict(
    "GetLifecyclePolicyParameters",
    {"LifecyclePolicyArn": S, "LifecyclePolicyArn.$": str},
    total=False,
)
GetMarketplaceResourceParameters = TypedDict(
    "GetMarketplaceResourceParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ResourceLocation": S,
        "ResourceLocation.$": str,
    },
    total=False,
)
GetWorkflowParameters = TypedDict(
    "GetWorkflowParameters",
    {"WorkflowBuildVersionArn": S, "WorkflowBuildVersionArn.$": str},
    total=False,
)
GetWorkflowExecutionParameters = TypedDict(
    "GetWorkflowExecutionParameters",
    {"WorkflowExecutionId": S, "WorkflowExecutionId.$": str},
    total=False,
)
GetWorkflowStepExecutionParameters = TypedDict(
    "GetWorkflowStepExecutionParameters",
    {"StepExecutionId": S, "StepExecutionId.$": str},
    total=False,
)
ImportComponentParameters = TypedDict(
    "ImportComponentParameters",
    {
        "Name": S,
        "Name.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "Description": S,
        "Description.$": str,
        "ChangeDescription": S,
        "ChangeDescription.$": str,
        "Type": S,
        "Type.$": str,
        "Format": S,
        "Format.$": str,
        "Platform": S,
        "Platform.$": str,
        "Data": S,
        "Data.$": str,
        "Uri": S,
        "Uri.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class RegisterImageOptions(TypedDict, total=False):
    SecureBootEnabled: B
    UefiData: S

class WindowsConfiguration(TypedDict, total=False):
    ImageIndex: I

ImportDiskImageParameters = TypedDict(
    "ImportDiskImageParameters",
    {
        "Name": S,
        "Name.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "Description": S,
        "Description.$": str,
        "Platform": S,
        "Platform.$": str,
        "OsVersion": S,
        "OsVersion.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "InfrastructureConfigurationArn": S,
        "InfrastructureConfigurationArn.$": str,
        "Uri": S,
        "Uri.$": str,
        "LoggingConfiguration": X[ImageLoggingConfiguration],
        "LoggingConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RegisterImageOptions": X[RegisterImageOptions],
        "RegisterImageOptions.$": str,
        "WindowsConfiguration": X[WindowsConfiguration],
        "WindowsConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ImportVmImageParameters = TypedDict(
    "ImportVmImageParameters",
    {
        "Name": S,
        "Name.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "Description": S,
        "Description.$": str,
        "Platform": S,
        "Platform.$": str,
        "OsVersion": S,
        "OsVersion.$": str,
        "VmImportTaskId": S,
        "VmImportTaskId.$": str,
        "LoggingConfiguration": X[ImageLoggingConfiguration],
        "LoggingConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ListComponentBuildVersionsParameters = TypedDict(
    "ListComponentBuildVersionsParameters",
    {
        "ComponentVersionArn": S,
        "ComponentVersionArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListComponentsParameters = TypedDict(
    "ListComponentsParameters",
    {
        "Owner": S,
        "Owner.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ByName": B,
        "ByName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContainerRecipesParameters = TypedDict(
    "ListContainerRecipesParameters",
    {
        "Owner": S,
        "Owner.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDistributionConfigurationsParameters = TypedDict(
    "ListDistributionConfigurationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImageBuildVersionsParameters = TypedDict(
    "ListImageBuildVersionsParameters",
    {
        "ImageVersionArn": S,
        "ImageVersionArn.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImagePackagesParameters = TypedDict(
    "ListImagePackagesParameters",
    {
        "ImageBuildVersionArn": S,
        "ImageBuildVersionArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImagePipelineImagesParameters = TypedDict(
    "ListImagePipelineImagesParameters",
    {
        "ImagePipelineArn": S,
        "ImagePipelineArn.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImagePipelinesParameters = TypedDict(
    "ListImagePipelinesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImageRecipesParameters = TypedDict(
    "ListImageRecipesParameters",
    {
        "Owner": S,
        "Owner.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImageScanFindingAggregationsParameters = TypedDict(
    "ListImageScanFindingAggregationsParameters",
    {"Filter": X[Filter], "Filter.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ImageScanFindingsFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListImageScanFindingsParameters = TypedDict(
    "ListImageScanFindingsParameters",
    {
        "Filters": L[Xi[ImageScanFindingsFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImagesParameters = TypedDict(
    "ListImagesParameters",
    {
        "Owner": S,
        "Owner.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ByName": B,
        "ByName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeDeprecated": B,
        "IncludeDeprecated.$": str,
    },
    total=False,
)
ListInfrastructureConfigurationsParameters = TypedDict(
    "ListInfrastructureConfigurationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLifecycleExecutionResourcesParameters = TypedDict(
    "ListLifecycleExecutionResourcesParameters",
    {
        "LifecycleExecutionId": S,
        "LifecycleExecutionId.$": str,
        "ParentResourceId": S,
        "ParentResourceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLifecycleExecutionsParameters = TypedDict(
    "ListLifecycleExecutionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
ListLifecyclePoliciesParameters = TypedDict(
    "ListLifecyclePoliciesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
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
ListWaitingWorkflowStepsParameters = TypedDict(
    "ListWaitingWorkflowStepsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListWorkflowBuildVersionsParameters = TypedDict(
    "ListWorkflowBuildVersionsParameters",
    {
        "WorkflowVersionArn": S,
        "WorkflowVersionArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListWorkflowExecutionsParameters = TypedDict(
    "ListWorkflowExecutionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ImageBuildVersionArn": S,
        "ImageBuildVersionArn.$": str,
    },
    total=False,
)
ListWorkflowStepExecutionsParameters = TypedDict(
    "ListWorkflowStepExecutionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WorkflowExecutionId": S,
        "WorkflowExecutionId.$": str,
    },
    total=False,
)
ListWorkflowsParameters = TypedDict(
    "ListWorkflowsParameters",
    {
        "Owner": S,
        "Owner.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ByName": B,
        "ByName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutComponentPolicyParameters = TypedDict(
    "PutComponentPolicyParameters",
    {"ComponentArn": S, "ComponentArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
PutContainerRecipePolicyParameters = TypedDict(
    "PutContainerRecipePolicyParameters",
    {"ContainerRecipeArn": S, "ContainerRecipeArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
PutImagePolicyParameters = TypedDict(
    "PutImagePolicyParameters",
    {"ImageArn": S, "ImageArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
PutImageRecipePolicyParameters = TypedDict(
    "PutImageRecipePolicyParameters",
    {"ImageRecipeArn": S, "ImageRecipeArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RetryImageParameters = TypedDict(
    "RetryImageParameters",
    {
        "ImageBuildVersionArn": S,
        "ImageBuildVersionArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SendWorkflowStepActionParameters = TypedDict(
    "SendWorkflowStepActionParameters",
    {
        "StepExecutionId": S,
        "StepExecutionId.$": str,
        "ImageBuildVersionArn": S,
        "ImageBuildVersionArn.$": str,
        "Action": S,
        "Action.$": str,
        "Reason": S,
        "Reason.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartImagePipelineExecutionParameters = TypedDict(
    "StartImagePipelineExecutionParameters",
    {
        "ImagePipelineArn": S,
        "ImagePipelineArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ResourceState(TypedDict, total=False):
    Status: S

class ResourceStateUpdateIncludeResources(TypedDict, total=False):
    Amis: B
    Snapshots: B
    Containers: B

class ResourceStateUpdateExclusionRules(TypedDict, total=False):
    Amis: X[LifecyclePolicyDetailExclusionRulesAmis]

StartResourceStateUpdateParameters = TypedDict(
    "StartResourceStateUpdateParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "State": X[ResourceState],
        "State.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "IncludeResources": X[ResourceStateUpdateIncludeResources],
        "IncludeResources.$": str,
        "ExclusionRules": X[ResourceStateUpdateExclusionRules],
        "ExclusionRules.$": str,
        "UpdateAt": T,
        "UpdateAt.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
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
UpdateDistributionConfigurationParameters = TypedDict(
    "UpdateDistributionConfigurationParameters",
    {
        "DistributionConfigurationArn": S,
        "DistributionConfigurationArn.$": str,
        "Description": S,
        "Description.$": str,
        "Distributions": L[Xi[Distribution]],
        "Distributions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateImagePipelineParameters = TypedDict(
    "UpdateImagePipelineParameters",
    {
        "ImagePipelineArn": S,
        "ImagePipelineArn.$": str,
        "Description": S,
        "Description.$": str,
        "ImageRecipeArn": S,
        "ImageRecipeArn.$": str,
        "ContainerRecipeArn": S,
        "ContainerRecipeArn.$": str,
        "InfrastructureConfigurationArn": S,
        "InfrastructureConfigurationArn.$": str,
        "DistributionConfigurationArn": S,
        "DistributionConfigurationArn.$": str,
        "ImageTestsConfiguration": X[ImageTestsConfiguration],
        "ImageTestsConfiguration.$": str,
        "EnhancedImageMetadataEnabled": B,
        "EnhancedImageMetadataEnabled.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ImageScanningConfiguration": X[ImageScanningConfiguration],
        "ImageScanningConfiguration.$": str,
        "Workflows": L[Xi[WorkflowConfiguration]],
        "Workflows.$": str,
        "LoggingConfiguration": X[PipelineLoggingConfiguration],
        "LoggingConfiguration.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "ImageTags": M[S],
        "ImageTags.$": str,
    },
    total=False,
)
UpdateInfrastructureConfigurationParameters = TypedDict(
    "UpdateInfrastructureConfigurationParameters",
    {
        "InfrastructureConfigurationArn": S,
        "InfrastructureConfigurationArn.$": str,
        "Description": S,
        "Description.$": str,
        "InstanceTypes": L[Si],
        "InstanceTypes.$": str,
        "InstanceProfileName": S,
        "InstanceProfileName.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "Logging": X[Logging],
        "Logging.$": str,
        "KeyPair": S,
        "KeyPair.$": str,
        "TerminateInstanceOnFailure": B,
        "TerminateInstanceOnFailure.$": str,
        "TerminateInstanceOnCompletion": B,
        "TerminateInstanceOnCompletion.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "ResourceTags": M[S],
        "ResourceTags.$": str,
        "InstanceMetadataOptions": X[InstanceMetadataOptions],
        "InstanceMetadataOptions.$": str,
        "Placement": X[Placement],
        "Placement.$": str,
        "ParentInstance": X[ParentInstanceConfiguration],
        "ParentInstance.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateLifecyclePolicyParameters = TypedDict(
    "UpdateLifecyclePolicyParameters",
    {
        "LifecyclePolicyArn": S,
        "LifecyclePolicyArn.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "PolicyDetails": L[Xi[LifecyclePolicyDetail]],
        "PolicyDetails.$": str,
        "ResourceSelection": X[LifecyclePolicyResourceSelection],
        "ResourceSelection.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
cancel_image_creation: Builder[CancelImageCreationParameters]
cancel_lifecycle_execution: Builder[CancelLifecycleExecutionParameters]
create_component: Builder[CreateComponentParameters]
create_container_recipe: Builder[CreateContainerRecipeParameters]
create_distribution_configuration: Builder[CreateDistributionConfigurationParameters]
create_image: Builder[CreateImageParameters]
create_image_pipeline: Builder[CreateImagePipelineParameters]
create_image_recipe: Builder[CreateImageRecipeParameters]
create_infrastructure_configuration: Builder[CreateInfrastructureConfigurationParameters]
create_lifecycle_policy: Builder[CreateLifecyclePolicyParameters]
create_workflow: Builder[CreateWorkflowParameters]
delete_component: Builder[DeleteComponentParameters]
delete_container_recipe: Builder[DeleteContainerRecipeParameters]
delete_distribution_configuration: Builder[DeleteDistributionConfigurationParameters]
delete_image: Builder[DeleteImageParameters]
delete_image_pipeline: Builder[DeleteImagePipelineParameters]
delete_image_recipe: Builder[DeleteImageRecipeParameters]
delete_infrastructure_configuration: Builder[DeleteInfrastructureConfigurationParameters]
delete_lifecycle_policy: Builder[DeleteLifecyclePolicyParameters]
delete_workflow: Builder[DeleteWorkflowParameters]
distribute_image: Builder[DistributeImageParameters]
get_component: Builder[GetComponentParameters]
get_component_policy: Builder[GetComponentPolicyParameters]
get_container_recipe: Builder[GetContainerRecipeParameters]
get_container_recipe_policy: Builder[GetContainerRecipePolicyParameters]
get_distribution_configuration: Builder[GetDistributionConfigurationParameters]
get_image: Builder[GetImageParameters]
get_image_pipeline: Builder[GetImagePipelineParameters]
get_image_policy: Builder[GetImagePolicyParameters]
get_image_recipe: Builder[GetImageRecipeParameters]
get_image_recipe_policy: Builder[GetImageRecipePolicyParameters]
get_infrastructure_configuration: Builder[GetInfrastructureConfigurationParameters]
get_lifecycle_execution: Builder[GetLifecycleExecutionParameters]
get_lifecycle_policy: Builder[GetLifecyclePolicyParameters]
get_marketplace_resource: Builder[GetMarketplaceResourceParameters]
get_workflow: Builder[GetWorkflowParameters]
get_workflow_execution: Builder[GetWorkflowExecutionParameters]
get_workflow_step_execution: Builder[GetWorkflowStepExecutionParameters]
import_component: Builder[ImportComponentParameters]
import_disk_image: Builder[ImportDiskImageParameters]
import_vm_image: Builder[ImportVmImageParameters]
list_component_build_versions: Builder[ListComponentBuildVersionsParameters]
list_components: Builder[ListComponentsParameters]
list_container_recipes: Builder[ListContainerRecipesParameters]
list_distribution_configurations: Builder[ListDistributionConfigurationsParameters]
list_image_build_versions: Builder[ListImageBuildVersionsParameters]
list_image_packages: Builder[ListImagePackagesParameters]
list_image_pipeline_images: Builder[ListImagePipelineImagesParameters]
list_image_pipelines: Builder[ListImagePipelinesParameters]
list_image_recipes: Builder[ListImageRecipesParameters]
list_image_scan_finding_aggregations: Builder[ListImageScanFindingAggregationsParameters]
list_image_scan_findings: Builder[ListImageScanFindingsParameters]
list_images: Builder[ListImagesParameters]
list_infrastructure_configurations: Builder[ListInfrastructureConfigurationsParameters]
list_lifecycle_execution_resources: Builder[ListLifecycleExecutionResourcesParameters]
list_lifecycle_executions: Builder[ListLifecycleExecutionsParameters]
list_lifecycle_policies: Builder[ListLifecyclePoliciesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_waiting_workflow_steps: Builder[ListWaitingWorkflowStepsParameters]
list_workflow_build_versions: Builder[ListWorkflowBuildVersionsParameters]
list_workflow_executions: Builder[ListWorkflowExecutionsParameters]
list_workflow_step_executions: Builder[ListWorkflowStepExecutionsParameters]
list_workflows: Builder[ListWorkflowsParameters]
put_component_policy: Builder[PutComponentPolicyParameters]
put_container_recipe_policy: Builder[PutContainerRecipePolicyParameters]
put_image_policy: Builder[PutImagePolicyParameters]
put_image_recipe_policy: Builder[PutImageRecipePolicyParameters]
retry_image: Builder[RetryImageParameters]
send_workflow_step_action: Builder[SendWorkflowStepActionParameters]
start_image_pipeline_execution: Builder[StartImagePipelineExecutionParameters]
start_resource_state_update: Builder[StartResourceStateUpdateParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_distribution_configuration: Builder[UpdateDistributionConfigurationParameters]
update_image_pipeline: Builder[UpdateImagePipelineParameters]
update_infrastructure_configuration: Builder[UpdateInfrastructureConfigurationParameters]
update_lifecycle_policy: Builder[UpdateLifecyclePolicyParameters]

__all__ = [
    "cancel_image_creation",
    "cancel_lifecycle_execution",
    "create_component",
    "create_container_recipe",
    "create_distribution_configuration",
    "create_image",
    "create_image_pipeline",
    "create_image_recipe",
    "create_infrastructure_configuration",
    "create_lifecycle_policy",
    "create_workflow",
    "delete_component",
    "delete_container_recipe",
    "delete_distribution_configuration",
    "delete_image",
    "delete_image_pipeline",
    "delete_image_recipe",
    "delete_infrastructure_configuration",
    "delete_lifecycle_policy",
    "delete_workflow",
    "distribute_image",
    "get_component",
    "get_component_policy",
    "get_container_recipe",
    "get_container_recipe_policy",
    "get_distribution_configuration",
    "get_image",
    "get_image_pipeline",
    "get_image_policy",
    "get_image_recipe",
    "get_image_recipe_policy",
    "get_infrastructure_configuration",
    "get_lifecycle_execution",
    "get_lifecycle_policy",
    "get_marketplace_resource",
    "get_workflow",
    "get_workflow_execution",
    "get_workflow_step_execution",
    "import_component",
    "import_disk_image",
    "import_vm_image",
    "list_component_build_versions",
    "list_components",
    "list_container_recipes",
    "list_distribution_configurations",
    "list_image_build_versions",
    "list_image_packages",
    "list_image_pipeline_images",
    "list_image_pipelines",
    "list_image_recipes",
    "list_image_scan_finding_aggregations",
    "list_image_scan_findings",
    "list_images",
    "list_infrastructure_configurations",
    "list_lifecycle_execution_resources",
    "list_lifecycle_executions",
    "list_lifecycle_policies",
    "list_tags_for_resource",
    "list_waiting_workflow_steps",
    "list_workflow_build_versions",
    "list_workflow_executions",
    "list_workflow_step_executions",
    "list_workflows",
    "put_component_policy",
    "put_container_recipe_policy",
    "put_image_policy",
    "put_image_recipe_policy",
    "retry_image",
    "send_workflow_step_action",
    "start_image_pipeline_execution",
    "start_resource_state_update",
    "tag_resource",
    "untag_resource",
    "update_distribution_configuration",
    "update_image_pipeline",
    "update_infrastructure_configuration",
    "update_lifecycle_policy",
]
