"""API Gateway: the REST API that app endpoints share, and each endpoint's method, CORS, authorizer.

An endpoint starts an execution through an ``AWS`` integration with Step Functions (no Lambda
in between), under a role that API Gateway assumes.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from typing import Any, Final

from troposphere import apigateway, awslambda, iam

from sfdsl.cfn._apigateway import ApiEndpoint, Authorizer, Cors, RestApi
from sfdsl.cfn._app import App
from sfdsl.cfn._build.common import events_trust, with_policy
from sfdsl.cfn._build.context import Context, MachineBuild, tropo
from sfdsl.cfn._values import ACCOUNT, PARTITION, REGION, CfnValue, getatt, norm, ref, sub

API_ID: Final = "ApiGatewayRestApi"
API_ROLE_ID: Final = "ApigatewayToStepFunctionsRole"

_DEFAULT_TEMPLATE = (
    "#set( $body = $util.escapeJavaScript($input.json('$')) )\n"
    '{"input": "$body", "name": "$context.requestId", "stateMachineArn": "${StateMachineArn}"}'
)
_FORM_TEMPLATE = (
    "#set( $body = $util.escapeJavaScript($util.urlDecode($input.body)) )\n"
    '{"input": "$body", "name": "$context.requestId", "stateMachineArn": "${StateMachineArn}"}'
)


def _api(ctx: Context, app: App, path: str) -> Any:
    if ctx.clashes(API_ID, apigateway.RestApi, "REST API", path):
        return None
    if API_ID in ctx.template.resources:
        return ctx.template.resources[API_ID]
    settings = app.api or RestApi()
    name = settings.name or (f"{app.name}-{settings.stage}" if app.name else settings.stage)
    return ctx.add(
        apigateway.RestApi,
        API_ID,
        {
            "Name": ctx.params(name),
            "EndpointConfiguration": apigateway.EndpointConfiguration(
                Types=[settings.endpoint_type]
            ),
        },
    )


def _resource_id(ctx: Context, path: str, where: str) -> CfnValue | None:
    parent: CfnValue = getatt(API_ID, "RootResourceId")
    so_far = ""
    for part in path.strip("/").split("/"):
        so_far = f"{so_far}/{part}"
        lid = "ApiGatewayResource" + "".join(
            norm(re.sub(r"[{}]", "", p).replace(".", "Dot").replace("+", "Plus"))
            + ("Var" if "{" in p else "")
            for p in so_far.strip("/").split("/")
        )
        if ctx.clashes(lid, apigateway.Resource, f"API resource {so_far}", where):
            return None
        if lid not in ctx.template.resources:
            ctx.add(
                apigateway.Resource,
                lid,
                {"ParentId": parent, "PathPart": part, "RestApiId": ref(API_ID)},
            )
        parent = ref(lid)
    return parent


def build_api_endpoint(
    ctx: Context, app: App, mb: MachineBuild, endpoint: ApiEndpoint, path: str
) -> None:
    """Add the API (once), the path resources, the method, CORS, authorizer and role."""
    if endpoint.action == "StartSyncExecution" and mb.deployment.machine.type != "EXPRESS":
        ctx.fail(
            "action='StartSyncExecution' needs an EXPRESS state machine (Step Functions runs "
            f"synchronous executions only for EXPRESS workflows), but {mb.name or mb.logical_id!r} "
            "is STANDARD; use StateMachine(..., type='EXPRESS') or action='StartExecution'",
            path,
            "sync-execution-standard",
        )
        return
    if _api(ctx, app, path) is None:
        return
    resource = _resource_id(ctx, endpoint.path, path)
    if resource is None:
        return
    resource_name = (
        str(resource["Ref"])[len("ApiGatewayResource") :] if isinstance(resource, dict) else ""
    )
    method_id = f"ApiGatewayMethod{resource_name}{endpoint.method.title()}"
    if not ctx.logical_id(method_id, "API method", path):
        return
    if endpoint.role is not None:
        credentials = ctx.params(endpoint.role, path)
    else:
        credentials = getatt(API_ROLE_ID, "Arn")
        statement = mb.start_statement(f"states:{endpoint.action}")
        statements = ctx.api_role_statements
        if statement not in statements:
            statements.append(statement)
        document = {"Version": "2012-10-17", "Statement": list(statements)}
        if ctx.clashes(API_ROLE_ID, iam.Role, "role of the API", path):
            return
        if API_ROLE_ID not in ctx.template.resources:
            ctx.add(
                iam.Role,
                API_ROLE_ID,
                {
                    "AssumeRolePolicyDocument": events_trust("apigateway.amazonaws.com"),
                    "Policies": [
                        {"PolicyName": "apigatewaytostepfunctions", "PolicyDocument": document}
                    ],
                },
            )
        else:
            ctx.template.resources[API_ROLE_ID] = with_policy(
                ctx.template.resources[API_ROLE_ID], document
            )
    templates = endpoint.request_templates
    if templates is None:
        templates = {
            "application/json": _DEFAULT_TEMPLATE,
            "application/x-www-form-urlencoded": _FORM_TEMPLATE,
        }
    request_templates = {
        content_type: tropo({"Fn::Sub": [text, {"StateMachineArn": mb.start_arn}]})
        if "${StateMachineArn}" in text
        else text
        for content_type, text in templates.items()
    }
    cors = Cors() if endpoint.cors is True else endpoint.cors or None
    origin = "method.response.header.Access-Control-Allow-Origin"
    integration_responses = [
        apigateway.IntegrationResponse(StatusCode="200", SelectionPattern=""),
        apigateway.IntegrationResponse(StatusCode="400", SelectionPattern="4\\d{2}"),
    ]
    method_responses = [
        apigateway.MethodResponse(StatusCode="200"),
        apigateway.MethodResponse(StatusCode="400"),
    ]
    if cors is not None:
        for response in integration_responses:
            response.ResponseParameters = {origin: f"'{','.join(cors.origins)}'"}
        for method_response in method_responses:
            method_response.ResponseParameters = {origin: True}
    uri = sub("arn:", PARTITION, ":apigateway:", REGION, f":states:action/{endpoint.action}")
    props: dict[str, Any] = {
        "HttpMethod": endpoint.method,
        "ResourceId": resource,
        "RestApiId": ref(API_ID),
        "ApiKeyRequired": endpoint.private,
        "AuthorizationType": "NONE",
        "Integration": apigateway.Integration(
            Type="AWS",
            IntegrationHttpMethod="POST",
            Uri=tropo(uri),
            Credentials=tropo(credentials),
            PassthroughBehavior="NEVER",
            RequestTemplates=request_templates,
            IntegrationResponses=integration_responses,
        ),
        "MethodResponses": method_responses,
    }
    auth = endpoint.authorizer
    if auth is not None:
        props["AuthorizationType"] = {"TOKEN": "CUSTOM", "REQUEST": "CUSTOM"}.get(
            auth.type, auth.type
        )
        if auth.type != "AWS_IAM":
            if auth.authorizer_id is not None:
                props["AuthorizerId"] = auth.authorizer_id
            else:
                _authorizer(ctx, auth, path)
                props["AuthorizerId"] = ref(auth.logical_id)
        if auth.scopes:
            props["AuthorizationScopes"] = list(auth.scopes)
    ctx.add(apigateway.Method, method_id, props)
    if cors is not None:
        _cors(ctx, resource, resource_name, endpoint, cors, path)
    _deployment(ctx, app, path)


def _authorizer(ctx: Context, auth: Authorizer, path: str) -> None:
    lid = auth.logical_id
    if ctx.clashes(lid, apigateway.Authorizer, f"authorizer {auth.name!r}", path):
        return
    if lid in ctx.template.resources:
        return
    props: dict[str, Any] = {
        "Name": auth.name or "default",
        "RestApiId": ref(API_ID),
        "Type": auth.type,
        "IdentitySource": auth.identity_source,
    }
    if auth.type == "COGNITO_USER_POOLS":
        props["ProviderARNs"] = list(auth.provider_arns)
    else:
        if auth.function_arn is None:
            ctx.fail(f"authorizer {auth.name!r} needs a function ARN", path, "authorizer")
            return
        props["AuthorizerUri"] = sub(
            "arn:",
            PARTITION,
            ":apigateway:",
            REGION,
            ":lambda:path/2015-03-31/functions/",
            auth.function_arn,
            "/invocations",
        )
        props["AuthorizerResultTtlInSeconds"] = auth.result_ttl_seconds
        ctx.add(
            awslambda.Permission,
            f"{lid}LambdaPermission",
            {
                "Action": "lambda:InvokeFunction",
                "FunctionName": auth.function_arn,
                "Principal": "apigateway.amazonaws.com",
                "SourceArn": sub(
                    "arn:",
                    PARTITION,
                    ":execute-api:",
                    REGION,
                    ":",
                    ACCOUNT,
                    ":",
                    ref(API_ID),
                    "/authorizers/",
                    ref(lid),
                ),
            },
        )
    ctx.add(apigateway.Authorizer, lid, props)


def _cors(
    ctx: Context,
    resource: CfnValue,
    resource_name: str,
    endpoint: ApiEndpoint,
    cors: Cors,
    path: str,
) -> None:
    lid = f"ApiGatewayMethod{resource_name}Options"
    methods = ["OPTIONS"]
    if endpoint.method == "ANY":
        methods += ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"]
    else:
        methods.append(endpoint.method)
    if ctx.clashes(lid, apigateway.Method, "CORS OPTIONS method", path):
        return
    if lid in ctx.template.resources:
        # A copy: add_to leaves the caller's resources untouched until the build succeeds.
        existing = ctx.template.resources[lid] = copy.deepcopy(ctx.template.resources[lid])
        params = existing.Integration.IntegrationResponses[0].ResponseParameters
        key = "method.response.header.Access-Control-Allow-Methods"
        known = params[key].strip("'").split(",")
        params[key] = "'" + ",".join(sorted(set(known) | set(methods))) + "'"
        return
    headers = {
        "method.response.header.Access-Control-Allow-Origin": f"'{','.join(cors.origins)}'",
        "method.response.header.Access-Control-Allow-Headers": f"'{','.join(cors.headers)}'",
        "method.response.header.Access-Control-Allow-Methods": f"'{','.join(sorted(set(methods)))}'",
        "method.response.header.Access-Control-Allow-Credentials": (
            f"'{str(cors.allow_credentials).lower()}'"
        ),
    }
    if cors.max_age is not None:
        headers["method.response.header.Access-Control-Max-Age"] = f"'{cors.max_age}'"
    ctx.add(
        apigateway.Method,
        lid,
        {
            "HttpMethod": "OPTIONS",
            "ResourceId": resource,
            "RestApiId": ref(API_ID),
            "AuthorizationType": "NONE",
            "Integration": apigateway.Integration(
                Type="MOCK",
                RequestTemplates={"application/json": '{"statusCode": 200}'},
                IntegrationResponses=[
                    apigateway.IntegrationResponse(
                        StatusCode="200",
                        ResponseParameters=headers,
                        ResponseTemplates={"application/json": ""},
                    )
                ],
            ),
            "MethodResponses": [
                apigateway.MethodResponse(
                    StatusCode="200", ResponseParameters=dict.fromkeys(headers, True)
                )
            ],
        },
    )
    del path


def _made_for_the_api(ctx: Context, prefix: str, kind: str) -> list[str]:
    """What an earlier build into this template made for the shared API, to be made again.

    Only resources of that type which belong to the API (they name it, the usage plan or its
    deployment): anything else whose logical id merely starts with *prefix* stays, and a clash
    with it is reported.
    """
    made = []
    for lid, resource in ctx.template.resources.items():
        if not lid.startswith(prefix) or getattr(resource, "resource_type", None) != kind:
            continue
        data = json.dumps(resource.to_dict())
        if (
            f'{{"Ref": "{API_ID}"}}' in data
            or '{"Ref": "ApiGatewayUsagePlan"}' in data
            or (kind == "AWS::ApiGateway::ApiKey" and '"DependsOn": ["ApiGatewayDeployment' in data)
        ):
            made.append(lid)
    return made


def _deployment(ctx: Context, app: App, path: str) -> None:
    """(Re)create the deployment so it depends on every method; keys and usage plan follow."""
    methods = sorted(
        lid
        for lid, r in ctx.template.resources.items()
        if r.resource_type == "AWS::ApiGateway::Method"
    )
    for lid in _made_for_the_api(ctx, "ApiGatewayDeployment", "AWS::ApiGateway::Deployment"):
        del ctx.template.resources[lid]
    settings = app.api or RestApi()
    stage = ctx.params(settings.stage)
    digest = hashlib.sha256(json.dumps(methods).encode()).hexdigest()[:8]
    deployment_id = f"ApiGatewayDeployment{digest}"
    if not ctx.logical_id(deployment_id, "API deployment", path):
        return
    ctx.add(
        apigateway.Deployment,
        deployment_id,
        {"RestApiId": ref(API_ID), "StageName": stage},
        depends_on=methods,
    )
    if "ServiceEndpoint" not in ctx.template.outputs:
        ctx.output(
            "ServiceEndpoint",
            sub(
                "https://",
                ref(API_ID),
                ".execute-api.",
                REGION,
                ".",
                {"Ref": "AWS::URLSuffix"},
                f"/{stage}",
            ),
            "URL of the API stage",
        )
    plan = settings.usage_plan
    if plan is None:
        return
    for prefix, kind in (
        ("ApiGatewayApiKey", "AWS::ApiGateway::ApiKey"),
        ("ApiGatewayUsagePlan", "AWS::ApiGateway::UsagePlan"),
        ("ApiGatewayUsagePlanKey", "AWS::ApiGateway::UsagePlanKey"),
    ):
        for lid in _made_for_the_api(ctx, prefix, kind):
            del ctx.template.resources[lid]
    plan_props: dict[str, Any] = {
        "ApiStages": [apigateway.ApiStage(ApiId=tropo(ref(API_ID)), Stage=stage)]
    }
    if plan.quota_limit is not None:
        quota: dict[str, Any] = {"Limit": plan.quota_limit}
        if plan.quota_offset is not None:
            quota["Offset"] = plan.quota_offset
        if plan.quota_period is not None:
            quota["Period"] = plan.quota_period
        plan_props["Quota"] = apigateway.QuotaSettings(**quota)
    throttle: dict[str, Any] = {}
    if plan.burst_limit is not None:
        throttle["BurstLimit"] = plan.burst_limit
    if plan.rate_limit is not None:
        throttle["RateLimit"] = plan.rate_limit
    if throttle:
        plan_props["Throttle"] = apigateway.ThrottleSettings(**throttle)
    if not ctx.logical_id("ApiGatewayUsagePlan", "usage plan", path):
        return
    ctx.add(apigateway.UsagePlan, "ApiGatewayUsagePlan", plan_props, depends_on=[deployment_id])
    for n, key_name in enumerate(plan.api_keys, start=1):
        key_id = f"ApiGatewayApiKey{n}"
        if not (
            ctx.logical_id(key_id, "API key", path)
            and ctx.logical_id(f"ApiGatewayUsagePlanKey{n}", "usage plan key", path)
        ):
            return
        ctx.add(
            apigateway.ApiKey,
            key_id,
            {"Enabled": True, "Name": ctx.params(key_name)},
            depends_on=[deployment_id],
        )
        ctx.add(
            apigateway.UsagePlanKey,
            f"ApiGatewayUsagePlanKey{n}",
            {"KeyId": ref(key_id), "KeyType": "API_KEY", "UsagePlanId": ref("ApiGatewayUsagePlan")},
        )


__all__ = ["API_ID", "API_ROLE_ID", "build_api_endpoint"]
