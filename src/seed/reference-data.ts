import type { Prisma } from '../generated/prisma/client.js';
import { NOC_CODES } from '../modules/nocs/domain/noc-codes.js';
import type { SeedClient, SeedLog } from './seed-client.js';

type NocRow = Prisma.NocCreateManyInput;

export const DISCIPLINES: readonly Prisma.DisciplineCreateInput[] = [
  // ISU: displayed truncated to hundredths, ties broken on thousandths (Sochi 2014 1500 m).
  {
    code: 'SSK',
    name: 'Speed Skating',
    sportName: 'Skating',
    tiePolicy: 'BREAK_BY_FINER_PRECISION',
    timeDecimals: 2,
    timeRounding: 'TRUNCATE',
  },
  // Judged: ties are broken by the rulebook (e.g. free skate score first), not by a finer clock.
  { code: 'FSK', name: 'Figure Skating', sportName: 'Skating', tiePolicy: 'BREAK_BY_RULE', timeDecimals: 2, timeRounding: 'TRUNCATE' },
  { code: 'FBL', name: 'Football', sportName: 'Football', tiePolicy: 'NONE', timeDecimals: 2, timeRounding: 'TRUNCATE' },
  { code: 'BOX', name: 'Boxing', sportName: 'Boxing', tiePolicy: 'NONE', timeDecimals: 2, timeRounding: 'TRUNCATE' },
  // Swimming has refused to split hundredths since 1972: equal hundredths share the rank.
  { code: 'SWM', name: 'Swimming', sportName: 'Aquatics', tiePolicy: 'SHARED_RANK', timeDecimals: 2, timeRounding: 'TRUNCATE' },
  // World Athletics rounds fully automatic times up to the next hundredth; the
  // TimeRounding enum has no "up", so display truncates until it gains one.
  { code: 'ATH', name: 'Athletics', sportName: 'Athletics', tiePolicy: 'SHARED_RANK', timeDecimals: 2, timeRounding: 'TRUNCATE' },
  // Head-to-head sports whose periods, decisions and table points are in disciplines/sport-rules.ts.
  { code: 'IHO', name: 'Ice Hockey', sportName: 'Ice Hockey', tiePolicy: 'NONE', timeDecimals: 2, timeRounding: 'TRUNCATE' },
  { code: 'TEN', name: 'Tennis', sportName: 'Tennis', tiePolicy: 'NONE', timeDecimals: 2, timeRounding: 'TRUNCATE' },
  { code: 'RUG', name: 'Rugby Union', sportName: 'Rugby', tiePolicy: 'NONE', timeDecimals: 2, timeRounding: 'TRUNCATE' },
];

/** Member associations that are not NOCs: the home nations play football and rugby as themselves. */
export const MEMBER_ASSOCIATIONS: readonly Prisma.MemberAssociationCreateInput[] = [
  { code: 'ENG', name: 'England' },
  { code: 'SCO', name: 'Scotland' },
  { code: 'WAL', name: 'Wales' },
  { code: 'NIR', name: 'Northern Ireland' },
];

export const RECORD_TYPES: readonly Prisma.RecordTypeCreateInput[] = [
  { code: 'WR', name: 'World Record', scope: 'WORLD', groupCode: 'WR' },
  { code: 'OR', name: 'Olympic Record', scope: 'OLYMPIC', groupCode: 'OR' },
  { code: 'NR', name: 'National Record', scope: 'NATIONAL', groupCode: 'NR' },
  { code: 'PB', name: 'Personal Best', scope: 'PERSONAL', groupCode: 'PB' },
  { code: 'SB', name: 'Season Best', scope: 'SEASON', groupCode: 'SB' },
  // ISU sheets print TR; it is not in the ODF (summer) code list.
  { code: 'TR', name: 'Track Record', scope: 'VENUE', groupCode: 'TR' },
  // ODF groups the equalled variants with the record they equal.
  { code: 'EWR', name: 'Equalled World Record', scope: 'WORLD', groupCode: 'WR', equalled: true },
  { code: 'EOR', name: 'Equalled Olympic Record', scope: 'OLYMPIC', groupCode: 'OR', equalled: true },
  { code: 'WJ', name: 'World Junior Record', scope: 'JUNIOR', groupCode: 'WJ' },
];

export interface ReferenceDataSummary {
  nocs: { inserted: number; updated: number };
  disciplines: number;
  recordTypes: number;
}

export async function seedReferenceData(db: SeedClient, log: SeedLog = () => {}): Promise<ReferenceDataSummary> {
  const nocs = await seedNocs(db, NOC_CODES.map(toNocRow));
  log(`NOCs: ${nocs.inserted} inserted, ${nocs.updated} updated`);

  for (const discipline of DISCIPLINES) {
    const { code, ...data } = discipline;
    await db.discipline.upsert({ where: { code }, create: discipline, update: data });
  }
  for (const recordType of RECORD_TYPES) {
    const { code, ...data } = recordType;
    await db.recordType.upsert({ where: { code }, create: recordType, update: data });
  }
  for (const association of MEMBER_ASSOCIATIONS) {
    await db.memberAssociation.upsert({ where: { code: association.code }, create: association, update: {} });
  }
  log(`disciplines: ${DISCIPLINES.length}, record types: ${RECORD_TYPES.length}, member associations: ${MEMBER_ASSOCIATIONS.length}`);
  return { nocs, disciplines: DISCIPLINES.length, recordTypes: RECORD_TYPES.length };
}

function toNocRow(noc: (typeof NOC_CODES)[number]): NocRow {
  return {
    code: noc.code,
    name: noc.name,
    isoAlpha2: noc.isoAlpha2 ?? null,
    isoAlpha3: noc.isoAlpha3 ?? null,
    kind: noc.kind,
  };
}

/**
 * One INSERT for the new codes, then an UPDATE only for rows that differ: a re-seed
 * of ~250 unchanged NOCs costs two queries instead of 250 upserts.
 */
async function seedNocs(db: SeedClient, rows: NocRow[]): Promise<{ inserted: number; updated: number }> {
  const { count: inserted } = await db.noc.createMany({ data: rows, skipDuplicates: true });
  const existing = new Map((await db.noc.findMany()).map((noc) => [noc.code, noc]));
  let updated = 0;
  for (const row of rows) {
    const current = existing.get(row.code);
    if (!current || sameNoc(current, row)) continue;
    const { code, ...data } = row;
    await db.noc.update({ where: { code }, data });
    updated++;
  }
  return { inserted, updated };
}

function sameNoc(current: NocRow, row: NocRow): boolean {
  return (
    current.name === row.name &&
    (current.isoAlpha2 ?? null) === (row.isoAlpha2 ?? null) &&
    (current.isoAlpha3 ?? null) === (row.isoAlpha3 ?? null) &&
    current.kind === row.kind
  );
}
