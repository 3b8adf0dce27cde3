"""Checks an evidence pack as its README says, with nothing but Python's standard zipfile,
hashlib and PyYAML: every file the manifest lists has its size and SHA-256, and nothing else is
in the pack. Takes the ZIP or the folder it was unzipped in; prints a JSON report."""
import hashlib
import json
import os
import sys
import zipfile

import yaml

path = sys.argv[1]
if os.path.isdir(path):
    names = sorted(os.listdir(path))
    read = lambda name: open(os.path.join(path, name), "rb").read()
    times = {}
    bad_crc = None
else:
    archive = zipfile.ZipFile(path)
    bad_crc = archive.testzip()
    names = archive.namelist()
    read = archive.read
    times = {info.filename: list(info.date_time) for info in archive.infolist()}

manifest = yaml.safe_load(read("manifest.yaml"))
listed = [entry["name"] for entry in manifest["files"]]
mismatches = [
    entry["name"]
    for entry in manifest["files"]
    if len(read(entry["name"])) != entry["bytes"]
    or hashlib.sha256(read(entry["name"])).hexdigest() != entry["sha256"]
]
print(json.dumps({
    "names": names,
    "unlisted": [name for name in names if name not in listed and name != "manifest.yaml"],
    "mismatches": mismatches,
    "badCrc": bad_crc,
    "times": times,
    "manifest": manifest,
}, ensure_ascii=False))
