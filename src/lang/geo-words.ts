// Place words that are never a person's name, as data: country names in Indonesian
// and English (from i18n-iso-countries), their common short forms, regions and compass words.
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import idCountries from 'i18n-iso-countries/langs/id.json' with { type: 'json' };

/** Short and older forms the ISO lists lack (`Inggris` for the United Kingdom, `Korut`). */
const EXTRA_COUNTRY_NAMES: readonly string[] = [
  'Inggris', 'Britania', 'Korea', 'Korut', 'Korsel', 'Tiongkok', 'Cina', 'China', 'Amerika', 'Soviet', 'Uni Soviet',
  'Britain', 'England', 'Scotland', 'Wales', 'Soviet Union', 'America', 'Taiwan', 'Palestina', 'Palestine', 'Kosovo',
];

/** Regions, seas and continents written with capitals (`Timur Tengah`, `Asia Pasifik`). */
const REGION_NAMES: readonly string[] = [
  'Eropa', 'Asia', 'Afrika', 'Australia', 'Pasifik', 'Atlantik', 'Arktik', 'Antartika', 'Timur Tengah', 'Timur Jauh',
  'Asia Pasifik', 'Balkan', 'Kaukasus', 'Skandinavia', 'Barat', 'Timur', 'Laut Hitam', 'Laut Jepang', 'Laut China Selatan',
  'Europe', 'Africa', 'Americas', 'Pacific', 'Atlantic', 'Arctic', 'Antarctica', 'Middle East', 'Far East',
  'Asia-Pacific', 'Caucasus', 'Scandinavia', 'West', 'East', 'Black Sea', 'Sea of Japan', 'South China Sea',
];

/** Compass and size words inside place names (`Afrika Selatan`, `South Africa`), lower-case. */
export const COMPASS_WORDS: readonly string[] = [
  'utara', 'selatan', 'timur', 'barat', 'tengah', 'tenggara', 'laut', 'daya', 'raya', 'jauh',
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'middle', 'far',
];

type CountryNames = Record<string, string | readonly string[]>;

function names(list: { countries: CountryNames }): string[] {
  return Object.values(list.countries).flatMap((value) => (typeof value === 'string' ? [value] : [...value]));
}

/** Country and region names as printed, both languages, longest first. */
export const PLACE_NAMES: readonly string[] = [
  ...new Set([...names(idCountries), ...names(enCountries), ...EXTRA_COUNTRY_NAMES, ...REGION_NAMES]),
]
  // Only names made of words: `U.S.` and `Korea, Republic of` are not how prose writes them.
  .filter((name) => /^[\p{L}' -]+$/u.test(name) && /\p{Ll}/u.test(name))
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
