import { expect, it } from 'vitest';
import { snapshot, testCore } from './tmp';

it('snapshot sees a change in any table, FTS5 tables included', () => {
  const core = testCore();
  core.ctx.db.exec("CREATE VIRTUAL TABLE notes_fts USING fts5(body); INSERT INTO notes_fts VALUES ('premier')");
  const before = snapshot(core);
  expect(snapshot(core)).toEqual(before);
  core.ctx.db.exec("INSERT INTO notes_fts VALUES ('deuxième')");
  expect(snapshot(core)).not.toEqual(before);
  const after = snapshot(core);
  core.dispatch('settings.update', { theme: 'dark' });
  expect(snapshot(core)).not.toEqual(after);
});
