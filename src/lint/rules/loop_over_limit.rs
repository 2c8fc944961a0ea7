//! ## What it does
//! Reports a `#foreach` over a range that can exceed API Gateway's 1,000 iterations: a
//! literal range such as `[1..5000]`, or a range bounded by a variable.
//!
//! ## Why is this bad?
//! API Gateway stops a `#foreach` after 1,000 iterations (quota), so the output is silently
//! truncated.
//!
//! ## Example
//! ```vtl
//! #foreach($i in [0..$input.path('$.count')])
//! ```
//!
//! ## Use instead
//! Bound the range explicitly, or let the backend expand large collections.
//!
//! ## References
//! - apigw-semantics §6 (`#foreach` iterations: 1,000).

use crate::gateway::settings::FOREACH_LIMIT;
use crate::lint::visit::{self, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::{Expr, ExprKind, Node};

fn int(e: &Expr) -> Option<i64> {
    match e.kind {
        ExprKind::Int(n) => Some(i64::from(n)),
        ExprKind::Long(n) => Some(n),
        _ => None,
    }
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    visit::walk(t, &mut |v| {
        let Visit::Node(Node::Foreach(f), _) = v else {
            return;
        };
        let ExprKind::Range(a, b) = &f.iterable.kind else {
            return;
        };
        let msg = match (int(a), int(b)) {
            (Some(x), Some(y)) => {
                let n = (i128::from(y) - i128::from(x)).unsigned_abs() + 1;
                if n <= FOREACH_LIMIT as u128 {
                    return;
                }
                format!("this range has {n} items; API Gateway stops a #foreach after {FOREACH_LIMIT}")
            }
            _ => format!("this range's size depends on a variable; API Gateway stops a #foreach after {FOREACH_LIMIT}"),
        };
        out.push(
            Finding::new(f.iterable.span, msg)
                .label("may be truncated")
                .help(format!("bound the range (at most {FOREACH_LIMIT} items), or expand large collections in the backend")),
        );
    });
}
