//! Equality and ordering as Velocity 1.7's `ASTEQNode` / `ASTLTNode` and Java `equals` decide.

use std::cmp::Ordering;

use super::{to_java_string, Number, Value};

/// Java `a.equals(b)`.
pub fn java_equals(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Null, _) | (_, Value::Null) => false,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Long(x), Value::Long(y)) => x == y,
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        // Double.equals compares bits (NaN equals NaN, 0.0 differs from -0.0).
        (Value::Double(x), Value::Double(y)) => x.to_bits() == y.to_bits(),
        (Value::BigDecimal(x), Value::BigDecimal(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.items.len() == y.items.len()
                && x.items.iter().zip(&y.items).all(|(a, b)| java_equals(a, b))
        }
        (Value::Map(x), Value::Map(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.entries.len() == y.entries.len()
                && x.entries
                    .iter()
                    .all(|(k, v)| y.entries.get(k).is_some_and(|w| java_equals(v, w)))
        }
        (Value::Entry(x), Value::Entry(y)) => java_equals(&x.0, &y.0) && java_equals(&x.1, &y.1),
        (Value::Foreach(x), Value::Foreach(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Host(x), Value::Host(y)) => std::ptr::addr_eq(
            std::rc::Rc::as_ptr(x) as *const u8,
            std::rc::Rc::as_ptr(y) as *const u8,
        ),
        _ => false,
    }
}

/// The Java class family used by ASTEQNode's "is one class assignable from the other" test.
fn class_family(v: &Value) -> u8 {
    match v {
        Value::List(_) => 1,
        Value::Map(_) => 2,
        Value::Str(_) => 3,
        Value::Bool(_) => 4,
        _ => 0,
    }
}

/// Velocity 1.7 `==`: numbers by value; objects of related classes by `equals`; otherwise by
/// their `toString()` text (so `1 == '1'` and `true == 'true'` hold).
pub fn velocity_equals(a: &Value, b: &Value) -> bool {
    if a.is_null() || b.is_null() {
        return a.is_null() && b.is_null();
    }
    if let (Some(x), Some(y)) = (Number::from_value(a), Number::from_value(b)) {
        return compare_numbers(x, y) == Some(Ordering::Equal);
    }
    let (fa, fb) = (class_family(a), class_family(b));
    if fa != 0 && fa == fb {
        return java_equals(a, b);
    }
    match (to_java_string(a), to_java_string(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Velocity 1.7 `<`, `>`, `<=`, `>=`: only numbers compare; anything else is an error that
/// Velocity logs and treats as false (`None`).
pub fn velocity_compare(a: &Value, b: &Value) -> Option<Ordering> {
    compare_numbers(Number::from_value(a)?, Number::from_value(b)?)
}

fn compare_numbers(a: Number, b: Number) -> Option<Ordering> {
    match (a, b) {
        (Number::Integral { value: x, .. }, Number::Integral { value: y, .. }) => Some(x.cmp(&y)),
        (x, y) => x.as_f64().partial_cmp(&y.as_f64()),
    }
}
