//! Finding case files: files given are taken as they are; folders are walked (respecting
//! `.gitignore`) for `*.case.json`. The result is sorted and free of duplicates.

use std::path::{Path, PathBuf};

use crate::testing::case::CASE_SUFFIX;

/// The folder `gwmap test` looks in when given no path.
pub const DEFAULT_DIR: &str = "testcases";

pub fn is_case_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(CASE_SUFFIX))
}

/// Case files under `inputs`. An input that does not exist, or a walk error, is an `Err`
/// naming the path (a usage error: exit 2).
pub fn discover(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| {
            if input.as_os_str() == DEFAULT_DIR && e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "no `{DEFAULT_DIR}` folder here: pass the files or folders holding your case \
                     files (`gwmap test path/to/cases`), or create `{DEFAULT_DIR}/NAME{CASE_SUFFIX}`"
                )
            } else {
                format!("cannot read {}: {e}", input.display())
            }
        })?;
        if meta.is_file() {
            found.push(input.clone());
            continue;
        }
        let walker = ignore::WalkBuilder::new(input)
            .require_git(false)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            let entry = entry.map_err(|e| format!("cannot walk {}: {e}", input.display()))?;
            if entry.file_type().is_some_and(|t| t.is_file()) && is_case_file(entry.path()) {
                found.push(entry.into_path());
            }
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}
