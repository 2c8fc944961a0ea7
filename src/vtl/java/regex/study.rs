//! Java's `TreeInfo` study, ported only to decide one thing: whether a
//! look-behind body has an "obvious maximum length". Java rejects e.g.
//! `(?<=(?:ab)+)` but accepts `(?<=a+)` (a greedy one-character repeat adds
//! MAX_REPS without invalidating), so the i32 arithmetic is kept as in Java.

use super::ast::{Greed, GroupKind, Node};

const MAX_REPS: i32 = 0x7FFF_FFFF;

#[derive(Clone, Copy)]
pub(crate) struct TreeInfo {
    min: i32,
    max: i32,
    pub(crate) max_valid: bool,
    deterministic: bool,
}

impl TreeInfo {
    pub(crate) fn new() -> TreeInfo {
        TreeInfo {
            min: 0,
            max: 0,
            max_valid: true,
            deterministic: true,
        }
    }
}

/// Studies `node` as Java studies the chain it compiles to, accumulating
/// into `info`.
pub(crate) fn study(node: &Node, info: &mut TreeInfo) {
    match node {
        Node::Empty | Node::Assert(_) => {}
        Node::Literal(cps, _) => add(info, cps.len() as i32, cps.len() as i32),
        Node::Class(..) => add(info, 1, 1),
        Node::LineEnding => add(info, 1, 2),
        Node::Backref(..) => {
            info.max_valid = false;
            info.deterministic = false;
        }
        Node::Group(kind, body) => match kind {
            // Java's lookaround nodes use the default study: zero length,
            // body not visited.
            GroupKind::Ahead | GroupKind::NotAhead | GroupKind::Behind | GroupKind::NotBehind => {}
            _ => study(body, info),
        },
        Node::Concat(items) => items.iter().for_each(|n| study(n, info)),
        Node::Alt(items) => study_branch(items.iter(), info),
        Node::Repeat(r) => {
            let max = r.max.map_or(MAX_REPS, |m| m.min(MAX_REPS as u32) as i32);
            let min = r.min.min(MAX_REPS as u32) as i32;
            let is_group = matches!(&r.node, Node::Group(k, _) if is_plain_group(*k));
            if r.min == 0 && r.max == Some(1) {
                if is_group && r.greed != Greed::Possessive {
                    // group0 rewrites `(X)?` as a Branch(X, null).
                    study_branch([&r.node, &Node::Empty].into_iter(), info);
                } else {
                    // Ques: the atom's max counts, its min does not.
                    let saved_min = info.min;
                    study(&r.node, info);
                    info.min = saved_min;
                    info.deterministic = false;
                }
            } else if r.max.is_none() && r.greed == Greed::Greedy && r.node.is_char_property() {
                // CharPropertyGreedy.
                info.min = info.min.wrapping_add(min);
                if info.max_valid {
                    info.max = info.max.wrapping_add(MAX_REPS);
                }
                info.deterministic = false;
            } else if is_group && r.greed != Greed::Possessive && !body_deterministic(&r.node) {
                // Loop / LazyLoop.
                info.max_valid = false;
                info.deterministic = false;
            } else {
                study_curly(&r.node, min, max, info);
            }
        }
    }
}

fn is_plain_group(kind: GroupKind) -> bool {
    matches!(kind, GroupKind::Capture | GroupKind::NonCapture)
}

fn body_deterministic(node: &Node) -> bool {
    let mut info = TreeInfo::new();
    study(node, &mut info);
    info.deterministic
}

fn add(info: &mut TreeInfo, min: i32, max: i32) {
    info.min = info.min.wrapping_add(min);
    info.max = info.max.wrapping_add(max);
}

fn study_branch<'a>(atoms: impl Iterator<Item = &'a Node>, info: &mut TreeInfo) {
    let (min_l, max_l) = (info.min, info.max);
    let mut max_v = info.max_valid;
    let (mut min2, mut max2) = (i32::MAX, -1i32);
    for atom in atoms {
        let mut sub = TreeInfo::new();
        study(atom, &mut sub);
        min2 = min2.min(sub.min);
        max2 = max2.max(sub.max);
        max_v &= sub.max_valid;
    }
    info.min = min_l.wrapping_add(min2);
    info.max = max_l.wrapping_add(max2);
    info.max_valid = max_v;
    info.deterministic = false;
}

fn study_curly(atom: &Node, cmin: i32, cmax: i32, info: &mut TreeInfo) {
    let (min_l, max_l, max_v, detm) = (info.min, info.max, info.max_valid, info.deterministic);
    let mut sub = TreeInfo::new();
    study(atom, &mut sub);
    let temp = sub.min.wrapping_mul(cmin).wrapping_add(min_l);
    info.min = if temp < min_l { 0xFFF_FFFF } else { temp };
    if max_v && sub.max_valid {
        let temp = sub.max.wrapping_mul(cmax).wrapping_add(max_l);
        info.max = temp;
        info.max_valid = temp >= max_l;
    } else {
        info.max = sub.max;
        info.max_valid = false;
    }
    info.deterministic = if sub.deterministic && cmin == cmax {
        detm
    } else {
        false
    };
}
