//! ## What it does
//! Reports request data printed inside a JSON string without escaping:
//! `"$input.path('$.name')"`, `"$input.params('q')"`, or a variable or loop item taken from
//! them.
//!
//! In a response template `$input.path` reads the backend's response, so there only
//! `$input.params(...)` counts.
//!
//! ## Why is this bad?
//! The client controls these values. A `"` or `\` in one ends the string early: the payload
//! becomes invalid JSON, or the client adds fields of its own (`x", "admin": true, "y": "`),
//! which is JSON injection.
//!
//! ## Example
//! ```vtl
//! {"name": "$input.path('$.name')"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"name": "$util.escapeJavaScript($input.path('$.name')).replaceAll("\\'","'")"}
//! ```
//!
//! ## References
//! - apigw-semantics §2.1 (escapeJavaScript) and §1.4.

use std::collections::BTreeSet;

use crate::lint::visit::{self, Site, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::Name as Str;
use crate::vtl::ast::{Expr, ExprKind, Node, RefPart, Reference};

/// Request data read directly: `$input.params(...)`, and in a request template
/// `$input.path(...)` (in a response template that is the backend's own response).
fn reads_request(r: &Reference, response: bool) -> bool {
    &*r.root == "input"
        && match visit::first_method(r) {
            Some(("params", _, _)) => true,
            Some(("path", _, _)) => !response,
            _ => false,
        }
}

/// Every part after the first keeps the value a string from the request (property, index,
/// `get`); a method such as `size()` or `length()` does not.
fn stays_raw(parts: &[RefPart]) -> bool {
    parts.iter().all(|p| match p {
        RefPart::Property { .. } | RefPart::Index { .. } => true,
        RefPart::Method { name, .. } => matches!(&**name, "get" | "trim" | "toString"),
    })
}

fn tainted_expr(e: &Expr, tainted: &BTreeSet<Str>, response: bool) -> bool {
    match &e.kind {
        ExprKind::Reference(r) => {
            (reads_request(r, response) && stays_raw(&r.parts[1..]))
                || (tainted.contains(&r.root) && stays_raw(&r.parts))
        }
        _ => false,
    }
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    if !ctx.is_json() {
        return;
    }
    let response = ctx.direction == crate::gateway::Direction::Response;
    // Two passes find variables assigned from request data (and from each other).
    let mut tainted: BTreeSet<Str> = BTreeSet::new();
    for _ in 0..2 {
        visit::walk(t, &mut |v| match v {
            Visit::Node(Node::Set(s), _)
                if s.target.parts.is_empty() && tainted_expr(&s.value, &tainted, response) =>
            {
                tainted.insert(s.target.root.clone());
            }
            Visit::Node(Node::Foreach(f), _) if tainted_expr(&f.iterable, &tainted, response) => {
                tainted.insert(f.variable.clone());
            }
            _ => {}
        });
    }
    for (r, site, _) in visit::references(t) {
        if site != Site::Text || !ctx.in_json_string(r.span.start as usize) {
            continue;
        }
        let direct = reads_request(r, response) && stays_raw(&r.parts[1..]);
        let via = tainted.contains(&r.root) && stays_raw(&r.parts);
        if direct || via {
            out.push(
                Finding::new(
                    r.span,
                    format!(
                        "request value `{}` is printed into a JSON string unescaped",
                        r.text
                    ),
                )
                .label("a `\"` or `\\` in it breaks or injects into the JSON")
                .help(r#"wrap it: `$util.escapeJavaScript(...).replaceAll("\\'","'")`"#),
            );
        }
    }
}
