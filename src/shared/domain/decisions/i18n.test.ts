import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en/decisions.json';
import es from '../../../../locales/es/decisions.json';
import fr from '../../../../locales/fr/decisions.json';
import { DESIGNATIONS } from './consensus';
import { FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS } from './fixtures';
import { LACRALO_VOTE_RULES } from './rules';
import { displayParams, SIDE_KEYS, STEP_REASONS, TALLY_STEP_CODES, TALLY_STEPS } from './steps';
import { ENTRY_METHODS, OUTCOMES, TIE_RESOLUTIONS, tally } from './tally';

// The calculation is printed from these keys on the result screen and in the minutes: every step
// code, outcome, side, reason, tie resolution, designation and entry method has its text in every
// language, and each step text uses exactly the parameters the step carries.

type Tree = { [k: string]: string | Tree };
const LANGS: [string, Tree][] = [
  ['en', en],
  ['fr', fr],
  ['es', es],
];
const get = (t: Tree, path: string): string | undefined => {
  let node: string | Tree | undefined = t;
  for (const p of path.split('.')) node = typeof node === 'object' ? node[p] : undefined;
  return typeof node === 'string' ? node : undefined;
};
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();

describe('decisions translations', () => {
  for (const [lng, tree] of LANGS) {
    it(`${lng}: every step code has a text with exactly its parameters`, () => {
      for (const code of TALLY_STEP_CODES) {
        const text = get(tree, `steps.${code}`);
        expect(text, `${lng} steps.${code}`).toBeTruthy();
        expect(placeholders(text!), `${lng} steps.${code} placeholders`).toEqual([...TALLY_STEPS[code]].sort());
      }
      const known = new Set(TALLY_STEP_CODES as string[]);
      for (const key of Object.keys(tree.steps as Tree)) expect(known.has(key), `${lng} steps.${key} is not a step code`).toBe(true);
    });

    it(`${lng}: outcomes, sides, reasons, tie resolutions, designations and entry methods`, () => {
      const groups: [string, readonly string[]][] = [
        ['outcome', OUTCOMES],
        ['sides', SIDE_KEYS],
        ['reasons', STEP_REASONS],
        ['tieResolution', TIE_RESOLUTIONS],
        ['designation', DESIGNATIONS],
        ['entry', ENTRY_METHODS],
      ];
      for (const [group, keys] of groups) {
        for (const k of keys) {
          const text = get(tree, `${group}.${k}`);
          expect(text?.trim(), `${lng} ${group}.${k}`).toBeTruthy();
          expect(placeholders(text!), `${lng} ${group}.${k} has no placeholders`).toEqual([]);
        }
      }
    });
  }

  it('a whole calculation reads in each language, with every placeholder filled', () => {
    const r = tally(LACRALO_VOTE_RULES, FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS);
    for (const [lng, tree] of LANGS) {
      const lines = r.steps.map((s) => {
        const params = displayParams(s, {
          side: (k) => get(tree, `sides.${k}`) ?? k,
          reason: (k) => get(tree, `reasons.${k}`) ?? k,
          how: (k) => get(tree, `entry.${k}`) ?? k,
        });
        return get(tree, `steps.${s.code}`)!.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(params[k]));
      });
      for (const line of lines) expect(line, lng).not.toMatch(/\{\{|undefined/);
      if (lng === 'en') {
        expect(lines).toContain('For: AR cast 4 votes and carries 1 (1); each of its ballots counts for 0.25 (1/4).');
        expect(lines.at(-1)).toBe('Rejected.');
      }
    }
  });
});
