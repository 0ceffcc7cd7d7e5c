import 'i18next';
import type common from '../../locales/en/common.json';
import type errors from '../../locales/en/errors.json';
import type directory from '../../locales/en/directory.json';
import type meetings from '../../locales/en/meetings.json';
import type live from '../../locales/en/live.json';
import type decisions from '../../locales/en/decisions.json';

// Typed keys: English is the reference; the locale test keeps fr and es identical in shape.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; errors: typeof errors; directory: typeof directory; meetings: typeof meetings; live: typeof live; decisions: typeof decisions };
  }
}
