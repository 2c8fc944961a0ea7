//! The whole method, from client request to client response, one file per step:
//!
//! 1. [`method_request`]: declared and required parameters;
//! 2. [`param_mapping`], [`template_selection`], [`passthrough`]: the integration request
//!    (mappings, template by Content-Type, 415), rendered with `$context.requestOverride`;
//! 3. the backend: [`mock`] (status from the rendered request), [`backend`] (HTTP, AWS
//!    services, Lambda), [`lambda_proxy`] (AWS_PROXY event and response validation);
//! 4. [`selection`], [`response_mapping`]: integration response by `selectionPattern`,
//!    response parameters, template by Accept, `$context.responseOverride`;
//! 5. the method response, or a gateway response ([`gateway_responses`]) with AWS's body.
//!
//! Across the steps: [`header_filter`] (headers AWS drops or renames on the way in and out) and
//! [`binary`] (`binaryMediaTypes`, `contentHandling`, base64 bodies).

pub mod backend;
pub mod binary;
pub mod gateway_responses;
pub mod header_filter;
pub mod lambda_proxy;
pub mod method_request;
pub mod mock;
pub mod param_mapping;
pub mod passthrough;
pub mod response_mapping;
pub mod selection;
pub mod template_selection;

use indexmap::IndexMap;
use serde_json::Value as Json;

pub use backend::Backend;
pub use gateway_responses::GatewayError;

use super::context::build_context;
use super::integration::{Integration, IntegrationType};
use super::render::{render_phase, Direction, RenderOptions};
use super::request::Request;
use crate::vtl::value::Value;
use crate::vtl::Template;
use binary::{ContentHandling, Payload};
use param_mapping::{map_request, Mapped, Sources};
use passthrough::RequestBody;
use response_mapping::{json_text, BackendAnswer};

/// What the backend receives.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationRequest {
    pub method: String,
    /// The URI with path parameters, stage variables and the query string filled in.
    pub uri: String,
    pub headers: IndexMap<String, Vec<String>>,
    pub body: String,
    /// `body` is the base64 text of bytes sent as binary.
    pub body_is_base64: bool,
}

/// What the client receives.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodResponse {
    pub status: u16,
    pub headers: IndexMap<String, Vec<String>>,
    pub body: String,
    /// `body` is the base64 text of bytes sent as binary.
    pub body_is_base64: bool,
}

/// One invocation, every step recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct Invocation {
    /// `None` when the request never reached the integration (400, 415, ...). For MOCK it is
    /// the rendered request the mock reads its status from (empty URI).
    pub integration_request: Option<IntegrationRequest>,
    pub response: MethodResponse,
    /// Set when API Gateway answered itself.
    pub gateway_error: Option<GatewayError>,
    /// The execution log, in the wording of AWS's TestInvokeMethod.
    pub log: Vec<String>,
}

/// Headers whose mapping or override makes the execution fail (500) for every integration
/// type; the second list applies to AWS and AWS_PROXY as well (§7.3; LocalStack
/// `integration_request.py`, validated against AWS in TestApiGatewayHeaderRemapping).
const FORBIDDEN_HEADERS: &[&str] = &[
    "content-length",
    "transfer-encoding",
    "x-amzn-trace-id",
    "x-amzn-apigateway-api-id",
];
const FORBIDDEN_AWS_HEADERS: &[&str] = &[
    "authorization",
    "connection",
    "expect",
    "proxy-authenticate",
    "te",
];

pub(crate) fn parse_template(text: &str, what: &str) -> Result<Template, GatewayError> {
    Template::parse(text).map_err(|e| GatewayError::Configuration(format!("{what}: {e}")))
}

fn java_map(m: &IndexMap<String, Vec<String>>) -> String {
    let parts: Vec<String> = m
        .iter()
        .map(|(k, v)| format!("{k}={}", v.join(",")))
        .collect();
    format!("{{{}}}", parts.join(", "))
}

/// Runs the whole method.
pub fn invoke(integration: &Integration, request: &Request, backend: &Backend) -> Invocation {
    // Every step sees the method request, which lacks the headers AWS drops on arrival.
    let request = &Request {
        headers: header_filter::method_request_headers(&request.headers),
        ..request.clone()
    };
    let mut log = Vec::new();
    let id = build_context(request);
    let request_id = match &id {
        Value::Map(m) => m
            .borrow()
            .entries
            .get("requestId")
            .and_then(crate::vtl::value::to_java_string)
            .unwrap_or_default(),
        _ => String::new(),
    };
    log.push(format!("Starting execution for request: {request_id}"));
    log.push(format!(
        "HTTP Method: {}, Resource Path: {}",
        request.method(),
        request.actual_path()
    ));
    log.push(format!(
        "Method request path: {}",
        java_map(
            &request
                .path
                .iter()
                .map(|(k, v)| (k.clone(), vec![v.clone()]))
                .collect()
        )
    ));
    log.push(format!(
        "Method request query string: {}",
        java_map(&request.query)
    ));
    log.push(format!(
        "Method request headers: {}",
        java_map(&request.headers)
    ));
    log.push(format!(
        "Method request body before transformations: {}",
        request.body
    ));
    let mut integration_request = None;
    let result = run(
        integration,
        request,
        backend,
        &mut log,
        &mut integration_request,
    );
    let (response, gateway_error) = match result {
        Ok(r) => (r, None),
        Err(e) => {
            log.push(e.log_line());
            (
                MethodResponse {
                    status: e.status(),
                    headers: e.headers(),
                    body: e.body(),
                    body_is_base64: false,
                },
                Some(e),
            )
        }
    };
    log.push(format!(
        "Method response headers: {}",
        java_map(&response.headers)
    ));
    if gateway_error.is_none() {
        log.push("Successfully completed execution".into());
    }
    log.push(format!("Method completed with status: {}", response.status));
    Invocation {
        integration_request,
        response,
        gateway_error,
        log,
    }
}

fn run(
    integration: &Integration,
    request: &Request,
    backend: &Backend,
    log: &mut Vec<String>,
    integration_request: &mut Option<IntegrationRequest>,
) -> Result<MethodResponse, GatewayError> {
    if integration.validate_parameters {
        method_request::missing_required(&integration.method_parameters, request)?;
    }
    let context = build_context(request);
    match integration.kind {
        IntegrationType::AwsProxy => {
            aws_proxy(integration, request, backend, log, integration_request)
        }
        IntegrationType::HttpProxy => http_proxy(
            integration,
            request,
            &context,
            backend,
            log,
            integration_request,
        ),
        _ => non_proxy(
            integration,
            request,
            &context,
            backend,
            log,
            integration_request,
        ),
    }
}

fn check_headers(
    kind: IntegrationType,
    headers: &IndexMap<String, Vec<String>>,
) -> Result<(), GatewayError> {
    for k in headers.keys() {
        let l = k.to_ascii_lowercase();
        let aws = matches!(kind, IntegrationType::Aws | IntegrationType::AwsProxy);
        if FORBIDDEN_HEADERS.contains(&l.as_str())
            || (aws && FORBIDDEN_AWS_HEADERS.contains(&l.as_str()))
        {
            return Err(GatewayError::Configuration(format!(
                "the integration request header `{k}` cannot be mapped or overridden"
            )));
        }
    }
    Ok(())
}

/// Fills `{name}` from the path mappings and `${stageVariables.name}`, then appends the query.
fn build_uri(integration: &Integration, request: &Request, mapped: &Mapped) -> String {
    let mut uri = integration.uri.clone().unwrap_or_default();
    for (k, v) in &request.stage_variables {
        uri = uri.replace(&format!("${{stageVariables.{k}}}"), v);
    }
    for (k, v) in &mapped.path {
        uri = uri
            .replace(&format!("{{{k}+}}"), v)
            .replace(&format!("{{{k}}}"), v);
    }
    let pairs: Vec<String> = mapped
        .query
        .iter()
        .flat_map(|(k, vs)| {
            vs.iter().map(move |v| {
                let enc = |s: &str| {
                    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC)
                        .to_string()
                };
                format!("{}={}", enc(k), enc(v))
            })
        })
        .collect();
    if !pairs.is_empty() {
        uri.push(if uri.contains('?') { '&' } else { '?' });
        uri.push_str(&pairs.join("&"));
    }
    uri
}

/// Merges `$context.requestOverride` (after the request template) into the mapped parameters.
fn apply_request_override(mapped: &mut Mapped, over: &Json) {
    let section = |k: &str| {
        over.get(k)
            .and_then(Json::as_object)
            .cloned()
            .unwrap_or_default()
    };
    for (k, v) in section("path") {
        if let Some(v) = json_text(&v) {
            mapped.path.insert(k, v);
        }
    }
    for (k, v) in section("querystring") {
        let vals = match v {
            Json::Array(a) => a.iter().filter_map(json_text).collect(),
            other => json_text(&other).into_iter().collect(),
        };
        mapped.query.insert(k, vals);
    }
    for (k, v) in section("header") {
        if let Some(v) = json_text(&v) {
            mapped.headers.insert(k, vec![v]);
        }
    }
}

fn non_proxy(
    integration: &Integration,
    request: &Request,
    context: &Value,
    backend: &Backend,
    log: &mut Vec<String>,
    integration_request: &mut Option<IntegrationRequest>,
) -> Result<MethodResponse, GatewayError> {
    let sources = Sources::for_request(request, context);
    let mut mapped = map_request(&integration.request_parameters, &sources)
        .map_err(GatewayError::Configuration)?;
    let choice = passthrough::decide(
        &integration.request_templates,
        integration.passthrough,
        request.header("Content-Type"),
    )?;
    let handling = ContentHandling::parse(integration.content_handling.as_deref())
        .map_err(GatewayError::Configuration)?;
    let payload = binary::convert_request(arriving_payload(integration, request), handling)?;
    let payload = match choice {
        RequestBody::PassThrough => payload,
        RequestBody::Transform { key, template } => {
            let Payload::Text(text) = payload else {
                return Err(binary::template_refuses_binary("request body"));
            };
            let t = parse_template(template, &format!("requestTemplates[{key}]"))?;
            let rendered = render_phase(
                &t,
                request,
                &text,
                context,
                RenderOptions {
                    direction: Direction::Request,
                    trace: false,
                },
            )
            .map_err(|e| GatewayError::Configuration(format!("request template {key}: {e}")))?;
            apply_request_override(&mut mapped, &rendered.request_override);
            Payload::Text(rendered.output)
        }
    };
    let (body, body_is_base64) = payload.shown();
    check_headers(integration.kind, &mapped.headers)?;
    let uri = build_uri(integration, request, &mapped);
    let mut headers = header_filter::integration_request_headers(integration.kind, &mapped.headers);
    if integration.kind != IntegrationType::Mock {
        add_gateway_headers(&mut headers, context);
    }
    log.push(format!("Endpoint request URI: {uri}"));
    log.push(format!("Endpoint request headers: {}", java_map(&headers)));
    log.push(format!(
        "Endpoint request body after transformations: {body}"
    ));
    let ireq = IntegrationRequest {
        // ANY sends the client's method (recorded on AWS: TestApiGatewayS3BinarySupport, an
        // ANY integration whose PUT stored the object).
        method: integration
            .http_method
            .clone()
            .filter(|m| !m.eq_ignore_ascii_case("ANY"))
            .unwrap_or_else(|| request.method().to_string()),
        uri,
        headers,
        body: body.clone(),
        body_is_base64,
    };
    *integration_request = Some(ireq);
    let empty = IndexMap::new();
    let (subject, answer_headers, answer, lambda_error) = match integration.kind {
        IntegrationType::Mock => {
            let status = mock::mock_status(&body)?;
            (
                status.to_string(),
                empty.clone(),
                Payload::Text(String::new()),
                false,
            )
        }
        _ => {
            let lambda = integration.is_lambda();
            match backend {
                // The echo answers the very bytes it got, binary or not.
                Backend::Echo => {
                    let s = if lambda { String::new() } else { "200".into() };
                    (s, empty.clone(), payload.clone(), false)
                }
                Backend::Http {
                    status,
                    headers,
                    body,
                    body_is_base64,
                } => {
                    let s = if lambda {
                        String::new()
                    } else {
                        status.to_string()
                    };
                    let bytes = answer_bytes(body, *body_is_base64);
                    let content_type = header_value(headers, "Content-Type");
                    let is_binary =
                        binary::is_binary_media_type(content_type, &integration.binary_media_types);
                    (
                        s,
                        headers.clone(),
                        Payload::arriving(bytes, is_binary),
                        false,
                    )
                }
                Backend::LambdaResult(p) => {
                    let s = if lambda { String::new() } else { "200".into() };
                    (s, empty.clone(), lambda_answer(integration, p), false)
                }
                Backend::LambdaError {
                    message, payload, ..
                } => {
                    let s = if lambda {
                        message.clone()
                    } else {
                        "200".into()
                    };
                    (s, empty.clone(), lambda_answer(integration, payload), true)
                }
            }
        }
    };
    let (answer_body, _) = answer.shown();
    if integration.kind != IntegrationType::Mock {
        log.push(format!(
            "Received response. Status: {}, Integration latency: 0 ms",
            if integration.is_lambda() {
                "200"
            } else {
                subject.as_str()
            }
        ));
        log.push(format!(
            "Endpoint response headers: {}",
            java_map(&answer_headers)
        ));
        log.push(format!(
            "Endpoint response body before transformations: {answer_body}"
        ));
    }
    let selected = selection::select(&integration.responses, &subject);
    let selected = match selected {
        Ok(s) => s,
        Err(e) => {
            // No integration responses configured at all: nothing to map the answer to.
            return Err(e);
        }
    };
    if let Some(declared) = &integration.method_responses {
        if !declared
            .iter()
            .any(|c| c.trim() == selected.status_code.trim())
        {
            return Err(GatewayError::Configuration(format!(
                "Output mapping refers to an invalid method response: {}",
                selected.status_code
            )));
        }
    }
    let handling = ContentHandling::parse(selected.content_handling.as_deref())
        .map_err(GatewayError::Configuration)?;
    let accept_binary =
        binary::is_binary_media_type(request.header("Accept"), &integration.binary_media_types);
    let converted = binary::convert_response(answer, handling, accept_binary)?;
    let (converted_body, converted_binary) = converted.shown();
    let answer = BackendAnswer {
        headers: &answer_headers,
        body: &converted_body,
        binary: converted_binary,
        lambda_error,
    };
    let mut response = response_mapping::apply(selected, request, context, &answer, log)?;
    response.headers = header_filter::method_response_headers(&response.headers);
    Ok(response)
}

/// The method request payload as it arrives: binary when its Content-Type is one of the API's
/// binary media types.
fn arriving_payload(integration: &Integration, request: &Request) -> Payload {
    let is_binary = binary::is_binary_media_type(
        request.header("Content-Type"),
        &integration.binary_media_types,
    );
    Payload::arriving(request.body_bytes(), is_binary)
}

/// A backend file's body as bytes (validated as base64 when the file was read).
fn answer_bytes(body: &str, is_base64: bool) -> Vec<u8> {
    if is_base64 {
        if let Ok(b) = binary::decode(body) {
            return b;
        }
    }
    body.as_bytes().to_vec()
}

/// A Lambda function answers a JSON document: binary only when `application/json` is one of the
/// binary media types (`*/*`, say).
fn lambda_answer(integration: &Integration, payload: &str) -> Payload {
    let is_binary =
        binary::is_binary_media_type(Some("application/json"), &integration.binary_media_types);
    Payload::arriving(payload.as_bytes().to_vec(), is_binary)
}

fn header_value<'a>(headers: &'a IndexMap<String, Vec<String>>, name: &str) -> Option<&'a str> {
    headers
        .iter()
        .rev()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.last())
        .map(String::as_str)
}

/// Headers API Gateway adds on the way to an HTTP or AWS backend (§7.3).
fn add_gateway_headers(headers: &mut IndexMap<String, Vec<String>>, context: &Value) {
    let api_id = match context {
        Value::Map(m) => m
            .borrow()
            .entries
            .get("apiId")
            .and_then(crate::vtl::value::to_java_string)
            .unwrap_or_default(),
        _ => String::new(),
    };
    let has = |h: &IndexMap<String, Vec<String>>, name: &str| {
        h.keys().any(|k| k.eq_ignore_ascii_case(name))
    };
    if !has(headers, "User-Agent") {
        headers.insert(
            "User-Agent".into(),
            vec![format!("AmazonAPIGateway_{api_id}")],
        );
    }
    if !has(headers, "x-amzn-apigateway-api-id") {
        headers.insert("x-amzn-apigateway-api-id".into(), vec![api_id]);
    }
}

fn http_proxy(
    integration: &Integration,
    request: &Request,
    context: &Value,
    backend: &Backend,
    log: &mut Vec<String>,
    integration_request: &mut Option<IntegrationRequest>,
) -> Result<MethodResponse, GatewayError> {
    let sources = Sources::for_request(request, context);
    let mapped = map_request(&integration.request_parameters, &sources)
        .map_err(GatewayError::Configuration)?;
    check_headers(integration.kind, &mapped.headers)?;
    // The request passes through; mapped values are merged in, query values appended to the
    // incoming ones (LocalStack, validated on AWS: test_http_proxy_integration_request_data_mappings).
    let mut merged = Mapped {
        path: request.path.clone(),
        query: request.query.clone(),
        headers: header_filter::http_proxy_forwarded(&request.headers),
    };
    for (k, v) in mapped.path {
        merged.path.insert(k, v);
    }
    for (k, v) in mapped.query {
        merged.query.entry(k).or_default().extend(v);
    }
    for (k, v) in mapped.headers {
        // A mapped header replaces the client's, whatever its case (recorded on AWS:
        // test_http_proxy_integration_request_data_mappings, headerVar).
        merged.headers.retain(|h, _| !h.eq_ignore_ascii_case(&k));
        merged.headers.insert(k, v);
    }
    let uri = build_uri(integration, request, &merged);
    let mut headers = header_filter::integration_request_headers(integration.kind, &merged.headers);
    add_gateway_headers(&mut headers, context);
    // The proxy sends the bytes it got; whether they are binary only changes how gwmap shows them.
    let (body, body_is_base64) = arriving_payload(integration, request).shown();
    log.push(format!("Endpoint request URI: {uri}"));
    log.push(format!("Endpoint request headers: {}", java_map(&headers)));
    log.push(format!(
        "Endpoint request body after transformations: {body}"
    ));
    *integration_request = Some(IntegrationRequest {
        method: integration
            .http_method
            .clone()
            .filter(|m| m != "ANY")
            .unwrap_or_else(|| request.method().to_string()),
        uri,
        headers,
        body: body.clone(),
        body_is_base64,
    });
    let (status, headers, body, body_is_base64) = match backend {
        Backend::Http {
            status,
            headers,
            body,
            body_is_base64,
        } => (*status, headers.clone(), body.clone(), *body_is_base64),
        Backend::Echo => (200, IndexMap::new(), body, body_is_base64),
        Backend::LambdaResult(p) => (200, IndexMap::new(), p.clone(), false),
        Backend::LambdaError { payload, .. } => (200, IndexMap::new(), payload.clone(), false),
    };
    log.push(format!(
        "Received response. Status: {status}, Integration latency: 0 ms"
    ));
    Ok(MethodResponse {
        status,
        headers: header_filter::method_response_headers(&headers),
        body,
        body_is_base64,
    })
}

fn aws_proxy(
    integration: &Integration,
    request: &Request,
    backend: &Backend,
    log: &mut Vec<String>,
    integration_request: &mut Option<IntegrationRequest>,
) -> Result<MethodResponse, GatewayError> {
    // AWS_PROXY ignores requestParameters ("undocumented but validated behavior":
    // LocalStack test_lambda_aws_proxy_integration_request_data_mapping, recorded on AWS), but
    // a mapping onto a forbidden header still fails the execution (recorded on AWS:
    // TestApiGatewayHeaderRemapping[AWS_PROXY], Content-Length ... TE → 500).
    let targets: IndexMap<String, Vec<String>> = integration
        .request_parameters
        .keys()
        .filter_map(|t| t.strip_prefix("integration.request.header."))
        .map(|h| (h.to_string(), Vec::new()))
        .collect();
    check_headers(IntegrationType::AwsProxy, &targets)?;
    // Lambda is invoked with POST only; another integration httpMethod makes the invoke fail,
    // and AWS answers 500 (recorded: test_lambda_aws_proxy_integration_non_post_method).
    if let Some(m) = integration.http_method.as_deref() {
        if !m.eq_ignore_ascii_case("POST") {
            return Err(GatewayError::Configuration(format!(
                "a Lambda proxy integration must use httpMethod POST, not {m}"
            )));
        }
    }
    let binary_request = binary::is_binary_media_type(
        request.header("Content-Type"),
        &integration.binary_media_types,
    );
    let event = lambda_proxy::event_v1(request, binary_request);
    let event_text = event.to_string();
    log.push(format!(
        "Endpoint request body after transformations: {event_text}"
    ));
    *integration_request = Some(IntegrationRequest {
        method: "POST".into(),
        uri: integration.uri.clone().unwrap_or_default(),
        headers: IndexMap::new(),
        body: event_text.clone(),
        body_is_base64: false,
    });
    let result = match backend {
        Backend::LambdaResult(p) => p.clone(),
        Backend::Http { body, .. } => body.clone(),
        // The default backend for AWS_PROXY: a function answering 200 with the event.
        Backend::Echo => serde_json::json!({"statusCode": 200, "body": event_text}).to_string(),
        Backend::LambdaError { message, .. } => {
            return Err(GatewayError::ProxyFunctionError(message.clone()))
        }
    };
    log.push(format!(
        "Endpoint response body before transformations: {result}"
    ));
    let parsed: Json = serde_json::from_str(&result).map_err(|e| {
        GatewayError::MalformedProxyResponse(format!("the function's answer is not JSON: {e}"))
    })?;
    let r = lambda_proxy::proxy_response(&parsed)?;
    // A base64 body becomes bytes only for a client whose first Accept type is binary
    // (recorded on AWS: test_aws_proxy_binary_response; a Content-Type in binaryMediaTypes is
    // not enough). Other clients get the base64 text.
    let accept_binary =
        binary::is_binary_media_type(request.header("Accept"), &integration.binary_media_types);
    let payload = if r.is_base64 && accept_binary {
        binary::convert_response(Payload::Text(r.body), None, true)?
    } else {
        Payload::Text(r.body)
    };
    let (body, body_is_base64) = payload.shown();
    let mut headers = header_filter::method_response_headers(&r.headers);
    if !headers
        .keys()
        .any(|k| k.eq_ignore_ascii_case("content-type"))
    {
        headers.insert("Content-Type".into(), vec!["application/json".into()]);
    }
    Ok(MethodResponse {
        status: r.status,
        headers,
        body,
        body_is_base64,
    })
}
