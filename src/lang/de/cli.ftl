# cli
cli-user-unknown-lang = unbekannte Sprache „{ $lang }“ (de, en)
