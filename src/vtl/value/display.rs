//! Java `toString()` of every value, which is what Velocity prints.

use std::fmt::Write;

use super::{write_json, JsonStyle, ListKind, MapKind, Value};
use crate::vtl::java::number::double_to_string;

/// `value.toString()`; `None` where Java's `toString()` returns null (Velocity then prints
/// nothing) or the value is null.
pub fn to_java_string(value: &Value) -> Option<String> {
    match value {
        Value::Str(s) => Some(s.to_string()),
        Value::Null => None,
        Value::Map(m) if m.borrow().kind == MapKind::Opaque => None,
        Value::Host(h) => h.to_java_string(),
        Value::Define(_) => None,
        other => {
            let mut out = String::new();
            write_java(other, &mut out, 0);
            Some(out)
        }
    }
}

/// Collections nested deeper than this print as `(…)` instead of recursing forever on a
/// list that contains itself.
const MAX_DEPTH: usize = 64;

/// Appends `String.valueOf(value)` as it appears inside a collection's `toString()`.
pub(crate) fn write_java(value: &Value, out: &mut String, depth: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Long(l) => {
            let _ = write!(out, "{l}");
        }
        Value::BigInt(s) | Value::BigDecimal(s) | Value::Str(s) => out.push_str(s),
        Value::Double(d) => out.push_str(&double_to_string(*d)),
        Value::List(l) => {
            let l = l.borrow();
            match l.kind {
                ListKind::JsonArray => write_json(value, JsonStyle::JSON_ARRAY_TO_STRING, out),
                ListKind::StringArray => {
                    // Java prints an array's identity hash, which no one can reproduce; print a
                    // stable stand-in of the same shape so golden files do not churn.
                    let mut h: u32 = 0x811c_9dc5;
                    for item in &l.items {
                        if let Value::Str(s) = item {
                            for b in s.bytes() {
                                h = (h ^ b as u32).wrapping_mul(0x0100_0193);
                            }
                        }
                    }
                    let _ = write!(out, "[Ljava.lang.String;@{h:x}");
                }
                ListKind::ArrayList => {
                    if depth > MAX_DEPTH {
                        out.push_str("(this Collection)");
                        return;
                    }
                    out.push('[');
                    for (i, item) in l.items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        match (item, value) {
                            (Value::List(a), Value::List(b)) if std::rc::Rc::ptr_eq(a, b) => {
                                out.push_str("(this Collection)")
                            }
                            _ => write_java(item, out, depth + 1),
                        }
                    }
                    out.push(']');
                }
            }
        }
        Value::Map(m) => {
            let m = m.borrow();
            if m.kind == MapKind::Opaque && depth == 0 {
                return;
            }
            if m.kind == MapKind::Opaque {
                // StringBuilder.append(obj) of an object whose toString() is null.
                out.push_str("null");
                return;
            }
            if depth > MAX_DEPTH {
                out.push_str("(this Map)");
                return;
            }
            out.push('{');
            for (i, (k, v)) in m.entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push('=');
                match (v, value) {
                    (Value::Map(a), Value::Map(b)) if std::rc::Rc::ptr_eq(a, b) => {
                        out.push_str("(this Map)")
                    }
                    _ => write_java(v, out, depth + 1),
                }
            }
            out.push('}');
        }
        Value::Entry(e) => {
            write_java(&e.0, out, depth + 1);
            out.push('=');
            write_java(&e.1, out, depth + 1);
        }
        // ForeachScope extends a map-like Scope whose toString() is that of an empty map.
        Value::Foreach(_) => out.push_str("{}"),
        Value::Define(_) => out.push_str("null"),
        Value::Host(h) => match h.to_java_string() {
            Some(s) => out.push_str(&s),
            None => out.push_str("null"),
        },
    }
}
