"""Only the package list, which pyproject.toml cannot say: every package found under explorer/, plus the
top-level data folders samples/ and resources/ installed as explorer.samples and explorer.resources
(their folders and files are mapped in pyproject.toml)."""

from setuptools import find_packages, setup

setup(packages=find_packages(include=["explorer", "explorer.*"]) + ["explorer.samples", "explorer.resources"])
