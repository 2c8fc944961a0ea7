//! `gwmap.toml`: which rules run, at what severity, and what each template is.
//!
//! ```toml
//! [lint]
//! select = ["ALL"]            # codes or prefixes ("GW1", "GW201"); default: all rules
//! ignore = ["GW302"]
//!
//! [lint.severity]             # "error", "warning" or "off"
//! GW105 = "error"
//!
//! [[lint.per-path]]           # later entries win; paths are gitignore-style globs
//! paths = ["legacy/**"]       # relative to the directory holding gwmap.toml
//! ignore = ["GW105"]
//! severity = { GW301 = "off" }
//! content-type = "application/xml"
//! direction = "response"      # "request" (default) or "response"
//! integration = "mock"        # "mock", "lambda", "http", "aws"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use serde::Deserialize;

use super::diagnostic::Severity;
use super::registry::{self, Rule};
use crate::gateway::Direction;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Integration {
    Mock,
    Lambda,
    Http,
    Aws,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Off,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    lint: LintToml,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct LintToml {
    select: Option<Vec<String>>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, Level>,
    #[serde(default)]
    per_path: Vec<PerPathToml>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct PerPathToml {
    paths: Vec<String>,
    select: Option<Vec<String>>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, Level>,
    content_type: Option<String>,
    direction: Option<DirectionToml>,
    integration: Option<Integration>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum DirectionToml {
    Request,
    Response,
}

/// Rule selection: which codes run and at what severity.
#[derive(Clone, Debug, Default)]
struct Selection {
    select: Option<Vec<String>>,
    ignore: Vec<String>,
    severity: BTreeMap<String, Level>,
}

struct PerPath {
    matcher: Gitignore,
    selection: Selection,
    content_type: Option<String>,
    direction: Option<Direction>,
    integration: Option<Integration>,
}

/// A loaded configuration (or the defaults), plus command-line `--select`/`--ignore`.
#[derive(Default)]
pub struct Config {
    pub root: PathBuf,
    base: Selection,
    per_path: Vec<PerPath>,
    cli: Selection,
}

/// What applies to one file.
#[derive(Clone, Debug, Default)]
pub struct FileSettings {
    /// `None`: every rule at its default severity.
    enabled: Option<BTreeMap<&'static str, Severity>>,
    pub content_type: Option<String>,
    pub direction: Direction,
    pub integration: Option<Integration>,
}

impl FileSettings {
    /// The severity a rule runs at for this file, or `None` when it is off.
    pub fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        match &self.enabled {
            None => Some(rule.severity),
            Some(m) => m.get(rule.code).copied(),
        }
    }
}

#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Config {
    /// Finds `gwmap.toml` in `start` or its ancestors; defaults when there is none.
    pub fn discover(start: &Path) -> Result<Config, ConfigError> {
        let start = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            let candidate = d.join("gwmap.toml");
            if candidate.is_file() {
                return Config::load(&candidate);
            }
            dir = d.parent();
        }
        Ok(Config {
            root: start,
            ..Config::default()
        })
    }

    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError(format!("cannot read {}: {e}", path.display())))?;
        let root = path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let root = std::fs::canonicalize(&root).unwrap_or(root);
        Config::from_toml(&text, &root)
            .map_err(|e| ConfigError(format!("{}: {}", path.display(), e.0)))
    }

    pub fn from_toml(text: &str, root: &Path) -> Result<Config, ConfigError> {
        let parsed: FileToml = toml::from_str(text).map_err(|e| ConfigError(e.to_string()))?;
        let lint = parsed.lint;
        let base = Selection {
            select: lint.select,
            ignore: lint.ignore,
            severity: lint.severity,
        };
        check_codes(&base)?;
        let mut per_path = Vec::new();
        for p in lint.per_path {
            let mut b = GitignoreBuilder::new(root);
            for glob in &p.paths {
                b.add_line(None, glob)
                    .map_err(|e| ConfigError(format!("bad path pattern `{glob}`: {e}")))?;
            }
            let matcher = b.build().map_err(|e| ConfigError(e.to_string()))?;
            let selection = Selection {
                select: p.select,
                ignore: p.ignore,
                severity: p.severity,
            };
            check_codes(&selection)?;
            per_path.push(PerPath {
                matcher,
                selection,
                content_type: p.content_type,
                direction: p.direction.map(|d| match d {
                    DirectionToml::Request => Direction::Request,
                    DirectionToml::Response => Direction::Response,
                }),
                integration: p.integration,
            });
        }
        Ok(Config {
            root: root.to_path_buf(),
            base,
            per_path,
            cli: Selection::default(),
        })
    }

    /// `--select` / `--ignore` from the command line: applied last.
    pub fn with_cli(
        mut self,
        select: Vec<String>,
        ignore: Vec<String>,
    ) -> Result<Config, ConfigError> {
        self.cli = Selection {
            select: (!select.is_empty()).then_some(select),
            ignore,
            severity: BTreeMap::new(),
        };
        check_codes(&self.cli)?;
        Ok(self)
    }

    /// The settings for one file: defaults from its name, then the configuration.
    pub fn settings_for(&self, path: &Path) -> FileSettings {
        let guess = from_file_name(path);
        let mut s = FileSettings {
            enabled: None,
            content_type: guess.0,
            direction: guess.1,
            integration: guess.2,
        };
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| self.root.join(path));
        let mut layers: Vec<&Selection> = vec![&self.base];
        for p in &self.per_path {
            if abs.strip_prefix(&self.root).is_ok()
                && p.matcher
                    .matched_path_or_any_parents(&abs, false)
                    .is_ignore()
            {
                layers.push(&p.selection);
                if let Some(ct) = &p.content_type {
                    s.content_type = Some(ct.clone());
                }
                if let Some(d) = p.direction {
                    s.direction = d;
                }
                if p.integration.is_some() {
                    s.integration = p.integration;
                }
            }
        }
        layers.push(&self.cli);
        if layers
            .iter()
            .any(|l| l.select.is_some() || !l.ignore.is_empty() || !l.severity.is_empty())
        {
            s.enabled = Some(resolve(&layers));
        }
        s
    }
}

/// Applies selection layers in order: `select` replaces the set, `ignore` removes, `severity`
/// sets levels (`off` removes).
fn resolve(layers: &[&Selection]) -> BTreeMap<&'static str, Severity> {
    let mut on: BTreeMap<&'static str, Severity> = registry::RULES
        .iter()
        .map(|r| (r.code, r.severity))
        .collect();
    for l in layers {
        if let Some(sel) = &l.select {
            on.clear();
            for r in registry::RULES {
                if sel.iter().any(|p| matches_code(p, r.code)) {
                    on.insert(r.code, r.severity);
                }
            }
        }
        on.retain(|code, _| !l.ignore.iter().any(|p| matches_code(p, code)));
        for (pat, level) in &l.severity {
            for r in registry::RULES {
                if matches_code(pat, r.code) {
                    match level {
                        Level::Off => {
                            on.remove(r.code);
                        }
                        Level::Error => {
                            on.insert(r.code, Severity::Error);
                        }
                        Level::Warning => {
                            on.insert(r.code, Severity::Warning);
                        }
                    }
                }
            }
        }
    }
    on
}

/// `ALL`, a full code, or a code prefix (`GW1`); names (`quoted-input-json`) work too.
pub fn matches_code(pattern: &str, code: &str) -> bool {
    let p = pattern.trim();
    p.eq_ignore_ascii_case("ALL")
        || code.starts_with(&p.to_ascii_uppercase())
        || registry::by_code(code).is_some_and(|r| r.name == p)
}

fn check_codes(s: &Selection) -> Result<(), ConfigError> {
    let all = s
        .select
        .iter()
        .flatten()
        .chain(s.ignore.iter())
        .chain(s.severity.keys());
    for p in all {
        if !registry::RULES.iter().any(|r| matches_code(p, r.code)) {
            return Err(ConfigError(format!(
                "`{p}` selects no rule (see `gwmap rules`)"
            )));
        }
    }
    Ok(())
}

/// The naming convention (README, "Content types"): a name segment that is a media type with
/// `_` for `/` (`get__req__application_json.vtl`), or an inner extension (`get.json.vtl`,
/// `get.xml.vtl`); `res`/`response`/`res-200` marks a response template, `mock` a MOCK
/// integration.
pub fn from_file_name(path: &Path) -> (Option<String>, Direction, Option<Integration>) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".vtl")
        .or_else(|| name.strip_suffix(".vm"))
        .unwrap_or(&name);
    let segments: Vec<&str> = stem
        .split("__")
        .flat_map(|s| s.split('.'))
        .filter(|s| !s.is_empty())
        .collect();
    let mut content_type = None;
    let mut direction = Direction::Request;
    let mut integration = None;
    for seg in &segments {
        if let Some((kind, sub)) = seg.split_once('_') {
            if matches!(kind, "application" | "text") && !sub.is_empty() {
                content_type = Some(format!("{kind}/{}", sub.replace('_', "-")));
                // `application_x-amz-json-1_1`: keep the dots the convention dropped
                if sub.contains("json") || sub.contains("xml") {
                    content_type = Some(format!("{kind}/{sub}"));
                }
            }
        }
        match *seg {
            "json" => content_type = Some("application/json".into()),
            "xml" => content_type = Some("application/xml".into()),
            "txt" | "text" => content_type = Some("text/plain".into()),
            "html" => content_type = Some("text/html".into()),
            "res" | "response" => direction = Direction::Response,
            "mock" => integration = Some(Integration::Mock),
            s if s.starts_with("res-") => direction = Direction::Response,
            _ => {}
        }
    }
    (content_type, direction, integration)
}
