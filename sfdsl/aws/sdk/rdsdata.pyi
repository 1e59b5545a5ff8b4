"""Typed builders of the AWS SDK integration of rdsdata (``aws-sdk:rdsdata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Bi, Builder, F, Fi, I, Ii, L, Li, S, Si, X, Xi

class ArrayValue(TypedDict, total=False):
    BooleanValues: L[Bi]
    LongValues: L[Ii]
    DoubleValues: L[Fi]
    StringValues: L[Si]
    ArrayValues: L[Xi[ArrayValue]]

class Field(TypedDict, total=False):
    IsNull: B
    BooleanValue: B
    LongValue: I
    DoubleValue: F
    StringValue: S
    BlobValue: S
    ArrayValue: X[ArrayValue]

class SqlParameter(TypedDict, total=False):
    Name: S
    Value: X[Field]
    TypeHint: S

BatchExecuteStatementParameters = TypedDict(
    "BatchExecuteStatementParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "Sql": S,
        "Sql.$": str,
        "Database": S,
        "Database.$": str,
        "Schema": S,
        "Schema.$": str,
        "ParameterSets": L[Li[Xi[SqlParameter]]],
        "ParameterSets.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
    },
    total=False,
)
BeginTransactionParameters = TypedDict(
    "BeginTransactionParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "Database": S,
        "Database.$": str,
        "Schema": S,
        "Schema.$": str,
    },
    total=False,
)
CommitTransactionParameters = TypedDict(
    "CommitTransactionParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
    },
    total=False,
)

class ResultSetOptions(TypedDict, total=False):
    DecimalReturnType: S
    LongReturnType: S

ExecuteStatementParameters = TypedDict(
    "ExecuteStatementParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "Sql": S,
        "Sql.$": str,
        "Database": S,
        "Database.$": str,
        "Schema": S,
        "Schema.$": str,
        "Parameters": L[Xi[SqlParameter]],
        "Parameters.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "IncludeResultMetadata": B,
        "IncludeResultMetadata.$": str,
        "ContinueAfterTimeout": B,
        "ContinueAfterTimeout.$": str,
        "ResultSetOptions": X[ResultSetOptions],
        "ResultSetOptions.$": str,
        "FormatRecordsAs": S,
        "FormatRecordsAs.$": str,
    },
    total=False,
)
RollbackTransactionParameters = TypedDict(
    "RollbackTransactionParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
    },
    total=False,
)
batch_execute_statement: Builder[BatchExecuteStatementParameters]
begin_transaction: Builder[BeginTransactionParameters]
commit_transaction: Builder[CommitTransactionParameters]
execute_statement: Builder[ExecuteStatementParameters]
rollback_transaction: Builder[RollbackTransactionParameters]

__all__ = [
    "batch_execute_statement",
    "begin_transaction",
    "commit_transaction",
    "execute_statement",
    "rollback_transaction",
]
