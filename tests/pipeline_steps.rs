//! One test (or a few) per pipeline step, each naming its evidence.

use gwmap::gateway::pipeline::{invoke, Backend, Invocation};
use gwmap::gateway::Request;
use gwmap::sources::openapi::parse_integration;
use serde_json::json;

fn run(
    integration: serde_json::Value,
    request: serde_json::Value,
    backend: serde_json::Value,
) -> Invocation {
    let integration = parse_integration(&integration.to_string()).expect("integration");
    let request = Request::from_json(&request.to_string()).expect("request");
    let backend = Backend::from_json(&backend).expect("backend");
    invoke(&integration, &request, &backend)
}

fn header<'a>(inv: &'a Invocation, name: &str) -> Option<&'a str> {
    inv.response
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.last())
        .map(String::as_str)
}

const LAMBDA_URI: &str = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations";

// ---- 1. method request

#[test]
fn missing_required_parameters_give_400_with_aws_body() {
    let inv = run(
        json!({"x-amazon-apigateway-request-validator": "all",
               "parameters": [
                 {"name": "q", "in": "query", "required": true},
                 {"name": "X-Key", "in": "header", "required": true},
                 {"name": "opt", "in": "query"}],
               "x-amazon-apigateway-integration": {"type": "MOCK",
                 "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
                 "responses": {"default": {"statusCode": "200"}}}}),
        json!({}),
        json!({}),
    );
    assert_eq!(inv.response.status, 400);
    assert_eq!(
        inv.response.body,
        r#"{"message": "Missing required request parameters: [q, X-Key]"}"#
    );
    assert_eq!(
        header(&inv, "x-amzn-ErrorType"),
        Some("BadRequestException")
    );
}

#[test]
fn required_parameters_are_not_enforced_without_a_validator() {
    // Recorded on AWS: test_http_proxy_integration_request_data_mappings (emptyheader).
    let inv = run(
        json!({"parameters": [{"name": "q", "in": "query", "required": true}],
               "x-amazon-apigateway-integration": {"type": "MOCK",
                 "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
                 "responses": {"default": {"statusCode": "200"}}}}),
        json!({}),
        json!({}),
    );
    assert_eq!(inv.response.status, 200);
}

// ---- 2. integration request: parameter mappings, template selection, passthrough

#[test]
fn request_parameter_mappings_fill_uri_query_and_headers() {
    let inv = run(
        json!({"type": "HTTP", "httpMethod": "GET", "uri": "https://example.com/pets/{id}/${stageVariables.v}",
               "requestParameters": {
                 "integration.request.path.id": "method.request.path.petId",
                 "integration.request.querystring.tags": "method.request.multivaluequerystring.tag",
                 "integration.request.querystring.src": "'static value'",
                 "integration.request.header.X-Stage": "stageVariables.env",
                 "integration.request.header.X-Name": "method.request.body.pet.name",
                 "integration.request.header.X-Req": "context.requestId"},
               "responses": {"default": {"statusCode": "200"}}}),
        json!({"method": "POST", "resourcePath": "/pets/{petId}", "path": {"petId": "42"},
               "query": {"tag": ["a", "b"]}, "stageVariables": {"env": "dev", "v": "v1"},
               "body": "{\"pet\": {\"name\": \"rex\"}}"}),
        json!({"status": 200, "body": "ok"}),
    );
    let r = inv.integration_request.expect("reached the backend");
    assert_eq!(
        r.uri,
        "https://example.com/pets/42/v1?tags=a&tags=b&src=static%20value"
    );
    assert_eq!(r.headers["X-Stage"], vec!["dev"]);
    assert_eq!(r.headers["X-Name"], vec!["rex"]);
    assert_eq!(
        r.headers["X-Req"],
        vec!["11111111-2222-3333-4444-555555555555"]
    );
    assert_eq!(r.method, "GET");
    assert_eq!(inv.response.body, "ok");
}

#[test]
fn content_type_selects_by_mime_type_only_and_missing_means_json() {
    let integ = json!({"type": "HTTP", "uri": "https://example.com",
        "requestTemplates": {"application/json": "json", "application/xml": "xml"},
        "responses": {"default": {"statusCode": "200"}}});
    let body = |ct: Option<&str>| {
        let mut req = json!({"method": "POST", "body": "x"});
        if let Some(ct) = ct {
            req["headers"] = json!({"Content-Type": ct});
        }
        run(integ.clone(), req, json!({"echo": true})).response.body
    };
    assert_eq!(body(Some("application/json; charset=UTF-8")), "json");
    assert_eq!(body(Some("Application/XML")), "xml");
    assert_eq!(body(None), "json");
    // WHEN_NO_MATCH (the default) passes an unmatched body through raw.
    assert_eq!(body(Some("text/plain")), "x");
}

#[test]
fn passthrough_behavior_table() {
    // DG-PASS: (behavior, templates defined?, matched?) -> transform | pass | 415
    let case = |behavior: &str, templates: serde_json::Value, ct: &str| {
        let inv = run(
            json!({"type": "HTTP", "uri": "https://e", "passthroughBehavior": behavior,
                   "requestTemplates": templates, "responses": {"default": {"statusCode": "200"}}}),
            json!({"method": "POST", "headers": {"Content-Type": ct}, "body": "raw"}),
            json!({"echo": true}),
        );
        (inv.response.status, inv.response.body)
    };
    let xml = json!({"application/xml": "T"});
    let none = json!({});
    let ums = (415, r#"{"message": "Unsupported Media Type"}"#.to_string());
    assert_eq!(
        case("WHEN_NO_MATCH", xml.clone(), "application/xml"),
        (200, "T".into())
    );
    assert_eq!(
        case("WHEN_NO_MATCH", xml.clone(), "application/json"),
        (200, "raw".into())
    );
    assert_eq!(
        case("WHEN_NO_TEMPLATES", xml.clone(), "application/json"),
        ums
    );
    assert_eq!(case("NEVER", xml.clone(), "application/json"), ums);
    assert_eq!(
        case("WHEN_NO_MATCH", none.clone(), "application/json"),
        (200, "raw".into())
    );
    assert_eq!(
        case("WHEN_NO_TEMPLATES", none.clone(), "application/json"),
        (200, "raw".into())
    );
    assert_eq!(case("NEVER", none, "application/json"), ums);
}

#[test]
fn request_override_reaches_the_integration_request() {
    let inv = run(
        json!({"type": "HTTP", "uri": "https://e/{p}",
               "requestTemplates": {"application/json":
                 "#set($context.requestOverride.header.X-Over = 'h')#set($context.requestOverride.querystring.q = 'v')#set($context.requestOverride.path.p = 'pp')body"},
               "responses": {"default": {"statusCode": "200"}}}),
        json!({"method": "POST"}),
        json!({"echo": true}),
    );
    let r = inv.integration_request.unwrap();
    assert_eq!(r.uri, "https://e/pp?q=v");
    assert_eq!(r.headers["X-Over"], vec!["h"]);
    assert_eq!(r.body, "body");
}

#[test]
fn mapping_a_forbidden_header_is_a_500() {
    // §7.3 (LocalStack integration_request.py, validated against AWS).
    let inv = run(
        json!({"type": "AWS", "uri": "arn:aws:apigateway:us-east-1:sqs:path/1/q",
               "requestParameters": {"integration.request.header.Content-Length": "'1'"},
               "responses": {"default": {"statusCode": "200"}}}),
        json!({}),
        json!({}),
    );
    assert_eq!(inv.response.status, 500);
    assert_eq!(inv.response.body, r#"{"message": "Internal server error"}"#);
}

// ---- 3. backends

#[test]
fn mock_status_is_read_leniently_and_must_be_a_number() {
    let mock = |tpl: &str| {
        run(
            json!({"type": "MOCK", "requestTemplates": {"application/json": tpl},
                   "responses": {"default": {"statusCode": "200"},
                                 "4\\d{2}": {"statusCode": "400", "responseTemplates": {"application/json": "bad"}}}}),
            json!({}),
            json!({}),
        )
        .response
    };
    assert_eq!(mock("{statusCode: 200}").status, 200); // CDK's CORS template (LS-PR#11967)
    let r = mock("{\"statusCode\": 404}");
    assert_eq!((r.status, r.body.as_str()), (400, "bad"));
    assert_eq!(mock("{\"statusCode\": \"200\"}").status, 500); // aws/aws-cdk #5997
    assert_eq!(mock("{\"statusCode\": 200").status, 500);
}

#[test]
fn lambda_selection_matches_the_whole_error_message() {
    let integ = json!({"type": "AWS", "httpMethod": "POST", "uri": LAMBDA_URI,
        "responses": {"default": {"statusCode": "200"},
                      ".*Not found.*": {"statusCode": "404",
                          "responseParameters": {"method.response.header.X-Status": "integration.response.body.errorMessage.code"}},
                      ".+": {"statusCode": "500"}}});
    // A success has an empty errorMessage: `.+` does not match it (LS-PR#12580).
    let ok = run(integ.clone(), json!({}), json!({"result": {"a": 1}}));
    assert_eq!(
        (ok.response.status, ok.response.body.as_str()),
        (200, r#"{"a":1}"#)
    );
    let nf = run(
        integ.clone(),
        json!({}),
        json!({"errorMessage": "Not found: x"}),
    );
    assert_eq!(nf.response.status, 404);
    let other = run(integ.clone(), json!({}), json!({"errorMessage": "boom"}));
    assert_eq!(other.response.status, 500);
    // `.` does not match a line break and the match is anchored, so neither pattern matches
    // "a\nb" and the default (200) answers, as on AWS (aws-sdk-js #2466).
    let nl = run(integ, json!({}), json!({"errorMessage": "a\nb"}));
    assert_eq!(nl.response.status, 200);
}

#[test]
fn lambda_error_message_is_deserialised_for_header_mappings() {
    // DG-LERR: integration.response.body.errorMessage.httpStatus works on a JSON string.
    let inv = run(
        json!({"type": "AWS", "uri": LAMBDA_URI,
               "responses": {"default": {"statusCode": "200"},
                 ".*httpStatus.*": {"statusCode": "400", "responseParameters": {
                   "method.response.header.X-Status": "integration.response.body.errorMessage.httpStatus",
                   "method.response.header.X-Trace": "integration.response.body.errorMessage.trace"}}}}),
        json!({}),
        json!({"errorMessage": "{\"httpStatus\": 400, \"trace\": {\"line\": 1}}"}),
    );
    assert_eq!(inv.response.status, 400);
    assert_eq!(header(&inv, "X-Status"), Some("400"));
    assert_eq!(header(&inv, "X-Trace"), Some(r#"{"line":1}"#));
}

#[test]
fn http_selection_uses_the_status_code() {
    let integ = json!({"type": "HTTP", "uri": "https://e",
        "responses": {"default": {"statusCode": "200"}, "5\\d{2}": {"statusCode": "502"}}});
    assert_eq!(
        run(integ.clone(), json!({}), json!({"status": 503}))
            .response
            .status,
        502
    );
    assert_eq!(
        run(integ, json!({}), json!({"status": 404}))
            .response
            .status,
        200
    );
}

#[test]
fn no_match_and_no_default_is_a_500() {
    let inv = run(
        json!({"type": "HTTP", "uri": "https://e", "responses": {"2\\d{2}": {"statusCode": "200"}}}),
        json!({}),
        json!({"status": 500}),
    );
    assert_eq!(inv.response.status, 500);
    assert_eq!(inv.response.body, r#"{"message": "Internal server error"}"#);
}

#[test]
fn selected_status_needs_a_method_response() {
    let inv = run(
        json!({"responses": {"200": {}},
               "x-amazon-apigateway-integration": {"type": "HTTP", "uri": "https://e",
                 "responses": {"default": {"statusCode": "201"}}}}),
        json!({}),
        json!({"status": 200}),
    );
    assert_eq!(inv.response.status, 500);
}

#[test]
fn http_proxy_passes_through_with_mappings_merged() {
    let inv = run(
        json!({"type": "HTTP_PROXY", "httpMethod": "ANY", "uri": "https://e/{proxy}",
               "requestParameters": {"integration.request.path.proxy": "method.request.path.proxy",
                                     "integration.request.querystring.q": "'mapped'"}}),
        json!({"method": "PUT", "resourcePath": "/{proxy+}", "path": {"proxy": "a/b"},
               "query": {"q": ["sent"]}, "body": "raw"}),
        json!({"status": 418, "headers": {"X-B": "1"}, "body": "teapot"}),
    );
    let r = inv.integration_request.clone().unwrap();
    assert_eq!(r.method, "PUT");
    assert_eq!(r.uri, "https://e/a/b?q=sent&q=mapped");
    assert_eq!(r.body, "raw");
    assert_eq!(
        (inv.response.status, inv.response.body.as_str()),
        (418, "teapot")
    );
    assert_eq!(header(&inv, "X-B"), Some("1"));
}

// ---- AWS_PROXY

#[test]
fn aws_proxy_event_has_nulls_for_absent_parts() {
    let inv = run(
        json!({"type": "AWS_PROXY", "uri": LAMBDA_URI,
               "requestParameters": {"integration.request.header.X": "'ignored'"}}),
        json!({"method": "GET", "resourcePath": "/p"}),
        json!({"result": {"statusCode": 200, "body": "hi"}}),
    );
    let ev: serde_json::Value =
        serde_json::from_str(&inv.integration_request.unwrap().body).unwrap();
    for k in [
        "headers",
        "multiValueHeaders",
        "queryStringParameters",
        "pathParameters",
        "stageVariables",
        "body",
    ] {
        assert!(ev[k].is_null(), "{k}");
    }
    assert_eq!(ev["isBase64Encoded"], json!(false));
    assert_eq!(ev["requestContext"]["path"], json!("/dev/p"));
    assert_eq!(inv.response.body, "hi");
}

#[test]
fn aws_proxy_response_validation() {
    let status = |result: serde_json::Value| {
        run(
            json!({"type": "AWS_PROXY", "uri": LAMBDA_URI}),
            json!({}),
            json!({"result": result}),
        )
        .response
        .status
    };
    assert_eq!(status(json!({})), 200);
    assert_eq!(status(json!({"statusCode": "201"})), 201);
    assert_eq!(status(json!({"statusCode": "test"})), 502);
    assert_eq!(status(json!({"statusCode": 200, "wrongValue": 1})), 502);
    assert_eq!(status(json!({"statusCode": 200, "body": {"a": 1}})), 502);
    assert_eq!(status(json!({"multiValueHeaders": {"a": "v"}})), 502);
    assert_eq!(status(json!({"headers": null, "body": "x"})), 200);
    assert_eq!(status(json!({"headers": {"b": true}})), 200);
    assert_eq!(status(json!("justAString")), 502);
    let err = run(
        json!({"type": "AWS_PROXY", "uri": LAMBDA_URI}),
        json!({}),
        json!({"errorMessage": "x"}),
    );
    assert_eq!(err.response.status, 502);
    assert_eq!(err.response.body, r#"{"message": "Internal server error"}"#);
}

// ---- 4/5. integration response → method response

#[test]
fn response_template_by_accept_then_overrides() {
    let integ = json!({"type": "HTTP", "uri": "https://e",
        "responses": {"default": {"statusCode": "200",
            "responseParameters": {"method.response.header.X-From": "integration.response.header.X-Up",
                                   "method.response.header.X-Static": "'s'"},
            "responseTemplates": {
              "application/json": "#set($context.responseOverride.status = 201)#set($context.responseOverride.header.X-O = 'o')$input.path('$.a')",
              "application/xml": "<a>$input.path('$.a')</a>"}}}});
    let backend = json!({"status": 200, "headers": {"X-Up": "up"}, "body": "{\"a\": 5}"});
    let j = run(integ.clone(), json!({}), backend.clone());
    assert_eq!((j.response.status, j.response.body.as_str()), (201, "5"));
    assert_eq!(header(&j, "X-From"), Some("up"));
    assert_eq!(header(&j, "X-Static"), Some("s"));
    assert_eq!(header(&j, "X-O"), Some("o"));
    assert_eq!(header(&j, "Content-Type"), Some("application/json"));
    let x = run(
        integ,
        json!({"headers": {"Accept": "application/xml, application/json"}}),
        backend,
    );
    assert_eq!(
        (x.response.status, x.response.body.as_str()),
        (200, "<a>5</a>")
    );
}

#[test]
fn overrides_set_in_the_request_template_reach_the_client() {
    // Recorded on AWS: test_integration_mock_with_response_override_in_request_template (444).
    let inv = run(
        json!({"type": "MOCK", "requestTemplates": {"application/json":
                 "#set($context.responseOverride.status = 444){\"statusCode\": 200}"},
               "responses": {"default": {"statusCode": "200", "responseTemplates": {"application/json": "ok"}}}}),
        json!({}),
        json!({}),
    );
    assert_eq!(
        (inv.response.status, inv.response.body.as_str()),
        (444, "ok")
    );
}

#[test]
fn template_errors_are_500_not_panics() {
    let inv = run(
        json!({"type": "MOCK", "requestTemplates": {"application/json": "#if("},
               "responses": {"default": {"statusCode": "200"}}}),
        json!({}),
        json!({}),
    );
    assert_eq!(inv.response.status, 500);
    assert!(inv.log.iter().any(|l| l.contains("configuration error")));
}

#[test]
fn loader_errors_name_the_json_path() {
    let e =
        parse_integration(r#"{"type": "MOCK", "responses": {"default": {"statusCod": "200"}}}"#)
            .unwrap_err();
    assert_eq!(e.path, "$.responses.default.statusCod");
    let e = parse_integration(r#"{"type": "LAMBDA"}"#).unwrap_err();
    assert_eq!(e.path, "$.type");
    let e = parse_integration(r#"{"x-amazon-apigateway-integration": {"type": "MOCK", "passthroughBehavior": "SOMETIMES"}}"#).unwrap_err();
    assert_eq!(
        e.path,
        "$.x-amazon-apigateway-integration.passthroughBehavior"
    );
}

// ---- headers dropped and remapped (src/gateway/pipeline/header_filter.rs)

fn integration_header<'a>(inv: &'a Invocation, name: &str) -> Option<&'a str> {
    inv.integration_request
        .as_ref()?
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.last())
        .map(String::as_str)
}

#[test]
fn dropped_client_headers_are_invisible_to_templates_and_mappings() {
    // Recorded on AWS: TestApiGatewayHeaderRemapping[AWS] full, $input.params('Connection') is "".
    let inv = run(
        json!({"type": "HTTP", "httpMethod": "POST", "uri": "https://example.com/",
               "requestParameters": {"integration.request.header.X-Conn": "method.request.header.Connection",
                                     "integration.request.header.X-Age": "method.request.header.Age"},
               "requestTemplates": {"application/json":
                   "$input.params('Connection')|$input.params('WWW-Authenticate')|$input.params('Age')"},
               "responses": {"default": {"statusCode": "200"}}}),
        json!({"headers": {"connection": "close", "WWW-Authenticate": "Basic", "Age": "7"}}),
        json!({}),
    );
    let ir = inv.integration_request.as_ref().unwrap();
    assert_eq!(ir.body, "||7");
    assert_eq!(integration_header(&inv, "X-Conn"), None);
    assert_eq!(integration_header(&inv, "X-Age"), Some("7"));
}

#[test]
fn http_backends_do_not_get_mapped_hop_by_hop_headers_or_via() {
    // Recorded on AWS: header_remapping_http[HTTP] full maps each; httpbin got none of these.
    let inv = run(
        json!({"type": "HTTP", "httpMethod": "POST", "uri": "https://example.com/",
               "requestParameters": {"integration.request.header.Expect": "'200-ok'",
                                     "integration.request.header.Via": "'othersite.net'",
                                     "integration.request.header.TE": "'gzip'",
                                     "integration.request.header.Server": "'s'"},
               "responses": {"default": {"statusCode": "200"}}}),
        json!({}),
        json!({}),
    );
    assert_eq!(inv.response.status, 200);
    for h in ["Expect", "Via", "TE"] {
        assert_eq!(integration_header(&inv, h), None, "{h}");
    }
    assert_eq!(integration_header(&inv, "Server"), Some("s"));
}

#[test]
fn http_proxy_forwards_client_headers_less_the_dropped_ones() {
    // Recorded on AWS: header_remapping_http[HTTP_PROXY] no-param.
    let inv = run(
        json!({"type": "HTTP_PROXY", "httpMethod": "POST", "uri": "https://example.com/"}),
        json!({"headers": {"Age": "1", "Content-Encoding": "deflate", "Via": "p", "Upgrade": "h2",
                           "Max-Forwards": "2", "User-Agent": "me"}}),
        json!({}),
    );
    assert_eq!(integration_header(&inv, "Age"), Some("1"));
    assert_eq!(integration_header(&inv, "User-Agent"), Some("me"));
    for h in ["Content-Encoding", "Via", "Upgrade", "Max-Forwards"] {
        assert_eq!(integration_header(&inv, h), None, "{h}");
    }
    // A mapped Content-Encoding is sent (header_remapping_http[HTTP_PROXY] full).
    let inv = run(
        json!({"type": "HTTP_PROXY", "httpMethod": "POST", "uri": "https://example.com/",
               "requestParameters": {"integration.request.header.Content-Encoding": "'compress'"}}),
        json!({"headers": {"Content-Encoding": "deflate"}}),
        json!({}),
    );
    assert_eq!(
        integration_header(&inv, "Content-Encoding"),
        Some("compress")
    );
}

#[test]
fn response_headers_are_remapped_for_every_integration_type() {
    // Non-proxy: static mappings (recorded: header_remapping_aws[AWS] full).
    let inv = run(
        json!({"type": "MOCK", "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
               "responses": {"default": {"statusCode": "200", "responseParameters": {
                   "method.response.header.WWW-Authenticate": "'Basic'",
                   "method.response.header.Transfer-Encoding": "'chunked'",
                   "method.response.header.Warn": "'w'"}}}}),
        json!({}),
        json!({}),
    );
    assert_eq!(
        header(&inv, "x-amzn-Remapped-WWW-Authenticate"),
        Some("Basic")
    );
    assert_eq!(header(&inv, "WWW-Authenticate"), None);
    assert_eq!(header(&inv, "Transfer-Encoding"), None);
    assert_eq!(header(&inv, "Warn"), Some("w"));
    // HTTP_PROXY: the backend's own (recorded: header_remapping_http[HTTP_PROXY]).
    let inv = run(
        json!({"type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/"}),
        json!({}),
        json!({"status": 200, "headers": {"Server": "gunicorn", "Date": "d", "X-Ok": "1"}, "body": ""}),
    );
    assert_eq!(header(&inv, "x-amzn-Remapped-Server"), Some("gunicorn"));
    assert_eq!(header(&inv, "x-amzn-Remapped-Date"), Some("d"));
    assert_eq!(header(&inv, "Server"), None);
    assert_eq!(header(&inv, "X-Ok"), Some("1"));
    // AWS_PROXY: the function's headers.
    let inv = run(
        json!({"type": "AWS_PROXY", "httpMethod": "POST", "uri": LAMBDA_URI}),
        json!({}),
        json!({"result": {"statusCode": 401, "headers": {"WWW-Authenticate": "Bearer"}, "body": ""}}),
    );
    assert_eq!(inv.response.status, 401);
    assert_eq!(
        header(&inv, "x-amzn-Remapped-WWW-Authenticate"),
        Some("Bearer")
    );
}

#[test]
fn the_proxy_event_lacks_dropped_headers() {
    // Recorded on AWS: header_remapping_aws[AWS_PROXY] no-param.
    let inv = run(
        json!({"type": "AWS_PROXY", "httpMethod": "POST", "uri": LAMBDA_URI}),
        json!({"headers": {"Pragma": "cache", "TE": "deflate", "Trailer": "Expires"}}),
        json!({"echo": true}),
    );
    let event: serde_json::Value = serde_json::from_str(&inv.response.body).unwrap();
    assert_eq!(event["headers"], json!({"Pragma": "cache"}));
    assert_eq!(event["multiValueHeaders"], json!({"Pragma": ["cache"]}));
}

// ---- binary payloads (src/gateway/pipeline/binary.rs)

const PNG: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/wIAAgkBAyMAlYwAAAAASUVORK5CYII=";

#[test]
fn binary_media_types_come_from_the_operation_or_the_integration() {
    let i = parse_integration(
        r#"{"x-amazon-apigateway-binary-media-types": ["image~1png", "*/*"],
            "x-amazon-apigateway-integration": {"type": "MOCK"}}"#,
    )
    .unwrap();
    assert_eq!(i.binary_media_types, ["image/png", "*/*"]);
    let i =
        parse_integration(r#"{"type": "MOCK", "binaryMediaTypes": ["application/pdf"]}"#).unwrap();
    assert_eq!(i.binary_media_types, ["application/pdf"]);
    let e = parse_integration(r#"{"type": "MOCK", "binaryMediaTypes": "image/png"}"#).unwrap_err();
    assert_eq!(e.path, "$.binaryMediaTypes");
    let e = parse_integration(r#"{"type": "MOCK", "binaryMediaTypes": [1]}"#).unwrap_err();
    assert_eq!(e.path, "$.binaryMediaTypes[0]");
    let e = parse_integration(
        r#"{"type": "HTTP", "responses": [{"statusCode": "200", "contentHandling": "CONVERT"}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.path, "$.responses[0].contentHandling");
}

#[test]
fn convert_to_text_gives_the_template_the_base64_of_a_binary_body() {
    // DG-BIN: "can only access the Base64-encoded string in the mapping template through
    // $input.body".
    let inv = run(
        json!({"type": "HTTP", "httpMethod": "POST", "uri": "https://example.com/",
               "binaryMediaTypes": ["image/png"], "contentHandling": "CONVERT_TO_TEXT",
               "requestTemplates": {"image/png": "{\"data\": \"$input.body\"}"},
               "responses": {"default": {"statusCode": "200"}}}),
        json!({"headers": {"Content-Type": "image/png"}, "body": PNG, "isBase64Encoded": true}),
        json!({"status": 200, "body": "ok"}),
    );
    let ir = inv.integration_request.as_ref().unwrap();
    assert_eq!(ir.body, format!("{{\"data\": \"{PNG}\"}}"));
    assert!(!ir.body_is_base64);
}

#[test]
fn a_binary_body_passes_through_as_bytes_and_never_into_a_template() {
    let integration = json!({"type": "HTTP", "httpMethod": "PUT", "uri": "https://example.com/",
        "binaryMediaTypes": ["image/*"],
        "requestTemplates": {"application/json": "{}"},
        "responses": {"default": {"statusCode": "200"}}});
    let png =
        json!({"headers": {"Content-Type": "image/png"}, "body": PNG, "isBase64Encoded": true});
    let inv = run(
        integration.clone(),
        png.clone(),
        json!({"status": 200, "body": ""}),
    );
    let ir = inv.integration_request.as_ref().unwrap();
    assert!(ir.body_is_base64);
    assert_eq!(ir.body, PNG);
    let text = gwmap::report::invocation::integration_request(&inv);
    assert!(
        text.starts_with("PUT https://example.com/ (binary body, base64-encoded)\n"),
        "{text}"
    );
    // The same bytes under a type with a template: a 500, as for CONVERT_TO_BINARY (recorded
    // on AWS: TestApiGatewayS3BinarySupport).
    let mut with_template = integration;
    with_template["requestTemplates"] = json!({"image/png": "$input.body"});
    let inv = run(with_template, png, json!({"status": 200, "body": ""}));
    assert_eq!(inv.response.status, 500);
    assert!(inv
        .log
        .iter()
        .any(|l| l.contains("binary body cannot be passed")));
}

#[test]
fn convert_to_binary_of_text_that_is_not_base64_is_a_500() {
    let inv = run(
        json!({"type": "HTTP", "httpMethod": "POST", "uri": "https://example.com/",
               "contentHandling": "CONVERT_TO_BINARY",
               "responses": {"default": {"statusCode": "200"}}}),
        json!({"body": "{\"not\": \"base64\"}"}),
        json!({}),
    );
    assert_eq!(inv.response.status, 500);
    assert_eq!(inv.response.body, r#"{"message": "Internal server error"}"#);
    assert!(inv.integration_request.is_none());
}

#[test]
fn a_binary_backend_answer_follows_accept_and_content_handling() {
    let integration = |handling: Option<&str>| {
        let mut r = json!({"statusCode": "200"});
        if let Some(h) = handling {
            r["contentHandling"] = json!(h);
        }
        json!({"type": "HTTP", "httpMethod": "GET", "uri": "https://example.com/",
               "binaryMediaTypes": ["image/png"], "responses": [r]})
    };
    let backend = json!({"status": 200, "headers": {"Content-Type": "image/png"},
                         "body": PNG, "isBase64Encoded": true});
    let accept = |a: &str| json!({"headers": {"Accept": a}});
    // DG-BIN: binary data, Accept a binary type → binary; a text type → base64 text.
    let inv = run(integration(None), accept("image/png"), backend.clone());
    assert!(inv.response.body_is_base64);
    assert_eq!(inv.response.body, PNG);
    let inv = run(integration(None), accept("text/html"), backend.clone());
    assert!(!inv.response.body_is_base64);
    assert_eq!(inv.response.body, PNG);
    let inv = run(
        integration(Some("CONVERT_TO_TEXT")),
        accept("image/png"),
        backend.clone(),
    );
    assert!(!inv.response.body_is_base64);
    // Text that is base64, Accept binary → decoded.
    let inv = run(
        integration(None),
        accept("image/png"),
        json!({"status": 200, "headers": {"Content-Type": "text/plain"}, "body": "aGk="}),
    );
    assert!(inv.response.body_is_base64);
    assert_eq!(inv.response.body, "aGk=");
    let text = gwmap::report::invocation::method_response(&inv);
    assert!(
        text.starts_with("HTTP/1.1 200 (binary body, base64-encoded)\n"),
        "{text}"
    );
    // ... and text that is not base64 is a 500 (DG-BIN: "If the conversion fails").
    let inv = run(
        integration(None),
        accept("image/png"),
        json!({"status": 200, "headers": {"Content-Type": "text/plain"}, "body": "{\"a\": 1}"}),
    );
    assert_eq!(inv.response.status, 500);
}

#[test]
fn proxy_event_carries_a_binary_body_as_base64() {
    let integration = json!({"type": "AWS_PROXY", "httpMethod": "POST", "uri": LAMBDA_URI,
                             "binaryMediaTypes": ["application/octet-stream"]});
    let inv = run(
        integration.clone(),
        json!({"headers": {"Content-Type": "application/octet-stream"}, "body": "/w==",
               "isBase64Encoded": true}),
        json!({"echo": true}),
    );
    let event: serde_json::Value = serde_json::from_str(&inv.response.body).unwrap();
    assert_eq!(event["body"], json!("/w=="));
    assert_eq!(event["isBase64Encoded"], json!(true));
    // Not a binary type: the bytes are text (invalid UTF-8 replaced).
    let inv = run(
        integration,
        json!({"headers": {"Content-Type": "text/plain"}, "body": "/w==", "isBase64Encoded": true}),
        json!({"echo": true}),
    );
    let event: serde_json::Value = serde_json::from_str(&inv.response.body).unwrap();
    assert_eq!(event["body"], json!("\u{fffd}"));
    assert_eq!(event["isBase64Encoded"], json!(false));
}

#[test]
fn proxy_answer_with_bad_base64_is_a_500_only_when_it_must_be_decoded() {
    let integration = json!({"type": "AWS_PROXY", "httpMethod": "POST", "uri": LAMBDA_URI,
                             "binaryMediaTypes": ["image/png"]});
    let backend = json!({"result": {"statusCode": 200, "isBase64Encoded": true, "body": "%%%"}});
    let inv = run(
        integration.clone(),
        json!({"headers": {"Accept": "image/png"}}),
        backend.clone(),
    );
    assert_eq!(inv.response.status, 500);
    let inv = run(
        integration,
        json!({"headers": {"Accept": "text/plain"}}),
        backend,
    );
    assert_eq!(inv.response.status, 200);
    assert_eq!(inv.response.body, "%%%");
}

#[test]
fn backend_files_with_base64_bodies_are_checked() {
    let e =
        Backend::from_json(&json!({"body": "not base64!", "isBase64Encoded": true})).unwrap_err();
    assert!(e.starts_with("$.body:"), "{e}");
    let e = Backend::from_json(&json!({"body": {"a": 1}, "isBase64Encoded": true})).unwrap_err();
    assert!(e.starts_with("$.body:"), "{e}");
    let e = Backend::from_json(&json!({"isBase64Encoded": "yes"})).unwrap_err();
    assert!(e.starts_with("$.isBase64Encoded:"), "{e}");
}
