// A small, strict XML reader for XMP packets: elements, attributes, text, CDATA, the five
// predefined entities and character references, with namespaces resolved to URIs. No DTDs
// (XMP has none), so no entity expansion of any kind. Malformed input throws XmlError.

export interface XmlName {
  /** Namespace URI ('' when none). */
  ns: string;
  local: string;
}

export interface XmlAttribute extends XmlName {
  value: string;
}

export interface XmlElement extends XmlName {
  attributes: XmlAttribute[];
  children: XmlElement[];
  text: string;
}

export class XmlError extends Error {}

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 50_000;

// Sticky patterns, matched in place: slicing the rest of the document per tag would be quadratic.
const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*("[^"<]*"|'[^'<]*')/y;
const CLOSE = /\s*>/y;
const TAG_END = /\s*(\/?)>/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&([^;&\s]{1,10});|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new XmlError('A bare "&" in text');
    if (name in PREDEFINED) return PREDEFINED[name];
    const code = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#\d+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!Number.isInteger(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError(`Unknown entity ${match}`);
    return String.fromCodePoint(code);
  });
}

function matchAt(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

interface OpenElement {
  element: XmlElement;
  qname: string;
  rawAttributes: [string, string][];
  scope: Map<string, string>;
}

/** The document's root element. */
export function parseXml(source: string): XmlElement {
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let at = 0;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at character ${at}`);
  };
  const skipPast = (marker: string) => {
    const end = source.indexOf(marker, at);
    if (end === -1) fail(`Unterminated construct (no ${marker})`);
    const inside = source.slice(at, end);
    at = end + marker.length;
    return inside;
  };
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const text = source.slice(at, lt === -1 ? source.length : lt);
    if (text.trim()) {
      if (!stack.length) fail('Text outside the root element');
      stack[stack.length - 1].element.text += decodeEntities(text);
    }
    if (lt === -1) break;
    at = lt;
    if (source.startsWith('<?', at)) skipPast('?>');
    else if (source.startsWith('<!--', at)) skipPast('-->');
    else if (source.startsWith('<![CDATA[', at)) {
      at += 9;
      const cdata = skipPast(']]>');
      if (!stack.length) fail('CDATA outside the root element');
      stack[stack.length - 1].element.text += cdata;
    } else if (source.startsWith('<!', at)) fail('Declarations (DOCTYPE) are not allowed');
    else if (source.startsWith('</', at)) {
      at += 2;
      const qname = matchAt(NAME, source, at)?.[0] ?? fail('A bad closing tag');
      at += qname.length;
      const gt = matchAt(CLOSE, source, at)?.[0] ?? fail('A bad closing tag');
      at += gt.length;
      const open = stack.pop();
      if (!open || open.qname !== qname) fail(`</${qname}> closes ${open ? `<${open.qname}>` : 'nothing'}`);
    } else {
      at += 1;
      const qname = matchAt(NAME, source, at)?.[0] ?? fail('A bad tag name');
      at += qname.length;
      const rawAttributes: [string, string][] = [];
      for (let attribute = matchAt(ATTRIBUTE, source, at); attribute; attribute = matchAt(ATTRIBUTE, source, at)) {
        rawAttributes.push([attribute[1], decodeEntities(attribute[2].slice(1, -1))]);
        at += attribute[0].length;
      }
      const end = matchAt(TAG_END, source, at) ?? fail(`A bad tag <${qname}>`);
      at += end[0].length;
      if (stack.length >= MAX_DEPTH || ++count > MAX_ELEMENTS) fail('The document is too deep or too large');
      if (!stack.length && root) fail('A second root element');
      const open = openElement(qname, rawAttributes, stack[stack.length - 1]?.scope, fail);
      if (stack.length) stack[stack.length - 1].element.children.push(open.element);
      else root = open.element;
      if (!end[1]) stack.push(open);
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].qname}> is never closed`);
  return root ?? fail('No root element');
}

function openElement(
  qname: string,
  rawAttributes: [string, string][],
  parentScope: Map<string, string> | undefined,
  fail: (what: string) => never,
) {
  const scope = new Map(parentScope ?? [['xml', XML_NS]]);
  for (const [name, value] of rawAttributes) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
  const resolve = (name: string, isAttribute: boolean): XmlName => {
    const colon = name.indexOf(':');
    if (colon === -1) return { ns: isAttribute ? '' : (scope.get('') ?? ''), local: name };
    const prefix = name.slice(0, colon);
    if (prefix === 'xmlns') return { ns: XMLNS_NS, local: name.slice(colon + 1) };
    const ns = scope.get(prefix) ?? fail(`Undeclared namespace prefix "${prefix}"`);
    return { ns, local: name.slice(colon + 1) };
  };
  const attributes = rawAttributes
    .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
    .map(([name, value]) => ({ ...resolve(name, true), value }));
  const element: XmlElement = { ...resolve(qname, false), attributes, children: [], text: '' };
  return { element, qname, rawAttributes, scope } satisfies OpenElement;
}
