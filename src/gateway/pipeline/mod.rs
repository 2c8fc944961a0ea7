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
//!
//! The flows that run those steps: [`non_proxy`] (MOCK, AWS, HTTP) and [`proxy`] (HTTP_PROXY,
//! AWS_PROXY).

pub mod backend;
pub mod binary;
pub mod gateway_responses;
pub mod header_filter;
pub mod lambda_proxy;
pub mod method_request;
pub mod mock;
mod non_proxy;
pub mod param_mapping;
pub mod passthrough;
mod proxy;
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
use non_proxy::non_proxy;
use param_mapping::{map_request, Mapped, Sources};
use passthrough::RequestBody;
use proxy::{aws_proxy, http_proxy};
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
    let flow = Flow {
        integration,
        request,
        context: &context,
        backend,
        log,
        integration_request,
    };
    match integration.kind {
        IntegrationType::AwsProxy => aws_proxy(flow),
        IntegrationType::HttpProxy => http_proxy(flow),
        _ => non_proxy(flow),
    }
}

/// What a flow ([`non_proxy`], [`proxy`]) works with: the invocation's inputs, and where it
/// records the log and the integration request on the way.
struct Flow<'a> {
    integration: &'a Integration,
    request: &'a Request,
    context: &'a Value,
    backend: &'a Backend,
    log: &'a mut Vec<String>,
    integration_request: &'a mut Option<IntegrationRequest>,
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

/// The method request payload as it arrives: binary when its Content-Type is one of the API's
/// binary media types.
fn arriving_payload(integration: &Integration, request: &Request) -> Payload {
    let is_binary = binary::is_binary_media_type(
        request.header("Content-Type"),
        &integration.binary_media_types,
    );
    Payload::arriving(request.body_bytes(), is_binary)
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
