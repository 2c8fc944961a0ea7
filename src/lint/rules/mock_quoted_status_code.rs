//! ## What it does
//! Reports a MOCK integration's request template whose `statusCode` is a string:
//! `{"statusCode": "200"}`.
//!
//! ## Why is this bad?
//! A MOCK integration reads `statusCode` from the request template's JSON output and needs a
//! number. A string does not select the integration response you expect; the call fails with
//! 500 or falls to the default response.
//!
//! The rule runs on templates declared MOCK (`integration = "mock"` in `gwmap.toml`, or
//! `mock` in the file name), and on other request templates whose output is just
//! `{"statusCode": "NNN"}` with a quoted number literal.
//!
//! ## Example
//! ```vtl
//! {"statusCode": "200"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"statusCode": 200}
//! ```
//!
//! ## References
//! - apigw-semantics §10.1 (MOCK); peers.md §3 item 15.

use crate::gateway::Direction;
use crate::lint::config::Integration;
use crate::lint::context::TYPICAL;
use crate::lint::{Finding, LintContext};
use crate::vtl::Span;

/// `"statusCode"` followed by `:` and a `"`: the offset of the value's quote.
fn quoted_status(source: &str) -> Option<Span> {
    let mut from = 0;
    while let Some(i) = source[from..].find("\"statusCode\"") {
        let key = from + i;
        let rest = &source[key + 12..];
        let after_ws = rest.trim_start();
        if let Some(v) = after_ws.strip_prefix(':') {
            let v2 = v.trim_start();
            if let Some(inner) = v2.strip_prefix('"') {
                let at = source.len() - v2.len();
                let end = inner.find('"').map_or(at + 1, |k| at + k + 2);
                return Some(Span::new(at, end));
            }
        }
        from = key + 12;
    }
    None
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    if ctx.direction != Direction::Request || ctx.template.is_none() {
        return;
    }
    let applies = match ctx.integration {
        Some(Integration::Mock) => true,
        Some(_) => false,
        None => ctx.renders().iter().filter(|r| r.label == TYPICAL).any(|r| {
            matches!(r.result.as_ref().ok().and_then(|o| serde_json::from_str::<serde_json::Value>(o).ok()),
                Some(serde_json::Value::Object(m)) if m.len() == 1 && m.get("statusCode").is_some_and(|v| v.is_string()))
        }),
    };
    if !applies {
        return;
    }
    let Some(span) = quoted_status(ctx.source) else {
        return;
    };
    // Undeclared integrations: only a quoted number literal is evidence enough (a Lambda
    // template may well pass `"statusCode": "$input.params('code')"` on as data).
    let literal = ctx
        .source
        .get(span.start as usize + 1..(span.end as usize).saturating_sub(1))
        .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()));
    if ctx.integration.is_some() || literal {
        out.push(
            Finding::new(span, "MOCK `statusCode` is a string; it must be a number")
                .label("quoted")
                .help("remove the quotes: `\"statusCode\": 200`"),
        );
    }
}
