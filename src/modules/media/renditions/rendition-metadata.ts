import { createHash } from 'node:crypto';

/** What a rendition carries of its asset's rights, so that a copy found elsewhere still credits it. */
export interface EmbeddedRights {
  /** The effective credit, as printed under the photo. */
  credit: string | null;
  copyrightNotice: string | null;
  creators: readonly string[];
  webStatement: string | null;
  licensorUrl: string | null;
}

/** The EXIF and XMP written into each rendition, or nulls when there is nothing to write. */
export interface EmbeddedMetadata {
  exif: { IFD0: Record<string, string> } | null;
  xmp: string | null;
}

const present = (text: string | null | undefined): text is string => !!text && text.trim() !== '';

export function embeddedMetadata(rights: EmbeddedRights): EmbeddedMetadata {
  const creators = rights.creators.filter(present).map(clean);
  const ifd0: Record<string, string> = {};
  if (creators.length) ifd0.Artist = creators.join('; ');
  if (present(rights.copyrightNotice)) ifd0.Copyright = clean(rights.copyrightNotice);
  const xmp = xmpPacket(rights, creators);
  return { exif: Object.keys(ifd0).length ? { IFD0: ifd0 } : null, xmp };
}

/**
 * A short fingerprint of what is embedded: part of the renditions' keys, so renditions made
 * with another credit never share a URL (and a cached copy) with the old ones.
 */
export function metadataFingerprint(metadata: EmbeddedMetadata): string {
  return createHash('sha256')
    .update(JSON.stringify([metadata.exif, metadata.xmp]))
    .digest('hex')
    .slice(0, 10);
}

/** Dublin Core creator and rights, Photoshop's Credit, and the IPTC licensing fields Google Images reads. */
function xmpPacket(rights: EmbeddedRights, creators: readonly string[]): string | null {
  const properties: string[] = [];
  if (creators.length)
    properties.push(`<dc:creator><rdf:Seq>${creators.map((c) => `<rdf:li>${xml(c)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>`);
  if (present(rights.copyrightNotice)) {
    properties.push(`<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xml(rights.copyrightNotice)}</rdf:li></rdf:Alt></dc:rights>`);
  }
  if (present(rights.credit)) properties.push(`<photoshop:Credit>${xml(rights.credit)}</photoshop:Credit>`);
  if (present(rights.webStatement)) properties.push(`<xmpRights:WebStatement>${xml(rights.webStatement)}</xmpRights:WebStatement>`);
  if (present(rights.licensorUrl)) {
    properties.push(
      `<plus:Licensor><rdf:Seq><rdf:li rdf:parseType="Resource"><plus:LicensorURL>${xml(rights.licensorUrl)}</plus:LicensorURL></rdf:li></rdf:Seq></plus:Licensor>`,
    );
  }
  if (!properties.length) return null;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"' +
      ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">',
    ...properties,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Text as XML character data: markup escaped, and characters XML cannot hold dropped. */
function xml(text: string): string {
  return clean(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(text: string): string {
  return text.replace(NOT_IN_XML, '').trim();
}
