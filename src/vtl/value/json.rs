//! JSON text as json-smart (`net.minidev.json.JSONValue.toJSONString`) writes it: compact, keys
//! and strings quoted, with json-smart's escaping rules.

use std::fmt::Write;

use super::{display::write_java, ListKind, MapKind, Value};

/// The json-smart `JSONStyle` options that change bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonStyle {
    /// Escape `/` as `\/` (json-smart's "protect 4 web").
    pub escape_slash: bool,
}

impl JsonStyle {
    /// `JSONArray.toString()`: json-smart's default style (`NO_COMPRESS`, which protects `/`).
    pub const JSON_ARRAY_TO_STRING: JsonStyle = JsonStyle { escape_slash: true };
    /// Jayway's `JsonSmartJsonProvider.toJson` (`LT_COMPRESS`), behind `$input.json`.
    pub const LT_COMPRESS: JsonStyle = JsonStyle {
        escape_slash: false,
    };
}

/// Appends `value` as JSON text.
pub fn write_json(value: &Value, style: JsonStyle, out: &mut String) {
    write_value(value, style, out, 0);
}

const MAX_DEPTH: usize = 64;

fn write_value(value: &Value, style: JsonStyle, out: &mut String, depth: usize) {
    if depth > MAX_DEPTH {
        out.push_str("null");
        return;
    }
    match value {
        Value::Null => out.push_str("null"),
        Value::Str(s) => write_string(s, style, out),
        Value::Bool(_)
        | Value::Int(_)
        | Value::Long(_)
        | Value::BigInt(_)
        | Value::BigDecimal(_) => write_java(value, out, depth),
        // json-smart writes an infinite Double as `null` but NaN as `NaN` (checked with
        // json-smart 2.2: `[NaN,null]` for NaN and Infinity).
        Value::Double(d) => {
            if d.is_infinite() {
                out.push_str("null")
            } else {
                write_java(value, out, depth)
            }
        }
        Value::List(l) => {
            out.push('[');
            for (i, item) in l.borrow().items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, style, out, depth + 1);
            }
            out.push(']');
        }
        Value::Map(m) => {
            let m = m.borrow();
            let _ = m.kind == MapKind::Opaque;
            out.push('{');
            for (i, (k, v)) in m.entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(k, style, out);
                out.push(':');
                write_value(v, style, out, depth + 1);
            }
            out.push('}');
        }
        other => {
            // Any other object: json-smart writes its toString() as a JSON string.
            let mut text = String::new();
            write_java(other, &mut text, depth);
            write_string(&text, style, out);
        }
    }
    let _ = ListKind::JsonArray;
}

/// json-smart `JStylerObj.ESCAPE_LT`: `"` `\` and control characters, plus U+007F–U+009F and
/// U+2000–U+20FF as upper-case `\uXXXX`.
fn write_string(s: &str, style: JsonStyle, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '/' if style.escape_slash => out.push_str("\\/"),
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{2000}'..='\u{20ff}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
