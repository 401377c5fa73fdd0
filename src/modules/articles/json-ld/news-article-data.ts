import { Injectable } from '@nestjs/common';
import type { Competition, Venue } from '../../../generated/prisma/client.js';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { CompetitionsLoaders } from '../../competitions/competitions.loaders.js';
import { EventsLoaders } from '../../events/events.loaders.js';
import { MediaLoaders } from '../../media/media.loaders.js';
import { OrganisationsLoaders } from '../../organisations/organisations.loaders.js';
import { PeopleLoaders } from '../../people/people.loaders.js';
import { UnitsLoaders } from '../../units/units.loaders.js';
import { VenuesLoaders } from '../../venues/venues.loaders.js';
import { ArticlesLoaders } from '../reading/articles.loaders.js';
import type { ImageBlockData, ParagraphData } from '../blocks/block-data.js';
import type { Article } from '../models/article.model.js';
import type { CompetitionData, EntityData, EventData, ImageData, NewsArticleData, PersonData, VenueData } from './news-article.js';

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
    private readonly organisations: OrganisationsLoaders,
    private readonly competitions: CompetitionsLoaders,
    private readonly events: EventsLoaders,
    private readonly units: UnitsLoaders,
    private readonly venues: VenuesLoaders,
  ) {}

  async load(loaders: LoaderRegistry, article: Article): Promise<NewsArticleData> {
    const [blocks, authors, links, publication] = await Promise.all([
      this.articles.blocksOf(loaders, article),
      this.articles.authorsOf(loaders, article),
      this.articles.linksOf(loaders, article),
      article.published ? null : this.articles.publication(loaders).load(article.id),
    ]);
    const corrections = (article.published ? article.corrections : publication?.corrections) as NewsArticleData['corrections'];
    const spans = blocks.filter((b) => b.type === 'PARAGRAPH').flatMap((b) => (b.data as unknown as ParagraphData).mentions);
    const about = unique(
      links.filter((l) => l.relation === 'ABOUT'),
      [],
    );
    const mentions = unique([...links.filter((l) => l.relation === 'MENTIONS'), ...spans], about);
    const images = blocks.filter((b) => b.type === 'IMAGE').map((b) => b.data as unknown as ImageBlockData);

    const [people, imageData, aboutData, mentionData] = await Promise.all([
      this.people.byId(loaders).loadMany(authors.map((a) => a.personId)),
      Promise.all(images.map((image) => this.image(loaders, image))),
      Promise.all(about.map((ref) => this.entity(loaders, ref))),
      Promise.all(mentions.map((ref) => this.entity(loaders, ref))),
    ]);
    const byline = authors.map((author, i) => ({ role: author.role, person: people[i] }));
    const personOf = (p: unknown): PersonData | null => (p && !(p instanceof Error) ? personData(p as PersonRow) : null);
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

  private async image(loaders: LoaderRegistry, block: ImageBlockData): Promise<ImageData | null> {
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

  private async entity(loaders: LoaderRegistry, ref: Ref): Promise<EntityData | null> {
    switch (ref.targetType) {
      case 'PERSON': {
        const person = await this.people.byId(loaders).load(ref.targetId);
        return person ? { type: 'PERSON', person: personData(person) } : null;
      }
      case 'ORGANISATION': {
        const organisation = await this.organisations.byId(loaders).load(ref.targetId);
        return organisation ? { type: 'ORGANISATION', name: organisation.name, url: organisation.url } : null;
      }
      case 'COMPETITION': {
        const competition = await this.competitions.byId(loaders).load(ref.targetId);
        return competition ? { type: 'COMPETITION', competition: competitionData(competition) } : null;
      }
      case 'EVENT': {
        const event = await this.event(loaders, ref.targetId);
        return event ? { type: 'EVENT', event } : null;
      }
      case 'UNIT': {
        const unit = await this.units.unitById(loaders).load(ref.targetId);
        if (!unit) return null;
        const [phase, venue] = await Promise.all([this.units.phaseById(loaders).load(unit.phaseId), this.venue(loaders, unit.venueId)]);
        const event = phase ? await this.event(loaders, phase.eventId) : null;
        return { type: 'UNIT', unit: { name: unit.name, scheduledAt: unit.scheduledAt, venue, event } };
      }
      case 'VENUE': {
        const venue = await this.venue(loaders, ref.targetId);
        return venue ? { type: 'VENUE', venue } : null;
      }
      default:
        return null;
    }
  }

  /** An event with the start of its first scheduled unit and, when all its units share one, their venue. */
  private async event(loaders: LoaderRegistry, eventId: string): Promise<EventData | null> {
    const event = await this.events.byId(loaders).load(eventId);
    if (!event) return null;
    const [competition, phases] = await Promise.all([
      this.competitions.byId(loaders).load(event.competitionId),
      this.units.phasesByEvent(loaders).load(event.id),
    ]);
    const units = (await Promise.all(phases.map((phase) => this.units.unitsByPhase(loaders).load(phase.id)))).flat();
    const starts = units.map((u) => u.scheduledAt?.getTime()).filter(present);
    const venueIds = new Set(units.map((u) => u.venueId).filter(present));
    return {
      name: event.name,
      startDate: starts.length ? new Date(Math.min(...starts)) : null,
      venue: venueIds.size === 1 ? await this.venue(loaders, [...venueIds][0]) : null,
      competition: competition ? competitionData(competition) : null,
    };
  }

  private async venue(loaders: LoaderRegistry, venueId: string | null): Promise<VenueData | null> {
    const venue: Venue | null = venueId ? await this.venues.byId(loaders).load(venueId) : null;
    return venue ? { name: venue.name, city: venue.city, countryIso2: venue.countryIso2 } : null;
  }
}

type PersonRow = { displayName: string; givenName: string | null; familyName: string | null };

function personData(person: PersonRow): PersonData {
  return { name: person.displayName, givenName: person.givenName, familyName: person.familyName };
}

function competitionData(c: Competition): CompetitionData {
  return { name: c.name, startDate: c.startDate, endDate: c.endDate, hostCountryIso2: c.hostCountryIso2 };
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
