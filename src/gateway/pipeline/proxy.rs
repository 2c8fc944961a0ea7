//! HTTP_PROXY (the request passed through with the mappings merged) and AWS_PROXY (the Lambda
//! proxy event, and the function's answer validated as AWS does).

// One step of the pipeline: it works with the pipeline's own types and helpers.
use super::*;

pub(super) fn http_proxy(flow: Flow<'_>) -> Result<MethodResponse, GatewayError> {
    let Flow {
        integration,
        request,
        context,
        backend,
        log,
        integration_request,
    } = flow;
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

pub(super) fn aws_proxy(flow: Flow<'_>) -> Result<MethodResponse, GatewayError> {
    let Flow {
        integration,
        request,
        backend,
        log,
        integration_request,
        ..
    } = flow;
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
