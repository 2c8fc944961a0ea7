//! The commands: thin clients of the library layers. Each returns the process exit code.
//!
//! Exit codes everywhere: 0 success, 1 the check found problems (a template error, a failing
//! test, a lint finding), 2 usage or I/O error.

pub mod event;
mod input;
pub mod invoke;
pub mod lint;
pub mod render;
pub mod test;

pub const EXIT_OK: u8 = 0;
pub const EXIT_PROBLEMS: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
