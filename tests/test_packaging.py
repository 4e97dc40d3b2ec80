"""An installed copy (a wheel, not the checkout) carries resources/ and finds it."""

import subprocess
import zipfile

import pytest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory, python):
    out = tmp_path_factory.mktemp("wheel")
    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    subprocess.run(
        [python, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(root)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(out.glob("*.whl"))


@pytest.fixture(scope="module")
def python():
    import sys

    return sys.executable


def test_the_wheel_carries_the_translation_source(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "workload_desk/resources/translations/workload_desk_nl.ts" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_an_installed_copy_finds_its_resources(wheel, tmp_path, python):
    target = tmp_path / "site"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from workload_desk.core.resources import translations_dir; from workload_desk.core import i18n; "
        "print(translations_dir()); print(i18n.catalog('nl')[('MainWindow', '&File')])"
    )
    done = subprocess.run([python, "-c", code, str(target)], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    where, dutch = done.stdout.splitlines()
    assert where == str(target / "workload_desk" / "resources" / "translations")
    assert dutch == "&Bestand"
