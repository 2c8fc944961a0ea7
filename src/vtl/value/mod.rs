//! The value model: Java objects as Velocity 1.7 sees them.
//!
//! Every variant stands for a Java class that a mapping template can meet. Collections are shared
//! and mutable (`Rc<RefCell<..>>`) because Java passes object references: a map obtained from
//! `$input.path('$')` and changed with `#set($m.x = 1)` is the same map a later call sees.

mod compare;
mod display;
mod json;
mod number;

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

use indexmap::IndexMap;

pub use compare::{java_equals, velocity_compare, velocity_equals};
pub use display::to_java_string;
pub use json::{write_json, JsonStyle};
pub use number::{arithmetic, ArithOp, Number};

use crate::vtl::ast::Block;
use crate::vtl::java::string::JavaException;

/// A shared, immutable Java `String`.
pub type Str = Arc<str>;

/// A map's entries in insertion order. Keys are hashed with FxHash: lookups of short
/// identifier-like keys dominate rendering, and Java's own hash order, where it shows, is
/// modelled separately (the gateway's `hash_order`).
pub type Entries = IndexMap<Str, Value, rustc_hash::FxBuildHasher>;

/// One Java object (or `null`).
#[derive(Clone, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    /// `java.lang.Integer`
    Int(i32),
    /// `java.lang.Long`
    Long(i64),
    /// `java.math.BigInteger`, kept as its decimal text.
    BigInt(Str),
    /// `java.lang.Double`
    Double(f64),
    /// `java.math.BigDecimal`, kept as the text `BigDecimal.toString()` prints.
    BigDecimal(Str),
    Str(Str),
    List(ListRef),
    Map(MapRef),
    /// A `Map.Entry` from `entrySet()`.
    Entry(Rc<(Value, Value)>),
    /// The `$foreach` loop scope.
    Foreach(Rc<ForeachScope>),
    /// A `#define` block: rendered each time it is referenced.
    Define(Block),
    /// An object supplied by the embedder (`$input`, `$util`, ...).
    Host(Rc<dyn HostObject>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::from(s))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Arc::from(s))
    }

    pub fn empty_str() -> Value {
        thread_local! {
            static EMPTY: Str = Arc::from("");
        }
        EMPTY.with(|e| Value::Str(e.clone()))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Velocity 1.7 `#if` truthiness: only `null` and `Boolean.FALSE` are false
    /// (ASTReference.evaluate); empty strings, `0` and empty lists are true.
    pub fn is_truthy(&self) -> bool {
        !matches!(self, Value::Null | Value::Bool(false))
    }

    pub fn new_list(kind: ListKind, items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(List { kind, items })))
    }

    pub fn new_map(kind: MapKind, entries: Entries) -> Value {
        Value::Map(Rc::new(RefCell::new(Map { kind, entries })))
    }

    /// The Java class name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "java.lang.Boolean",
            Value::Int(_) => "java.lang.Integer",
            Value::Long(_) => "java.lang.Long",
            Value::BigInt(_) => "java.math.BigInteger",
            Value::Double(_) => "java.lang.Double",
            Value::BigDecimal(_) => "java.math.BigDecimal",
            Value::Str(_) => "java.lang.String",
            Value::List(l) => l.borrow().kind.class_name(),
            Value::Map(m) => m.borrow().kind.class_name(),
            Value::Entry(_) => "java.util.Map$Entry",
            Value::Foreach(_) => "org.apache.velocity.runtime.directive.ForeachScope",
            Value::Define(_) => "org.apache.velocity.runtime.directive.Block$Reference",
            Value::Host(h) => h.class_name(),
        }
    }

    /// A copy that shares no collection with the original (Java `clone` all the way down).
    pub fn deep_clone(&self) -> Value {
        match self {
            Value::List(l) => {
                let l = l.borrow();
                Value::new_list(l.kind, l.items.iter().map(Value::deep_clone).collect())
            }
            Value::Map(m) => {
                let m = m.borrow();
                // Cloning the IndexMap keeps its hash table: no key is hashed again.
                let mut entries = m.entries.clone();
                for v in entries.values_mut() {
                    if matches!(v, Value::List(_) | Value::Map(_)) {
                        *v = v.deep_clone();
                    }
                }
                Value::new_map(m.kind, entries)
            }
            other => other.clone(),
        }
    }

    pub fn as_number(&self) -> Option<Number> {
        Number::from_value(self)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Define(_) => write!(f, "<#define block>"),
            other => match to_java_string(other) {
                Some(s) => write!(f, "{}({s})", other.type_name()),
                None => write!(f, "{}", other.type_name()),
            },
        }
    }
}

/// A Java `List` or array.
#[derive(Clone, Debug)]
pub struct List {
    pub kind: ListKind,
    pub items: Vec<Value>,
}

pub type ListRef = Rc<RefCell<List>>;

/// Which Java class a list is, which decides how it prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// `java.util.ArrayList` (list literals, ranges, `keySet()`): prints `[a, b]`.
    ArrayList,
    /// `net.minidev.json.JSONArray` (arrays of a parsed payload): prints as JSON text.
    JsonArray,
    /// A Java `String[]` (from `split`): prints its identity, `[Ljava.lang.String;@…`.
    StringArray,
}

impl ListKind {
    pub fn class_name(self) -> &'static str {
        match self {
            ListKind::ArrayList => "java.util.ArrayList",
            ListKind::JsonArray => "net.minidev.json.JSONArray",
            ListKind::StringArray => "java.lang.String[]",
        }
    }
}

/// A Java `Map` with string keys, in insertion order.
#[derive(Clone, Debug)]
pub struct Map {
    pub kind: MapKind,
    pub entries: Entries,
}

pub type MapRef = Rc<RefCell<Map>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKind {
    /// `java.util.LinkedHashMap`: prints `{a=1, b=x}`.
    Linked,
    /// A map whose own `toString()` is null, so it renders as nothing while its members work
    /// (API Gateway's nested `$context` maps; see the gateway layer for the evidence).
    Opaque,
}

impl MapKind {
    pub fn class_name(self) -> &'static str {
        match self {
            MapKind::Linked => "java.util.LinkedHashMap",
            MapKind::Opaque => "java.util.HashMap",
        }
    }
}

/// State of one `#foreach` loop, as `$foreach` exposes it (Velocity 1.7 ForeachScope).
#[derive(Debug)]
pub struct ForeachScope {
    pub index: Cell<usize>,
    pub has_next: Cell<bool>,
    pub parent: Option<Rc<ForeachScope>>,
}

impl ForeachScope {
    pub fn topmost(self: &Rc<Self>) -> Rc<ForeachScope> {
        let mut cur = self.clone();
        while let Some(p) = cur.parent.clone() {
            cur = p;
        }
        cur
    }
}

/// How a host object's member access ended.
#[derive(Debug)]
pub enum HostError {
    /// No such method or property: Velocity treats the reference as null.
    NoSuchMember,
    /// The method threw: rendering fails (API Gateway answers 500).
    Threw(JavaException),
}

/// An object the embedder puts into the context (`$input`, `$util`, ...). The engine calls it
/// the way Velocity's introspector calls a Java object.
pub trait HostObject {
    fn class_name(&self) -> &'static str;
    /// `$obj.name`: Velocity tries `getName()`, `get("name")`, `isName()`.
    fn property(&self, name: &str) -> Result<Value, HostError>;
    /// `$obj.name(args)`.
    fn call(&self, name: &str, args: &[Value]) -> Result<Value, HostError>;
    /// `toString()`; `None` when it returns null (renders as nothing).
    fn to_java_string(&self) -> Option<String>;
    /// The elements `#foreach` visits, if the object is iterable.
    fn iterate(&self) -> Option<Vec<Value>> {
        None
    }
}
