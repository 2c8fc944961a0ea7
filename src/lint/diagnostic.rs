//! The lint diagnostic model: what a rule found, where, and how bad it is.

use serde::{Deserialize, Serialize};

use crate::vtl::span::{line_col, Span};

/// How bad a finding is. Findings at `Error` make `gwmap lint` exit 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What a rule's check reports: the registry adds the code, name and severity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub span: Span,
    pub message: String,
    /// The label under the span ("this reference"); defaults to the message.
    pub label: Option<String>,
    pub help: Option<String>,
}

impl Finding {
    pub fn new(span: Span, message: impl Into<String>) -> Finding {
        Finding {
            span,
            message: message.into(),
            label: None,
            help: None,
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Finding {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    /// `help` only when there is one (for "did you mean" suggestions).
    pub fn maybe_help(mut self, help: Option<String>) -> Finding {
        self.help = help;
        self
    }
}

/// A finding in a file, with its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    pub label: Option<String>,
    pub help: Option<String>,
    pub span: Span,
}

/// One linted file: its name as given (relative paths stay relative), its text, its findings
/// sorted by position then code.
#[derive(Clone, Debug)]
pub struct FileReport {
    pub path: String,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// 1-based start and end line/column (columns in characters) of a diagnostic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Region {
    pub fn of(source: &str, span: Span) -> Region {
        let (start_line, start_column) = line_col(source, span.start as usize);
        let (end_line, end_column) = line_col(source, span.end as usize);
        Region {
            start_line,
            start_column,
            end_line,
            end_column,
        }
    }
}
