//! ## What it does
//! Reports a `$context` variable that API Gateway does not provide in mapping templates, with
//! the closest real one: `$context.requestID` → `requestId`, `$context.identity.sourceIP` →
//! `sourceIp`. (Access-log-only variables are GW204.)
//!
//! ## Why is this bad?
//! An unknown variable evaluates to nothing: the field is silently empty in every request.
//!
//! ## Example
//! ```vtl
//! {"ip": "$context.identity.sourceIP"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"ip": "$context.identity.sourceIp"}
//! ```
//!
//! ## References
//! - apigw-semantics §3.1 (variables usable in mapping templates).

use crate::lint::names::*;
use crate::lint::visit::{self, did_you_mean};
use crate::lint::{Finding, LintContext};

/// Checks a `$context` property chain; returns the index of the first unknown name and the
/// names it could have been.
pub fn unknown_at(chain: &[&str]) -> Option<(usize, &'static [&'static str])> {
    let top = *chain.first()?;
    if CONTEXT_LOG_ONLY_TOP.contains(&top) {
        return None;
    }
    if !CONTEXT_TOP.contains(&top) {
        return Some((0, CONTEXT_TOP));
    }
    let second = chain.get(1).copied();
    match (top, second) {
        ("identity", Some(s)) => {
            if !CONTEXT_IDENTITY.contains(&s) {
                return Some((1, CONTEXT_IDENTITY));
            }
            if s == "clientCert" {
                if let Some(c) = chain.get(2) {
                    if !CONTEXT_CLIENT_CERT.contains(c) {
                        return Some((2, CONTEXT_CLIENT_CERT));
                    }
                }
            }
            None
        }
        ("requestOverride", Some(s)) if !["header", "path", "querystring"].contains(&s) => {
            Some((1, &["header", "path", "querystring"]))
        }
        ("responseOverride", Some(s)) if !["header", "status"].contains(&s) => {
            Some((1, &["header", "status"]))
        }
        _ => None,
    }
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    for (r, _, _) in visit::references(t) {
        if &*r.root != "context" {
            continue;
        }
        let chain = visit::property_chain(r);
        let Some((i, candidates)) = unknown_at(&chain) else {
            continue;
        };
        let prefix: String = chain[..i].iter().map(|s| format!(".{s}")).collect();
        let name = chain[i];
        out.push(
            Finding::new(
                r.parts[i].span(),
                format!("`$context{prefix}.{name}` is not an API Gateway context variable"),
            )
            .label("evaluates to nothing")
            .maybe_help(did_you_mean(name, candidates.iter().copied(), |c| {
                format!("$context{prefix}.{c}")
            })),
        );
    }
}
