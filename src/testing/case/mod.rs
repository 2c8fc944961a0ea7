//! The case file: a JSON file naming a template or an integration, requests and golden files.
//!
//! Read by hand (not with `serde` derive) so every error names the file, the JSON path and what
//! was expected there, and a misspelt field gets a suggestion.
//!
//! - [`fields`]: the typed readers and their errors;
//! - [`template`]: template cases (one template, one golden);
//! - [`integration`]: integration cases (the whole method, goldens for what the backend and
//!   the client receive).

mod fields;
pub mod integration;
pub mod template;

use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json};

use crate::gateway::Request;
pub use fields::suggest;
use fields::{child, kind, Ctx};
pub use integration::{BackendSource, IntegrationCase};
pub use template::TemplateCase;

/// How a case's output is compared with its golden file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compare {
    /// Byte for byte (the default: API Gateway sends the bytes as they are).
    Exact,
    /// Semantic JSON: whitespace ignored, numbers by value, key order kept unless ignored.
    Json,
    /// Semantic XML: whitespace-only text between elements ignored, attribute order ignored.
    Xml,
}

impl Compare {
    pub fn name(self) -> &'static str {
        match self {
            Compare::Exact => "exact",
            Compare::Json => "json",
            Compare::Xml => "xml",
        }
    }

    fn parse(s: &str) -> Option<Compare> {
        match s {
            "exact" => Some(Compare::Exact),
            "json" => Some(Compare::Json),
            "xml" => Some(Compare::Xml),
            _ => None,
        }
    }
}

/// Where a case's request comes from.
#[derive(Debug, Clone)]
pub enum RequestSource {
    /// A request file shared by several cases (path resolved against the case file).
    File(PathBuf),
    /// Written inline in the case.
    Inline(Box<Request>),
}

/// One case: a request, what it runs, and what it expects.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub description: Option<String>,
    pub request: RequestSource,
    pub compare: Compare,
    pub ignore_key_order: bool,
    /// If set, the render (or the invocation) must fail with a message containing this text.
    pub expect_error: Option<String>,
    pub kind: CaseKind,
}

/// What a case runs.
#[derive(Debug, Clone)]
pub enum CaseKind {
    /// One template, rendered alone.
    Template(TemplateCase),
    /// The whole method, through the integration's templates and mappings.
    Integration(IntegrationCase),
}

/// A parsed case file.
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub path: PathBuf,
    pub description: Option<String>,
    /// Where the goldens' truth comes from (e.g. the reference renderer, an AWS recording).
    pub source: Option<String>,
    pub cases: Vec<Case>,
}

/// A problem in a case file: file, JSON path, what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFileError {
    pub file: PathBuf,
    /// JSON path of the offending value (`$.cases[2].request`), or `$` for the whole file.
    pub json_path: String,
    pub message: String,
    pub help: Option<String>,
    /// Line and column, when the JSON itself did not parse.
    pub line_col: Option<(usize, usize)>,
}

impl std::fmt::Display for CaseFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((l, c)) = self.line_col {
            write!(f, ":{l}:{c}")?;
        }
        write!(f, ": {}: {}", self.json_path, self.message)?;
        if let Some(h) = &self.help {
            write!(f, "\n  help: {h}")?;
        }
        Ok(())
    }
}

const FILE_FIELDS: &[&str] = &[
    "description",
    "source",
    "template",
    "integration",
    "direction",
    "compare",
    "ignoreKeyOrder",
    "cases",
];
/// Fields every case may have, whatever it runs.
const COMMON_FIELDS: &[&str] = &[
    "name",
    "description",
    "request",
    "compare",
    "ignoreKeyOrder",
    "expectError",
];

/// The suffix that marks a case file when folders are walked.
pub const CASE_SUFFIX: &str = ".case.json";

/// `dir/../x` → `x`, lexically (no file system access), so reports show short paths.
pub fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.is_empty() {
        PathBuf::from(".")
    } else {
        out.iter().collect()
    }
}

/// A file-name-safe form of a case name, for default golden paths.
pub fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() {
        String::from("case")
    } else {
        s
    }
}

fn default_ext(compare: Compare) -> &'static str {
    match compare {
        Compare::Exact => "txt",
        Compare::Json => "json",
        Compare::Xml => "xml",
    }
}

/// The case file's name without `.case.json` (or its extension).
pub fn file_stem(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.strip_suffix(CASE_SUFFIX)
        .or_else(|| name.strip_suffix(".json"))
        .unwrap_or(&name)
        .to_string()
}

/// Reads and checks a case file. Request files are read later, per case, by the runner.
pub fn load(path: &Path) -> Result<CaseFile, CaseFileError> {
    let ctx = Ctx { file: path };
    let text = std::fs::read_to_string(path)
        .map_err(|e| ctx.err("$", format!("cannot read the case file: {e}")))?;
    parse(path, &text)
}

const SHAPE: &str = "a case file is one JSON object: {\"template\": \"...\", \"cases\": [...]} \
                     (or {\"integration\": \"...\", \"cases\": [...]})";

/// Parses a case file's text; `path` names it in errors and anchors relative paths.
pub fn parse(path: &Path, text: &str) -> Result<CaseFile, CaseFileError> {
    let ctx = Ctx { file: path };
    let root: Json = serde_json::from_str(text).map_err(|e| CaseFileError {
        line_col: Some((e.line(), e.column())),
        ..ctx.err_help("$", format!("not valid JSON: {e}"), SHAPE)
    })?;
    let Json::Object(obj) = &root else {
        return Err(ctx.err_help(
            "$",
            format!("expected an object, got {}", kind(&root)),
            SHAPE,
        ));
    };
    ctx.check_fields(obj, "$", FILE_FIELDS)?;
    let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
    let description = ctx.string(obj, "$", "description")?;
    let source = ctx.string(obj, "$", "source")?;
    let defaults = FileDefaults {
        template: ctx.file_path(obj, "$", "template", "a template file")?,
        integration: ctx.file_path(obj, "$", "integration", "an integration file")?,
        compare: ctx.compare(obj, "$")?,
        ignore_key_order: ctx.bool(obj, "$", "ignoreKeyOrder")?,
        template_case: template::Defaults {
            direction: ctx.direction(obj, "$")?,
        },
    };
    if defaults.template.is_some() && defaults.integration.is_some() {
        return Err(ctx.err_help(
            "$.integration",
            "the file sets both `template` and `integration` as the cases' default",
            "keep one at the top level, and name the other in the cases that use it",
        ));
    }
    let cases_json =
        match obj.get("cases") {
            Some(Json::Array(a)) => a,
            Some(other) => {
                return Err(ctx.err(
                    "$.cases",
                    format!("expected an array of cases, got {}", kind(other)),
                ))
            }
            None => return Err(ctx.err_help(
                "$",
                "missing field `cases`",
                "add \"cases\": [{\"name\": \"...\", \"request\": {...}, \"expected\": \"...\"}]",
            )),
        };
    if cases_json.is_empty() {
        return Err(ctx.err("$.cases", "expected at least one case, got an empty array"));
    }
    let stem = file_stem(path);
    let mut cases = Vec::with_capacity(cases_json.len());
    let mut names: Vec<String> = Vec::new();
    for (i, c) in cases_json.iter().enumerate() {
        let p = format!("$.cases[{i}]");
        let Json::Object(c) = c else {
            return Err(ctx.err(&p, format!("expected a case object, got {}", kind(c))));
        };
        let at = template::At {
            ctx: &ctx,
            path: &p,
            dir: &dir,
            stem: &stem,
        };
        let case = parse_case(&at, c, &defaults)?;
        if names.contains(&case.name) {
            return Err(ctx.err(
                &child(&p, "name"),
                format!("duplicate case name \"{}\" in this file", case.name),
            ));
        }
        names.push(case.name.clone());
        cases.push(case);
    }
    Ok(CaseFile {
        path: path.to_path_buf(),
        description,
        source,
        cases,
    })
}

/// What the top level sets for every case.
struct FileDefaults {
    template: Option<String>,
    integration: Option<String>,
    compare: Option<Compare>,
    ignore_key_order: Option<bool>,
    template_case: template::Defaults,
}

/// What a case runs, before its own fields are read.
enum Target {
    Template(String),
    Integration(String),
}

/// A case's own `template` or `integration` wins over the file's; naming both is an error.
fn target(
    at: &template::At,
    c: &Map<String, Json>,
    defaults: &FileDefaults,
) -> Result<Target, CaseFileError> {
    let (ctx, p) = (at.ctx, at.path);
    let own_template = ctx.file_path(c, p, "template", "a template file")?;
    let own_integration = ctx.file_path(c, p, "integration", "an integration file")?;
    match (own_template, own_integration) {
        (Some(_), Some(_)) => Err(ctx.err_help(
            &child(p, "integration"),
            "a case names a template or an integration, not both",
            "a template case renders one template and expects `expected`; an integration case \
             runs the whole method and expects `expectIntegrationRequest` and/or \
             `expectMethodResponse`",
        )),
        (Some(t), None) => Ok(Target::Template(t)),
        (None, Some(i)) => Ok(Target::Integration(i)),
        (None, None) => match (&defaults.template, &defaults.integration) {
            (Some(t), _) => Ok(Target::Template(t.clone())),
            (None, Some(i)) => Ok(Target::Integration(i.clone())),
            (None, None) => Err(ctx.err_help(
                p,
                "no template: neither the case nor the file sets `template` (or `integration`)",
                "set \"template\": \"path/to/template.vtl\" (relative to this case file) at the top \
                 level, or \"integration\": \"path/to/integration.json\" to run the whole method",
            )),
        },
    }
}

/// Every field of the case is known to some kind of case. Suggestions come from both kinds:
/// `integraton` in a template case means `integration`.
fn check_known_fields(at: &template::At, c: &Map<String, Json>) -> Result<(), CaseFileError> {
    let known: Vec<&str> = COMMON_FIELDS
        .iter()
        .chain(template::FIELDS)
        .chain(integration::FIELDS)
        .copied()
        .collect();
    at.ctx.check_fields(c, at.path, &known)
}

/// No field of the case belongs to the other kind of case.
fn check_kind_fields(
    at: &template::At,
    c: &Map<String, Json>,
    is_integration: bool,
) -> Result<(), CaseFileError> {
    let (other, other_kind, this, instead) = if is_integration {
        (
            template::FIELDS,
            "template",
            "an integration case",
            integration::INSTEAD,
        )
    } else {
        (
            integration::FIELDS,
            "integration",
            "a template case",
            template::INSTEAD,
        )
    };
    match c.keys().find(|k| other.contains(&k.as_str())) {
        Some(key) => Err(at.ctx.err_help(
            &child(at.path, key),
            format!("`{key}` is for {other_kind} cases, and this is {this}"),
            instead,
        )),
        None => Ok(()),
    }
}

fn parse_case(
    at: &template::At,
    c: &Map<String, Json>,
    defaults: &FileDefaults,
) -> Result<Case, CaseFileError> {
    let (ctx, p) = (at.ctx, at.path);
    check_known_fields(at, c)?;
    let target = target(at, c, defaults)?;
    check_kind_fields(at, c, matches!(target, Target::Integration(_)))?;
    let name = match ctx.string(c, p, "name")? {
        Some(n) if !n.trim().is_empty() => n,
        Some(_) => return Err(ctx.err(&child(p, "name"), "expected a non-empty name")),
        None => {
            return Err(ctx.err_help(
                p,
                "missing field `name`",
                "every case needs a name, unique in its file",
            ))
        }
    };
    let compare = ctx
        .compare(c, p)?
        .or(defaults.compare)
        .unwrap_or(Compare::Exact);
    let ignore_key_order = ctx
        .bool(c, p, "ignoreKeyOrder")?
        .or(defaults.ignore_key_order)
        .unwrap_or(false);
    let request = request(ctx, c, p)?;
    let expect_error = ctx.string(c, p, "expectError")?;
    let kind = match target {
        Target::Template(t) => CaseKind::Template(template::parse(
            at,
            c,
            &t,
            &name,
            compare,
            &defaults.template_case,
        )?),
        Target::Integration(i) => CaseKind::Integration(integration::parse(
            ctx,
            c,
            p,
            at.dir,
            &i,
            expect_error.is_some(),
        )?),
    };
    Ok(Case {
        name,
        description: ctx.string(c, p, "description")?,
        request,
        compare,
        ignore_key_order,
        expect_error,
        kind,
    })
}

fn request(ctx: &Ctx, c: &Map<String, Json>, p: &str) -> Result<RequestSource, CaseFileError> {
    match c.get("request") {
        None => Ok(RequestSource::Inline(Box::default())),
        Some(Json::String(f)) if !f.is_empty() => Ok(RequestSource::File(normalize(
            &ctx.file.parent().unwrap_or(Path::new("")).join(f),
        ))),
        Some(v @ Json::Object(_)) => Request::from_json(&v.to_string())
            .map(|r| RequestSource::Inline(Box::new(r)))
            .map_err(|e| ctx.nested(&format!("{p}.request"), &e.path, e.message, e.help)),
        Some(other) => Err(ctx.err_help(
            &child(p, "request"),
            format!(
                "expected a request object or a request file path, got {}",
                match other {
                    Json::String(_) => "an empty string",
                    other => kind(other),
                }
            ),
            "write the request inline ({\"query\": {\"q\": \"x\"}}) or name a file (\"pets.request.json\")",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> CaseFile {
        parse(Path::new("t/x.case.json"), text).unwrap()
    }

    fn err(text: &str) -> CaseFileError {
        parse(Path::new("t/x.case.json"), text).unwrap_err()
    }

    fn template_case(c: &Case) -> &TemplateCase {
        match &c.kind {
            CaseKind::Template(t) => t,
            CaseKind::Integration(_) => panic!("{} is an integration case", c.name),
        }
    }

    fn integration_case(c: &Case) -> &IntegrationCase {
        match &c.kind {
            CaseKind::Integration(i) => i,
            CaseKind::Template(_) => panic!("{} is a template case", c.name),
        }
    }

    #[test]
    fn minimal_case_gets_defaults() {
        let f = ok(r#"{"template": "a.vtl", "cases": [{"name": "Hello World"}]}"#);
        let c = template_case(&f.cases[0]);
        assert_eq!(c.template, Path::new("t/a.vtl"));
        assert_eq!(normalize(Path::new("t/../a/./b.vtl")), Path::new("a/b.vtl"));
        assert_eq!(normalize(Path::new("../x")), Path::new("../x"));
        assert_eq!(c.expected, Path::new("t/x/hello-world.txt"));
        assert_eq!(f.cases[0].compare, Compare::Exact);
    }

    #[test]
    fn errors_name_the_json_path() {
        let e = err(r#"{"template": "a.vtl", "cases": [{"name": "a", "compare": "yaml"}]}"#);
        assert_eq!(e.json_path, "$.cases[0].compare");
        let e = err(r#"{"template": "a.vtl", "cases": [{"name": "a", "expcted": "x"}]}"#);
        assert_eq!(e.json_path, "$.cases[0].expcted");
        assert!(e.help.unwrap().contains("did you mean `expected`"));
        let e = err(r#"{"template": "a.vtl", "cases": [{"name": "a", "request": {"qeury": {}}}]}"#);
        assert!(
            e.json_path.starts_with("$.cases[0].request"),
            "{}",
            e.json_path
        );
        let e = err("{\n  \"cases\": [,]}");
        assert_eq!(e.line_col.map(|l| l.0), Some(2));
        let e = err(r#"{"cases": [{"name": "a"}]}"#);
        assert!(e.message.contains("no template"));
        let e = err(r#"{"template": "a.vtl", "cases": [{"name": "a"}, {"name": "a"}]}"#);
        assert_eq!(e.json_path, "$.cases[1].name");
        let e = err(r#"[1]"#);
        assert_eq!(e.json_path, "$");
        let e = err(r#"{"template": "", "cases": [{"name": "a"}]}"#);
        assert_eq!(e.json_path, "$.template");
        let e = err(r#"{"template": "a.vtl", "cases": [{"name": "a", "request": ""}]}"#);
        assert_eq!(e.json_path, "$.cases[0].request");
    }

    #[test]
    fn integration_cases() {
        let f = ok(r#"{"integration": "../integrations/mock.json", "cases": [
            {"name": "both", "request": "r.json", "backend": "b.json",
             "expectIntegrationRequest": "x/req.http", "expectMethodResponse": "x/resp.http"},
            {"name": "inline backend", "backend": {"status": 503, "body": {"e": 1}},
             "expectMethodResponse": "x/503.http", "compare": "json"},
            {"name": "error only", "expectError": "Malformed"},
            {"name": "a template here", "template": "a.vtl"}
        ]}"#);
        let i = integration_case(&f.cases[0]);
        assert_eq!(i.integration, Path::new("integrations/mock.json"));
        assert!(matches!(&i.backend, BackendSource::File(p) if p == Path::new("t/b.json")));
        assert_eq!(
            i.expect_integration_request.as_deref(),
            Some(Path::new("t/x/req.http"))
        );
        assert_eq!(
            i.expect_method_response.as_deref(),
            Some(Path::new("t/x/resp.http"))
        );
        let i = integration_case(&f.cases[1]);
        assert!(matches!(&i.backend, BackendSource::Inline(b)
            if matches!(**b, crate::gateway::pipeline::Backend::Http { status: 503, .. })));
        assert_eq!(f.cases[1].compare, Compare::Json);
        assert!(i.expect_integration_request.is_none());
        let i = integration_case(&f.cases[2]);
        assert!(matches!(i.backend, BackendSource::Echo));
        assert_eq!(f.cases[2].expect_error.as_deref(), Some("Malformed"));
        // A case's own `template` wins over the file's `integration`.
        assert_eq!(template_case(&f.cases[3]).template, Path::new("t/a.vtl"));
    }

    #[test]
    fn integration_case_errors() {
        let e = err(r#"{"cases": [{"name": "a", "template": "a.vtl", "integration": "i.json"}]}"#);
        assert_eq!(e.json_path, "$.cases[0].integration");
        assert!(e.message.contains("not both"), "{e}");
        let e = err(r#"{"template": "a.vtl", "integration": "i.json", "cases": [{"name": "a"}]}"#);
        assert_eq!(e.json_path, "$.integration");

        let e = err(r#"{"integration": "i.json", "cases": [{"name": "a", "expected": "g.txt"}]}"#);
        assert_eq!(e.json_path, "$.cases[0].expected");
        assert!(e.message.contains("is for template cases"), "{e}");
        assert!(e.help.unwrap().contains("expectMethodResponse"));
        for field in ["direction", "expectRequestOverride"] {
            let e = err(&format!(
                r#"{{"integration": "i.json", "cases": [{{"name": "a", "{field}": "x", "expectMethodResponse": "m"}}]}}"#
            ));
            assert_eq!(e.json_path, format!("$.cases[0].{field}"));
        }

        let e = err(
            r#"{"template": "a.vtl", "cases": [{"name": "a", "expectIntegrationRequest": "g"}]}"#,
        );
        assert_eq!(e.json_path, "$.cases[0].expectIntegrationRequest");
        assert!(e.message.contains("is for integration cases"), "{e}");
        assert!(e.help.unwrap().contains("\"integration\""));
        let e = err(r#"{"template": "a.vtl", "cases": [{"name": "a", "backend": {}}]}"#);
        assert_eq!(e.json_path, "$.cases[0].backend");

        let e = err(r#"{"integration": "i.json", "cases": [{"name": "a"}]}"#);
        assert_eq!(e.json_path, "$.cases[0]");
        assert!(e.message.contains("must expect something"), "{e}");
        let e = err(
            r#"{"integration": "i.json", "cases": [{"name": "a", "expectMethodResponce": "m"}]}"#,
        );
        assert_eq!(e.json_path, "$.cases[0].expectMethodResponce");
        assert!(
            e.help
                .unwrap()
                .contains("did you mean `expectMethodResponse`"),
            "a likely typo gets a suggestion"
        );
        let e = err(
            r#"{"integration": "i.json", "cases": [{"name": "a", "expectIntegrationRequest": "g", "expectMethodResponse": "./g"}]}"#,
        );
        assert_eq!(e.json_path, "$.cases[0].expectMethodResponse");
        let e = err(r#"{"template": "a.vtl", "cases": [{"name": "a", "integraton": "i.json"}]}"#);
        assert!(e.help.unwrap().contains("did you mean `integration`"));
        let e = err(
            r#"{"integration": "i.json", "cases": [{"name": "a", "expectMethodResponse": ""}]}"#,
        );
        assert_eq!(e.json_path, "$.cases[0].expectMethodResponse");
        let e = err(
            r#"{"integration": "i.json", "cases": [{"name": "a", "expectMethodResponse": true}]}"#,
        );
        assert!(e.message.contains("golden file path"), "{e}");
    }

    #[test]
    fn inline_backend_errors_are_anchored_in_the_case() {
        let e = err(
            r#"{"integration": "i.json", "cases": [{"name": "a", "expectMethodResponse": "m", "backend": {"statsu": 200}}]}"#,
        );
        assert_eq!(e.json_path, "$.cases[0].backend.statsu");
        assert!(e.message.starts_with("unknown field"), "{e}");
        assert_eq!(e.help.as_deref(), Some("did you mean `status`?"));
        let e = err(
            r#"{"integration": "i.json", "cases": [{"name": "a", "expectMethodResponse": "m", "backend": {"status": 700}}]}"#,
        );
        assert_eq!(e.json_path, "$.cases[0].backend.status");
        let e = err(
            r#"{"integration": "i.json", "cases": [{"name": "a", "expectMethodResponse": "m", "backend": 3}]}"#,
        );
        assert_eq!(e.json_path, "$.cases[0].backend");
        assert!(e.message.contains("got a number"), "{e}");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Missing limit → 400!"), "missing-limit-400");
        assert_eq!(slug("***"), "case");
    }
}
