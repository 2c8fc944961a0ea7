//! Rendering one mapping template against a request, as API Gateway would.

use std::rc::Rc;
use std::sync::Arc;

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
    pub request_override: Arc<Json>,
    /// `$context.responseOverride` after the render (`status`, `header`).
    pub response_override: Arc<Json>,
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
/// `$stageVariables`. A variable the template cannot read is left out: building `$context`
/// is a good part of a small template's render. A template with an `#evaluate` (which can
/// name anything) gets `$context` built on its first read.
pub fn gateway_context(template: &Template, request: &Request, body: &str) -> Context {
    let mut ctx = Context::new();
    if template.may_read("input") {
        ctx.insert("input", Value::Host(Rc::new(Input::new(request, body))));
    }
    if template.may_read("util") {
        ctx.insert("util", Value::Host(Rc::new(Util)));
    }
    if template.is_dynamic() {
        let seed = ContextSeed::new(request);
        ctx.insert_lazy("context", Rc::new(move || seed.build()));
    } else if template.may_read("context") {
        ctx.insert("context", build_context(request));
    }
    if template.may_read("stageVariables") {
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
    }
    ctx
}

pub fn render_template(
    template: &Template,
    request: &Request,
    options: RenderOptions,
) -> Result<Rendered, RenderError> {
    let ctx = gateway_context(template, request, &request.body);
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
    let mut ctx = gateway_context(template, request, body);
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
fn overrides(ctx: &Context, request: &Request) -> (Arc<Json>, Arc<Json>) {
    thread_local! {
        // What `$context` starts with when the request file sets no `context`: most templates
        // leave it so, and sharing one copy spares converting it to JSON at every render.
        static DEFAULT: (Arc<Json>, Arc<Json>) = {
            let (req, resp) = context_overrides(&build_context(&Request::default()));
            (Arc::new(req), Arc::new(resp))
        };
    }
    let default = || DEFAULT.with(Clone::clone);
    let built;
    let context = match ctx.get("context") {
        Some(c) => c,
        // The template never read `$context`, so it wrote no override.
        None if request.context.is_none() => return default(),
        None => {
            built = build_context(request);
            &built
        }
    };
    let (default_req, default_resp) = default();
    if let Value::Map(m) = context {
        let m = m.borrow();
        let untouched = |key: &str, default: &Json| {
            m.entries
                .get(key)
                .is_some_and(|v| same_empty_maps(v, default))
        };
        if untouched("requestOverride", &default_req)
            && untouched("responseOverride", &default_resp)
        {
            return (default_req, default_resp);
        }
    }
    let (req, resp) = context_overrides(context);
    (Arc::new(req), Arc::new(resp))
}

/// True when `v` is maps of empty maps with exactly `json`'s keys in its order: what
/// [`to_json`] would turn into `json`, found without building it.
fn same_empty_maps(v: &Value, json: &Json) -> bool {
    match (v, json) {
        (Value::Map(m), Json::Object(o)) => {
            let m = m.borrow();
            m.entries.len() == o.len()
                && m.entries
                    .iter()
                    .zip(o)
                    .all(|((k, v), (jk, jv))| &**k == jk.as_str() && same_empty_maps(v, jv))
        }
        _ => false,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn overrides_of(template: &str, request: &Request) -> (Json, Json) {
        let t = Template::parse(template).expect("parses");
        let r = render_template(&t, request, RenderOptions::default()).expect("renders");
        (
            (*r.request_override).clone(),
            (*r.response_override).clone(),
        )
    }

    #[test]
    fn variables_a_template_cannot_name_are_left_out_and_evaluate_still_reads_them() {
        let request = Request {
            stage_variables: [("env".to_string(), "prod".to_string())]
                .into_iter()
                .collect(),
            ..Request::default()
        };
        let plain = Template::parse("text").expect("parses");
        let ctx = gateway_context(&plain, &request, "");
        assert!(ctx.get("context").is_none() && !ctx.is_pending("context"));
        assert!(ctx.get("input").is_none() && ctx.get("stageVariables").is_none());
        let render = |src: &str| {
            let t = Template::parse(src).expect("parses");
            render_template(&t, &request, RenderOptions::default())
                .expect("renders")
                .output
        };
        assert_eq!(render("$context.stage/$stageVariables.env"), "dev/prod");
        assert_eq!(
            render("#evaluate('$context.stage/$stageVariables.env')"),
            "dev/prod"
        );
        assert_eq!(render("#set($s = \"$context.stage\")$s"), "dev");
    }

    #[test]
    fn overrides_are_the_defaults_unless_a_template_writes_one() {
        let request = Request::default();
        let (req, resp) = overrides_of("plain", &request);
        let keys: Vec<&String> = req.as_object().expect("a map").keys().collect();
        assert_eq!(keys.len(), 3);
        assert!(req
            .as_object()
            .unwrap()
            .values()
            .all(|v| v == &serde_json::json!({})));
        assert_eq!(resp, serde_json::json!({"header": {}}));
        // Reading `$context` without writing keeps the defaults.
        assert_eq!(
            overrides_of("$context.stage", &request),
            (req.clone(), resp.clone())
        );
        let (req2, resp2) = overrides_of(
            "#set($context.requestOverride.header.X = 'a')#set($context.responseOverride.status = 201)",
            &request,
        );
        assert_eq!(req2["header"], serde_json::json!({"X": "a"}));
        assert_eq!(req2["path"], serde_json::json!({}));
        assert_eq!(resp2["status"], serde_json::json!(201));
        // Emptied and refilled in another order is not the default.
        let (req3, _) = overrides_of(
            "#set($o = $context.requestOverride)#set($p = $o.remove('path'))#set($q = $o.put('path', {}))",
            &request,
        );
        let keys3: Vec<&String> = req3.as_object().unwrap().keys().collect();
        assert_eq!(keys3.last().map(|k| k.as_str()), Some("path"));
        assert_ne!(keys3, keys);
    }
}
