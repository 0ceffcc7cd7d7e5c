import { describe, expect, it } from 'vitest';
import en from '../../../../locales/en/decisions.json';
import es from '../../../../locales/es/decisions.json';
import fr from '../../../../locales/fr/decisions.json';
import { DESIGNATIONS } from './consensus';
import { FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS } from './fixtures';
import { LACRALO_VOTE_RULES } from './rules';
import { displayParams, fillStep, SIDE_KEYS, step, STEP_COUNT, STEP_REASONS, stepTemplate, TALLY_STEP_CODES, TALLY_STEPS, type TallyStep } from './steps';
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
    it(`${lng}: every step code has a text with exactly its parameters (each plural form of a counted one)`, () => {
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const counted = STEP_COUNT as Partial<Record<string, string>>;
      for (const code of TALLY_STEP_CODES) {
        const keys = counted[code] ? categories.map((c) => `${code}_${c}`) : [code];
        if (counted[code]) expect(get(tree, `steps.${code}`), `${lng} steps.${code}: plural forms only`).toBeUndefined();
        for (const key of keys) {
          const text = get(tree, `steps.${key}`);
          expect(text, `${lng} steps.${key}`).toBeTruthy();
          expect(placeholders(text!), `${lng} steps.${key} placeholders`).toEqual([...TALLY_STEPS[code]].sort());
        }
      }
      const known = new Set(TALLY_STEP_CODES as string[]);
      for (const key of Object.keys(tree.steps as Tree)) {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        expect(known.has(key) || (known.has(base) && base in counted), `${lng} steps.${key} is not a step code`).toBe(true);
      }
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
        return fillStep(stepTemplate(tree.steps as Record<string, string>, s, lng), params);
      });
      for (const line of lines) expect(line, lng).not.toMatch(/\{\{|undefined/);
      if (lng === 'en') {
        // A whole weight is said once; the fraction stays where it says more than the decimal.
        expect(lines).toContain('For: AR cast 4 votes and carries 1; each of its ballots counts for 0.25 (1/4).');
        expect(lines.at(-1)).toBe('Rejected.');
      }
    }
  });

  describe('plurals and whole weights, in the formatter the screen and the CSV share', () => {
    const text = (lng: string, tree: Tree, st: TallyStep) => fillStep(stepTemplate(tree.steps as Record<string, string>, st, lng), st.params);
    const T = Object.fromEntries(LANGS);

    it('one vote, one ballot, one country: singular nouns in English and Spanish', () => {
      expect(text('en', T.en, step('raw', { side: 'For', votes: 1 }))).toBe('For: 1 vote.');
      expect(text('en', T.en, step('raw', { side: 'For', votes: 2 }))).toBe('For: 2 votes.');
      expect(text('es', T.es, step('raw', { side: 'A favor', votes: 1 }))).toBe('A favor: 1 voto.');
      expect(text('es', T.es, step('raw', { side: 'A favor', votes: 0 }))).toBe('A favor: 0 votos.');
      expect(text('en', T.en, step('weighted', { side: 'For', votes: 1, total: '0.5', totalExact: '1/2' }))).toBe('For: 1 ballot weighs 0.5 (1/2).');
      expect(text('fr', T.fr, step('weighted', { side: 'Pour', votes: 1, total: '0.5', totalExact: '1/2' }))).toBe('Pour : 1 bulletin pèse 0.5 (1/2).');
      expect(text('fr', T.fr, step('weighted', { side: 'Pour', votes: 3, total: '0.5', totalExact: '1/2' }))).toBe('Pour : 3 bulletins pèsent 0.5 (1/2).');
      expect(text('es', T.es, step('tie', { sides: 'A favor, En contra', votes: 1 }))).toBe('Empate: A favor, En contra tienen 1 voto cada uno.');
      // French: 0 and 1 are singular; a million takes the `many` form.
      expect(text('fr', T.fr, step('quorum_min_votes', { required: 5, votes: 1 }))).toMatch(/1 a été exprimée\.$/);
      expect(text('fr', T.fr, step('quorum_min_votes', { required: 5, votes: 1_000_000 }))).toMatch(/1000000 ont été exprimées\.$/);
    });

    it('no noun agrees with a count it cannot see: the roll reads "recused: 1", not "1 recused" plural in French', () => {
      const roll = step('electorate', { total: 10, eligible: 8, recused: 1, inactive: 1, ineligible: 0 });
      expect(text('fr', T.fr, roll)).not.toMatch(/\b1 récusés|\b1 inactifs/);
      expect(text('fr', T.fr, roll)).toContain('récusés : 1');
      expect(text('es', T.es, roll)).toContain('recusados: 1');
    });

    it('a whole weight is not repeated in parentheses; a fraction is kept beside its decimal', () => {
      const whole = step('cap_country', { side: 'For', country: 'AR', votes: 1, carried: '1', carriedExact: '1', perVote: '1', perVoteExact: '1' });
      expect(text('en', T.en, whole)).toBe('For: AR cast 1 vote and carries 1; its ballot counts for 1.');
      const frac = step('cap_country', { side: 'For', country: 'AR', votes: 5, carried: '1', carriedExact: '1', perVote: '0.2', perVoteExact: '1/5' });
      expect(text('en', T.en, frac)).toBe('For: AR cast 5 votes and carries 1; each of its ballots counts for 0.2 (1/5).');
      // The exact share first, then its decimal: said once when whole.
      expect(text('es', T.es, step('cap_share_countries', { countries: 1, share: '1', shareExact: '1' }))).toContain('con 1 país entre los miembros, ningún país puede pesar más de 1 de');
      for (const [lng, tree] of LANGS) expect(text(lng, tree, whole), lng).not.toMatch(/\(1\)/);
    });
  });
});
