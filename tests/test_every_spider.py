"""Meta-tests: every spider has a test module, a sample capture with a manifest, and says what its fixture is."""
import json

import pytest

from scrapers.runner import spider_classes
from tests.conftest import PROJECT, SAMPLES

SPIDERS = spider_classes()


@pytest.mark.parametrize("name", sorted(SPIDERS))
def test_spider_has_test_sample_and_docstring(name):
    cls = SPIDERS[name]
    assert (PROJECT / "tests" / f"test_spider_{name}.py").is_file(), f"tests/test_spider_{name}.py is missing"
    manifest = SAMPLES / name / "manifest.json"
    assert manifest.is_file(), f"{manifest} is missing"
    for url, filename in json.loads(manifest.read_text()).items():
        assert url.startswith("https://") and (SAMPLES / name / filename).is_file()
        assert "sample" in filename
    module_doc = __import__(cls.__module__, fromlist=["x"]).__doc__ or ""
    assert "fixture" in module_doc.lower() or "fixture" in (cls.__doc__ or "").lower(), f"{name} does not say what its fixture is based on"
    assert (PROJECT / "scrapers" / "spiders" / f"{name}.py").is_file()  # file name = spider name


@pytest.mark.parametrize("name", sorted(SPIDERS))
def test_spider_declares_its_source(name):
    info = SPIDERS[name].source_info()
    assert info["kind"] in {"api", "ats", "rss", "html", "jsonld", "thread"}
    assert info["home_url"].startswith("https://") and info["terms"] and info["attribution"] and info["rate_limit"]
