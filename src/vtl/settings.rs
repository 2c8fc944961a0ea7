//! Engine settings: the places where an embedder (the gateway layer) chooses behaviour that
//! differs from stock Apache Velocity 1.7, and the limits that keep rendering bounded.

/// What a reference that evaluates to null becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NullReference {
    /// Stock Velocity 1.7: `$foo` prints its own source text `$foo` (`$!foo` prints nothing),
    /// and `#set($x = $foo)` leaves `$x` unchanged (`directive.set.null.allowed=false`).
    Literal,
    /// The reference evaluates to the empty string everywhere: it prints nothing, compares
    /// equal to `""`, is true in `#if`, and `#set` stores `""`. The chain stops at the first
    /// null (`$undefined.length()` is `""`). This is what API Gateway does (see the gateway
    /// layer's settings for the recordings).
    EmptyString,
}

/// What happens when a `#foreach` reaches [`Limits::max_foreach_iterations`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoopOverflow {
    /// Velocity 1.7 (`directive.foreach.maxloops`): the loop ends silently.
    Stop,
    /// Rendering fails with an error.
    Error,
}

/// Bounds on the work one render may do. Each ends in a clear error (or, for loops, what
/// [`LoopOverflow`] says), never a hang or a stack overflow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Iterations of one `#foreach`; `None` is unlimited (stock Velocity).
    pub max_foreach_iterations: Option<usize>,
    pub foreach_overflow: LoopOverflow,
    /// Nested macro calls (Velocity 1.7 `velocimacro.max.depth`, default 20).
    pub max_macro_depth: usize,
    /// Nested `#evaluate`, `#define` and interpolated-string renders.
    pub max_render_depth: usize,
    /// Bytes of output.
    pub max_output_bytes: usize,
    /// Total steps (nodes executed plus loop iterations) across the whole render.
    pub max_steps: u64,
    /// Elements of one range or list built by the template.
    pub max_collection_size: usize,
    /// Bytes of one string built by the template (`"$s$s"`, `+`, `concat`, `replace`...).
    pub max_string_bytes: usize,
    /// Backtracking steps of one Java regex match (`replaceAll`, `matches`, `split`).
    pub regex_backtrack_limit: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_foreach_iterations: None,
            foreach_overflow: LoopOverflow::Stop,
            max_macro_depth: 20,
            max_render_depth: 64,
            max_output_bytes: 64 * 1024 * 1024,
            max_steps: 50_000_000,
            max_collection_size: 10_000_000,
            max_string_bytes: 64 * 1024 * 1024,
            regex_backtrack_limit: 1_000_000,
        }
    }
}

/// Everything the engine lets its embedder choose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub null_reference: NullReference,
    pub limits: Limits,
}

impl Default for Settings {
    /// Stock Apache Velocity 1.7.
    fn default() -> Self {
        Settings {
            null_reference: NullReference::Literal,
            limits: Limits::default(),
        }
    }
}
