//! ## What it does
//! Reports a variable that is used but never set: not by `#set`, `#foreach`, a macro
//! parameter or `#define`, and not one API Gateway provides (`$input`, `$util`, `$context`,
//! `$stageVariables`, `$foreach`…).
//!
//! ## Why is this bad?
//! It evaluates to nothing. Usually it is a typo (`$inputRoot` set, `$inputroot` used) or a
//! variable from another tool (`$esc`, `$math`, Velocity Tools are not on API Gateway).
//!
//! ## Example
//! ```vtl
//! #set($inputRoot = $input.path('$'))
//! {"id": "$inputroot.id"}
//! ```
//!
//! ## Use instead
//! ```vtl
//! #set($inputRoot = $input.path('$'))
//! {"id": "$inputRoot.id"}
//! ```
//!
//! ## References
//! - apigw-semantics §5.3 (null references print nothing on API Gateway).

use std::collections::BTreeSet;

use crate::lint::names::BUILTIN_VARIABLES;
use crate::lint::visit::{self, did_you_mean, Site, Visit};
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::Name as Str;
use crate::vtl::ast::Node;

/// Every name the template defines anywhere.
pub fn defined_names(t: &crate::vtl::Template) -> BTreeSet<Str> {
    let mut defined = BTreeSet::new();
    visit::walk(t, &mut |v| match v {
        Visit::Node(Node::Set(s), _) if s.target.parts.is_empty() => {
            defined.insert(s.target.root.clone());
        }
        Visit::Node(Node::Foreach(f), _) => {
            defined.insert(f.variable.clone());
        }
        Visit::Node(Node::Define { name, .. }, _) => {
            defined.insert(name.clone());
        }
        _ => {}
    });
    for m in t.macros() {
        defined.extend(m.params.iter().cloned());
    }
    defined
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    let defined = defined_names(t);
    for (r, site, _) in visit::references(t) {
        let name = &*r.root;
        if defined.contains(name) || BUILTIN_VARIABLES.contains(&name) || name == "ctx" {
            continue;
        }
        if site == Site::SetTarget && r.parts.is_empty() {
            continue;
        }
        let offset = r.text.find(name).unwrap_or(1);
        let start = r.span.start as usize + offset;
        out.push(
            Finding::new(
                crate::vtl::Span::new(start, start + name.len()),
                format!("`${name}` is never set"),
            )
            .label("evaluates to nothing")
            .maybe_help(did_you_mean(
                name,
                defined
                    .iter()
                    .map(|s| &**s)
                    .chain(BUILTIN_VARIABLES.iter().copied()),
                |c| format!("${c}"),
            )),
        );
    }
}
