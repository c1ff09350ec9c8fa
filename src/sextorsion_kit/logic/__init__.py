"""Pure rules, no widget and no chart: quiz scoring, the law, guessability."""
