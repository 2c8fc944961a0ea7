//! What a rule sees: the template (parsed once), its content type and direction, and sample
//! renders against generated requests (computed on first use, shared by the output rules).

use std::cell::OnceCell;
use std::collections::HashSet;

use serde_json::{Map, Value as Json};

use super::config::{FileSettings, Integration};
use super::textscan;
use super::visit::{self, Visit};
use crate::gateway::{render_template, Direction, RenderOptions, Request};
use crate::vtl::ast::ExprKind;
use crate::vtl::{RenderError, SyntaxError, Template};

/// What the template is meant to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    Json,
    Xml,
    /// A content type that is neither JSON nor XML (`text/plain`, form data…).
    Other,
    /// Nothing says: rules that need JSON look at the rendered output.
    Unknown,
}

impl Content {
    /// From a media type: `application/json`, `application/x-amz-json-1.1`, `text/xml`…
    pub fn from_media_type(ct: &str) -> Content {
        let ct = ct
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if ct.is_empty() {
            Content::Unknown
        } else if ct.contains("json") {
            Content::Json
        } else if ct.ends_with("xml") || ct.contains("xml+") || ct.contains("+xml") {
            Content::Xml
        } else {
            Content::Other
        }
    }
}

/// A render of the template against a generated request.
#[derive(Debug)]
pub struct SampleRender {
    /// "an empty body", "a typical body".
    pub label: &'static str,
    pub result: Result<String, RenderError>,
}

pub struct LintContext<'a> {
    pub path: &'a str,
    pub source: &'a str,
    pub template: Option<Template>,
    pub syntax_error: Option<SyntaxError>,
    pub declared: Content,
    pub direction: Direction,
    pub integration: Option<Integration>,
    json_strings: OnceCell<HashSet<usize>>,
    renders: OnceCell<Vec<SampleRender>>,
}

impl<'a> LintContext<'a> {
    pub fn new(path: &'a str, source: &'a str, settings: &FileSettings) -> LintContext<'a> {
        let (template, syntax_error) = match Template::parse(source) {
            Ok(t) => (Some(t), None),
            Err(e) => (None, Some(e)),
        };
        LintContext {
            path,
            source,
            template,
            syntax_error,
            declared: settings
                .content_type
                .as_deref()
                .map_or(Content::Unknown, Content::from_media_type),
            direction: settings.direction,
            integration: settings.integration,
            json_strings: OnceCell::new(),
            renders: OnceCell::new(),
        }
    }

    /// The content the template produces. A response template's content type is its output's
    /// (the template key is the response's media type). A request template's key is the
    /// *client's* media type (an `application/xml` template may well produce JSON for Step
    /// Functions), so its output is sniffed: from the output for a typical request, `{`/`[`
    /// → JSON, `<` → XML, else `Unknown`.
    pub fn content(&self) -> Content {
        if self.declared != Content::Unknown && self.direction == Direction::Response {
            return self.declared;
        }
        let typical = self.renders().iter().find(|r| r.label == TYPICAL);
        match typical.and_then(|r| r.result.as_ref().ok()) {
            Some(out) => match out.trim_start().as_bytes().first() {
                Some(b'{') | Some(b'[') => Content::Json,
                Some(b'<') => Content::Xml,
                _ => Content::Unknown,
            },
            None => Content::Unknown,
        }
    }

    /// Whether JSON-specific rules apply.
    pub fn is_json(&self) -> bool {
        self.content() == Content::Json && self.sniffed() != Some(Content::Xml)
    }

    /// What the output for a typical request looks like, when it is clear.
    pub fn sniffed(&self) -> Option<Content> {
        let typical = self.renders().iter().find(|r| r.label == TYPICAL)?;
        match typical
            .result
            .as_ref()
            .ok()?
            .trim_start()
            .as_bytes()
            .first()
        {
            Some(b'{') | Some(b'[') => Some(Content::Json),
            Some(b'<') => Some(Content::Xml),
            _ => None,
        }
    }

    /// Whether the reference starting at byte `offset` is printed inside a JSON string.
    pub fn in_json_string(&self, offset: usize) -> bool {
        self.json_strings
            .get_or_init(|| textscan::references_in_json_strings(self.source))
            .contains(&offset)
    }

    /// Renders against an empty body and a typical one (built from the JSONPaths the template
    /// reads). Empty when the template does not parse.
    pub fn renders(&self) -> &[SampleRender] {
        self.renders.get_or_init(|| {
            let Some(t) = &self.template else {
                return Vec::new();
            };
            let options = RenderOptions {
                direction: self.direction,
                trace: false,
            };
            let mut out = Vec::new();
            for (label, request) in sample_requests(t) {
                let result = render_template(t, &request, options).map(|r| r.output);
                out.push(SampleRender { label, result });
            }
            out
        })
    }
}

pub const EMPTY: &str = "an empty body";
pub const TYPICAL: &str = "a typical body";

/// The generated requests: a POST with no body, and a POST whose JSON body has every field the
/// template reads through `$input.path`/`$input.json`, directly or through a variable or loop
/// item (`#set($root = $input.path('$'))` … `$root.items` …), with leaves the number `1234`
/// (valid JSON quoted or not), plus the value `1234` (valid base64 too) for every `$input.params('x')`.
fn sample_requests(t: &Template) -> Vec<(&'static str, Request)> {
    let mut body = Json::Object(Map::new());
    let mut params: Vec<String> = Vec::new();
    // Variables bound to a JSONPath of the body: `$root` → `$`, `$item` → `$.items[*]`.
    let mut bound: std::collections::HashMap<crate::vtl::ast::Name, String> = Default::default();
    let path_of = |e: &crate::vtl::ast::Expr,
                   bound: &std::collections::HashMap<_, String>|
     -> Option<String> {
        let ExprKind::Reference(r) = &e.kind else {
            return None;
        };
        let (base, rest) = if &*r.root == "input" {
            match visit::first_method(r) {
                Some(("path", [arg], _)) => (visit::literal_str(arg)?.to_string(), &r.parts[1..]),
                _ => return None,
            }
        } else {
            (bound.get(&r.root)?.clone(), &r.parts[..])
        };
        let mut p = base;
        for part in rest {
            match part {
                crate::vtl::ast::RefPart::Property { name, .. } => {
                    p.push('.');
                    p.push_str(name);
                }
                _ => return None,
            }
        }
        Some(p)
    };
    for _ in 0..3 {
        visit::walk(t, &mut |v| match v {
            Visit::Node(crate::vtl::ast::Node::Set(s), _) if s.target.parts.is_empty() => {
                if let Some(p) = path_of(&s.value, &bound) {
                    bound.entry(s.target.root.clone()).or_insert(p);
                }
            }
            Visit::Node(crate::vtl::ast::Node::Foreach(f), _) => {
                if let Some(p) = path_of(&f.iterable, &bound) {
                    bound.entry(f.variable.clone()).or_insert(format!("{p}[*]"));
                }
            }
            _ => {}
        });
        if bound.len() > 200 {
            break;
        }
    }
    visit::walk(t, &mut |v| {
        let Visit::Reference(r, _, _) = v else { return };
        if let Some(base) = bound.get(&r.root) {
            let chain = visit::property_chain(r);
            if !chain.is_empty() && chain.len() < 16 {
                add_path(&mut body, &format!("{base}.{}", chain.join(".")));
            }
            return;
        }
        if &*r.root != "input" {
            return;
        }
        let Some((name, args, _)) = visit::first_method(r) else {
            return;
        };
        let Some(arg) = args.first() else { return };
        match (name, &arg.kind) {
            ("path" | "json", ExprKind::Str(p)) => add_path(&mut body, p),
            ("params", ExprKind::Str(p)) => params.push(p.to_string()),
            _ => {}
        }
    });
    let reads_json = reads_json(t);
    if body.as_object().is_some_and(Map::is_empty) && reads_json {
        body = serde_json::json!({"id": 1, "name": "example", "items": [{"id": 1}]});
    }
    let mut base = Request {
        method: Some("POST".into()),
        resource_path: Some("/items/{id}".into()),
        ..Request::default()
    };
    base.path.insert("id".into(), "42".into());
    base.headers
        .insert("Content-Type".into(), vec!["application/json".into()]);
    let mut typical = base.clone();
    for p in params {
        typical
            .query
            .entry(p)
            .or_insert_with(|| vec!["1234".into()]);
    }
    // A template that never reads the body as JSON (`$input.body` only: XML, form data,
    // binary as base64) gets a neutral text body.
    typical.body = if reads_json {
        body.to_string()
    } else {
        String::from("1234")
    };
    vec![(EMPTY, base), (TYPICAL, typical)]
}

/// Whether the template reads the body through `$input.path`/`$input.json`, or not at all.
fn reads_json(t: &Template) -> bool {
    let (mut json, mut raw) = (false, false);
    visit::walk(t, &mut |v| {
        if let Visit::Reference(r, _, _) = v {
            if &*r.root == "input" {
                match r.parts.first() {
                    Some(crate::vtl::ast::RefPart::Method { name, .. })
                        if matches!(&**name, "path" | "json") =>
                    {
                        json = true
                    }
                    Some(crate::vtl::ast::RefPart::Property { name, .. }) if &**name == "body" => {
                        raw = true
                    }
                    _ => {}
                }
            }
        }
    });
    json || !raw
}

/// Adds `$.a.b[0].c` to a sample document, creating objects and one-element arrays.
fn add_path(doc: &mut Json, path: &str) {
    let Some(rest) = path.trim().strip_prefix('$') else {
        return;
    };
    let mut steps: Vec<Step> = Vec::new();
    for seg in rest.split('.') {
        let mut seg = seg;
        if let Some(i) = seg.find('[') {
            let (name, idx) = seg.split_at(i);
            if !name.is_empty() {
                steps.push(Step::Key(name.to_string()));
            }
            for part in idx.split('[').filter(|s| !s.is_empty()) {
                let part = part.trim_end_matches(']');
                let key = part.trim_matches(|c| c == '\'' || c == '"');
                if key.len() != part.len() {
                    steps.push(Step::Key(key.to_string()));
                } else {
                    steps.push(Step::Index);
                }
            }
            seg = "";
        }
        if seg == "*" {
            steps.push(Step::Index);
        } else if !seg.is_empty() {
            steps.push(Step::Key(seg.to_string()));
        }
    }
    if steps.len() > 16 {
        return;
    }
    let mut cur = doc;
    for (i, step) in steps.iter().enumerate() {
        let last = i + 1 == steps.len();
        let next_is_index = matches!(steps.get(i + 1), Some(Step::Index));
        let fresh = || {
            if last {
                Json::from(1234)
            } else if next_is_index {
                Json::Array(Vec::new())
            } else {
                Json::Object(Map::new())
            }
        };
        cur = match step {
            Step::Key(k) => {
                // A placeholder leaf becomes an object when a deeper field is read.
                if cur.is_number() {
                    *cur = Json::Object(Map::new());
                }
                let Json::Object(m) = cur else { return };
                m.entry(k.clone()).or_insert_with(fresh)
            }
            Step::Index => {
                if cur.is_number() || cur.as_object().is_some_and(Map::is_empty) {
                    *cur = Json::Array(Vec::new());
                }
                let Json::Array(a) = cur else { return };
                if a.is_empty() {
                    a.push(fresh());
                }
                &mut a[0]
            }
        };
    }
}

enum Step {
    Key(String),
    Index,
}
