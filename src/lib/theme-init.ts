// The one inline script of the site: before first paint, apply the theme the reader
// pinned with the toggle (stored in localStorage), so a dark page never flashes light.
// Without JavaScript or with nothing stored, CSS follows the reader's setting.
// astro.config.mjs adds its hash to the Content-Security-Policy.
import { createHash } from 'node:crypto';

import { THEME_STORAGE_KEY } from './theme-keys.ts';

export { THEME_STORAGE_KEY };

export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** `sha256-…` of the script, as CSP expects it. */
export const THEME_INIT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;
