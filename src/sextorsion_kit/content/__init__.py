"""The kit's content: YAML files read into typed models, with one clear line per problem."""

from .errors import ContentError, Problem
from .loader import Content, check, kind_of, load_content, load_file, spacing_problems_in, texts_in
from .paths import ROOT_VARIABLE, content_files, content_root

__all__ = [
    "ROOT_VARIABLE",
    "Content",
    "ContentError",
    "Problem",
    "check",
    "content_files",
    "content_root",
    "kind_of",
    "load_content",
    "load_file",
    "spacing_problems_in",
    "texts_in",
]
