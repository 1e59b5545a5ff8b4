"""Amazon S3: buckets, objects, access points, copies, and what writes with KMS keys and tags need."""

from __future__ import annotations

from urllib.parse import unquote

from sfdsl._iam import _sdk
from sfdsl._iam._cfn import (
    Cfn,
    getatt,
    literal,
    sub,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _S3_URI, _dynamic, _lookup, _missing


def _bucket(env: Env, task: Task, action: str) -> tuple[Cfn | None, Cfn | None]:
    """``(bucket ARN, bucket value)``; a run-time bucket gives every bucket."""
    arg, value = _lookup(env, task, "Bucket")
    if arg.dynamic:
        _dynamic(env, arg, action, "every bucket")
        return sub("arn:", env.partition, ":s3:::*"), None
    if value is None:
        _missing(env, arg, action)
        return None, None
    ga = getatt(value)
    if ga is not None and ga[1] == "Arn":
        return value, value
    lit = literal(value)
    if lit is not None and lit.startswith("arn:"):
        # An access point (or Object Lambda access point) ARN given as the bucket.
        return lit, value
    return sub("arn:", env.partition, ":s3:::", value), value


def _in_bucket(bucket: Cfn, *key: Cfn) -> Cfn:
    """An object ARN: ``<bucket>/<key>``, or ``<access point>/object/<key>``."""
    lit = literal(bucket)
    joint = "/object/" if lit is not None and lit.startswith("arn:") else "/"
    return sub(bucket, joint, *key)


def _is_object_action(action: str) -> bool:
    """Whether an ``s3:`` action applies to objects (else to the bucket)."""
    name = action.removeprefix("s3:")
    return "Bucket" not in name and (
        "Object" in name or name in ("AbortMultipartUpload", "ListMultipartUploadParts")
    )


def _copy_source(env: Env, task: Task) -> list[Grant]:
    """``s3:GetObject`` (``s3:GetObjectVersion`` for a versionId) on CopySource."""
    source = task.args.get("CopySource")
    value = env.value(source) if source.static else None
    text = literal(value) if value is not None else None
    if value is None or (text is None and not isinstance(value, dict)):
        if source.dynamic:
            _dynamic(env, source, "s3:GetObject", "every object")
        return [grant("s3:GetObject", sub("arn:", env.partition, ":s3:::*"))]
    if text is None:
        return [grant("s3:GetObject", sub("arn:", env.partition, ":s3:::", value))]
    path, _, query = unquote(text).lstrip("/").partition("?")
    action = "s3:GetObjectVersion" if "versionId=" in query else "s3:GetObject"
    if path.startswith("arn:"):
        return [grant(action, path)]
    return [grant(action, sub("arn:", env.partition, f":s3:::{path}"))]


def _object(
    env: Env, task: Task, bucket: Cfn, param: str, action: str, *, prefix: bool = False
) -> Cfn:
    arg, value = _lookup(env, task, param)
    if arg.dynamic:
        _dynamic(env, arg, action, "every object of the bucket")
        return _in_bucket(bucket, "*")
    if value is None:
        return _in_bucket(bucket, "*")
    return _in_bucket(bucket, value, "*" if prefix else "")


def s3(env: Env, task: Task) -> list[Grant]:
    """Bucket and object ARNs from Bucket and Key (``<bucket>/<key>``, or an access point's
    ``/object/<key>``), ``s3:prefix`` for listings, CopySource for copies and the KMS key and
    tagging a write needs (the reference's ``${BucketName}/${ObjectName}`` is named by no API
    parameter):
    https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
    """
    api = task.api
    if task.sdk and task.args.get("Bucket").kind == "absent":
        return []
    actions = tuple(f"s3:{a}" for a in _sdk.iam_actions("s3", api))
    bucket, _ = _bucket(env, task, actions[0])
    if bucket is None:
        return []
    grants: list[Grant] = []
    if task.part == "writer":
        writer = (
            "s3:PutObject",
            "s3:GetObject",
            "s3:ListMultipartUploadParts",
            "s3:AbortMultipartUpload",
        )
        _, prefix = _lookup(env, task, "Prefix")
        where = sub(bucket, "/", prefix, "/*") if prefix is not None else sub(bucket, "/*")
        grants.append(grant(writer, where))
        grants.extend(
            env.bucket_key_grants(task, ("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"))
        )
        return grants
    if api in ("listObjectsV2", "listObjects", "listObjectVersions", "headBucket"):
        _, prefix = _lookup(env, task, "Prefix")
        condition = (("StringLike", "s3:prefix", sub(prefix, "*")),) if prefix is not None else ()
        grants.append(grant(actions, bucket, condition=condition))
        if task.part == "reader":
            objects = sub(bucket, "/", prefix, "*") if prefix is not None else sub(bucket, "/*")
            grants.append(grant("s3:GetObject", objects))
    elif api in ("copyObject", "uploadPartCopy"):
        objects = _object(env, task, bucket, "Key", "s3:PutObject")
        grants.append(grant("s3:PutObject", objects))
        grants.extend(_copy_source(env, task))
        grants.extend(s3_write_extras(env, task, objects))
    elif any(_is_object_action(a) for a in actions):
        objects = _object(env, task, bucket, "Key", actions[0])
        grants.append(grant(actions, objects))
        grants.extend(s3_write_extras(env, task, objects))
    else:
        grants.append(grant(actions, bucket))
    if task.part == "reader":
        grants.extend(env.bucket_key_grants(task, ("kms:Decrypt",)))
    return grants


def _s3_uri(env: Env, task: Task, name: str, action: str, suffix: str) -> list[Grant]:
    arg, value = _lookup(env, task, name)
    if arg.dynamic:
        _dynamic(env, arg, action, "every object of every bucket")
        return [grant(action, sub("arn:", env.partition, ":s3:::*"))]
    text = literal(value) if value is not None else None
    if text is not None and (m := _S3_URI.fullmatch(text)):
        return [grant(action, sub("arn:", env.partition, f":s3:::{m[1]}/{m[2]}{suffix}"))]
    if value is not None:
        env.fail(arg.path, f"expected an S3 URI s3://bucket/key, got {text or value!r}")
    return []


#: S3 calls that encrypt what they write with ``SSEKMSKeyId`` need the key:
#: https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#require-sse-kms
_S3_KMS_WRITES = frozenset({"putObject", "copyObject", "createMultipartUpload", "uploadPart"})


#: S3 calls that tag the object they write with ``Tagging`` need s3:PutObjectTagging:
#: https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (x-amz-tagging)
_S3_TAGGING_WRITES = frozenset({"putObject", "copyObject", "createMultipartUpload"})


def s3_write_extras(env: Env, task: Task, objects: Cfn) -> list[Grant]:
    """kms:GenerateDataKey and kms:Decrypt on ``SSEKMSKeyId``; s3:PutObjectTagging for
    ``Tagging``."""
    grants: list[Grant] = []
    if task.api in _S3_KMS_WRITES:
        arg, key_id = _lookup(env, task, "SSEKMSKeyId")
        actions = ("kms:Decrypt", "kms:GenerateDataKey")
        if arg.dynamic:
            _dynamic(env, arg, "kms:GenerateDataKey", "every key in the account and region")
            grants.append(grant(actions, env.arn("kms", "key/*")))
        elif key_id is not None:
            text = literal(key_id)
            if text is not None and not text.startswith("arn:"):
                key_id = env.arn("kms", text if text.startswith("alias/") else f"key/{text}")
            grants.append(grant(actions, key_id))
    if task.api in _S3_TAGGING_WRITES and task.args.get("Tagging").kind != "absent":
        grants.append(grant("s3:PutObjectTagging", objects))
    return grants
