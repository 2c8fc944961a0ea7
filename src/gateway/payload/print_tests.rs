//! How parsed payloads print: `toString()` (what `$input.path` renders: `LinkedHashMap` as
//! `{k=v}`, `JSONArray` as JSON in json-smart's default style, which escapes `/`) and
//! `JSONValue.toJSONString(value, JSONStyle.LT_COMPRESS)` (Jayway's `toJson`, behind
//! `$input.json`).
//!
//! Source: Jayway 2.0.0 + json-smart 2.2 (Debian), JDK 17, run 2026-12-02.
//! Columns: body, `String.valueOf(parsed)`, LT_COMPRESS JSON, NO_COMPRESS JSON (the style of
//! `JSONArray.toString()`), each escaped as in `tests.rs`.

use super::parse_payload;
use super::tests::esc;
use crate::vtl::value::{to_java_string, write_json, JsonStyle};

#[test]
fn printing_matches_json_smart() {
    let mut failures = Vec::new();
    for (body, to_string, lt, nc) in CASES {
        let Ok(v) = parse_payload(body) else {
            failures.push(format!("{body:?} does not parse"));
            continue;
        };
        let ts = to_java_string(&v).unwrap_or_else(|| "null".into());
        let mut lt_out = String::new();
        write_json(&v, JsonStyle::LT_COMPRESS, &mut lt_out);
        let mut nc_out = String::new();
        write_json(&v, JsonStyle::JSON_ARRAY_TO_STRING, &mut nc_out);
        for (what, want, got) in [
            ("toString", to_string, ts),
            ("LT", lt, lt_out),
            ("NO", nc, nc_out),
        ] {
            if esc(&got) != *want {
                failures.push(format!(
                    "{body:?} {what}\n  want {want}\n  got  {}",
                    esc(&got)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const CASES: &[(&str, &str, &str, &str)] = &[
    ("{\"a\":[\"x/y\",\"\u{e9}\u{20ac}\\u2028\",1.0,{\"k\":\"v\"}]}", "{a=[\\\"x\\\\/y\\\",\\\"\\u00e9\\\\u20AC\\\\u2028\\\",1.0,{\\\"k\\\":\\\"v\\\"}]}", "{\\\"a\\\":[\\\"x/y\\\",\\\"\\u00e9\\\\u20AC\\\\u2028\\\",1.0,{\\\"k\\\":\\\"v\\\"}]}", "{\\\"a\\\":[\\\"x\\\\/y\\\",\\\"\\u00e9\\\\u20AC\\\\u2028\\\",1.0,{\\\"k\\\":\\\"v\\\"}]}"),
    ("[\"\\u0000\\u001f\\u007f\\u0080\\u009f\\u00a0\\u1fff\\u2000\\u20ff\\u2100\\ud7ff\\ue000\\uffff\"]", "[\\\"\\\\u0000\\\\u001F\\\\u007F\\\\u0080\\\\u009F\\u00a0\\u1fff\\\\u2000\\\\u20FF\\u2100\\ud7ff\\ue000\\uffff\\\"]", "[\\\"\\\\u0000\\\\u001F\\\\u007F\\\\u0080\\\\u009F\\u00a0\\u1fff\\\\u2000\\\\u20FF\\u2100\\ud7ff\\ue000\\uffff\\\"]", "[\\\"\\\\u0000\\\\u001F\\\\u007F\\\\u0080\\\\u009F\\u00a0\\u1fff\\\\u2000\\\\u20FF\\u2100\\ud7ff\\ue000\\uffff\\\"]"),
    ("[\"\\\"\\\\\\b\\f\\n\\r\\t/\"]", "[\\\"\\\\\\\"\\\\\\\\\\\\b\\\\f\\\\n\\\\r\\\\t\\\\/\\\"]", "[\\\"\\\\\\\"\\\\\\\\\\\\b\\\\f\\\\n\\\\r\\\\t/\\\"]", "[\\\"\\\\\\\"\\\\\\\\\\\\b\\\\f\\\\n\\\\r\\\\t\\\\/\\\"]"),
    ("[1e400, -1e400, NaN, 1.0E-5, 1.5, 100.0, 12345678901234567890, 1.23456789012345678901]", "[null,null,NaN,1.0E-5,1.5,100.0,12345678901234567890,1.23456789012345678901]", "[null,null,NaN,1.0E-5,1.5,100.0,12345678901234567890,1.23456789012345678901]", "[null,null,NaN,1.0E-5,1.5,100.0,12345678901234567890,1.23456789012345678901]"),
    ("{\"k/ey\":\"v/al\",\"a\\\"b\":null}", "{k/ey=v/al, a\\\"b=null}", "{\\\"k/ey\\\":\\\"v/al\\\",\\\"a\\\\\\\"b\\\":null}", "{\\\"k\\\\/ey\\\":\\\"v\\\\/al\\\",\\\"a\\\\\\\"b\\\":null}"),
    ("[null,true,false,{\"n\":null}]", "[null,true,false,{\\\"n\\\":null}]", "[null,true,false,{\\\"n\\\":null}]", "[null,true,false,{\\\"n\\\":null}]"),
    ("{\"a\":{\"b\":[1,{\"c\":[]}]}}", "{a={b=[1,{\\\"c\\\":[]}]}}", "{\\\"a\\\":{\\\"b\\\":[1,{\\\"c\\\":[]}]}}", "{\\\"a\\\":{\\\"b\\\":[1,{\\\"c\\\":[]}]}}"),
    ("[\"\u{1f600}\"]", "[\\\"\\ud83d\\ude00\\\"]", "[\\\"\\ud83d\\ude00\\\"]", "[\\\"\\ud83d\\ude00\\\"]"),
    ("[\"a=b\"]", "[\\\"a=b\\\"]", "[\\\"a=b\\\"]", "[\\\"a=b\\\"]"),
    ("[abc, 'q']", "[\\\"abc\\\",\\\"q\\\"]", "[\\\"abc\\\",\\\"q\\\"]", "[\\\"abc\\\",\\\"q\\\"]"),
    ("{\"a\":[{\"b\":\"/\"}]}", "{a=[{\\\"b\\\":\\\"\\\\/\\\"}]}", "{\\\"a\\\":[{\\\"b\\\":\\\"/\\\"}]}", "{\\\"a\\\":[{\\\"b\\\":\\\"\\\\/\\\"}]}"),
    ("[]", "[]", "[]", "[]"),
    ("{}", "{}", "{}", "{}"),
    ("\"str/x\"", "str/x", "\\\"str/x\\\"", "\\\"str\\\\/x\\\""),
    ("12", "12", "12", "12"),
    ("true", "true", "true", "true"),
    ("null", "null", "null", "null"),
    ("[\"null\",\"true\",\"false\",\"1\",\"\",\"a b\",\"-1\",\"1e5\",\"NaN\",\"{\",\"[\",\":\",\"a'b\",\"'\",\";\",\"=\"]", "[\\\"null\\\",\\\"true\\\",\\\"false\\\",\\\"1\\\",\\\"\\\",\\\"a b\\\",\\\"-1\\\",\\\"1e5\\\",\\\"NaN\\\",\\\"{\\\",\\\"[\\\",\\\":\\\",\\\"a'b\\\",\\\"'\\\",\\\";\\\",\\\"=\\\"]", "[\\\"null\\\",\\\"true\\\",\\\"false\\\",\\\"1\\\",\\\"\\\",\\\"a b\\\",\\\"-1\\\",\\\"1e5\\\",\\\"NaN\\\",\\\"{\\\",\\\"[\\\",\\\":\\\",\\\"a'b\\\",\\\"'\\\",\\\";\\\",\\\"=\\\"]", "[\\\"null\\\",\\\"true\\\",\\\"false\\\",\\\"1\\\",\\\"\\\",\\\"a b\\\",\\\"-1\\\",\\\"1e5\\\",\\\"NaN\\\",\\\"{\\\",\\\"[\\\",\\\":\\\",\\\"a'b\\\",\\\"'\\\",\\\";\\\",\\\"=\\\"]"),
    ("{\"null\":1,\"true\":2,\"1\":3,\"\":4,\"a b\":5,\"-1\":6,\"{\":7,\"'\":8}", "{null=1, true=2, 1=3, =4, a b=5, -1=6, {=7, '=8}", "{\\\"null\\\":1,\\\"true\\\":2,\\\"1\\\":3,\\\"\\\":4,\\\"a b\\\":5,\\\"-1\\\":6,\\\"{\\\":7,\\\"'\\\":8}", "{\\\"null\\\":1,\\\"true\\\":2,\\\"1\\\":3,\\\"\\\":4,\\\"a b\\\":5,\\\"-1\\\":6,\\\"{\\\":7,\\\"'\\\":8}"),
];
