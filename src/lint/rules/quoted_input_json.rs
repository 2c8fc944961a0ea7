//! ## What it does
//! Reports `$input.json(...)` printed inside a JSON string: `"$input.json('$.name')"`.
//!
//! ## Why is this bad?
//! `$input.json` already returns JSON text, quotes included: for `{"name": "Ann"}` it gives
//! `"Ann"`, so the template produces `""Ann""`, which is invalid JSON (the backend answers
//! 400, or a Lambda non-proxy integration fails with "Could not parse request body into
//! json").
//!
//! ## Example
//! ```vtl
//! {"name": "$input.json('$.name')"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"name": $input.json('$.name')}
//! ```
//! or, for the raw string, `"$util.escapeJavaScript($input.path('$.name'))"`.
//!
//! ## References
//! - apigw-semantics §1.3 and §6 (lint rule 2).

use crate::lint::visit::{self, Site};
use crate::lint::{Finding, LintContext};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    if !ctx.is_json() {
        return;
    }
    for (r, site, _) in visit::references(t) {
        if site != Site::Text || &*r.root != "input" || r.parts.len() != 1 {
            continue;
        }
        if !matches!(visit::first_method(r), Some(("json", _, _))) {
            continue;
        }
        if ctx.in_json_string(r.span.start as usize) {
            out.push(
                Finding::new(
                    r.span,
                    "`$input.json(...)` inside a JSON string doubles the quotes",
                )
                .label("already JSON, quotes included")
                .help("remove the surrounding quotes, or use `$input.path(...)` for the raw value"),
            );
        }
    }
}
