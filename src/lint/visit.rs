//! Walking a template's syntax tree: every node and every reference, with where it sits.

use crate::vtl::ast::{Block, Expr, ExprKind, Node, RefPart, Reference};
use crate::vtl::Template;

/// Where a reference appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// Printed into the output (a reference in template text).
    Text,
    /// Inside a directive's expression, a method argument or an index.
    Expr,
    /// The left-hand side of `#set`.
    SetTarget,
    /// Inside a double-quoted string literal (`"...$x..."`).
    Interpolated,
}

/// The surroundings of a node or reference.
#[derive(Clone, Copy, Debug, Default)]
pub struct Scope {
    /// How many `#foreach` bodies enclose it.
    pub loop_depth: usize,
    /// Inside a `#macro` body.
    pub in_macro: bool,
}

/// What the walker reports.
pub enum Visit<'a> {
    Node(&'a Node, Scope),
    Reference(&'a Reference, Site, Scope),
}

/// Calls `f` for every node and reference in the template, macro bodies included, in source
/// order for the body (macros afterwards, sorted by position).
pub fn walk<'a>(template: &'a Template, f: &mut dyn FnMut(Visit<'a>)) {
    walk_block(template.body(), Scope::default(), f);
    let mut macros: Vec<_> = template.macros().collect();
    macros.sort_by_key(|m| m.span.start);
    for m in macros {
        walk_block(
            &m.body,
            Scope {
                in_macro: true,
                ..Scope::default()
            },
            f,
        );
    }
}

/// Every reference, with its site and scope.
pub fn references(template: &Template) -> Vec<(&Reference, Site, Scope)> {
    let mut out = Vec::new();
    walk(template, &mut |v| {
        if let Visit::Reference(r, site, scope) = v {
            out.push((r, site, scope));
        }
    });
    out
}

pub fn walk_block<'a>(block: &'a Block, scope: Scope, f: &mut dyn FnMut(Visit<'a>)) {
    for node in block.iter() {
        walk_node(node, scope, f);
    }
}

fn walk_node<'a>(node: &'a Node, scope: Scope, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Node(node, scope));
    match node {
        Node::Text(_) | Node::EscapedReference { .. } | Node::Stop(_) | Node::Include { .. } => {}
        Node::Reference(r) => walk_reference(r, Site::Text, scope, f),
        Node::Set(s) => {
            walk_reference(&s.target, Site::SetTarget, scope, f);
            walk_expr(&s.value, Site::Expr, scope, f);
        }
        Node::If(i) => {
            for (cond, body) in &i.branches {
                walk_expr(cond, Site::Expr, scope, f);
                walk_block(body, scope, f);
            }
            if let Some(b) = &i.otherwise {
                walk_block(b, scope, f);
            }
        }
        Node::Foreach(fe) => {
            walk_expr(&fe.iterable, Site::Expr, scope, f);
            let inner = Scope {
                loop_depth: scope.loop_depth + 1,
                ..scope
            };
            walk_block(&fe.body, inner, f);
        }
        Node::Break { scope: e, .. } => {
            if let Some(e) = e {
                walk_expr(e, Site::Expr, scope, f);
            }
        }
        Node::Define { body, .. } => walk_block(body, scope, f),
        Node::MacroCall(m) => {
            for a in &m.args {
                walk_expr(a, Site::Expr, scope, f);
            }
            if let Some(b) = &m.body {
                walk_block(b, scope, f);
            }
        }
        Node::Evaluate { argument, .. } => walk_expr(argument, Site::Expr, scope, f),
    }
}

fn walk_reference<'a>(r: &'a Reference, site: Site, scope: Scope, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Reference(r, site, scope));
    for part in &r.parts {
        match part {
            RefPart::Property { .. } => {}
            RefPart::Method { args, .. } => {
                for a in args {
                    walk_expr(a, Site::Expr, scope, f);
                }
            }
            RefPart::Index { index, .. } => walk_expr(index, Site::Expr, scope, f),
        }
    }
}

pub fn walk_expr<'a>(e: &'a Expr, site: Site, scope: Scope, f: &mut dyn FnMut(Visit<'a>)) {
    match &e.kind {
        ExprKind::Str(_)
        | ExprKind::Int(_)
        | ExprKind::Long(_)
        | ExprKind::BigInt(_)
        | ExprKind::Double(_)
        | ExprKind::Bool(_) => {}
        ExprKind::Interpolated(block) => {
            for node in block.iter() {
                match node {
                    Node::Reference(r) => walk_reference(r, Site::Interpolated, scope, f),
                    other => walk_node(other, scope, f),
                }
            }
        }
        ExprKind::Reference(r) => walk_reference(r, site, scope, f),
        ExprKind::List(items) => {
            for i in items {
                walk_expr(i, site, scope, f);
            }
        }
        ExprKind::Map(entries) => {
            for (k, v) in entries {
                walk_expr(k, site, scope, f);
                walk_expr(v, site, scope, f);
            }
        }
        ExprKind::Range(a, b) | ExprKind::Binary(_, a, b) => {
            walk_expr(a, site, scope, f);
            walk_expr(b, site, scope, f);
        }
        ExprKind::Not(a) => walk_expr(a, site, scope, f),
    }
}

/// The reference's property names up to the first method call or index:
/// `$context.identity.sourceIp` → `["identity", "sourceIp"]`.
pub fn property_chain(r: &Reference) -> Vec<&str> {
    let mut out = Vec::new();
    for p in &r.parts {
        match p {
            RefPart::Property { name, .. } => out.push(&**name),
            _ => break,
        }
    }
    out
}

/// The first part as a method call: `$input.json('$.a')` → `("json", args)`.
pub fn first_method(r: &Reference) -> Option<(&str, &[Expr], crate::vtl::Span)> {
    match r.parts.first() {
        Some(RefPart::Method { name, args, span }) => Some((name, args, *span)),
        _ => None,
    }
}

/// A string literal's text (`'$.a'` or `"$.a"` without interpolation).
pub fn literal_str(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Str(s) => Some(s),
        _ => None,
    }
}

/// The closest candidate as a "did you mean `x`?" help.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    render: impl Fn(&str) -> String,
) -> Option<String> {
    crate::suggest::closest(name, candidates).map(|c| format!("did you mean `{}`?", render(c)))
}
