//! The error value every fallible operation of this module returns.

use std::fmt;

/// The message of the one failure Java does not have.
pub(crate) const BACKTRACK_LIMIT_MESSAGE: &str = "regex backtracking limit exceeded";

/// A Java-like regex failure: a `PatternSyntaxException` at compile time, an
/// `IllegalArgumentException`/`IndexOutOfBoundsException` from replacement
/// expansion, or the backtracking limit (where Java would hang instead).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegexError {
    /// Java's message, e.g. `Unclosed group near index 3` or `No group 2`.
    pub message: String,
}

impl RegexError {
    pub(crate) fn new(message: impl Into<String>) -> RegexError {
        RegexError {
            message: message.into(),
        }
    }

    /// `PatternSyntaxException.getMessage()` first line: Java appends the
    /// index only when it is known (>= 0).
    pub(crate) fn syntax(description: &str, index: isize) -> RegexError {
        if index >= 0 {
            RegexError::new(format!("{description} near index {index}"))
        } else {
            RegexError::new(description)
        }
    }

    /// Maps an engine failure. Java has no backtracking limit (it would run
    /// for ever or overflow its stack), so the limit is our own diagnostic.
    pub(crate) fn engine(error: fancy_regex::Error) -> RegexError {
        match error {
            fancy_regex::Error::RuntimeError(fancy_regex::RuntimeError::BacktrackLimitExceeded) => {
                RegexError::new(BACKTRACK_LIMIT_MESSAGE)
            }
            fancy_regex::Error::RuntimeError(other) => {
                RegexError::new(format!("regex runtime error: {other}"))
            }
            other => RegexError::new(format!("regex not supported by this engine: {other}")),
        }
    }
}

impl fmt::Display for RegexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RegexError {}
