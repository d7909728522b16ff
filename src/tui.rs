//! The terminal UI.
use crate::cli::Context;

pub fn run(_cx: &Context, _demo: bool) -> anyhow::Result<()> {
    anyhow::bail!("the terminal UI is not built yet")
}
