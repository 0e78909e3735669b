"""Training recipe for duidelijk's bundled Dutch spaCy pipeline."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CONFIG_PATH = PACKAGE_DIR / "config.cfg"
FINETUNE_CONFIG_PATH = PACKAGE_DIR / "finetune.cfg"
# The shared data sits next to the repository: ../shared/data/ud-dutch seen from the checkout.
DEFAULT_DATA = PACKAGE_DIR.parents[2] / "shared" / "data" / "ud-dutch"
