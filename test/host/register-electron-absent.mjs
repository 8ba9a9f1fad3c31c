import { register } from 'node:module';

register('./electron-absent-hooks.mjs', import.meta.url);
