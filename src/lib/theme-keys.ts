// Shared by the inline theme script (src/lib/theme-init.ts) and the toggle (src/client/theme.ts).
export const THEME_STORAGE_KEY = 'briefing-theme';
