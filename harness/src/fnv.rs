//! FNV-1a, 64 bit: the stable hash for names, keys and comparisons (stable
//! across Rust versions and processes, unlike `DefaultHasher`).

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

/// The hash of some bytes.
pub fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(OFFSET, |h, b| (h ^ *b as u64).wrapping_mul(PRIME))
}

/// The hash of a sequence of texts (each followed by a NUL, so `["ab", "c"]`
/// and `["a", "bc"]` differ).
pub fn hash_parts(parts: &[&str]) -> u64 {
    parts.iter().fold(OFFSET, |h, p| {
        p.bytes().chain([0]).fold(h, |h, b| (h ^ b as u64).wrapping_mul(PRIME))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_values_and_part_boundaries() {
        assert_eq!(super::hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(super::hash_parts(&["ab", "c"]), super::hash_parts(&["a", "bc"]));
    }
}
