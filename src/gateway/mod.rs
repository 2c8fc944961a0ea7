//! The API Gateway runtime: everything a mapping template sees (`$input`, `$util`,
//! `$context`, `$stageVariables`) and the engine settings AWS uses. Uses [`crate::vtl`];
//! knows nothing of the commands.

pub mod context;
pub mod hash_order;
pub mod headers;
pub mod input;
pub mod integration;
pub mod jsonpath;
pub mod payload;
pub mod pipeline;
pub mod render;
pub mod request;
pub mod settings;
pub mod util;
pub mod util_object;

pub use render::{render_template, Direction, RenderOptions, Rendered};
pub use request::Request;
pub use settings::api_gateway_settings;
