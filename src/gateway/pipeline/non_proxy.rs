//! MOCK, AWS (services and Lambda non-proxy) and HTTP: the integration request is mapped and
//! rendered, the backend answers, the integration response is selected, mapped and rendered.

// One step of the pipeline: it works with the pipeline's own types and helpers.
use super::*;

pub(super) fn non_proxy(flow: Flow<'_>) -> Result<MethodResponse, GatewayError> {
    let Flow {
        integration,
        request,
        context,
        backend,
        log,
        integration_request,
    } = flow;
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
