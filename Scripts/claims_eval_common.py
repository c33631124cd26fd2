"""Shared helpers for the claims evaluation scripts: finding documents and
reading annotation files. Written for Reader (CC0 1.0)."""
import json
import os

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANNOTATIONS = os.path.join(REPO, "Evaluation", "claims")


def corpus_root():
    """The shared corpus folder: $READER_CORPUS or ../shared/corpus beside the repository."""
    env = os.environ.get("READER_CORPUS")
    if env:
        return env
    return os.path.normpath(os.path.join(REPO, "..", "shared", "corpus"))


def document_path(ann):
    """The file an annotation describes, or None when it is not on this machine."""
    if "path" in ann:
        p = os.path.join(REPO, ann["path"])
    else:
        p = os.path.join(corpus_root(), ann["corpus"])
    return p if os.path.exists(p) else None


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def annotation_files():
    return sorted(os.path.join(ANNOTATIONS, n) for n in os.listdir(ANNOTATIONS) if n.endswith(".json"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def spans_of(claim):
    """Every annotated span of a claim with its role: content, cue pieces, speaker."""
    yield "content", claim["content"]
    for c in claim.get("cue") or []:
        yield "cue", c
    sp = claim.get("speaker")
    if sp and sp.get("text") is not None:
        yield "speaker", sp
