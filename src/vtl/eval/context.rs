//! The variables a template sees (Velocity's context).

use std::rc::Rc;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::vtl::value::{Str, Value};

/// Builds a variable's value the first time a template reads it.
pub type LazyValue = Rc<dyn Fn() -> Value>;

/// The variables of one render.
///
/// An embedder may supply a variable lazily: most templates never read most of what an
/// embedder offers (API Gateway's `$context` is a deep map rebuilt for every request), so its
/// value is built on first read and a template that never names it never pays for it.
#[derive(Default, Clone)]
pub struct Context {
    vars: FxHashMap<Str, Value>,
    /// Lazily supplied variables not read (nor assigned) yet. A handful at most: a list.
    pending: Vec<(Str, LazyValue)>,
}

impl Context {
    pub fn new() -> Context {
        Context {
            // Room for an embedder's handful of variables, the loop variables and a few
            // `#set`s without growing the table during the render.
            vars: FxHashMap::with_capacity_and_hasher(8, Default::default()),
            pending: Vec::new(),
        }
    }

    pub fn insert(&mut self, name: &str, value: Value) {
        self.set(name, value);
    }

    /// Supplies `name` lazily: `build` runs on the template's first read of `name`.
    pub fn insert_lazy(&mut self, name: &str, build: LazyValue) {
        self.vars.remove(name);
        self.pending.retain(|(n, _)| &**n != name);
        self.pending.push((Arc::from(name), build));
    }

    /// The value of `name` if the render has built or assigned it. A lazy variable the
    /// template never read is `None` here; see [`Context::is_pending`].
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.vars.get(name)
    }

    /// True when `name` was supplied lazily and nothing has read or assigned it.
    pub fn is_pending(&self, name: &str) -> bool {
        self.pending.iter().any(|(n, _)| &**n == name)
    }

    pub fn remove(&mut self, name: &str) -> Option<Value> {
        self.pending.retain(|(n, _)| &**n != name);
        self.vars.remove(name)
    }

    /// The value of `name` as a template reads it: builds a pending lazy variable.
    pub(crate) fn read(&mut self, name: &str) -> Option<&Value> {
        if !self.pending.is_empty() {
            if let Some(i) = self.pending.iter().position(|(n, _)| &**n == name) {
                let (name, build) = self.pending.swap_remove(i);
                let value = build();
                return Some(self.vars.entry(name).or_insert(value));
            }
        }
        self.vars.get(name)
    }

    /// Assigns `name`; a variable that exists keeps its key, so re-assigning allocates nothing.
    pub(crate) fn set(&mut self, name: &str, value: Value) {
        self.assign(name, value, || Arc::from(name));
    }

    /// [`Context::set`] with a key the caller already holds, for names assigned over and over
    /// (the loop variables).
    pub(crate) fn set_shared(&mut self, name: &Str, value: Value) {
        self.assign(name, value, || name.clone());
    }

    /// Overwrites `name`'s value in place, or inserts it under the key `key()` makes.
    fn assign(&mut self, name: &str, value: Value, key: impl FnOnce() -> Str) {
        self.forget_pending(name);
        match self.vars.get_mut(name) {
            Some(slot) => *slot = value,
            None => {
                self.vars.insert(key(), value);
            }
        }
    }

    fn forget_pending(&mut self, name: &str) {
        if !self.pending.is_empty() {
            self.pending.retain(|(n, _)| &**n != name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn lazy_value_is_built_once_on_first_read() {
        let built = Rc::new(Cell::new(0));
        let counter = built.clone();
        let mut ctx = Context::new();
        ctx.insert_lazy(
            "x",
            Rc::new(move || {
                counter.set(counter.get() + 1);
                Value::Int(7)
            }),
        );
        assert!(ctx.is_pending("x"));
        assert!(ctx.get("x").is_none());
        assert!(matches!(ctx.read("x"), Some(Value::Int(7))));
        assert!(matches!(ctx.read("x"), Some(Value::Int(7))));
        assert_eq!(built.get(), 1);
        assert!(!ctx.is_pending("x"));
    }

    #[test]
    fn assigning_a_lazy_variable_discards_its_builder() {
        let mut ctx = Context::new();
        ctx.insert_lazy("x", Rc::new(|| Value::Int(1)));
        ctx.set("x", Value::Int(2));
        assert!(!ctx.is_pending("x"));
        assert!(matches!(ctx.read("x"), Some(Value::Int(2))));
        ctx.insert_lazy("y", Rc::new(|| Value::Int(1)));
        ctx.remove("y");
        assert!(ctx.read("y").is_none());
    }
}
