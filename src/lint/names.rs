//! The names API Gateway's runtime offers, for the rules that check references to it.

/// `$util` functions API Gateway documents (apigw-semantics §2).
pub const UTIL_FUNCTIONS: &[&str] = &[
    "escapeJavaScript",
    "parseJson",
    "urlEncode",
    "urlDecode",
    "base64Encode",
    "base64Decode",
];

/// AppSync `$util` helpers that API Gateway does not have, with what to use instead.
pub const APPSYNC_UTIL: &[(&str, &str)] = &[
    (
        "toJson",
        "print JSON with `$input.json('$')`, or build the JSON text in the template",
    ),
    (
        "qr",
        "use `#set($discard = ...)` to call a method without printing",
    ),
    (
        "quiet",
        "use `#set($discard = ...)` to call a method without printing",
    ),
    (
        "error",
        "set `$context.responseOverride.status` in a response template instead",
    ),
    (
        "appendError",
        "set `$context.responseOverride.status` in a response template instead",
    ),
    (
        "validate",
        "test with #if and set `$context.responseOverride.status`",
    ),
    ("isNull", "compare with `#if(\"$!x\" == \"\")`"),
    ("isNullOrEmpty", "compare with `#if(\"$!x\" == \"\")`"),
    (
        "isNullOrBlank",
        "compare with `#if(\"$!x.trim()\" == \"\")`",
    ),
    ("defaultIfNull", "use #if/#else"),
    ("defaultIfNullOrEmpty", "use #if/#else"),
    ("defaultIfNullOrBlank", "use #if/#else"),
    ("isString", "API Gateway has no type tests"),
    ("isNumber", "API Gateway has no type tests"),
    ("isBoolean", "API Gateway has no type tests"),
    ("isList", "API Gateway has no type tests"),
    ("isMap", "API Gateway has no type tests"),
    ("typeOf", "API Gateway has no type tests"),
    ("matches", "use the Java method: `$s.matches(\"regex\")`"),
    ("autoId", "use `$context.requestId` for a unique id"),
    ("autoUlid", "use `$context.requestId` for a unique id"),
    (
        "unauthorized",
        "use an authorizer, or set `$context.responseOverride.status`",
    ),
    ("log", "API Gateway templates cannot log"),
    ("escapeJavaScriptString", "use `$util.escapeJavaScript`"),
    (
        "dynamodb",
        "write the DynamoDB JSON (`{\"S\": \"...\"}`) by hand",
    ),
    (
        "time",
        "use `$context.requestTime` or `$context.requestTimeEpoch`",
    ),
    ("list", "use the Java List methods on the value"),
    ("map", "use the Java Map methods on the value"),
    ("str", "use the Java String methods on the value"),
    ("math", "use Velocity arithmetic"),
    ("transform", "write the expression by hand"),
    ("rds", "API Gateway has no RDS helpers"),
    ("http", "use `$input.params()` and overrides"),
    ("xml", "API Gateway has no XML helpers"),
];

/// Top-level `$context` variables in mapping templates (apigw-semantics §3.1, the recorded
/// default key set in `gateway/context.rs`, and WebSocket APIs' connection variables).
pub const CONTEXT_TOP: &[&str] = &[
    "accountId",
    "apiId",
    "authorizer",
    "awsEndpointRequestId",
    "connectedAt",
    "connectionId",
    "deploymentId",
    "domainName",
    "domainPrefix",
    "eventType",
    "extendedRequestId",
    "httpMethod",
    "identity",
    "isCanaryRequest",
    "messageDirection",
    "messageId",
    "path",
    "protocol",
    "requestId",
    "requestOverride",
    "requestTime",
    "requestTimeEpoch",
    "resourceId",
    "resourcePath",
    "responseOverride",
    "routeKey",
    "stage",
    "wafResponseCode",
    "webaclArn",
];

pub const CONTEXT_IDENTITY: &[&str] = &[
    "accessKey",
    "accountId",
    "apiKey",
    "apiKeyId",
    "caller",
    "clientCert",
    "cognitoAuthenticationProvider",
    "cognitoAuthenticationType",
    "cognitoIdentityId",
    "cognitoIdentityPoolId",
    "principalOrgId",
    "sourceIp",
    "user",
    "userAgent",
    "userArn",
    "vpcId",
    "vpceId",
];

pub const CONTEXT_CLIENT_CERT: &[&str] = &[
    "clientCertPem",
    "issuerDN",
    "serialNumber",
    "subjectDN",
    "validity",
];

/// Access-log-only (or gateway-response-only) `$context` variables (apigw-semantics §3.1).
pub const CONTEXT_LOG_ONLY_TOP: &[&str] = &[
    "authenticate",
    "authorize",
    "customDomain",
    "error",
    "integration",
    "integrationErrorMessage",
    "integrationLatency",
    "integrationStatus",
    "responseLatency",
    "responseLength",
    "status",
    "waf",
    "xrayTraceId",
];

pub const CONTEXT_LOG_ONLY_AUTHORIZER: &[&str] = &[
    "error",
    "integrationLatency",
    "integrationStatus",
    "latency",
    "requestId",
    "status",
];

/// Variables every template has (engine and gateway), never "undefined".
pub const BUILTIN_VARIABLES: &[&str] = &[
    "input",
    "util",
    "context",
    "stageVariables",
    "foreach",
    "velocityCount",
    "velocityHasNext",
    "bodyContent",
    "null",
];
