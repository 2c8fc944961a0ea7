//! Jayway 2.0.0 `ScanPathToken` (`..`): walks every map and list below the current value,
//! parents before children, and evaluates the token after the scan wherever its scan
//! predicate matches.
//!
//! One 2.0.0 quirk is kept: when the token after `..` matches a *list* and is not the last
//! token, the token after it is applied to each element, skipping the matching token itself
//! (`$..[0].x` reads `x` of every element of every list).

use super::eval::{evaluate, is_list, is_map, list_items, map_entries, Ctx, Eval, Fail};
use super::jstr::JavaError;
use super::predicate::accept;
use super::token::{Path, Token};
use crate::vtl::value::Value;

/// Deeper than any parsed payload (json-smart stops at 400); a map that contains itself
/// would otherwise recurse for ever (Java dies with `StackOverflowError`).
const MAX_WALK_DEPTH: usize = 2_000;

/// `ScanPathToken.evaluate`: `target` is the index of the token after the `..`.
pub(super) fn scan(
    path: &Path,
    target: usize,
    current: &str,
    model: &Value,
    ctx: &mut Ctx,
) -> Eval<()> {
    walk(path, target, current, model, ctx, 0)
}

/// `createScanPredicate(...).matches(model)`.
fn matches(path: &Path, target: usize, model: &Value, ctx: &Ctx) -> Eval<bool> {
    match path.tokens.get(target) {
        Some(Token::Property(names)) => Ok(match model {
            Value::Map(m) => {
                let m = m.borrow();
                names.iter().all(|n| m.entries.contains_key(n.as_str()))
            }
            _ => false,
        }),
        Some(Token::Array(..)) => Ok(is_list(model)),
        Some(Token::Wildcard) => Ok(true),
        Some(Token::Predicate(filters)) => accept(filters, model, ctx.root, path.offset(target)),
        _ => Ok(false),
    }
}

/// The walk, with an explicit stack (parents before children, children in order), so deep
/// documents cannot exhaust the native stack.
fn walk(
    path: &Path,
    target: usize,
    current: &str,
    model: &Value,
    ctx: &mut Ctx,
    depth: usize,
) -> Eval<()> {
    let mut stack: Vec<(String, Value, usize)> = vec![(current.to_string(), model.clone(), depth)];
    while let Some((at, node, depth)) = stack.pop() {
        if depth > MAX_WALK_DEPTH {
            let e = JavaError {
                class: "java.lang.StackOverflowError",
                message: None,
            };
            return Err(Fail::Java(e, path.offset(target)));
        }
        let mut children: Vec<(String, Value, usize)> = Vec::new();
        if is_map(&node) {
            if matches(path, target, &node, ctx)? {
                evaluate(path, target, &at, &node, ctx)?;
            }
            for (key, value) in map_entries(&node) {
                children.push((format!("{at}['{key}']"), value, depth + 1));
            }
        } else if is_list(&node) {
            let items = list_items(&node);
            if matches(path, target, &node, ctx)? {
                if path.is_leaf(target) {
                    evaluate(path, target, &at, &node, ctx)?;
                } else {
                    for (k, item) in items.iter().enumerate() {
                        evaluate(path, target + 1, &format!("{at}[{k}]"), item, ctx)?;
                    }
                }
            }
            for (k, item) in items.into_iter().enumerate() {
                children.push((format!("{at}[{k}]"), item, depth + 1));
            }
        }
        stack.extend(children.into_iter().rev());
    }
    Ok(())
}
