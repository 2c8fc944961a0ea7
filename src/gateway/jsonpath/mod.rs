//! JSONPath as API Gateway evaluates it for `$input.path` / `$input.json`: the dialect of
//! Jayway JsonPath 2.0.0 (`JsonPath.read(document, path)` with the default configuration),
//! re-implemented from its compiler and evaluator, quirks included, and checked against
//! Debian's Jayway 2.0.0 (`tests.rs`).
//!
//! How it differs from RFC 9535 and most JSONPath libraries:
//! - a *definite* path (names and single indexes only) returns the value itself, the very
//!   object in the document, so changes made through it are seen by later reads; anything
//!   else returns a new `JSONArray` of the matches;
//! - `$` may be left out (`store.book` is `$.store.book`), names may contain `-`
//!   (`$.a-b`), and `['a','b']` at the end of a path returns a map of those keys;
//! - a miss is an exception (`PathNotFoundException`), reported here as [`Read::Missing`];
//! - negative indexes (`[-1]`) are misses; slices (`[-2:]`) count from the end;
//! - filters know `==` `!=` `<` `<=` `>` `>=` `=~ /re/i`, `&&`, `||` and `!@.x`, and compare
//!   loosely (`@.price == '8.95'` is true for the number 8.95; see [`compare`]);
//! - functions (`.length()`, `.min()`, ...) exist only from Jayway 2.1: see [`Dialect`].

mod analyze;
mod compare;
mod compile;
mod criteria;
mod eval;
mod functions;
mod jstr;
mod predicate;
mod scan;
mod token;

#[cfg(test)]
mod tests;

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use eval::{Ctx, Fail};
use jstr::JavaError;
use token::Path;

use crate::vtl::value::{ListKind, Value};

/// Which Jayway the paths are read as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dialect {
    /// Jayway 2.1+ path functions as the last step (`length()`, `size()`, `min()`, `max()`,
    /// `avg()`, `stddev()`, `sum()`). Off: Jayway 2.0.0, where `.length()` is a property name.
    pub functions: bool,
}

/// A path Jayway refuses (`InvalidPathException` and the like), or an exception thrown while
/// reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathError {
    /// Java's `getMessage()`, e.g.
    /// `com.jayway.jsonpath.InvalidPathException: Space not allowed in path`.
    pub message: String,
    /// Byte offset in the path string of the fragment the error belongs to.
    pub offset: usize,
    /// The Java exception class, usually `com.jayway.jsonpath.InvalidPathException`.
    pub java_class: &'static str,
}

impl PathError {
    fn from_java(e: JavaError, offset: usize) -> PathError {
        PathError {
            message: e.message.unwrap_or_default(),
            offset,
            java_class: e.class,
        }
    }
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PathError {}

/// What a read found.
#[derive(Clone, Debug)]
pub enum Read {
    Found(Value),
    /// `PathNotFoundException` with its message (API Gateway renders an empty string).
    Missing(String),
}

/// How many compiled paths [`JsonPath::cached`] keeps per thread.
pub const CACHED_PATHS: usize = 256;

/// A compiled path.
#[derive(Debug)]
pub struct JsonPath {
    path: Path,
}

impl JsonPath {
    /// Compiles `path` as Jayway 2.0.0 does.
    pub fn parse(path: &str) -> Result<JsonPath, PathError> {
        JsonPath::parse_with(path, Dialect::default())
    }

    /// [`JsonPath::parse`] through a per-thread cache: templates compile the same few paths
    /// (`'$'`, `'$.name'`) at every render, and compiling is pure, so a cached path reads the
    /// same. Bounded: the cache is emptied when it reaches [`CACHED_PATHS`] entries.
    pub fn cached(path: &str) -> Result<Rc<JsonPath>, PathError> {
        thread_local! {
            static CACHE: RefCell<FxHashMap<Box<str>, Rc<JsonPath>>> = RefCell::default();
        }
        CACHE.with(|cache| {
            if let Some(p) = cache.borrow().get(path) {
                return Ok(p.clone());
            }
            let compiled = Rc::new(JsonPath::parse(path)?);
            let mut cache = cache.borrow_mut();
            if cache.len() >= CACHED_PATHS {
                cache.clear();
            }
            cache.insert(Box::from(path), compiled.clone());
            Ok(compiled)
        })
    }

    pub fn parse_with(path: &str, dialect: Dialect) -> Result<JsonPath, PathError> {
        compile::compile(path, 0, dialect)
            .map(|path| JsonPath { path })
            .map_err(|(e, offset)| PathError::from_java(e, offset))
    }

    /// `Path.isDefinite()`: only names and single indexes, so the result is one value.
    pub fn is_definite(&self) -> bool {
        self.path.is_definite()
    }

    /// `JsonPath.read`: `None` where Jayway throws `PathNotFoundException`.
    pub fn read(&self, root: &Value) -> Result<Option<Value>, PathError> {
        Ok(match self.evaluate(root)? {
            Read::Found(v) => Some(v),
            Read::Missing(_) => None,
        })
    }

    /// Like [`read`](Self::read), keeping the miss's message.
    pub fn evaluate(&self, root: &Value) -> Result<Read, PathError> {
        // `JsonPath.read(json, path)` goes through `JsonReader.parse(json)`, which refuses null.
        if root.is_null() {
            return Err(PathError {
                message: "json object can not be null".into(),
                offset: 0,
                java_class: "java.lang.IllegalArgumentException",
            });
        }
        let mut ctx = Ctx {
            root,
            results: Vec::new(),
        };
        match eval::evaluate(&self.path, 0, "", root, &mut ctx) {
            Ok(()) => {}
            Err(Fail::NotFound(m)) => return Ok(Read::Missing(m)),
            Err(Fail::Java(e, offset)) => return Err(PathError::from_java(e, offset)),
        }
        if !self.path.is_definite() {
            return Ok(Read::Found(Value::new_list(
                ListKind::JsonArray,
                ctx.results,
            )));
        }
        Ok(match ctx.results.into_iter().next() {
            Some(v) => Read::Found(v),
            None => match eval::no_results(&self.path) {
                Fail::NotFound(m) => Read::Missing(m),
                Fail::Java(e, offset) => return Err(PathError::from_java(e, offset)),
            },
        })
    }
}
