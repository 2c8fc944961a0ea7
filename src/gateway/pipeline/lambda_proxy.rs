//! AWS_PROXY: the Lambda proxy event (REST payload 1.0; HTTP API 2.0 for `gwmap event`) and
//! the validation AWS applies to the function's answer (§10.4, recorded against AWS in
//! LocalStack's `test_aws_proxy_response_payload_format_validation`).

use indexmap::IndexMap;
use serde_json::{json, Map, Value as Json};

use super::gateway_responses::GatewayError;
use crate::gateway::context::build_context;
use crate::gateway::render::to_json;
use crate::gateway::request::Request;

fn last_values(m: &IndexMap<String, Vec<String>>) -> Json {
    if m.is_empty() {
        return Json::Null;
    }
    Json::Object(
        m.iter()
            .filter_map(|(k, v)| v.last().map(|l| (k.clone(), Json::String(l.clone()))))
            .collect(),
    )
}

fn all_values(m: &IndexMap<String, Vec<String>>) -> Json {
    if m.is_empty() {
        return Json::Null;
    }
    Json::Object(
        m.iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    Json::Array(v.iter().cloned().map(Json::String).collect()),
                )
            })
            .collect(),
    )
}

fn string_map(m: &IndexMap<String, String>) -> Json {
    if m.is_empty() {
        return Json::Null;
    }
    Json::Object(
        m.iter()
            .map(|(k, v)| (k.clone(), Json::String(v.clone())))
            .collect(),
    )
}

/// `$context` as JSON, without the override maps (they are not part of the event).
fn request_context(request: &Request) -> Map<String, Json> {
    let mut ctx = match to_json(&build_context(request)) {
        Json::Object(m) => m,
        _ => Map::new(),
    };
    ctx.shift_remove("requestOverride");
    ctx.shift_remove("responseOverride");
    ctx
}

/// Header names as the 1.0 event spells them: `Authorization` and `User-Agent` are title-cased
/// whatever the client sent (recorded on AWS: test_lambda_aws_proxy_integration, `authorization`
/// and `aUThorization` arrive as `Authorization`); every other name keeps its case.
fn event_headers(m: &IndexMap<String, Vec<String>>) -> IndexMap<String, Vec<String>> {
    let mut out: IndexMap<String, Vec<String>> = IndexMap::new();
    for (k, v) in m {
        let name = if k.eq_ignore_ascii_case("authorization") {
            "Authorization".to_string()
        } else if k.eq_ignore_ascii_case("user-agent") {
            "User-Agent".to_string()
        } else {
            k.clone()
        };
        out.entry(name).or_default().extend(v.iter().cloned());
    }
    out
}

/// The REST API (payload format 1.0) event. Absent maps and an empty body are `null`
/// (DG-PROXY; serverless-offline #479; aws-sam-cli #173); single-value views keep the last
/// value of a repeated header or query parameter. A `binary` body (its Content-Type is one of
/// the API's binary media types) is given base64-encoded with `isBase64Encoded: true`
/// (DG-PROXY, DG-BIN); a text one as its UTF-8 string.
pub fn event_v1(request: &Request, binary: bool) -> Json {
    let bytes = request.body_bytes();
    let body = if bytes.is_empty() {
        Json::Null
    } else {
        let (text, _) = super::binary::Payload::arriving(bytes.clone(), binary).shown();
        Json::String(text)
    };
    let mut ctx = request_context(request);
    // The event's requestContext is AWS's fixed set; keep the usual order of the docs.
    let mut rc = Map::new();
    for k in [
        "resourceId",
        "resourcePath",
        "httpMethod",
        "extendedRequestId",
        "requestTime",
        "path",
        "accountId",
        "protocol",
        "stage",
        "domainPrefix",
        "requestTimeEpoch",
        "requestId",
        "identity",
        "domainName",
        "deploymentId",
        "apiId",
    ] {
        if let Some(v) = ctx.shift_remove(k) {
            rc.insert(k.into(), v);
        }
    }
    for (k, v) in ctx {
        rc.insert(k, v);
    }
    json!({
        "resource": request.resource_path(),
        "path": request.actual_path(),
        "httpMethod": request.method(),
        "headers": last_values(&event_headers(&request.headers)),
        "multiValueHeaders": all_values(&event_headers(&request.headers)),
        "queryStringParameters": last_values(&request.query),
        "multiValueQueryStringParameters": all_values(&request.query),
        "pathParameters": string_map(&request.path),
        "stageVariables": string_map(&request.stage_variables),
        "requestContext": Json::Object(rc),
        "body": body,
        "isBase64Encoded": binary && !bytes.is_empty(),
    })
}

/// The HTTP API (payload format 2.0) event: lower-cased headers, repeated values
/// comma-joined, cookies split out, no multi-value maps; absent fields are left out.
pub fn event_v2(request: &Request) -> Json {
    let ctx = request_context(request);
    let get = |k: &str| ctx.get(k).cloned().unwrap_or(Json::Null);
    let mut headers: IndexMap<String, Vec<String>> = IndexMap::new();
    let mut cookies = Vec::new();
    for (k, v) in &request.headers {
        if k.eq_ignore_ascii_case("cookie") {
            for c in v {
                cookies.extend(c.split(';').map(|s| Json::String(s.trim().to_string())));
            }
            continue;
        }
        headers
            .entry(k.to_ascii_lowercase())
            .or_default()
            .extend(v.iter().cloned());
    }
    let joined = |m: &IndexMap<String, Vec<String>>| -> Map<String, Json> {
        m.iter()
            .map(|(k, v)| (k.clone(), Json::String(v.join(","))))
            .collect()
    };
    let raw_query = request
        .query
        .iter()
        .flat_map(|(k, vs)| vs.iter().map(move |v| format!("{k}={v}")))
        .collect::<Vec<_>>()
        .join("&");
    let route_key = format!("{} {}", request.method(), request.resource_path());
    let stage = get("stage");
    let source_ip = ctx
        .get("identity")
        .and_then(|i| i.get("sourceIp"))
        .cloned()
        .unwrap_or(Json::Null);
    let mut e = Map::new();
    e.insert("version".into(), json!("2.0"));
    e.insert("routeKey".into(), json!(route_key));
    e.insert("rawPath".into(), json!(request.actual_path()));
    e.insert("rawQueryString".into(), json!(raw_query));
    if !cookies.is_empty() {
        e.insert("cookies".into(), Json::Array(cookies));
    }
    e.insert("headers".into(), Json::Object(joined(&headers)));
    if !request.query.is_empty() {
        e.insert(
            "queryStringParameters".into(),
            Json::Object(joined(&request.query)),
        );
    }
    e.insert(
        "requestContext".into(),
        json!({
            "accountId": get("accountId"),
            "apiId": get("apiId"),
            "domainName": get("domainName"),
            "domainPrefix": get("domainPrefix"),
            "http": {
                "method": request.method(),
                "path": request.actual_path(),
                "protocol": get("protocol"),
                "sourceIp": source_ip,
                "userAgent": request.header("User-Agent").unwrap_or(""),
            },
            "requestId": get("requestId"),
            "routeKey": route_key,
            "stage": stage,
            "time": get("requestTime"),
            "timeEpoch": get("requestTimeEpoch"),
        }),
    );
    if !request.body.is_empty() {
        e.insert("body".into(), json!(request.body));
    }
    if !request.path.is_empty() {
        e.insert("pathParameters".into(), string_map(&request.path));
    }
    e.insert("isBase64Encoded".into(), json!(request.body_is_base64));
    if !request.stage_variables.is_empty() {
        e.insert(
            "stageVariables".into(),
            string_map(&request.stage_variables),
        );
    }
    Json::Object(e)
}

/// A method response built from a proxy result.
#[derive(Clone, Debug, PartialEq)]
pub struct ProxyResponse {
    pub status: u16,
    pub headers: IndexMap<String, Vec<String>>,
    pub body: String,
    pub is_base64: bool,
}

const PROXY_KEYS: &[&str] = &[
    "statusCode",
    "headers",
    "multiValueHeaders",
    "body",
    "isBase64Encoded",
];

fn header_value(v: &Json) -> Option<String> {
    match v {
        Json::String(s) => Some(s.clone()),
        Json::Bool(b) => Some(b.to_string()),
        Json::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Validates a Lambda's return value (already parsed as JSON) as AWS does for payload 1.0.
pub fn proxy_response(result: &Json) -> Result<ProxyResponse, GatewayError> {
    let bad = |why: String| GatewayError::MalformedProxyResponse(why);
    let Json::Object(o) = result else {
        return Err(bad("the function did not return a JSON object".into()));
    };
    if let Some(k) = o.keys().find(|k| !PROXY_KEYS.contains(&k.as_str())) {
        return Err(bad(format!("unknown field `{k}`")));
    }
    let status = match o.get("statusCode") {
        None | Some(Json::Null) => 200,
        Some(Json::Number(n)) => n
            .as_u64()
            .and_then(|n| u16::try_from(n).ok())
            .ok_or_else(|| bad(format!("statusCode {n} is not an HTTP status")))?,
        Some(Json::String(s)) => s
            .trim()
            .parse::<u16>()
            .map_err(|_| bad(format!("statusCode \"{s}\" is not a number")))?,
        Some(other) => return Err(bad(format!("statusCode {other} is not a number"))),
    };
    if !(100..=599).contains(&status) {
        return Err(bad(format!("statusCode {status} is not an HTTP status")));
    }
    let mut headers: IndexMap<String, Vec<String>> = IndexMap::new();
    match o.get("headers") {
        None | Some(Json::Null) => {}
        Some(Json::Object(h)) => {
            for (k, v) in h {
                let v =
                    header_value(v).ok_or_else(|| bad(format!("headers.{k} is not a string")))?;
                headers.insert(k.clone(), vec![v]);
            }
        }
        Some(_) => return Err(bad("headers is not an object".into())),
    }
    match o.get("multiValueHeaders") {
        None | Some(Json::Null) => {}
        Some(Json::Object(h)) => {
            for (k, v) in h {
                let Json::Array(list) = v else {
                    return Err(bad(format!("multiValueHeaders.{k} is not a list")));
                };
                let vals = list
                    .iter()
                    .map(header_value)
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| bad(format!("multiValueHeaders.{k} holds a non-string")))?;
                // The same key in both: only the multi-value values are used (DG-PROXY).
                headers.insert(k.clone(), vals);
            }
        }
        Some(_) => return Err(bad("multiValueHeaders is not an object".into())),
    }
    let body = match o.get("body") {
        None | Some(Json::Null) => String::new(),
        Some(Json::String(s)) => s.clone(),
        Some(_) => return Err(bad("body is not a string".into())),
    };
    let is_base64 = match o.get("isBase64Encoded") {
        None | Some(Json::Null) => false,
        Some(Json::Bool(b)) => *b,
        Some(_) => return Err(bad("isBase64Encoded is not a boolean".into())),
    };
    Ok(ProxyResponse {
        status,
        headers,
        body,
        is_base64,
    })
}
