//! `gwmap test` integration cases end to end: the bundled ones pass and hold what `gwmap
//! invoke` prints, a broken golden fails with a diff naming the expectation, `--bless` writes
//! exactly the goldens that need it, `compare: json` reads the body, and bad case files are
//! exit 2 with the file and JSON path.

mod cli_support;

use std::path::Path;

use cli_support::{gwmap, root, scratch, snapshot, stdout};

const CASES: &str = "testcases/integrations.case.json";

fn read(p: impl AsRef<Path>) -> String {
    let p = p.as_ref();
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn bundled_integration_cases_pass_and_cover_every_type() {
    let o = gwmap(&root(), &["test", CASES, "--verbose"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("14 passed, 0 failed, 0 errored"), "{out}");
    let doc: serde_json::Value = serde_json::from_str(&read(root().join(CASES))).unwrap();
    let mut types = std::collections::BTreeSet::new();
    for c in doc["cases"].as_array().unwrap() {
        let integration = c["integration"].as_str().unwrap();
        let text = read(root().join("testcases").join(integration));
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let i = v.get("x-amazon-apigateway-integration").unwrap_or(&v);
        types.insert(i["type"].as_str().unwrap().to_string());
    }
    assert_eq!(
        types.into_iter().collect::<Vec<_>>(),
        ["AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK"]
    );
}

/// The goldens are what `gwmap invoke --show ...` prints: the halves of the bundled
/// `integrations/invoke-*.expected` (`--show both`), and byte for byte what invoke prints.
#[test]
fn goldens_are_what_invoke_prints() {
    let golden = |name: &str| read(root().join("testcases/integrations").join(name));
    for (example, stem) in [
        ("sqs", "sqs"),
        ("lambda", "lambda-400"),
        ("http", "http"),
        ("http-proxy", "http-proxy"),
        ("aws-proxy", "aws-proxy"),
    ] {
        let both = format!(
            "{}\n\n{}",
            golden(&format!("{stem}.integration-request.http")),
            golden(&format!("{stem}.method-response.http"))
        );
        let expected = read(root().join(format!("integrations/invoke-{example}.expected")));
        assert_eq!(both, expected, "{example}");
    }
    assert!(read(root().join("integrations/invoke-mock.expected"))
        .ends_with(&golden("mock-404.method-response.http")));

    for (show, file) in [
        ("integration-request", "sqs.integration-request.http"),
        ("method-response", "sqs.method-response.http"),
    ] {
        let o = gwmap(
            &root().join("integrations"),
            &[
                "invoke",
                "invoke-sqs.json",
                "-r",
                "invoke-sqs.request.json",
                "--backend",
                "invoke-sqs.backend.json",
                "--show",
                show,
            ],
        );
        assert_eq!(stdout(&o), golden(file), "{show}");
    }
}

#[test]
fn broken_golden_fails_naming_the_expectation_and_bless_repairs_only_it() {
    let dir = scratch("integration-bless");
    let golden = dir.join("testcases/integrations/lambda-400.method-response.http");
    let good = read(&golden);
    std::fs::write(&golden, good.replace("name is empty", "name is blank")).unwrap();
    let before = snapshot(&dir);

    let o = gwmap(&dir, &["test", CASES]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains(
            "FAIL testcases/integrations.case.json::Lambda non-proxy: validation error selected \
             by selectionPattern: method response differs from the golden file (exact) \
             (testcases/integrations/lambda-400.method-response.http)"
        ),
        "{out}"
    );
    assert!(
        out.contains("-{\"message\": \"name is [-blank\"}-]"),
        "{out}"
    );
    assert!(
        out.contains("+{\"message\": \"name is {+empty\"}+}"),
        "{out}"
    );
    assert!(out.contains("13 passed, 1 failed"), "{out}");
    assert_eq!(
        snapshot(&dir),
        before,
        "a run without --bless wrote something"
    );

    let o = gwmap(&dir, &["test", CASES, "--bless"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains(
            "BLESSED testcases/integrations.case.json::Lambda non-proxy: validation error \
             selected by selectionPattern -> testcases/integrations/lambda-400.method-response.http\n"
        ),
        "only the failing golden of the case is written: {out}"
    );
    let after = snapshot(&dir);
    for (p, bytes) in &before {
        if *p == golden {
            assert_eq!(after[p], good.as_bytes(), "the golden is repaired");
        } else {
            assert_eq!(after.get(p), Some(bytes), "{} changed", p.display());
        }
    }
    assert_eq!(after.len(), before.len());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn both_expectations_failing_are_each_shown_and_blessed() {
    let dir = scratch("integration-both");
    let req = dir.join("testcases/integrations/http.integration-request.http");
    let resp = dir.join("testcases/integrations/http.method-response.http");
    let (good_req, good_resp) = (read(&req), read(&resp));
    std::fs::write(&req, good_req.replace("k-123", "k-999")).unwrap();
    std::fs::remove_file(&resp).unwrap();

    let o = gwmap(&dir, &["test", CASES, "--filter", "HTTP: path"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("integration request: differs from the golden file (exact)"),
        "{out}"
    );
    assert!(out.contains("-x-api-key: [-k-999-]"), "{out}");
    assert!(
        out.contains("method response: golden file missing"),
        "{out}"
    );
    assert!(
        out.contains("    | HTTP/1.1 200"),
        "the new output is previewed: {out}"
    );

    let o = gwmap(
        &dir,
        &[
            "test",
            CASES,
            "--filter",
            "HTTP: path",
            "--bless",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["written"],
        serde_json::json!([
            "testcases/integrations/http.integration-request.http",
            "testcases/integrations/http.method-response.http"
        ])
    );
    let e = &v["cases"][0]["expectations"];
    assert_eq!(e[0]["blessed"], "updated", "{v}");
    assert_eq!(e[1]["blessed"], "created", "{v}");
    assert_eq!(read(&req), good_req);
    assert_eq!(read(&resp), good_resp);
    let _ = std::fs::remove_dir_all(dir);
}

/// A scratch folder with one case file (text given) beside copies of the bundled examples.
fn one_case_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("testcases/t.case.json"), text).unwrap();
    dir
}

#[test]
fn compare_json_reads_the_body_and_keeps_the_head_exact() {
    let case = r#"{"integration": "../integrations/invoke-sqs.json", "compare": "json", "cases": [
        {"name": "sqs", "request": "../integrations/invoke-sqs.request.json",
         "backend": "../integrations/invoke-sqs.backend.json",
         "expectMethodResponse": "t/sqs.http"}]}"#;
    let dir = one_case_file("integration-json", case);
    let golden = dir.join("testcases/t/sqs.http");
    std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
    // The body reformatted: equal as JSON.
    std::fs::write(
        &golden,
        "HTTP/1.1 200\nContent-Type: application/json\n\n{\n  \"messageId\":\n    \"5fea7756-0ea4-451a-a703-a558b933e274\"\n}\n",
    )
    .unwrap();
    let o = gwmap(&dir, &["test", "testcases/t.case.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // ... but not byte for byte.
    let o = gwmap(
        &dir,
        &["test", "testcases/t.case.json", "--compare", "exact"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));

    std::fs::write(
        &golden,
        "HTTP/1.1 201\nContent-Type: text/plain\n\n{\"messageId\": \"other\"}",
    )
    .unwrap();
    let o = gwmap(&dir, &["test", "testcases/t.case.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("method response differs from the golden file (json)"),
        "{out}"
    );
    assert!(
        out.contains("status line: expected \"HTTP/1.1 201\", got \"HTTP/1.1 200\""),
        "{out}"
    );
    assert!(
        out.contains("header Content-Type: expected \"text/plain\", got \"application/json\""),
        "{out}"
    );
    assert!(
        out.contains(
            "$.messageId: expected \"other\", got \"5fea7756-0ea4-451a-a703-a558b933e274\""
        ),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn expect_error_checks_the_gateway_response() {
    let case = r#"{"integration": "../integrations/invoke-mock.json", "cases": [
        {"name": "reached", "request": {"path": {"id": "1"}}, "expectError": "BAD_REQUEST_PARAMETERS"},
        {"name": "other error", "expectError": "Malformed"},
        {"name": "right error", "expectError": "Missing required request parameters: [id]"}]}"#;
    let dir = one_case_file("integration-error", case);
    let o = gwmap(&dir, &["test", "testcases/t.case.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("FAIL testcases/t.case.json::reached: expected an error"),
        "{out}"
    );
    assert!(
        out.contains("expected a gateway response containing \"BAD_REQUEST_PARAMETERS\", but the method answered"),
        "{out}"
    );
    assert!(
        out.contains("gateway response BAD_REQUEST_PARAMETERS (400): Request validation failed"),
        "the error it got is shown: {out}"
    );
    assert!(out.contains("1 passed, 2 failed"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn unreadable_integration_and_backend_are_errors_of_the_case() {
    let case = r#"{"integration": "../integrations/invoke-mock.json", "cases": [
        {"name": "no such integration", "integration": "nope.json", "expectMethodResponse": "g.http"},
        {"name": "no such backend", "backend": "nope.backend.json", "expectMethodResponse": "g.http"}]}"#;
    let dir = one_case_file("integration-unreadable", case);
    let o = gwmap(&dir, &["test", "testcases/t.case.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("cannot read the integration testcases/nope.json"),
        "{out}"
    );
    assert!(
        out.contains("cannot read the backend file testcases/nope.backend.json"),
        "{out}"
    );
    assert!(out.contains("0 passed, 0 failed, 2 errored"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn case_file_errors_name_the_file_and_json_path() {
    let bad = [
        (
            r#"{"cases": [{"name": "a", "template": "../templates/query-rename.vtl", "integration": "../integrations/invoke-mock.json"}]}"#,
            "$.cases[0].integration: a case names a template or an integration, not both",
        ),
        (
            r#"{"integration": "../integrations/invoke-mock.json", "cases": [{"name": "a", "expected": "g.txt"}]}"#,
            "$.cases[0].expected: `expected` is for template cases, and this is an integration case",
        ),
        (
            r#"{"template": "../templates/query-rename.vtl", "cases": [{"name": "a", "expectIntegrationRequest": "g.http"}]}"#,
            "$.cases[0].expectIntegrationRequest: `expectIntegrationRequest` is for integration cases, and this is a template case",
        ),
        (
            r#"{"integration": "../integrations/invoke-mock.json", "cases": [{"name": "a"}]}"#,
            "$.cases[0]: an integration case must expect something",
        ),
        (
            r#"{"integration": "../integrations/invoke-mock.json", "cases": [{"name": "a", "expectMethodRespons": "g.http"}]}"#,
            "did you mean `expectMethodResponse`?",
        ),
        (
            r#"{"integration": "../integrations/invoke-mock.json", "cases": [{"name": "a", "expectMethodResponse": "g.http", "backend": {"status": "200"}}]}"#,
            "$.cases[0].backend.status: expected a number",
        ),
    ];
    for (i, (text, wanted)) in bad.iter().enumerate() {
        let dir = one_case_file(&format!("integration-invalid-{i}"), text);
        let o = gwmap(&dir, &["test", "testcases/t.case.json"]);
        let out = stdout(&o);
        assert_eq!(o.status.code(), Some(2), "{text}: {out}");
        assert!(
            out.contains("INVALID testcases/t.case.json: $"),
            "{text}: {out}"
        );
        assert!(out.contains(wanted), "{text}: {out}");
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn reports_include_integration_cases() {
    let o = gwmap(&root(), &["test", CASES, "--format", "json", "--coverage"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["passed"], 14);
    let first = &v["cases"][0];
    assert_eq!(first["integration"], "integrations/invoke-mock.json");
    assert_eq!(
        first["expectations"][0]["expect"],
        "expectIntegrationRequest"
    );
    assert_eq!(first["expectations"][1]["status"], "passed");
    assert!(first["source"]
        .as_str()
        .unwrap()
        .contains("apigw-semantics.md"));
    // The pipeline renders templates without traces: coverage is for template cases.
    assert_eq!(v["coverage"]["templates"], serde_json::json!([]));

    let o = gwmap(&root(), &["test", CASES, "--format", "junit"]);
    let xml = stdout(&o);
    assert!(
        xml.contains("<testsuite name=\"testcases/integrations.case.json\" tests=\"14\""),
        "{xml}"
    );
    assert!(
        xml.contains(
            "<testcase name=\"AWS_PROXY: an object body is a malformed proxy response (502)\""
        ),
        "{xml}"
    );
}
