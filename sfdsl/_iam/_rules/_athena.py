"""Amazon Athena: a query's workgroup, catalog, result location and the Glue catalog."""

from __future__ import annotations

from sfdsl._iam._cfn import (
    Cfn,
    literal,
    sub,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _S3_URI, _dynamic, _lookup, _pascal


def athena(env: Env, task: Task) -> list[Grant]:
    """A query's workgroup, data catalog, result location, Glue catalog objects and
    ``lakeformation:GetDataAccess``, as the documented policy lists them:
    https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html
    """
    at = "athena:"
    api = task.api
    if api != "startQueryExecution":
        action = f"{at}{_pascal(api)}"
        env.warn(
            f"{task.path}.Resource",
            f"the workgroup of the query is not known, so {action} is granted on every workgroup",
        )
        grants = [grant(action, env.arn("athena", "workgroup/*"))]
        if api == "getQueryResults":
            grants.append(grant("s3:GetObject", sub("arn:", env.partition, ":s3:::*")))
        return grants
    wg_arg, workgroup = _lookup(env, task, "WorkGroup")
    if wg_arg.dynamic:
        _dynamic(env, wg_arg, f"{at}StartQueryExecution", "every workgroup")
        workgroup = "*"
    actions: tuple[str, ...] = (f"{at}StartQueryExecution",)
    if task.sync:
        actions += (f"{at}GetQueryExecution", f"{at}StopQueryExecution")
    catalog_arg, catalog = _lookup(env, task, "QueryExecutionContext.Catalog")
    database_arg, database = _lookup(env, task, "QueryExecutionContext.Database")
    grants = [
        grant(actions, env.arn("athena", "workgroup/", workgroup or "primary")),
        grant(
            f"{at}GetDataCatalog", env.arn("athena", "datacatalog/", catalog or "AwsDataCatalog")
        ),
    ]
    out_arg, out = _lookup(env, task, "ResultConfiguration.OutputLocation")
    out_text = literal(out) if out is not None else None
    results: list[Cfn]
    if out_text is not None and (m := _S3_URI.fullmatch(out_text)):
        bucket = sub("arn:", env.partition, f":s3:::{m[1]}")
        results = [bucket, sub(bucket, f"/{m[2]}*")]
    else:
        env.warn(
            out_arg.path,
            "the query result location is not written in the definition (it may come from the "
            "workgroup), so the result actions are granted on every bucket; set "
            "ResultConfiguration.OutputLocation to s3://bucket/prefix to pin it",
        )
        everything = sub("arn:", env.partition, ":s3:::*")
        results = [everything]
    # The documented policy (https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html)
    # also lists s3:ListBucketMultipartUploads; bucket actions go on the bucket, object actions
    # on the result objects.
    grants.append(
        grant(
            ("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"),
            results[0],
        )
    )
    grants.append(
        grant(
            (
                "s3:GetObject",
                "s3:PutObject",
                "s3:AbortMultipartUpload",
                "s3:ListMultipartUploadParts",
            ),
            results[-1] if len(results) > 1 else sub(results[0], "/*"),
        )
    )
    db = database if database is not None and not database_arg.dynamic else "*"
    # Database calls are authorized on the catalog and the database, table calls also on the
    # tables (https://docs.aws.amazon.com/glue/latest/dg/glue-specifying-resource-arns.html).
    glue_db = (env.arn("glue", "catalog"), env.arn("glue", "database/", db))
    grants.append(grant(("glue:GetDatabase", "glue:GetDatabases"), *glue_db))
    grants.append(
        grant(
            (
                "glue:GetTable",
                "glue:GetTables",
                "glue:GetPartition",
                "glue:GetPartitions",
                "glue:BatchGetPartition",
            ),
            *glue_db,
            env.arn("glue", "table/", db, "/*"),
        )
    )
    env.warn(
        f"{task.path}.Resource",
        "the tables and S3 data a query reads are named in its SQL, so reading them is granted "
        "on every bucket; grant the exact data locations with extra_statements and list the "
        "state in covered_states (an option of App.add and IamContext) to replace this",
    )
    grants.append(
        grant(
            ("s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation"),
            sub("arn:", env.partition, ":s3:::*"),
        )
    )
    # Lake Formation's GetDataAccess has no resource-level permissions.
    grants.append(grant("lakeformation:GetDataAccess", "*"))
    del catalog_arg
    return grants
