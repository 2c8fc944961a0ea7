//! Integration response → method response (§9.2, §9.3): response parameter mappings, the
//! response template chosen by Accept, then `$context.responseOverride` on top.

use indexmap::IndexMap;
use serde_json::Value as Json;

use super::gateway_responses::GatewayError;
use super::param_mapping::{map_response, Sources};
use super::template_selection::response_template;
use super::{parse_template, MethodResponse};
use crate::gateway::integration::IntegrationResponse;
use crate::gateway::render::{context_overrides, render_phase, Direction, RenderOptions};
use crate::gateway::request::Request;
use crate::vtl::value::Value;

/// What the backend answered, as the integration response sees it.
pub struct BackendAnswer<'a> {
    pub headers: &'a IndexMap<String, Vec<String>>,
    pub body: &'a str,
    /// `body` is base64 for bytes that stay binary (no template may render them).
    pub binary: bool,
    pub lambda_error: bool,
}

pub fn apply(
    selected: &IntegrationResponse,
    request: &Request,
    context: &Value,
    answer: &BackendAnswer,
    log: &mut Vec<String>,
) -> Result<MethodResponse, GatewayError> {
    let status: u16 = selected.status_code.trim().parse().map_err(|_| {
        GatewayError::Configuration(format!(
            "integration response statusCode `{}` is not a number",
            selected.status_code
        ))
    })?;
    let sources = Sources {
        request,
        context,
        response_headers: Some(answer.headers),
        response_body: Some(answer.body),
        lambda_error: answer.lambda_error,
    };
    let mapped = map_response(&selected.response_parameters, &sources)
        .map_err(GatewayError::Configuration)?;
    let mut headers: IndexMap<String, Vec<String>> = IndexMap::new();
    for (k, v) in mapped {
        headers.insert(k, vec![v]);
    }
    let mut status = status;
    let mut body_is_base64 = false;
    let body = match response_template(&selected.response_templates, request.header("Accept")) {
        None => {
            body_is_base64 = answer.binary;
            answer.body.to_string()
        }
        Some(_) if answer.binary => {
            return Err(super::binary::template_refuses_binary(
                "integration response",
            ))
        }
        Some((key, text)) => {
            let template = parse_template(text, &format!("responseTemplates[{key}]"))?;
            let rendered = render_phase(
                &template,
                request,
                answer.body,
                context,
                RenderOptions {
                    direction: Direction::Response,
                    trace: false,
                },
            )
            .map_err(|e| GatewayError::Configuration(format!("response template {key}: {e}")))?;
            rendered.output
        }
    };
    // Overrides from either template (the request template's reach the client too: recorded
    // on AWS, test_integration_mock_with_response_override_in_request_template).
    let (_, response_override) = context_overrides(context);
    if let Some(s) = response_override.get("status") {
        if let Some(code) = override_status(s) {
            status = code;
        }
    }
    if let Some(Json::Object(h)) = response_override.get("header") {
        for (k, v) in h {
            if let Some(v) = json_text(v) {
                headers.insert(k.clone(), vec![v]);
            }
        }
    }
    if !headers
        .keys()
        .any(|k| k.eq_ignore_ascii_case("content-type"))
    {
        // "API Gateway always adds a Content-Type to integration responses, application/json
        // by default" (DG-KI).
        headers.insert("Content-Type".into(), vec!["application/json".into()]);
    }
    log.push(format!(
        "Method response body after transformations: {body}"
    ));
    Ok(MethodResponse {
        status,
        headers,
        body,
        body_is_base64,
    })
}

/// `responseOverride.status` may hold a number or a numeric string.
pub fn override_status(v: &Json) -> Option<u16> {
    match v {
        Json::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
        Json::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

pub fn json_text(v: &Json) -> Option<String> {
    match v {
        Json::Null => None,
        Json::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}
