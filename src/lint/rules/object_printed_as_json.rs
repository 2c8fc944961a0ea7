//! ## What it does
//! Reports an object from `$input.path(...)` (or `$util.parseJson(...)`) printed directly in a
//! JSON template: `$input.path('$')`, `$input.path('$.items[*]')`, or a variable holding one.
//!
//! ## Why is this bad?
//! `$input.path` returns Java objects, and Java prints a map as `{name=Ann, age=3}`, not
//! JSON. The payload that reaches the backend is not JSON at all.
//!
//! ## Example
//! ```vtl
//! #set($root = $input.path('$'))
//! {"order": $root}
//! ```
//!
//! ## Use instead
//! ```vtl
//! {"order": $input.json('$')}
//! ```
//!
//! ## References
//! - apigw-semantics §1.4; peers.md §3 item 3 (Java `toString` of maps).

use std::collections::BTreeSet;

use crate::lint::visit::{self, literal_str, Site, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::{ExprKind, Node, Reference};

/// `$input.path(P)` whose result is an object or list whatever the body is.
fn is_object_path(r: &Reference) -> bool {
    if &*r.root == "input" && r.parts.len() == 1 {
        if let Some(("path", [arg], _)) = visit::first_method(r) {
            if let Some(p) = literal_str(arg) {
                let p = p.trim();
                return p == "$" || p.contains("[*]") || p.contains("..") || p.contains("[?");
            }
        }
    }
    &*r.root == "util"
        && r.parts.len() == 1
        && matches!(visit::first_method(r), Some(("parseJson", [arg], _)) if !unquotes_string(arg))
}

/// `$util.parseJson($input.json('$.s'))` is the idiom that unquotes a JSON string: the result
/// is a string, not an object.
fn unquotes_string(arg: &crate::vtl::ast::Expr) -> bool {
    matches!(&arg.kind, ExprKind::Reference(a)
        if &*a.root == "input" && matches!(visit::first_method(a), Some(("json", _, _))))
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    if !ctx.is_json() {
        return;
    }
    let mut objects = BTreeSet::new();
    visit::walk(t, &mut |v| {
        if let Visit::Node(Node::Set(s), _) = v {
            if s.target.parts.is_empty() {
                if let ExprKind::Reference(r) = &s.value.kind {
                    if is_object_path(r) {
                        objects.insert(s.target.root.clone());
                    }
                }
            }
        }
    });
    for (r, site, _) in visit::references(t) {
        if site != Site::Text {
            continue;
        }
        let hit = is_object_path(r) || (r.parts.is_empty() && objects.contains(&r.root));
        if hit {
            out.push(
                Finding::new(
                    r.span,
                    format!("`{}` prints a Java object, not JSON", r.text),
                )
                .label("maps print as {key=value}")
                .help("print JSON with `$input.json(...)`, or print the fields one by one"),
            );
        }
    }
}
