//! Writing goldens for `--bless`: atomically (a temporary file in the same folder, flushed,
//! then renamed over the target), so an interrupted run never leaves a half-written golden.

use std::io::Write;
use std::path::Path;

pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| String::from("golden"));
    let tmp = dir.join(format!(".{name}.gwmap-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_and_replaces() {
        let dir = std::env::temp_dir().join(format!("gwmap-bless-{}", std::process::id()));
        let p = dir.join("sub/g.json");
        super::write_atomic(&p, b"1").unwrap();
        super::write_atomic(&p, b"22").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"22");
        assert_eq!(std::fs::read_dir(dir.join("sub")).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(dir);
    }
}
