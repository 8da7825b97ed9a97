//! The `reentry` command line. Subcommands are thin: they parse arguments and
//! call the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
