//! ## What it does
//! Reports `$util.escapeJavaScript(...)` in a JSON template without the documented
//! `.replaceAll("\\'","'")` fix.
//!
//! ## Why is this bad?
//! `escapeJavaScript` turns `'` into `\'`, which is not a valid JSON escape. Any value with an
//! apostrophe ("it's") makes the payload invalid: Lambda non-proxy integrations answer 400
//! "Unrecognized character escape ''' (code 39)", Step Functions a `SerializationException`.
//!
//! ## Example
//! ```vtl
//! {"comment": "$util.escapeJavaScript($input.path('$.comment'))"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"comment": "$util.escapeJavaScript($input.path('$.comment')).replaceAll("\\'","'")"}
//! ```
//!
//! ## References
//! - apigw-semantics §2 and §2.1; serverless/serverless #2807; aws/serverless-application-model #1895.

use std::collections::BTreeSet;

use crate::lint::visit::{self, literal_str, Site, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::{ExprKind, Node, RefPart, Reference};

/// `.replaceAll(X, ...)` / `.replace(X, ...)` whose pattern mentions `'`.
fn fixes_quote(part: Option<&RefPart>) -> bool {
    match part {
        Some(RefPart::Method { name, args, .. }) if matches!(&**name, "replaceAll" | "replace") => {
            args.first()
                .and_then(literal_str)
                .is_some_and(|p| p.contains('\''))
        }
        _ => false,
    }
}

fn is_escape(r: &Reference) -> bool {
    &*r.root == "util" && matches!(visit::first_method(r), Some(("escapeJavaScript", _, _)))
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    if !ctx.is_json() {
        return;
    }
    // `#set($v = $util.escapeJavaScript(...))` then `$v.replaceAll("\\'","'")`: fixed later.
    let mut fixed_later = BTreeSet::new();
    let mut assigned = Vec::new();
    visit::walk(t, &mut |v| match v {
        Visit::Node(Node::Set(s), _) => {
            if let ExprKind::Reference(r) = &s.value.kind {
                if is_escape(r) && !fixes_quote(r.parts.get(1)) && s.target.parts.is_empty() {
                    assigned.push((s.target.root.clone(), r.span));
                }
            }
        }
        Visit::Reference(r, site, _) if site != Site::SetTarget && fixes_quote(r.parts.first()) => {
            fixed_later.insert(r.root.clone());
        }
        _ => {}
    });
    let assigned_spans: BTreeSet<u32> = assigned.iter().map(|(_, s)| s.start).collect();
    let finding = |span| {
        Finding::new(
            span,
            "`$util.escapeJavaScript` turns `'` into `\\'`, which is invalid JSON",
        )
        .label("an apostrophe in the value breaks the payload")
        .help(r#"append `.replaceAll("\\'","'")`"#)
    };
    for (r, site, _) in visit::references(t) {
        if !is_escape(r) || fixes_quote(r.parts.get(1)) {
            continue;
        }
        // An argument of another call or a condition is not printed as is.
        if site == Site::Expr && !assigned_spans.contains(&r.span.start) {
            continue;
        }
        if assigned_spans.contains(&r.span.start) {
            continue;
        }
        // Escaping something other than a string for a non-JSON purpose (a nested argument of
        // another call) is still printed eventually; report it.
        out.push(finding(r.span));
    }
    for (name, span) in assigned {
        if !fixed_later.contains(&name) {
            out.push(finding(span));
        }
    }
}
