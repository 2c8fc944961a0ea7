//! Golden-file tests (`gwmap test`): case files name a template, requests and golden files;
//! the runner renders each case and compares it with its golden.
//!
//! - [`case`]: the case file format and its checks (errors name file, JSON path, expectation).
//! - [`discover`]: finding case files (`*.case.json`, `.gitignore` respected, sorted).
//! - [`compare`]: `exact` (line diff with word highlights), `json` and `xml` (differences by path).
//! - [`run`]: parallel runner and `--bless`; [`bless`]: atomic writes.
//! - [`report`]: human, JSON and JUnit reporters; [`coverage`]: lines and branches exercised.

pub mod bless;
pub mod case;
pub mod compare;
pub mod coverage;
pub mod discover;
pub mod report;
pub mod run;

pub use case::{Case, CaseFile, CaseFileError, Compare};
pub use run::{run, Options, Outcome, RunReport, Status};
