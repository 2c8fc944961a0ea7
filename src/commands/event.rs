//! `gwmap event`: the Lambda proxy event API Gateway would send for a request.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::input::read_request;
use super::{EXIT_OK, EXIT_USAGE};
use crate::gateway::pipeline::lambda_proxy::{event_v1, event_v2};

#[derive(Debug, Args)]
pub struct EventArgs {
    /// Request file (JSON; see README), or `-` for standard input.
    #[arg(long, short = 'r', value_name = "FILE")]
    pub request: Option<PathBuf>,
    /// Payload format: 1.0 (REST API, AWS_PROXY) or 2.0 (HTTP API).
    #[arg(long, value_enum, default_value = "1.0")]
    pub version: EventVersion,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum EventVersion {
    #[value(name = "1.0")]
    V1,
    #[value(name = "2.0")]
    V2,
}

pub fn run(args: &EventArgs) -> u8 {
    let request = match read_request(args.request.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    let event = match args.version {
        // No binaryMediaTypes here: a request file's base64 body is taken to be binary.
        EventVersion::V1 => event_v1(&request, request.body_is_base64),
        EventVersion::V2 => event_v2(&request),
    };
    let mut text = serde_json::to_string_pretty(&event).unwrap_or_default();
    text.push('\n');
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
        .is_err()
    {
        return EXIT_USAGE;
    }
    EXIT_OK
}
