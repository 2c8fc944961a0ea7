//! An integration from OpenAPI JSON, as users paste it from an API Gateway export:
//!
//! - an operation object (`{"parameters": [...], "responses": {...},
//!   "x-amazon-apigateway-integration": {...}}`): the method's declared parameters and method
//!   responses come with it;
//! - or the bare `x-amazon-apigateway-integration` object (it has a `type`).
//!
//! `responses` may be the export's map (key = selection pattern, `default` for the default) or
//! the `integrationResponses` list of `aws apigateway get-integration`.
//!
//! The API's binary media types are an API-level setting; an export has them at its root as
//! `x-amazon-apigateway-binary-media-types`. gwmap reads that key on the operation object, or
//! on the integration object (also as `binaryMediaTypes`, the RestApi field's name).

use indexmap::IndexMap;
use serde_json::{Map, Value as Json};

use crate::gateway::integration::{Integration, IntegrationResponse, IntegrationType, Passthrough};

/// A problem in the integration file, with the JSON path where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for SourceError {}

fn err(path: &str, message: impl Into<String>) -> SourceError {
    SourceError {
        path: path.to_string(),
        message: message.into(),
    }
}

/// Parses the text of an integration file.
pub fn parse_integration(text: &str) -> Result<Integration, SourceError> {
    let doc: Json = serde_json::from_str(text).map_err(|e| {
        err(
            "$",
            format!(
                "invalid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    from_json(&doc)
}

/// Builds an integration from a parsed OpenAPI operation or integration object.
pub fn from_json(doc: &Json) -> Result<Integration, SourceError> {
    let obj = doc
        .as_object()
        .ok_or_else(|| err("$", "expected an object (an OpenAPI operation or an x-amazon-apigateway-integration object)"))?;
    if let Some(integ) = obj.get("x-amazon-apigateway-integration") {
        let path = "$.x-amazon-apigateway-integration";
        let io = integ
            .as_object()
            .ok_or_else(|| err(path, "expected an object"))?;
        let mut integration = integration(io, path)?;
        integration.method_parameters = operation_parameters(obj)?;
        if let Some(types) = binary_media_types(obj, "$")? {
            integration.binary_media_types = types;
        }
        integration.method_responses = operation_responses(obj)?;
        // The validator's name refers to the API's `x-amazon-apigateway-request-validators`;
        // gwmap assumes it validates parameters (a body-only validator is not told apart yet).
        integration.validate_parameters |= obj
            .get("x-amazon-apigateway-request-validator")
            .is_some_and(|v| !v.is_null());
        return Ok(integration);
    }
    if obj.contains_key("type") {
        return integration(obj, "$");
    }
    Err(err(
        "$",
        "no `x-amazon-apigateway-integration` and no `type`: is this an API Gateway integration?",
    ))
}

const KNOWN: &[&str] = &[
    "type",
    "httpMethod",
    "uri",
    "requestParameters",
    "requestTemplates",
    "passthroughBehavior",
    "contentHandling",
    "responses",
    "integrationResponses",
    "credentials",
    "connectionType",
    "connectionId",
    "cacheNamespace",
    "cacheKeyParameters",
    "timeoutInMillis",
    "tlsConfig",
    "integrationTarget",
    "payloadFormatVersion",
    // gwmap extensions: the API and method sides for a bare integration object.
    "binaryMediaTypes",
    "methodRequestParameters",
    "methodResponses",
    "validateRequestParameters",
];

fn integration(o: &Map<String, Json>, path: &str) -> Result<Integration, SourceError> {
    for k in o.keys() {
        if !KNOWN.contains(&k.as_str()) && !k.starts_with("x-") {
            return Err(err(
                &format!("{path}.{k}"),
                format!("unknown field `{k}`; known fields: {}", KNOWN.join(", ")),
            ));
        }
    }
    let tpath = format!("{path}.type");
    let t = str_field(o, "type", path)?.ok_or_else(|| err(&tpath, "missing `type`"))?;
    let kind = IntegrationType::parse(&t).ok_or_else(|| {
        err(
            &tpath,
            format!(
                "unknown integration type `{t}`; expected MOCK, AWS, HTTP, HTTP_PROXY or AWS_PROXY"
            ),
        )
    })?;
    let mut out = Integration::new(kind);
    out.http_method = str_field(o, "httpMethod", path)?;
    out.uri = str_field(o, "uri", path)?;
    out.request_parameters = string_map(o, "requestParameters", path)?;
    out.request_templates = string_map(o, "requestTemplates", path)?;
    out.content_handling = content_handling(o, path)?;
    if let Some(types) = binary_media_types(o, path)? {
        out.binary_media_types = types;
    }
    if let Some(p) = str_field(o, "passthroughBehavior", path)? {
        out.passthrough = Passthrough::parse(&p).ok_or_else(|| {
            err(
                &format!("{path}.passthroughBehavior"),
                format!("`{p}`: expected WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER"),
            )
        })?;
    }
    match (o.get("responses"), o.get("integrationResponses")) {
        (Some(r), _) => out.responses = responses(r, &format!("{path}.responses"))?,
        (None, Some(r)) => out.responses = responses(r, &format!("{path}.integrationResponses"))?,
        (None, None) => {}
    }
    if let Some(p) = o.get("methodRequestParameters") {
        let ppath = format!("{path}.methodRequestParameters");
        let m = p
            .as_object()
            .ok_or_else(|| err(&ppath, "expected an object"))?;
        for (k, v) in m {
            let req = v
                .as_bool()
                .ok_or_else(|| err(&format!("{ppath}.{k}"), "expected true (required) or false"))?;
            out.method_parameters.insert(k.clone(), req);
        }
    }
    if let Some(v) = o.get("validateRequestParameters") {
        out.validate_parameters = v.as_bool().ok_or_else(|| {
            err(
                &format!("{path}.validateRequestParameters"),
                "expected true or false",
            )
        })?;
    }
    if let Some(r) = o.get("methodResponses") {
        let rpath = format!("{path}.methodResponses");
        let list = r
            .as_array()
            .ok_or_else(|| err(&rpath, "expected a list of status codes"))?;
        let mut codes = Vec::new();
        for (i, c) in list.iter().enumerate() {
            codes.push(match c {
                Json::String(s) => s.clone(),
                Json::Number(n) => n.to_string(),
                _ => return Err(err(&format!("{rpath}[{i}]"), "expected a status code")),
            });
        }
        out.method_responses = Some(codes);
    }
    Ok(out)
}

fn responses(r: &Json, path: &str) -> Result<Vec<IntegrationResponse>, SourceError> {
    let mut out = Vec::new();
    match r {
        Json::Object(m) => {
            for (key, v) in m {
                let p = format!("{path}.{key}");
                let mut ir = response(v, &p)?;
                if ir.selection_pattern.is_none() && key != "default" {
                    ir.selection_pattern = Some(key.clone());
                }
                out.push(ir);
            }
        }
        Json::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                out.push(response(v, &format!("{path}[{i}]"))?);
            }
        }
        Json::Null => {}
        _ => {
            return Err(err(
                path,
                "expected an object (selection pattern → response) or a list",
            ))
        }
    }
    Ok(out)
}

fn response(v: &Json, path: &str) -> Result<IntegrationResponse, SourceError> {
    let o = v
        .as_object()
        .ok_or_else(|| err(path, "expected an object"))?;
    for k in o.keys() {
        if ![
            "statusCode",
            "selectionPattern",
            "responseParameters",
            "responseTemplates",
            "contentHandling",
        ]
        .contains(&k.as_str())
        {
            return Err(err(
                &format!("{path}.{k}"),
                format!("unknown field `{k}`; known fields: statusCode, selectionPattern, responseParameters, responseTemplates, contentHandling"),
            ));
        }
    }
    let status_code = match o.get("statusCode") {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Number(n)) => n.to_string(),
        _ => {
            return Err(err(
                &format!("{path}.statusCode"),
                "missing or not a status code",
            ))
        }
    };
    Ok(IntegrationResponse {
        selection_pattern: str_field(o, "selectionPattern", path)?,
        status_code,
        response_parameters: string_map(o, "responseParameters", path)?,
        response_templates: string_map(o, "responseTemplates", path)?,
        content_handling: content_handling(o, path)?,
    })
}

/// OpenAPI `parameters`: `in` = path | query | header; `required` (path parameters always are).
fn operation_parameters(op: &Map<String, Json>) -> Result<IndexMap<String, bool>, SourceError> {
    let mut out = IndexMap::new();
    let Some(params) = op.get("parameters") else {
        return Ok(out);
    };
    let list = params
        .as_array()
        .ok_or_else(|| err("$.parameters", "expected a list"))?;
    for (i, p) in list.iter().enumerate() {
        let path = format!("$.parameters[{i}]");
        let Some(o) = p.as_object() else {
            return Err(err(&path, "expected an object"));
        };
        if o.contains_key("$ref") {
            continue;
        }
        let name = str_field(o, "name", &path)?.ok_or_else(|| err(&path, "missing `name`"))?;
        let location = str_field(o, "in", &path)?.unwrap_or_default();
        let kind = match location.as_str() {
            "path" => "path",
            "query" => "querystring",
            "header" => "header",
            _ => continue,
        };
        let required = o
            .get("required")
            .and_then(Json::as_bool)
            .unwrap_or(kind == "path");
        out.insert(format!("method.request.{kind}.{name}"), required);
    }
    Ok(out)
}

fn operation_responses(op: &Map<String, Json>) -> Result<Option<Vec<String>>, SourceError> {
    match op.get("responses") {
        None => Ok(None),
        Some(Json::Object(m)) => Ok(Some(m.keys().cloned().collect())),
        Some(_) => Err(err(
            "$.responses",
            "expected an object (status code → response)",
        )),
    }
}

fn content_handling(o: &Map<String, Json>, path: &str) -> Result<Option<String>, SourceError> {
    let v = str_field(o, "contentHandling", path)?;
    crate::gateway::pipeline::binary::ContentHandling::parse(v.as_deref())
        .map_err(|e| err(&format!("{path}.contentHandling"), e))?;
    Ok(v)
}

/// `x-amazon-apigateway-binary-media-types` or `binaryMediaTypes`: a list of media types.
/// `~1` stands for `/` (and `~0` for `~`), as in the JSON-patch paths of the API Gateway API,
/// where CloudFormation users often copy the value from.
fn binary_media_types(
    o: &Map<String, Json>,
    path: &str,
) -> Result<Option<Vec<String>>, SourceError> {
    let mut found = None;
    for key in ["x-amazon-apigateway-binary-media-types", "binaryMediaTypes"] {
        let Some(v) = o.get(key) else { continue };
        let at = format!("{path}.{key}");
        let list = match v {
            Json::Null => continue,
            Json::Array(list) => list,
            _ => return Err(err(&at, "expected a list of media types")),
        };
        let mut types = Vec::new();
        for (i, t) in list.iter().enumerate() {
            let Json::String(t) = t else {
                return Err(err(&format!("{at}[{i}]"), "expected a media type string"));
            };
            types.push(t.replace("~1", "/").replace("~0", "~"));
        }
        found = Some(types);
    }
    Ok(found)
}

fn str_field(o: &Map<String, Json>, key: &str, path: &str) -> Result<Option<String>, SourceError> {
    match o.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(err(&format!("{path}.{key}"), "expected a string")),
    }
}

fn string_map(
    o: &Map<String, Json>,
    key: &str,
    path: &str,
) -> Result<IndexMap<String, String>, SourceError> {
    let mut out = IndexMap::new();
    match o.get(key) {
        None | Some(Json::Null) => {}
        Some(Json::Object(m)) => {
            for (k, v) in m {
                match v {
                    Json::String(s) => {
                        out.insert(k.clone(), s.clone());
                    }
                    Json::Null => {}
                    _ => {
                        return Err(err(&format!("{path}.{key}.{k}"), "expected a string"));
                    }
                }
            }
        }
        Some(_) => return Err(err(&format!("{path}.{key}"), "expected an object")),
    }
    Ok(out)
}
