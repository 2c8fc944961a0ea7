//! `gwmap test` end to end: the bundled examples pass, a broken golden fails with a diff and
//! exit 1, `--bless` repairs exactly that golden, and bad case files are exit 2 with a location.

mod cli_support;

use cli_support::{gwmap, root, scratch, snapshot, stdout};

#[test]
fn bundled_examples_pass() {
    let o = gwmap(&root(), &["test"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}{}",
        stdout(&o),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        stdout(&o).contains("test result: ok: 49 passed, 0 failed, 0 errored"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn broken_golden_fails_with_a_diff_and_bless_repairs_only_it() {
    let dir = scratch("bless");
    let golden = dir.join("testcases/query-my-variable/name-given.json");
    let good = std::fs::read(&golden).unwrap();
    std::fs::write(
        &golden,
        String::from_utf8(good.clone())
            .unwrap()
            .replace("foo", "bar"),
    )
    .unwrap();
    let before = snapshot(&dir);

    let o = gwmap(&dir, &["test"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("FAIL testcases/query-my-variable.case.json::name given: output differs from the golden file (exact)"),
        "{out}"
    );
    assert!(out.contains("-  \"myVariable\": [-\"bar\"-]"), "{out}");
    assert!(out.contains("+  \"myVariable\": {+\"foo\"+}"), "{out}");
    assert!(out.contains("48 passed, 1 failed"), "{out}");
    assert_eq!(
        snapshot(&dir),
        before,
        "a run without --bless wrote something"
    );

    let o = gwmap(&dir, &["test", "--bless"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("BLESSED testcases/query-my-variable.case.json::name given"),
        "{out}"
    );
    let after = snapshot(&dir);
    for (p, bytes) in &before {
        if *p == golden {
            assert_eq!(after[p], good, "the golden is repaired");
        } else {
            assert_eq!(after.get(p), Some(bytes), "{} changed", p.display());
        }
    }
    assert_eq!(
        after.len(),
        before.len(),
        "no extra files (temporary files are renamed away)"
    );
    assert_eq!(gwmap(&dir, &["test", "-q"]).status.code(), Some(0));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn missing_golden_is_a_failure_until_blessed() {
    let dir = scratch("new");
    let golden = dir.join("testcases/webhook-form/slack.json");
    std::fs::remove_file(&golden).unwrap();
    let o = gwmap(&dir, &["test", "testcases/webhook-form.case.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("golden file missing"), "{}", stdout(&o));
    assert!(!golden.exists());
    let o = gwmap(&dir, &["test", "--bless", "--filter", "slack"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("NEW testcases/webhook-form.case.json::slack slash command"));
    assert_eq!(
        std::fs::read(&golden).unwrap(),
        std::fs::read(root().join("testcases/webhook-form/slack.json")).unwrap()
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn semantic_comparisons_list_differences_by_path() {
    let dir = scratch("semantic");
    let golden = dir.join("testcases/soap/response.json");
    let text = std::fs::read_to_string(&golden).unwrap();
    std::fs::write(&golden, text.replace("\"A-100\"", "\"A-101\"")).unwrap();
    let xml = dir.join("testcases/soap/request-envelope.xml");
    let text = std::fs::read_to_string(&xml).unwrap();
    std::fs::write(&xml, text.replace("DUB-1", "DUB-2")).unwrap();
    let o = gwmap(&dir, &["test", "testcases/soap.case.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("$.items[0].sku: expected \"A-101\", got \"A-100\""),
        "{out}"
    );
    assert!(
        out.contains("/soapenv:Envelope/soapenv:Body/inv:CheckStock/inv:Warehouse/text(): expected \"DUB-2\", got \"DUB-1\""),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn invalid_case_files_are_exit_2_with_file_and_json_path() {
    let dir = scratch("invalid");
    std::fs::write(
        dir.join("testcases/bad.case.json"),
        r#"{"template": "../templates/query-rename.vtl", "cases": [{"name": "x", "compare": "yaml"}]}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("testcases/typo.case.json"),
        r#"{"templat": "x.vtl", "cases": []}"#,
    )
    .unwrap();
    let o = gwmap(&dir, &["test"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(2), "{out}");
    assert!(out.contains("testcases/bad.case.json: $.cases[0].compare: expected \"exact\", \"json\" or \"xml\", got \"yaml\""), "{out}");
    assert!(
        out.contains("testcases/typo.case.json: $.templat: unknown field `templat`"),
        "{out}"
    );
    assert!(out.contains("did you mean `template`?"), "{out}");
    // The valid cases still ran.
    assert!(out.contains("49 passed"), "{out}");
    let o = gwmap(&dir, &["test", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read nope"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn json_and_junit_reports() {
    let o = gwmap(&root(), &["test", "--format", "json", "--coverage"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON report");
    assert_eq!(v["summary"]["passed"], 49);
    assert!(v["cases"][0]["source"]
        .as_str()
        .unwrap()
        .contains("oracle-java"));
    assert!(v["coverage"]["branchesTotal"].as_u64().unwrap() > 10);
    assert_eq!(
        v["coverage"]["templates"][0]["template"],
        "templates/dynamodb-putitem.vtl"
    );
    let o = gwmap(&root(), &["test", "--format", "junit"]);
    let xml = stdout(&o);
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(
        xml.contains("<testsuite name=\"testcases/aws-services.case.json\" tests=\"12\""),
        "{xml}"
    );
}

#[test]
fn coverage_names_untested_branches() {
    let o = gwmap(
        &root(),
        &[
            "test",
            "--coverage",
            "testcases/mock.case.json",
            "--filter",
            "request: valid",
        ],
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("templates/mock-status.vtl"), "{out}");
    assert!(out.contains("branches   1/4"), "{out}");
    assert!(
        out.contains("mock-status.vtl:4:1: #if branch never taken"),
        "{out}"
    );
    assert!(out.contains("total"), "{out}");
}
