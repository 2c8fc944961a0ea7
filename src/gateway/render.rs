//! Rendering one mapping template against a request, as API Gateway would.

use std::rc::Rc;

use serde_json::Value as Json;

use super::context::{build_context, ContextSeed};
use super::input::Input;
use super::request::Request;
use super::settings::api_gateway_settings;
use super::util_object::Util;
use crate::vtl::trace::{OutputMap, TraceEntry};
use crate::vtl::value::{to_java_string, MapKind, Value};
use crate::vtl::{Context, RenderError, Template};

/// Which side of the integration the template maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    /// Integration request: `$input` is the client's request body.
    #[default]
    Request,
    /// Integration response: `$input` is the backend's response body; the request file's
    /// `body` holds it.
    Response,
}

/// What a render produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub output: String,
    /// `$context.requestOverride` after the render (`path`, `header`, `querystring`).
    pub request_override: Json,
    /// `$context.responseOverride` after the render (`status`, `header`).
    pub response_override: Json,
    pub trace: Vec<TraceEntry>,
    /// Output provenance (only for traced renders).
    pub output_map: OutputMap,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    pub direction: Direction,
    pub trace: bool,
}

/// The engine context API Gateway gives a template: `$input`, `$util`, `$context`,
/// `$stageVariables`.
pub fn gateway_context(request: &Request, body: &str) -> Context {
    let mut ctx = Context::new();
    ctx.insert("input", Value::Host(Rc::new(Input::new(request, body))));
    ctx.insert("util", Value::Host(Rc::new(Util)));
    let seed = ContextSeed::new(request);
    ctx.insert_lazy("context", Rc::new(move || seed.build()));
    ctx.insert(
        "stageVariables",
        Value::new_map(
            MapKind::Linked,
            request
                .stage_variables
                .iter()
                .map(|(k, v)| (k.as_str().into(), Value::str(v)))
                .collect(),
        ),
    );
    ctx
}

pub fn render_template(
    template: &Template,
    request: &Request,
    options: RenderOptions,
) -> Result<Rendered, RenderError> {
    let ctx = gateway_context(request, &request.body);
    render_in(template, ctx, request, options)
}

/// Renders one step of a method pipeline: `$input` reads `body` (the method request body for
/// the integration request, the backend's body for the integration response) while the
/// parameters come from the method request, and `context` is the `$context` value shared by
/// both templates of one invocation. It is a shared map, so overrides one template writes are
/// seen by the next (recorded on AWS: test_integration_mock_with_response_override_in_request_template).
pub fn render_phase(
    template: &Template,
    request: &Request,
    body: &str,
    context: &Value,
    options: RenderOptions,
) -> Result<Rendered, RenderError> {
    let mut ctx = gateway_context(request, body);
    ctx.insert("context", context.clone());
    render_in(template, ctx, request, options)
}

fn render_in(
    template: &Template,
    mut ctx: Context,
    request: &Request,
    options: RenderOptions,
) -> Result<Rendered, RenderError> {
    let settings = api_gateway_settings();
    let mut trace = Vec::new();
    let (output, output_map) = if options.trace {
        template.render_mapped(&mut ctx, &settings, &mut trace)?
    } else {
        (template.render(&mut ctx, &settings)?, OutputMap::default())
    };
    let (request_override, response_override) = overrides(&ctx, request);
    Ok(Rendered {
        output,
        request_override,
        response_override,
        trace,
        output_map,
    })
}

/// Reads the override maps the template wrote into `$context`.
fn overrides(ctx: &Context, request: &Request) -> (Json, Json) {
    if ctx.is_pending("context") {
        // The template never read `$context`, so it wrote no override: the overrides are the
        // ones `$context` starts with.
        thread_local! {
            static DEFAULT: (Json, Json) = context_overrides(&build_context(&Request::default()));
        }
        if request.context.is_none() {
            return DEFAULT.with(Clone::clone);
        }
        return context_overrides(&build_context(request));
    }
    match ctx.get("context") {
        Some(c) => context_overrides(c),
        None => (Json::Null, Json::Null),
    }
}

/// `requestOverride` and `responseOverride` of a `$context` value, as JSON.
pub fn context_overrides(context: &Value) -> (Json, Json) {
    let Value::Map(c) = context else {
        return (Json::Null, Json::Null);
    };
    let c = c.borrow();
    let get = |k: &str| c.entries.get(k).map(to_json).unwrap_or(Json::Null);
    (get("requestOverride"), get("responseOverride"))
}

/// A plain JSON view of a value (for reporting overrides).
pub fn to_json(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i) => Json::from(*i),
        Value::Long(l) => Json::from(*l),
        Value::Double(d) => serde_json::Number::from_f64(*d).map_or(Json::Null, Json::Number),
        Value::List(l) => Json::Array(l.borrow().items.iter().map(to_json).collect()),
        Value::Map(m) => Json::Object(
            m.borrow()
                .entries
                .iter()
                .map(|(k, v)| (k.to_string(), to_json(v)))
                .collect(),
        ),
        other => to_java_string(other).map_or(Json::Null, Json::String),
    }
}
