//! Parameter mapping expressions (§7 of the semantics reference, DG-MAP): the sources a
//! `requestParameters` / `responseParameters` value may name, and how each is read.

use indexmap::IndexMap;

use crate::gateway::jsonpath::JsonPath;
use crate::gateway::payload::parse_payload;
use crate::gateway::request::Request;
use crate::vtl::value::{to_java_string, write_json, JsonStyle, Value};

/// A mapping source, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `'text'`.
    Static(String),
    /// `method.request.path|querystring|header.NAME`, single-valued.
    MethodRequest {
        kind: String,
        name: String,
    },
    /// `method.request.multivaluequerystring|multivalueheader.NAME`.
    MethodRequestMulti {
        kind: String,
        name: String,
    },
    /// `method.request.body` (`None`) or `method.request.body.JSONPATH`.
    MethodBody(Option<String>),
    /// `integration.response.header.NAME` (multi: `multivalueheader`).
    IntegrationHeader {
        name: String,
        multi: bool,
    },
    /// `integration.response.body` or `integration.response.body.JSONPATH`.
    IntegrationBody(Option<String>),
    StageVariable(String),
    /// `context.a.b`.
    Context(String),
}

impl Source {
    pub fn parse(expr: &str) -> Result<Source, String> {
        let e = expr.trim();
        if e.len() >= 2 && e.starts_with('\'') && e.ends_with('\'') {
            return Ok(Source::Static(e[1..e.len() - 1].to_string()));
        }
        if let Some(rest) = e.strip_prefix("method.request.") {
            if rest == "body" {
                return Ok(Source::MethodBody(None));
            }
            if let Some(p) = rest.strip_prefix("body.") {
                return Ok(Source::MethodBody(Some(p.to_string())));
            }
            let (kind, name) = rest
                .split_once('.')
                .ok_or_else(|| format!("`{expr}`: expected method.request.<location>.<name>"))?;
            return match kind {
                "path" | "querystring" | "header" => Ok(Source::MethodRequest {
                    kind: kind.into(),
                    name: name.into(),
                }),
                "multivaluequerystring" | "multivalueheader" => Ok(Source::MethodRequestMulti {
                    kind: kind.into(),
                    name: name.into(),
                }),
                _ => Err(format!("`{expr}`: unknown location `{kind}`; expected path, querystring, multivaluequerystring, header, multivalueheader or body")),
            };
        }
        if let Some(rest) = e.strip_prefix("integration.response.") {
            if rest == "body" {
                return Ok(Source::IntegrationBody(None));
            }
            if let Some(p) = rest.strip_prefix("body.") {
                return Ok(Source::IntegrationBody(Some(p.to_string())));
            }
            if let Some(n) = rest.strip_prefix("header.") {
                return Ok(Source::IntegrationHeader {
                    name: n.into(),
                    multi: false,
                });
            }
            if let Some(n) = rest.strip_prefix("multivalueheader.") {
                return Ok(Source::IntegrationHeader {
                    name: n.into(),
                    multi: true,
                });
            }
            return Err(format!("`{expr}`: expected integration.response.header.<name>, multivalueheader.<name>, body or body.<JSONPath>"));
        }
        if let Some(n) = e.strip_prefix("stageVariables.") {
            return Ok(Source::StageVariable(n.into()));
        }
        if let Some(n) = e.strip_prefix("context.") {
            return Ok(Source::Context(n.into()));
        }
        Err(format!(
            "`{expr}`: not a mapping source (expected 'static', method.request.*, integration.response.*, stageVariables.* or context.*)"
        ))
    }
}

/// What a source can read from.
pub struct Sources<'a> {
    pub request: &'a Request,
    /// `$context` (a map value).
    pub context: &'a Value,
    /// The integration response (response side only).
    pub response_headers: Option<&'a IndexMap<String, Vec<String>>>,
    pub response_body: Option<&'a str>,
    /// Lambda non-proxy error: `errorMessage` is itself parsed as JSON for body paths
    /// (DG-LERR: `integration.response.body.errorMessage.httpStatus`).
    pub lambda_error: bool,
}

impl<'a> Sources<'a> {
    /// The request side: the method request and `$context`, no integration response.
    pub fn for_request(request: &'a Request, context: &'a Value) -> Sources<'a> {
        Sources {
            request,
            context,
            response_headers: None,
            response_body: None,
            lambda_error: false,
        }
    }
}

/// Reads a source; `None` when it has no value (the target is then not set).
pub fn read(source: &Source, s: &Sources) -> Option<Vec<String>> {
    match source {
        Source::Static(v) => Some(vec![v.clone()]),
        Source::MethodRequest { kind, name } => match kind.as_str() {
            "path" => s.request.path.get(name).map(|v| vec![v.clone()]),
            "querystring" => s
                .request
                .query
                .get(name)
                .and_then(|v| v.last())
                .map(|v| vec![v.clone()]),
            _ => s.request.header(name).map(|v| vec![v.to_string()]),
        },
        Source::MethodRequestMulti { kind, name } => {
            if kind == "multivaluequerystring" {
                s.request.query.get(name).cloned()
            } else {
                let all: Vec<String> = s
                    .request
                    .headers
                    .iter()
                    .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                    .flat_map(|(_, v)| v.iter().cloned())
                    .collect();
                (!all.is_empty()).then_some(all)
            }
        }
        Source::MethodBody(path) => body_value(&s.request.body, path.as_deref(), false),
        Source::IntegrationBody(path) => body_value(
            s.response_body.unwrap_or(""),
            path.as_deref(),
            s.lambda_error,
        ),
        Source::IntegrationHeader { name, multi } => {
            let headers = s.response_headers?;
            let all: Vec<String> = headers
                .iter()
                .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                .flat_map(|(_, v)| v.iter().cloned())
                .collect();
            if all.is_empty() {
                None
            } else if *multi {
                Some(all)
            } else {
                all.last().map(|v| vec![v.clone()])
            }
        }
        Source::StageVariable(n) => s.request.stage_variables.get(n).map(|v| vec![v.clone()]),
        Source::Context(path) => {
            let mut cur = s.context.clone();
            for part in path.split('.') {
                let next = match &cur {
                    Value::Map(m) => m.borrow().entries.get(part).cloned(),
                    _ => None,
                };
                cur = next?;
            }
            to_java_string(&cur).map(|v| vec![v])
        }
    }
}

fn body_value(body: &str, path: Option<&str>, lambda_error: bool) -> Option<Vec<String>> {
    let Some(path) = path else {
        return Some(vec![body.to_string()]);
    };
    let doc = parse_payload(body).ok()?;
    let doc = if lambda_error {
        deserialise_error_message(doc)
    } else {
        doc
    };
    let jp = JsonPath::parse(&format!("$.{path}")).ok()?;
    let v = jp.read(&doc).ok()??;
    match v {
        Value::Map(_) | Value::List(_) => {
            let mut out = String::new();
            write_json(&v, JsonStyle::LT_COMPRESS, &mut out);
            Some(vec![out])
        }
        other => to_java_string(&other).map(|v| vec![v]),
    }
}

/// DG-LERR: "API Gateway deserializes the JSON string in errorMessage" for header mappings.
fn deserialise_error_message(doc: Value) -> Value {
    if let Value::Map(m) = &doc {
        let msg = m.borrow().entries.get("errorMessage").cloned();
        if let Some(Value::Str(s)) = msg {
            if let Ok(parsed @ Value::Map(_)) = parse_payload(&s) {
                m.borrow_mut().entries.insert("errorMessage".into(), parsed);
            }
        }
    }
    doc
}

/// Integration request parameters: target → values, split by location.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mapped {
    pub path: IndexMap<String, String>,
    pub query: IndexMap<String, Vec<String>>,
    pub headers: IndexMap<String, Vec<String>>,
}

/// Evaluates `integration.request.*` mappings.
pub fn map_request(params: &IndexMap<String, String>, s: &Sources) -> Result<Mapped, String> {
    let mut out = Mapped::default();
    for (target, expr) in params {
        let source = Source::parse(expr).map_err(|e| format!("requestParameters.{target}: {e}"))?;
        let Some(rest) = target.strip_prefix("integration.request.") else {
            return Err(format!(
                "requestParameters.{target}: a target must be integration.request.path|querystring|header.<name>"
            ));
        };
        let (kind, name) = rest.split_once('.').unwrap_or((rest, ""));
        let Some(values) = read(&source, s) else {
            continue;
        };
        match kind {
            "path" => {
                if let Some(v) = values.last() {
                    out.path.insert(name.into(), v.clone());
                }
            }
            "querystring" => {
                out.query.insert(name.into(), values);
            }
            "header" => {
                out.headers.insert(name.into(), values);
            }
            _ => {
                return Err(format!(
                    "requestParameters.{target}: unknown target location `{kind}`"
                ))
            }
        }
    }
    Ok(out)
}

/// Evaluates `method.response.header.*` mappings; a multi-value source becomes one
/// comma-separated value.
pub fn map_response(
    params: &IndexMap<String, String>,
    s: &Sources,
) -> Result<IndexMap<String, String>, String> {
    let mut out = IndexMap::new();
    for (target, expr) in params {
        let source =
            Source::parse(expr).map_err(|e| format!("responseParameters.{target}: {e}"))?;
        let Some(name) = target.strip_prefix("method.response.header.") else {
            return Err(format!(
                "responseParameters.{target}: the only target is method.response.header.<name>"
            ));
        };
        if let Some(values) = read(&source, s) {
            out.insert(name.to_string(), values.join(","));
        }
    }
    Ok(out)
}
