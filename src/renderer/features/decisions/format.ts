import type { TFunction } from 'i18next';
import type { Exact } from '../../../shared/domain/decisions/rational';
import type { TallyStep } from '../../../shared/domain/decisions/steps';
import { displayParams, fillStep, stepTemplate } from '../../../shared/domain/decisions/steps';
import type { VoteRules } from '../../../shared/domain/decisions/rules';
import { intlLocale } from '../meetings/format';

/** A date and time in the reader's language (UTC instants, shown in the user's zone). */
export function formatDateTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
export function formatDate(iso: string, lng: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

/** An exact figure: whole numbers as they are, fractions as a decimal (4 places) through Intl. */
export function formatExact(x: Exact | null | undefined, lng: string): string {
  if (!x) return '—';
  return new Intl.NumberFormat(intlLocale(lng), { maximumFractionDigits: 4 }).format(x.value);
}

/** A country code as its name in the reader's language. */
export function countryName(code: string | null | undefined, lng: string): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([intlLocale(lng)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A side key (for, against, abstain) or an option id, as the reader reads it. */
export function sideLabel(t: TFunction<'decisions'>, rules: Pick<VoteRules, 'method'>, side: string): string {
  if (side === 'for' || side === 'against' || side === 'abstain') return t(`sides.${side}`);
  if (rules.method.kind === 'choice') return rules.method.options.find((o) => o.id === side)?.label ?? side;
  return side;
}

/** One step of the calculation, in the reader's language (decisions.json `steps.<code>`). */
export function stepText(t: TFunction<'decisions'>, rules: Pick<VoteRules, 'method'>, s: TallyStep, lng: string): string {
  const params = displayParams(s, {
    side: (x) => sideLabel(t, rules, x),
    reason: (code) => t(`reasons.${code}` as 'reasons.voter_recused'),
    how: (m) => t(`entry.${m}` as 'entry.voter'),
  });
  if (typeof params.country === 'string' && /^[A-Z]{2}$/.test(params.country)) params.country = countryName(params.country, lng);
  // Decimals come as "0.2": the reader's separator ("0,2" in French); fractions and names stay as they are.
  const nf = new Intl.NumberFormat(intlLocale(lng), { maximumFractionDigits: 4 });
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number') params[k] = nf.format(v);
    else if (!k.endsWith('Exact') && k !== 'seed' && /^-?\d+\.\d+$/.test(v)) params[k] = nf.format(Number(v));
  }
  // The same template choice as the exported CSV: plural form by count, whole weights said once.
  const templates = (t as unknown as (k: string, o: Record<string, unknown>) => Record<string, string>)('steps', { returnObjects: true });
  return fillStep(stepTemplate(templates, s, lng), params);
}
