//! ## What it does
//! Reports a JSONPath in `$input.json(...)` or `$input.path(...)` that does not parse:
//! `$input.path('$.items[0')`, `$input.json('$..')`.
//!
//! ## Why is this bad?
//! API Gateway evaluates the path on every request; an invalid one fails the request with
//! `500 Internal Server Error` (or yields nothing), whatever the body is.
//!
//! ## Example
//! ```vtl
//! {"first": $input.json('$.items[0')}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"first": $input.json('$.items[0]')}
//! ```
//!
//! ## References
//! - apigw-semantics §1.6 (the Jayway JSONPath dialect).

use crate::gateway::jsonpath::JsonPath;
use crate::lint::visit::{self, literal_str};
use crate::lint::{Finding, LintContext};
use crate::vtl::Span;

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    for (r, _, _) in visit::references(t) {
        if &*r.root != "input" {
            continue;
        }
        let Some((name @ ("json" | "path"), [arg], _)) = visit::first_method(r) else {
            continue;
        };
        let Some(path) = literal_str(arg) else {
            continue;
        };
        if let Err(e) = JsonPath::parse(path) {
            // The literal's span includes its quote: point inside it when the text matches.
            let quoted = ctx
                .source
                .get(arg.span.range())
                .is_some_and(|s| s.len() == path.len() + 2);
            let span = if quoted {
                let at = arg.span.start as usize + 1 + e.offset.min(path.len());
                let end = if at < arg.span.end as usize - 1 {
                    at + 1
                } else {
                    at
                };
                Span::new(at, end)
            } else {
                arg.span
            };
            out.push(
                Finding::new(span, format!("invalid JSONPath in `$input.{name}`: {}", e.message))
                    .label(e.message.clone())
                    .help("API Gateway uses Jayway JSONPath: `$.a.b`, `$['a']`, `$.items[0]`, `$.items[*].id`"),
            );
        }
    }
}
