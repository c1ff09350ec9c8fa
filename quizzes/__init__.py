"""The quizzes (YAML, one file each). A package only so that an installed kit finds them."""
