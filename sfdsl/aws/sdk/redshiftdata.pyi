"""Typed builders of the AWS SDK integration of redshiftdata (``aws-sdk:redshiftdata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, Xi

class SqlParameter(TypedDict, total=False):
    Name: S
    Value: S

BatchExecuteStatementParameters = TypedDict(
    "BatchExecuteStatementParameters",
    {
        "Sqls": L[Si],
        "Sqls.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "DbUser": S,
        "DbUser.$": str,
        "Database": S,
        "Database.$": str,
        "WithEvent": B,
        "WithEvent.$": str,
        "StatementName": S,
        "StatementName.$": str,
        "Parameters": L[Xi[SqlParameter]],
        "Parameters.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ResultFormat": S,
        "ResultFormat.$": str,
        "SessionKeepAliveSeconds": I,
        "SessionKeepAliveSeconds.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ExecutionMode": S,
        "ExecutionMode.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
    },
    total=False,
)
CancelStatementParameters = TypedDict(
    "CancelStatementParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeStatementParameters = TypedDict(
    "DescribeStatementParameters",
    {"Id": S, "Id.$": str, "WaitTimeSeconds": I, "WaitTimeSeconds.$": str},
    total=False,
)
DescribeTableParameters = TypedDict(
    "DescribeTableParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "DbUser": S,
        "DbUser.$": str,
        "Database": S,
        "Database.$": str,
        "ConnectedDatabase": S,
        "ConnectedDatabase.$": str,
        "Schema": S,
        "Schema.$": str,
        "Table": S,
        "Table.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
    },
    total=False,
)
ExecuteStatementParameters = TypedDict(
    "ExecuteStatementParameters",
    {
        "Sql": S,
        "Sql.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "DbUser": S,
        "DbUser.$": str,
        "Database": S,
        "Database.$": str,
        "WithEvent": B,
        "WithEvent.$": str,
        "StatementName": S,
        "StatementName.$": str,
        "Parameters": L[Xi[SqlParameter]],
        "Parameters.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ResultFormat": S,
        "ResultFormat.$": str,
        "SessionKeepAliveSeconds": I,
        "SessionKeepAliveSeconds.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
    },
    total=False,
)
GetStatementResultParameters = TypedDict(
    "GetStatementResultParameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
    },
    total=False,
)
GetStatementResultV2Parameters = TypedDict(
    "GetStatementResultV2Parameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
    },
    total=False,
)
ListDatabasesParameters = TypedDict(
    "ListDatabasesParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "Database": S,
        "Database.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "DbUser": S,
        "DbUser.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
    },
    total=False,
)
ListSchemasParameters = TypedDict(
    "ListSchemasParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "DbUser": S,
        "DbUser.$": str,
        "Database": S,
        "Database.$": str,
        "ConnectedDatabase": S,
        "ConnectedDatabase.$": str,
        "SchemaPattern": S,
        "SchemaPattern.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
    },
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Status": S,
        "Status.$": str,
        "RoleLevel": B,
        "RoleLevel.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "Database": S,
        "Database.$": str,
    },
    total=False,
)
ListStatementsParameters = TypedDict(
    "ListStatementsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StatementName": S,
        "StatementName.$": str,
        "Status": S,
        "Status.$": str,
        "RoleLevel": B,
        "RoleLevel.$": str,
        "Database": S,
        "Database.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
    },
    total=False,
)
ListTablesParameters = TypedDict(
    "ListTablesParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SecretArn": S,
        "SecretArn.$": str,
        "DbUser": S,
        "DbUser.$": str,
        "Database": S,
        "Database.$": str,
        "ConnectedDatabase": S,
        "ConnectedDatabase.$": str,
        "SchemaPattern": S,
        "SchemaPattern.$": str,
        "TablePattern": S,
        "TablePattern.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
    },
    total=False,
)
batch_execute_statement: Builder[BatchExecuteStatementParameters]
cancel_statement: Builder[CancelStatementParameters]
describe_statement: Builder[DescribeStatementParameters]
describe_table: Builder[DescribeTableParameters]
execute_statement: Builder[ExecuteStatementParameters]
get_statement_result: Builder[GetStatementResultParameters]
get_statement_result_v2: Builder[GetStatementResultV2Parameters]
list_databases: Builder[ListDatabasesParameters]
list_schemas: Builder[ListSchemasParameters]
list_sessions: Builder[ListSessionsParameters]
list_statements: Builder[ListStatementsParameters]
list_tables: Builder[ListTablesParameters]

__all__ = [
    "batch_execute_statement",
    "cancel_statement",
    "describe_statement",
    "describe_table",
    "execute_statement",
    "get_statement_result",
    "get_statement_result_v2",
    "list_databases",
    "list_schemas",
    "list_sessions",
    "list_statements",
    "list_tables",
]
