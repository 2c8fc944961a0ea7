//! Which files `gwmap lint` reads: files given explicitly, and `.vtl`/`.vm` files under the
//! directories given (walked with `ignore`, so `.gitignore` is respected). Sorted.

use std::path::{Path, PathBuf};

pub const EXTENSIONS: &[&str] = &["vtl", "vm"];

pub fn is_template(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// The files to lint, sorted and without duplicates; an error names a path that does not exist.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_file() {
            out.push(p.clone());
        } else if p.is_dir() {
            for entry in ignore::WalkBuilder::new(p)
                .sort_by_file_name(|a, b| a.cmp(b))
                .build()
            {
                let entry = entry.map_err(|e| e.to_string())?;
                if entry.file_type().is_some_and(|t| t.is_file()) && is_template(entry.path()) {
                    out.push(entry.into_path());
                }
            }
        } else {
            return Err(format!("{}: no such file or directory", p.display()));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}
