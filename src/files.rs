//! Files that hold client data (books, backups, handover folders and their
//! files): readable by their owner only, whatever the umask.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Create `dir` (and its parents) and make `dir` itself owner-only (0700).
pub fn create_dir_private(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    set_mode(dir, 0o700)
}

/// Create a new empty file, owner-only (0600) from its first byte on.
pub fn create_new_private(path: &Path) -> io::Result<fs::File> {
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

/// Write `contents` to `path`, owner-only (0600) even when it was there before.
pub fn write_private(path: &Path, contents: impl AsRef<[u8]>) -> io::Result<()> {
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut file = opts.open(path)?;
    set_mode(path, 0o600)?;
    file.write_all(contents.as_ref())?;
    file.sync_all()
}

/// Make an existing file or folder owner-only.
pub fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}
