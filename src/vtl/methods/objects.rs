//! Methods every object has (`toString`, `equals`, `hashCode`), number and boolean methods,
//! and the `$foreach` scope.

use super::{MemberError, MemberResult};
use crate::vtl::value::{java_equals, to_java_string, velocity_compare, Value};

pub(super) fn object_call(receiver: &Value, name: &str, args: &[Value]) -> MemberResult {
    match (name, args) {
        ("toString", []) => Ok(match to_java_string(receiver) {
            Some(s) => Value::string(s),
            None => Value::Null,
        }),
        ("equals", [other]) => Ok(Value::Bool(java_equals(receiver, other))),
        ("hashCode", []) => Ok(Value::Int(hash_code(receiver))),
        _ => Err(MemberError::NotFound),
    }
}

/// Java `hashCode()` for the values where templates could observe it.
pub(super) fn hash_code(v: &Value) -> i32 {
    match v {
        Value::Str(s) => s
            .encode_utf16()
            .fold(0i32, |h, u| h.wrapping_mul(31).wrapping_add(u as i32)),
        Value::Int(i) => *i,
        Value::Long(l) => (*l ^ (*l >> 32)) as i32,
        Value::Bool(b) => {
            if *b {
                1231
            } else {
                1237
            }
        }
        Value::Double(d) => {
            let bits = if d.is_nan() {
                0x7ff8_0000_0000_0000u64
            } else {
                d.to_bits()
            };
            (bits ^ (bits >> 32)) as i32
        }
        _ => 0,
    }
}

/// Methods of Integer, Long, BigInteger, Double, BigDecimal and Boolean.
pub(super) fn scalar_call(receiver: &Value, name: &str, args: &[Value]) -> MemberResult {
    if let Value::Bool(b) = receiver {
        return match (name, args) {
            ("booleanValue", []) => Ok(Value::Bool(*b)),
            ("compareTo", [Value::Bool(o)]) => Ok(Value::Int((*b as i32) - (*o as i32))),
            _ => Err(MemberError::NotFound),
        };
    }
    // Static methods reached through an instance: `$i.parseInt('42')`, `$i.valueOf('7')`.
    match (receiver, name, args) {
        (Value::Int(_), "parseInt" | "valueOf", [Value::Str(s)]) => {
            return parse_java_integer(s, i32::MIN as i64, i32::MAX as i64)
                .map(|v| Value::Int(v as i32));
        }
        (Value::Int(_), "valueOf", [Value::Int(i)]) => return Ok(Value::Int(*i)),
        (Value::Long(_), "parseLong" | "valueOf", [Value::Str(s)]) => {
            return parse_java_integer(s, i64::MIN, i64::MAX).map(Value::Long);
        }
        _ => {}
    }
    let Some(n) = receiver.as_number() else {
        return Err(MemberError::NotFound);
    };
    let f = n.as_f64();
    match (name, args) {
        ("intValue", []) => Ok(Value::Int(match receiver {
            Value::Int(i) => *i,
            Value::Long(l) => *l as i32,
            _ => java_d2i(f),
        })),
        ("longValue", []) => Ok(Value::Long(match receiver {
            Value::Int(i) => *i as i64,
            Value::Long(l) => *l,
            // `(long) d` saturates in Java, as `as` does in Rust.
            _ => f as i64,
        })),
        ("doubleValue", []) => Ok(Value::Double(f)),
        ("floatValue", []) => Ok(Value::Double(f as f32 as f64)),
        ("isNaN", []) => Ok(Value::Bool(f.is_nan())),
        ("isInfinite", []) => Ok(Value::Bool(f.is_infinite())),
        // compareTo only accepts the same class in Java.
        ("compareTo", [other])
            if std::mem::discriminant(receiver) == std::mem::discriminant(other) =>
        {
            Ok(Value::Int(match velocity_compare(receiver, other) {
                Some(std::cmp::Ordering::Less) => -1,
                Some(std::cmp::Ordering::Greater) => 1,
                _ => 0,
            }))
        }
        _ => Err(MemberError::NotFound),
    }
}

/// `Integer.parseInt` / `Long.parseLong` (radix 10): an optional sign and ASCII digits.
fn parse_java_integer(s: &str, min: i64, max: i64) -> Result<i64, MemberError> {
    let bad = || {
        MemberError::Threw(crate::vtl::java::string::JavaException::new(
            "java.lang.NumberFormatException",
            format!("For input string: \"{s}\""),
        ))
    };
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    s.parse::<i64>()
        .ok()
        .filter(|v| (min..=max).contains(v))
        .ok_or_else(bad)
}

/// Java's `(int) d`: NaN is 0, out-of-range values saturate.
fn java_d2i(d: f64) -> i32 {
    d as i32
}

/// `$foreach.index`, `.count`, `.hasNext`, `.first`, `.last`, `.parent`, `.topmost`, as
/// properties or as the getter methods.
pub(super) fn foreach_member(receiver: &Value, name: &str) -> MemberResult {
    let Value::Foreach(scope) = receiver else {
        return Err(MemberError::NotFound);
    };
    let index = scope.index.get();
    Ok(match name {
        "index" | "getIndex" => Value::Int(index as i32),
        "count" | "getCount" => Value::Int(index as i32 + 1),
        "hasNext" | "getHasNext" => Value::Bool(scope.has_next.get()),
        "first" | "isFirst" | "getFirst" => Value::Bool(index == 0),
        "last" | "isLast" | "getLast" => Value::Bool(!scope.has_next.get()),
        "parent" | "getParent" => match &scope.parent {
            Some(p) => Value::Foreach(p.clone()),
            None => Value::Null,
        },
        "topmost" | "getTopmost" => Value::Foreach(scope.topmost()),
        _ => return Err(MemberError::NotFound),
    })
}
