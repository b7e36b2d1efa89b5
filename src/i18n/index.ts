// UI strings by dotted key; no UI text is written inline in components.
import en from './en.json' with { type: 'json' };

export type UiKey = keyof typeof en;

/** The English string for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
