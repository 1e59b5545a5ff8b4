"""Typed builders of the AWS SDK integration of sagemakeredge (``aws-sdk:sagemakeredge:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, L, S, T, X, Xi

GetDeploymentsParameters = TypedDict(
    "GetDeploymentsParameters",
    {"DeviceName": S, "DeviceName.$": str, "DeviceFleetName": S, "DeviceFleetName.$": str},
    total=False,
)
GetDeviceRegistrationParameters = TypedDict(
    "GetDeviceRegistrationParameters",
    {"DeviceName": S, "DeviceName.$": str, "DeviceFleetName": S, "DeviceFleetName.$": str},
    total=False,
)

class EdgeMetric(TypedDict, total=False):
    Dimension: S
    MetricName: S
    Value: F
    Timestamp: T

class Model(TypedDict, total=False):
    ModelName: S
    ModelVersion: S
    LatestSampleTime: T
    LatestInference: T
    ModelMetrics: L[Xi[EdgeMetric]]

class DeploymentModel(TypedDict, total=False):
    ModelHandle: S
    ModelName: S
    ModelVersion: S
    DesiredState: S
    State: S
    Status: S
    StatusReason: S
    RollbackFailureReason: S

class DeploymentResult(TypedDict, total=False):
    DeploymentName: S
    DeploymentStatus: S
    DeploymentStatusMessage: S
    DeploymentStartTime: T
    DeploymentEndTime: T
    DeploymentModels: L[Xi[DeploymentModel]]

SendHeartbeatParameters = TypedDict(
    "SendHeartbeatParameters",
    {
        "AgentMetrics": L[Xi[EdgeMetric]],
        "AgentMetrics.$": str,
        "Models": L[Xi[Model]],
        "Models.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "DeviceName": S,
        "DeviceName.$": str,
        "DeviceFleetName": S,
        "DeviceFleetName.$": str,
        "DeploymentResult": X[DeploymentResult],
        "DeploymentResult.$": str,
    },
    total=False,
)
get_deployments: Builder[GetDeploymentsParameters]
get_device_registration: Builder[GetDeviceRegistrationParameters]
send_heartbeat: Builder[SendHeartbeatParameters]

__all__ = ["get_deployments", "get_device_registration", "send_heartbeat"]
