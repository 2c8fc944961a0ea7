//! ## What it does
//! Reports `#set($context.responseOverride.status = ...)` with a literal that is not an
//! integer from 100 to 599: `"400"`, `4000`, `2.0`, `true`.
//!
//! ## Why is this bad?
//! API Gateway only applies a status override that is an integer HTTP status; anything else
//! is ignored and the client gets the integration response's default status.
//!
//! ## Example
//! ```vtl
//! #set($context.responseOverride.status = "404")
//! ```
//!
//! ## Use instead
//! ```vtl
//! #set($context.responseOverride.status = 404)
//! ```
//!
//! ## References
//! - apigw-semantics §3.2 (status must be an integer in 100–599).

use crate::lint::visit::{self, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::{ExprKind, Node};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    visit::walk(t, &mut |v| {
        let Visit::Node(Node::Set(s), _) = v else {
            return;
        };
        if &*s.target.root != "context"
            || visit::property_chain(&s.target) != ["responseOverride", "status"]
            || s.target.parts.len() != 2
        {
            return;
        }
        let problem = match &s.value.kind {
            ExprKind::Int(n) if (100..=599).contains(n) => None,
            ExprKind::Int(n) => Some(format!("{n} is not an HTTP status (100–599)")),
            ExprKind::Long(n) => Some(format!("{n} is not an HTTP status (100–599)")),
            ExprKind::Str(s) => Some(match s.trim().parse::<i32>() {
                Ok(n) if (100..=599).contains(&n) => {
                    format!("the status is the string \"{s}\"; use the integer {n}")
                }
                _ => format!("\"{s}\" is not an integer HTTP status"),
            }),
            ExprKind::Double(_) | ExprKind::BigInt(_) => {
                Some("the status must be an integer from 100 to 599".to_string())
            }
            ExprKind::Bool(_) | ExprKind::List(_) | ExprKind::Map(_) => {
                Some("the status must be an integer from 100 to 599".to_string())
            }
            _ => None,
        };
        if let Some(p) = problem {
            out.push(
                Finding::new(
                    s.value.span,
                    format!("invalid `responseOverride.status`: {p}"),
                )
                .label("API Gateway ignores this override")
                .help("set an integer literal from 100 to 599, e.g. `= 404`"),
            );
        }
    });
}
