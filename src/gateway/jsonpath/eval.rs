//! Evaluation, as Jayway 2.0.0's `PathToken.evaluate` methods do it with the default
//! configuration (no options), over json-smart's `LinkedHashMap`/`JSONArray` (any Java `Map`
//! or `List` counts). Results are the document's own values, not copies.
//!
//! The 2.0.0 rules that decide misses: a missing property at the leaf throws
//! `PathNotFoundException` ("No results for path: ..."), even under a wildcard or filter, unless
//! a wildcard over an *array* swallows it; a missing property before the leaf throws only when
//! everything before it is definite; a property step on a non-map throws.

use super::functions::apply_function;
use super::jstr::{JavaError, ILLEGAL_STATE, INVALID_PATH, NULL_POINTER};
use super::scan::scan;
use super::token::{quoted, ArrayOp, Path, Token};
use crate::vtl::value::Entries;
use crate::vtl::value::{to_java_string, ListKind, MapKind, Str, Value};

/// How an evaluation stopped early.
#[derive(Debug)]
pub(super) enum Fail {
    /// `PathNotFoundException` and its message.
    NotFound(String),
    /// Any other exception, with the byte offset of the token that threw.
    Java(JavaError, usize),
}

pub(super) type Eval<T> = Result<T, Fail>;

/// One evaluation: the document root (for `$` inside filters) and the results so far.
pub(super) struct Ctx<'a> {
    pub(super) root: &'a Value,
    pub(super) results: Vec<Value>,
}

/// `path.evaluate(model, root).getValue()` for a definite path: the single result, or
/// `PathNotFoundException` when there is none. Used for paths inside filters.
pub(super) fn definite_value(path: &Path, model: &Value, root: &Value) -> Eval<Value> {
    let mut ctx = Ctx {
        root,
        results: Vec::new(),
    };
    evaluate(path, 0, "", model, &mut ctx)?;
    match ctx.results.into_iter().next() {
        Some(v) => Ok(v),
        None => Err(no_results(path)),
    }
}

pub(super) fn no_results(path: &Path) -> Fail {
    Fail::NotFound(format!("No results for path: {}", path.to_string_from(0)))
}

pub(super) fn is_map(v: &Value) -> bool {
    matches!(v, Value::Map(_))
}

/// `instanceof List`: parsed arrays and VTL lists; a Java `String[]` is not a `List`.
pub(super) fn is_list(v: &Value) -> bool {
    matches!(v, Value::List(l) if l.borrow().kind != ListKind::StringArray)
}

/// `String.valueOf(v)` for messages.
pub(super) fn java_text(v: &Value) -> String {
    to_java_string(v).unwrap_or_else(|| "null".to_string())
}

fn list_len(v: &Value) -> usize {
    match v {
        Value::List(l) => l.borrow().items.len(),
        _ => 0,
    }
}

pub(super) fn list_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().items.clone(),
        _ => Vec::new(),
    }
}

fn map_get(v: &Value, key: &str) -> Option<Value> {
    match v {
        Value::Map(m) => m.borrow().entries.get(key).cloned(),
        _ => None,
    }
}

pub(super) fn map_entries(v: &Value) -> Vec<(Str, Value)> {
    match v {
        Value::Map(m) => m
            .borrow()
            .entries
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

fn java_error(path: &Path, i: usize, class: &'static str, message: String) -> Fail {
    Fail::Java(JavaError::new(class, message), path.offset(i))
}

/// `PathToken.evaluate` of token `i` on `model`, reached through `current` (the path string
/// Jayway builds for messages).
pub(super) fn evaluate(
    path: &Path,
    i: usize,
    current: &str,
    model: &Value,
    ctx: &mut Ctx,
) -> Eval<()> {
    let Some(token) = path.tokens.get(i) else {
        return Ok(());
    };
    match token {
        Token::Root => emit(path, i, "$", model, ctx),
        Token::Property(names) => {
            if !is_map(model) {
                return Err(Fail::NotFound(format!(
                    "Property {} not found in path {current}",
                    token.fragment()
                )));
            }
            object_property(path, i, current, model, names, ctx)
        }
        Token::Array(op, numbers) => array(path, i, current, model, *op, numbers, ctx),
        Token::Wildcard => wildcard(path, i, current, model, ctx),
        Token::Scan => {
            if path.is_leaf(i) {
                let msg = "Current path token is a leaf".to_string();
                return Err(java_error(path, i, ILLEGAL_STATE, msg));
            }
            scan(path, i + 1, current, model, ctx)
        }
        Token::Predicate(filters) => predicate(path, i, current, model, filters, ctx),
        Token::Function(f) => {
            let v = apply_function(*f, model).map_err(|e| Fail::Java(e, path.offset(i)))?;
            ctx.results.push(v);
            Ok(())
        }
    }
}

/// A match at token `i`: a result at the leaf, else the next token goes on from it.
fn emit(path: &Path, i: usize, at: &str, model: &Value, ctx: &mut Ctx) -> Eval<()> {
    if path.is_leaf(i) {
        ctx.results.push(model.clone());
        Ok(())
    } else {
        evaluate(path, i + 1, at, model, ctx)
    }
}

/// `handleObjectProperty` on a map.
pub(super) fn object_property(
    path: &Path,
    i: usize,
    current: &str,
    model: &Value,
    names: &[String],
    ctx: &mut Ctx,
) -> Eval<()> {
    if let [name] = names {
        let at = format!("{current}['{name}']");
        return match map_get(model, name) {
            Some(v) => emit(path, i, &at, &v, ctx),
            None if path.is_leaf(i) => Err(Fail::NotFound(format!("No results for path: {at}"))),
            None if path.upstream_definite(i) => {
                Err(Fail::NotFound(format!("Missing property in path {at}")))
            }
            None => Ok(()),
        };
    }
    let at = format!("{current}[{}]", quoted(names, ", "));
    if !path.is_leaf(i) {
        let msg = format!("Multi properties can only be used as path leafs: {at}");
        return Err(java_error(path, i, INVALID_PATH, msg));
    }
    // A new LinkedHashMap of the names present, in the order asked for.
    let mut merged = Entries::default();
    for name in names {
        if let Some(v) = map_get(model, name) {
            merged.insert(name.as_str().into(), v);
        }
    }
    ctx.results.push(Value::new_map(MapKind::Linked, merged));
    Ok(())
}

/// `handleArrayIndex`: no negative indexing in 2.0.0; out of range throws.
pub(super) fn array_index(
    path: &Path,
    i: usize,
    index: i64,
    current: &str,
    model: &Value,
    ctx: &mut Ctx,
) -> Eval<()> {
    let at = format!("{current}[{index}]");
    let hit = match model {
        Value::List(l) => usize::try_from(index)
            .ok()
            .and_then(|u| l.borrow().items.get(u).cloned()),
        _ => None,
    };
    match hit {
        Some(v) => emit(path, i, &at, &v, ctx),
        None => Err(Fail::NotFound(format!(
            "Index out of bounds when evaluating path {at}"
        ))),
    }
}

/// `ArrayPathToken.evaluate`.
fn array(
    path: &Path,
    i: usize,
    current: &str,
    model: &Value,
    op: Option<ArrayOp>,
    n: &[i32],
    ctx: &mut Ctx,
) -> Eval<()> {
    if model.is_null() {
        return Err(Fail::NotFound(format!("The path {current} is null")));
    }
    if !is_list(model) {
        let msg = format!(
            "Filter: {} can only be applied to arrays. Current context is: {}",
            path.to_string_from(i),
            java_text(model)
        );
        return Err(java_error(path, i, INVALID_PATH, msg));
    }
    let len = list_len(model) as i64;
    let first = i64::from(n.first().copied().unwrap_or(0));
    let (from, to) = match op {
        Some(ArrayOp::SingleIndex) => (first, first + 1),
        Some(ArrayOp::IndexSequence) => {
            for &k in n {
                array_index(path, i, i64::from(k), current, model, ctx)?;
            }
            return Ok(());
        }
        Some(ArrayOp::ContextSize) => (len + first, len + first + 1),
        Some(ArrayOp::SliceFrom) => {
            let from = if first < 0 { len + first } else { first }.max(0);
            if len == 0 || from >= len {
                return Ok(());
            }
            (from, len)
        }
        Some(ArrayOp::SliceTo) => {
            let to = if first < 0 { len + first } else { first }.min(len);
            if len == 0 {
                return Ok(());
            }
            (0, to)
        }
        Some(ArrayOp::SliceBetween) => {
            let second = i64::from(n.get(1).copied().unwrap_or(0));
            let to = second.min(len);
            if first >= to || len == 0 {
                return Ok(());
            }
            (first, to)
        }
        // The analyzer found no operation: `switch (operation)` on null.
        None => {
            let msg = "Cannot invoke \"com.jayway.jsonpath.internal.token.ArrayPathToken$Operation.ordinal()\" because \"this.operation\" is null".to_string();
            return Err(java_error(path, i, NULL_POINTER, msg));
        }
    };
    // A slice between a negative start and a positive end visits negative indexes, which
    // fail like any index out of range.
    for k in from..to {
        array_index(path, i, k, current, model, ctx)?;
    }
    Ok(())
}

/// `WildcardPathToken.evaluate`: every value of a map, every element of a list (misses under
/// a list element are skipped), nothing for anything else.
fn wildcard(path: &Path, i: usize, current: &str, model: &Value, ctx: &mut Ctx) -> Eval<()> {
    if is_map(model) {
        for (key, _) in map_entries(model) {
            object_property(path, i, current, model, &[key.to_string()], ctx)?;
        }
    } else if is_list(model) {
        for k in 0..list_len(model) {
            match array_index(path, i, k as i64, current, model, ctx) {
                Err(Fail::NotFound(_)) => {}
                other => other?,
            }
        }
    }
    Ok(())
}

/// `PredicatePathToken.evaluate`: a map is kept if it passes; each element of a list that
/// passes is visited; a filter on anything else is an error.
fn predicate(
    path: &Path,
    i: usize,
    current: &str,
    model: &Value,
    filters: &[Option<super::criteria::Filter>],
    ctx: &mut Ctx,
) -> Eval<()> {
    if is_map(model) {
        if super::predicate::accept(filters, model, ctx.root, path.offset(i))? {
            emit(path, i, current, model, ctx)?;
        }
        return Ok(());
    }
    if is_list(model) {
        for (k, item) in list_items(model).iter().enumerate() {
            if super::predicate::accept(filters, item, ctx.root, path.offset(i))? {
                array_index(path, i, k as i64, current, model, ctx)?;
            }
        }
        return Ok(());
    }
    let msg = format!(
        "Filter: {} can not be applied to primitives. Current context is: {}",
        path.to_string_from(i),
        java_text(model)
    );
    Err(java_error(path, i, INVALID_PATH, msg))
}
