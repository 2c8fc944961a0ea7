//! ## What it does
//! Renders a JSON template for a request with **no body** (or a response with an empty body)
//! and reports output that is not valid JSON, when the output for a typical body is valid.
//! The usual cause is a field printed bare: `"count": $input.path('$.count')` renders
//! `"count": ,` when the field is missing.
//!
//! ## Why is this bad?
//! Clients omit fields and backends return empty bodies (errors, 204s). The template then
//! produces invalid JSON, and the backend or the client fails to parse it.
//!
//! ## Example
//! ```vtl
//! {"count": $input.path('$.count')}
//! ```
//!
//! ## Use instead
//! ```vtl
//! #set($count = "$!input.path('$.count')")
//! {"count": #if($count == "")null#else$count#end}
//! ```
//!
//! ## References
//! - apigw-semantics §1.4 (a missing path evaluates to nothing); peers.md §3 item 4.

use crate::lint::context::{EMPTY, TYPICAL};
use crate::lint::output_check;
use crate::lint::{Finding, LintContext};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    if !output_check::applies(ctx) {
        return;
    }
    let renders = ctx.renders();
    let typical_ok = renders
        .iter()
        .filter(|r| r.label == TYPICAL)
        .all(|r| r.result.is_ok() && output_check::json_problem(ctx, r).is_none());
    if !typical_ok {
        return;
    }
    for r in renders.iter().filter(|r| r.label == EMPTY) {
        out.extend(output_check::json_problem(ctx, r));
    }
}
