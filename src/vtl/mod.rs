//! A Velocity 1.7 template engine with Java semantics. It knows nothing of API Gateway: the
//! embedder supplies values and host objects and chooses [`Settings`].
//!
//! Parse once with [`Template::parse`], render many times with [`Template::render`].

pub mod ast;
pub mod error;
mod eval;
pub mod java;
mod methods;
mod parser;
pub mod settings;
pub mod span;
mod template;
pub mod trace;
pub mod value;

pub use error::{RenderError, RenderErrorKind, SyntaxError};
pub use eval::{Context, LazyValue};
pub use settings::{Limits, LoopOverflow, NullReference, Settings};
pub use span::Span;
pub use template::Template;
pub use value::{HostError, HostObject, Value};
