//! Semantic JSON comparison: whitespace ignored, numbers compared by value, key order kept
//! (a JSON object's order is visible to backends that stream it) unless asked to ignore it.

use serde_json::{Map, Value};

use super::{Difference, Mismatch, MAX_DIFFERENCES};

pub fn compare(expected: &str, actual: &str, ignore_key_order: bool) -> Result<(), Mismatch> {
    let e: Value = serde_json::from_str(expected).map_err(|err| Mismatch::Malformed {
        which: "golden file",
        message: format!(
            "not valid JSON: {err} (line {}, column {})",
            err.line(),
            err.column()
        ),
    })?;
    let a: Value = serde_json::from_str(actual).map_err(|err| Mismatch::Malformed {
        which: "output",
        message: format!(
            "not valid JSON: {err} (line {}, column {})",
            err.line(),
            err.column()
        ),
    })?;
    let mut diffs = Vec::new();
    walk("$", &e, &a, ignore_key_order, &mut diffs);
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(Mismatch::Structure(diffs))
    }
}

fn key_path(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    if plain {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Value::String(key.to_string()))
    }
}

/// Compact JSON, shortened for one-line reports.
pub fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 80 {
        let cut: String = s.chars().take(77).collect();
        format!("{cut}...")
    } else {
        s
    }
}

/// Differences where `expected` is a *subset* of `actual`: keys of `expected` objects must be in
/// `actual` with matching values; other keys of `actual` are ignored (for override checks,
/// where API Gateway always has empty `path`/`header` maps).
pub fn subset(path: &str, expected: &Value, actual: &Value) -> Vec<Difference> {
    let mut diffs = Vec::new();
    subset_walk(path, expected, actual, &mut diffs);
    diffs
}

fn subset_walk(path: &str, e: &Value, a: &Value, diffs: &mut Vec<Difference>) {
    match (e, a) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, ev) in x {
                let p = key_path(path, k);
                match y.get(k) {
                    Some(av) => subset_walk(&p, ev, av, diffs),
                    None => push(diffs, p, show(ev), String::from("no such key")),
                }
            }
        }
        _ => walk(path, e, a, true, diffs),
    }
}

fn numbers_equal(a: &serde_json::Number, b: &serde_json::Number) -> bool {
    if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
        return x == y;
    }
    if let (Some(x), Some(y)) = (a.as_u64(), b.as_u64()) {
        return x == y;
    }
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

fn push(diffs: &mut Vec<Difference>, path: String, expected: String, actual: String) {
    if diffs.len() < MAX_DIFFERENCES {
        diffs.push(Difference {
            path,
            expected,
            actual,
        });
    }
}

fn walk(path: &str, e: &Value, a: &Value, ignore_order: bool, diffs: &mut Vec<Difference>) {
    match (e, a) {
        (Value::Number(x), Value::Number(y)) => {
            if !numbers_equal(x, y) {
                push(diffs, path.to_string(), show(e), show(a));
            }
        }
        (Value::Object(x), Value::Object(y)) => objects(path, x, y, ignore_order, diffs),
        (Value::Array(x), Value::Array(y)) => {
            for (i, (ex, ac)) in x.iter().zip(y.iter()).enumerate() {
                walk(&format!("{path}[{i}]"), ex, ac, ignore_order, diffs);
            }
            for (i, ex) in x.iter().enumerate().skip(y.len()) {
                push(
                    diffs,
                    format!("{path}[{i}]"),
                    show(ex),
                    String::from("nothing (array too short)"),
                );
            }
            for (i, ac) in y.iter().enumerate().skip(x.len()) {
                push(
                    diffs,
                    format!("{path}[{i}]"),
                    String::from("nothing (array too long)"),
                    show(ac),
                );
            }
        }
        _ => {
            if e != a {
                push(diffs, path.to_string(), show(e), show(a));
            }
        }
    }
}

fn objects(
    path: &str,
    x: &Map<String, Value>,
    y: &Map<String, Value>,
    ignore_order: bool,
    diffs: &mut Vec<Difference>,
) {
    for (k, ev) in x {
        let p = key_path(path, k);
        match y.get(k) {
            Some(av) => walk(&p, ev, av, ignore_order, diffs),
            None => push(diffs, p, show(ev), String::from("no such key")),
        }
    }
    for (k, av) in y {
        if !x.contains_key(k) {
            push(
                diffs,
                key_path(path, k),
                String::from("no such key"),
                show(av),
            );
        }
    }
    if !ignore_order {
        let ek: Vec<&String> = x.keys().filter(|k| y.contains_key(*k)).collect();
        let ak: Vec<&String> = y.keys().filter(|k| x.contains_key(*k)).collect();
        if ek != ak {
            let list = |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
            push(
                diffs,
                path.to_string(),
                format!("keys in order [{}]", list(&ek)),
                format!(
                    "[{}] (use \"ignoreKeyOrder\": true if order does not matter)",
                    list(&ak)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diffs(e: &str, a: &str, ignore: bool) -> Vec<String> {
        match compare(e, a, ignore) {
            Ok(()) => vec![],
            Err(Mismatch::Structure(d)) => d.iter().map(|d| d.to_string()).collect(),
            Err(other) => vec![format!("{other:?}")],
        }
    }

    #[test]
    fn whitespace_and_number_spelling_do_not_matter() {
        assert!(diffs(
            "{\"a\": 1.0, \"b\": [1,2]}",
            "{\"a\":1,\n \"b\":[1, 2e0]}",
            false
        )
        .is_empty());
    }

    #[test]
    fn differences_by_path() {
        let d = diffs(
            r#"{"Item": {"name": {"S": "x"}}, "n": 1}"#,
            r#"{"Item": {"name": {"S": "y"}}, "m": 1}"#,
            false,
        );
        assert_eq!(
            d,
            [
                "$.Item.name.S: expected \"x\", got \"y\"",
                "$.n: expected 1, got no such key",
                "$.m: expected no such key, got 1",
            ]
        );
        let d = diffs(r#"{"a b": [1]}"#, r#"{"a b": [1, 2]}"#, false);
        assert_eq!(
            d,
            ["$[\"a b\"][1]: expected nothing (array too long), got 2"]
        );
    }

    #[test]
    fn key_order_is_checked_unless_ignored() {
        assert_eq!(
            diffs(r#"{"a":1,"b":2}"#, r#"{"b":2,"a":1}"#, false).len(),
            1
        );
        assert!(diffs(r#"{"a":1,"b":2}"#, r#"{"b":2,"a":1}"#, true).is_empty());
    }

    #[test]
    fn malformed_output_is_reported() {
        assert!(matches!(
            compare("{}", "{", false),
            Err(Mismatch::Malformed {
                which: "output",
                ..
            })
        ));
    }
}
