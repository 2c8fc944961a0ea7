//! Output formats (SARIF 2.1.0 structure, JSON, GitHub annotations) and the commands
//! (`gwmap lint` exit codes, `gwmap rules`, `gwmap explain`).

use std::process::Command;

use gwmap::lint::output::{write, Format};
use gwmap::lint::{lint_source, FileSettings, RULES};
use serde_json::Value;

fn sample() -> Vec<gwmap::lint::FileReport> {
    let mut s = FileSettings::default();
    s.content_type = Some("application/json".into());
    vec![lint_source(
        "dir with space/get.vtl",
        "{\n  \"name\": \"$input.json('$.name')\",\n  \"ip\": \"$context.identity.sourceIP\"\n}",
        &s,
    )]
}

#[test]
fn sarif_has_the_2_1_0_structure() {
    let reports = sample();
    let v: Value = serde_json::from_str(&write(Format::Sarif, &reports)).unwrap();
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let runs = v["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "gwmap");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), RULES.len());
    for r in rules {
        assert!(r["id"].as_str().unwrap().starts_with("GW"));
        assert!(!r["shortDescription"]["text"].as_str().unwrap().is_empty());
        assert!(["error", "warning", "note"]
            .contains(&r["defaultConfiguration"]["level"].as_str().unwrap()));
    }
    let results = runs[0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for res in results {
        let id = res["ruleId"].as_str().unwrap();
        let idx = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], id);
        assert!(["error", "warning", "note", "none"].contains(&res["level"].as_str().unwrap()));
        assert!(!res["message"]["text"].as_str().unwrap().is_empty());
        let loc = &res["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "dir%20with%20space/get.vtl");
        let region = &loc["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        assert!(region["startColumn"].as_u64().unwrap() >= 1);
        assert!(region["endLine"].as_u64().unwrap() >= region["startLine"].as_u64().unwrap());
    }
    let gw101 = results.iter().find(|r| r["ruleId"] == "GW101").unwrap();
    let region = &gw101["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 2);
    assert_eq!(region["startColumn"], 12);
}

#[test]
fn json_and_github_formats() {
    let reports = sample();
    let v: Value = serde_json::from_str(&write(Format::Json, &reports)).unwrap();
    let first = &v.as_array().unwrap()[0];
    assert_eq!(first["file"], "dir with space/get.vtl");
    assert!(first["location"]["start_line"].as_u64().is_some());
    let gh = write(Format::Github, &reports);
    let line = gh.lines().find(|l| l.contains("GW101")).unwrap();
    assert!(
        line.starts_with("::error file=dir with space/get.vtl,line=2,col=12,"),
        "{line}"
    );
    assert!(!gh.contains("\nhelp"), "newlines in messages are escaped");
}

#[test]
fn every_rule_is_documented() {
    let mut codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
    let sorted = {
        let mut c = codes.clone();
        c.sort();
        c
    };
    assert_eq!(codes, sorted, "registry sorted by code");
    codes.dedup();
    assert_eq!(codes.len(), RULES.len(), "codes unique");
    for r in RULES {
        let doc = r.doc();
        for heading in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "## Use instead",
        ] {
            assert!(doc.contains(heading), "{} lacks {heading}", r.code);
        }
        assert!(!r.summary().is_empty());
    }
}

fn gwmap(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gwmap"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn commands_and_exit_codes() {
    let dir = std::env::temp_dir().join(format!("gwmap-lint-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let clean = dir.join("ok.json.vtl");
    std::fs::write(&clean, "{\"id\": \"$context.requestId\"}").unwrap();
    let bad = dir.join("bad.json.vtl");
    std::fs::write(&bad, "{\"name\": \"$input.json('$.name')\"}").unwrap();
    let warn = dir.join("warn.json.vtl");
    std::fs::write(&warn, "{\"ip\": \"$context.identity.sourceIP\"}").unwrap();

    let (code, out) = gwmap(&["lint", clean.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let (code, _) = gwmap(&["lint", warn.to_str().unwrap()]);
    assert_eq!(code, 0, "warnings alone exit 0");
    let (code, out) = gwmap(&["lint", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(v.as_array().unwrap().iter().any(|d| d["code"] == "GW101"));
    let (code, _) = gwmap(&["lint", "--ignore", "GW101,GW501", bad.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, _) = gwmap(&["lint", "/nonexistent/x.vtl"]);
    assert_eq!(code, 2);
    let (code, _) = gwmap(&["lint", "--select", "GW999", clean.to_str().unwrap()]);
    assert_eq!(code, 2);

    let (code, out) = gwmap(&["rules"]);
    assert_eq!(code, 0);
    for r in RULES {
        assert!(out.contains(r.code) && out.contains(r.name));
    }
    let (code, out) = gwmap(&["explain", "GW101"]);
    assert_eq!(code, 0);
    assert!(out.contains("## What it does") && out.contains("quoted-input-json"));
    let (code, out) = gwmap(&["explain", "quoted-input-json"]);
    assert_eq!(code, 0, "{out}");
    let (code, _) = gwmap(&["explain", "GW999"]);
    assert_eq!(code, 2);
    let _ = std::fs::remove_dir_all(&dir);
}
