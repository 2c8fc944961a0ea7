//! json-smart 2.2 ground truth for [`parse_payload`].
//!
//! Source: Jayway 2.0.0 + json-smart 2.2 (Debian), JDK 17, run 2026-12-02.
//! Each row is a body and what the harness (`JsonSmartJsonProvider.parse`, the provider
//! Jayway's default configuration uses) printed: `OK` and a typed dump of the result, `ERR`
//! and `ParseException.getMessage()`, or `EXC` and another exception. Dump: `I:` Integer,
//! `L:` Long, `BI:` BigInteger, `D:` Double, `BD:` BigDecimal, `B:` Boolean, `S:"..."` String
//! (non-ASCII as `\uXXXX` UTF-16 units), `M{..}` LinkedHashMap, `A[..]` JSONArray.
//! json-smart returns `Float.NaN` for `NaN`; rows show it as `D:NaN` (our model has no Float,
//! and both print `NaN`). Bodies whose result holds a lone surrogate are left out: Rust strings
//! cannot hold one (see `lone_surrogate_becomes_replacement_character`).

use std::fmt::Write;

use super::error::{NUMBER_FORMAT_EXCEPTION, PARSE_EXCEPTION};
use super::{parse_json_value, parse_payload, PayloadError};
use crate::vtl::java::number::double_to_string;
use crate::vtl::value::{ListKind, MapKind, Value};

/// The harness's `esc`: printable ASCII as is, `\` and `"` escaped, the rest as `\uxxxx`.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::new();
    for unit in s.encode_utf16() {
        match unit {
            0x5c => out.push_str("\\\\"),
            0x22 => out.push_str("\\\""),
            0x20..=0x7e => out.push(char::from(unit as u8)),
            _ => {
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
    out
}

/// The harness's typed dump.
fn dump(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => {
            let _ = write!(out, "B:{b}");
        }
        Value::Int(i) => {
            let _ = write!(out, "I:{i}");
        }
        Value::Long(l) => {
            let _ = write!(out, "L:{l}");
        }
        Value::BigInt(s) => {
            let _ = write!(out, "BI:{s}");
        }
        Value::Double(d) => {
            let _ = write!(out, "D:{}", double_to_string(*d));
        }
        Value::BigDecimal(s) => {
            let _ = write!(out, "BD:{s}");
        }
        Value::Str(s) => {
            let _ = write!(out, "S:\"{}\"", esc(s));
        }
        Value::Map(m) => {
            let m = m.borrow();
            out.push_str(if m.kind == MapKind::Linked {
                "M{"
            } else {
                "?{"
            });
            for (i, (k, v)) in m.entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let _ = write!(out, "\"{}\"=", esc(k));
                dump(v, out);
            }
            out.push('}');
        }
        Value::List(l) => {
            let l = l.borrow();
            out.push_str(if l.kind == ListKind::JsonArray {
                "A["
            } else {
                "?["
            });
            for (i, v) in l.items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                dump(v, out);
            }
            out.push(']');
        }
        other => out.push_str(other.type_name()),
    }
}

pub(crate) fn dump_value(v: &Value) -> String {
    let mut out = String::new();
    dump(v, &mut out);
    out
}

fn outcome(r: &Result<Value, PayloadError>) -> String {
    match r {
        Ok(v) => format!("OK {}", dump_value(v)),
        Err(e) if e.java_class == PARSE_EXCEPTION => format!("ERR {}", esc(&e.message)),
        Err(e) => {
            let m = if e.message.is_empty() {
                "null"
            } else {
                &e.message
            };
            format!("EXC {}: {}", e.java_class, esc(m))
        }
    }
}

#[test]
fn bodies_match_json_smart() {
    let mut failures = Vec::new();
    for (body, expected) in CASES {
        let got = outcome(&parse_payload(body));
        if got != *expected {
            failures.push(format!("{body:?}\n  want {expected}\n  got  {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(CASES.len() >= 50);
}

#[test]
fn parse_json_value_is_the_same_reader() {
    for (body, expected) in CASES.iter().take(40) {
        assert_eq!(outcome(&parse_json_value(body)), *expected, "{body:?}");
    }
}

/// Debian's json-smart 2.2 stops at 401 nested containers (objects and arrays count alike).
#[test]
fn nesting_limit() {
    let ok = format!("{}{}", "[".repeat(400), "]".repeat(400));
    assert!(parse_payload(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(401), "]".repeat(401));
    let msg = "Malicious payload, having non natural depths, parsing stoped on [ at position 400.";
    assert_eq!(
        parse_payload(&deep).map(|_| ()).map_err(|e| e.message),
        Err(msg.into())
    );
    let objects = format!("{}1{}", "{\"a\":".repeat(401), "}".repeat(401));
    let msg = "Malicious payload, having non natural depths, parsing stoped on { at position 2000.";
    assert_eq!(
        parse_payload(&objects).map_err(|e| e.message).err(),
        Some(msg.into())
    );
    let mixed = format!("{}1{}", "[{\"a\":".repeat(201), "}]".repeat(201));
    let msg = "Malicious payload, having non natural depths, parsing stoped on [ at position 1200.";
    assert_eq!(
        parse_payload(&mixed).map_err(|e| e.message).err(),
        Some(msg.into())
    );
    // No stack overflow however deep the input goes.
    let huge = "[".repeat(100_000);
    assert!(parse_payload(&huge).is_err());
    let huge = "{\"a\":".repeat(100_000);
    assert!(parse_payload(&huge).is_err());
}

/// `\uD800` alone is a valid Java string; Rust strings cannot hold it.
#[test]
fn lone_surrogate_becomes_replacement_character() {
    let got = parse_payload("\"\\ud800x\"").map(|v| dump_value(&v));
    assert_eq!(got, Ok("S:\"\\ufffdx\"".to_string()));
}

#[test]
fn number_format_exception_class() {
    let e = parse_payload("1e+").err();
    assert_eq!(
        e.as_ref().map(|e| e.java_class),
        Some(NUMBER_FORMAT_EXCEPTION)
    );
    assert_eq!(
        e.map(|e| e.to_java_string()),
        Some("java.lang.NumberFormatException: For input string: \"1e+\"".into())
    );
}

#[test]
fn error_text_for_gateway() {
    let e = parse_payload("{a").err();
    assert_eq!(
        e.map(|e| e.to_java_string()),
        Some(
            "net.minidev.json.parser.ParseException: Unexpected End Of File position 1: null"
                .into()
        )
    );
}

/// 10 MB bodies parse in linear time (a quadratic reader would take minutes here).
#[test]
fn large_bodies_are_linear() {
    let item = "{\"k\":\"v\\n\",\"n\":12.5,\"a\":[1,2,3],\"s\":\"plain text é\"},";
    let mut body = String::from("[");
    while body.len() < 10_000_000 {
        body.push_str(item);
    }
    body.push_str("null]");
    let start = std::time::Instant::now();
    let v = parse_payload(&body);
    assert!(matches!(v, Ok(Value::List(_))));
    let long_string = format!("\"{}\"", "x".repeat(10_000_000));
    assert!(matches!(parse_payload(&long_string), Ok(Value::Str(_))));
    let unquoted = "y".repeat(10_000_000);
    assert!(matches!(parse_payload(&unquoted), Ok(Value::Str(_))));
    assert!(start.elapsed().as_secs() < 60);
}

const CASES: &[(&str, &str)] = &[
    ("{a", "ERR Unexpected End Of File position 1: null"),
    ("[a", "ERR Unexpected End Of File position 1: EOF"),
    ("a=b", "OK S:\"a=b\""),
    ("{\"a\":1}", "OK M{\"a\"=I:1}"),
    ("1", "OK I:1"),
    ("-1", "OK I:-1"),
    ("-0", "OK I:0"),
    ("0", "OK I:0"),
    ("1.0", "OK D:1.0"),
    ("-0.0", "OK D:-0.0"),
    ("1e3", "OK D:1000.0"),
    ("1E3", "OK D:1000.0"),
    ("1e+3", "OK D:1000.0"),
    ("1e-3", "OK D:0.001"),
    ("1E400", "OK D:Infinity"),
    ("-1E400", "OK D:-Infinity"),
    ("1.5", "OK D:1.5"),
    ("100.0", "OK D:100.0"),
    ("0.00001", "OK D:1.0E-5"),
    ("12345678.9", "OK D:1.23456789E7"),
    ("123456789012345678", "OK L:123456789012345678"),
    ("1234567890123456789", "OK L:1234567890123456789"),
    ("12345678901234567890", "OK BI:12345678901234567890"),
    ("2147483647", "OK I:2147483647"),
    ("2147483648", "OK L:2147483648"),
    ("-2147483648", "OK I:-2147483648"),
    ("-2147483649", "OK L:-2147483649"),
    ("9223372036854775807", "OK L:9223372036854775807"),
    ("9223372036854775808", "OK BI:9223372036854775808"),
    ("-9223372036854775808", "OK L:-9223372036854775808"),
    ("-9223372036854775809", "OK BI:-9223372036854775809"),
    ("1.234567890123456789", "OK BD:1.234567890123456789"),
    ("1.23456789012345678", "OK BD:1.23456789012345678"),
    ("0.1234567890123456789e5", "OK BD:12345.67890123456789"),
    ("01", "OK I:1"),
    ("00", "OK I:0"),
    ("-01", "OK I:-1"),
    ("007", "OK I:7"),
    ("0.5", "OK D:0.5"),
    (".5", "OK S:\".5\""),
    ("-", "OK I:0"),
    ("--1", "OK S:\"--1\""),
    ("1-2", "OK S:\"1-2\""),
    ("1e", "OK S:\"1e\""),
    ("1e+", "EXC java.lang.NumberFormatException: For input string: \\\"1e+\\\""),
    ("1ee", "OK S:\"1ee\""),
    ("1.2.3", "OK S:\"1.2.3\""),
    ("1.", "OK D:1.0"),
    ("+1", "OK S:\"+1\""),
    ("NaN", "OK D:NaN"),
    ("NaNa", "OK S:\"NaNa\""),
    ("Infinity", "OK S:\"Infinity\""),
    ("-Infinity", "OK S:\"-Infinity\""),
    ("true", "OK B:true"),
    ("false", "OK B:false"),
    ("null", "OK null"),
    ("tru", "OK S:\"tru\""),
    ("nul", "OK S:\"nul\""),
    ("truex", "OK S:\"truex\""),
    ("true false", "OK S:\"true false\""),
    (" true ", "OK B:true"),
    ("\"abc\"", "OK S:\"abc\""),
    ("'abc'", "OK S:\"abc\""),
    ("\"a'b\"", "OK S:\"a'b\""),
    ("'a\"b'", "OK S:\"a\\\"b\""),
    ("\"a\\\"b\"", "OK S:\"a\\\"b\""),
    ("\"\\u00e9\"", "OK S:\"\\u00e9\""),
    ("\"\\u20ac\"", "OK S:\"\\u20ac\""),
    ("\"\\/\"", "OK S:\"/\""),
    ("\"\\\\\"", "OK S:\"\\\\\""),
    ("\"\\b\\f\\n\\r\\t\"", "OK S:\"\\u0008\\u000c\\u000a\\u000d\\u0009\""),
    ("\"\\q\"", "OK S:\"\""),
    ("\"\\x41\"", "OK S:\"A\""),
    ("\"\\u00\"", "ERR Unexpected unicode escape sequence \\\" at position 5."),
    ("\"\\u00zz\"", "ERR Unexpected unicode escape sequence z at position 5."),
    ("\"\\ud83d\\ude00\"", "OK S:\"\\ud83d\\ude00\""),
    ("\"\u{e9}\u{20ac}\u{1f600}\"", "OK S:\"\\u00e9\\u20ac\\ud83d\\ude00\""),
    ("\"abc", "ERR Unexpected End Of File position 4: null"),
    ("\"abc\"def", "OK S:\"abc\""),
    ("\"abc\" def", "OK S:\"abc\""),
    ("{\"a\":\"b\"}x", "OK M{\"a\"=S:\"b\"}"),
    ("{\"a\":\"b\"} x", "OK M{\"a\"=S:\"b\"}"),
    ("[1,2]x", "OK A[I:1,I:2]"),
    ("[1,2] ,", "OK A[I:1,I:2]"),
    ("{}", "OK M{}"),
    ("[]", "OK A[]"),
    ("[,]", "OK A[]"),
    ("[1,]", "OK A[I:1]"),
    ("[1,,2]", "OK A[I:1,I:2]"),
    ("[,1]", "OK A[I:1]"),
    ("{,}", "OK M{}"),
    ("{\"a\":1,}", "OK M{\"a\"=I:1}"),
    ("{\"a\":1,,\"b\":2}", "OK M{\"a\"=I:1,\"b\"=I:2}"),
    ("{,\"a\":1}", "OK M{\"a\"=I:1}"),
    ("{\"a\":1 \"b\":2}", "OK M{\"a\"=S:\"1 \\\"b\\\":2\"}"),
    ("{\"a\" 1}", "ERR Unexpected character (1) at position 4."),
    ("{\"a\":}", "ERR Unexpected character (}) at position 5."),
    ("{:1}", "ERR Unexpected character (:) at position 1."),
    ("{a:1}", "OK M{\"a\"=I:1}"),
    ("{a b:1}", "OK M{\"a b\"=I:1}"),
    ("{ a : 1 }", "OK M{\"a\"=I:1}"),
    ("{statusCode: 200}", "OK M{\"statusCode\"=I:200}"),
    ("{'a':'b'}", "OK M{\"a\"=S:\"b\"}"),
    ("{\"a\":1,\"a\":2}", "OK M{\"a\"=I:2}"),
    ("{\"a\":1,\"b\":2,\"a\":3}", "OK M{\"a\"=I:3,\"b\"=I:2}"),
    ("{\"a\":[1,{\"b\":null}]}", "OK M{\"a\"=A[I:1,M{\"b\"=null}]}"),
    ("[1 2]", "OK A[S:\"1 2\"]"),
    ("[\"a\" \"b\"]", "OK A[S:\"a\",S:\"b\"]"),
    ("[a b]", "OK A[S:\"a b\"]"),
    ("[a, b c]", "OK A[S:\"a\",S:\"b c\"]"),
    ("[true, false, null, True]", "OK A[B:true,B:false,null,S:\"True\"]"),
    ("{\"a\":tru}", "OK M{\"a\"=S:\"tru\"}"),
    ("{\"a\":true x}", "OK M{\"a\"=S:\"true x\"}"),
    ("{\"a\":nullx}", "OK M{\"a\"=S:\"nullx\"}"),
    ("{\"a\":-}", "OK M{\"a\"=I:0}"),
    ("{\"a\":1.5x}", "OK M{\"a\"=S:\"1.5x\"}"),
    ("{\"a\":1.5 x}", "OK M{\"a\"=S:\"1.5 x\"}"),
    ("{\"a\":1e5}", "OK M{\"a\"=D:100000.0}"),
    ("{\"a\":01}", "OK M{\"a\"=I:1}"),
    ("{\"a\": abc def }", "OK M{\"a\"=S:\"abc def\"}"),
    ("{\"a\":abc}def", "OK M{\"a\"=S:\"abc\"}"),
    ("]", "ERR Unexpected character (]) at position 0."),
    ("}", "ERR Unexpected character (}) at position 0."),
    (":", "ERR Unexpected character (:) at position 0."),
    (",", "OK S:\",\""),
    (",a", "OK S:\",a\""),
    ("a,b", "OK S:\"a,b\""),
    ("a:b", "OK S:\"a:b\""),
    ("a}b", "OK S:\"a}b\""),
    ("a]b", "OK S:\"a]b\""),
    (" ", "OK S:\"\""),
    (" x ", "OK S:\"x\""),
    ("x y", "OK S:\"x y\""),
    ("\u{9}tab", "OK S:\"tab\""),
    ("{\"a\":\"x\u{1}y\"}", "OK M{\"a\"=S:\"x\\u0001y\"}"),
    ("{\"a\":\"x\u{a}y\"}", "OK M{\"a\"=S:\"x\\u000ay\"}"),
    ("{\"a\":\"x\\\u{1}y\"}", "OK M{\"a\"=S:\"xy\"}"),
    ("{\"a\":\"q\\\"x\u{1}y\"}", "OK M{\"a\"=S:\"q\\\"xy\"}"),
    ("{\"a\":1}}", "OK M{\"a\"=I:1}"),
    ("[1]]", "OK A[I:1]"),
    ("[[1]", "ERR Unexpected End Of File position 3: EOF"),
    ("{\"a\":[}", "ERR Unexpected character (}) at position 6."),
    ("{\"a\":{]}", "ERR Unexpected character (]) at position 6."),
    ("{\"a\":\"b\"", "ERR Unexpected End Of File position 7: null"),
    ("{\"a\":\"b\",", "ERR Unexpected End Of File position 8: null"),
    ("{\"a\":", "ERR Unexpected End Of File position 4: EOF"),
    ("{\"a\"", "ERR Unexpected End Of File position 3: null"),
    ("{", "ERR Unexpected End Of File position 0: null"),
    ("[", "ERR Unexpected End Of File position 0: EOF"),
    ("\"", "ERR Unexpected End Of File position 1: null"),
    ("'", "ERR Unexpected End Of File position 1: null"),
    ("[1,2,3", "ERR Unexpected End Of File position 5: EOF"),
    ("{\"k\":\"v\",\"n\":{\"m\":[1,2,{\"o\":true}]}}", "OK M{\"k\"=S:\"v\",\"n\"=M{\"m\"=A[I:1,I:2,M{\"o\"=B:true}]}}"),
    ("\"\u{1a}\"", "OK S:\"\\u001a\""),
    ("a\u{1a}b", "OK S:\"a\""),
    ("[1\u{1a}]", "ERR Unexpected End Of File position 1: EOF"),
    ("{\"a\u{1a}\":1}", "OK M{\"a\\u001a\"=I:1}"),
    ("{\"a\":1\u{1a}}", "ERR Unexpected End Of File position 5: null"),
    ("1 2", "OK S:\"1 2\""),
    ("1 x", "OK S:\"1 x\""),
    ("{\"a\": ,\"b\":1}", "OK M{\"a\"=S:\"\",\"b\"=I:1}"),
    ("{\"a\":,}", "OK M{\"a\"=S:\"\"}"),
    ("[\"x\\\"\u{1a}y\"]", "ERR Unexpected End Of File position 4: null"),
    ("[\"x\\\"\u{7f}y\"]", "OK A[S:\"x\\\"y\"]"),
    ("[\"x\u{7f}y\"]", "OK A[S:\"x\\u007fy\"]"),
    ("\"\\\u{e9}\"", "OK S:\"\""),
    ("\"\\\u{1a}\"", "OK S:\"\""),
    ("{\"a\":1 , \"b\" : 2 }", "OK M{\"a\"=I:1,\"b\"=I:2}"),
    ("{\"a\":\"b\" \"c\"}", "ERR Unexpected token \\\" at position 8."),
    ("{\"a\":\"b\",}", "OK M{\"a\"=S:\"b\"}"),
    ("{\"a\":\"b\",,}", "OK M{\"a\"=S:\"b\"}"),
    ("[1,2,]", "OK A[I:1,I:2]"),
    ("[\"a\",]", "OK A[S:\"a\"]"),
    ("[  ]", "OK A[]"),
    ("{  }", "OK M{}"),
    ("{\"\":1}", "OK M{\"\"=I:1}"),
    ("{\"a\":{}}", "OK M{\"a\"=M{}}"),
    ("{\"a\":[]}", "OK M{\"a\"=A[]}"),
    ("\"a\"b\"", "OK S:\"a\""),
    ("'a'b'", "OK S:\"a\""),
    ("\"\\u00E9\"", "OK S:\"\\u00e9\""),
    ("\"\\u00e\"", "ERR Unexpected unicode escape sequence \\\" at position 6."),
    ("\"\\\\u0041\"", "OK S:\"\\\\u0041\""),
    ("\"tab\u{9}in\"", "OK S:\"tab\\u0009in\""),
    ("\"nl\u{a}in\"", "OK S:\"nl\\u000ain\""),
    ("1.5e3", "OK D:1500.0"),
    ("-1.5E-3", "OK D:-0.0015"),
    ("123456789.123456789", "OK BD:123456789.123456789"),
    ("1234567890123456789.0", "OK BD:1234567890123456789.0"),
    ("0.000000000000000001", "OK BD:1E-18"),
    ("12345678901234567", "OK L:12345678901234567"),
    ("-123456789012345678", "OK L:-123456789012345678"),
    ("00000000000000000001", "OK BI:1"),
    ("-00000000000000000001", "OK BI:-1"),
    ("99999999999999999999", "OK BI:99999999999999999999"),
    ("-0.0e0", "OK D:-0.0"),
    ("1e-400", "OK D:0.0"),
    ("4.9e-324", "OK D:4.9E-324"),
    ("1.7976931348623157e308", "OK BD:1.7976931348623157E+308"),
    ("0.1", "OK D:0.1"),
    ("3.0", "OK D:3.0"),
    ("1e7", "OK D:1.0E7"),
    ("1e-7", "OK D:1.0E-7"),
    ("123456789e10", "OK D:1.23456789E18"),
    ("  {\"a\":1}  ", "OK M{\"a\"=I:1}"),
    ("\u{a}{\"a\":1}", "OK M{\"a\"=I:1}"),
    ("{\"a\":1}\u{a}", "OK M{\"a\"=I:1}"),
    ("\u{d}\u{a}[1]", "OK A[I:1]"),
    ("{\"a\"  :  \"b\"  ,  \"c\"  :  [ 1 , 2 ]  }", "OK M{\"a\"=S:\"b\",\"c\"=A[I:1,I:2]}"),
    ("{\"a\":\"b\"]", "ERR Unexpected token ] at position 7."),
    ("{\"a\":[1}", "ERR Unexpected End Of File position 7: EOF"),
    ("[1:2]", "OK A[S:\"1:2\"]"),
    ("[1}2]", "OK A[S:\"1}2\"]"),
    ("{\"a\":1:2}", "OK M{\"a\"=S:\"1:2\"}"),
    ("{\"a\"::1}", "ERR Unexpected character (:) at position 5."),
    ("true ", "OK B:true"),
    ("tr ue", "OK S:\"tr ue\""),
    ("nan", "OK S:\"nan\""),
    ("NaN ", "OK D:NaN"),
    ("[NaN, -NaN]", "OK A[D:NaN,S:\"-NaN\"]"),
    ("{\"a\":NaN}", "OK M{\"a\"=D:NaN}"),
    ("-NaN", "OK S:\"-NaN\""),
    ("[-]", "OK A[I:0]"),
    ("[-,1]", "OK A[I:0,I:1]"),
    ("[\"\u{e9}\u{20ac}\u{1f600}\", \"\\u20ac\"]", "OK A[S:\"\\u00e9\\u20ac\\ud83d\\ude00\",S:\"\\u20ac\"]"),
    ("[1.0, 2.50, -0.0, 1e3]", "OK A[D:1.0,D:2.5,D:-0.0,D:1000.0]"),
    ("{'a':\"b'c\"}", "OK M{\"a\"=S:\"b'c\"}"),
    ("['a\\'b']", "OK A[S:\"a'b\"]"),
    ("\"\\'\"", "OK S:\"'\""),
    ("[true,false,null]", "OK A[B:true,B:false,null]"),
    ("[truefalse]", "OK A[S:\"truefalse\"]"),
    ("{\"a\":t}", "OK M{\"a\"=S:\"t\"}"),
    ("{\"a\":f, \"b\":n}", "OK M{\"a\"=S:\"f\",\"b\"=S:\"n\"}"),
    ("1\u{e9}", "OK I:1"),
    ("[1\u{e9}]", "OK A[I:1,S:\"\\u00e9\"]"),
    ("1~", "OK I:1"),
    ("[1~]", "OK A[I:1,S:\"~\"]"),
    ("\u{b}1", "OK S:\"1\""),
    ("{\"a\\\"b\":1}", "OK M{\"a\\\"b\"=I:1}"),
    ("{\"a\\u0041\":1}", "OK M{\"aA\"=I:1}"),
    ("{'k':'v', k2 : v2}", "OK M{\"k\"=S:\"v\",\"k2\"=S:\"v2\"}"),
    ("{\"a\":[1,2,3],\"b\":{\"c\":\"d\"}}", "OK M{\"a\"=A[I:1,I:2,I:3],\"b\"=M{\"c\"=S:\"d\"}}"),
    ("{\"msg\":\"line1\\nline2\",\"t\":\"\\ttab\"}", "OK M{\"msg\"=S:\"line1\\u000aline2\",\"t\"=S:\"\\u0009tab\"}"),
    ("\"\\/\\/\"", "OK S:\"//\""),
    ("\"a\\\\b\"", "OK S:\"a\\\\b\""),
    ("{\"a\":\"\\u20ac\\u00e9\\u2028\"}", "OK M{\"a\"=S:\"\\u20ac\\u00e9\\u2028\"}"),
    ("{\"emoji\":\"\u{1f600}\",\"cjk\":\"\u{4e2d}\u{6587}\"}", "OK M{\"emoji\"=S:\"\\ud83d\\ude00\",\"cjk\"=S:\"\\u4e2d\\u6587\"}"),
    ("  \"padded\"  ", "OK S:\"padded\""),
    ("{\"a\":1}garbage", "OK M{\"a\"=I:1}"),
    ("[1,2]{\"x\":1}", "OK A[I:1,I:2]"),
    ("{\"a\":1}{\"b\":2}", "OK M{\"a\"=I:1}"),
    ("{\"a\":\"b\"}}}}", "OK M{\"a\"=S:\"b\"}"),
    ("abc def ghi", "OK S:\"abc def ghi\""),
    ("key=value&other=1", "OK S:\"key=value&other=1\""),
    ("x:y", "OK S:\"x:y\""),
    ("<xml>text</xml>", "OK S:\"<xml>text</xml>\""),
    ("1,2,3", "OK S:\"1,2,3\""),
    ("-5", "OK I:-5"),
    ("-5x", "OK S:\"-5x\""),
    ("5.", "OK D:5.0"),
    ("0.0", "OK D:0.0"),
    ("-0.5", "OK D:-0.5"),
    ("1E2", "OK D:100.0"),
    ("1e-2", "OK D:0.01"),
    ("2.5E+3", "OK D:2500.0"),
    ("1.0e", "OK S:\"1.0e\""),
    ("123abc", "OK S:\"123abc\""),
    ("0x1F", "OK S:\"0x1F\""),
    ("{\"a\":\"b\",\"c\":{\"d\":[true,{\"e\":null}]}}", "OK M{\"a\"=S:\"b\",\"c\"=M{\"d\"=A[B:true,M{\"e\"=null}]}}"),
    ("[[],[[]],{}]", "OK A[A[],A[A[]],M{}]"),
    ("{\"a\":01.5}", "OK M{\"a\"=D:1.5}"),
    ("{\"a\": - 1}", "OK M{\"a\"=S:\"- 1\"}"),
    ("[- 1]", "OK A[S:\"- 1\"]"),
    ("{\"arr\":[1,[2,[3]]]}", "OK M{\"arr\"=A[I:1,A[I:2,A[I:3]]]}"),
    ("{\"a\":1,\"b\":2,\"c\":3,\"b\":4}", "OK M{\"a\"=I:1,\"b\"=I:4,\"c\"=I:3}"),
    ("{\"x\": \"unterminated}", "ERR Unexpected End Of File position 20: null"),
    ("[\"a\",\"b\",", "ERR Unexpected End Of File position 8: EOF"),
    ("{\"a\":[1,2}", "ERR Unexpected End Of File position 9: EOF"),
    ("{\"a\":{\"b\":1}", "ERR Unexpected End Of File position 11: null"),
    ("[{]", "ERR Unexpected character (]) at position 2."),
    ("[{\"a\"}]", "ERR Unexpected character (}) at position 4."),
    ("[{\"a\":}]", "ERR Unexpected character (}) at position 6."),
    ("{\"a\" \"b\"}", "ERR Unexpected character (\\\") at position 4."),
    ("{\"a\"\u{a}:\u{a}1}", "OK M{\"a\"=I:1}"),
    ("{\u{a}\"a\"\u{9}:\u{d}1\u{a}}", "OK M{\"a\"=I:1}"),
    ("[\u{a}1\u{a},\u{a}2\u{a}]", "OK A[I:1,I:2]"),
    ("{\"a\":1,\"b\":[true,false]}", "OK M{\"a\"=I:1,\"b\"=A[B:true,B:false]}"),
    ("{\"a\":'it''s'}", "ERR Unexpected token ' at position 8."),
    ("'unterminated", "ERR Unexpected End Of File position 13: null"),
    ("{\"a\":\"\\u004\"}", "ERR Unexpected unicode escape sequence \\\" at position 11."),
    ("{\"a\":\"\\", "ERR Unexpected End Of File position 7: null"),
    ("\"\\u12\"", "ERR Unexpected unicode escape sequence \\\" at position 5."),
    ("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "OK A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[A[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
    ("{\"a\":1.7976931348623157E309}", "OK M{\"a\"=BD:1.7976931348623157E+309}"),
    ("[1.7976931348623157E309]", "OK A[BD:1.7976931348623157E+309]"),
    ("{\"n\":123456789012345678901234567890}", "OK M{\"n\"=BI:123456789012345678901234567890}"),
    ("{\"n\":-123456789012345678901234567890.5}", "OK M{\"n\"=BD:-123456789012345678901234567890.5}"),
    ("{\"n\":1234567890123456789e+}", "EXC java.lang.NumberFormatException: null"),
];

mod no_panic {
    use proptest::prelude::*;

    use super::super::parse_payload;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Any text: a value or a ParseException, never a panic.
        #[test]
        fn any_body(body in r#"[\[\]{}:,"'\\ a-z0-9.eE+\-nulltrfNa\u{1a}\u{7f}é😀\n\t]{0,40}"#) {
            let _ = parse_payload(&body);
        }
    }
}
