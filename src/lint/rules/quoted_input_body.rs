//! ## What it does
//! Reports `$input.body` printed inside a JSON string: `{"payload": "$input.body"}`.
//!
//! ## Why is this bad?
//! `$input.body` is the raw payload. Any `"`, `\` or newline in it ends the string early or
//! makes the JSON invalid, and a client can inject fields. A JSON body gives
//! `"{"a":1}"`, which no JSON parser accepts.
//!
//! ## Example
//! ```vtl
//! {"payload": "$input.body"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"payload": "$util.escapeJavaScript($input.body).replaceAll("\\'","'")"}
//! ```
//! or, to embed the JSON itself, `{"payload": $input.json('$')}`.
//!
//! ## References
//! - apigw-semantics §1.2 and §6 (lint rule 3).

use crate::lint::visit::{self, Site};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::RefPart;

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    if !ctx.is_json() {
        return;
    }
    for (r, site, _) in visit::references(t) {
        if site != Site::Text || &*r.root != "input" || r.parts.len() != 1 {
            continue;
        }
        let is_body = match &r.parts[0] {
            RefPart::Property { name, .. } => &**name == "body",
            RefPart::Method { name, args, .. } => &**name == "getBody" && args.is_empty(),
            RefPart::Index { .. } => false,
        };
        if is_body && ctx.in_json_string(r.span.start as usize) {
            out.push(
                Finding::new(r.span, "the raw body is printed inside a JSON string unescaped")
                    .label("quotes, backslashes and newlines in the body break the JSON")
                    .help(r#"use `$util.escapeJavaScript($input.body).replaceAll("\\'","'")`, or `$input.json('$')` without quotes"#),
            );
        }
    }
}
