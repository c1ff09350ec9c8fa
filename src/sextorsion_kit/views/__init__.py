"""What the notebooks show besides the activities: texts and charts in both languages."""
