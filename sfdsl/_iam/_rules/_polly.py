"""Amazon Polly: what a speech synthesis task needs besides its own action."""

from __future__ import annotations

from sfdsl._iam._cfn import (
    sub,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _lookup


def polly_synthesis_task(env: Env, task: Task) -> list[Grant]:
    """What ``StartSpeechSynthesisTask`` needs besides itself: Polly writes the audio to
    ``OutputS3BucketName`` (under ``OutputS3KeyPrefix``) and notifies ``SnsTopicArn`` with the
    caller's permissions:
    https://docs.aws.amazon.com/polly/latest/dg/API_StartSpeechSynthesisTask.html
    """
    grants: list[Grant] = []
    arg, bucket = _lookup(env, task, "OutputS3BucketName")
    if arg.dynamic:
        _dynamic(env, arg, "s3:PutObject", "every object of every bucket")
        grants.append(grant("s3:PutObject", sub("arn:", env.partition, ":s3:::*/*")))
    elif bucket is not None:
        key_arg, prefix = _lookup(env, task, "OutputS3KeyPrefix")
        start = prefix if prefix is not None and not key_arg.dynamic else ""
        grants.append(
            grant("s3:PutObject", sub("arn:", env.partition, ":s3:::", bucket, "/", start, "*"))
        )
    topic_arg, topic = _lookup(env, task, "SnsTopicArn")
    if topic_arg.dynamic:
        _dynamic(env, topic_arg, "sns:Publish", "every topic in the account and region")
        grants.append(grant("sns:Publish", env.arn("sns", "*")))
    elif topic is not None:
        grants.append(grant("sns:Publish", topic))
    return grants
