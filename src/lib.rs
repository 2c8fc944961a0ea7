//! gwmap: render, test and lint Amazon API Gateway mapping templates offline, byte for byte.
//!
//! Layers, each using only the ones below it:
//! - [`commands`]: `render`, and later `test` and `lint`: thin clients of the layers below.
//! - [`report`]: diagnostics as users see them.
//! - [`gateway`]: the API Gateway runtime (`$input`, `$util`, `$context`) over the engine.
//! - [`vtl`]: a Velocity 1.7 engine with Java semantics; knows nothing of API Gateway.

pub mod commands;
pub mod gateway;
pub mod lint;
pub mod report;
pub mod sources;
pub mod suggest;
pub mod testing;
pub mod vtl;
