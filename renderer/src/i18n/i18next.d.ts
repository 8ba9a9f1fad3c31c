import 'i18next';
import type { resources } from './resources';

// Keys are checked at compile time against the English texts, so a typo or a key that was
// never written is a type error, not a blank in the UI.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
    returnNull: false;
  }
}
