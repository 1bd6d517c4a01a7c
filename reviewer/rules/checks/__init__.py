"""Small, named check functions: (rule, analysis) -> Verdict."""
