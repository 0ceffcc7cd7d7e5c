import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { appChannels } from '../src/shared/domain/app/contract';
import { decisionsChannels } from '../src/shared/domain/decisions/contract';
import { directoryChannels } from '../src/shared/domain/directory/contract';
import { liveChannels } from '../src/shared/domain/live/contract';
import { meetingsChannels } from '../src/shared/domain/meetings/contract';
import { ERROR_CODES } from '../src/shared/errors';
import type { ChannelMap } from '../src/shared/channel';

// Every language has the same namespaces, the same keys and the same {{placeholders}} as English;
// every error code and every input field of the contract has a translation.

const ROOT = __dirname;
const LANGS = ['en', 'fr', 'es'];
type Tree = { [k: string]: string | Tree };

const load = (lng: string, ns: string): Tree => JSON.parse(fs.readFileSync(path.join(ROOT, lng, `${ns}.json`), 'utf8'));
const namespaces = (lng: string) => fs.readdirSync(path.join(ROOT, lng)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Keys with their plural suffix removed, each with the placeholders used by any of its forms. */
function shape(tree: Tree): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [key, value] of flatten(tree)) {
    const base = key.replace(PLURAL, '');
    const set = out.get(base) ?? new Set<string>();
    for (const m of value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) if (m[1] !== 'count') set.add(m[1]);
    out.set(base, set);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** Keys written twice in one object of a file (JSON.parse keeps the last one silently). */
function duplicateKeys(text: string): string[] {
  const dupes: string[] = [];
  const stack: Set<string>[] = [new Set()];
  for (const line of text.split('\n')) {
    const key = /^\s*"((?:[^"\\]|\\.)*)"\s*:/.exec(line)?.[1];
    if (key !== undefined) {
      if (stack.at(-1)!.has(key)) dupes.push(key);
      stack.at(-1)!.add(key);
    }
    if (/\{\s*$/.test(line) && key !== undefined) stack.push(new Set());
    if (/^\s*\},?\s*$/.test(line)) stack.pop();
  }
  return dupes;
}

describe('locales', () => {
  it('every language has the same namespaces', () => {
    for (const lng of LANGS) expect(namespaces(lng), lng).toEqual(namespaces('en'));
  });

  it('no key is written twice in one object (the first would be lost), no error code listed twice', () => {
    expect(ERROR_CODES.filter((c, i) => ERROR_CODES.indexOf(c) !== i)).toEqual([]);
    expect(duplicateKeys('{\n  "a": "x",\n  "b": {\n    "a": "y"\n  },\n  "a": "z"\n}')).toEqual(['a']);
    for (const lng of LANGS) {
      for (const ns of namespaces(lng)) expect(duplicateKeys(fs.readFileSync(path.join(ROOT, lng, `${ns}.json`), 'utf8')), `${lng}/${ns}`).toEqual([]);
    }
  });

  for (const ns of namespaces('en')) {
    it(`${ns}: same keys and placeholders in every language, no empty string`, () => {
      const en = shape(load('en', ns));
      for (const lng of LANGS) {
        const tree = load(lng, ns);
        const other = shape(tree);
        expect([...other.keys()].sort(), `${lng}/${ns} keys`).toEqual([...en.keys()].sort());
        for (const [key, ph] of en) expect(other.get(key), `${lng}/${ns}:${key} placeholders`).toEqual(ph);
        for (const [key, value] of flatten(tree)) expect(value.trim(), `${lng}/${ns}:${key}`).not.toBe('');
        // plural keys always have their _one and _other forms
        for (const key of flatten(tree).keys()) {
          if (!PLURAL.test(key)) continue;
          const base = key.replace(PLURAL, '');
          expect(flatten(tree).has(`${base}_one`) && flatten(tree).has(`${base}_other`), `${lng}/${ns}:${base} plural forms`).toBe(true);
        }
      }
    });
  }

  it('every error code has a message', () => {
    for (const lng of LANGS) {
      const keys = flatten(load(lng, 'errors'));
      for (const code of ERROR_CODES) expect(keys.has(code), `${lng}/errors:${code}`).toBe(true);
    }
  });

  it('every input field of the contract has a label in its namespace or in common', () => {
    const byNs: [string, ChannelMap][] = [
      ['common', appChannels],
      ['directory', directoryChannels],
      ['meetings', meetingsChannels],
      ['live', liveChannels],
      ['decisions', decisionsChannels],
    ];
    for (const lng of LANGS) {
      const common = flatten(load(lng, 'common'));
      for (const [ns, channels] of byNs) {
        const own = flatten(load(lng, ns));
        for (const [name, def] of Object.entries(channels)) {
          for (const field of fieldKeys(def.input)) {
            expect(own.has(`fields.${field}`) || common.has(`fields.${field}`), `${lng}: label for "${field}" of ${name}`).toBe(true);
          }
        }
      }
    }
  });
});

/** The object keys an input schema accepts, at any depth (through optional, arrays, pipes...). */
function fieldKeys(schema: z.ZodType, out = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const walk = (s: unknown) => s && fieldKeys(s as z.ZodType, out);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        out.add(k);
        walk(v);
      }
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      walk(def.innerType);
      break;
    case 'array':
      walk(def.element);
      break;
    case 'pipe':
      walk(def.in);
      break;
    case 'union':
    case 'discriminatedUnion':
      for (const o of def.options as unknown[]) walk(o);
      break;
    case 'intersection':
      walk(def.left);
      walk(def.right);
      break;
    case 'record':
      walk(def.valueType);
      break;
  }
  return out;
}
