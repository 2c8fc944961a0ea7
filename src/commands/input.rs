//! Reading the files a command is given: `-` is standard input; request files report the JSON
//! path (and line) of what is wrong.

use std::io::Read;
use std::path::Path;

use crate::gateway::Request;

/// The text of a file, or of standard input for `-`.
pub(crate) fn read_input(p: &Path) -> Result<String, String> {
    if p.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        Ok(s)
    } else {
        std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
    }
}

/// A request file, or the default request when none is given.
pub(crate) fn read_request(p: Option<&Path>) -> Result<Request, String> {
    let Some(p) = p else {
        return Ok(Request::default());
    };
    let text = read_input(p)?;
    Request::from_json(&text).map_err(|e| {
        let mut m = format!("{}: {e}", p.display());
        if let Some((l, c)) = e.line_col {
            m.push_str(&format!(" (line {l}, column {c})"));
        }
        if let Some(h) = e.help {
            m.push_str(&format!("\n  help: {h}"));
        }
        m
    })
}
