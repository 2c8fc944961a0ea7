//! `--coverage`: which template lines and `#if` branches the cases exercised.
//!
//! Branches come straight from the render trace (each `#if` records the branch it took). An
//! `#if` with `n` conditions has `n + 1` arms: its conditions and its `#else`, written or not
//! ("no condition was true" is a path a test should see too, as in gcov).
//! Lines are derived from blocks: a line is *not covered* when all of its text lies in blocks
//! no case ran (an untaken branch, a `#foreach` body that never iterated, an uncalled macro, or
//! the whole template if no render of it completed). Blank lines are not counted.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use crate::testing::run::{LoadedTemplate, RunReport, Subject};
use crate::vtl::ast::{Block, Node};
use crate::vtl::span::{line_col, Span};
use crate::vtl::trace::TraceEvent;

#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MissedBranch {
    pub line: usize,
    pub column: usize,
    /// `#if`, `#elseif`, `#else` or `implicit #else`.
    pub arm: String,
    pub message: String,
}

#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateCoverage {
    pub template: String,
    pub renders: usize,
    pub lines_total: usize,
    pub lines_covered: usize,
    pub branches_total: usize,
    pub branches_covered: usize,
    /// 1-based line numbers no case ran.
    pub uncovered_lines: Vec<usize>,
    pub missed_branches: Vec<MissedBranch>,
}

#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub templates: Vec<TemplateCoverage>,
    pub lines_total: usize,
    pub lines_covered: usize,
    pub branches_total: usize,
    pub branches_covered: usize,
}

struct IfInfo {
    span: Span,
    /// Byte ranges of each arm's block; the last is the `#else` (empty if none is written).
    arms: Vec<(usize, usize)>,
    /// Where each arm's keyword sits, for messages.
    arm_at: Vec<usize>,
    has_else: bool,
}

#[derive(Default)]
struct Shape {
    ifs: Vec<IfInfo>,
    /// `#foreach` span and its body's byte range.
    loops: Vec<(Span, (usize, usize))>,
    /// Macro name and its definition's byte range.
    macros: Vec<(String, (usize, usize))>,
}

fn node_span(n: &Node) -> Option<Span> {
    Some(match n {
        Node::Text(_) => return None,
        Node::Reference(r) => r.span,
        Node::EscapedReference { span, .. } => *span,
        Node::Set(s) => s.span,
        Node::If(i) => i.span,
        Node::Foreach(f) => f.span,
        Node::Break { span, .. } => *span,
        Node::Stop(span) => *span,
        Node::Define { span, .. } => *span,
        Node::MacroCall(m) => m.span,
        Node::Evaluate { span, .. } => *span,
        Node::Include { span, .. } => *span,
    })
}

/// Where the closing `#end` (or `#{end}`) of a directive spanning `start..end` begins. The
/// span may include what Velocity swallows after `#end` (the rest of the line).
fn end_keyword_at(source: &str, start: usize, end: usize) -> usize {
    let text = source.get(start..end).unwrap_or("");
    let a = text.rfind("#end");
    let b = text.rfind("#{end}");
    match a.max(b) {
        Some(p) => start + p,
        None => end,
    }
}

fn last_end(block: &Block, from: usize) -> usize {
    block
        .iter()
        .filter_map(node_span)
        .map(|s| s.end as usize)
        .fold(from, usize::max)
}

fn walk(source: &str, block: &Block, shape: &mut Shape) {
    for node in block.iter() {
        match node {
            Node::If(i) => {
                let body_end = end_keyword_at(source, i.span.start as usize, i.span.end as usize);
                let mut arms = Vec::new();
                let mut arm_at = vec![i.span.start as usize];
                let mut else_start = body_end;
                if i.otherwise.is_some() {
                    let (_, last_block) = &i.branches[i.branches.len() - 1];
                    let from = last_end(
                        last_block,
                        i.branches[i.branches.len() - 1].0.span.end as usize,
                    );
                    let hay = source.get(from..body_end).unwrap_or("");
                    let a = hay.find("#else").map(|p| p + from);
                    let b = hay.find("#{else}").map(|p| p + from);
                    else_start = match (a, b) {
                        (Some(a), Some(b)) => a.min(b),
                        (Some(x), None) | (None, Some(x)) => x,
                        (None, None) => body_end,
                    };
                }
                for (k, (cond, _)) in i.branches.iter().enumerate() {
                    let start = cond.span.end as usize;
                    let stop = match i.branches.get(k + 1) {
                        Some((next, _)) => {
                            let ns = next.span.start as usize;
                            // The `#elseif(` keyword before the next condition.
                            let kw = source.get(..ns).and_then(|s| s.rfind('#')).unwrap_or(ns);
                            arm_at.push(kw);
                            kw.max(start)
                        }
                        None => else_start,
                    };
                    arms.push((start, stop.max(start)));
                }
                arm_at.truncate(i.branches.len());
                arm_at.push(else_start);
                arms.push((else_start, body_end.max(else_start)));
                shape.ifs.push(IfInfo {
                    span: i.span,
                    arms,
                    arm_at,
                    has_else: i.otherwise.is_some(),
                });
                for (_, b) in &i.branches {
                    walk(source, b, shape);
                }
                if let Some(b) = &i.otherwise {
                    walk(source, b, shape);
                }
            }
            Node::Foreach(f) => {
                let body_end = end_keyword_at(source, f.span.start as usize, f.span.end as usize);
                let start = (f.iterable.span.end as usize).min(body_end);
                shape.loops.push((f.span, (start, body_end)));
                walk(source, &f.body, shape);
            }
            Node::Define { body, .. } => walk(source, body, shape),
            Node::MacroCall(m) => {
                if let Some(b) = &m.body {
                    walk(source, b, shape);
                }
            }
            _ => {}
        }
    }
}

fn template_coverage(
    name: &str,
    t: &LoadedTemplate,
    traces: &[&[crate::vtl::trace::TraceEntry]],
) -> TemplateCoverage {
    let source = &t.source;
    let mut shape = Shape::default();
    walk(source, t.template.body(), &mut shape);
    let mut macro_defs: Vec<_> = t.template.macros().cloned().collect();
    macro_defs.sort_by_key(|m| m.span.start);
    for m in &macro_defs {
        shape.macros.push((
            m.name.to_string(),
            (m.span.start as usize, m.span.end as usize),
        ));
        walk(source, &m.body, &mut shape);
    }
    let mut taken: HashMap<(u32, u32), BTreeSet<usize>> = HashMap::new();
    let mut iterated: HashSet<(u32, u32)> = HashSet::new();
    let mut called: HashSet<String> = HashSet::new();
    for trace in traces {
        for e in trace.iter() {
            let key = (e.span.start, e.span.end);
            match &e.event {
                TraceEvent::If { branch, branches } => {
                    taken
                        .entry(key)
                        .or_default()
                        .insert(branch.unwrap_or(*branches));
                }
                TraceEvent::Iteration { .. } => {
                    iterated.insert(key);
                }
                TraceEvent::MacroCall { name } => {
                    called.insert(name.clone());
                }
                _ => {}
            }
        }
    }
    // Dead byte ranges.
    let mut dead: Vec<(usize, usize)> = Vec::new();
    if traces.is_empty() {
        dead.push((0, source.len()));
    }
    let mut missed = Vec::new();
    let mut branches_total = 0;
    let mut branches_covered = 0;
    for i in &shape.ifs {
        let arms_taken = taken.get(&(i.span.start, i.span.end));
        for (k, range) in i.arms.iter().enumerate() {
            branches_total += 1;
            if arms_taken.is_some_and(|s| s.contains(&k)) {
                branches_covered += 1;
                continue;
            }
            dead.push(*range);
            let n = i.arms.len() - 1;
            let arm = if k == 0 {
                "#if"
            } else if k < n {
                "#elseif"
            } else if i.has_else {
                "#else"
            } else {
                "implicit #else"
            };
            let at = i.arm_at.get(k).copied().unwrap_or(i.span.start as usize);
            let (line, column) = line_col(source, at);
            let (if_line, _) = line_col(source, i.span.start as usize);
            let message = match arm {
                "#if" => String::from("#if branch never taken (its condition was never true)"),
                "#elseif" => format!("#elseif (condition {} of the #if on line {if_line}) never taken", k + 1),
                "#else" => format!("#else of the #if on line {if_line} never taken"),
                _ => format!("the #if on line {if_line} always took a branch: no case made every condition false"),
            };
            missed.push(MissedBranch {
                line,
                column,
                arm: arm.to_string(),
                message,
            });
        }
    }
    for (span, body) in &shape.loops {
        if !iterated.contains(&(span.start, span.end)) {
            dead.push(*body);
        }
    }
    for (name, range) in &shape.macros {
        if !called.contains(name) {
            dead.push(*range);
        }
    }
    // Per line: counted if it has non-blank text; covered if some of it is outside dead ranges.
    let mut lines_total = 0;
    let mut lines_covered = 0;
    let mut uncovered_lines = Vec::new();
    let mut offset = 0;
    for (n, line) in source.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += line.len();
        let live = line.char_indices().any(|(i, c)| {
            let at = start + i;
            !c.is_whitespace() && !dead.iter().any(|(a, b)| at >= *a && at < *b)
        });
        if line.trim().is_empty() {
            continue;
        }
        lines_total += 1;
        if live {
            lines_covered += 1;
        } else {
            uncovered_lines.push(n + 1);
        }
    }
    missed.sort_by_key(|m| (m.line, m.column));
    TemplateCoverage {
        template: name.to_string(),
        renders: traces.len(),
        lines_total,
        lines_covered,
        branches_total,
        branches_covered,
        uncovered_lines,
        missed_branches: missed,
    }
}

/// Coverage of every template the run loaded, from the traces of completed renders.
pub fn compute(report: &RunReport) -> Coverage {
    let mut by_template: BTreeMap<PathBuf, Vec<&[crate::vtl::trace::TraceEntry]>> = BTreeMap::new();
    for p in report.templates.keys() {
        by_template.insert(p.clone(), Vec::new());
    }
    // Integration cases render their templates inside the pipeline, which records no trace:
    // only template cases count.
    for o in &report.outcomes {
        if let (Some(t), Subject::Template(p)) = (&o.trace, &o.subject) {
            by_template.entry(p.clone()).or_default().push(t);
        }
    }
    let mut templates = Vec::new();
    for (path, traces) in &by_template {
        if let Some(t) = report.templates.get(path) {
            templates.push(template_coverage(&path.display().to_string(), t, traces));
        }
    }
    Coverage {
        lines_total: templates.iter().map(|t| t.lines_total).sum(),
        lines_covered: templates.iter().map(|t| t.lines_covered).sum(),
        branches_total: templates.iter().map(|t| t.branches_total).sum(),
        branches_covered: templates.iter().map(|t| t.branches_covered).sum(),
        templates,
    }
}

/// Ranges of consecutive numbers: `[3, 4, 5, 9]` → `3-5, 9`.
pub fn ranges(lines: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j + 1 < lines.len() && lines[j + 1] == lines[j] + 1 {
            j += 1;
        }
        out.push(if i == j {
            lines[i].to_string()
        } else {
            format!("{}-{}", lines[i], lines[j])
        });
        i = j + 1;
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gateway::{render_template, RenderOptions, Request};
    use crate::vtl::Template;

    fn cov(src: &str, queries: &[&str]) -> TemplateCoverage {
        let template = Template::parse(src).unwrap();
        let mut traces = Vec::new();
        for q in queries {
            let mut r = Request::default();
            r.query.insert("x".into(), vec![q.to_string()]);
            let out = render_template(
                &template,
                &r,
                RenderOptions {
                    trace: true,
                    ..Default::default()
                },
            )
            .unwrap();
            traces.push(out.trace);
        }
        let t = LoadedTemplate {
            source: src.to_string(),
            template,
        };
        let refs: Vec<&[_]> = traces.iter().map(|t| t.as_slice()).collect();
        template_coverage("t.vtl", &t, &refs)
    }

    const SRC: &str = "start\n#if($input.params('x') == 'a')\nA\n#elseif($input.params('x') == 'b')\nB\n#else\nC\n#end\nend\n";

    #[test]
    fn branches_and_lines() {
        let c = cov(SRC, &["a"]);
        assert_eq!((c.branches_covered, c.branches_total), (1, 3));
        assert_eq!(c.uncovered_lines, [5, 6, 7]);
        let c = cov(SRC, &["a", "b", "z"]);
        assert_eq!((c.branches_covered, c.branches_total), (3, 3));
        assert!(c.uncovered_lines.is_empty());
    }

    #[test]
    fn implicit_else_and_loops() {
        let c = cov(
            "#if($input.params('x') == 'a')A#end\n#foreach($i in [])\nbody\n#end\n",
            &["a"],
        );
        assert_eq!(c.missed_branches.len(), 1);
        assert_eq!(c.missed_branches[0].arm, "implicit #else");
        assert_eq!(c.uncovered_lines, [3]);
        let c = cov("a\nb\n", &[]);
        assert_eq!(c.uncovered_lines, [1, 2]);
        assert_eq!(ranges(&[1, 2, 3, 5]), "1-3, 5");
    }
}
