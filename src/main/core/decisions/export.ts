import en from '../../../../locales/en/decisions.json';
import es from '../../../../locales/es/decisions.json';
import fr from '../../../../locales/fr/decisions.json';
import type { Language } from '../../../shared/domain/common';
import { displayParams, fillStep, stepTemplate } from '../../../shared/domain/decisions/steps';
import type { TallyResult } from '../../../shared/domain/decisions/tally';
import type { LoadedVote } from './voteState';

// The calculation as CSV: one line per step of the tally, in the reader's language, with the raw
// parameters beside the text (exact fractions included) so anyone can check it line by line. The
// texts are the same as the result screen's (locales/<lng>/decisions.json, `steps.<code>`).

type Texts = typeof en;
const TEXTS: Record<Language, Texts> = { en, fr: fr as Texts, es: es as Texts };

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function exportCalculation(v: LoadedVote, result: TallyResult, lang: Language): { fileName: string; csv: string } {
  const t = TEXTS[lang];
  const options = new Map(v.rules.method.kind === 'choice' ? v.rules.method.options.map((o) => [o.id, o.label]) : []);
  const dict = (group: Record<string, string>, key: string) => group[key] ?? key;
  const labels = {
    side: (s: string) => options.get(s) ?? dict(t.sides as Record<string, string>, s),
    reason: (c: string) => dict(t.reasons as Record<string, string>, c),
    how: (m: string) => dict(t.entry as Record<string, string>, m),
  };
  const lines = [['step', 'code', 'text', 'params'].join(',')];
  result.steps.forEach((s, i) => {
    const template = stepTemplate(t.steps as Record<string, string>, s, lang);
    lines.push([i + 1, s.code, fillStep(template, displayParams(s, labels)), JSON.stringify(s.params)].map(cell).join(','));
  });
  const day = ((v.row.closed_at as string | null) ?? (v.row.opens_at as string)).slice(0, 10);
  return { fileName: `vote-${day}-round-${v.row.round as number}-${lang}.csv`, csv: lines.join('\r\n') + '\r\n' };
}
