//! ## What it does
//! Reports AppSync-only helpers in an API Gateway template: `$util.toJson`, `$util.qr`,
//! `$util.dynamodb.*`, `$util.time.*`, `$util.error` and friends, and `$ctx`.
//!
//! ## Why is this bad?
//! AppSync and API Gateway both use VTL but have different runtimes. API Gateway has none of
//! these helpers, and `$ctx` is AppSync's name for its context (API Gateway's is
//! `$context`). They evaluate to nothing, so output silently goes missing.
//!
//! ## Example
//! ```vtl
//! {"item": $util.toJson($ctx.args)}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"item": $input.json('$')}
//! ```
//!
//! ## References
//! - apigw-semantics §2; peers.md §3 item 11 (dialect leakage).

use std::collections::BTreeSet;

use crate::lint::names::APPSYNC_UTIL;
use crate::lint::visit::{self, Site, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::{Node, RefPart};

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    let mut user_defined = BTreeSet::new();
    visit::walk(t, &mut |v| match v {
        Visit::Node(Node::Set(s), _) if s.target.parts.is_empty() => {
            user_defined.insert(s.target.root.clone());
        }
        Visit::Node(Node::Foreach(f), _) => {
            user_defined.insert(f.variable.clone());
        }
        _ => {}
    });
    for m in t.macros() {
        user_defined.extend(m.params.iter().cloned());
    }
    for (r, site, _) in visit::references(t) {
        if &*r.root == "ctx" && !user_defined.contains("ctx") {
            if site == Site::SetTarget && r.parts.is_empty() {
                continue;
            }
            let end = r.span.start as usize
                + if r.text.starts_with("${") || r.text.starts_with("$!") {
                    5
                } else {
                    4
                };
            out.push(
                Finding::new(
                    crate::vtl::Span::new(r.span.start as usize, end.min(r.span.end as usize)),
                    "`$ctx` is AppSync's context; API Gateway calls it `$context`",
                )
                .label("evaluates to nothing here")
                .help("use `$context` (and `$input` for the request)"),
            );
            continue;
        }
        if &*r.root != "util" {
            continue;
        }
        let (name, span) = match r.parts.first() {
            Some(RefPart::Method { name, span, .. }) | Some(RefPart::Property { name, span }) => {
                (&**name, *span)
            }
            _ => continue,
        };
        if let Some((_, instead)) = APPSYNC_UTIL.iter().find(|(n, _)| *n == name) {
            out.push(
                Finding::new(
                    span,
                    format!(
                        "`$util.{name}` is an AppSync helper; API Gateway has no such function"
                    ),
                )
                .label("evaluates to nothing")
                .help(*instead),
            );
        }
    }
}
