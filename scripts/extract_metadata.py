"""Write the component metadata files dash.html / dash.dcc / dash.dash_table are built from.

Source: the API-surface extract of upstream Dash 4.4.1 (facts only: component names,
prop names, positional order, declared JS defaults, required flags, prop types), kept at
/work/shared/api/dash_api_surface.json. Each output file is source code for this
package: ``dash/development/_factory.py`` turns it into component classes at import.

Usage: python scripts/extract_metadata.py [path/to/dash_api_surface.json]
"""
import json
import re
import sys
from pathlib import Path
from typing import Any, Dict, List

DEFAULT_SOURCE = Path("/work/shared/api/dash_api_surface.json")
REPO = Path(__file__).resolve().parent.parent
# python module -> output folder inside the package
OUTPUTS = {
    "dash.html": REPO / "dash" / "html" / "metadata.json",
    "dash.dcc": REPO / "dash" / "dcc" / "metadata.json",
    "dash.dash_table": REPO / "dash" / "dash_table" / "metadata.json",
}


def _compact(text: str) -> str:
    """Collapse the whitespace of a multi-line JS literal onto one line."""
    return re.sub(r"\s+", " ", text).strip()


def slim_component(entry: Dict[str, Any]) -> Dict[str, Any]:
    """The fields the class factory and docstrings need, for one component."""
    python_props = [p for p in entry["props"] if p["python_prop"]]
    return {
        "python_name": entry["python_name"],
        "type": entry["type"],
        "namespace": entry["namespace"],
        "prop_names": entry["prop_names_python_order"],
        "init_positional": entry["init_positional"],
        "required": [p["name"] for p in python_props if p["required"]],
        "defaults": {p["name"]: _compact(p["default_js"]) for p in python_props if "default_js" in p},
        "prop_types": {p["name"]: p["type"] for p in python_props},
        "wildcard_prefixes": entry["wildcard_prefixes"],
        "children_props": entry["children_props"],
        "base_nodes": entry["base_nodes"],
    }


def build(surface: Dict[str, Any], module: str) -> Dict[str, Any]:
    """The metadata document of one python module."""
    components: List[Dict[str, Any]] = [slim_component(c) for c in surface["components"][module]]
    return {
        "module": module,
        "version": surface["module_versions"][module],
        "source": f"upstream dash {surface['dash_version']} API surface",
        "components": components,
    }


def main(argv: List[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    surface = json.loads(source.read_text(encoding="utf-8"))
    for module, target in OUTPUTS.items():
        document = build(surface, module)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
        print(f"{target.relative_to(REPO)}: {len(document['components'])} components")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
