//! Line diff with word-level highlights (similar), for exact comparisons.
//!
//! Without colour, changed words are marked `[-old-]` / `{+new+}` (git's `--word-diff=plain`).
//! Invisible differences are made visible: a line that differs only in whitespace is shown
//! escaped, and a missing final newline is said in words, because golden files edited by hand
//! often gain or lose one.

use similar::{ChangeTag, TextDiff};

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD_RED: &str = "\x1b[1;41;97m";
const BOLD_GREEN: &str = "\x1b[1;42;97m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// A unified diff golden → output with 3 lines of context, every line prefixed by `indent`.
pub fn diff(expected: &str, actual: &str, color: bool, indent: &str) -> String {
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_lines(expected, actual);
    let mut out = String::new();
    let (h_old, h_new) = if color {
        (
            format!("{RED}--- golden{RESET}"),
            format!("{GREEN}+++ output{RESET}"),
        )
    } else {
        (String::from("--- golden"), String::from("+++ output"))
    };
    out.push_str(&format!("{indent}{h_old}\n{indent}{h_new}\n"));
    for group in diff.grouped_ops(3) {
        let (first, last) = (&group[0], &group[group.len() - 1]);
        let old = first.old_range().start..last.old_range().end;
        let new = first.new_range().start..last.new_range().end;
        let header = format!(
            "@@ -{},{} +{},{} @@",
            old.start + 1,
            old.len(),
            new.start + 1,
            new.len()
        );
        if color {
            out.push_str(&format!("{indent}{DIM}{header}{RESET}\n"));
        } else {
            out.push_str(&format!("{indent}{header}\n"));
        }
        for op in &group {
            // Lines that differ only in whitespace or line endings are printed escaped.
            let invisible = op_is_invisible(&diff, op);
            for change in diff.iter_inline_changes(op) {
                let (sign, line_color, word_color) = match change.tag() {
                    ChangeTag::Delete => ('-', RED, BOLD_RED),
                    ChangeTag::Insert => ('+', GREEN, BOLD_GREEN),
                    ChangeTag::Equal => (' ', "", ""),
                };
                let mut line = String::new();
                for (emph, value) in change.iter_strings_lossy() {
                    let shown = if invisible {
                        escape(&value)
                    } else {
                        value.trim_end_matches(['\n']).to_string()
                    };
                    if emph && change.tag() != ChangeTag::Equal && !invisible {
                        if color {
                            line.push_str(&format!("{word_color}{shown}{RESET}{line_color}"));
                        } else if change.tag() == ChangeTag::Delete {
                            line.push_str(&format!("[-{shown}-]"));
                        } else {
                            line.push_str(&format!("{{+{shown}+}}"));
                        }
                    } else {
                        line.push_str(&shown);
                    }
                }
                if color && change.tag() != ChangeTag::Equal {
                    out.push_str(&format!("{indent}{line_color}{sign}{line}{RESET}\n"));
                } else {
                    out.push_str(&format!("{indent}{sign}{line}\n"));
                }
                if change.missing_newline() {
                    out.push_str(&format!(
                        "{indent}\\ No newline at end of {}\n",
                        match change.tag() {
                            ChangeTag::Delete => "golden",
                            ChangeTag::Insert => "output",
                            ChangeTag::Equal => "golden and output",
                        }
                    ));
                }
            }
        }
    }
    out
}

fn op_is_invisible(diff: &TextDiff<'_, '_, str>, op: &similar::DiffOp) -> bool {
    let old: String = op.old_range().filter_map(|i| diff.old_slice(i)).collect();
    let new: String = op.new_range().filter_map(|i| diff.new_slice(i)).collect();
    old != new && squash(&old) == squash(&new)
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Shows whitespace: `·` for a space, `→` for a tab, `\r`, `\n`.
fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            ' ' => out.push('·'),
            '\t' => out.push('→'),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// One sentence for the common invisible mismatches, or `None`.
pub fn hint(expected: &str, actual: &str) -> Option<String> {
    if expected.strip_suffix('\n') == Some(actual) || expected.strip_suffix("\r\n") == Some(actual)
    {
        return Some(String::from(
            "the golden file ends with a newline the output does not have (editors often add one; \
             re-bless, or disable \"insert final newline\" for golden files)",
        ));
    }
    if actual.strip_suffix('\n') == Some(expected) {
        return Some(String::from(
            "the output ends with a newline the golden file does not have",
        ));
    }
    if expected.replace("\r\n", "\n") == actual.replace("\r\n", "\n") {
        return Some(String::from(
            "only line endings differ (CRLF vs LF); check git's autocrlf for golden files \
             (`*.golden -text` or `testcases/** -text` in .gitattributes)",
        ));
    }
    if squash(expected) == squash(actual) {
        return Some(String::from(
            "only whitespace differs (shown as · for space, → for tab); \
             use \"compare\": \"json\" or \"xml\" if whitespace does not matter to the backend",
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_highlights_without_colour() {
        let d = diff(
            "{\n  \"a\": \"x\",\n  \"b\": 1\n}",
            "{\n  \"a\": \"y\",\n  \"b\": 1\n}",
            false,
            "",
        );
        assert!(d.contains("-  \"a\": [-\"x\",-]"), "{d}");
        assert!(d.contains("+  \"a\": {+\"y\",+}"), "{d}");
    }

    #[test]
    fn invisible_differences_are_named() {
        assert!(hint("a\n", "a").unwrap().contains("ends with a newline"));
        assert!(hint("a\r\nb", "a\nb").unwrap().contains("CRLF"));
        assert!(hint("a  b", "a b").unwrap().contains("whitespace"));
        let d = diff("a \nb", "a\nb", false, "");
        assert!(d.contains("-a·\\n"), "{d}");
        let d = diff("a\n", "a", false, "");
        assert!(d.contains("No newline at end of output"), "{d}");
    }
}
