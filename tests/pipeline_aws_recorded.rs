//! The AWS-recorded vectors (tests/aws-recorded/: LocalStack parity tests recorded against real
//! AWS, Apache-2.0) run through the whole pipeline: every converted case must give the status,
//! headers and body AWS gave, except the ones listed in known-failures.txt with their reason.

use std::collections::BTreeMap;
use std::path::Path;

use gwmap::gateway::pipeline::{invoke, Backend};
use gwmap::gateway::Request;
use gwmap::sources::openapi::from_json;
use serde_json::Value as Json;

/// LocalStack's snapshot post-processing: a string that starts with `{` and parses as JSON is
/// stored parsed.
fn snap(v: Json) -> Json {
    match v {
        Json::String(s) if s.starts_with('{') => match serde_json::from_str::<Json>(&s) {
            Ok(p) => snap(p),
            Err(_) => Json::String(s),
        },
        Json::Object(m) => Json::Object(m.into_iter().map(|(k, v)| (k, snap(v))).collect()),
        Json::Array(a) => Json::Array(a.into_iter().map(snap).collect()),
        other => other,
    }
}

fn ordered_text(v: &Json) -> String {
    // serde_json keeps insertion order (preserve_order), so the text compares key order too.
    v.to_string()
}

fn form(text: &str) -> Vec<(String, Json)> {
    form_urlencoded::parse(text.as_bytes())
        .map(|(k, v)| (k.into_owned(), snap(Json::String(v.into_owned()))))
        .collect()
}

fn compare(mode: &str, actual: &str, expected: &str) -> Result<(), String> {
    let ok = match mode {
        "exact" => actual == expected,
        "json" | "json-ordered" => {
            let a = serde_json::from_str::<Json>(actual).map(snap);
            let e = serde_json::from_str::<Json>(expected).map(snap);
            match (a, e) {
                (Ok(a), Ok(e)) if mode == "json" => a == e,
                (Ok(a), Ok(e)) => ordered_text(&a) == ordered_text(&e),
                (Err(err), _) => return Err(format!("output is not JSON ({err}): {actual:?}")),
                (_, Err(err)) => return Err(format!("expected is not JSON: {err}")),
            }
        }
        "form" => form(actual) == form(expected),
        other => return Err(format!("unknown comparison {other}")),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("body ({mode}) {actual:?} != recorded {expected:?}"))
    }
}

fn run_case(doc: &Json) -> Result<(), String> {
    let integration = from_json(&doc["integration"]).map_err(|e| format!("integration: {e}"))?;
    let request =
        Request::from_json(&doc["request"].to_string()).map_err(|e| format!("request: {e}"))?;
    let backend = Backend::from_json(&doc["backend"]).map_err(|e| format!("backend: {e}"))?;
    let inv = invoke(&integration, &request, &backend);
    let expect = &doc["expect"];
    let mut problems = Vec::new();
    if let Some(s) = expect.get("status").and_then(Json::as_u64) {
        if u64::from(inv.response.status) != s {
            problems.push(format!(
                "status {} != recorded {s} (log: {:?})",
                inv.response.status,
                inv.log.iter().rev().take(3).collect::<Vec<_>>()
            ));
        }
    }
    if let Some(Json::Object(h)) = expect.get("headers") {
        for (k, v) in h {
            let got = inv
                .response
                .headers
                .iter()
                .find(|(hk, _)| hk.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.join(","));
            if got.as_deref() != v.as_str() {
                problems.push(format!("header {k}: {got:?} != recorded {v}"));
            }
        }
    }
    absent_headers(
        expect.get("headers_absent"),
        &inv.response.headers,
        "header",
        &mut problems,
    );
    if let Some(b) = expect.get("body") {
        let mode = b["compare"].as_str().unwrap_or("exact");
        let text = b["text"].as_str().unwrap_or("");
        if let Err(e) = compare(mode, &inv.response.body, text) {
            problems.push(e);
        }
    }
    if let Some(want) = expect.get("body_base64").and_then(Json::as_bool) {
        if inv.response.body_is_base64 != want {
            problems.push(format!(
                "body sent as binary: {} != recorded {want}",
                inv.response.body_is_base64
            ));
        }
    }
    if let Some(Json::Array(paths)) = expect.get("body_absent") {
        if let Ok(got) = serde_json::from_str::<Json>(&inv.response.body) {
            for p in paths.iter().filter_map(Json::as_str) {
                let mut at = Some(&got);
                for seg in p.split('.') {
                    at = at.and_then(|v| v.get(seg));
                }
                if at.is_some() {
                    problems.push(format!("$.{p}: present, but absent in the recording"));
                }
            }
        }
    }
    if let Some(want) = expect.get("body_subset") {
        match serde_json::from_str::<Json>(&inv.response.body).map(snap) {
            Ok(got) => subset(want, &got, "$", &mut problems),
            Err(e) => problems.push(format!("body is not JSON: {e}")),
        }
    }
    if let Some(want) = expect.get("integration_request") {
        check_integration_request(want, inv.integration_request.as_ref(), &mut problems);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// Names the recording shows missing (compared case-insensitively).
fn absent_headers(
    want: Option<&Json>,
    got: &indexmap::IndexMap<String, Vec<String>>,
    what: &str,
    problems: &mut Vec<String>,
) {
    let Some(Json::Array(names)) = want else {
        return;
    };
    for n in names.iter().filter_map(Json::as_str) {
        if let Some((k, v)) = got.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)) {
            problems.push(format!("{what} {k}: {v:?}, but absent in the recording"));
        }
    }
}

/// Every member of `want` is in `got` with the same value (objects compared member by member,
/// so a recording's placeholders can be left out).
fn subset(want: &Json, got: &Json, at: &str, problems: &mut Vec<String>) {
    match (want, got) {
        (Json::Object(w), Json::Object(g)) => {
            for (k, v) in w {
                match g.get(k) {
                    Some(gv) => subset(v, gv, &format!("{at}.{k}"), problems),
                    None => problems.push(format!("{at}.{k}: missing (recorded {v})")),
                }
            }
        }
        _ if want == got => {}
        _ => problems.push(format!("{at}: {got} != recorded {want}")),
    }
}

/// What the backend received, as far as the recording shows it: the method, the query string
/// (values of a repeated key comma-joined, as a Lambda function URL event shows them), some
/// headers (names compared case-insensitively) and the body.
fn check_integration_request(
    want: &Json,
    got: Option<&gwmap::gateway::pipeline::IntegrationRequest>,
    problems: &mut Vec<String>,
) {
    let Some(got) = got else {
        problems.push("the request did not reach the integration".into());
        return;
    };
    if let Some(m) = want.get("method").and_then(Json::as_str) {
        if got.method != m {
            problems.push(format!("integration method {} != recorded {m}", got.method));
        }
    }
    if let Some(Json::Object(q)) = want.get("query") {
        let query = got.uri.split_once('?').map_or("", |(_, q)| q);
        let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            seen.entry(k.into_owned()).or_default().push(v.into_owned());
        }
        let seen: BTreeMap<String, String> =
            seen.into_iter().map(|(k, v)| (k, v.join(","))).collect();
        let want: BTreeMap<String, String> = q
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
            .collect();
        if seen != want {
            problems.push(format!("integration query {seen:?} != recorded {want:?}"));
        }
    }
    if let Some(Json::Object(h)) = want.get("headers") {
        for (k, v) in h {
            let values: Vec<&str> = got
                .headers
                .iter()
                .filter(|(hk, _)| hk.eq_ignore_ascii_case(k))
                .flat_map(|(_, v)| v.iter().map(String::as_str))
                .collect();
            let joined = values.join(",");
            if Some(joined.as_str()) != v.as_str() {
                problems.push(format!(
                    "integration header {k}: {joined:?} != recorded {v}"
                ));
            }
        }
    }
    absent_headers(
        want.get("headers_absent"),
        &got.headers,
        "integration header",
        problems,
    );
    if let Some(b) = want.get("body") {
        let mode = b["compare"].as_str().unwrap_or("exact");
        if let Err(e) = compare(mode, &got.body, b["text"].as_str().unwrap_or("")) {
            problems.push(format!("integration request {e}"));
        }
    }
    if let Some(w) = want.get("body_base64").and_then(Json::as_bool) {
        if got.body_is_base64 != w {
            problems.push(format!(
                "integration request body sent as binary: {} != recorded {w}",
                got.body_is_base64
            ));
        }
    }
}

#[test]
fn aws_recorded_vectors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/aws-recorded");
    let known: BTreeMap<String, String> = std::fs::read_to_string(root.join("known-failures.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (n, why) = l.split_once(' ').unwrap_or((l, ""));
            (n.to_string(), why.trim().to_string())
        })
        .collect();
    let mut names: Vec<_> = std::fs::read_dir(root.join("cases"))
        .expect("tests/aws-recorded/cases")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    let (mut pass, mut fail) = (0, 0);
    let mut unexpected = Vec::new();
    for p in &names {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let doc: Json = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
        match run_case(&doc) {
            Ok(()) => {
                pass += 1;
                if known.contains_key(&name) {
                    unexpected.push(format!(
                        "{name}: passes now; remove it from known-failures.txt"
                    ));
                }
            }
            Err(e) => {
                fail += 1;
                if !known.contains_key(&name) {
                    unexpected.push(format!("{name}: {e}"));
                }
            }
        }
    }
    eprintln!(
        "aws-recorded pipeline cases: {pass} pass, {fail} known failures, of {}",
        names.len()
    );
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}
