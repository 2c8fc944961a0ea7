//! `gwmap render`: one template, one request, the exact bytes on stdout.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::input::read_request;
use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::gateway::{render_template, Direction, RenderOptions, Request};
use crate::report;
use crate::vtl::span::line_col;
use crate::vtl::trace::{TraceEntry, TraceEvent};
use crate::vtl::Template;

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The mapping template (.vtl).
    pub template: PathBuf,
    /// Request file (JSON; see README), or `-` for standard input.
    #[arg(long, short = 'r', value_name = "FILE")]
    pub request: Option<PathBuf>,
    /// The raw request body (overrides the request file's).
    #[arg(long)]
    pub body: Option<String>,
    /// A header, `Name:Value` (repeatable).
    #[arg(long = "header", short = 'H', value_name = "K:V")]
    pub headers: Vec<String>,
    /// A query-string parameter, `name=value` (repeatable).
    #[arg(long = "query", short = 'q', value_name = "K=V")]
    pub query: Vec<String>,
    /// A path parameter, `name=value` (repeatable).
    #[arg(long = "path", value_name = "K=V")]
    pub path: Vec<String>,
    /// A stage variable, `name=value` (repeatable).
    #[arg(long = "stage-var", value_name = "K=V")]
    pub stage_vars: Vec<String>,
    /// A `$context` field, `name=value`; dotted names reach nested fields (`identity.sourceIp=…`).
    #[arg(long = "context", value_name = "K=V")]
    pub context: Vec<String>,
    /// Render as an integration *response* template: `$input` is the body given.
    #[arg(long)]
    pub response: bool,
    /// Check that the output is well-formed JSON or XML.
    #[arg(long, value_enum)]
    pub validate: Option<Validate>,
    /// The template's content type (its key in `requestTemplates`/`responseTemplates`):
    /// a JSON or XML type turns on `--validate json|xml`.
    #[arg(long, value_name = "MIME")]
    pub content_type: Option<String>,
    /// Print `$context.requestOverride` / `responseOverride` on stderr after the output.
    #[arg(long)]
    pub show_overrides: bool,
    /// Print what ran (directives, branches, #set values, loop iterations) on stderr.
    #[arg(long)]
    pub trace: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Validate {
    Json,
    Xml,
}

fn split_pair<'a>(s: &'a str, sep: char, flag: &str) -> Result<(&'a str, &'a str), String> {
    s.split_once(sep)
        .map(|(k, v)| (k.trim(), v.trim_start()))
        .ok_or_else(|| format!("{flag} expects NAME{sep}VALUE, got `{s}`"))
}

fn build_request(args: &RenderArgs) -> Result<Request, String> {
    let mut request = read_request(args.request.as_deref())?;
    if let Some(b) = &args.body {
        request.body = b.clone();
    }
    for h in &args.headers {
        let (k, v) = split_pair(h, ':', "--header")?;
        request.headers.insert(k.to_string(), vec![v.to_string()]);
    }
    for q in &args.query {
        let (k, v) = split_pair(q, '=', "--query")?;
        request
            .query
            .entry(k.to_string())
            .or_default()
            .push(v.to_string());
    }
    for p in &args.path {
        let (k, v) = split_pair(p, '=', "--path")?;
        request.path.insert(k.to_string(), v.to_string());
    }
    for s in &args.stage_vars {
        let (k, v) = split_pair(s, '=', "--stage-var")?;
        request.stage_variables.insert(k.to_string(), v.to_string());
    }
    for c in &args.context {
        let (k, v) = split_pair(c, '=', "--context")?;
        let ctx = request.context.get_or_insert_with(Default::default);
        let mut parts: Vec<&str> = k.split('.').collect();
        let last = parts.pop().unwrap_or(k);
        let mut cur = ctx;
        for p in parts {
            let entry = cur
                .entry(p.to_string())
                .or_insert_with(|| serde_json::Value::Object(Default::default()));
            if !entry.is_object() {
                *entry = serde_json::Value::Object(Default::default());
            }
            let serde_json::Value::Object(m) = entry else {
                return Err(format!("--context {k}: cannot set inside a non-object"));
            };
            cur = m;
        }
        cur.insert(last.to_string(), serde_json::Value::String(v.to_string()));
    }
    Ok(request)
}

/// The validation a content type implies: `application/json`, `*+json` → JSON;
/// `application/xml`, `text/xml`, `*+xml` (SOAP) → XML.
pub fn validation_for(content_type: &str) -> Option<Validate> {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence == "application/json" || essence.ends_with("+json") {
        Some(Validate::Json)
    } else if essence == "application/xml" || essence == "text/xml" || essence.ends_with("+xml") {
        Some(Validate::Xml)
    } else {
        None
    }
}

pub fn run(args: &RenderArgs) -> u8 {
    let check = args
        .validate
        .or_else(|| args.content_type.as_deref().and_then(validation_for));
    let name = args.template.display().to_string();
    let source = match std::fs::read_to_string(&args.template) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot read {name}: {e}");
            return EXIT_USAGE;
        }
    };
    let request = match build_request(args) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    let template = match Template::parse(&source) {
        Ok(t) => t,
        Err(e) => {
            report::eprint(&report::syntax_error(&name, &source, &e));
            return EXIT_PROBLEMS;
        }
    };
    let options = RenderOptions {
        direction: if args.response {
            Direction::Response
        } else {
            Direction::Request
        },
        // The output map that locates an invalid output's template line comes with tracing.
        trace: args.trace || check.is_some(),
    };
    let rendered = match render_template(&template, &request, options) {
        Ok(r) => r,
        Err(e) => {
            report::eprint(&report::render_error(&name, &source, &e));
            return EXIT_PROBLEMS;
        }
    };
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(rendered.output.as_bytes())
        .and_then(|_| stdout.flush())
        .is_err()
    {
        return EXIT_USAGE;
    }
    if args.trace {
        eprintln!("{}", format_trace(&name, &source, &rendered.trace));
    }
    if args.show_overrides {
        eprintln!(
            "requestOverride: {}\nresponseOverride: {}",
            rendered.request_override, rendered.response_override
        );
    }
    if let Some(kind) = check {
        if let Err(invalid) = validate(kind, &rendered.output) {
            let kind = match kind {
                Validate::Json => "JSON",
                Validate::Xml => "XML",
            };
            let (line, col) = line_col(&rendered.output, invalid.offset);
            let message = format!(
                "the output is not well-formed {kind}: {} (output line {line}, column {col})",
                invalid.message
            );
            match rendered.output_map.source_offset(invalid.offset, true) {
                Some(at) => report::eprint(&report::at(
                    &name,
                    &source,
                    at,
                    &message,
                    "this produced the invalid output",
                )),
                None => eprintln!("error: {message}"),
            }
            return EXIT_PROBLEMS;
        }
    }
    EXIT_OK
}

/// Where and why an output is not well-formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub message: String,
    /// Byte offset in the output.
    pub offset: usize,
}

/// Checks the output parses as JSON or XML.
pub fn validate(kind: Validate, output: &str) -> Result<(), Invalid> {
    match kind {
        Validate::Json => serde_json::from_str::<serde::de::IgnoredAny>(output)
            .map(|_| ())
            .map_err(|e| {
                let message = e.to_string();
                let message = message
                    .rsplit_once(" at line ")
                    .map_or(message.clone(), |(m, _)| m.to_string());
                Invalid {
                    message,
                    offset: offset_of(output, e.line(), e.column()),
                }
            }),
        Validate::Xml => {
            let mut reader = quick_xml::Reader::from_str(output);
            let mut depth = 0usize;
            let mut roots = 0usize;
            loop {
                let pos = reader.buffer_position() as usize;
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(quick_xml::events::Event::Start(_)) => {
                        if depth == 0 {
                            roots += 1;
                        }
                        depth += 1;
                    }
                    Ok(quick_xml::events::Event::End(_)) => depth = depth.saturating_sub(1),
                    Ok(quick_xml::events::Event::Empty(_)) if depth == 0 => roots += 1,
                    Ok(_) => {}
                    Err(e) => {
                        return Err(Invalid {
                            message: e.to_string(),
                            offset: pos,
                        })
                    }
                }
            }
            let end = output.len().saturating_sub(1);
            if depth != 0 {
                return Err(Invalid {
                    message: String::from("an element is not closed at the end of the output"),
                    offset: end,
                });
            }
            if roots == 0 {
                return Err(Invalid {
                    message: String::from("no root element"),
                    offset: 0,
                });
            }
            Ok(())
        }
    }
}

/// Byte offset of a 1-based line and column (in characters; column 0 means the line end
/// before it, as serde_json reports an error at a line break).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let col = column.saturating_sub(1);
            return offset + l.char_indices().nth(col).map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len().saturating_sub(1)
}

/// One line per traced event: `file:line:col  what happened`.
pub fn format_trace(name: &str, source: &str, trace: &[TraceEntry]) -> String {
    let mut out = String::from("trace:");
    for entry in trace {
        let what = match &entry.event {
            TraceEvent::If { branch, branches } => match branch {
                Some(b) if *b < *branches => format!("#if: branch {} of {} taken", b + 1, branches),
                Some(_) => String::from("#if: #else taken"),
                None => String::from("#if: no branch taken"),
            },
            TraceEvent::Set { target, value } => match value {
                Some(v) => format!("#set {target} = {v:?}"),
                None => format!("#set {target}: value is null, variable left unchanged"),
            },
            TraceEvent::Iteration { index } => format!("#foreach iteration {index}"),
            TraceEvent::LoopDone {
                iterations,
                stopped_by_limit,
            } => {
                if *stopped_by_limit {
                    format!("#foreach stopped by the 1,000-iteration limit after {iterations}")
                } else {
                    format!("#foreach done: {iterations} iteration(s)")
                }
            }
            TraceEvent::MacroCall { name } => format!("macro #{name} called"),
            TraceEvent::Output { .. } => continue,
        };
        out.push_str(&format!(
            "\n  {}  {what}",
            report::location(name, source, entry.span.start as usize)
        ));
    }
    out
}
