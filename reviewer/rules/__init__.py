"""Rules as data (catalogue/*.toml) plus the small check functions that apply them."""
