//! Template-level conformance cases recorded against real AWS (tests/aws-templates, copied from
//! shared/corpus/aws-templates; derived from LocalStack's AWS-validated parity tests).
//! Each case says how exact the recording is: byte-exact, or semantic (JSON, ordered JSON,
//! form fields).

mod common;

use std::path::Path;

use common::{files_with_ext, render_files, sibling, visible};
use gwmap::gateway::Direction;
use serde_json::Value as Json;

/// A JSON string that itself holds a JSON object is compared as that object, as LocalStack's
/// snapshot did.
fn normalise(v: Json) -> Json {
    match v {
        Json::String(s) if s.starts_with('{') => match serde_json::from_str::<Json>(&s) {
            Ok(inner) => normalise(inner),
            Err(_) => Json::String(s),
        },
        Json::Array(a) => Json::Array(a.into_iter().map(normalise).collect()),
        Json::Object(m) => Json::Object(m.into_iter().map(|(k, v)| (k, normalise(v))).collect()),
        other => other,
    }
}

fn sorted(v: &Json) -> Json {
    match v {
        Json::Object(m) => {
            let mut keys: Vec<_> = m.keys().cloned().collect();
            keys.sort();
            Json::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&m[&k])))
                    .collect(),
            )
        }
        Json::Array(a) => Json::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

fn form_fields(s: &str) -> Vec<(String, Json)> {
    form_urlencoded::parse(s.as_bytes())
        .map(|(k, v)| {
            let v = serde_json::from_str::<Json>(&v)
                .map(normalise)
                .unwrap_or_else(|_| Json::String(v.to_string()));
            (k.to_string(), sorted(&v))
        })
        .collect()
}

fn agrees(mode: &str, got: &str, expected: &str) -> bool {
    match mode {
        "exact" => got == expected,
        "json" | "json-ordered" => {
            let (Ok(g), Ok(e)) = (
                serde_json::from_str::<Json>(got),
                serde_json::from_str::<Json>(expected),
            ) else {
                return false;
            };
            let (g, e) = (normalise(g), normalise(e));
            if mode == "json" {
                sorted(&g) == sorted(&e)
            } else {
                serde_json::to_string(&g).ok() == serde_json::to_string(&e).ok()
            }
        }
        "form" => form_fields(got) == form_fields(expected),
        _ => false,
    }
}

#[test]
fn aws_recorded_template_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/aws-templates");
    let cases = files_with_ext(&dir, "vtl");
    assert!(
        cases.len() >= 90,
        "expected the 95 AWS cases, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for vtl in &cases {
        let meta: Json =
            serde_json::from_str(&std::fs::read_to_string(sibling(vtl, "meta.json")).unwrap())
                .unwrap();
        let direction = if meta["direction"] == "response" {
            Direction::Response
        } else {
            Direction::Request
        };
        let mode = meta["compare"].as_str().unwrap_or("exact").to_string();
        let expected = std::fs::read_to_string(sibling(vtl, "expected")).unwrap();
        let name = vtl.file_stem().unwrap().to_string_lossy().to_string();
        match render_files(vtl, Some(&sibling(vtl, "request.json")), direction) {
            Ok(got) if agrees(&mode, &got, &expected) => {}
            Ok(got) => failures.push(format!(
                "{name} ({mode}):\n  expected: {}\n  got:      {}",
                visible(&expected),
                visible(&got)
            )),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} AWS-recorded cases disagree:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
