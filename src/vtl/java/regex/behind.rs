//! Java's look-behind window. `Pattern.Behind` tries start offsets j from
//! `i - min` down to `max(i - max, 0)`, with min/max from the (i32) study.
//! When greedy or lazy repeats add MAX_REPS more than once, max wraps
//! negative and `i - max` itself overflows: the window is then empty unless
//! `i >= 2^31 + max`, where the subtraction wraps back to a negative `from`
//! and the whole prefix is searched. (JDK 17: `(?<![^a]*?\t?)` is active
//! from index 1 on, `(?<=\s*.+)` never.) fancy-regex has no window, so the
//! condition is spelled out.

use super::ast::{Greed, GroupKind, Node, Repeat};
use super::class::ClassExpr;
use super::flags::Fold;
use super::props;

/// Beyond this many characters a threshold is treated as never reached.
const UNREACHABLE: i64 = 1 << 30;

/// Builds the look-behind node for a body whose study gave `min..=max`.
pub(crate) fn look_behind(negated: bool, body: Node, min: i32, max: i32) -> Node {
    let kind = if negated {
        GroupKind::NotBehind
    } else {
        GroupKind::Behind
    };
    if max >= min {
        return Node::Group(kind, Box::new(body));
    }
    // Position from which Java's window is non-empty (UTF-16 units; code
    // points here, the same outside the supplementary planes).
    let threshold = if max < 0 {
        (1i64 << 31) + i64::from(max)
    } else {
        UNREACHABLE
    };
    let never = || Node::Class(ClassExpr::Ranges(Vec::new()), Fold::None);
    if !(0..UNREACHABLE).contains(&threshold) {
        return Node::Group(kind, Box::new(never()));
    }
    let at_least = Node::Group(
        GroupKind::Behind,
        Box::new(Node::Repeat(Box::new(Repeat {
            node: Node::Class(props::all(), Fold::None),
            min: threshold as u32,
            max: Some(threshold as u32),
            greed: Greed::Greedy,
        }))),
    );
    let active = Node::Concat(vec![
        at_least,
        Node::Group(GroupKind::Behind, Box::new(body)),
    ]);
    // One lookahead node, as Java has one Behind node: "the window is open
    // and the body matches" (negated: "not both").
    let outer = if negated {
        GroupKind::NotAhead
    } else {
        GroupKind::Ahead
    };
    Node::Group(outer, Box::new(active))
}
