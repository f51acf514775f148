"""Reading the YAML data files that content and demo records come from."""

from pathlib import Path

import yaml

# libyaml's parser when PyYAML was built with it (the wheels are): the same
# safe subset of YAML, several times faster than the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
YAMLError = yaml.YAMLError


def parse_yaml(text):
    """The data of one YAML document (only plain types: the safe loader)."""
    return yaml.load(text, Loader=_LOADER)


def read_yaml(path):
    return parse_yaml(Path(path).read_text(encoding="utf-8"))
