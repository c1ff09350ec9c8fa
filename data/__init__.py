"""The kit's content files (YAML). A package only so that an installed kit finds them."""
