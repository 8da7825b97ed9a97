//! The OSS-Fuzz / ClusterFuzzLite build integration (fuzz/oss-fuzz/,
//! linked as .clusterfuzzlite) stays in step with the cargo-fuzz crate:
//! build.sh ships every target but the one it says it leaves out, seeds
//! them, and the example nightly workflow runs the nightly and uploads it.

use crate::common::repo;

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `[[bin]]` names of fuzz/Cargo.toml.
fn fuzz_targets() -> Vec<String> {
    let manifest = read("fuzz/Cargo.toml");
    let mut names: Vec<String> = manifest
        .split("[[bin]]")
        .skip(1)
        .filter_map(|bin| bin.lines().find_map(|l| l.trim().strip_prefix("name = ")).map(|n| n.trim_matches('"').to_string()))
        .collect();
    names.sort();
    names
}

#[test]
fn build_sh_ships_every_target_but_guest_diff_with_its_seeds() {
    let build = read("fuzz/oss-fuzz/build.sh");
    let line = build.lines().find_map(|l| l.strip_prefix("TARGETS=")).expect("build.sh names its TARGETS");
    let mut shipped: Vec<String> = line.trim_matches('"').split_whitespace().map(String::from).collect();
    assert!(build.contains("guest_diff is left out"), "build.sh says why guest_diff is not shipped");
    shipped.push("guest_diff".into());
    shipped.sort();
    assert_eq!(shipped, fuzz_targets(), "fuzz/Cargo.toml and build.sh's TARGETS differ");
    assert!(build.contains("scripts/fuzz-seeds.sh --zip \"$OUT\""), "the seed corpora are archived into $OUT");
    assert!(read("scripts/fuzz-seeds.sh").contains("${target}_seed_corpus.zip"));
}

#[test]
fn clusterfuzzlite_finds_the_same_three_files() {
    let link = std::fs::read_link(repo().join(".clusterfuzzlite")).expect(".clusterfuzzlite is a link");
    assert_eq!(link, std::path::Path::new("fuzz/oss-fuzz"));
    for f in ["project.yaml", "Dockerfile", "build.sh"] {
        assert!(repo().join(".clusterfuzzlite").join(f).is_file(), "{f}");
    }
    assert!(read("fuzz/oss-fuzz/project.yaml").lines().any(|l| l == "language: rust"));
    let docker = read("fuzz/oss-fuzz/Dockerfile");
    assert!(docker.contains("FROM gcr.io/oss-fuzz-base/base-builder-rust") && docker.contains("COPY fuzz/oss-fuzz/build.sh $SRC/"));
}

#[test]
fn the_example_workflow_runs_the_nightly_and_uploads_its_report() {
    let wf = read(".github/workflows/nightly.yml");
    assert!(wf.contains("scripts/nightly.sh --budget") && wf.contains("--out reports/night"));
    assert!(wf.contains("actions/upload-artifact") && wf.contains("path: reports/night"));
    assert!(wf.contains("google/clusterfuzzlite/actions/build_fuzzers") && wf.contains("language: rust"));
}
