//! AST to fancy-regex syntax. Output is flag-free: folding, anchors and
//! classes were resolved by the parser, and only Unicode case folding is
//! left to fancy-regex as `(?i:...)`.

use std::fmt::Write;

use super::ast::{Greed, GroupKind, Node, Repeat};
use super::class::{push_class_char, NEVER_CLASS};
use super::flags::Fold;

const MAX_REPS: u32 = 0x7FFF_FFFF;

pub(crate) fn emit(node: &Node, group_count: usize) -> String {
    let mut out = String::new();
    emit_into(node, group_count, &mut out);
    out
}

fn emit_into(node: &Node, groups: usize, out: &mut String) {
    match node {
        Node::Empty => {}
        Node::Literal(cps, fold) => literal(cps, *fold, out),
        Node::Class(set, fold) => {
            let rendered = set.render();
            if *fold == Fold::Unicode {
                let _ = write!(out, "(?i:{rendered})");
            } else {
                out.push_str(&rendered);
            }
        }
        Node::Assert(s) => out.push_str(s),
        Node::LineEnding => out.push_str(r"(?:\r\n|[\n\x0B\f\r\x{85}\x{2028}\x{2029}])"),
        Node::Group(kind, body) => {
            out.push_str(match kind {
                GroupKind::Capture => "(",
                GroupKind::NonCapture => "(?:",
                GroupKind::Ahead => "(?=",
                GroupKind::NotAhead => "(?!",
                GroupKind::Behind => "(?<=",
                GroupKind::NotBehind => "(?<!",
                GroupKind::Atomic => "(?>",
            });
            emit_into(body, groups, out);
            out.push(')');
        }
        Node::Concat(items) => {
            for item in items {
                if matches!(item, Node::Alt(_)) {
                    out.push_str("(?:");
                    emit_into(item, groups, out);
                    out.push(')');
                } else {
                    emit_into(item, groups, out);
                }
            }
        }
        Node::Alt(items) => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                emit_into(item, groups, out);
            }
        }
        Node::Repeat(r) => repeat(r, groups, out),
        Node::Backref(n, fold) => {
            // Java's `\2` with one group compiles and simply fails to match;
            // fancy-regex would reject it.
            if *n == 0 || *n > groups {
                out.push_str(NEVER_CLASS);
            } else if *fold == Fold::None {
                let _ = write!(out, r"(?:\{n})");
            } else {
                let _ = write!(out, r"(?i:\{n})");
            }
        }
    }
}

fn literal(cps: &[u32], fold: Fold, out: &mut String) {
    if fold == Fold::Unicode {
        out.push_str("(?i:");
    }
    for &c in cps {
        if (0xD800..=0xDFFF).contains(&c) {
            // A lone surrogate can never occur in a Rust string.
            out.push_str(NEVER_CLASS);
        } else if let Some(ch) =
            char::from_u32(c).filter(|ch| fold == Fold::Ascii && ch.is_ascii_alphabetic())
        {
            // Java's SliceI/SingleI: an ASCII letter matches either case.
            let _ = write!(
                out,
                "[{}{}]",
                ch.to_ascii_lowercase(),
                ch.to_ascii_uppercase()
            );
        } else {
            push_class_char(out, c);
        }
    }
    if fold == Fold::Unicode {
        out.push(')');
    }
}

fn repeat(r: &Repeat, groups: usize, out: &mut String) {
    let mut inner = String::new();
    emit_into(&r.node, groups, &mut inner);
    if r.node.is_zero_width() {
        // fancy-regex refuses to repeat an assertion; in Java repeating a
        // zero-width node either tries it once (min 0) or requires it.
        if r.min > 0 {
            out.push_str(&inner);
        } else {
            let _ = match r.greed {
                Greed::Greedy => write!(out, "(?:{inner}|)"),
                Greed::Lazy => write!(out, "(?:|{inner})"),
                Greed::Possessive => write!(out, "(?>{inner}|)"),
            };
        }
        return;
    }
    let max = r.max.filter(|&m| m < MAX_REPS);
    let quantifier = match (r.min, max) {
        (0, None) => "*".to_string(),
        (1, None) => "+".to_string(),
        (0, Some(1)) => "?".to_string(),
        (n, None) => format!("{{{n},}}"),
        (n, Some(m)) if n == m => format!("{{{n}}}"),
        (n, Some(m)) => format!("{{{n},{m}}}"),
    };
    match r.greed {
        Greed::Greedy => {
            let _ = write!(out, "(?:{inner}){quantifier}");
        }
        Greed::Lazy => {
            let _ = write!(out, "(?:{inner}){quantifier}?");
        }
        // Possessive is atomic greedy repetition.
        Greed::Possessive => {
            let _ = write!(out, "(?>(?:{inner}){quantifier})");
        }
    }
}
