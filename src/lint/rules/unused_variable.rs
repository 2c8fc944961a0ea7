//! ## What it does
//! Reports a variable that is set but never used.
//!
//! ## Why is this bad?
//! Either the `#set` is dead code, or the value was meant to be printed and a typo sends
//! another (empty) variable to the output instead.
//!
//! Variables set only for a side effect (`#set($discard = $list.add($x))`) and names starting
//! with `_` or called `discard`, `dummy`, `ignore`, `void` or `unused` are not reported.
//!
//! ## Example
//! ```vtl
//! #set($name = $input.path('$.name'))
//! {"name": "$nmae"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! #set($name = $input.path('$.name'))
//! {"name": "$name"}
//! ```

use std::collections::{BTreeMap, BTreeSet};

use crate::lint::visit::{self, Site, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::Name as Str;
use crate::vtl::ast::{ExprKind, Node, RefPart};
use crate::vtl::Span;

const SIDE_EFFECTS: &[&str] = &[
    "add",
    "addAll",
    "put",
    "putAll",
    "remove",
    "removeAll",
    "retainAll",
    "clear",
    "set",
];
const THROWAWAY: &[&str] = &[
    "discard", "dummy", "ignore", "ignored", "void", "unused", "noop", "trash", "x",
];

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    let mut evaluates = false;
    let mut first_set: BTreeMap<Str, Span> = BTreeMap::new();
    let mut used: BTreeSet<Str> = BTreeSet::new();
    visit::walk(t, &mut |v| match v {
        Visit::Node(Node::Evaluate { .. }, _) => evaluates = true,
        Visit::Node(Node::Set(s), _) if s.target.parts.is_empty() => {
            let side_effect = matches!(&s.value.kind, ExprKind::Reference(r)
                if matches!(r.parts.last(), Some(RefPart::Method { name, .. }) if SIDE_EFFECTS.contains(&&**name)));
            let name = &*s.target.root;
            if side_effect
                || name.starts_with('_')
                || THROWAWAY.contains(&name.to_ascii_lowercase().as_str())
            {
                used.insert(s.target.root.clone());
            }
            first_set
                .entry(s.target.root.clone())
                .or_insert(s.target.span);
        }
        Visit::Reference(r, site, _) if site != Site::SetTarget || !r.parts.is_empty() => {
            used.insert(r.root.clone());
        }
        _ => {}
    });
    if evaluates {
        return;
    }
    for (name, span) in first_set {
        if !used.contains(&name) {
            out.push(
                Finding::new(span, format!("`${name}` is set but never used"))
                    .label("never read")
                    .help("remove the #set, or use the variable (a typo in its uses?)"),
            );
        }
    }
}
