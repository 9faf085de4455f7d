#!/usr/bin/env python3
"""Fills translations into agreementdesk_<lang>.ts from a file of "context<TAB>source<TAB>translation"
lines (plural forms separated by "||"). For translators who prefer a text editor to Linguist:
    translations/fill.py translations/agreementdesk_de.ts new-texts.tsv"""
import sys
import xml.etree.ElementTree as ET

ts, texts = sys.argv[1], sys.argv[2]
wanted = {}
for line in open(texts, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    ctx, src, dst = line.split("\t")
    wanted[(ctx, src.replace("\\n", "\n"))] = dst.replace("\\n", "\n")
tree = ET.parse(ts)
filled = 0
for ctx in tree.getroot().findall("context"):
    name = ctx.find("name").text
    for m in ctx.findall("message"):
        key = (name, m.find("source").text)
        if key not in wanted:
            continue
        t = m.find("translation")
        for c in list(t):
            t.remove(c)
        if m.get("numerus") == "yes":
            t.text = None
            for form in wanted[key].split("||"):
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = wanted[key]
        t.attrib.pop("type", None)
        filled += 1
tree.write(ts, encoding="utf-8", xml_declaration=True)
print(f"{filled} translation(s) filled")
