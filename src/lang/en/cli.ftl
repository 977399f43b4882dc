# cli
cli-user-unknown-lang = unknown language "{ $lang }" (de, en)
