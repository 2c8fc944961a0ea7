//! A parsed template, ready to render any number of times.

use std::collections::HashMap;
use std::sync::Arc;

use crate::vtl::ast::{Block, MacroDef, Name};
use crate::vtl::error::{RenderError, SyntaxError};
use crate::vtl::eval::{render, Context};
use crate::vtl::parser;
use crate::vtl::settings::Settings;
use crate::vtl::trace::{OutputMap, TraceEntry};

/// A parsed template. It is `Send + Sync`: one parse can serve renders on many threads.
#[derive(Debug, Clone)]
pub struct Template {
    source: Arc<str>,
    body: Block,
    macros: HashMap<Name, Arc<MacroDef>>,
    /// See [`Template::may_read`].
    roots: Option<Box<[Box<str>]>>,
}

impl Template {
    pub fn parse(source: &str) -> Result<Template, SyntaxError> {
        let parsed = parser::parse(source)?;
        let mut macros = HashMap::new();
        for m in parsed.macros {
            // A later definition of the same name replaces an earlier one.
            macros.insert(m.name.clone(), m);
        }
        Ok(Template {
            source: Arc::from(source),
            body: parsed.body,
            macros,
            roots: parsed.roots.map(Vec::into_boxed_slice),
        })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn body(&self) -> &Block {
        &self.body
    }

    pub fn macros(&self) -> impl Iterator<Item = &Arc<MacroDef>> {
        self.macros.values()
    }

    /// False when no reference in the template can read the variable `name`, so an embedder
    /// need not build it. True for every name once the template has an `#evaluate`.
    pub fn may_read(&self, name: &str) -> bool {
        self.roots
            .as_ref()
            .is_none_or(|roots| roots.iter().any(|r| &**r == name))
    }

    /// True when the template has an `#evaluate`: what it reads is known only as it renders.
    pub fn is_dynamic(&self) -> bool {
        self.roots.is_none()
    }

    pub(crate) fn macro_named(&self, name: &str) -> Option<&Arc<MacroDef>> {
        self.macros.get(name)
    }

    /// Renders against `context`, which the template may change (`#set`).
    pub fn render(
        &self,
        context: &mut Context,
        settings: &Settings,
    ) -> Result<String, RenderError> {
        render(self, context, settings, None).map(|(out, _)| out)
    }

    /// Renders and records what ran, in order.
    pub fn render_traced(
        &self,
        context: &mut Context,
        settings: &Settings,
        trace: &mut Vec<TraceEntry>,
    ) -> Result<String, RenderError> {
        render(self, context, settings, Some(trace)).map(|(out, _)| out)
    }

    /// Renders, records what ran, and maps each stretch of output to the template text that
    /// produced it (for pointing at the template line behind an invalid output).
    pub fn render_mapped(
        &self,
        context: &mut Context,
        settings: &Settings,
        trace: &mut Vec<TraceEntry>,
    ) -> Result<(String, OutputMap), RenderError> {
        render(self, context, settings, Some(trace))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_read_sees_every_reference_root() {
        let t = Template::parse(
            "#set($a = \"x$inString\")#foreach($i in $list)#if($cond)$b.c($arg)#end#end\
             #macro(m $p)$inMacro#end#define($d)$inDefine#end",
        )
        .expect("parses");
        for name in [
            "a", "inString", "i", "list", "cond", "b", "arg", "p", "inMacro",
        ] {
            assert!(t.may_read(name), "{name}");
        }
        assert!(t.may_read("inDefine"));
        assert!(!t.may_read("c"), "a property is not a variable");
        assert!(!t.may_read("context"));
        assert!(!t.is_dynamic());
    }

    #[test]
    fn evaluate_makes_every_name_readable() {
        let t = Template::parse("#evaluate('$context.stage')").expect("parses");
        assert!(t.is_dynamic());
        assert!(t.may_read("context"));
        assert!(t.may_read("anything"));
    }
}
