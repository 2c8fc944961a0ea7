//! Running an integration case: invoke the method through the pipeline, as `gwmap invoke`
//! does, and compare what it prints for the integration request and the method response with
//! the goldens.

use std::path::Path;

use super::{cached, CaseRun, Detail, Loaded, Part};
use crate::gateway::integration::Integration;
use crate::gateway::pipeline::{invoke, Backend};
use crate::gateway::Request;
use crate::report::invocation;
use crate::sources::openapi::parse_integration;
use crate::testing::case::{BackendSource, IntegrationCase};
use crate::testing::compare::http;

pub(super) fn load_integration(path: &Path) -> Result<Integration, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the integration {}: {e}", path.display()))?;
    parse_integration(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A backend file, read as `gwmap invoke --backend` reads it.
pub(super) fn load_backend(path: &Path) -> Result<Backend, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the backend file {}: {e}", path.display()))?;
    let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: invalid JSON: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    Backend::from_json(&v).map_err(|e| format!("{}: {e}", path.display()))
}

pub(super) fn check(
    run: &mut CaseRun,
    case: &IntegrationCase,
    request: &Request,
    loaded: &Loaded,
) -> Detail {
    let integration = match cached(&loaded.integrations, &case.integration) {
        Ok(i) => i,
        Err(e) => return Detail::Error(e),
    };
    let echo = Backend::Echo;
    let backend = match &case.backend {
        BackendSource::Echo => &echo,
        BackendSource::Inline(b) => b.as_ref(),
        BackendSource::File(p) => match cached(&loaded.backends, p) {
            Ok(b) => b,
            Err(e) => return Detail::Error(e),
        },
    };
    let inv = invoke(integration, request, backend);
    if let Some(wanted) = &run.case.expect_error {
        let got = inv
            .gateway_error
            .as_ref()
            .map(invocation::gateway_error_line);
        if !got.as_deref().is_some_and(|g| g.contains(wanted.as_str())) {
            return Detail::ExpectedError {
                what: "invocation",
                wanted: wanted.clone(),
                got,
            };
        }
    }
    // Goldens are checked with `expectError` too: the gateway response is worth pinning.
    run.check_golden(
        Part::IntegrationRequest,
        invocation::integration_request(&inv),
        http::compare,
    );
    run.check_golden(
        Part::MethodResponse,
        invocation::method_response(&inv),
        http::compare,
    );
    Detail::None
}
