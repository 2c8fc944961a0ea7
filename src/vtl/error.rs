//! Errors of the engine: syntax errors found while parsing, and failures while rendering.
//! Both carry the span they are about, so every front end can point at the template.

use crate::vtl::span::Span;

/// A template that Velocity 1.7 would refuse to parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SyntaxError {
    pub message: String,
    pub label: String,
    pub help: Option<String>,
    pub span: Span,
}

impl SyntaxError {
    pub fn new(span: Span, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            message: message.into(),
            label: String::from("here"),
            help: None,
            span,
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> SyntaxError {
        self.label = label.into();
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }
}

/// Why rendering stopped with an error (API Gateway answers 500 for all of these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderErrorKind {
    /// A Java method threw (`MethodInvocationException` in Velocity).
    MethodThrew { class: String, message: String },
    /// A limit of [`crate::vtl::Limits`] was reached.
    LimitExceeded { limit: &'static str, value: usize },
    /// `#include` or `#parse`: there are no template files on API Gateway.
    Unsupported { directive: &'static str },
    /// `#evaluate` was given text that does not parse.
    Evaluate(SyntaxError),
    /// Anything else the engine refuses at runtime.
    Invalid(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError {
    pub kind: RenderErrorKind,
    pub span: Span,
}

impl RenderError {
    pub fn new(kind: RenderErrorKind, span: Span) -> RenderError {
        RenderError { kind, span }
    }

    pub fn help(&self) -> Option<String> {
        match &self.kind {
            RenderErrorKind::MethodThrew { .. } => Some(String::from(
                "API Gateway answers 500 Internal Server Error when a method call throws",
            )),
            RenderErrorKind::LimitExceeded { limit, .. } => Some(format!(
                "raise the `{limit}` limit if this template really needs more"
            )),
            RenderErrorKind::Unsupported { .. } => Some(String::from(
                "API Gateway has no template files: inline the text, or use #macro / #define",
            )),
            RenderErrorKind::Evaluate(e) => e.help.clone(),
            RenderErrorKind::Invalid(_) => None,
        }
    }
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            RenderErrorKind::MethodThrew { class, message } => {
                if message.is_empty() {
                    write!(f, "method threw {class}")
                } else {
                    write!(f, "method threw {class}: {message}")
                }
            }
            RenderErrorKind::LimitExceeded { limit, value } => {
                write!(f, "limit exceeded: {limit} ({value})")
            }
            RenderErrorKind::Unsupported { directive } => {
                write!(
                    f,
                    "#{directive} is not supported: there are no template files"
                )
            }
            RenderErrorKind::Evaluate(e) => write!(f, "#evaluate: {}", e.message),
            RenderErrorKind::Invalid(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for RenderError {}
