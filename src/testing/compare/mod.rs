//! Comparing a render with its golden file: `exact` (bytes), `json` and `xml` (structure).
//! A mismatch carries what a reader needs: a line diff for text, differences by path otherwise.
//! [`http`] applies a mode to HTTP text (integration cases): head exactly, body by the mode.

pub mod http;
pub mod json;
pub mod text;
pub mod xml;

use crate::testing::case::Compare;

/// One structural difference, located by path (`$.Item.name.S`, `/Envelope/Body[1]`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Difference {
    pub path: String,
    pub expected: String,
    pub actual: String,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: expected {}, got {}",
            self.path, self.expected, self.actual
        )
    }
}

/// Why the output does not match the golden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// Exact comparison failed: the line diff is made when reporting.
    Text,
    /// Structural comparison found these differences (at most [`MAX_DIFFERENCES`]).
    Structure(Vec<Difference>),
    /// The golden or the output is not well-formed for the comparison chosen.
    Malformed {
        which: &'static str,
        message: String,
    },
}

/// More than this many differences are summarised, not listed.
pub const MAX_DIFFERENCES: usize = 50;

pub fn compare(
    mode: Compare,
    ignore_key_order: bool,
    expected: &str,
    actual: &str,
) -> Result<(), Mismatch> {
    match mode {
        Compare::Exact => {
            if expected == actual {
                Ok(())
            } else {
                Err(Mismatch::Text)
            }
        }
        Compare::Json => json::compare(expected, actual, ignore_key_order),
        Compare::Xml => xml::compare(expected, actual),
    }
}
