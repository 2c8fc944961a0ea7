//! Applying a parsed filter to one item (Jayway 2.0.0 `PredicatePathToken.accept`,
//! `Filter.apply`, `Criteria.eval`).

use super::compare::{compare, Operand as Evaluated};
use super::criteria::{Criterion, Filter, Operand};
use super::eval::{definite_value, Eval, Fail};
use super::jstr::{JavaError, NULL_POINTER};
use crate::vtl::value::Value;

/// `accept`: every filter of the token must pass. A `[?]` placeholder has no filter and fails
/// with Java's `NullPointerException` once there is something to test.
pub(super) fn accept(
    filters: &[Option<Filter>],
    item: &Value,
    root: &Value,
    offset: usize,
) -> Eval<bool> {
    for f in filters {
        let Some(f) = f else {
            let msg = "Cannot invoke \"com.jayway.jsonpath.Predicate.apply(com.jayway.jsonpath.Predicate$PredicateContext)\" because \"predicate\" is null";
            return Err(Fail::Java(JavaError::new(NULL_POINTER, msg), offset));
        };
        if !apply(f, item, root, offset)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn apply(f: &Filter, item: &Value, root: &Value, offset: usize) -> Eval<bool> {
    match f {
        Filter::Single(c) => criterion(c, item, root, offset),
        Filter::And(all) => {
            for f in all {
                if !apply(f, item, root, offset)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Filter::Or(left, right) => {
            Ok(apply(left, item, root, offset)? || apply(right, item, root, offset)?)
        }
    }
}

/// `Criteria.eval`. A miss while reading either side makes the criterion false; so does a
/// comparison Jayway cannot make (`ValueCompareException`). Other exceptions escape.
fn criterion(c: &Criterion, item: &Value, root: &Value, offset: usize) -> Eval<bool> {
    match c {
        // The existence test always reads from the item, even for a `$...` path.
        Criterion::Exists { path, exists } => match definite_value(path, item, root) {
            Ok(v) => Ok(v.is_null() != *exists),
            Err(Fail::NotFound(_)) => Ok(!exists),
            Err(e) => Err(e),
        },
        Criterion::Compare { left, op, right } => {
            let Some(l) = operand(left, item, root)? else {
                return Ok(false);
            };
            let Some(r) = operand(right, item, root)? else {
                return Ok(false);
            };
            // `criteriaType.eval(rightVal, leftVal)`: the operands swap places here.
            compare(*op, &r, &l).map_err(|e| Fail::Java(e, offset))
        }
    }
}

/// `evaluateIfPath`: `None` when the path finds nothing.
fn operand<'a>(o: &'a Operand, item: &Value, root: &Value) -> Eval<Option<Evaluated<'a>>> {
    match o {
        Operand::Path(p) => {
            let from = if p.is_root_path { root } else { item };
            match definite_value(p, from, root) {
                Ok(v) => Ok(Some(Evaluated::Value(v))),
                Err(Fail::NotFound(_)) => Ok(None),
                Err(e) => Err(e),
            }
        }
        Operand::Text(v) => Ok(Some(Evaluated::Value(v.clone()))),
        Operand::Pattern(re, source) => Ok(Some(Evaluated::Pattern(re, source))),
    }
}
