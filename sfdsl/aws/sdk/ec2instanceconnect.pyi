"""Typed builders of the AWS SDK integration of ec2instanceconnect (``aws-sdk:ec2instanceconnect:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

SendSSHPublicKeyParameters = TypedDict(
    "SendSSHPublicKeyParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "InstanceOSUser": S,
        "InstanceOSUser.$": str,
        "SshPublicKey": S,
        "SshPublicKey.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
    },
    total=False,
)
SendSerialConsoleSSHPublicKeyParameters = TypedDict(
    "SendSerialConsoleSSHPublicKeyParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "SerialPort": I,
        "SerialPort.$": str,
        "SshPublicKey": S,
        "SshPublicKey.$": str,
    },
    total=False,
)
send_ssh_public_key: Builder[SendSSHPublicKeyParameters]
send_serial_console_ssh_public_key: Builder[SendSerialConsoleSSHPublicKeyParameters]

__all__ = ["send_serial_console_ssh_public_key", "send_ssh_public_key"]
