//! Turning engine and gateway errors into user-facing diagnostics (miette), pointing at the
//! template's text.

pub mod invocation;

use miette::{LabeledSpan, MietteDiagnostic, NamedSource, Report};

use crate::vtl::span::line_col;
use crate::vtl::{RenderError, SyntaxError};

fn report(name: &str, source: &str, diag: MietteDiagnostic) -> Report {
    Report::new(diag).with_source_code(NamedSource::new(name, source.to_string()))
}

pub fn syntax_error(name: &str, source: &str, e: &SyntaxError) -> Report {
    let mut d = MietteDiagnostic::new(format!("syntax error: {}", e.message))
        .with_code("gwmap::syntax")
        .with_label(LabeledSpan::at(e.span, e.label.clone()));
    if let Some(h) = &e.help {
        d = d.with_help(h.clone());
    }
    report(name, source, d)
}

pub fn render_error(name: &str, source: &str, e: &RenderError) -> Report {
    let mut d = MietteDiagnostic::new(format!("render error: {e}"))
        .with_code("gwmap::render")
        .with_label(LabeledSpan::at(e.span, "while evaluating this"));
    if let Some(h) = e.help() {
        d = d.with_help(h);
    }
    report(name, source, d)
}

/// A diagnostic pointing at one place in a template.
pub fn at(name: &str, source: &str, offset: usize, message: &str, label: &str) -> Report {
    let end = source[offset.min(source.len())..]
        .chars()
        .next()
        .map_or(0, char::len_utf8);
    let d = MietteDiagnostic::new(message.to_string())
        .with_code("gwmap::validate")
        .with_label(LabeledSpan::at(offset..offset + end, label.to_string()));
    report(name, source, d)
}

/// `file:line:col` of a byte offset.
pub fn location(name: &str, source: &str, offset: usize) -> String {
    let (l, c) = line_col(source, offset);
    format!("{name}:{l}:{c}")
}

/// Prints a report on stderr; colour only on a terminal (miette decides).
pub fn eprint(r: &Report) {
    eprintln!("{r:?}");
}
