//! Java pattern text to fancy-regex pattern text, plus the group facts the
//! replacement expander needs.

use std::collections::HashMap;

use super::emit::emit;
use super::error::RegexError;
use super::parse::Parser;
use super::quote::code_points_without_quoting;

#[derive(Clone, Debug)]
pub(crate) struct Translated {
    /// fancy-regex syntax; group numbers equal Java's (names are not
    /// emitted, so fancy-regex numbers every group as Java does).
    pub(crate) fancy: String,
    /// Java's `groupCount()`.
    pub(crate) group_count: usize,
    pub(crate) names: HashMap<String, usize>,
    /// The pattern uses `\G`, which needs fancy-regex's assertion
    /// overrides; those force its slower backtracking VM, so only then.
    pub(crate) uses_last_match: bool,
}

pub(crate) fn translate(pattern: &str) -> Result<Translated, RegexError> {
    let mut parser = Parser::new(code_points_without_quoting(pattern));
    let node = parser.expr()?;
    let cur = &mut parser.cur;
    if cur.pos != cur.len {
        // Java's compile(): leftovers after the top-level expression.
        if cur.peek() == u32::from(')') {
            return Err(cur.error("Unmatched closing ')'"));
        }
        // JDK 17 has no "Unescaped trailing backslash" message yet: a lone
        // trailing `\` ends up here (verified: `"\\"` near index 1).
        return Err(cur.error("Unexpected internal error"));
    }
    let group_count = parser.group_count - 1;
    Ok(Translated {
        fancy: emit(&node, group_count),
        group_count,
        names: parser.names,
        uses_last_match: parser.uses_last_match,
    })
}
