//! An invocation as HTTP text, the way `gwmap invoke` prints it in its default format.
//!
//! One place for these bytes, because `gwmap test` goldens are meant to be created with
//! `gwmap invoke ... > golden`: the two commands must never print them differently.

use indexmap::IndexMap;

use crate::gateway::pipeline::{GatewayError, Invocation};

/// What `--show integration-request` prints when the request never reached the integration
/// (a 400 or 415 from API Gateway itself).
pub const NOT_REACHED: &str = "(the request did not reach the integration)\n";

/// Added to the request or status line when the body is bytes, printed base64-encoded: the
/// line is gwmap's, never sent, so the mark cannot be mistaken for a header or for body text.
pub const BINARY_MARK: &str = "(binary body, base64-encoded)";

fn http_text(
    start: &str,
    headers: &IndexMap<String, Vec<String>>,
    body: &str,
    base64: bool,
) -> String {
    let mut out = if base64 {
        format!("{start} {BINARY_MARK}\n")
    } else {
        format!("{start}\n")
    };
    for (k, vs) in headers {
        for v in vs {
            out.push_str(&format!("{k}: {v}\n"));
        }
    }
    out.push('\n');
    out.push_str(body);
    out
}

/// What the backend received: `METHOD URI`, headers, a blank line, the body.
pub fn integration_request(inv: &Invocation) -> String {
    match &inv.integration_request {
        Some(r) => http_text(
            &format!(
                "{} {}",
                r.method,
                // MOCK has no URI: say so rather than print a trailing space.
                if r.uri.is_empty() { "(MOCK)" } else { &r.uri }
            ),
            &r.headers,
            &r.body,
            r.body_is_base64,
        ),
        None => NOT_REACHED.to_string(),
    }
}

/// What the client received: `HTTP/1.1 STATUS`, headers, a blank line, the body.
pub fn method_response(inv: &Invocation) -> String {
    let r = &inv.response;
    http_text(
        &format!("HTTP/1.1 {}", r.status),
        &r.headers,
        &r.body,
        r.body_is_base64,
    )
}

/// Both, as `--show both` prints them.
pub fn both(inv: &Invocation) -> String {
    format!("{}\n\n{}", integration_request(inv), method_response(inv))
}

/// The line `gwmap invoke` prints on stderr when API Gateway answered itself; `expectError`
/// in a test case is matched against it.
pub fn gateway_error_line(e: &GatewayError) -> String {
    format!(
        "gateway response {} ({}): {}",
        e.response_type(),
        e.status(),
        e.log_line()
    )
}
