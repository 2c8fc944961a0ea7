//! The case file: a JSON file naming a template, requests and golden files.
//!
//! Read by hand (not with `serde` derive) so every error names the file, the JSON path and what
//! was expected there, and a misspelt field gets a suggestion.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json};

use crate::gateway::{Direction, Request};

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

/// One case: a template rendered against one request, checked against one golden.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub description: Option<String>,
    pub template: PathBuf,
    pub direction: Direction,
    pub request: RequestSource,
    /// The golden file (resolved against the case file's folder).
    pub expected: PathBuf,
    pub compare: Compare,
    pub ignore_key_order: bool,
    /// If set, the render must fail with a message containing this text.
    pub expect_error: Option<String>,
    pub expect_request_override: Option<Json>,
    pub expect_response_override: Option<Json>,
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
    "direction",
    "compare",
    "ignoreKeyOrder",
    "cases",
];
const CASE_FIELDS: &[&str] = &[
    "name",
    "description",
    "template",
    "direction",
    "request",
    "expected",
    "compare",
    "ignoreKeyOrder",
    "expectError",
    "expectRequestOverride",
    "expectResponseOverride",
];

/// The suffix that marks a case file when folders are walked.
pub const CASE_SUFFIX: &str = ".case.json";

struct Ctx<'a> {
    file: &'a Path,
}

impl Ctx<'_> {
    fn err(&self, path: &str, message: impl Into<String>) -> CaseFileError {
        CaseFileError {
            file: self.file.to_path_buf(),
            json_path: path.to_string(),
            message: message.into(),
            help: None,
            line_col: None,
        }
    }

    fn err_help(
        &self,
        path: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> CaseFileError {
        CaseFileError {
            help: Some(help.into()),
            ..self.err(path, message)
        }
    }

    fn check_fields(
        &self,
        obj: &Map<String, Json>,
        path: &str,
        known: &[&str],
    ) -> Result<(), CaseFileError> {
        for key in obj.keys() {
            if !known.contains(&key.as_str()) {
                let mut help = format!("known fields here: {}", known.join(", "));
                if let Some(s) = suggest(key, known) {
                    help = format!("did you mean `{s}`? ({help})");
                }
                return Err(self.err_help(
                    &child(path, key),
                    format!("unknown field `{key}`"),
                    help,
                ));
            }
        }
        Ok(())
    }

    fn string(
        &self,
        obj: &Map<String, Json>,
        path: &str,
        key: &str,
    ) -> Result<Option<String>, CaseFileError> {
        match obj.get(key) {
            None => Ok(None),
            Some(Json::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(self.err(
                &child(path, key),
                format!("expected a string, got {}", kind(other)),
            )),
        }
    }

    fn bool(
        &self,
        obj: &Map<String, Json>,
        path: &str,
        key: &str,
    ) -> Result<Option<bool>, CaseFileError> {
        match obj.get(key) {
            None => Ok(None),
            Some(Json::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(self.err(
                &child(path, key),
                format!("expected true or false, got {}", kind(other)),
            )),
        }
    }

    fn compare(
        &self,
        obj: &Map<String, Json>,
        path: &str,
    ) -> Result<Option<Compare>, CaseFileError> {
        match self.string(obj, path, "compare")? {
            None => Ok(None),
            Some(s) => Compare::parse(&s).map(Some).ok_or_else(|| {
                self.err_help(
                    &child(path, "compare"),
                    format!("expected \"exact\", \"json\" or \"xml\", got \"{s}\""),
                    "exact compares bytes; json and xml compare structure",
                )
            }),
        }
    }

    fn direction(
        &self,
        obj: &Map<String, Json>,
        path: &str,
    ) -> Result<Option<Direction>, CaseFileError> {
        match self.string(obj, path, "direction")?.as_deref() {
            None => Ok(None),
            Some("request") => Ok(Some(Direction::Request)),
            Some("response") => Ok(Some(Direction::Response)),
            Some(s) => Err(self.err_help(
                &child(path, "direction"),
                format!("expected \"request\" or \"response\", got \"{s}\""),
                "\"response\" renders an integration response template: `$input` is the request's body",
            )),
        }
    }
}

fn child(path: &str, key: &str) -> String {
    if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !key.is_empty() {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Json::String(key.to_string()))
    }
}

use crate::gateway::request::json_kind as kind;

/// The closest known name, if it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    crate::suggest::closest(word, known.iter().copied())
}

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

/// Parses a case file's text; `path` names it in errors and anchors relative paths.
pub fn parse(path: &Path, text: &str) -> Result<CaseFile, CaseFileError> {
    let ctx = Ctx { file: path };
    let root: Json = serde_json::from_str(text).map_err(|e| CaseFileError {
        line_col: Some((e.line(), e.column())),
        ..ctx.err_help(
            "$",
            format!("not valid JSON: {e}"),
            "a case file is one JSON object: {\"template\": \"...\", \"cases\": [...]}",
        )
    })?;
    let Json::Object(obj) = &root else {
        return Err(ctx.err_help(
            "$",
            format!("expected an object, got {}", kind(&root)),
            "a case file is one JSON object: {\"template\": \"...\", \"cases\": [...]}",
        ));
    };
    ctx.check_fields(obj, "$", FILE_FIELDS)?;
    let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
    let description = ctx.string(obj, "$", "description")?;
    let source = ctx.string(obj, "$", "source")?;
    let template = ctx.string(obj, "$", "template")?;
    let direction = ctx.direction(obj, "$")?;
    let compare = ctx.compare(obj, "$")?;
    let ignore_key_order = ctx.bool(obj, "$", "ignoreKeyOrder")?;
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
        ctx.check_fields(c, &p, CASE_FIELDS)?;
        let name = match ctx.string(c, &p, "name")? {
            Some(n) if !n.trim().is_empty() => n,
            Some(_) => return Err(ctx.err(&child(&p, "name"), "expected a non-empty name")),
            None => {
                return Err(ctx.err_help(
                    &p,
                    "missing field `name`",
                    "every case needs a name, unique in its file",
                ))
            }
        };
        if names.contains(&name) {
            return Err(ctx.err(
                &child(&p, "name"),
                format!("duplicate case name \"{name}\" in this file"),
            ));
        }
        names.push(name.clone());
        let template = match ctx.string(c, &p, "template")?.or_else(|| template.clone()) {
            Some(t) => normalize(&dir.join(t)),
            None => {
                return Err(ctx.err_help(
                    &p,
                    "no template: neither the case nor the file sets `template`",
                    "set \"template\": \"path/to/template.vtl\" (relative to this case file) at the top level",
                ))
            }
        };
        let direction = ctx.direction(c, &p)?.or(direction).unwrap_or_default();
        let compare = ctx.compare(c, &p)?.or(compare).unwrap_or(Compare::Exact);
        let ignore_key_order = ctx
            .bool(c, &p, "ignoreKeyOrder")?
            .or(ignore_key_order)
            .unwrap_or(false);
        let request = match c.get("request") {
            None => RequestSource::Inline(Box::default()),
            Some(Json::String(f)) => RequestSource::File(normalize(&dir.join(f))),
            Some(v @ Json::Object(_)) => {
                let text = v.to_string();
                let req = Request::from_json(&text).map_err(|e| {
                    let sub = e.path.strip_prefix('$').unwrap_or(&e.path);
                    CaseFileError {
                        file: path.to_path_buf(),
                        json_path: format!("{p}.request{sub}"),
                        message: e.message.clone(),
                        help: e.help.clone(),
                        line_col: None,
                    }
                })?;
                RequestSource::Inline(Box::new(req))
            }
            Some(other) => {
                return Err(ctx.err_help(
                    &child(&p, "request"),
                    format!("expected a request object or a request file path, got {}", kind(other)),
                    "write the request inline ({\"query\": {\"q\": \"x\"}}) or name a file (\"pets.request.json\")",
                ))
            }
        };
        let expected = match ctx.string(c, &p, "expected")? {
            Some(e) if !e.is_empty() => normalize(&dir.join(e)),
            Some(_) => {
                return Err(ctx.err(
                    &child(&p, "expected"),
                    "expected a golden file path, got an empty string",
                ))
            }
            None => dir
                .join(&stem)
                .join(format!("{}.{}", slug(&name), default_ext(compare))),
        };
        let expect_error = ctx.string(c, &p, "expectError")?;
        cases.push(Case {
            name,
            description: ctx.string(c, &p, "description")?,
            template,
            direction,
            request,
            expected,
            compare,
            ignore_key_order,
            expect_error,
            expect_request_override: c.get("expectRequestOverride").cloned(),
            expect_response_override: c.get("expectResponseOverride").cloned(),
        });
    }
    Ok(CaseFile {
        path: path.to_path_buf(),
        description,
        source,
        cases,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> CaseFileError {
        parse(Path::new("t/x.case.json"), text).unwrap_err()
    }

    #[test]
    fn minimal_case_gets_defaults() {
        let f = parse(
            Path::new("t/x.case.json"),
            r#"{"template": "a.vtl", "cases": [{"name": "Hello World"}]}"#,
        )
        .unwrap();
        let c = &f.cases[0];
        assert_eq!(c.template, Path::new("t/a.vtl"));
        assert_eq!(normalize(Path::new("t/../a/./b.vtl")), Path::new("a/b.vtl"));
        assert_eq!(normalize(Path::new("../x")), Path::new("../x"));
        assert_eq!(c.expected, Path::new("t/x/hello-world.txt"));
        assert_eq!(c.compare, Compare::Exact);
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
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Missing limit → 400!"), "missing-limit-400");
        assert_eq!(slug("***"), "case");
    }
}
