// XMP (RDF/XML) read into properties keyed by namespace URI and name, the way the XMP
// specification defines them, so a prefix bound to an unusual name still reads right.
// exifr's own XMP parser is not used: it turns numeric text into numbers ("0012" → 12),
// leaves entities such as &#39; undecoded and ignores namespaces.
import type { JsonSafe } from './file-metadata.types.js';
import { parseXml, XML_NS, type XmlElement } from './xml-tree.js';

export const XmpNs = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  Iptc4xmpCore: 'http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/',
  Iptc4xmpExt: 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/',
  plus: 'http://ns.useplus.org/ldf/xmp/1.0/',
} as const;

export type XmpValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: XmpValue[] }
  | { kind: 'alt'; items: { lang: string | null; value: XmpValue }[] }
  | { kind: 'struct'; fields: Map<string, XmpValue> };

/** Property values by `${namespace URI}${name}`; the first occurrence wins. */
export type XmpProperties = Map<string, XmpValue>;

export interface XmpPacket {
  properties: XmpProperties;
  /** The packet as JSON, keyed by conventional prefixes ("dc:creator"). */
  json: Record<string, JsonSafe>;
}

export const xmpKey = (ns: string, name: string) => `${ns}${name}`;

const isRdf = (element: { ns: string; local: string }, local: string) => element.ns === XmpNs.rdf && element.local === local;
const isQualifier = (attribute: { ns: string }) => attribute.ns === XmpNs.rdf || attribute.ns === XML_NS || attribute.ns === '';

/** Throws XmlError when the packet is not well-formed. */
export function readXmpPacket(packet: string): XmpPacket {
  const start = packet.indexOf('<');
  const root = parseXml(start === -1 ? '' : packet.slice(start).replace(/\0+$/, ''));
  const rdf = isRdf(root, 'RDF') ? root : findDescendant(root, (e) => isRdf(e, 'RDF'));
  const properties: XmpProperties = new Map();
  for (const description of rdf?.children ?? []) {
    if (!isRdf(description, 'Description')) continue;
    for (const [key, value] of structFields(description)) if (!properties.has(key)) properties.set(key, value);
  }
  return { properties, json: toJson({ kind: 'struct', fields: properties }) as Record<string, JsonSafe> };
}

function findDescendant(element: XmlElement, test: (e: XmlElement) => boolean): XmlElement | undefined {
  for (const child of element.children) {
    const found = test(child) ? child : findDescendant(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Property attributes and property elements of a node (rdf:Description or a parseType="Resource" element). */
function structFields(node: XmlElement): Map<string, XmpValue> {
  const fields = new Map<string, XmpValue>();
  for (const attribute of node.attributes) {
    if (!isQualifier(attribute)) fields.set(xmpKey(attribute.ns, attribute.local), { kind: 'text', text: attribute.value });
  }
  for (const child of node.children) fields.set(xmpKey(child.ns, child.local), nodeValue(child));
  return fields;
}

function nodeValue(element: XmlElement): XmpValue {
  const resource = element.attributes.find((a) => a.ns === XmpNs.rdf && a.local === 'resource');
  if (resource) return { kind: 'text', text: resource.value };
  const parseType = element.attributes.find((a) => a.ns === XmpNs.rdf && a.local === 'parseType');
  if (parseType?.value === 'Resource') return { kind: 'struct', fields: structFields(element) };
  const child = element.children.at(0);
  if (!child) {
    const hasFields = element.attributes.some((a) => !isQualifier(a));
    return hasFields ? { kind: 'struct', fields: structFields(element) } : { kind: 'text', text: element.text };
  }
  if (isRdf(child, 'Alt')) {
    const items = child.children.filter((li) => isRdf(li, 'li'));
    return {
      kind: 'alt',
      items: items.map((li) => ({
        lang: li.attributes.find((a) => a.ns === XML_NS && a.local === 'lang')?.value ?? null,
        value: nodeValue(li),
      })),
    };
  }
  if (isRdf(child, 'Seq') || isRdf(child, 'Bag'))
    return { kind: 'list', items: child.children.filter((li) => isRdf(li, 'li')).map(nodeValue) };
  if (isRdf(child, 'Description')) return { kind: 'struct', fields: structFields(child) };
  return { kind: 'struct', fields: structFields(element) };
}

/** A text: itself; a language alternative: its x-default, else its first; a list: its first item. */
export function xmpText(value: XmpValue | undefined): string | null {
  if (!value) return null;
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'alt':
      return xmpText((value.items.find((i) => i.lang?.toLowerCase() === 'x-default') ?? value.items.at(0))?.value);
    case 'list':
      return xmpText(value.items.at(0));
    case 'struct':
      return null;
  }
}

/** Every text of a list (or the one text of a single value), in order. */
export function xmpTexts(value: XmpValue | undefined): string[] {
  if (value?.kind === 'list') return value.items.map(xmpText).filter((t): t is string => t !== null);
  const text = xmpText(value);
  return text === null ? [] : [text];
}

/** The first struct of a value that is a struct or a list of structs. */
export function xmpStruct(value: XmpValue | undefined): Map<string, XmpValue> | null {
  if (value?.kind === 'struct') return value.fields;
  if (value?.kind === 'list') return xmpStruct(value.items.at(0));
  return null;
}

const PREFIXES = new Map<string, string>(Object.entries(XmpNs).map(([prefix, uri]) => [uri, prefix]));
const jsonKey = (key: string) => {
  for (const [uri, prefix] of PREFIXES) if (key.startsWith(uri)) return `${prefix}:${key.slice(uri.length)}`;
  return key;
};

function toJson(value: XmpValue): JsonSafe {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'list':
      return value.items.map(toJson);
    case 'alt':
      return Object.fromEntries(value.items.map((i) => [i.lang ?? 'x-default', toJson(i.value)]));
    case 'struct':
      return Object.fromEntries([...value.fields].map(([key, v]) => [jsonKey(key), toJson(v)]));
  }
}
