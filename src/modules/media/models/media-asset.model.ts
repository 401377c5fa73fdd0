import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MediaKind } from '../../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { MediaIssue } from '../domain/media-issues.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(MediaKind, {
  name: 'MediaKind',
  description: 'What sort of media file an asset is: photo, graphic (chart, map, illustration) or video.',
  valuesMap: {
    PHOTO: { description: 'A photograph.' },
    GRAPHIC: { description: 'A chart, map or illustration.' },
    VIDEO: { description: 'A video.' },
  },
});
registerEnumType(MediaIssue, {
  name: 'MediaIssue',
  description: 'What a photo lacks to be publishable.',
  valuesMap: {
    CREDIT: { description: 'No credit line and no house format to build one from.' },
    ALT_TEXT: { description: 'No alt text for screen readers.' },
    CAPTION: { description: 'No caption (IPTC Description).' },
    RIGHTS: { description: 'None of web statement of rights, usage terms or copyright notice.' },
  },
});

@ObjectType({
  description: 'A photo or other media file with its IPTC photo metadata, kept as received from the supplier.',
  implements: () => [Node],
})
export class MediaAsset implements Node {
  id: string;

  @Field(() => MediaKind, { description: 'Photo, graphic or video.' })
  kind: MediaKind;

  @Field({ description: 'Where the file is served from (http or https).' })
  url: string;

  @Field({ description: 'Media type of the file, e.g. image/jpeg.' })
  mimeType: string;

  @Field(() => Int, { nullable: true, description: 'Width in pixels.' })
  width: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels.' })
  height: number | null;

  @Field(() => Int, { nullable: true, description: 'File size in bytes.' })
  sizeBytes: number | null;

  @Field(() => String, { nullable: true, description: 'IPTC Description: who, what, where, when and why.' })
  caption: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Description Writer: who last wrote or edited the caption and alt text.' })
  captionWriter: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Headline: a brief synopsis.' })
  headline: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Alt Text (Accessibility).' })
  altText: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Credit Line, verbatim as the supplier sent it.' })
  creditLine: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Copyright Notice, e.g. "© 2026 Getty Images".' })
  copyrightNotice: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'IPTC Source: the original supplier when it differs from the one that delivered it.',
  })
  source: string | null;

  @Field(() => String, { nullable: true, description: "IPTC Supplier's Image ID: the supplier's own id for the image." })
  supplierImageId: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Licensor URL: where to license the image.' })
  licensorUrl: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Web Statement of Rights: URL of the rights statement.' })
  webStatement: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Rights Usage Terms, free text.' })
  usageTerms: string | null;

  /** Served by MediaAssetsResolver.instructions, for staff only. */
  instructions: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'IPTC Date Created: when the picture was taken.' })
  dateCreated: Date | null;

  @Field(() => String, { nullable: true, description: 'IPTC Location Created: city.' })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Location Created: ISO 3166 alpha-2 country code, e.g. IT.' })
  countryIso2: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Event, as written in the file; `event` is the event of the sports data.' })
  eventName: string | null;

  @Field(() => [String], {
    description: 'IPTC Creator names as written in the file; `creators` are the photographers of the registry they matched.',
  })
  creatorNames: string[];

  @Field(() => [String], {
    description: 'IPTC Person Shown names as written in the file; `peopleShown` are the people of the sports data they matched.',
  })
  personShownNames: string[];

  @Field({
    description:
      "The file's credit line or source named no agency of the registry: the desk should check the credit (mediaCreditsToReview lists these). A re-credit clears it.",
  })
  creditNeedsReview: boolean;

  /** Served by MediaAssetsResolver, for staff only. */
  originalFilename: string | null;
  /** Served by MediaAssetsResolver, for staff only. */
  rawMetadata: unknown;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version: number;

  @Field(() => DateTimeScalar, { description: 'When the asset was added.' })
  createdAt: Date;

  supplierId: string | null;
  eventId: string | null;
}
