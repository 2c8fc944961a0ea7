//! A parsed template, ready to render any number of times.

use std::collections::HashMap;
use std::sync::Arc;

use crate::vtl::ast::{Block, MacroDef};
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
    macros: HashMap<Arc<str>, Arc<MacroDef>>,
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
