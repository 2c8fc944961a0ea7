//! Engine conformance: hand-written cases whose expected output comes from Apache Velocity 1.7
//! with API Gateway's settings (shared/tools/oracle `oracle-java`), byte for byte. Regenerate
//! with tools/conformance/cases.py; see tests/conformance/README.md.

mod common;

use std::path::Path;

use common::{files_with_ext, render_files, sibling, visible};
use gwmap::gateway::Direction;

#[test]
fn velocity_conformance_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let cases = files_with_ext(&dir, "vtl");
    assert!(
        cases.len() >= 400,
        "expected at least 400 cases, found {}",
        cases.len()
    );
    let known = known_differences(&dir);
    let mut failures = Vec::new();
    let mut now_agreeing = Vec::new();
    let mut skipped = 0;
    for vtl in &cases {
        let name = vtl.strip_prefix(&dir).unwrap_or(vtl).display().to_string();
        let got = render_files(vtl, Some(&sibling(vtl, "request.json")), Direction::Request);
        let key = name.trim_end_matches(".vtl").to_string();
        if known.contains(&key) {
            skipped += 1;
            if agrees(vtl, &got) {
                now_agreeing.push(key);
            }
            continue;
        }
        let expected_path = sibling(vtl, "expected");
        if expected_path.exists() {
            let expected = std::fs::read_to_string(&expected_path).unwrap();
            match got {
                Ok(got) if got == expected => {}
                Ok(got) => failures.push(format!(
                    "{name}:\n  expected: {}\n  got:      {}",
                    visible(&expected),
                    visible(&got)
                )),
                Err(e) => failures.push(format!("{name}: expected output, got {e}")),
            }
        } else if let Ok(got) = got {
            // The oracle rejected the template (`.error` holds its message).
            failures.push(format!(
                "{name}: expected an error, rendered {}",
                visible(&got)
            ));
        }
    }
    assert!(
        now_agreeing.is_empty(),
        "these cases now agree: remove them from KNOWN_DIFFERENCES.md: {now_agreeing:?}"
    );
    eprintln!(
        "{} cases, {} known differences skipped",
        cases.len(),
        skipped
    );
    assert!(
        failures.is_empty(),
        "{} of {} conformance cases disagree with Velocity 1.7:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

fn agrees(vtl: &Path, got: &Result<String, String>) -> bool {
    match std::fs::read_to_string(sibling(vtl, "expected")) {
        Ok(expected) => got.as_ref().is_ok_and(|g| *g == expected),
        Err(_) => got.is_err(),
    }
}

/// `- group/name: reason` lines of KNOWN_DIFFERENCES.md.
fn known_differences(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("KNOWN_DIFFERENCES.md")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("- "))
        .filter_map(|l| l.split(':').next())
        .map(|s| s.trim().to_string())
        .collect()
}
