"""Charts drawn with matplotlib, each with a text alternative. Imported only when drawn."""
