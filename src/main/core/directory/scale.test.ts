import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MemberPage } from '../../../shared/domain/directory/contract';
import { createCore } from '../index';
import { tempDirectoryFile } from './bench-file';
import { memberQuerySql } from './members';
import { ensureFold } from './rows';
import { seedDirectory } from './scale';

// 5,000 members: the list stays one page, every filter reaches its rows through an index, and the
// answers are right. (Timings: src/main/core/directory/directory.bench.ts.)

const N = 5000;
// One database for the whole file (seeding 5,000 members through the repo takes a moment).
const c = createCore(tempDirectoryFile());
afterAll(() => {
  c.close();
  fs.rmSync(path.dirname(c.file), { recursive: true, force: true });
});
const { ralos, alac } = c.ctx.db.transaction(() => seedDirectory(c.ctx, N))();
ensureFold(c.ctx.db);

const list = (q: object) => {
  const res = c.dispatch('members.list', q);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as MemberPage;
};
const plan = (q: object) => {
  const { pageSql, args, countSql, countArgs } = memberQuerySql(c.ctx, q);
  const explain = (sql: string, a: object) => (c.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(a) as { detail: string }[]).map((r) => r.detail).join('\n');
  return `${explain(countSql, countArgs)}\n${explain(pageSql, args)}`;
};
const count = (sql: string, ...args: unknown[]) => (c.ctx.db.prepare(sql).get(...args) as { n: number }).n;

describe(`members.list on ${N} members`, () => {
  it('returns one page of 50 and the total', () => {
    const page = list({});
    expect(page.total).toBe(N);
    expect(page.rows).toHaveLength(50);
    const last = list({ offset: N - 10 });
    expect(last.rows).toHaveLength(10);
  });

  it('finds by name without accents and by e-mail, and counts right', () => {
    // names are FIRST[i % 16] LAST[(7i) % 14] i: "José" is i % 16 === 0
    expect(list({ search: 'jose' }).total).toBe(Math.ceil(N / 16));
    expect(list({ search: 'member4999@' }).rows.map((r) => r.email)).toEqual(['member4999@example.org']);
    expect(list({ search: 'muller 12' }).rows.every((r) => r.name.includes('Müller') && r.name.includes('12'))).toBe(true);
  });

  it('filters through indexes: country, ALS, role, body', () => {
    expect(list({ country: 'HT' }).total).toBe(count("SELECT count(*) AS n FROM members WHERE country = 'HT'"));
    expect(plan({ country: 'HT' })).toMatch(/members_country/);
    const alsId = (c.ctx.db.prepare("SELECT id FROM als WHERE name = 'ALS 7'").get() as { id: string }).id;
    expect(list({ alsId }).total).toBe(count('SELECT count(*) AS n FROM members WHERE als_id = ?', alsId));
    expect(plan({ alsId })).toMatch(/members_als/);
    expect(list({ role: 'alac_member', bodyId: alac }).total).toBe(N / 10);
    expect(plan({ role: 'alac_member', bodyId: alac })).toMatch(/roles_body/);
    expect(plan({ role: 'chair' })).toMatch(/roles_role/);
    const lacralo = list({ bodyId: ralos[3] });
    expect(lacralo.total).toBeGreaterThan(0);
    expect(plan({ bodyId: ralos[3] })).toMatch(/roles_body/);
    expect(plan({ bodyId: ralos[3] })).toMatch(/als_ralo/);
  });

  it('answers a search, a filter and an unfiltered page quickly', () => {
    for (const q of [{}, { search: 'garcia' }, { country: 'BR', search: 'ana' }, { bodyId: ralos[3] }, { offset: 4000 }]) {
      const t = performance.now();
      list(q);
      // Generous: a few milliseconds on a laptop; this only catches a query gone quadratic.
      expect(performance.now() - t, JSON.stringify(q)).toBeLessThan(400);
    }
  });
});
