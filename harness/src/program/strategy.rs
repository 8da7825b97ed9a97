//! proptest strategies for programs. They drive the same generator as the
//! `Arbitrary` implementation from a byte vector, so they only ever produce
//! valid programs; proptest shrinks the bytes, and shorter or smaller bytes
//! make smaller programs (the generator stops when the bytes run out).

use super::gen::{generate, GenConfig};
use super::Program;
use arbitrary::Unstructured;
use proptest::prelude::*;

/// Programs from the default generator configuration.
pub fn program() -> impl Strategy<Value = Program> {
    program_with(GenConfig::default())
}

/// Programs from a given generator configuration.
pub fn program_with(cfg: GenConfig) -> impl Strategy<Value = Program> {
    proptest::collection::vec(any::<u8>(), 0..2048)
        .prop_map(move |bytes| generate(&mut Unstructured::new(&bytes), &cfg).expect("generation cannot fail"))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest! {
        #[test]
        fn strategy_programs_validate(p in program()) {
            prop_assert!(p.validate().is_ok());
        }
    }
}
