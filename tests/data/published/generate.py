#!/usr/bin/env python3
"""Writes the published-format fixtures (PDF and DOCX) as a word processor makes them.

The framework notes are published as PDFs made by a word processor, and circulate as DOCX.
This script writes each fixture's text as an OpenDocument file and has LibreOffice (Debian's
libreoffice-writer-nogui) export it, so the PDFs and DOCX files carry what real ones carry:
embedded subset fonts, running headers and footers with page numbers, automatic list and
heading numbering, wrapped lines with hanging indents, a table of contents with dot leaders.

Run by hand, from this directory, when a fixture must change (the outputs are committed; the
tests never run LibreOffice):  python3 generate.py
It also writes the attachment's text as pdftotext (poppler-utils) gives it, plain and with
-layout, as archivists convert PDFs.
"""
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape

PRIORITIES = [
    "radicalisering, gewelddadig extremisme en terrorisme",
    "mensensmokkel en mensenhandel",
    "geactualiseerd integraal en geïntegreerd drugsbeleid",
    "sociale en fiscale fraude",
    "cybercrime en cyber security",
    "geweldcriminaliteit, aantasting van de persoonlijke integriteit en discriminatie: "
    "intrafamiliaal geweld, seksueel geweld en kindermisbruik",
    "georganiseerde eigendomscriminaliteit en illegale goederentrafieken",
    "leefmilieu",
    "verkeersveiligheid",
    "overlast",
]
THEMES = [
    "de bestuurlijke handhaving en informatie-uitwisseling: een essentieel onderdeel van de "
    "integrale aanpak van georganiseerde misdaad",
    "het internet en ICT als facilitator voor criminaliteit maar ook voor "
    "veiligheidshandhaving en opsporing",
    "de identiteitsbepaling, identiteitsfraude en domiciliefraude",
    "de buitgerichte aanpak",
    "de internationale samenwerking op bestuurlijk en strafrechtelijk vlak",
]

INTRO = (
    "Om ons land en zijn inwoners te beschermen en weerbaar te maken tegen allerhande vormen "
    "van onveiligheid en criminaliteit, is een actieve en krachtdadige strategie aan de orde "
    "die mee evolueert met deze ontwikkelingen en de inherente bedreigingen of risico’s ervan "
    "tijdig detecteert en aanpakt."
)
INTRO2 = (
    "De Kadernota Integrale Veiligheid (KIV) biedt op een integrale en geïntegreerde wijze "
    "antwoorden op de huidige en toekomstige interne veiligheidsvraagstukken, waarop alle "
    "veiligheidsplannen zich maximaal op moeten enten."
)

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties style:tab-stop-distance="1.25cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10.5pt" fo:language="nl" fo:country="BE"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%%"/>
 </style:style>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.6cm"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.6cm" fo:margin-left="1.0cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="List_20_1" style:display-name="List 1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.5cm" fo:margin-left="1.0cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 %(outline)s
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="BreakHeading" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">%(running_header)s</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">%(footer)s</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""

OUTLINE = """<text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="space"/>
   </style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="space"/>
   </style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>"""

FOOTER = "</office:text></office:body></office:document>\n"


def p(text, style="Text_20_body"):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, escape(text))


def h(text, level, style=None):
    return '<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>\n' % (
        style or "Heading_20_%d" % level, level, escape(text))


def numbered(items, break_before=None):
    out = '<text:list text:style-name="Numbering_20_123">\n'
    for k, item in enumerate(items):
        style = "Break" if k == break_before else "Standard"
        out += '<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>\n' % (
            style, escape(item))
    return out + "</text:list>\n"


def bullets(items):
    out = '<text:list text:style-name="List_20_1">\n'
    for item in items:
        out += '<text:list-item>%s</text:list-item>\n' % p(item, "Standard")
    return out + "</text:list>\n"


def document(body, running_header, footer, outline=False):
    return HEADER % {
        "outline": OUTLINE if outline else "",
        "running_header": escape(running_header),
        "footer": footer,
    } + body + FOOTER


def page_note():
    """The KIV 2022-2024 as its two-page attachment KIV_22-24_NL: the lists of the web page,
    a list that runs over a page break, a running header and 'Pagina N van M' footers."""
    body = p("Kadernota Integrale Veiligheid 2022-2024", "Title")
    body += p("Het strategisch referentiekader voor een integraal en geïntegreerd "
              "veiligheidsbeleid.")
    for _ in range(3):
        body += p(INTRO)
        body += p(INTRO2)
    body += p("De huidige kadernota integrale veiligheid 2022-2024, opgesteld op basis van de "
              "expertise van verschillende experts op uiteenlopende niveaus, bepaalt tien "
              "clusters van veiligheidsfenomenen als beleidsprioriteiten voor de komende "
              "vier jaar.")
    body += h("Beleidsprioriteiten", 2)
    body += numbered(PRIORITIES, break_before=6)
    body += p("Daarnaast legt ze vijf transversale thema’s vast als belangrijke uitdagingen "
              "voor het veiligheidsbeleid. Deze thema’s zijn niet beperkt tot één specifiek "
              "veiligheidsfenomeen, maar vormen eerder overkoepelende uitdagingen die zich door "
              "diverse veiligheidsdomeinen verspreiden.")
    body += h("Uitdagingen", 2)
    body += numbered(THEMES)
    body += p("Gevalideerd door de ministers van Binnenlandse Zaken en van Justitie op "
              "31 maart 2022.")
    footer = ('Pagina <text:page-number text:select-page="current">1</text:page-number> van '
              '<text:page-count>2</text:page-count>')
    return document(body, "Kadernota Integrale Veiligheid 2022-2024", footer)


def filler(subject, k):
    sentences = [
        "De aanpak van %s vraagt een integrale en geïntegreerde inzet van alle partners van "
        "de veiligheidsketen, van preventie over handhaving tot nazorg." % subject,
        "De federale overheid, de gemeenschappen en gewesten, de lokale besturen en de "
        "politiediensten stemmen hun plannen daartoe op elkaar af en delen de informatie die "
        "ze nodig hebben.",
        "Voor de periode 2022-2024 ligt de nadruk op een betere beeldvorming, op de "
        "bestuurlijke aanpak en op de samenwerking met de private sector en het middenveld.",
        "De resultaten worden jaarlijks opgevolgd aan de hand van indicatoren die de "
        "betrokken diensten samen vastleggen.",
    ]
    return sentences[k % 4:] + sentences[:k % 4]


def chapter_sections(titles, shift, first_extra=""):
    """Each title a section heading (capitalised) followed by three paragraphs; the first
    section gets `first_extra` after them."""
    body = ""
    for k, title in enumerate(titles):
        body += h(title[0].upper() + title[1:], 2)
        for paragraph in range(3):
            body += p(" ".join(filler(title, k + paragraph + shift)))
        if k == 0:
            body += first_extra
    return body


def full_note():
    """A full framework note: a table of contents with dot leaders, numbered chapters, each
    priority and challenge a numbered section heading followed by pages of text (with a
    bullet list of its own), a running header and a page number alone in the footer."""
    body = p("Kadernota Integrale Veiligheid 2022-2024", "Title")
    body += p("Inhoudstafel", "Contents_20_Heading")
    for k, chapter in enumerate(["Inleiding", "Beleidsprioriteiten", "Uitdagingen",
                                 "Opvolging en evaluatie"]):
        body += '<text:p text:style-name="Contents">%d. %s<text:tab/>%d</text:p>\n' % (
            k + 1, escape(chapter), 2 + 3 * k)
    body += h("Inleiding", 1, "BreakHeading")
    for k in range(3):
        body += p(INTRO if k % 2 == 0 else INTRO2)
    body += p("Deze kadernota werd goedgekeurd door de Nationale Veiligheidsraad op "
              "28 januari 2022 en door de Ministerraad op 4 februari 2022.")
    body += h("Beleidsprioriteiten", 1)
    body += p("De kadernota bepaalt tien clusters van veiligheidsfenomenen die prioritair "
              "worden aangepakt. Elk ervan wordt hieronder toegelicht.")
    body += chapter_sections(PRIORITIES, 0, p("De doelstellingen zijn:") + bullets(
        ["de vroegtijdige detectie van radicalisering",
         "de ondersteuning van de lokale integrale veiligheidscellen",
         "de aanpak van haatboodschappen online"]))
    body += h("Uitdagingen", 1)
    body += p("Vijf transversale thema’s vormen overkoepelende uitdagingen voor het "
              "veiligheidsbeleid.")
    body += chapter_sections(THEMES, 1)
    body += h("Opvolging en evaluatie", 1)
    for k in range(2):
        body += p(filler("de kadernota", k)[0])
    footer = '<text:page-number text:select-page="current">1</text:page-number>'
    return document(body, "KIV 2022-2024", footer, outline=True)


# LibreOffice's PDF export protected by a password to open it ("geheim").
PROTECTED_PDF = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                 '"DocumentOpenPassword":{"type":"string","value":"geheim"}}')


def export(name, content, formats, output=None):
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, name + ".fodt")
        with open(source, "w", encoding="utf-8") as out:
            out.write(content)
        for target in formats:
            subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", work,
                            source], check=True, stdout=subprocess.DEVNULL)
            extension = target.split(":")[0]
            os.replace(os.path.join(work, name + "." + extension),
                       (output or name) + "." + extension)


if __name__ == "__main__":
    export("KIV_22-24_NL", page_note(), ["pdf", "docx"])
    export("KIV_22-24_NL", page_note(), [PROTECTED_PDF], "KIV_22-24_NL.protected")
    # The attachment as archivists convert it with poppler-utils' pdftotext, plain and -layout.
    subprocess.run(["pdftotext", "KIV_22-24_NL.pdf", "KIV_22-24_NL.pdftotext.txt"], check=True)
    subprocess.run(["pdftotext", "-layout", "KIV_22-24_NL.pdf", "KIV_22-24_NL.layout.txt"],
                   check=True)
    export("kadernota-2022-2024-volledig.nl", full_note(), ["pdf", "docx"])
