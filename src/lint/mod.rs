//! `gwmap lint`: a rule registry in the style of ruff. Each rule lives in its own file under
//! [`rules`] with a stable code (`GW101`), a default severity and a doc comment that is its
//! user documentation (`gwmap explain GW101` prints it).
//!
//! - [`registry`]: codes, names, severities, docs, and selection by code or prefix.
//! - [`context`]: what a rule sees (the parse, content type, direction, sample renders).
//! - [`config`]: `gwmap.toml` (selection, severities, per-path overrides, content types).
//! - [`suppress`]: `## gwmap: ignore[GW101]` comments.
//! - [`output`]: human (miette), JSON, SARIF 2.1.0 and GitHub annotations.

pub mod config;
pub mod context;
pub mod diagnostic;
pub mod files;
pub mod locate;
pub mod names;
pub mod output;
pub mod output_check;
pub mod registry;
pub mod rules;
pub mod suppress;
pub mod textscan;
pub mod visit;

pub use config::{Config, FileSettings};
pub use context::{Content, LintContext};
pub use diagnostic::{Diagnostic, FileReport, Finding, Region, Severity};
pub use registry::{Rule, RULES};

/// Lints one template's text with the settings that apply to its path. Never panics: a rule
/// that panics is a bug, but it costs one rule on one file, not the run (its finding is
/// reported as GW000).
pub fn lint_source(path: &str, source: &str, settings: &FileSettings) -> FileReport {
    let ctx = LintContext::new(path, source, settings);
    let mut diagnostics = Vec::new();
    for rule in RULES {
        let Some(severity) = settings.severity_of(rule) else {
            continue;
        };
        let mut findings = Vec::new();
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            (rule.check)(&ctx, &mut findings)
        }));
        if run.is_err() {
            findings = vec![Finding::new(
                crate::vtl::Span::new(0, 0),
                format!("internal error: rule {} failed on this file", rule.code),
            )
            .help("please report this as a gwmap bug, with the template")];
        }
        for f in findings {
            diagnostics.push(Diagnostic {
                code: rule.code,
                name: rule.name,
                severity,
                message: f.message,
                label: f.label,
                help: f.help,
                span: clamp(f.span, source),
            });
        }
    }
    let sup = suppress::Suppressions::parse(source);
    diagnostics.retain(|d| !sup.suppresses(source, d));
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.span.end, a.code, &a.message).cmp(&(
            b.span.start,
            b.span.end,
            b.code,
            &b.message,
        ))
    });
    diagnostics.dedup();
    FileReport {
        path: path.to_string(),
        source: source.to_string(),
        diagnostics,
    }
}

/// Keeps a span inside the text and on character boundaries.
fn clamp(span: crate::vtl::Span, source: &str) -> crate::vtl::Span {
    let fix = |mut i: usize| {
        i = i.min(source.len());
        while i > 0 && !source.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = fix(span.start as usize);
    let end = fix(span.end as usize).max(start);
    crate::vtl::Span::new(start, end)
}
