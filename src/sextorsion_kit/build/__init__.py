"""Build-time tools: command line, notebook execution, decks, PDFs, student pages, checks."""
