/** Ages from the birth date, as of the story's date. */
import { type Check, confirmed, contradicted, reword, unverifiable } from './common.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function ageOn(birthDate: string, on: string): number | null {
  const b = ISO_DATE.exec(birthDate);
  const d = ISO_DATE.exec(on);
  if (!b || !d) return null;
  const [by, bm, bd] = b.slice(1).map(Number);
  const [y, m, day] = d.slice(1).map(Number);
  const age = y - by - (m < bm || (m === bm && day < bd) ? 1 : 0);
  return age >= 0 && age < 130 ? age : null;
}

export const checkAge: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'AGE' || !entityId) return unverifiable(entityId);
  const entity = ctx.names.entities.get(entityId);
  if (!entity || entity.type !== 'PERSON' || !entity.birthDate) return unverifiable(entityId);
  // "at 19, in 2017": an age on another occasion than the story's day.
  const asOfYear = Number(ctx.sheet.asOf.slice(0, 4));
  if (ctx.hint && (ctx.hint.elsewhere || ctx.hint.years.some((y) => y !== asOfYear))) return unverifiable(entityId);
  const age = ageOn(entity.birthDate, ctx.sheet.asOf);
  if (age === null) return unverifiable(entityId);
  const word = ctx.language.words.cardinal(age, claim.value.digits);
  if (age === claim.value.age) return confirmed(entityId, null, word);
  return contradicted(entityId, null, word, reword(ctx.text, claim, claim.value.slot, word));
};
