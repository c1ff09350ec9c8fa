"""What the notebooks show: ipywidgets views that follow the language and age band."""
