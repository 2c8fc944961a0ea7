//! Reading a case file's JSON by hand: each reader names the file and the JSON path of a bad
//! value, and says what was expected there.

use std::path::Path;

use serde_json::{Map, Value as Json};

use super::{CaseFileError, Compare};
use crate::gateway::Direction;

pub(super) use crate::gateway::request::json_kind as kind;

/// The case file being read, for errors.
pub(super) struct Ctx<'a> {
    pub file: &'a Path,
}

impl Ctx<'_> {
    pub fn err(&self, path: &str, message: impl Into<String>) -> CaseFileError {
        CaseFileError {
            file: self.file.to_path_buf(),
            json_path: path.to_string(),
            message: message.into(),
            help: None,
            line_col: None,
        }
    }

    pub fn err_help(
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

    /// The error for a field in no list, with a suggestion from `known` if one is close.
    pub fn unknown_field(&self, path: &str, key: &str, known: &[&str]) -> CaseFileError {
        let mut help = format!("known fields here: {}", known.join(", "));
        if let Some(s) = suggest(key, known) {
            help = format!("did you mean `{s}`? ({help})");
        }
        self.err_help(&child(path, key), format!("unknown field `{key}`"), help)
    }

    pub fn check_fields(
        &self,
        obj: &Map<String, Json>,
        path: &str,
        known: &[&str],
    ) -> Result<(), CaseFileError> {
        match obj.keys().find(|k| !known.contains(&k.as_str())) {
            Some(key) => Err(self.unknown_field(path, key, known)),
            None => Ok(()),
        }
    }

    pub fn string(
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

    /// A file path (a string, not empty); `what` names the file in errors.
    pub fn file_path(
        &self,
        obj: &Map<String, Json>,
        path: &str,
        key: &str,
        what: &str,
    ) -> Result<Option<String>, CaseFileError> {
        match obj.get(key) {
            None => Ok(None),
            Some(Json::String(s)) if !s.is_empty() => Ok(Some(s.clone())),
            Some(Json::String(_)) => Err(self.err(
                &child(path, key),
                format!("expected {what} path, got an empty string"),
            )),
            Some(other) => Err(self.err(
                &child(path, key),
                format!("expected {what} path (a string), got {}", kind(other)),
            )),
        }
    }

    pub fn bool(
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

    pub fn compare(
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

    pub fn direction(
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

    /// Re-anchors an error from a nested reader (request, backend) whose paths start at `$`.
    pub fn nested(
        &self,
        at: &str,
        sub_path: &str,
        message: String,
        help: Option<String>,
    ) -> CaseFileError {
        CaseFileError {
            help,
            ..self.err(
                &format!("{at}{}", sub_path.strip_prefix('$').unwrap_or(sub_path)),
                message,
            )
        }
    }
}

/// `path.key`, or `path["odd key"]` when the key is not a plain word.
pub(super) fn child(path: &str, key: &str) -> String {
    if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !key.is_empty() {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Json::String(key.to_string()))
    }
}

/// The closest known name, if it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    crate::suggest::closest(word, known.iter().copied())
}
