//! Integration cases: the whole method run through the pipeline (`gwmap invoke`), with goldens
//! for the integration request, the method response, or both. A golden holds exactly what
//! `gwmap invoke --show integration-request` (or `method-response`) prints, so one can be made
//! with `gwmap invoke ... > golden` as well as with `--bless`.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json};

use super::fields::{kind, suggest, Ctx};
use super::{normalize, CaseFileError};
use crate::gateway::pipeline::{backend, Backend};

/// Fields only an integration case may have.
pub(super) const FIELDS: &[&str] = &[
    "integration",
    "backend",
    "expectIntegrationRequest",
    "expectMethodResponse",
];

/// What a template case would write instead, for the error on an integration case.
pub(super) const INSTEAD: &str = "an integration case runs the whole method and expects \
     `expectIntegrationRequest` and/or `expectMethodResponse` (golden files of what \
     `gwmap invoke --show integration-request|method-response` prints); to render one \
     template, name it with `template` instead of `integration`";

/// What the backend answers.
#[derive(Debug, Clone)]
pub enum BackendSource {
    /// None given: the backend echoes the integration request, as `gwmap invoke` does.
    Echo,
    /// A backend file, as `gwmap invoke --backend` reads it (resolved against the case file).
    File(PathBuf),
    Inline(Box<Backend>),
}

#[derive(Debug, Clone)]
pub struct IntegrationCase {
    /// The OpenAPI operation or `x-amazon-apigateway-integration` JSON file.
    pub integration: PathBuf,
    pub backend: BackendSource,
    pub expect_integration_request: Option<PathBuf>,
    pub expect_method_response: Option<PathBuf>,
}

pub(super) fn parse(
    ctx: &Ctx,
    c: &Map<String, Json>,
    p: &str,
    dir: &Path,
    integration: &str,
    expects_error: bool,
) -> Result<IntegrationCase, CaseFileError> {
    let backend = match c.get("backend") {
        None => BackendSource::Echo,
        Some(Json::String(f)) if !f.is_empty() => BackendSource::File(normalize(&dir.join(f))),
        Some(v @ Json::Object(_)) => BackendSource::Inline(Box::new(inline_backend(ctx, p, v)?)),
        Some(other) => {
            return Err(ctx.err_help(
                &format!("{p}.backend"),
                format!(
                    "expected a backend object or a backend file path, got {}",
                    describe(other)
                ),
                "write what the backend answers inline ({\"status\": 200, \"body\": {...}}, \
                 {\"result\": ...} for a Lambda function) or name a file, as for `gwmap invoke --backend`",
            ))
        }
    };
    let golden = |key: &str| -> Result<Option<PathBuf>, CaseFileError> {
        Ok(ctx
            .file_path(c, p, key, "a golden file")?
            .map(|g| normalize(&dir.join(g))))
    };
    let expect_integration_request = golden("expectIntegrationRequest")?;
    let expect_method_response = golden("expectMethodResponse")?;
    if expect_integration_request.is_some() && expect_integration_request == expect_method_response
    {
        return Err(ctx.err_help(
            &format!("{p}.expectMethodResponse"),
            "names the same golden file as `expectIntegrationRequest`",
            "the integration request and the method response are different texts: give each \
             its own golden file",
        ));
    }
    if expect_integration_request.is_none() && expect_method_response.is_none() && !expects_error {
        return Err(ctx.err_help(
            p,
            "an integration case must expect something: `expectIntegrationRequest`, \
             `expectMethodResponse` (or both), or `expectError`",
            "each names a golden file holding what `gwmap invoke INTEGRATION --show \
             integration-request` (or `method-response`) prints; `gwmap test --bless` creates it",
        ));
    }
    Ok(IntegrationCase {
        integration: normalize(&dir.join(integration)),
        backend,
        expect_integration_request,
        expect_method_response,
    })
}

fn describe(v: &Json) -> String {
    match v {
        Json::String(_) => String::from("an empty string"),
        other => kind(other).to_string(),
    }
}

fn inline_backend(ctx: &Ctx, p: &str, v: &Json) -> Result<Backend, CaseFileError> {
    let at = format!("{p}.backend");
    Backend::from_json(v).map_err(|e| {
        // The reader's errors read `$.field: message`; anchor them in the case file.
        let (sub, message) = match e.split_once(": ") {
            Some((sub, m)) if sub.starts_with('$') => (sub.to_string(), m.to_string()),
            _ => (String::from("$"), e.clone()),
        };
        let field = sub.strip_prefix("$.").unwrap_or("");
        let help = match suggest(field, backend::FIELDS) {
            Some(s) if message.starts_with("unknown field") => Some(format!("did you mean `{s}`?")),
            _ => None,
        };
        ctx.nested(&at, &sub, message, help)
    })
}
