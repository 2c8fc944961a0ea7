//! Java library semantics the engine needs: `Double.toString`, `String` methods on UTF-16
//! indices, and `java.util.regex`.

pub mod number;
pub mod regex;
pub mod string;
