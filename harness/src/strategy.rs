//! The panic strategy (DESIGN.md §4): what a Rust panic is on the Wasm
//! side of a lane. Every layer from the compiler up reads it; it depends on
//! nothing.

/// The panic strategy the Wasm side is built with (DESIGN.md §4): what a
/// Rust panic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
#[clap(rename_all = "kebab-case")]
pub enum Panic {
    /// `-Cpanic=unwind`: a panic unwinds, landing pads run, `catch_unwind`
    /// catches it, the export boundary makes it a `PanicError`.
    #[default]
    Unwind,
    /// `-Cpanic=abort`: a panic is an abort (docs/protocol.md 28-30, 36).
    Abort,
}

impl Panic {
    pub fn name(self) -> &'static str {
        match self {
            Panic::Unwind => "unwind",
            Panic::Abort => "abort",
        }
    }

    pub fn is_unwind(&self) -> bool {
        *self == Panic::Unwind
    }
}
