#!/usr/bin/env python3
"""Fills every unfinished entry of an English .ts file with its source text (English is the
source language, so the translation is the source). Plural forms get the source with "(s)" made
singular ("1 step") and plural ("2 steps"), also where an earlier run left the source itself."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
root.set("language", "en")

def forms(text):
    return [text.replace("(s)", ""), text.replace("(s)", "s")]


for msg in root.iter("message"):
    src = msg.find("source")
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    filled_as_source = msg.get("numerus") == "yes" and [f.text for f in tr] == [src.text] * 2
    if (tr.get("type") in ("unfinished", "vanished", "obsolete") or (not tr.text and len(tr) == 0)
            or filled_as_source):
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms(src.text):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = src.text
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
