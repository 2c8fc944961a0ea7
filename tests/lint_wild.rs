//! `gwmap lint` over the 474 real-world templates in tests/wild: no panic, no internal error,
//! deterministic, and exactly the four templates that do not parse get GW001.

use std::path::{Path, PathBuf};

use gwmap::lint::{lint_source, Config};

fn templates(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            templates(&p, out);
        } else if p.extension().is_some_and(|x| x == "vtl") {
            out.push(p);
        }
    }
}

#[test]
fn lints_the_wild_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wild");
    let mut files = Vec::new();
    templates(&dir, &mut files);
    files.sort();
    assert_eq!(files.len(), 474);
    let config = Config::default();
    let mut syntax = 0;
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let name = f.display().to_string();
        let settings = config.settings_for(f);
        let a = lint_source(&name, &src, &settings);
        let b = lint_source(&name, &src, &settings);
        assert_eq!(a.diagnostics, b.diagnostics, "{name}: not deterministic");
        for d in &a.diagnostics {
            assert!(
                !d.message.starts_with("internal error"),
                "{name}: {}",
                d.message
            );
            assert!(d.span.end as usize <= src.len() && d.span.start <= d.span.end);
            assert!(src.is_char_boundary(d.span.start as usize));
        }
        if a.diagnostics.iter().any(|d| d.code == "GW001") {
            syntax += 1;
        }
    }
    assert_eq!(syntax, 4, "the four templates that do not parse");
}
