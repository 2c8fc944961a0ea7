//! The 474 real-world templates of tests/wild render exactly as Apache Velocity 1.7 with API
//! Gateway's settings renders them (reference renderer output committed beside each), and the
//! four invalid ones are rejected. See tests/wild/README.md.

mod common;

use std::path::Path;

use common::{files_with_ext, render_files, sibling, visible};
use gwmap::gateway::Direction;

#[test]
fn real_world_templates_match_velocity() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wild");
    let request = dir.join("request.json");
    let cases = files_with_ext(&dir, "vtl");
    assert_eq!(cases.len(), 474);
    let mut failures = Vec::new();
    let mut rejected = 0;
    for vtl in &cases {
        let name = vtl.strip_prefix(&dir).unwrap_or(vtl).display().to_string();
        let got = render_files(vtl, Some(&request), Direction::Request);
        match std::fs::read_to_string(sibling(vtl, "expected")) {
            Ok(expected) => match got {
                Ok(g) if g == expected => {}
                Ok(g) => failures.push(format!(
                    "{name}:\n  expected: {}\n  got:      {}",
                    visible(&expected),
                    visible(&g)
                )),
                Err(e) => failures.push(format!("{name}: {e}")),
            },
            Err(_) => match got {
                Err(_) => rejected += 1,
                Ok(_) => failures.push(format!("{name}: Velocity rejects it, gwmap rendered it")),
            },
        }
    }
    assert_eq!(rejected, 4, "the four invalid templates must be rejected");
    assert!(
        failures.is_empty(),
        "{} templates differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
