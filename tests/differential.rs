//! Differential test: 1,200 random valid templates (tools/difftest/gen.py, seed 1) rendered by
//! the Apache Velocity 1.7 reference renderer with API Gateway's settings. gwmap must agree byte
//! for byte on at least 99% of them; every disagreement is listed.

mod common;

use std::path::Path;

use common::{files_with_ext, render_files, sibling};
use gwmap::gateway::Direction;

#[test]
fn random_templates_agree_with_velocity() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential/cases");
    let cases = files_with_ext(&dir, "vtl");
    assert!(
        cases.len() >= 1000,
        "expected at least 1,000 cases, found {}",
        cases.len()
    );
    let mut disagree = Vec::new();
    for vtl in &cases {
        let expected = std::fs::read_to_string(sibling(vtl, "expected")).unwrap();
        let got = render_files(vtl, Some(&sibling(vtl, "request.json")), Direction::Request);
        if got.as_deref() != Ok(expected.as_str()) {
            disagree.push(vtl.file_stem().unwrap().to_string_lossy().to_string());
        }
    }
    let agreeing = cases.len() - disagree.len();
    eprintln!(
        "differential: {agreeing}/{} agree; disagree: {disagree:?}",
        cases.len()
    );
    assert!(
        agreeing * 100 >= cases.len() * 99,
        "only {agreeing} of {} random templates agree with Velocity 1.7: {disagree:?}",
        cases.len()
    );
}
