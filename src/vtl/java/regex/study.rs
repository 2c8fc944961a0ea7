//! Java's `TreeInfo` study, ported only to decide one thing: whether a
//! look-behind body has an "obvious maximum length". Java rejects e.g.
//! `(?<=(?:ab)+)` but accepts `(?<=a+)` (a greedy one-character repeat adds
//! MAX_REPS without invalidating), so Java's i32 arithmetic is kept. Java
//! studies a linked chain: a Branch (alternation, or `(X)?`) studies what
//! follows it with a fresh TreeInfo and adds its own lengths afterwards,
//! which changes where overflow is detected; the chain walk below keeps that.

use super::ast::{Greed, GroupKind, Node};

const MAX_REPS: i32 = 0x7FFF_FFFF;

#[derive(Clone, Copy)]
pub(crate) struct TreeInfo {
    pub(crate) min: i32,
    pub(crate) max: i32,
    pub(crate) max_valid: bool,
    deterministic: bool,
}

/// Recursion budget for one study: a look-behind body larger than this is
/// reported as having no obvious maximum rather than risking our stack.
const BUDGET: usize = 2_000;

thread_local! {
    static STEPS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
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

/// Studies a look-behind body as Java studies the chain it compiles to.
pub(crate) fn study(node: &Node, info: &mut TreeInfo) {
    STEPS.with(|s| s.set(0));
    study_inner(node, info);
}

fn study_inner(node: &Node, info: &mut TreeInfo) {
    study_chain(&[node], info);
}

fn is_plain_group(node: &Node) -> bool {
    matches!(
        node,
        Node::Group(GroupKind::Capture | GroupKind::NonCapture, _)
    )
}

/// `chain` is a node followed by everything after it in Java's chain.
/// Plain groups and sequences are spliced into the chain; the walk is a
/// loop so long sequences do not deepen the stack.
fn study_chain(chain: &[&Node], info: &mut TreeInfo) {
    // A stack holding the chain in reverse: the next node is on top.
    let mut work: Vec<&Node> = chain.iter().rev().copied().collect();
    while let Some(first) = work.pop() {
        let steps = STEPS.with(|s| {
            s.set(s.get() + 1);
            s.get()
        });
        if steps > BUDGET {
            info.max_valid = false;
            return;
        }
        match first {
            Node::Group(GroupKind::Capture | GroupKind::NonCapture, body) => work.push(body),
            Node::Concat(items) => work.extend(items.iter().rev()),
            Node::Alt(alternatives) => {
                let rest: Vec<&Node> = work.iter().rev().copied().collect();
                return branch(alternatives.iter(), &rest, info);
            }
            Node::Repeat(r)
                if r.min == 0
                    && r.max == Some(1)
                    && is_plain_group(&r.node)
                    && r.greed != Greed::Possessive =>
            {
                // group0 rewrites `(X)?` and `(X)??` as Branch(X, null).
                let rest: Vec<&Node> = work.iter().rev().copied().collect();
                return branch([&r.node, &Node::Empty].into_iter(), &rest, info);
            }
            other => study_one(other, info),
        }
    }
}

fn branch<'a>(alternatives: impl Iterator<Item = &'a Node>, rest: &[&Node], info: &mut TreeInfo) {
    let (mut min_l, mut max_l, mut max_v) = (info.min, info.max, info.max_valid);
    let (mut min2, mut max2) = (i32::MAX, -1i32);
    for alternative in alternatives {
        let mut sub = TreeInfo::new();
        study_inner(alternative, &mut sub);
        min2 = min2.min(sub.min);
        max2 = max2.max(sub.max);
        max_v &= sub.max_valid;
    }
    min_l = min_l.wrapping_add(min2);
    max_l = max_l.wrapping_add(max2);
    let mut cont = TreeInfo::new();
    study_chain(rest, &mut cont);
    info.min = cont.min.wrapping_add(min_l);
    info.max = cont.max.wrapping_add(max_l);
    info.max_valid = cont.max_valid && max_v;
    info.deterministic = false;
}

/// One node whose body (if any) Java studies in isolation.
fn study_one(node: &Node, info: &mut TreeInfo) {
    match node {
        Node::Empty | Node::Assert(_) => {}
        Node::Literal(cps, _) => add(info, cps.len() as i32, cps.len() as i32),
        Node::Class(..) => add(info, 1, 1),
        Node::LineEnding => add(info, 1, 2),
        Node::Backref(..) => {
            info.max_valid = false;
            info.deterministic = false;
        }
        // Lookarounds use the default study: zero length, body not visited.
        Node::Group(
            GroupKind::Ahead | GroupKind::NotAhead | GroupKind::Behind | GroupKind::NotBehind,
            _,
        ) => {}
        // Atomic groups and anything else grouped: body accumulates in place.
        Node::Group(_, body) => study_inner(body, info),
        Node::Concat(_) | Node::Alt(_) => study_inner(node, info),
        Node::Repeat(r) => {
            let max = r.max.map_or(MAX_REPS, |m| m.min(MAX_REPS as u32) as i32);
            let min = r.min.min(MAX_REPS as u32) as i32;
            if r.min == 0 && r.max == Some(1) {
                // Ques: the atom's max counts, its min does not.
                let saved_min = info.min;
                study_inner(&r.node, info);
                info.min = saved_min;
                info.deterministic = false;
            } else if r.max.is_none() && r.greed == Greed::Greedy && r.node.is_char_property() {
                // CharPropertyGreedy.
                info.min = info.min.wrapping_add(min);
                if info.max_valid {
                    info.max = info.max.wrapping_add(MAX_REPS);
                }
                info.deterministic = false;
            } else if is_plain_group(&r.node)
                && r.greed != Greed::Possessive
                && !deterministic(&r.node)
            {
                // Loop / LazyLoop.
                info.max_valid = false;
                info.deterministic = false;
            } else {
                curly(&r.node, min, max, info);
            }
        }
    }
}

fn deterministic(node: &Node) -> bool {
    let mut info = TreeInfo::new();
    study_inner(node, &mut info);
    info.deterministic
}

fn add(info: &mut TreeInfo, min: i32, max: i32) {
    info.min = info.min.wrapping_add(min);
    info.max = info.max.wrapping_add(max);
}

/// Curly / GroupCurly.
fn curly(atom: &Node, cmin: i32, cmax: i32, info: &mut TreeInfo) {
    let (min_l, max_l, max_v, detm) = (info.min, info.max, info.max_valid, info.deterministic);
    let mut sub = TreeInfo::new();
    study_inner(atom, &mut sub);
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
    info.deterministic = sub.deterministic && cmin == cmax && detm;
}
