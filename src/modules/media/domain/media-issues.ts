/** What a photo lacks to be publishable. */
export const MediaIssue = {
  CREDIT: 'CREDIT',
  ALT_TEXT: 'ALT_TEXT',
  CAPTION: 'CAPTION',
  RIGHTS: 'RIGHTS',
} as const;

export type MediaIssue = (typeof MediaIssue)[keyof typeof MediaIssue];

export interface PublishableFields {
  caption: string | null;
  altText: string | null;
  webStatement: string | null;
  usageTerms: string | null;
  copyrightNotice: string | null;
}

const blank = (text: string | null) => !text || text.trim() === '';

/** The issues of an asset, in a fixed order; `credit` is its effective credit. */
export function missingFields(asset: PublishableFields, credit: string | null): MediaIssue[] {
  const issues: MediaIssue[] = [];
  if (blank(credit)) issues.push(MediaIssue.CREDIT);
  if (blank(asset.altText)) issues.push(MediaIssue.ALT_TEXT);
  if (blank(asset.caption)) issues.push(MediaIssue.CAPTION);
  if (blank(asset.webStatement) && blank(asset.usageTerms) && blank(asset.copyrightNotice)) issues.push(MediaIssue.RIGHTS);
  return issues;
}
