"""Typed builders of the AWS SDK integration of lambdamicrovms (``aws-sdk:lambdamicrovms:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class PortRange(TypedDict, total=False):
    StartPort: I
    EndPort: I

class Unit(TypedDict, total=False): ...

class PortSpecification(TypedDict, total=False):
    Port: I
    Range: X[PortRange]
    AllPorts: X[Unit]

CreateMicrovmAuthTokenParameters = TypedDict(
    "CreateMicrovmAuthTokenParameters",
    {
        "MicrovmIdentifier": S,
        "MicrovmIdentifier.$": str,
        "ExpirationInMinutes": I,
        "ExpirationInMinutes.$": str,
        "AllowedPorts": L[Xi[PortSpecification]],
        "AllowedPorts.$": str,
    },
    total=False,
)

class CodeArtifact(TypedDict, total=False):
    Uri: S

class LoggingDisabled(TypedDict, total=False): ...

class CloudWatchLogging(TypedDict, total=False):
    LogGroup: S
    LogStream: S

class Logging(TypedDict, total=False):
    Disabled: X[LoggingDisabled]
    CloudWatch: X[CloudWatchLogging]

class CpuConfiguration(TypedDict, total=False):
    Architecture: S

class Resources(TypedDict, total=False):
    MinimumMemoryInMiB: I

class MicrovmHooks(TypedDict, total=False):
    Run: S
    RunTimeoutInSeconds: I
    Resume: S
    ResumeTimeoutInSeconds: I
    Suspend: S
    SuspendTimeoutInSeconds: I
    Terminate: S
    TerminateTimeoutInSeconds: I

class MicrovmImageHooks(TypedDict, total=False):
    Ready: S
    ReadyTimeoutInSeconds: I
    Validate: S
    ValidateTimeoutInSeconds: I

class Hooks(TypedDict, total=False):
    Port: I
    MicrovmHooks: X[MicrovmHooks]
    MicrovmImageHooks: X[MicrovmImageHooks]

CreateMicrovmImageParameters = TypedDict(
    "CreateMicrovmImageParameters",
    {
        "BaseImageArn": S,
        "BaseImageArn.$": str,
        "BaseImageVersion": S,
        "BaseImageVersion.$": str,
        "BuildRoleArn": S,
        "BuildRoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "CodeArtifact": X[CodeArtifact],
        "CodeArtifact.$": str,
        "Logging": X[Logging],
        "Logging.$": str,
        "EgressNetworkConnectors": L[Si],
        "EgressNetworkConnectors.$": str,
        "CpuConfigurations": L[Xi[CpuConfiguration]],
        "CpuConfigurations.$": str,
        "Resources": L[Xi[Resources]],
        "Resources.$": str,
        "AdditionalOsCapabilities": L[Si],
        "AdditionalOsCapabilities.$": str,
        "Hooks": X[Hooks],
        "Hooks.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateMicrovmShellAuthTokenParameters = TypedDict(
    "CreateMicrovmShellAuthTokenParameters",
    {
        "MicrovmIdentifier": S,
        "MicrovmIdentifier.$": str,
        "ExpirationInMinutes": I,
        "ExpirationInMinutes.$": str,
    },
    total=False,
)
DeleteMicrovmImageParameters = TypedDict(
    "DeleteMicrovmImageParameters", {"ImageIdentifier": S, "ImageIdentifier.$": str}, total=False
)
DeleteMicrovmImageVersionParameters = TypedDict(
    "DeleteMicrovmImageVersionParameters",
    {"ImageIdentifier": S, "ImageIdentifier.$": str, "ImageVersion": S, "ImageVersion.$": str},
    total=False,
)
GetMicrovmParameters = TypedDict(
    "GetMicrovmParameters", {"MicrovmIdentifier": S, "MicrovmIdentifier.$": str}, total=False
)
GetMicrovmImageParameters = TypedDict(
    "GetMicrovmImageParameters", {"ImageIdentifier": S, "ImageIdentifier.$": str}, total=False
)
GetMicrovmImageBuildParameters = TypedDict(
    "GetMicrovmImageBuildParameters",
    {
        "ImageIdentifier": S,
        "ImageIdentifier.$": str,
        "ImageVersion": S,
        "ImageVersion.$": str,
        "BuildId": S,
        "BuildId.$": str,
    },
    total=False,
)
GetMicrovmImageVersionParameters = TypedDict(
    "GetMicrovmImageVersionParameters",
    {"ImageIdentifier": S, "ImageIdentifier.$": str, "ImageVersion": S, "ImageVersion.$": str},
    total=False,
)
ListManagedMicrovmImageVersionsParameters = TypedDict(
    "ListManagedMicrovmImageVersionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ImageIdentifier": S,
        "ImageIdentifier.$": str,
    },
    total=False,
)
ListManagedMicrovmImagesParameters = TypedDict(
    "ListManagedMicrovmImagesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMicrovmImageBuildsParameters = TypedDict(
    "ListMicrovmImageBuildsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ImageIdentifier": S,
        "ImageIdentifier.$": str,
        "ImageVersion": S,
        "ImageVersion.$": str,
        "Architecture": S,
        "Architecture.$": str,
        "Chipset": S,
        "Chipset.$": str,
        "ChipsetGeneration": S,
        "ChipsetGeneration.$": str,
    },
    total=False,
)
ListMicrovmImageVersionsParameters = TypedDict(
    "ListMicrovmImageVersionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ImageIdentifier": S,
        "ImageIdentifier.$": str,
    },
    total=False,
)
ListMicrovmImagesParameters = TypedDict(
    "ListMicrovmImagesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NameFilter": S,
        "NameFilter.$": str,
    },
    total=False,
)
ListMicrovmsParameters = TypedDict(
    "ListMicrovmsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ImageIdentifier": S,
        "ImageIdentifier.$": str,
        "ImageVersion": S,
        "ImageVersion.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters", {"Resource": S, "Resource.$": str}, total=False
)
ResumeMicrovmParameters = TypedDict(
    "ResumeMicrovmParameters", {"MicrovmIdentifier": S, "MicrovmIdentifier.$": str}, total=False
)

class IdlePolicy(TypedDict, total=False):
    MaxIdleDurationSeconds: I
    SuspendedDurationSeconds: I
    AutoResumeEnabled: B

RunMicrovmParameters = TypedDict(
    "RunMicrovmParameters",
    {
        "IngressNetworkConnectors": L[Si],
        "IngressNetworkConnectors.$": str,
        "EgressNetworkConnectors": L[Si],
        "EgressNetworkConnectors.$": str,
        "ImageIdentifier": S,
        "ImageIdentifier.$": str,
        "ImageVersion": S,
        "ImageVersion.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "IdlePolicy": X[IdlePolicy],
        "IdlePolicy.$": str,
        "Logging": X[Logging],
        "Logging.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "RunHookPayload": S,
        "RunHookPayload.$": str,
        "MaximumDurationInSeconds": I,
        "MaximumDurationInSeconds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SuspendMicrovmParameters = TypedDict(
    "SuspendMicrovmParameters", {"MicrovmIdentifier": S, "MicrovmIdentifier.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"Resource": S, "Resource.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TerminateMicrovmParameters = TypedDict(
    "TerminateMicrovmParameters", {"MicrovmIdentifier": S, "MicrovmIdentifier.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Resource": S, "Resource.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateMicrovmImageParameters = TypedDict(
    "UpdateMicrovmImageParameters",
    {
        "BaseImageArn": S,
        "BaseImageArn.$": str,
        "BaseImageVersion": S,
        "BaseImageVersion.$": str,
        "BuildRoleArn": S,
        "BuildRoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "CodeArtifact": X[CodeArtifact],
        "CodeArtifact.$": str,
        "Logging": X[Logging],
        "Logging.$": str,
        "EgressNetworkConnectors": L[Si],
        "EgressNetworkConnectors.$": str,
        "CpuConfigurations": L[Xi[CpuConfiguration]],
        "CpuConfigurations.$": str,
        "Resources": L[Xi[Resources]],
        "Resources.$": str,
        "AdditionalOsCapabilities": L[Si],
        "AdditionalOsCapabilities.$": str,
        "Hooks": X[Hooks],
        "Hooks.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "ImageIdentifier": S,
        "ImageIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateMicrovmImageVersionParameters = TypedDict(
    "UpdateMicrovmImageVersionParameters",
    {
        "ImageIdentifier": S,
        "ImageIdentifier.$": str,
        "ImageVersion": S,
        "ImageVersion.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
create_microvm_auth_token: Builder[CreateMicrovmAuthTokenParameters]
create_microvm_image: Builder[CreateMicrovmImageParameters]
create_microvm_shell_auth_token: Builder[CreateMicrovmShellAuthTokenParameters]
delete_microvm_image: Builder[DeleteMicrovmImageParameters]
delete_microvm_image_version: Builder[DeleteMicrovmImageVersionParameters]
get_microvm: Builder[GetMicrovmParameters]
get_microvm_image: Builder[GetMicrovmImageParameters]
get_microvm_image_build: Builder[GetMicrovmImageBuildParameters]
get_microvm_image_version: Builder[GetMicrovmImageVersionParameters]
list_managed_microvm_image_versions: Builder[ListManagedMicrovmImageVersionsParameters]
list_managed_microvm_images: Builder[ListManagedMicrovmImagesParameters]
list_microvm_image_builds: Builder[ListMicrovmImageBuildsParameters]
list_microvm_image_versions: Builder[ListMicrovmImageVersionsParameters]
list_microvm_images: Builder[ListMicrovmImagesParameters]
list_microvms: Builder[ListMicrovmsParameters]
list_tags: Builder[ListTagsParameters]
resume_microvm: Builder[ResumeMicrovmParameters]
run_microvm: Builder[RunMicrovmParameters]
suspend_microvm: Builder[SuspendMicrovmParameters]
tag_resource: Builder[TagResourceParameters]
terminate_microvm: Builder[TerminateMicrovmParameters]
untag_resource: Builder[UntagResourceParameters]
update_microvm_image: Builder[UpdateMicrovmImageParameters]
update_microvm_image_version: Builder[UpdateMicrovmImageVersionParameters]

__all__ = [
    "create_microvm_auth_token",
    "create_microvm_image",
    "create_microvm_shell_auth_token",
    "delete_microvm_image",
    "delete_microvm_image_version",
    "get_microvm",
    "get_microvm_image",
    "get_microvm_image_build",
    "get_microvm_image_version",
    "list_managed_microvm_image_versions",
    "list_managed_microvm_images",
    "list_microvm_image_builds",
    "list_microvm_image_versions",
    "list_microvm_images",
    "list_microvms",
    "list_tags",
    "resume_microvm",
    "run_microvm",
    "suspend_microvm",
    "tag_resource",
    "terminate_microvm",
    "untag_resource",
    "update_microvm_image",
    "update_microvm_image_version",
]
