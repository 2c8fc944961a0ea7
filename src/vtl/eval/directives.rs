//! `#set`, `#if`, `#foreach`, macro calls and `#evaluate`.

use std::rc::Rc;
use std::sync::Arc;

use super::{Binding, Flow, Frame, Renderer};
use crate::vtl::ast::{
    Expr, ForeachDirective, IfDirective, MacroCall, Name, RefPart, SetDirective,
};
use crate::vtl::error::{RenderError, RenderErrorKind};
use crate::vtl::methods::{self, MemberError};
use crate::vtl::parser;
use crate::vtl::settings::LoopOverflow;
use crate::vtl::span::Span;
use crate::vtl::trace::TraceEvent;
use crate::vtl::value::{to_java_string, ForeachScope, ListRef, Str, Value};

/// The variables `#foreach` sets, allocated once rather than at every iteration.
struct LoopNames {
    foreach: Str,
    count: Str,
    has_next: Str,
}

static LOOP_NAMES: std::sync::LazyLock<LoopNames> = std::sync::LazyLock::new(|| LoopNames {
    foreach: Arc::from("foreach"),
    count: Arc::from("velocityCount"),
    has_next: Arc::from("velocityHasNext"),
});

impl Renderer<'_> {
    pub(super) fn set(&mut self, s: &SetDirective) -> Result<(), RenderError> {
        let value = self.expr(&s.value)?;
        // `directive.set.null.allowed=false`: a null right-hand side leaves the target alone.
        if value.is_null() {
            if self.tracing() {
                self.record(
                    s.span,
                    TraceEvent::Set {
                        target: s.target.text.to_string(),
                        value: None,
                    },
                );
            }
            return Ok(());
        }
        if self.tracing() {
            let shown = match &value {
                Value::Define(_) => String::from("<#define block>"),
                v => to_java_string(v).unwrap_or_default(),
            };
            self.record(
                s.span,
                TraceEvent::Set {
                    target: s.target.text.to_string(),
                    value: Some(shown),
                },
            );
        }
        let target = &s.target;
        // `#set($!a = 1)` parses but assigns nothing (Velocity 1.7 via the oracle).
        if target.quiet {
            return Ok(());
        }
        let Some(last) = target.parts.last() else {
            self.assign(&target.root, value);
            return Ok(());
        };
        let base = self.reference_prefix(target, target.parts.len() - 1)?;
        let base = self.materialize(base, target.span)?;
        if base.is_null() {
            return Ok(());
        }
        let key = match last {
            RefPart::Property { name, .. } => Value::str(name),
            RefPart::Index { index, .. } => self.expr(index)?,
            // `#set($a.b() = 1)`: nothing to assign to.
            RefPart::Method { .. } => return Ok(()),
        };
        let by_index = matches!(last, RefPart::Index { .. });
        match methods::assign(&base, &key, value, by_index) {
            Ok(()) | Err(MemberError::NotFound) => Ok(()),
            Err(MemberError::Threw(e)) => Err(RenderError::new(
                RenderErrorKind::MethodThrew {
                    class: e.class.to_string(),
                    message: e.message,
                },
                last.span(),
            )),
            Err(MemberError::Limit(limit, value)) => Err(RenderError::new(
                RenderErrorKind::LimitExceeded { limit, value },
                last.span(),
            )),
        }
    }

    pub(super) fn if_directive(&mut self, i: &IfDirective) -> Result<Flow, RenderError> {
        for (n, (cond, body)) in i.branches.iter().enumerate() {
            if self.truth(cond)? {
                self.record_if(i, Some(n));
                return self.block(body);
            }
        }
        match &i.otherwise {
            Some(body) => {
                self.record_if(i, Some(i.branches.len()));
                self.block(body)
            }
            None => {
                self.record_if(i, None);
                Ok(Flow::Normal)
            }
        }
    }

    fn record_if(&mut self, i: &IfDirective, branch: Option<usize>) {
        if self.tracing() {
            self.record(
                i.span,
                TraceEvent::If {
                    branch,
                    branches: i.branches.len(),
                },
            );
        }
    }

    /// What `#foreach` iterates: lists and arrays, a map's values, a host's elements.
    /// Anything else is not a collection: Velocity logs it and runs no iteration.
    fn iteration_items(&mut self, v: Value) -> Vec<Value> {
        match v {
            Value::List(l) => l.borrow().items.clone(),
            Value::Map(m) => m.borrow().entries.values().cloned().collect(),
            Value::Host(h) => h.iterate().unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    pub(super) fn foreach(&mut self, f: &ForeachDirective) -> Result<Flow, RenderError> {
        let collection = self.expr(&f.iterable)?;
        // A Java list is iterated live, as its Iterator does: a change of size makes the next
        // step throw ConcurrentModificationException, and `hasNext()` is `cursor != size()`.
        let live = match &collection {
            Value::List(l) => Some(l.clone()),
            _ => None,
        };
        let snapshot = if live.is_some() {
            Vec::new()
        } else {
            self.iteration_items(collection)
        };
        let len_now = |live: &Option<ListRef>| match live {
            Some(l) => l.borrow().items.len(),
            None => snapshot.len(),
        };
        let expected_len = len_now(&live);
        let limit = self.settings.limits.max_foreach_iterations;
        let saved = [
            self.vars.read(&f.variable).cloned(),
            self.vars.read("foreach").cloned(),
            self.vars.read("velocityCount").cloned(),
            self.vars.read("velocityHasNext").cloned(),
        ];
        let parent = match &saved[1] {
            Some(Value::Foreach(p)) => Some(p.clone()),
            _ => None,
        };
        let scope = Rc::new(ForeachScope {
            index: Default::default(),
            has_next: Default::default(),
            parent,
        });
        self.vars
            .set_shared(&LOOP_NAMES.foreach, Value::Foreach(scope.clone()));
        let result = self.iterate(f, &scope, &live, &snapshot, expected_len, limit, len_now);
        self.restore_loop(f, saved);
        result
    }

    #[allow(clippy::too_many_arguments)]
    fn iterate(
        &mut self,
        f: &ForeachDirective,
        scope: &Rc<ForeachScope>,
        live: &Option<ListRef>,
        snapshot: &[Value],
        expected_len: usize,
        limit: Option<usize>,
        len_now: impl Fn(&Option<ListRef>) -> usize,
    ) -> Result<Flow, RenderError> {
        let mut index = 0;
        let mut stopped_by_limit = false;
        let mut flow = Flow::Normal;
        while index < len_now(live) {
            if limit.is_some_and(|max| index >= max) {
                if self.settings.limits.foreach_overflow == LoopOverflow::Error {
                    return Err(RenderError::new(
                        RenderErrorKind::LimitExceeded {
                            limit: "max_foreach_iterations",
                            value: limit.unwrap_or_default(),
                        },
                        f.span,
                    ));
                }
                stopped_by_limit = true;
                break;
            }
            if len_now(live) != expected_len {
                return Err(RenderError::new(
                    RenderErrorKind::MethodThrew {
                        class: String::from("java.util.ConcurrentModificationException"),
                        message: String::new(),
                    },
                    f.iterable.span,
                ));
            }
            self.fuel.step(f.span)?;
            let item = match live {
                Some(l) => l.borrow().items[index].clone(),
                None => snapshot[index].clone(),
            };
            let has_next = index + 1 < len_now(live);
            scope.index.set(index);
            scope.has_next.set(has_next);
            // A null element: Velocity's "null holder" makes the variable look undefined.
            if item.is_null() {
                self.vars.remove(&f.variable);
            } else {
                self.vars.set(&f.variable, item);
            }
            self.vars
                .set_shared(&LOOP_NAMES.count, Value::Int(index as i32 + 1));
            self.vars
                .set_shared(&LOOP_NAMES.has_next, Value::Bool(has_next));
            if self.tracing() {
                self.record(f.span, TraceEvent::Iteration { index });
            }
            index += 1;
            match self.block(&f.body)? {
                Flow::Normal => {}
                Flow::Break(None) => break,
                Flow::Break(Some(target)) if Rc::ptr_eq(&target, scope) => break,
                other => {
                    flow = other;
                    break;
                }
            }
        }
        if self.tracing() {
            self.record(
                f.span,
                TraceEvent::LoopDone {
                    iterations: index,
                    stopped_by_limit,
                },
            );
        }
        Ok(flow)
    }

    fn restore_loop(&mut self, f: &ForeachDirective, saved: [Option<Value>; 4]) {
        let [var, scope, count, has_next] = saved;
        for (name, v) in [
            (&*f.variable, var),
            (&*LOOP_NAMES.foreach, scope),
            (&*LOOP_NAMES.count, count),
            (&*LOOP_NAMES.has_next, has_next),
        ] {
            match v {
                Some(v) => self.vars.set(name, v),
                None => {
                    self.vars.remove(name);
                }
            }
        }
    }

    pub(super) fn macro_call(&mut self, call: &MacroCall) -> Result<Flow, RenderError> {
        let Some(def) = self.macro_named(&call.name) else {
            // Not a macro: Velocity prints the call as text.
            self.emit(&call.text, call.span)?;
            return Ok(Flow::Normal);
        };
        let max = self.settings.limits.max_macro_depth;
        if self.frames.len() >= max {
            return Err(RenderError::new(
                RenderErrorKind::LimitExceeded {
                    limit: "max_macro_depth",
                    value: max,
                },
                call.span,
            ));
        }
        if self.tracing() {
            self.record(
                call.span,
                TraceEvent::MacroCall {
                    name: call.name.to_string(),
                },
            );
        }
        // Arguments are bound by name; a missing one is undefined inside the body.
        let mut bindings: Vec<_> = def
            .params
            .iter()
            .zip(call.args.iter())
            .map(|(p, a)| (p.clone(), bind(a)))
            .collect();
        if let Some(body) = &call.body {
            bindings.push((
                Name::const_new("bodyContent"),
                Binding::Value(Value::Define(body.clone())),
            ));
        }
        let saved_visible = self.visible_frames;
        self.frames.push(Frame {
            bindings,
            parent: saved_visible,
        });
        self.visible_frames = self.frames.len();
        let r = self.block(&def.body);
        self.frames.pop();
        self.visible_frames = saved_visible;
        match r? {
            // A plain `#break` inside a macro leaves the macro.
            Flow::Break(None) | Flow::Normal => Ok(Flow::Normal),
            other => Ok(other),
        }
    }

    pub(super) fn evaluate(&mut self, argument: &Expr, span: Span) -> Result<Flow, RenderError> {
        let v = self.expr(argument)?;
        let v = self.materialize(v, span)?;
        let Some(text) = to_java_string(&v) else {
            return Ok(Flow::Normal);
        };
        let parsed = parser::parse(&text)
            .map_err(|e| RenderError::new(RenderErrorKind::Evaluate(e), span))?;
        for m in parsed.macros {
            self.extra_macros.insert(Arc::from(&*m.name), m);
        }
        let body = parsed.body;
        self.nested(span, |me| me.block(&body))
    }
}

fn bind(arg: &Expr) -> Binding {
    use crate::vtl::ast::ExprKind;
    match &arg.kind {
        ExprKind::Str(s) => Binding::Value(Value::Str(s.clone())),
        ExprKind::Int(i) => Binding::Value(Value::Int(*i)),
        ExprKind::Bool(b) => Binding::Value(Value::Bool(*b)),
        _ => Binding::Expr(arg.clone()),
    }
}
