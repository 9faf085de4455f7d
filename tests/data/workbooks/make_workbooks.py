#!/usr/bin/env python3
"""Writes the workbooks the import tests read: small .xlsx and .ods files built from their XML
parts with the standard library only (no spreadsheet program on the build machine), so what
each cell holds — a shared string, an inline string, a number, a boolean, a formula with its
stored result — is exactly what the test says.

  make_workbooks.py golden DIR      the golden cases (tests/data/golden)
  make_workbooks.py fromcsv IN OUT  the rows of a CSV file as an .xlsx (as Excel saves them) or .ods
                                    (digits as number cells, text as shared strings)
"""
import csv
import sys
import zipfile
from xml.sax.saxutils import escape

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '{sheets}'
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      '</Types>')
SHEET_CT = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def col_letter(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# Cell formats as Excel writes them: 0 General, 1 the built-in date (14), 2 a custom date and
# time, 3 the built-in time (21), 4 a plain number with two decimals (2), 5 a custom date whose
# code has a quoted text and a colour.
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<styleSheet xmlns="{NS_MAIN}">'
          '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/>'
          '<numFmt numFmtId="165" formatCode="[Blue]&quot;on &quot;d\\.m\\.yyyy"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
          '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
          '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="21" applyNumberFormat="1"/>'
          '<xf numFmtId="2" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/>'
          '</cellXfs></styleSheet>')


def xlsx(path, sheets):
    """sheets: [(name, rows)]; a row is a list of cells; a cell is None (absent), a str (shared
    string), ('inline', s), ('str', s) (a plain string cell as SheetJS writes it), ('num', text),
    ('bool', 0|1), ('f', formula, cached number), ('styled', number, style index) — a number
    cell with s="index" into STYLES' cellXfs (dates, times, a plain number format)."""
    strings, index = [], {}

    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    parts = {}
    for n, (name, rows) in enumerate(sheets, 1):
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS_MAIN}"><sheetData>']
        for r, row in enumerate(rows, 1):
            if row is None:
                continue
            out.append(f'<row r="{r}">')
            for c, cell in enumerate(row):
                ref = f'{col_letter(c)}{r}'
                if cell is None:
                    continue
                if isinstance(cell, str):
                    out.append(f'<c r="{ref}" t="s"><v>{sst(cell)}</v></c>')
                elif cell[0] == 'inline':
                    out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(cell[1])}</t></is></c>')
                elif cell[0] == 'num':
                    out.append(f'<c r="{ref}"><v>{cell[1]}</v></c>')
                elif cell[0] == 'str':
                    out.append(f'<c r="{ref}" t="str"><v>{escape(cell[1])}</v></c>')
                elif cell[0] == 'bool':
                    out.append(f'<c r="{ref}" t="b"><v>{cell[1]}</v></c>')
                elif cell[0] == 'styled':
                    out.append(f'<c r="{ref}" s="{cell[2]}"><v>{cell[1]}</v></c>')
                elif cell[0] == 'f':
                    out.append(f'<c r="{ref}"><f>{escape(cell[1])}</f><v>{cell[2]}</v></c>')
            out.append('</row>')
        out.append('</sheetData></worksheet>')
        parts[f'xl/worksheets/sheet{n}.xml'] = ''.join(out)
    wb = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for n, (name, _) in enumerate(sheets, 1):
        wb.append(f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>')
        rels.append(f'<Relationship Id="rId{n}" Type="{NS_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>')
    rels.append(f'<Relationship Id="rId{len(sheets) + 1}" Type="{NS_REL}/sharedStrings" Target="sharedStrings.xml"/>')
    rels.append(f'<Relationship Id="rId{len(sheets) + 2}" Type="{NS_REL}/styles" Target="styles.xml"/>')
    rels.append('</Relationships>')
    wb.append('</sheets></workbook>')
    sst_xml = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{NS_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">']
    sst_xml += [f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings]
    sst_xml.append('</sst>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT.format(
            sheets=''.join(SHEET_CT.format(n=n) for n in range(1, len(sheets) + 1))))
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', ''.join(wb))
        z.writestr('xl/styles.xml', STYLES)
        z.writestr('xl/_rels/workbook.xml.rels', ''.join(rels))
        for name, text in parts.items():
            z.writestr(name, text)
        z.writestr('xl/sharedStrings.xml', ''.join(sst_xml))


def ods(path, sheets):
    """sheets: [(name, rows)]; a cell is None (empty), a str, ('num', text), ('repeat', n)."""
    body = []
    for name, rows in sheets:
        body.append(f'<table:table table:name="{escape(name)}">')
        for row in rows:
            body.append('<table:table-row>')
            for cell in row:
                if cell is None:
                    body.append('<table:table-cell/>')
                elif isinstance(cell, str):
                    body.append(f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}</text:p></table:table-cell>')
                elif cell[0] == 'num':
                    body.append(f'<table:table-cell office:value-type="float" office:value="{cell[1]}"><text:p>{cell[1]}</text:p></table:table-cell>')
                elif cell[0] == 'repeat':
                    body.append(f'<table:table-cell table:number-columns-repeated="{cell[1]}"/>')
            body.append('</table:table-row>')
        body.append('</table:table>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet>' + ''.join(body) +
               '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet',
                   compress_type=zipfile.ZIP_STORED)
        z.writestr('META-INF/manifest.xml', manifest)
        z.writestr('content.xml', content)


HEADER = ['Extension number', 'Name', 'DID numbers', 'Published', 'Product']


def golden(d):
    staff = [
        HEADER,
        # A number, a shared string, a DID typed as a number, a boolean cell.
        [('num', '4701'), 'Lovelace, Ada', ('num', '12094555957'), ('bool', 1), 'Cloud PBX'],
        # A formula (its stored result counts), an inline string, no DID, a text boolean.
        [('f', 'A2+1', '4702'), ('inline', 'Grace "Amazing" Hopper'), None, 'N', 'Cloud PBX'],
        # A wrong Published value: the error names column D of the sheet; the name is a "str"
        # cell.
        [('num', '4703'), ('str', 'Alan Turing'), None, 'maybe', 'Cloud PBX'],
    ]
    xlsx(f'{d}/workbook_xlsx.xlsx', [('Staff', staff)])
    # The same workbook under a .csv name: read by its content.
    xlsx(f'{d}/workbook_named_csv.csv', [('Staff', staff)])
    xlsx(f'{d}/workbook_sheets.xlsx', [
        ('Read me', [['Fill in the Extensions sheet.'], ['Questions: the PBX team.']]),
        ('Extensions', [HEADER, [('num', '4704'), 'Barbara Liskov', None, 'Y', 'Cloud PBX']]),
    ])
    xlsx(f'{d}/workbook_sheet_unknown.xlsx', [('Staff', staff)])
    # Dates and times in text fields (a name, an e-mail) come out as ISO text, not the serial
    # number; a plain number format is no date.
    xlsx(f'{d}/workbook_dates.xlsx', [('Staff', [
        ['Extension number', 'Name', 'Email for notifications', 'Product'],
        [('num', '4707'), ('styled', '45627', 1), None, 'Cloud PBX'],
        [('num', '4708'), ('styled', '45627.5', 2), None, 'Cloud PBX'],
        [('num', '4709'), ('styled', '0.75', 3), None, 'Cloud PBX'],
        [('num', '4710'), ('styled', '3.5', 4), None, 'Cloud PBX'],
        [('num', '4711'), ('styled', '45627', 5), None, 'Cloud PBX'],
    ])])
    ods(f'{d}/workbook_ods.ods', [
        ('Extensions', [
            HEADER,
            [('num', '4705'), 'Edsger Dijkstra', ('num', '12094555958'), 'Y', 'Cloud PBX'],
            # Empty cells written once with a repeat count, as LibreOffice does.
            [('num', '4706'), 'Tony Hoare', ('repeat', 2), 'Cloud PBX'],
        ]),
        ('Other', [['ignored']]),
    ])
    # A binary Excel 97-2003 file starts with the OLE2 signature.
    with open(f'{d}/workbook_legacy.xls', 'wb') as f:
        f.write(bytes.fromhex('D0CF11E0A1B11AE1') + bytes(504))
    # A ZIP archive that is no workbook, named .xlsx.
    with zipfile.ZipFile(f'{d}/workbook_not_zip_workbook.xlsx', 'w') as z:
        z.writestr('readme.txt', 'not a spreadsheet')


def fromcsv(src, out):
    with open(src, newline='', encoding='utf-8-sig') as f:
        rows = [[('num', v) if v.isdigit() and len(v) < 16 else v for v in row]
                for row in csv.reader(f)]
    if out.endswith('.ods'):
        ods(out, [('Extensions', rows)])
    else:
        xlsx(out, [('Extensions', rows)])


if __name__ == '__main__':
    if sys.argv[1] == 'golden':
        golden(sys.argv[2])
    else:
        fromcsv(sys.argv[2], sys.argv[3])
