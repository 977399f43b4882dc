//! Core: commands, queries. Room: core.
