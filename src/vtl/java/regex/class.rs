//! A Java character predicate as a set expression, and its rendering as a
//! fancy-regex class. Java composes `[...]` from unions, `&&` intersections
//! and whole-class negation (JDK 9+: `[^a[b]]` excludes both), which maps
//! onto nested fancy-regex classes one to one.

use std::fmt::Write;

#[derive(Clone, Debug)]
pub(crate) enum ClassExpr {
    /// Inclusive code point ranges.
    Ranges(Vec<(u32, u32)>),
    /// Items valid inside a fancy-regex `[...]`, e.g. `\p{L}\p{Nd}`.
    Raw(String),
    Union(Vec<ClassExpr>),
    And(Box<ClassExpr>, Box<ClassExpr>),
    Not(Box<ClassExpr>),
}

const MAX_CODE_POINT: u32 = 0x10_FFFF;

impl ClassExpr {
    pub(crate) fn single(c: u32) -> ClassExpr {
        ClassExpr::Ranges(vec![(c, c)])
    }

    pub(crate) fn range(lo: u32, hi: u32) -> ClassExpr {
        ClassExpr::Ranges(vec![(lo, hi)])
    }

    pub(crate) fn raw(items: &str) -> ClassExpr {
        ClassExpr::Raw(items.to_string())
    }

    pub(crate) fn negate(self) -> ClassExpr {
        ClassExpr::Not(Box::new(self))
    }

    pub(crate) fn union(self, other: ClassExpr) -> ClassExpr {
        match self {
            ClassExpr::Union(mut items) => {
                items.push(other);
                ClassExpr::Union(items)
            }
            first => ClassExpr::Union(vec![first, other]),
        }
    }

    pub(crate) fn and(self, other: ClassExpr) -> ClassExpr {
        ClassExpr::And(Box::new(self), Box::new(other))
    }

    /// Renders a complete bracketed class.
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        self.render_into(&mut out);
        out
    }

    fn render_into(&self, out: &mut String) {
        match self {
            ClassExpr::Ranges(ranges) => {
                let merged = merge(ranges);
                if merged.is_empty() {
                    // An empty set: Java's class simply never matches.
                    out.push_str(NEVER_CLASS);
                    return;
                }
                out.push('[');
                for (lo, hi) in merged {
                    push_range(out, lo, hi);
                }
                out.push(']');
            }
            ClassExpr::Raw(items) => {
                out.push('[');
                out.push_str(items);
                out.push(']');
            }
            ClassExpr::Union(items) => {
                out.push('[');
                for item in items {
                    item.render_into(out);
                }
                out.push(']');
            }
            ClassExpr::And(a, b) => {
                out.push('[');
                a.render_into(out);
                out.push_str("&&");
                b.render_into(out);
                out.push(']');
            }
            ClassExpr::Not(inner) => {
                out.push_str("[^");
                inner.render_into(out);
                out.push(']');
            }
        }
    }
}

/// A class that matches nothing.
pub(crate) const NEVER_CLASS: &str = r"[^\x{0}-\x{10FFFF}]";

/// Sorts and merges ranges, dropping surrogates: a `&str` never contains
/// them, and fancy-regex rejects them in classes.
fn merge(ranges: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut split: Vec<(u32, u32)> = Vec::with_capacity(ranges.len() + 1);
    for &(lo, hi) in ranges {
        let hi = hi.min(MAX_CODE_POINT);
        if lo > hi {
            continue;
        }
        if lo < 0xD800 {
            split.push((lo, hi.min(0xD7FF)));
        }
        if hi > 0xDFFF {
            split.push((lo.max(0xE000), hi));
        }
    }
    split.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::with_capacity(split.len());
    for (lo, hi) in split {
        match merged.last_mut() {
            Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    merged
}

fn push_range(out: &mut String, lo: u32, hi: u32) {
    push_class_char(out, lo);
    if hi != lo {
        out.push('-');
        push_class_char(out, hi);
    }
}

/// One code point in fancy-regex syntax: ASCII alphanumerics as themselves,
/// everything else as `\x{..}` so no character is ever taken as syntax.
pub(crate) fn push_class_char(out: &mut String, c: u32) {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii_alphanumeric() => out.push(ch),
        _ => {
            let _ = write!(out, "\\x{{{c:X}}}");
        }
    }
}

/// Java's CIRange without UNICODE_CASE: `ch` matches when it, or its ASCII
/// upper or lower case, lies in `lo..=hi`.
pub(crate) fn ascii_fold_range(lo: u32, hi: u32) -> ClassExpr {
    let mut ranges = vec![(lo, hi)];
    for c in 0u32..0x80 {
        let in_range = |x: u32| lo <= x && x <= hi;
        if in_range(ascii_upper(c)) || in_range(ascii_lower(c)) {
            ranges.push((c, c));
        }
    }
    ClassExpr::Ranges(ranges)
}

/// Java's `BitClass.add` / `SingleI` without UNICODE_CASE: only ASCII
/// letters gain their other case.
pub(crate) fn ascii_fold_single(c: u32) -> ClassExpr {
    ClassExpr::Ranges(vec![
        (c, c),
        (ascii_upper(c), ascii_upper(c)),
        (ascii_lower(c), ascii_lower(c)),
    ])
}

pub(crate) fn ascii_upper(c: u32) -> u32 {
    if (0x61..=0x7A).contains(&c) {
        c - 0x20
    } else {
        c
    }
}

pub(crate) fn ascii_lower(c: u32) -> u32 {
    if (0x41..=0x5A).contains(&c) {
        c + 0x20
    } else {
        c
    }
}
