//! Jayway 2.0.0 `Criteria.CriteriaType.eval` and `Criteria.safeCompare`: how a filter compares
//! a value from the document with a literal or another path.
//!
//! `safeCompare(left, right)` (left being the operand after the operator):
//! - `null` and the string `"null"` are both "nullish" and sort before everything else;
//! - two strings compare with `String.compareTo` (after turning `\'` into `'` on the left);
//! - two numbers, or a string and a number, compare as `new BigDecimal(x.toString())`, so the
//!   unquoted literal `10` and the quoted `'8.95'` both compare numerically, and a literal
//!   that is not a number (`abc`, `true`) throws `NumberFormatException` out of the read;
//! - a string and a boolean compare as `Boolean.valueOf(string)`; two booleans directly;
//! - anything else cannot be compared and the criterion is false.

use std::cmp::Ordering;

use super::criteria::Op;
use super::eval::java_text;
use super::jstr::{JavaError, CLASS_CAST, NULL_POINTER, NUMBER_FORMAT};
use crate::gateway::payload::decimal::{parse_big_decimal, Decimal};
use crate::vtl::java::regex::JavaRegex;
use crate::vtl::java::string::{compare_to, equals_ignore_case};
use crate::vtl::value::Value;

/// A criterion operand after evaluation: a value, or a `java.util.regex.Pattern` literal.
pub(super) enum Operand<'a> {
    Value(Value),
    Pattern(&'a JavaRegex, &'a str),
}

impl Operand<'_> {
    fn is_null(&self) -> bool {
        matches!(self, Operand::Value(Value::Null))
    }
}

/// `criteriaType.eval(left, right)`.
pub(super) fn compare(op: Op, left: &Operand, right: &Operand) -> Result<bool, JavaError> {
    let ordered = |test: fn(Ordering) -> bool| -> Result<bool, JavaError> {
        if left.is_null() != right.is_null() {
            return Ok(false);
        }
        Ok(safe_compare(left, right)?.is_some_and(test))
    };
    match op {
        Op::Eq => Ok(safe_compare(left, right)?.is_some_and(Ordering::is_eq)),
        Op::Ne => Ok(safe_compare(left, right)?.is_some_and(Ordering::is_ne)),
        // `0 > safeCompare(left, right)`: the document value is greater.
        Op::Gt => ordered(Ordering::is_lt),
        Op::Gte => ordered(Ordering::is_le),
        Op::Lt => ordered(Ordering::is_gt),
        Op::Lte => ordered(Ordering::is_ge),
        Op::Regex => regex(left, right),
    }
}

/// `REGEX.eval`: the pattern may be on either side; the other side's `toString()` must match
/// as a whole (`Matcher.matches`).
fn regex(left: &Operand, right: &Operand) -> Result<bool, JavaError> {
    let (pattern, target) = match (right, left) {
        (Operand::Pattern(re, _), target) => (Some(*re), target),
        (target, Operand::Pattern(re, _)) => (Some(*re), target),
        (target, Operand::Value(Value::Null)) => (None, target),
        (_, Operand::Value(v)) => return Err(cast_to_pattern(v)),
    };
    let text = match target {
        Operand::Value(Value::Null) => return Ok(false),
        Operand::Value(v) => java_text(v),
        Operand::Pattern(_, source) => source.to_string(),
    };
    let Some(re) = pattern else {
        let msg = "Cannot invoke \"java.util.regex.Pattern.matcher(java.lang.CharSequence)\" because \"pattern\" is null";
        return Err(JavaError::new(NULL_POINTER, msg));
    };
    re.is_match_whole(&text)
        .map_err(|e| JavaError::new("java.lang.RuntimeException", e.message))
}

/// `(Pattern) value` failing: JDK 17's `ClassCastException` text.
fn cast_to_pattern(v: &Value) -> JavaError {
    let class = v.type_name();
    let target = "java.util.regex.Pattern";
    let msg = if class.starts_with("java.") {
        format!("class {class} cannot be cast to class {target} ({class} and {target} are in module java.base of loader 'bootstrap')")
    } else {
        format!("class {class} cannot be cast to class {target} ({class} is in unnamed module of loader 'app'; {target} is in module java.base of loader 'bootstrap')")
    };
    JavaError::new(CLASS_CAST, msg)
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Long(_) | Value::BigInt(_) | Value::Double(_) | Value::BigDecimal(_)
    )
}

fn nullish(o: &Operand) -> bool {
    match o {
        Operand::Value(Value::Null) => true,
        Operand::Value(Value::Str(s)) => &**s == "null",
        _ => false,
    }
}

/// `new BigDecimal(text)`.
fn decimal(text: &str) -> Result<Decimal, JavaError> {
    parse_big_decimal(text).map_err(|m| JavaError {
        class: NUMBER_FORMAT,
        message: (!m.is_empty()).then_some(m),
    })
}

/// `safeCompare`: `None` is `ValueCompareException` (the criterion is then false).
fn safe_compare(left: &Operand, right: &Operand) -> Result<Option<Ordering>, JavaError> {
    // `left == right`: the very same object (a map compared with itself, say).
    if let (Operand::Value(a), Operand::Value(b)) = (left, right) {
        let same = match (a, b) {
            (Value::Map(x), Value::Map(y)) => std::rc::Rc::ptr_eq(x, y),
            (Value::List(x), Value::List(y)) => std::rc::Rc::ptr_eq(x, y),
            _ => false,
        };
        if same {
            return Ok(Some(Ordering::Equal));
        }
    }
    match (nullish(left), nullish(right)) {
        (true, true) => return Ok(Some(Ordering::Equal)),
        (true, false) => return Ok(Some(Ordering::Less)),
        (false, true) => return Ok(Some(Ordering::Greater)),
        (false, false) => {}
    }
    let (Operand::Value(l), Operand::Value(r)) = (left, right) else {
        return Ok(None);
    };
    let order = match (l, r) {
        (Value::Str(a), Value::Str(b)) => {
            let a = if a.contains('\'') {
                a.replace("\\'", "'")
            } else {
                a.to_string()
            };
            compare_to(&a, b).cmp(&0)
        }
        (a, b) if is_number(a) && is_number(b) => {
            decimal(&java_text(a))?.compare(&decimal(&java_text(b))?)
        }
        (Value::Str(a), b) if is_number(b) => decimal(a)?.compare(&decimal(&java_text(b))?),
        (Value::Str(a), Value::Bool(b)) => equals_ignore_case(a, "true").cmp(b),
        (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
        _ => return Ok(None),
    };
    Ok(Some(order))
}
