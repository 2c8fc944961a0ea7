//! Per-thread cache of compiled patterns: templates call `replaceAll` and
//! `split` inside `#foreach`, and translation plus compilation costs far
//! more than a match. Failures are cached too, so a bad pattern in a loop
//! is not re-parsed. Bounded: when full it is simply emptied.

use std::cell::RefCell;
use std::collections::HashMap;

use super::error::RegexError;
use super::JavaRegex;

const CAPACITY: usize = 256;

type Entry = (usize, Result<JavaRegex, RegexError>);

thread_local! {
    static CACHE: RefCell<HashMap<String, Entry>> = RefCell::new(HashMap::new());
}

pub(crate) fn cached(pattern: &str, backtrack_limit: usize) -> Result<JavaRegex, RegexError> {
    let hit = CACHE.with(|cache| {
        cache
            .borrow()
            .get(pattern)
            .filter(|(limit, _)| *limit == backtrack_limit)
            .map(|(_, compiled)| compiled.clone())
    });
    if let Some(compiled) = hit {
        return compiled;
    }
    let compiled = JavaRegex::compile_with_limit(pattern, backtrack_limit);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CAPACITY {
            cache.clear();
        }
        cache.insert(pattern.to_string(), (backtrack_limit, compiled.clone()));
    });
    compiled
}
