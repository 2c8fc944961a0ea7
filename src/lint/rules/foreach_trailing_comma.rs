//! ## What it does
//! Reports a `#foreach` whose body ends with a `,` after each item but never checks
//! `$foreach.hasNext` (or `$velocityHasNext`, `$foreach.last`, `$foreach.count`…).
//!
//! ## Why is this bad?
//! The comma is printed after the last item too: `[{"id": 1},{"id": 2},]` is invalid JSON.
//!
//! ## Example
//! ```vtl
//! [#foreach($item in $input.path('$.items'))
//!   {"id": "$item.id"},
//! #end]
//! ```
//!
//! ## Use instead
//! ```vtl
//! [#foreach($item in $input.path('$.items'))
//!   {"id": "$item.id"}#if($foreach.hasNext),#end
//! #end]
//! ```
//!
//! ## References
//! - apigw-semantics §5.5 (`#foreach`, `$foreach.hasNext`).

use crate::lint::context::Content;
use crate::lint::visit::{self, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::{Block, ForeachDirective, Node};
use crate::vtl::Span;

/// Whether the loop body looks at its position anywhere.
fn has_separator_guard(f: &ForeachDirective) -> bool {
    let mut found = false;
    visit::walk_block(&f.body, Default::default(), &mut |v| {
        if let Visit::Reference(r, _, _) = v {
            let first = visit::property_chain(r).first().copied().unwrap_or("");
            let guard = match &*r.root {
                "velocityHasNext" | "velocityCount" => true,
                "foreach" => matches!(first, "hasNext" | "last" | "first" | "count" | "index"),
                _ => false,
            } || (r.parts.iter().any(|p| matches!(p, crate::vtl::ast::RefPart::Method { name, .. } if &**name == "hasNext")));
            found |= guard;
        }
    });
    found
}

/// The loop body's last printing node is text ending in `,`.
fn ends_with_comma(body: &Block) -> bool {
    for node in body.iter().rev() {
        match node {
            Node::Text(t) if t.trim().is_empty() => continue,
            Node::Text(t) => return t.trim_end().ends_with(','),
            Node::Set(_) => continue,
            _ => return false,
        }
    }
    false
}

fn check_block(block: &Block, out: &mut Vec<Finding>) {
    for (i, node) in block.iter().enumerate() {
        match node {
            Node::Foreach(f) => {
                // A fixed element after the loop (`#end {"last": true}]`) closes the list.
                let sentinel = match block.get(i + 1) {
                    Some(Node::Text(t)) => {
                        let t = t.trim_start();
                        !t.is_empty() && !t.starts_with(']') && !t.starts_with('}')
                    }
                    Some(_) => true,
                    None => false,
                };
                if !sentinel && ends_with_comma(&f.body) && !has_separator_guard(f) {
                    let end = (f.iterable.span.end as usize + 1).min(f.span.end as usize);
                    out.push(
                        Finding::new(
                            Span::new(f.span.start as usize, end),
                            "this loop prints a `,` after every item, the last one too",
                        )
                        .label("no `$foreach.hasNext` check")
                        .help("print the separator with `#if($foreach.hasNext),#end`"),
                    );
                }
                check_block(&f.body, out);
            }
            Node::If(x) => {
                for (_, b) in &x.branches {
                    check_block(b, out);
                }
                if let Some(b) = &x.otherwise {
                    check_block(b, out);
                }
            }
            Node::Define { body, .. } => check_block(body, out),
            Node::MacroCall(m) => {
                if let Some(b) = &m.body {
                    check_block(b, out);
                }
            }
            _ => {}
        }
    }
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    if matches!(ctx.content(), Content::Xml | Content::Other) {
        return;
    }
    check_block(t.body(), out);
    for m in t.macros() {
        check_block(&m.body, out);
    }
}
