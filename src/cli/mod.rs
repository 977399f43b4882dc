//! CLI. Room: cli.
