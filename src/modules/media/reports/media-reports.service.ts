import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import type { Connection } from '../../../graphql/pagination/connection.js';
import { DEFAULT_PAGE_SIZE } from '../../../graphql/pagination/connection.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import { NEWEST_ASSETS } from '../media.repository.js';
import { foldText } from '../registry/match-pattern.js';
import { AGENCIES_BY_NAME, PHOTOGRAPHERS_BY_NAME } from '../registry/registry.repository.js';
import type { CaptionWarningsArgs, CreditReviewArgs, MediaAssetUsagesArgs, MediaUsageReportArgs } from './dto/media-reports.args.js';
import { MediaReportsRepository, type AssetUsageRow, type UsageCounts } from './media-reports.repository.js';
import type { CaptionPersonWarning, MediaUsageGroup } from './models/media-reports.models.js';

const NO_USE: UsageCounts = { assetCount: 0, usedAssetCount: 0, storyCount: 0, publishedStoryCount: 0 };
/** Captioned assets read per statement when looking for warnings, and per request at most. */
const CAPTION_SCAN = 200;
const CAPTION_SCAN_MAX = 1000;
/** People named but not shown listed per asset: a caption naming more is a roll-call, not a photo caption. */
export const NAMED_NOT_SHOWN_MAX = 20;

/** The desk's reports: usage by agency and photographer, credits to review, caption and people mismatches. */
@Injectable()
export class MediaReportsService {
  constructor(
    private readonly repository: MediaReportsRepository,
    private readonly config: AppConfig,
  ) {}

  async usageReport(args: MediaUsageReportArgs): Promise<Connection<MediaUsageGroup>> {
    const request = pageRequest(args, this.config.graphql.pageSizeMax);
    if (args.groupBy === 'AGENCY') {
      const page = AGENCIES_BY_NAME.page(request);
      const connection = page.connection(await this.repository.findAgencyPage(page));
      const counts = await this.repository.usageCounts(
        'AGENCY',
        connection.edges.map((e) => e.node.id),
      );
      return mapNodes(connection, (agency) => ({ agency, photographer: null, ...(counts.get(agency.id) ?? NO_USE) }));
    }
    const page = PHOTOGRAPHERS_BY_NAME.page(request);
    const connection = page.connection(await this.repository.findPhotographerPage(page));
    const counts = await this.repository.usageCounts(
      'PHOTOGRAPHER',
      connection.edges.map((e) => e.node.id),
    );
    return mapNodes(connection, (photographer) => ({ agency: null, photographer, ...(counts.get(photographer.id) ?? NO_USE) }));
  }

  async assetUsages(args: MediaAssetUsagesArgs) {
    const page = NEWEST_ASSETS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    const rows = await this.repository.findAssetUsages({ agencyId: args.agencyId, photographerId: args.photographerId }, page);
    // The rows are assets with their counts; the page only reads their sort keys.
    const connection = page.connection(rows) as Connection<AssetUsageRow>;
    return mapNodes(connection, ({ storyCount, publishedStoryCount, ...asset }) => ({ asset, storyCount, publishedStoryCount }));
  }

  async creditsToReview(args: CreditReviewArgs) {
    const page = NEWEST_ASSETS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findCreditsToReview(page));
  }

  /**
   * Warnings are found by reading captioned assets newest first, a window at a time, up to
   * CAPTION_SCAN_MAX per request. A page can hold fewer warnings than asked for when the
   * scan stops there; `endCursor` is then the last asset read, so the next page goes on
   * from it, and `hasNextPage` says whether any asset is left to read.
   */
  async captionWarnings(args: CaptionWarningsArgs): Promise<Connection<CaptionPersonWarning>> {
    const wanted = Math.min(args.first ?? DEFAULT_PAGE_SIZE, this.config.graphql.pageSizeMax);
    const edges: Connection<CaptionPersonWarning>['edges'] = [];
    let after = args.after ?? null;
    let more = true;
    for (let scanned = 0; more && edges.length < wanted && scanned < CAPTION_SCAN_MAX; scanned += CAPTION_SCAN) {
      const page = NEWEST_ASSETS.page({ size: CAPTION_SCAN, backward: false, after, before: null });
      const rows = await this.repository.checkCaptions(page, CAPTION_SCAN);
      more = rows.length === CAPTION_SCAN;
      for (const [index, row] of rows.entries()) {
        const { shownNotInCaption, namedNotShownIds, ...asset } = row;
        after = NEWEST_ASSETS.cursorOf(row);
        const shown = uniqueNames(shownNotInCaption);
        if (shown.length || namedNotShownIds.length) {
          edges.push({
            cursor: after,
            node: { asset, shownNotInCaption: shown, namedNotShownIds: namedNotShownIds.slice(0, NAMED_NOT_SHOWN_MAX) },
          });
        }
        if (edges.length === wanted) {
          more ||= index < rows.length - 1;
          break;
        }
      }
    }
    return {
      edges,
      pageInfo: { hasNextPage: more, hasPreviousPage: args.after != null, startCursor: edges[0]?.cursor ?? null, endCursor: after },
    };
  }
}

function mapNodes<A, B>(connection: Connection<A>, map: (node: A) => B): Connection<B> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}

/** A person linked and also named in the file's Person Shown is one person. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = foldText(name)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
