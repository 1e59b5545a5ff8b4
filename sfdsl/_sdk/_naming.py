"""Step Functions' names for AWS SDK services, actions and parameters, derived from the API models.

Step Functions runs AWS SDK integrations with the AWS SDK for Java v2 and spells every name the
way that SDK's code generator does, not as the API models (and botocore) do:

- the service in ``arn:aws:states:::aws-sdk:<service>:<action>`` is the Java client's package
  name: the model's ``serviceId`` in PascalCase, without a leading ``Amazon``/``Aws`` and a
  trailing ``Service``, in lowercase (``CloudWatch Logs`` -> ``cloudwatchlogs``, ``SFN`` ->
  ``sfn``); the same PascalCase name, unchanged, is the prefix of the service's error names
  (``DynamoDb.ConditionalCheckFailedException``);
- the action is the operation name with its first letter in lowercase (``describeDBInstances``);
- a parameter is the Java member name with its first letter in uppercase: the leading capitals
  of the model's member name are lowercased up to the last one that starts a word
  (``DBInstanceIdentifier`` -> ``DbInstanceIdentifier``, ``SSEKMSKeyId`` -> ``SsekmsKeyId``),
  and a member whose Java name is a Java keyword or a reserved method gets ``Value`` appended
  (``Equals`` -> ``EqualsValue``).

See https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html (API
naming conventions, error names) and the AWS SDK for Java v2 code generator's naming strategy.
"""

from __future__ import annotations

import functools
import re
from typing import Final

_JAVA_KEYWORDS: Final = frozenset(
    [
        "abstract",
        "assert",
        "boolean",
        "break",
        "byte",
        "case",
        "catch",
        "char",
        "class",
        "const",
        "continue",
        "default",
        "do",
        "double",
        "else",
        "enum",
        "extends",
        "false",
        "final",
        "finally",
        "float",
        "for",
        "goto",
        "if",
        "implements",
        "import",
        "instanceof",
        "int",
        "interface",
        "long",
        "native",
        "new",
        "null",
        "package",
        "private",
        "protected",
        "public",
        "return",
        "short",
        "static",
        "strictfp",
        "super",
        "switch",
        "synchronized",
        "this",
        "throw",
        "throws",
        "transient",
        "true",
        "try",
        "void",
        "volatile",
        "while",
    ]
)
# Methods every generated Java request class already has (Object's, and the SDK builder's).
_RESERVED_METHODS: Final = frozenset(
    [
        "equals",
        "finalize",
        "getClass",
        "hashCode",
        "notify",
        "notifyAll",
        "toString",
        "wait",
        "builder",
        "sdkFields",
        "toBuilder",
        "overrideConfiguration",
        "sdkHttpResponse",
    ]
)


def _java_uncapitalize(name: str) -> str:
    # Lowercase the first letter, then each following capital that is not the start of a word
    # (a capital followed by a lowercase letter starts one).
    i = 1
    while i < len(name) and name[i].isupper() and not (i + 1 < len(name) and name[i + 1].islower()):
        i += 1
    return name[:i].lower() + name[i:]


@functools.lru_cache(maxsize=8192)
def member_name(model_name: str) -> str:
    """The name Step Functions uses for an API model member (a parameter or a structure field).

    Example:
        >>> member_name("DBInstanceIdentifier"), member_name("SSEKMSKeyId"), member_name("Equals")
        ('DbInstanceIdentifier', 'SsekmsKeyId', 'EqualsValue')
        >>> member_name("TableName"), member_name("maxResults")
        ('TableName', 'MaxResults')
    """
    java = _java_uncapitalize(model_name)
    if java.lower() in _JAVA_KEYWORDS or java in _RESERVED_METHODS:
        java = _java_uncapitalize(java + "Value")
    return java[:1].upper() + java[1:]


def action_name(operation: str) -> str:
    """The action Step Functions names in the resource ARN for an API operation.

    Example:
        >>> action_name("DescribeDBInstances"), action_name("ListObjectsV2")
        ('describeDBInstances', 'listObjectsV2')
    """
    return operation[:1].lower() + operation[1:]


def _words(text: str) -> list[str]:
    # The code generator's word boundaries: non-alphanumerics, version suffixes (v2), camelCase
    # humps, the end of an acronym (ACMSuccess), and a digit followed by a letter.
    text = re.sub(r"[^A-Za-z0-9]+", " ", text)
    text = re.sub(r"([^a-z]{2,})v([0-9]+)", r"\1 v\2 ", text)
    text = re.sub(r"([^A-Z]{2,})V([0-9]+)", r"\1 V\2 ", text)
    text = re.sub(r"(?<=[a-z])(?=[A-Z][a-zA-Z0-9])", " ", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)
    text = re.sub(r"([0-9])([a-zA-Z])", r"\1 \2", text)
    return text.split()


def service_prefix(service_id: str) -> str:
    """The PascalCase service name that prefixes the service's error names in Step Functions.

    Example:
        >>> service_prefix("DynamoDB"), service_prefix("ACM PCA"), service_prefix("Config Service")
        ('DynamoDb', 'AcmPca', 'Config')
    """
    name = "".join(w.capitalize() for w in _words(service_id))
    for lead in ("Amazon", "Aws"):
        name = name.removeprefix(lead)
    return name.removesuffix("Service")


def service_name(service_id: str) -> str:
    """The service as the ``aws-sdk`` resource ARN names it.

    Example:
        >>> service_name("CloudWatch Logs"), service_name("SFN"), service_name("Elastic Load Balancing v2")
        ('cloudwatchlogs', 'sfn', 'elasticloadbalancingv2')
    """
    return service_prefix(service_id).lower()


__all__ = ["action_name", "member_name", "service_name", "service_prefix"]
