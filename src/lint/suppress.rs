//! Inline suppression in VTL comments.
//!
//! - `## gwmap: ignore[GW101, GW105]` at the end of a line silences those codes on that line;
//!   on a line of its own, on the next line.
//! - `## gwmap: ignore` (no list) silences every rule there.
//! - `## gwmap: ignore-file[GW301]` anywhere silences the codes in the whole file.
//! - The same works in block comments: `#* gwmap: ignore[GW101] *#`.
//!
//! Codes may be prefixes (`GW1`), as in `--select`.

use super::config::matches_code;
use super::diagnostic::Diagnostic;
use crate::vtl::span::line_col;

#[derive(Debug, Default)]
pub struct Suppressions {
    /// (1-based line, codes; empty = all)
    lines: Vec<(usize, Vec<String>)>,
    file: Vec<Vec<String>>,
}

impl Suppressions {
    pub fn parse(source: &str) -> Suppressions {
        let mut s = Suppressions::default();
        for (idx, line) in source.split('\n').enumerate() {
            let mut base = 0usize;
            while let Some(pos) = line[base..].find("gwmap:") {
                let at = base + pos;
                base = at + "gwmap:".len();
                let before = &line[..at];
                let comment_start = before.rfind("##").or_else(|| before.rfind("#*"));
                let after = line[base..].trim_start();
                let Some(cs) = comment_start else { continue };
                let (file_wide, tail) = if let Some(t) = after.strip_prefix("ignore-file") {
                    (true, t)
                } else if let Some(t) = after.strip_prefix("ignore") {
                    (false, t)
                } else {
                    continue;
                };
                let codes: Vec<String> = match tail.strip_prefix('[') {
                    Some(t) => t
                        .split(']')
                        .next()
                        .unwrap_or("")
                        .split(',')
                        .map(|c| c.trim().to_string())
                        .filter(|c| !c.is_empty())
                        .collect(),
                    None => Vec::new(),
                };
                if file_wide {
                    s.file.push(codes);
                } else {
                    let own_line = line[..cs].trim().is_empty();
                    let target = if own_line { idx + 2 } else { idx + 1 };
                    s.lines.push((target, codes));
                }
            }
        }
        s
    }

    pub fn suppresses(&self, source: &str, d: &Diagnostic) -> bool {
        let hit =
            |codes: &Vec<String>| codes.is_empty() || codes.iter().any(|c| matches_code(c, d.code));
        if self.file.iter().any(hit) {
            return true;
        }
        if self.lines.is_empty() {
            return false;
        }
        let (line, _) = line_col(source, d.span.start as usize);
        self.lines.iter().any(|(l, codes)| *l == line && hit(codes))
    }
}
