"""The container image and the hosting guide (docs/deploy.md): the Dockerfile parsed and checked instruction by
instruction (no Docker daemon is needed), and the guide's promises (cache headers, commands) held against the
catalog itself."""
import asyncio
import json
import re
import shlex
import tomllib

from db.serve import build_datasette
from scrapers.cli import build_parser
from tests.conftest import PROJECT
from tests.test_catalog import catalog  # noqa: F401 (the small catalog fixture)

DOCKERFILE = PROJECT / "Dockerfile"
GUIDE = PROJECT / "docs" / "deploy.md"
INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
                "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile: comments dropped, continued lines joined."""
    lines, current = [], ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        if not current and (not raw.strip() or raw.lstrip().startswith("#")):
            continue
        if raw.lstrip().startswith("#"):
            continue  # a comment inside a continued instruction
        current += raw.rstrip()[:-1] + " " if raw.rstrip().endswith("\\") else raw
        if not raw.rstrip().endswith("\\"):
            lines.append(current)
            current = ""
    assert not current, "the Dockerfile ends inside a continued line"
    parsed = []
    for line in lines:
        name, _, arguments = line.strip().partition(" ")
        parsed.append((name.upper(), arguments.strip()))
    return parsed


def exec_form(arguments: str) -> list[str]:
    value = json.loads(arguments)
    assert isinstance(value, list) and all(isinstance(part, str) for part in value), arguments
    return value


def test_every_instruction_is_docker_syntax():
    parsed = instructions()
    assert {name for name, _ in parsed} <= INSTRUCTIONS, {name for name, _ in parsed} - INSTRUCTIONS
    assert parsed[0][0] == "FROM" and [name for name, _ in parsed].count("FROM") == 1
    for name, arguments in parsed:
        assert arguments, name
        if name in ("CMD", "ENTRYPOINT") or (name == "HEALTHCHECK" and "CMD [" in arguments):
            exec_form(arguments.split("CMD", 1)[1] if name == "HEALTHCHECK" else arguments)  # exec form: signals
        if name == "ENV":
            assert all("=" in pair for pair in shlex.split(arguments)), arguments


def test_base_image_is_pinned_and_python_is_what_the_package_requires():
    image = dict(instructions())["FROM"]
    assert re.fullmatch(r"python:(\d+)\.(\d+)-slim-\w+", image), image  # a version, never :latest
    major, minor = map(int, re.match(r"python:(\d+)\.(\d+)", image).groups())
    required = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert (major, minor) >= tuple(map(int, re.search(r">=\s*(\d+)\.(\d+)", required).groups()))


def test_the_image_copies_every_package_and_what_pip_install_reads():
    copied = [shlex.split(arguments)[:-1] for name, arguments in instructions() if name == "COPY"]
    sources = {source.rstrip("/") for group in copied for source in group if not source.startswith("--")}
    for source in sources:
        assert (PROJECT / source).exists(), source
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())
    packages = {pattern.rstrip("*") for pattern in project["tool"]["setuptools"]["packages"]["find"]["include"]}
    assert packages | {"pyproject.toml", project["project"]["readme"]} <= sources
    assert ("RUN", "pip install .") in instructions()


def test_the_image_serves_on_every_interface_as_an_unprivileged_user():
    parsed = instructions()
    names = [name for name, _ in parsed]
    user = dict(parsed)["USER"]
    assert user not in ("root", "0") and names.index("USER") > names.index("RUN")
    command = exec_form(dict(parsed)["CMD"])
    assert command[:2] == ["microgigs", "serve"]
    arguments = build_parser().parse_args(command[1:])  # the real CLI accepts it
    assert arguments.host == "0.0.0.0" and str(arguments.port) == dict(parsed)["EXPOSE"]
    environment = dict(pair.split("=", 1) for pair in shlex.split(dict(parsed)["ENV"]))
    volume = exec_form(dict(parsed)["VOLUME"])[0]
    assert environment["MICROGIGS_DB"].startswith(volume + "/")


def test_the_health_check_asks_a_page_the_catalog_answers(catalog):  # noqa: F811
    check = " ".join(exec_form(dict(instructions())["HEALTHCHECK"].split("CMD", 1)[1]))
    path = re.search(r"http://127\.0\.0\.1:8001(/[^'\"]+)", check).group(1)
    assert asyncio.run(build_datasette(catalog).client.get(path)).status_code == 200


def test_dockerignore_keeps_local_data_out_of_the_image():
    ignored = {line.strip() for line in (PROJECT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    assert {".git", ".venv", "*.db", "tests"} <= ignored


def test_the_guide_says_the_cache_headers_the_catalog_sends(catalog):  # noqa: F811
    guide = GUIDE.read_text(encoding="utf-8")
    ds = build_datasette(catalog)
    for path, row in (("/-/widget", "`/-/widget`"), ("/microgigs/search_feed.atom", "`/microgigs/search_feed.atom`")):
        promised = re.search(re.escape(row) + r"[^|]*\| `([^`]+)`", guide).group(1)
        assert asyncio.run(ds.client.get(path)).headers["cache-control"] == promised, path
    search = asyncio.run(ds.client.get("/microgigs/search.json?_shape=array"))
    assert f"`{search.headers['cache-control']}`" in guide


def test_the_guide_uses_only_commands_and_options_the_cli_has():
    guide = GUIDE.read_text(encoding="utf-8")
    parser = build_parser()
    commands = re.findall(r"^(?:docker run [^\n]*? microgigs )?microgigs ([a-z]+[^\n#|`]*)", guide, re.M)
    assert len(commands) >= 5
    for command in commands:
        command = re.sub(r"\$\{?\w+\}?|\$\([^)]*\)", "x", command)  # a shell variable stands for a value
        parser.parse_args(shlex.split(command))  # exits (fails) on an unknown command or option
    for needed in ("--host", "FORWARDED_ALLOW_IPS", "X-Forwarded-Proto", "Cache-Control", "VACUUM INTO",
                   "docker build", "HTTPS"):
        assert needed in guide, needed
