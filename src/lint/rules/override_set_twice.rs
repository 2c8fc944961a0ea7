//! ## What it does
//! Reports the same `$context.requestOverride` or `$context.responseOverride` key set twice
//! on one path through the template (sets in different branches of one `#if` are fine).
//!
//! ## Why is this bad?
//! Each override can be set only once: setting it again makes API Gateway answer with a 5XX
//! error (developer guide, "Use a mapping template to override an API's request and response
//! parameters and status codes").
//!
//! ## Example
//! ```vtl
//! #set($context.responseOverride.status = 400)
//! #if($input.path('$.missing') == "")
//! #set($context.responseOverride.status = 404)
//! #end
//! ```
//!
//! ## Use instead
//! ```vtl
//! #set($status = 400)
//! #if($input.path('$.missing') == "")
//! #set($status = 404)
//! #end
//! #set($context.responseOverride.status = $status)
//! ```
//!
//! ## References
//! - apigw-semantics §3.2 ("each parameter can be overridden only once").

use crate::lint::visit::literal_str;
use crate::lint::{Finding, LintContext};
use crate::vtl::ast::{Block, Node, RefPart, Reference};
use crate::vtl::span::line_col;
use crate::vtl::Span;

/// `requestOverride.header.x-id` (header names lowercased), when the key is static.
fn override_key(r: &Reference) -> Option<String> {
    if &*r.root != "context" {
        return None;
    }
    let mut names = Vec::new();
    for p in &r.parts {
        match p {
            RefPart::Property { name, .. } => names.push(name.to_string()),
            RefPart::Index { index, .. } => names.push(literal_str(index)?.to_string()),
            RefPart::Method { .. } => return None,
        }
    }
    if !matches!(
        names.first().map(String::as_str),
        Some("requestOverride" | "responseOverride")
    ) || names.len() < 2
    {
        return None;
    }
    if names.get(1).is_some_and(|s| s == "header") {
        for n in names.iter_mut().skip(2) {
            *n = n.to_ascii_lowercase();
        }
    }
    Some(names.join("."))
}

struct Set {
    key: String,
    span: Span,
    /// (if id, branch index) of every enclosing `#if` branch.
    path: Vec<(usize, usize)>,
}

fn collect(block: &Block, path: &mut Vec<(usize, usize)>, next_if: &mut usize, out: &mut Vec<Set>) {
    for node in block.iter() {
        match node {
            Node::Set(s) => {
                if let Some(key) = override_key(&s.target) {
                    out.push(Set {
                        key,
                        span: s.target.span,
                        path: path.clone(),
                    });
                }
            }
            Node::If(i) => {
                let id = *next_if;
                *next_if += 1;
                for (n, (_, b)) in i.branches.iter().enumerate() {
                    path.push((id, n));
                    collect(b, path, next_if, out);
                    path.pop();
                }
                if let Some(b) = &i.otherwise {
                    path.push((id, i.branches.len()));
                    collect(b, path, next_if, out);
                    path.pop();
                }
            }
            Node::Foreach(f) => collect(&f.body, path, next_if, out),
            _ => {}
        }
    }
}

/// Two sets can both run unless they sit in different branches of the same `#if`.
fn can_both_run(a: &Set, b: &Set) -> bool {
    !a.path
        .iter()
        .any(|(id, n)| b.path.iter().any(|(id2, n2)| id == id2 && n != n2))
}

pub fn check(ctx: &LintContext, out: &mut Vec<Finding>) {
    let Some(t) = &ctx.template else { return };
    let mut sets = Vec::new();
    collect(t.body(), &mut Vec::new(), &mut 0, &mut sets);
    for (j, later) in sets.iter().enumerate() {
        if let Some(first) = sets[..j]
            .iter()
            .find(|e| e.key == later.key && can_both_run(e, later))
        {
            let (line, _) = line_col(ctx.source, first.span.start as usize);
            out.push(
                Finding::new(later.span, format!("`$context.{}` is already set on line {line}", later.key))
                    .label("second override of the same key")
                    .help("each override can be set once: build the value in a variable and set the override at the end"),
            );
        }
    }
}
