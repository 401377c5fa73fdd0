import { IncidentKind, PeriodKind, ShootoutOutcome } from '../../../generated/prisma/enums.js';
import { uuidOfGlobalId } from '../../../graphql/relay/global-id.js';
import { type IncidentCandidate, MAX_INCIDENTS_PER_UNIT } from './incident-rules.js';

/** A person named by key (an id given as a global id, already decoded) or by slug. */
export type PersonRef = { by: 'id' | 'slug'; value: string };
/** The side an incident counts for: a competitor key, or the slug of the team entered in the event. */
export type SideRef = { by: 'competitorId' | 'team'; value: string };

/** An incident before its references are looked up. */
export interface IncidentDraft extends Omit<IncidentCandidate, 'competitorId' | 'personId' | 'relatedPersonId'> {
  competitor: SideRef | null;
  person: PersonRef | null;
  relatedPerson: PersonRef | null;
}

type Add = (index: number | null, field: string, code: string, message: string) => void;

const FIELDS = [
  'kind',
  'competitorId',
  'team',
  'personId',
  'person',
  'relatedPersonId',
  'relatedPerson',
  'periodKind',
  'periodNumber',
  'minute',
  'addedMinute',
  'shootoutOrder',
  'outcome',
] as const;
const INTS = { periodNumber: [1, 99], minute: [0, 200], addedMinute: [1, 30], shootoutOrder: [1, 99] } as const;
const ENUMS = { kind: IncidentKind, periodKind: PeriodKind, outcome: ShootoutOutcome } as const;
/** "90+3" in the minute field: minute 90, added minute 3. */
const ADDED = /^(\d{1,3})\s*\+\s*(\d{1,2})$/;

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Reads the incidents of a results document (JSON): a list of objects with the fields of
 * IncidentInput, persons by `person` (slug) or `personId`, the side by `competitorId` or
 * `team` (slug); `minute` may be written "90+3". Issues carry the incident's index.
 */
export function parseIncidentDrafts(list: readonly unknown[], add: Add): IncidentDraft[] {
  if (list.length > MAX_INCIDENTS_PER_UNIT) {
    add(null, 'incidents', 'TOO_MANY_INCIDENTS', `at most ${MAX_INCIDENTS_PER_UNIT} incidents per unit, got ${list.length}`);
    return [];
  }
  const drafts: IncidentDraft[] = [];
  list.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      add(i, 'kind', 'INVALID_INCIDENT', 'each incident is an object');
      return;
    }
    const raw = item as Record<string, unknown>;
    for (const name of Object.keys(raw)) {
      if (!(FIELDS as readonly string[]).includes(name)) add(i, name, 'UNKNOWN_FIELD', `unknown field "${name}"`);
    }
    const draft = readDraft(raw, i, add);
    if (draft) drafts.push(draft);
  });
  return drafts;
}

function readDraft(raw: Record<string, unknown>, i: number, add: Add): IncidentDraft | null {
  const values: Record<string, unknown> = {};
  let usable = true;
  for (const [field, values_] of Object.entries(ENUMS)) {
    if (blank(raw[field])) continue;
    const name = typeof raw[field] === 'string' ? raw[field].trim().toUpperCase() : '';
    if (name in values_) values[field] = name;
    else {
      add(i, field, 'INVALID_ENUM', `${field} "${String(raw[field])}" is not one of ${Object.keys(values_).join(', ')}`);
      if (field === 'kind') usable = false;
    }
  }
  if (blank(raw.kind)) {
    add(i, 'kind', 'MISSING_VALUE', 'each incident has a kind');
    usable = false;
  }
  const minuteText = typeof raw.minute === 'string' ? raw.minute.trim() : null;
  const added = minuteText ? ADDED.exec(minuteText) : null;
  const ints: Record<string, unknown> = added
    ? { ...raw, minute: Number(added[1]), addedMinute: raw.addedMinute ?? Number(added[2]) }
    : raw;
  for (const [field, [min, max]] of Object.entries(INTS)) {
    const v = ints[field];
    if (blank(v)) continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) values[field] = n;
    else add(i, field, 'INVALID_INTEGER', `${field} must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
  }
  const person = personRef(raw, 'person', i, add);
  const relatedPerson = personRef(raw, 'relatedPerson', i, add);
  const competitor = sideRef(raw, i, add);
  if (!usable) return null;
  return {
    kind: values.kind as IncidentKind,
    competitor,
    person,
    relatedPerson,
    periodKind: (values.periodKind as PeriodKind | undefined) ?? null,
    periodNumber: (values.periodNumber as number | undefined) ?? (values.periodKind ? 1 : null),
    minute: (values.minute as number | undefined) ?? null,
    addedMinute: (values.addedMinute as number | undefined) ?? null,
    shootoutOrder: (values.shootoutOrder as number | undefined) ?? null,
    outcome: (values.outcome as ShootoutOutcome | undefined) ?? null,
  };
}

function personRef(raw: Record<string, unknown>, field: 'person' | 'relatedPerson', i: number, add: Add): PersonRef | null {
  const idField = `${field}Id`;
  const slug = raw[field];
  const id = raw[idField];
  if (!blank(slug) && !blank(id)) {
    add(i, idField, 'AMBIGUOUS_PERSON', `give ${field} (slug) or ${idField}, not both`);
    return null;
  }
  if (!blank(id)) {
    const key = uuidOfGlobalId(id, ['Person']);
    if (key) return { by: 'id', value: key };
    add(i, idField, 'INVALID_ID', `${idField} is not the id of a Person`);
    return null;
  }
  if (blank(slug)) return null;
  if (typeof slug === 'string') return { by: 'slug', value: slug.trim() };
  add(i, field, 'INVALID_STRING', `${field} is a person's slug`);
  return null;
}

function sideRef(raw: Record<string, unknown>, i: number, add: Add): SideRef | null {
  if (!blank(raw.competitorId) && !blank(raw.team)) {
    add(i, 'team', 'AMBIGUOUS_COMPETITOR', 'give competitorId or team, not both');
    return null;
  }
  if (!blank(raw.competitorId)) {
    const key = uuidOfGlobalId(raw.competitorId, ['Competitor']);
    if (key) return { by: 'competitorId', value: key };
    add(i, 'competitorId', 'INVALID_ID', 'competitorId is not the id of a Competitor');
    return null;
  }
  if (blank(raw.team)) return null;
  if (typeof raw.team === 'string') return { by: 'team', value: raw.team.trim() };
  add(i, 'team', 'INVALID_STRING', "team is the team's slug");
  return null;
}
