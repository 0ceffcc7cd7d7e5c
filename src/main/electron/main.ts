// Electron entry (built to out/main/index.js). All the work is in lifecycle.ts, which takes the
// electron module as a parameter so the tests can hand it a fake.
import * as electron from 'electron';
import { startApp } from './lifecycle';

startApp(electron, {
  argv: process.argv,
  env: process.env,
  cwd: process.cwd(),
  mainDir: __dirname,
  platform: process.platform,
}).catch((error: unknown) => {
  console.error('[startup] failed', error);
  electron.app.exit(1);
});
