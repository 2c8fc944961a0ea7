//! ## What it does
//! Reports `$context` variables that exist only in access logs or gateway responses:
//! `$context.status`, `$context.integrationLatency`, `$context.xrayTraceId`,
//! `$context.error.message`, `$context.authorizer.latency`, `$context.waf.*`…
//!
//! ## Why is this bad?
//! They are not set while a mapping template runs, so they evaluate to nothing. The template
//! looks right in the access-log documentation but the field is always empty.
//!
//! ## Example
//! ```vtl
//! {"latency": "$context.integrationLatency"}
//! ```
//!
//! ## Use instead
//! Log it with an access-log format instead, or pass what the template can see
//! (`$context.requestTimeEpoch`).
//!
//! ## References
//! - apigw-semantics §3.1 (access-log-only variables; `error.*` in gateway responses).

use crate::lint::names::{CONTEXT_LOG_ONLY_AUTHORIZER, CONTEXT_LOG_ONLY_TOP};
use crate::lint::visit;
use crate::lint::{Finding, LintContext};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    for (r, _, _) in visit::references(t) {
        if &*r.root != "context" {
            continue;
        }
        let chain = visit::property_chain(r);
        let hit = match chain.as_slice() {
            [top, ..] if CONTEXT_LOG_ONLY_TOP.contains(top) => Some((0, format!("$context.{top}"))),
            ["authorizer", s, ..] if CONTEXT_LOG_ONLY_AUTHORIZER.contains(s) => {
                Some((1, format!("$context.authorizer.{s}")))
            }
            _ => None,
        };
        let Some((i, name)) = hit else { continue };
        let what = if chain[0] == "error" {
            "only in gateway responses and access logs"
        } else {
            "only in access logs"
        };
        let end = r.parts[i].span();
        out.push(
            Finding::new(
                r.parts[0].span().to(end),
                format!("`{name}` is available {what}, not in mapping templates"),
            )
            .label("always empty here")
            .help("log it with an access-log format, or compute the value in the backend"),
        );
    }
}
