// Progressive enhancement: the theme toggle cycles automatic → dark → light and
// remembers the choice. Without JavaScript the button stays hidden and the page
// follows the reader's system setting (CSS light-dark()).
import { THEME_STORAGE_KEY } from '../lib/theme-keys.ts';

type Theme = 'auto' | 'dark' | 'light';
const NEXT: Record<Theme, Theme> = { auto: 'dark', dark: 'light', light: 'auto' };

function stored(): Theme {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'dark' || value === 'light' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(button: HTMLButtonElement, theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  const label = button.querySelector('[data-theme-label]');
  if (label) label.textContent = button.dataset[`label${theme[0]?.toUpperCase()}${theme.slice(1)}`] ?? theme;
  button.dataset['current'] = theme;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-theme-toggle]')) {
  apply(button, stored());
  button.hidden = false;
  button.addEventListener('click', () => {
    const theme = NEXT[(button.dataset['current'] as Theme | undefined) ?? 'auto'];
    try {
      if (theme === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, theme);
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
    apply(button, theme);
  });
}
