import { Injectable } from '@nestjs/common';
import type { BlockType } from '../../../generated/prisma/enums.js';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { MediaLoaders } from '../../media/media.loaders.js';
import { PeopleLoaders } from '../../people/people.loaders.js';
import { personData } from '../../references/linkables/linkable-json-ld.js';
import { LinkableTypes } from '../../references/linkables/linkable-types.js';
import { ArticlesLoaders } from '../reading/articles.loaders.js';
import type { BlockJsonLd } from '../blocks/block-definition.js';
import { blockDefinition } from '../blocks/block-registry.js';
import type { Article } from '../models/article.model.js';
import type { ImageData, NewsArticleData, PersonData } from './news-article.js';

type Placement = NonNullable<BlockJsonLd['image']>;

interface Ref {
  targetType: string;
  targetId: string;
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * Gathers what the JSON-LD of a story needs through the request's loaders, level by level
 * (blocks and links, then what they point at, then their events and venues), so a story
 * with 50 photos and mentions costs as many statements as one with a single photo.
 */
@Injectable()
export class NewsArticleDataLoader {
  constructor(
    private readonly articles: ArticlesLoaders,
    private readonly people: PeopleLoaders,
    private readonly media: MediaLoaders,
    private readonly linkables: LinkableTypes,
  ) {}

  async load(loaders: LoaderRegistry, article: Article): Promise<NewsArticleData> {
    const [blocks, authors, links, publication] = await Promise.all([
      this.articles.blocksOf(loaders, article),
      this.articles.authorsOf(loaders, article),
      this.articles.linksOf(loaders, article),
      article.published ? null : this.articles.publication(loaders).load(article.id),
    ]);
    const corrections = (article.published ? article.corrections : publication?.corrections) as NewsArticleData['corrections'];
    const parts = blocks.map((b) => blockJsonLd(b.type, b.data));
    const spans = parts.flatMap((part) => part.mentions ?? []);
    const about = unique(
      links.filter((l) => l.relation === 'ABOUT'),
      [],
    );
    const mentions = unique([...links.filter((l) => l.relation === 'MENTIONS'), ...spans], about);
    const images = parts.flatMap((part) => (part.image ? [part.image] : []));

    const [people, imageData, aboutData, mentionData] = await Promise.all([
      this.people.byId(loaders).loadMany(authors.map((a) => a.personId)),
      Promise.all(images.map((image) => this.image(loaders, image))),
      Promise.all(about.map((ref) => this.linkables.jsonLd(loaders, ref.targetType, ref.targetId))),
      Promise.all(mentions.map((ref) => this.linkables.jsonLd(loaders, ref.targetType, ref.targetId))),
    ]);
    const byline = authors.map((author, i) => ({ role: author.role, person: people[i] }));
    const personOf = (p: unknown): PersonData | null =>
      p && !(p instanceof Error) ? personData(p as Parameters<typeof personData>[0]) : null;
    return {
      article,
      authors: byline
        .filter((a) => a.role === 'AUTHOR')
        .map((a) => personOf(a.person))
        .filter(present),
      contributors: byline
        .filter((a) => a.role !== 'AUTHOR')
        .map((a) => personOf(a.person))
        .filter(present),
      images: imageData.filter(present),
      about: aboutData.filter(present),
      mentions: mentionData.filter(present),
      corrections: corrections ?? [],
    };
  }

  private async image(loaders: LoaderRegistry, block: Placement): Promise<ImageData | null> {
    const asset = await this.media.assetById(loaders).load(block.assetId);
    if (!asset) return null;
    const [credit, creators] = await Promise.all([
      block.credit ?? this.media.credit(loaders, asset),
      this.media.creatorsByAsset(loaders).load(asset.id),
    ]);
    return {
      url: asset.url,
      caption: block.caption ?? asset.caption,
      credit,
      creators: creators.map((c) => c.name),
      copyrightNotice: asset.copyrightNotice,
      webStatement: asset.webStatement,
      licensorUrl: asset.licensorUrl,
      width: asset.width,
      height: asset.height,
    };
  }
}

/** What a block gives the JSON-LD, by its type's definition. */
function blockJsonLd(type: BlockType, data: unknown): BlockJsonLd {
  const definition = blockDefinition(type);
  return definition.jsonLd ? definition.jsonLd(data) : {};
}

/** Each target once, in first-seen order, leaving out those already in `except`. */
function unique(refs: Ref[], except: Ref[]): Ref[] {
  const seen = new Set(except.map((r) => `${r.targetType}|${r.targetId}`));
  return refs.filter((r) => {
    const key = `${r.targetType}|${r.targetId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
