//! The compiled-module cache every in-process engine keeps: consecutive
//! cases that differ only in the host side share a module (see
//! `GenConfig::host_variants`), so it is compiled once.

use super::Phases;
use std::collections::HashMap;
use std::time::Instant;

/// Modules kept before the cache starts over (cases come in runs of the same
/// module, so dropping everything at once costs little).
pub const CAPACITY: usize = 256;

pub struct ModuleCache<M> {
    map: HashMap<u64, M>,
}

impl<M: Clone> Default for ModuleCache<M> {
    fn default() -> Self {
        ModuleCache { map: HashMap::new() }
    }
}

impl<M: Clone> ModuleCache<M> {
    /// The module for `key`, compiling it on a miss; hits, misses and compile
    /// time go to `phases` when given.
    pub fn get_or_compile<E>(
        &mut self,
        key: u64,
        phases: Option<&mut Phases>,
        compile: impl FnOnce() -> Result<M, E>,
    ) -> Result<M, E> {
        if let Some(m) = self.map.get(&key) {
            if let Some(p) = phases {
                p.cache_hits += 1;
            }
            return Ok(m.clone());
        }
        let t = Instant::now();
        let m = compile()?;
        if let Some(p) = phases {
            p.compile += t.elapsed();
            p.modules_compiled += 1;
        }
        if self.map.len() >= CAPACITY {
            self.map.clear();
        }
        self.map.insert(key, m.clone());
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_once_per_key_and_counts() {
        let mut c = ModuleCache::<u32>::default();
        let mut p = Phases::default();
        let mut compiles = 0;
        for key in [1, 1, 2, 1] {
            c.get_or_compile::<()>(key, Some(&mut p), || {
                compiles += 1;
                Ok(key as u32)
            })
            .unwrap();
        }
        assert_eq!((compiles, p.modules_compiled, p.cache_hits), (2, 2, 2));
        assert!(c.get_or_compile(3, None, || Err("bad")).is_err());
        assert_eq!(c.get_or_compile::<()>(3, None, || Ok(7)), Ok(7), "a failed compile is not cached");
    }
}
