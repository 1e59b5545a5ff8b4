"""Typed builders of the AWS SDK integration of sagemakerjobruntime (``aws-sdk:sagemakerjobruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Fi, L, S

CompleteRolloutParameters = TypedDict(
    "CompleteRolloutParameters",
    {
        "JobArn": S,
        "JobArn.$": str,
        "TrajectoryId": S,
        "TrajectoryId.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SampleParameters = TypedDict(
    "SampleParameters",
    {
        "JobArn": S,
        "JobArn.$": str,
        "TrajectoryId": S,
        "TrajectoryId.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
SampleWithResponseStreamParameters = TypedDict(
    "SampleWithResponseStreamParameters",
    {
        "JobArn": S,
        "JobArn.$": str,
        "TrajectoryId": S,
        "TrajectoryId.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
UpdateRewardParameters = TypedDict(
    "UpdateRewardParameters",
    {
        "JobArn": S,
        "JobArn.$": str,
        "TrajectoryId": S,
        "TrajectoryId.$": str,
        "Rewards": L[Fi],
        "Rewards.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
complete_rollout: Builder[CompleteRolloutParameters]
sample: Builder[SampleParameters]
sample_with_response_stream: Builder[SampleWithResponseStreamParameters]
update_reward: Builder[UpdateRewardParameters]

__all__ = ["complete_rollout", "sample", "sample_with_response_stream", "update_reward"]
