//! The evaluator: walks the syntax tree against a [`Context`] and writes the output.

mod context;
mod directives;
mod expr;
mod fuel;
mod reference;

use std::collections::HashMap;
use std::sync::Arc;

use crate::vtl::ast::{Block, Expr, MacroDef, Name, Node};
use crate::vtl::error::{RenderError, RenderErrorKind};
use crate::vtl::settings::{NullReference, Settings};
use crate::vtl::span::Span;
use crate::vtl::template::Template;
use crate::vtl::trace::{OutputMap, TraceEntry, TraceEvent};
use crate::vtl::value::{to_java_string, Str, Value};

pub use context::{Context, LazyValue};
use fuel::Fuel;

/// How a block ended.
#[derive(Clone)]
enum Flow {
    Normal,
    /// `#break`: leave the innermost loop, or the loop of the given scope.
    Break(Option<std::rc::Rc<crate::vtl::value::ForeachScope>>),
    Stop,
}

/// A macro argument, bound by name: Velocity 1.7 re-evaluates it at every use.
#[derive(Clone)]
enum Binding {
    Expr(Expr),
    Value(Value),
}

struct Frame {
    bindings: Vec<(Name, Binding)>,
    /// `visible_frames` of the caller: the frames this macro's body can see below its own.
    parent: usize,
}

pub(crate) struct Renderer<'a> {
    template: &'a Template,
    settings: &'a Settings,
    vars: &'a mut Context,
    frames: Vec<Frame>,
    /// How many frames the code being evaluated can see (macro arguments are evaluated in
    /// their caller's view).
    visible_frames: usize,
    /// Macros defined by `#evaluate`d text.
    extra_macros: HashMap<Str, Arc<MacroDef>>,
    out: String,
    fuel: Fuel,
    render_depth: usize,
    /// Bytes `out` may hold: the output limit, or the string limit while rendering a value.
    output_limit: usize,
    /// How many string values are being rendered around the current point.
    value_depth: usize,
    trace: Option<&'a mut Vec<TraceEntry>>,
    /// Output provenance, recorded when tracing.
    map: Option<OutputMap>,
}

pub(crate) fn render(
    template: &Template,
    context: &mut Context,
    settings: &Settings,
    trace: Option<&mut Vec<TraceEntry>>,
) -> Result<(String, OutputMap), RenderError> {
    let mut r = Renderer {
        template,
        settings,
        vars: context,
        frames: Vec::new(),
        visible_frames: 0,
        extra_macros: HashMap::new(),
        out: String::with_capacity(template.source().len()),
        fuel: Fuel::new(&settings.limits),
        render_depth: 0,
        output_limit: settings.limits.max_output_bytes,
        value_depth: 0,
        map: trace.is_some().then(OutputMap::default),
        trace,
    };
    let body = template.body().clone();
    r.block(&body)?;
    Ok((r.out, r.map.unwrap_or_default()))
}

impl<'a> Renderer<'a> {
    fn null_is_empty(&self) -> bool {
        self.settings.null_reference == NullReference::EmptyString
    }

    fn record(&mut self, span: Span, event: TraceEvent) {
        if let Some(t) = self.trace.as_deref_mut() {
            t.push(TraceEntry { span, event });
        }
    }

    fn tracing(&self) -> bool {
        self.trace.is_some()
    }

    fn emit(&mut self, s: &str, span: Span) -> Result<(), RenderError> {
        if let Some(m) = &mut self.map {
            if !s.is_empty() {
                m.push(self.out.len(), span);
            }
        }
        self.out.push_str(s);
        if self.out.len() > self.output_limit {
            let nested = self.value_depth > 0;
            return Err(RenderError::new(
                RenderErrorKind::LimitExceeded {
                    limit: if nested {
                        "max_string_bytes"
                    } else {
                        "max_output_bytes"
                    },
                    value: self.output_limit,
                },
                span,
            ));
        }
        Ok(())
    }

    fn block(&mut self, block: &Block) -> Result<Flow, RenderError> {
        for node in block.iter() {
            let flow = self.node(node)?;
            if !matches!(flow, Flow::Normal) {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    fn node(&mut self, node: &Node) -> Result<Flow, RenderError> {
        match node {
            Node::Text(t) => {
                self.emit(&t.text, t.span)?;
            }
            Node::Reference(r) => {
                self.fuel.step(r.span)?;
                let v = self.reference(r)?;
                self.print_value(&v, r, r.span)?;
            }
            Node::EscapedReference { text, span } => self.emit(text, *span)?,
            Node::Set(s) => {
                self.fuel.step(s.span)?;
                self.set(s)?;
            }
            Node::If(i) => {
                self.fuel.step(i.span)?;
                return self.if_directive(i);
            }
            Node::Foreach(f) => {
                self.fuel.step(f.span)?;
                return self.foreach(f);
            }
            Node::Break { scope, span } => {
                let Some(scope) = scope else {
                    return Ok(Flow::Break(None));
                };
                return match self.expr(scope)? {
                    Value::Foreach(s) => Ok(Flow::Break(Some(s))),
                    other => Err(RenderError::new(
                        RenderErrorKind::Invalid(format!(
                            "{} is not a valid scope for #break",
                            to_java_string(&other).unwrap_or_default()
                        )),
                        *span,
                    )),
                };
            }
            Node::Stop(_) => return Ok(Flow::Stop),
            Node::Define { name, body, .. } => {
                self.assign(name, Value::Define(body.clone()));
            }
            Node::MacroCall(call) => {
                self.fuel.step(call.span)?;
                return self.macro_call(call);
            }
            Node::Evaluate { argument, span } => {
                self.fuel.step(*span)?;
                return self.evaluate(argument, *span);
            }
            Node::Include { directive, span } => {
                return Err(RenderError::new(
                    RenderErrorKind::Unsupported { directive },
                    *span,
                ))
            }
        }
        Ok(Flow::Normal)
    }

    /// Prints the value of a reference in text.
    fn print_value(
        &mut self,
        v: &Value,
        r: &crate::vtl::ast::Reference,
        span: Span,
    ) -> Result<(), RenderError> {
        match v {
            Value::Null => {
                if !r.quiet {
                    self.emit(&r.text, span)?;
                }
            }
            Value::Str(s) => self.emit(s, span)?,
            Value::Define(body) => {
                let body = body.clone();
                self.nested(span, |me| me.block(&body).map(|_| ()))?;
            }
            other => {
                if let Some(s) = to_java_string(other) {
                    self.emit(&s, span)?;
                }
            }
        }
        if self.tracing() {
            self.record(span, TraceEvent::Output { text_len: 0 });
        }
        Ok(())
    }

    /// Runs `f` one render level deeper (`#define`, `#evaluate`, interpolated strings).
    fn nested<T>(
        &mut self,
        span: Span,
        f: impl FnOnce(&mut Self) -> Result<T, RenderError>,
    ) -> Result<T, RenderError> {
        self.render_depth += 1;
        if self.render_depth > self.settings.limits.max_render_depth {
            self.render_depth -= 1;
            return Err(RenderError::new(
                RenderErrorKind::LimitExceeded {
                    limit: "max_render_depth",
                    value: self.settings.limits.max_render_depth,
                },
                span,
            ));
        }
        let r = f(self);
        self.render_depth -= 1;
        r
    }

    /// Renders a block into a string of its own (interpolated strings, `#define` values used
    /// as objects).
    fn render_to_string(&mut self, block: &Block, span: Span) -> Result<String, RenderError> {
        let saved = std::mem::take(&mut self.out);
        let saved_limit = self.output_limit;
        self.output_limit = self.settings.limits.max_string_bytes;
        self.value_depth += 1;
        // What renders into a value (a string literal) is not output: keep it off the map.
        let saved_map = self.map.take();
        let r = self.nested(span, |me| me.block(block));
        self.map = saved_map;
        self.output_limit = saved_limit;
        self.value_depth -= 1;
        let produced = std::mem::replace(&mut self.out, saved);
        r?;
        Ok(produced)
    }

    /// Looks a variable up: macro arguments first (innermost visible frame), then the context.
    fn lookup(&mut self, name: &str) -> Result<Value, RenderError> {
        let mut k = self.visible_frames;
        while k > 0 {
            let i = k - 1;
            let frame = &self.frames[i];
            let found = frame
                .bindings
                .iter()
                .find(|(n, _)| &**n == name)
                .map(|(_, b)| b.clone());
            if let Some(binding) = found {
                return match binding {
                    Binding::Value(v) => Ok(v),
                    Binding::Expr(e) => {
                        let saved = self.visible_frames;
                        self.visible_frames = frame.parent;
                        let r = self.expr(&e);
                        self.visible_frames = saved;
                        r
                    }
                };
            }
            k = frame.parent;
        }
        Ok(self.vars.read(name).cloned().unwrap_or(Value::Null))
    }

    /// `#set($name = value)` on a plain name: a macro argument of a visible frame is rebound
    /// there; anything else goes to the (global) context.
    fn assign(&mut self, name: &str, value: Value) {
        let mut k = self.visible_frames;
        while k > 0 {
            let frame = &mut self.frames[k - 1];
            if let Some(slot) = frame.bindings.iter_mut().find(|(n, _)| n == name) {
                slot.1 = Binding::Value(value);
                return;
            }
            k = frame.parent;
        }
        self.vars.set(name, value);
    }

    fn macro_named(&self, name: &str) -> Option<Arc<MacroDef>> {
        self.template
            .macro_named(name)
            .or_else(|| self.extra_macros.get(name))
            .cloned()
    }
}
