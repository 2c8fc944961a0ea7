//! Comparing HTTP text (an integration request or a method response as `gwmap invoke` prints
//! it) with `json` or `xml`. The request or status line and the headers are compared exactly:
//! API Gateway sends them as they are, and a semantic comparison has nothing to ignore in them.
//! The body, everything after the first blank line, is compared as JSON or XML. `exact`
//! compares the whole text, as for template output.

use serde_json::Value;

use super::{json, xml, Difference, Mismatch};
use crate::testing::case::Compare;

pub fn compare(
    mode: Compare,
    ignore_key_order: bool,
    expected: &str,
    actual: &str,
) -> Result<(), Mismatch> {
    if mode == Compare::Exact {
        return super::compare(mode, ignore_key_order, expected, actual);
    }
    let e = Message::split(expected);
    let a = Message::split(actual);
    let mut diffs = head_differences(&e, &a);
    match body_differences(mode, ignore_key_order, e.body, a.body) {
        Ok(d) => diffs.extend(d),
        // A body that cannot be parsed is the first thing to fix; alone it gets the report's
        // full treatment (with a preview of the output).
        Err(m) if diffs.is_empty() => return Err(m),
        Err(Mismatch::Malformed { which, message }) => diffs.push(Difference {
            path: String::from("body"),
            expected: format!("a {} body", mode.name()),
            actual: format!("the {which}'s body is {message}"),
        }),
        Err(other) => return Err(other),
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        diffs.truncate(super::MAX_DIFFERENCES);
        Err(Mismatch::Structure(diffs))
    }
}

struct Message<'a> {
    start: &'a str,
    headers: Vec<(&'a str, &'a str)>,
    /// `None` for text without a blank line (`(the request did not reach the integration)`).
    body: Option<&'a str>,
}

impl<'a> Message<'a> {
    fn split(text: &'a str) -> Message<'a> {
        let (head, body) = match text.split_once("\n\n") {
            Some((h, b)) => (h, Some(b)),
            None => (text.strip_suffix('\n').unwrap_or(text), None),
        };
        let mut lines = head.split('\n');
        let start = lines.next().unwrap_or("");
        // A hand-edited line without `: ` still takes part, as a header with no value.
        let headers = lines
            .map(|l| l.split_once(": ").unwrap_or((l, "")))
            .collect();
        Message {
            start,
            headers,
            body,
        }
    }
}

fn quoted(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

fn values<'a>(headers: &[(&'a str, &'a str)], name: &str) -> Vec<&'a str> {
    headers
        .iter()
        .filter(|(k, _)| *k == name)
        .map(|(_, v)| *v)
        .collect()
}

fn shown(vs: &[&str]) -> String {
    match vs {
        [] => String::from("(absent)"),
        [one] => quoted(one),
        many => format!(
            "[{}]",
            many.iter()
                .map(|v| quoted(v))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn head_differences(e: &Message, a: &Message) -> Vec<Difference> {
    let mut diffs = Vec::new();
    if e.start != a.start {
        let which = if e.start.starts_with("HTTP/") || a.start.starts_with("HTTP/") {
            "status line"
        } else {
            "request line"
        };
        diffs.push(Difference {
            path: which.to_string(),
            expected: quoted(e.start),
            actual: quoted(a.start),
        });
    }
    if e.headers == a.headers {
        return diffs;
    }
    let mut names: Vec<&str> = Vec::new();
    for (k, _) in e.headers.iter().chain(&a.headers) {
        if !names.contains(k) {
            names.push(k);
        }
    }
    let before = diffs.len();
    for name in names {
        let (ev, av) = (values(&e.headers, name), values(&a.headers, name));
        if ev != av {
            diffs.push(Difference {
                path: format!("header {name}"),
                expected: shown(&ev),
                actual: shown(&av),
            });
        }
    }
    if diffs.len() == before {
        let order = |m: &Message| {
            m.headers
                .iter()
                .map(|(k, _)| *k)
                .collect::<Vec<_>>()
                .join(", ")
        };
        diffs.push(Difference {
            path: String::from("headers (order)"),
            expected: order(e),
            actual: order(a),
        });
    }
    diffs
}

fn body_differences(
    mode: Compare,
    ignore_key_order: bool,
    expected: Option<&str>,
    actual: Option<&str>,
) -> Result<Vec<Difference>, Mismatch> {
    let show = |b: Option<&str>| match b {
        None => String::from("(no body)"),
        Some("") => String::from("(empty)"),
        Some(s) => {
            let one_line = s.replace('\n', " ");
            json::show(&Value::String(one_line))
        }
    };
    match (expected, actual) {
        (e, a) if e == a => Ok(Vec::new()),
        (Some(e), Some(a)) if !e.is_empty() && !a.is_empty() => {
            let result = match mode {
                Compare::Xml => xml::compare(e, a),
                _ => json::compare(e, a, ignore_key_order),
            };
            match result {
                Ok(()) => Ok(Vec::new()),
                Err(Mismatch::Structure(d)) => Ok(d),
                Err(other) => Err(other),
            }
        }
        (e, a) => Ok(vec![Difference {
            path: String::from("body"),
            expected: show(e),
            actual: show(a),
        }]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLDEN: &str =
        "HTTP/1.1 200\nContent-Type: application/json\n\n{\"a\": 1, \"b\": [1, 2]}";

    fn diffs(expected: &str, actual: &str) -> Vec<String> {
        match compare(Compare::Json, false, expected, actual) {
            Ok(()) => Vec::new(),
            Err(Mismatch::Structure(d)) => d.iter().map(|d| d.to_string()).collect(),
            Err(other) => vec![format!("{other:?}")],
        }
    }

    #[test]
    fn body_is_compared_semantically_head_exactly() {
        let reformatted =
            "HTTP/1.1 200\nContent-Type: application/json\n\n{\n  \"a\": 1.0,\n  \"b\": [1,2]\n}\n";
        assert!(diffs(GOLDEN, reformatted).is_empty());
        assert!(compare(Compare::Exact, false, GOLDEN, reformatted).is_err());
        let d = diffs(
            GOLDEN,
            "HTTP/1.1 400\ncontent-type: application/json\n\n{\"a\": 2, \"b\": [1, 2]}",
        );
        assert_eq!(
            d,
            [
                "status line: expected \"HTTP/1.1 200\", got \"HTTP/1.1 400\"",
                "header Content-Type: expected \"application/json\", got (absent)",
                "header content-type: expected (absent), got \"application/json\"",
                "$.a: expected 1, got 2",
            ]
        );
    }

    #[test]
    fn header_order_empty_bodies_and_no_body() {
        let d = diffs("GET (MOCK)\nA: 1\nB: 2\n\n", "GET (MOCK)\nB: 2\nA: 1\n\n");
        assert_eq!(d, ["headers (order): expected A, B, got B, A"]);
        let not_reached = "(the request did not reach the integration)\n";
        assert!(diffs(not_reached, not_reached).is_empty());
        let d = diffs(not_reached, "GET (MOCK)\n\n{}");
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d[1].starts_with("body: expected (no body)"), "{d:?}");
        let d = diffs("GET (MOCK)\n\n", "GET (MOCK)\n\n{\"x\": 1}");
        assert_eq!(d, ["body: expected (empty), got \"{\\\"x\\\": 1}\""]);
    }

    #[test]
    fn malformed_bodies() {
        let m = compare(Compare::Json, false, GOLDEN, "HTTP/1.1 200\n\nhello");
        assert!(matches!(m, Err(Mismatch::Structure(_))), "{m:?}");
        let m = compare(
            Compare::Json,
            false,
            GOLDEN,
            "HTTP/1.1 200\nContent-Type: application/json\n\nhello",
        );
        assert!(
            matches!(
                m,
                Err(Mismatch::Malformed {
                    which: "output",
                    ..
                })
            ),
            "{m:?}"
        );
        let xml = "POST https://x\n\n<a><b>1</b></a>";
        assert!(compare(
            Compare::Xml,
            false,
            xml,
            "POST https://x\n\n<a>\n  <b>1</b>\n</a>"
        )
        .is_ok());
    }
}
