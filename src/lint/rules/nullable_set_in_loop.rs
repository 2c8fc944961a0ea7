//! ## What it does
//! Reports `#set($v = <reference>)` inside a `#foreach` where the reference can be null (a
//! property, `$input.path(...)`, a method result) and `$v` is not reset earlier in the body.
//!
//! ## Why is this bad?
//! In stock Velocity 1.7 (`directive.set.null.allowed = false`) a `#set` whose value is null
//! leaves the variable unchanged, so an item without the field silently reuses the *previous*
//! item's value. gwmap renders with the null handling recorded on AWS (null reads as ""),
//! where this case was not recorded: treat the template as ambiguous and make it explicit.
//!
//! ## Example
//! ```vtl
//! #foreach($item in $input.path('$.items'))
//!   #set($note = $item.note)
//!   {"note": "$note"}#if($foreach.hasNext),#end
//! #end
//! ```
//!
//! ## Use instead
//! ```vtl
//! #foreach($item in $input.path('$.items'))
//!   #set($note = "")
//!   #set($note = $item.note)
//!   {"note": "$note"}#if($foreach.hasNext),#end
//! #end
//! ```
//!
//! ## References
//! - apigw-semantics §6 (lint rule 6); peers.md §3 item 6.

use std::collections::BTreeSet;

use crate::lint::{Finding, LintContext};
use crate::vtl::ast::Name as Str;
use crate::vtl::ast::{Block, ExprKind, Node, RefPart};

/// Methods that never return null on a non-null receiver.
const NON_NULL: &[&str] = &[
    "size",
    "length",
    "isEmpty",
    "contains",
    "containsKey",
    "equals",
    "equalsIgnoreCase",
    "matches",
    "startsWith",
    "endsWith",
    "indexOf",
    "lastIndexOf",
    "hashCode",
    "toString",
    "keySet",
    "values",
    "entrySet",
    "trim",
    "toLowerCase",
    "toUpperCase",
    "replace",
    "replaceAll",
    "substring",
    "split",
];

/// `(map, key)`: inside `#foreach($key in $map.keySet())`, `$map.get($key)` is never null.
type SafeGets = Vec<(Str, Str)>;

fn can_be_null(kind: &ExprKind, safe: &SafeGets) -> bool {
    let ExprKind::Reference(r) = kind else {
        return false;
    };
    if let [RefPart::Method { name, args, .. }] = r.parts.as_slice() {
        if &**name == "get" {
            if let [crate::vtl::ast::Expr {
                kind: ExprKind::Reference(k),
                ..
            }] = args.as_slice()
            {
                if k.parts.is_empty() && safe.iter().any(|(m, v)| *m == r.root && *v == k.root) {
                    return false;
                }
            }
        }
    }
    if matches!(
        &*r.root,
        "foreach" | "velocityCount" | "velocityHasNext" | "context"
    ) {
        return false;
    }
    match r.parts.last() {
        None => false,
        Some(RefPart::Method { name, .. }) => !NON_NULL.contains(&&**name),
        Some(_) => true,
    }
}

fn scan(
    block: &Block,
    in_loop: bool,
    safe: &SafeGets,
    reset: &mut BTreeSet<Str>,
    out: &mut Vec<Finding>,
) {
    for node in block.iter() {
        match node {
            Node::Set(s) if in_loop && s.target.parts.is_empty() => {
                if can_be_null(&s.value.kind, safe) {
                    if !reset.contains(&s.target.root) {
                        out.push(
                            Finding::new(
                                s.span,
                                format!("`${}` may keep the previous iteration's value when this is null", s.target.root),
                            )
                            .label("a null value leaves the variable unchanged in Velocity 1.7")
                            .help(format!("reset it first in the loop body: `#set(${} = \"\")`", s.target.root)),
                        );
                    }
                } else {
                    reset.insert(s.target.root.clone());
                }
            }
            Node::Foreach(f) => {
                let mut inner = BTreeSet::new();
                let mut safe = safe.clone();
                if let ExprKind::Reference(m) = &f.iterable.kind {
                    if matches!(m.parts.as_slice(), [RefPart::Method { name, .. }] if &**name == "keySet")
                    {
                        safe.push((m.root.clone(), f.variable.clone()));
                    }
                }
                scan(&f.body, true, &safe, &mut inner, out);
            }
            Node::If(i) => {
                for (_, b) in &i.branches {
                    scan(b, in_loop, safe, &mut reset.clone(), out);
                }
                if let Some(b) = &i.otherwise {
                    scan(b, in_loop, safe, &mut reset.clone(), out);
                }
            }
            _ => {}
        }
    }
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    scan(t.body(), false, &Vec::new(), &mut BTreeSet::new(), out);
    for m in t.macros() {
        scan(&m.body, false, &Vec::new(), &mut BTreeSet::new(), out);
    }
}
