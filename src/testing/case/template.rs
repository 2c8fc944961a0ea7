//! Template cases: one template rendered against the request, its output checked against one
//! golden (`expected`), and optionally the overrides it set.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json};

use super::fields::Ctx;
use super::{default_ext, normalize, slug, CaseFileError, Compare};
use crate::gateway::Direction;

/// Fields only a template case may have.
pub(super) const FIELDS: &[&str] = &[
    "template",
    "direction",
    "expected",
    "expectRequestOverride",
    "expectResponseOverride",
];

/// What an integration case would write instead, for the error on a template case.
pub(super) const INSTEAD: &str = "name the integration with \"integration\": \
     \"path/to/integration.json\" (instead of `template`) to run the whole method; a template \
     case expects `expected`";

#[derive(Debug, Clone)]
pub struct TemplateCase {
    pub template: PathBuf,
    pub direction: Direction,
    /// The golden file (resolved against the case file's folder).
    pub expected: PathBuf,
    pub expect_request_override: Option<Json>,
    pub expect_response_override: Option<Json>,
}

/// What the case file's top level sets for template cases.
pub(super) struct Defaults {
    pub direction: Option<Direction>,
}

pub(super) struct At<'a> {
    pub ctx: &'a Ctx<'a>,
    /// The case's JSON path (`$.cases[3]`).
    pub path: &'a str,
    /// The case file's folder, for relative paths.
    pub dir: &'a Path,
    /// The case file's name without `.case.json`, for default goldens.
    pub stem: &'a str,
}

pub(super) fn parse(
    at: &At,
    c: &Map<String, Json>,
    template: &str,
    name: &str,
    compare: Compare,
    defaults: &Defaults,
) -> Result<TemplateCase, CaseFileError> {
    let (ctx, p) = (at.ctx, at.path);
    let direction = ctx
        .direction(c, p)?
        .or(defaults.direction)
        .unwrap_or_default();
    let expected = match ctx.file_path(c, p, "expected", "a golden file")? {
        Some(e) => normalize(&at.dir.join(e)),
        None => at
            .dir
            .join(at.stem)
            .join(format!("{}.{}", slug(name), default_ext(compare))),
    };
    Ok(TemplateCase {
        template: normalize(&at.dir.join(template)),
        direction,
        expected,
        expect_request_override: c.get("expectRequestOverride").cloned(),
        expect_response_override: c.get("expectResponseOverride").cloned(),
    })
}
