interface Dated {
  setOn: Date | null;
  supersededOn: Date | null;
}

/**
 * Whether a record stands on a day. A record with an unknown set date counts as standing
 * until it is superseded: "Bowe holds the world record" is known before its date is.
 */
export function standsOn(record: Dated, day: Date): boolean {
  if (record.setOn && record.setOn > day) return false;
  return !record.supersededOn || record.supersededOn > day;
}
