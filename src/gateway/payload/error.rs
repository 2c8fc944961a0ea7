//! `net.minidev.json.parser.ParseException` and the texts its `getMessage()` builds
//! (json-smart 2.2 `ParseException.toMessage`).

use std::fmt;

pub(super) const PARSE_EXCEPTION: &str = "net.minidev.json.parser.ParseException";
pub(super) const NUMBER_FORMAT_EXCEPTION: &str = "java.lang.NumberFormatException";

/// A body json-smart refuses. API Gateway answers `400 {"message": "Could not process
/// payload" + exception}` where the exception prints as `class + ": " + message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayloadError {
    /// Exactly `getMessage()` of the Java exception.
    pub message: String,
    /// The position json-smart reports, in UTF-16 units (0 when it reports none).
    pub position: usize,
    /// The Java exception class: [`ParseException`](PARSE_EXCEPTION) for syntax errors;
    /// `java.lang.NumberFormatException` for the few number shapes json-smart 2.2 hands to
    /// `Double.parseDouble`/`new BigDecimal` unchecked (`1e+`, `1e-`).
    pub java_class: &'static str,
}

impl PayloadError {
    /// What Java's `Throwable.toString()` prints: `class: message`.
    pub fn to_java_string(&self) -> String {
        format!("{}: {}", self.java_class, self.message)
    }
}

impl fmt::Display for PayloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PayloadError {}

/// The `errorType` constants of `ParseException`, with the object each one prints.
pub(super) enum Kind {
    /// `ERROR_UNEXPECTED_CHAR`: "Unexpected character (c) at position p."
    Char(char),
    /// `ERROR_UNEXPECTED_TOKEN`: "Unexpected token t at position p."
    Token(String),
    /// `ERROR_UNEXPECTED_EOF`: "Unexpected End Of File position p: x", x being `null` or `EOF`.
    Eof(&'static str),
    /// `ERROR_UNEXPECTED_UNICODE`: "Unexpected unicode escape sequence c at position p."
    Unicode(char),
    /// Debian's json-smart 2.2 (CVE-2023-1370 backport): nesting deeper than 400.
    Depth(char),
}

pub(super) fn parse_error(position: usize, kind: Kind) -> PayloadError {
    let message = match kind {
        Kind::Char(c) => format!("Unexpected character ({c}) at position {position}."),
        Kind::Token(t) => format!("Unexpected token {t} at position {position}."),
        Kind::Eof(x) => format!("Unexpected End Of File position {position}: {x}"),
        Kind::Unicode(c) => {
            format!("Unexpected unicode escape sequence {c} at position {position}.")
        }
        Kind::Depth(c) => format!(
            "Malicious payload, having non natural depths, parsing stoped on {c} at position {position}."
        ),
    };
    PayloadError {
        message,
        position,
        java_class: PARSE_EXCEPTION,
    }
}

/// A `NumberFormatException` escaping json-smart's number conversion.
pub(super) fn number_format(message: String, position: usize) -> PayloadError {
    PayloadError {
        message,
        position,
        java_class: NUMBER_FORMAT_EXCEPTION,
    }
}
