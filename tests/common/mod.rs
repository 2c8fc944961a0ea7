//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use gwmap::gateway::{render_template, Direction, RenderOptions, Request};
use gwmap::vtl::Template;

/// Renders a template file against an optional request file the way `gwmap render` does.
pub fn render_files(
    template: &Path,
    request: Option<&Path>,
    direction: Direction,
) -> Result<String, String> {
    let source = std::fs::read_to_string(template).map_err(|e| e.to_string())?;
    let request = match request {
        Some(p) if p.exists() => {
            let text = std::fs::read_to_string(p).map_err(|e| e.to_string())?;
            Request::from_json(&text).map_err(|e| format!("request file: {e}"))?
        }
        _ => Request::default(),
    };
    let t = Template::parse(&source).map_err(|e| format!("syntax error: {}", e.message))?;
    render_template(
        &t,
        &request,
        RenderOptions {
            direction,
            trace: false,
        },
    )
    .map(|r| r.output)
    .map_err(|e| format!("render error: {e}"))
}

/// Every file with `ext` under `dir`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// `a/b/name.vtl` → `a/b/name.<suffix>`.
pub fn sibling(vtl: &Path, suffix: &str) -> PathBuf {
    let stem = vtl
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    vtl.with_file_name(format!("{stem}.{suffix}"))
}

/// Shows invisible characters of a short text, for failure messages.
pub fn visible(s: &str) -> String {
    s.replace('\r', "␍").replace('\n', "⏎\n").replace('\t', "⇥")
}
