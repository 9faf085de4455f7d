#!/usr/bin/env python3
"""Checks the layering of docs/architecture.md on the sources, beside the compiler's own check
(each layer compiles with the include roots of the layers below it only): no relative '../'
include, no project header of a layer that is not below, no Qt SQL or Widgets header where it
does not belong. Usage: layer_check.py SOURCE_DIR"""
import os
import re
import sys

src = sys.argv[1]
# layer -> the project folders its files may include (its own and those below it)
ALLOWED = {
    'models/domain': {'domain'},
    'models/import': {'domain', 'import'},
    'models/storage': {'domain', 'storage'},
    'models/services': {'domain', 'import', 'storage', 'services'},
    'models/itemmodels': {'domain', 'import', 'storage', 'services', 'itemmodels'},
    'ui': {'domain', 'import', 'storage', 'services', 'itemmodels', 'ui'},
    'app': {'domain', 'import', 'storage', 'services', 'itemmodels', 'ui', 'i18n', 'app'},
}
# Above the services, storage is reached only through the connection handle.
STORAGE_ABOVE_SERVICES = {'storage/database.h'}
NO_SQL = ('models/domain', 'models/import', 'models/itemmodels', 'ui', 'app')
NO_WIDGETS = ('models/',)
SQL_HEADER = re.compile(r'#include\s*<(QtSql/)?QSql\w*>')
WIDGET_HEADERS = re.compile(r'#include\s*<(QtWidgets/)?(QWidget|QDialog|QApplication|QMainWindow|QMessageBox|QLabel)\b')
INCLUDE = re.compile(r'#include\s*"([^"]+)"')

problems = []
for layer, allowed in ALLOWED.items():
    base = os.path.join(src, layer)
    for dirpath, _, files in os.walk(base):
        for name in files:
            if not name.endswith(('.h', '.cpp')):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, src)
            text = open(path, encoding='utf-8').read()
            for m in INCLUDE.finditer(text):
                inc = m.group(1)
                if inc.endswith('.moc'):
                    continue
                if '..' in inc.split('/'):
                    problems.append(f'{rel}: relative include "{inc}"')
                    continue
                if '/' not in inc:
                    continue  # a header of the file's own folder (ui/, app/...)
                top = inc.split('/')[0]
                if top not in allowed:
                    problems.append(f'{rel}: includes "{inc}" from layer "{top}", which is not below {layer}')
                elif top == 'storage' and layer in ('models/itemmodels', 'ui', 'app') \
                        and inc not in STORAGE_ABOVE_SERVICES:
                    problems.append(f'{rel}: includes "{inc}": above the services, use a service instead')
            if layer.startswith(NO_SQL) and SQL_HEADER.search(text):
                problems.append(f'{rel}: includes a Qt SQL header: SQL belongs in models/storage')
            if layer.startswith(NO_WIDGETS) and WIDGET_HEADERS.search(text):
                problems.append(f'{rel}: includes a Qt Widgets header: the core never depends on Widgets')

for p in problems:
    print(p)
print(f'layer check: {len(problems)} problem(s)')
sys.exit(1 if problems else 0)
