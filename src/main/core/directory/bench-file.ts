import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A database file in a fresh temp folder (benchmarks run outside the test hooks). */
export const tempDirectoryFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'palabra-bench-')), 'palabra.db');
