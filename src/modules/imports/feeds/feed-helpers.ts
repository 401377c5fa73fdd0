import { BadInputError } from '../../../common/errors/domain-error.js';
import type { PhaseKind } from '../../../generated/prisma/enums.js';

/** Association and FIFA codes a feed puts after a club's name, to ISO 3166-1 alpha-2 (the home nations are GB). */
const COUNTRY_ISO2: Readonly<Record<string, string>> = {
  ENG: 'GB',
  SCO: 'GB',
  WAL: 'GB',
  NIR: 'GB',
  FRA: 'FR',
  ESP: 'ES',
  GER: 'DE',
  ITA: 'IT',
  NED: 'NL',
  POR: 'PT',
  BEL: 'BE',
  SUI: 'CH',
  AUT: 'AT',
  CRO: 'HR',
  CZE: 'CZ',
  SRB: 'RS',
  SVK: 'SK',
  SVN: 'SI',
  UKR: 'UA',
  MCO: 'MC',
  MON: 'MC',
  TUR: 'TR',
  GRE: 'GR',
  DEN: 'DK',
  SWE: 'SE',
  NOR: 'NO',
  POL: 'PL',
  RUS: 'RU',
  HUN: 'HU',
  ROU: 'RO',
  BUL: 'BG',
  CYP: 'CY',
  ISR: 'IL',
  KAZ: 'KZ',
  AZE: 'AZ',
  BLR: 'BY',
  IRL: 'IE',
  ISL: 'IS',
  FIN: 'FI',
  LUX: 'LU',
  MDA: 'MD',
  MLT: 'MT',
  LVA: 'LV',
  LTU: 'LT',
  EST: 'EE',
  ALB: 'AL',
  ARM: 'AM',
  GEO: 'GE',
  BIH: 'BA',
  MKD: 'MK',
  MNE: 'ME',
  KOS: 'XK',
  FRO: 'FO',
  GIB: 'GI',
  AND: 'AD',
  SMR: 'SM',
  LIE: 'LI',
  USA: 'US',
  MEX: 'MX',
  BRA: 'BR',
  ARG: 'AR',
};

/** "Liverpool FC (ENG)" → Liverpool FC in GB; a name without a suffix has no country. */
export function parseTeamName(text: string): { name: string; countryIso2: string | null } {
  const match = /^(.*\S)\s*\(([A-Z]{2,4})\)$/.exec(text.trim());
  if (!match) return { name: text.trim(), countryIso2: null };
  return { name: match[1], countryIso2: COUNTRY_ISO2[match[2]] ?? null };
}

/** The stage a round belongs to, in the order stages are played. */
const STAGES: readonly { kind: PhaseKind; name: string; pattern: RegExp }[] = [
  { kind: 'LEAGUE', name: 'League', pattern: /^(league|league phase|regular season|)$/ },
  { kind: 'GROUP', name: 'Group', pattern: /^group\s*(\w+)$/ },
  { kind: 'PLAYOFF', name: 'Play-offs', pattern: /^(knockout )?play-?offs?( round)?$/ },
  { kind: 'ROUND_OF_32', name: 'Round of 32', pattern: /^(round of 32|1\/16 finals?)$/ },
  { kind: 'ROUND_OF_16', name: 'Round of 16', pattern: /^(round of 16|1\/8 finals?|eighth-?finals?)$/ },
  { kind: 'QUARTERFINAL', name: 'Quarter-finals', pattern: /^quarter-? ?finals?$/ },
  { kind: 'SEMIFINAL', name: 'Semi-finals', pattern: /^semi-? ?finals?$/ },
  { kind: 'THIRD_PLACE', name: 'Third place', pattern: /^(match for )?third place( play-?off| match)?$/ },
  { kind: 'FINAL', name: 'Final', pattern: /^final$/ },
];

export interface RoundInfo {
  kind: PhaseKind;
  /** Unique per phase of the season. */
  key: string;
  name: string;
  /** Stage order: a league before play-offs before the final. */
  stage: number;
  matchday: number | null;
}

/**
 * A round's phase: "Matchday 12" and "League, Matchday 3" are matchdays of the league phase,
 * "Playoffs, Matchday 1" the first matchday of the play-offs, "Finals, Round of 16" the round of
 * 16. Null when the round names no stage known here.
 */
export function parseRound(round: string): RoundInfo | null {
  const parts = round
    .toLowerCase()
    .split(',')
    .map((part) => part.trim());
  let matchday: number | null = null;
  const last = parts[parts.length - 1];
  const numbered = /^(matchday|round|week|game ?week)\s+(\d+)$/.exec(last);
  if (numbered) {
    matchday = Number(numbered[2]);
    parts.pop();
  }
  // "Finals, Quarterfinals": the stage is the most specific part, the last.
  const stageText = parts.length > 0 ? parts[parts.length - 1] : '';
  const index = STAGES.findIndex((stage) => stage.pattern.test(stageText));
  if (index < 0) return null;
  const stage = STAGES[index];
  if (stage.kind === 'GROUP') {
    const group = (stage.pattern.exec(stageText)?.[1] ?? '').toUpperCase();
    return { kind: 'GROUP', key: `GROUP ${group}`, name: `Group ${group}`, stage: index, matchday };
  }
  return { kind: stage.kind, key: stage.kind, name: stage.name, stage: index, matchday };
}

/** The instant a local date and time (HH:MM, or midnight) has in an IANA time zone. */
export function zonedInstant(date: string, time: string | null, timezone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = time === null ? ['', '00', '00'] : /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null;
  let instant = wall - offsetMs(wall, timezone);
  // Across a change of offset the first guess is an hour out; the second is right.
  const second = offsetMs(instant, timezone);
  if (second !== offsetMs(wall, timezone)) instant = wall - second;
  return new Date(instant);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at an instant. */
function offsetMs(instant: number, timezone: string): number {
  let format = formats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timezone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** Refuses a time zone that is not an IANA name the runtime knows. */
export function checkTimezone(timezone: string, path: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new BadInputError('Unknown time zone', [{ path, message: 'an IANA time zone name, such as Europe/London' }]);
  }
}
