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

pub mod backend;
pub mod gateway_responses;
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
}

/// What the client receives.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodResponse {
    pub status: u16,
    pub headers: IndexMap<String, Vec<String>>,
    pub body: String,
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
    let body = match choice {
        RequestBody::PassThrough => request.body.clone(),
        RequestBody::Transform { key, template } => {
            let t = parse_template(template, &format!("requestTemplates[{key}]"))?;
            let rendered = render_phase(
                &t,
                request,
                &request.body,
                context,
                RenderOptions {
                    direction: Direction::Request,
                    trace: false,
                },
            )
            .map_err(|e| GatewayError::Configuration(format!("request template {key}: {e}")))?;
            apply_request_override(&mut mapped, &rendered.request_override);
            rendered.output
        }
    };
    check_headers(integration.kind, &mapped.headers)?;
    let uri = build_uri(integration, request, &mapped);
    let mut headers = mapped.headers.clone();
    if integration.kind != IntegrationType::Mock {
        add_gateway_headers(&mut headers, context);
    }
    log.push(format!("Endpoint request URI: {uri}"));
    log.push(format!("Endpoint request headers: {}", java_map(&headers)));
    log.push(format!(
        "Endpoint request body after transformations: {body}"
    ));
    let ireq = IntegrationRequest {
        method: integration
            .http_method
            .clone()
            .unwrap_or_else(|| request.method().to_string()),
        uri,
        headers,
        body: body.clone(),
    };
    *integration_request = Some(ireq);
    let empty = IndexMap::new();
    let (subject, answer_headers, answer_body, lambda_error) = match integration.kind {
        IntegrationType::Mock => {
            let status = mock::mock_status(&body)?;
            (status.to_string(), empty.clone(), String::new(), false)
        }
        _ => {
            let lambda = integration.is_lambda();
            match backend {
                Backend::Echo => {
                    if lambda {
                        (String::new(), empty.clone(), body.clone(), false)
                    } else {
                        ("200".into(), empty.clone(), body.clone(), false)
                    }
                }
                Backend::Http {
                    status,
                    headers,
                    body,
                } => {
                    if lambda {
                        (String::new(), headers.clone(), body.clone(), false)
                    } else {
                        (status.to_string(), headers.clone(), body.clone(), false)
                    }
                }
                Backend::LambdaResult(p) => {
                    let s = if lambda { String::new() } else { "200".into() };
                    (s, empty.clone(), p.clone(), false)
                }
                Backend::LambdaError {
                    message, payload, ..
                } => {
                    let s = if lambda {
                        message.clone()
                    } else {
                        "200".into()
                    };
                    (s, empty.clone(), payload.clone(), true)
                }
            }
        }
    };
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
    let answer = BackendAnswer {
        headers: &answer_headers,
        body: &answer_body,
        lambda_error,
    };
    response_mapping::apply(selected, request, context, &answer, log)
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
        headers: request.headers.clone(),
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
    let mut headers = merged.headers.clone();
    add_gateway_headers(&mut headers, context);
    log.push(format!("Endpoint request URI: {uri}"));
    log.push(format!("Endpoint request headers: {}", java_map(&headers)));
    log.push(format!(
        "Endpoint request body after transformations: {}",
        request.body
    ));
    *integration_request = Some(IntegrationRequest {
        method: integration
            .http_method
            .clone()
            .filter(|m| m != "ANY")
            .unwrap_or_else(|| request.method().to_string()),
        uri,
        headers,
        body: request.body.clone(),
    });
    let (status, headers, body) = match backend {
        Backend::Http {
            status,
            headers,
            body,
        } => (*status, headers.clone(), body.clone()),
        Backend::Echo => (200, IndexMap::new(), request.body.clone()),
        Backend::LambdaResult(p) => (200, IndexMap::new(), p.clone()),
        Backend::LambdaError { payload, .. } => (200, IndexMap::new(), payload.clone()),
    };
    log.push(format!(
        "Received response. Status: {status}, Integration latency: 0 ms"
    ));
    Ok(MethodResponse {
        status,
        headers,
        body,
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
    let event = lambda_proxy::event_v1(request);
    let event_text = event.to_string();
    log.push(format!(
        "Endpoint request body after transformations: {event_text}"
    ));
    *integration_request = Some(IntegrationRequest {
        method: "POST".into(),
        uri: integration.uri.clone().unwrap_or_default(),
        headers: IndexMap::new(),
        body: event_text.clone(),
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
    let mut headers = r.headers;
    if !headers
        .keys()
        .any(|k| k.eq_ignore_ascii_case("content-type"))
    {
        headers.insert("Content-Type".into(), vec!["application/json".into()]);
    }
    Ok(MethodResponse {
        status: r.status,
        headers,
        body: r.body,
    })
}
