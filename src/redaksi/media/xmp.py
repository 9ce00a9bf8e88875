"""Read and write the XMP fields a photo desk cares about (Adobe's RDF/XML packet).

Parsing uses lxml with entity resolution and network access off: the packet comes from an
untrusted file.  Values may be elements (``<dc:description><rdf:Alt><rdf:li>…``) or
attributes of ``rdf:Description`` (``photoshop:Credit="…"``); both are read.
"""

from __future__ import annotations

from lxml import etree

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
}
_RDF = NS["rdf"]
_MAX_PACKET = 2_000_000


def parse_xmp(packet: bytes | str | None) -> dict[str, str]:
    """Desk fields from an XMP packet; empty when there is none or it is unreadable.

    Keys: ``description``, ``creator``, ``rights``, ``credit``, ``source``, ``city``,
    ``date_created``, ``headline``.
    """
    if not packet:
        return {}
    raw = packet.encode("utf-8") if isinstance(packet, str) else bytes(packet)
    if len(raw) > _MAX_PACKET:
        return {}
    start = raw.find(b"<x:xmpmeta")
    if start < 0:
        start = raw.find(b"<rdf:RDF")
    end_tag = b"</x:xmpmeta>" if raw[start : start + 10] == b"<x:xmpmeta" else b"</rdf:RDF>"
    end = raw.find(end_tag, start)
    if start < 0 or end < 0:
        return {}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(raw[start : end + len(end_tag)], parser)
    except etree.XMLSyntaxError:
        return {}
    fields = {
        "description": ("dc", "description"),
        "creator": ("dc", "creator"),
        "rights": ("dc", "rights"),
        "credit": ("photoshop", "Credit"),
        "source": ("photoshop", "Source"),
        "city": ("photoshop", "City"),
        "date_created": ("photoshop", "DateCreated"),
        "headline": ("photoshop", "Headline"),
    }
    found = {}
    for key, (prefix, local) in fields.items():
        value = _value(root, NS[prefix], local)
        if value:
            found[key] = value
    return found


def _value(root: etree._Element, namespace: str, local: str) -> str:
    name = f"{{{namespace}}}{local}"
    for element in root.iter(name):
        items = [li for li in element.iter(f"{{{_RDF}}}li")]
        if items:
            default = [
                li
                for li in items
                if li.get("{http://www.w3.org/XML/1998/namespace}lang") == "x-default"
            ]
            chosen = default or items
            if element.find(f"{{{_RDF}}}Alt") is not None:
                return (chosen[0].text or "").strip()
            return "; ".join((li.text or "").strip() for li in items if li.text)
        if element.text and element.text.strip():
            return element.text.strip()
    for description in root.iter(f"{{{_RDF}}}Description"):
        value = description.get(name)
        if value:
            return value.strip()
    return ""


def build_xmp(
    creator: str = "", credit: str = "", rights: str = "", description: str = ""
) -> bytes:
    """A minimal XMP packet that carries credit and copyright into a published file."""
    rdf = f"{{{_RDF}}}"
    root = etree.Element(f"{{{NS['x']}}}xmpmeta", nsmap={"x": NS["x"]})
    rdf_root = etree.SubElement(root, f"{rdf}RDF", nsmap={"rdf": _RDF})
    desc = etree.SubElement(
        rdf_root,
        f"{rdf}Description",
        nsmap={"dc": NS["dc"], "photoshop": NS["photoshop"], "xmpRights": NS["xmpRights"]},
    )
    desc.set(f"{rdf}about", "")
    if credit:
        desc.set(f"{{{NS['photoshop']}}}Credit", credit)
    if creator:
        seq = etree.SubElement(etree.SubElement(desc, f"{{{NS['dc']}}}creator"), f"{rdf}Seq")
        etree.SubElement(seq, f"{rdf}li").text = creator
    for local, text in (("rights", rights), ("description", description)):
        if text:
            alt = etree.SubElement(etree.SubElement(desc, f"{{{NS['dc']}}}{local}"), f"{rdf}Alt")
            item = etree.SubElement(alt, f"{rdf}li")
            item.set("{http://www.w3.org/XML/1998/namespace}lang", "x-default")
            item.text = text
    if rights:
        desc.set(f"{{{NS['xmpRights']}}}Marked", "True")
    body = etree.tostring(root, encoding="utf-8")
    return (
        b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        + body
        + (b'<?xpacket end="w"?>')
    )
