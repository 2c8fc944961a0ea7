//! `gwmap invoke`: the whole method, from client request to client response.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::input::{read_input, read_request};
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::gateway::pipeline::{invoke, Backend, Invocation};
use crate::report::invocation;
use crate::sources::openapi::parse_integration;

#[derive(Debug, Args)]
pub struct InvokeArgs {
    /// The integration: an OpenAPI operation with `x-amazon-apigateway-integration`, or the
    /// bare integration object (JSON).
    pub integration: PathBuf,
    /// Request file (JSON; see README), or `-` for standard input.
    #[arg(long, short = 'r', value_name = "FILE")]
    pub request: Option<PathBuf>,
    /// What the backend answers (JSON; see README). Default: it echoes the integration request.
    #[arg(long, value_name = "FILE")]
    pub backend: Option<PathBuf>,
    /// What to print on stdout.
    #[arg(long, value_enum, default_value = "method-response")]
    pub show: Show,
    /// Print the execution log (TestInvokeMethod wording) on stderr.
    #[arg(long)]
    pub log: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "http")]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Show {
    MethodResponse,
    IntegrationRequest,
    Both,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// HTTP-like text: a status line, headers, a blank line, the body.
    Http,
    Json,
}

fn load(args: &InvokeArgs) -> Result<Invocation, String> {
    let text = read_input(&args.integration)?;
    let integration =
        parse_integration(&text).map_err(|e| format!("{}: {e}", args.integration.display()))?;
    let request = read_request(args.request.as_deref())?;
    let backend = match &args.backend {
        None => Backend::Echo,
        Some(p) => {
            let t = read_input(p)?;
            let v: serde_json::Value = serde_json::from_str(&t).map_err(|e| {
                format!(
                    "{}: invalid JSON (line {}, column {}): {e}",
                    p.display(),
                    e.line(),
                    e.column()
                )
            })?;
            Backend::from_json(&v).map_err(|e| format!("{}: {e}", p.display()))?
        }
    };
    Ok(invoke(&integration, &request, &backend))
}

pub fn run(args: &InvokeArgs) -> u8 {
    let inv = match load(args) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    let want_req = matches!(args.show, Show::IntegrationRequest | Show::Both);
    let want_resp = matches!(args.show, Show::MethodResponse | Show::Both);
    let out = match args.format {
        Format::Json => {
            let mut doc = serde_json::Map::new();
            if want_req {
                doc.insert(
                    "integrationRequest".into(),
                    inv.integration_request.as_ref().map_or(serde_json::Value::Null, |r| {
                        let mut v = json!({"method": r.method, "uri": r.uri, "headers": r.headers, "body": r.body});
                        if r.body_is_base64 {
                            v["isBase64Encoded"] = json!(true);
                        }
                        v
                    }),
                );
            }
            if want_resp {
                let r = &inv.response;
                let mut v = json!({"status": r.status, "headers": r.headers, "body": r.body});
                // Only when set, so that text answers print as before.
                if r.body_is_base64 {
                    v["isBase64Encoded"] = json!(true);
                }
                doc.insert("methodResponse".into(), v);
            }
            if let Some(e) = &inv.gateway_error {
                doc.insert("gatewayResponse".into(), json!(e.response_type()));
            }
            let mut s =
                serde_json::to_string_pretty(&serde_json::Value::Object(doc)).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Http => match (want_req, want_resp) {
            (true, true) => invocation::both(&inv),
            (true, false) => invocation::integration_request(&inv),
            _ => invocation::method_response(&inv),
        },
    };
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
        .is_err()
    {
        return EXIT_USAGE;
    }
    if args.log {
        for line in &inv.log {
            eprintln!("{line}");
        }
    }
    if let Some(e) = &inv.gateway_error {
        eprintln!("{}", invocation::gateway_error_line(e));
        return EXIT_PROBLEMS;
    }
    EXIT_OK
}
