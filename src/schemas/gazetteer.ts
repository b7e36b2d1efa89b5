// Schemas of the editable world-knowledge files, content/countries.yaml and
// content/gazetteer.yaml, and the one parser that validates them with a clear message.
import { createRequire } from 'node:module';
import { z } from 'zod';

const require = createRequire(import.meta.url);
/** ISO 3166-1 codes as i18n-iso-countries lists them: `[alpha2, alpha3, numeric, …]` rows. */
const isoCodes = new Set((require('i18n-iso-countries/codes.json') as string[][]).map((row) => row[0]));

/** An ISO 3166-1 alpha-2 country code (`KP`, `RU`), checked against the standard's list. */
export const iso2 = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in capitals, like KP or RU')
  .refine((code) => isoCodes.has(code), { message: 'expected a code of an existing country (ISO 3166-1 alpha-2)' });

const name = z.string().trim().min(1, 'expected a non-empty name');

/** Lists and maps may be left empty in YAML (`capitals:` with nothing under it is null). */
function orEmpty<T extends z.ZodType>(schema: T, empty: () => z.output<T>) {
  return schema.nullish().transform((value) => value ?? empty());
}

/** content/countries.yaml: what i18n-iso-countries does not know about country names. */
export const countryAliasesFile = z
  .object({
    /**
     * More names per country, keyed by ISO code: short forms (`Korut`), exonyms
     * (`Inggris`), acronyms (`DPRK`, `AS`). A name written in capitals matches only in
     * capitals; a capitalized name only where the text capitalizes it.
     */
    aliases: orEmpty(z.record(iso2, z.array(name).nullish().transform((v) => v ?? [])), () => ({})),
    /**
     * Capitals and seats of government that stand for their country when they act
     * (`Pyongyang mengatakan`, `Moscow denied`), keyed by the name as printed. Where the
     * text puts one as a place (`di Washington`) it is the city, the country's capital.
     */
    capitals: orEmpty(z.record(name, iso2), () => ({})),
    /** Display names replacing the ones derived from i18n-iso-countries. */
    names: orEmpty(z.record(iso2, z.object({ en: name.optional(), id: name.optional() }).strict()), () => ({})),
  })
  .strict()
  .superRefine((value, ctx) => {
    // One name, one country: an alias listed twice would make every mention ambiguous.
    const owner = new Map<string, string>();
    for (const [code, list] of Object.entries(value.aliases)) {
      list.forEach((alias, index) => {
        const key = alias.toLowerCase();
        const previous = owner.get(key);
        if (previous !== undefined && previous !== code) {
          ctx.addIssue({ code: 'custom', path: ['aliases', code, index], message: `"${alias}" is already an alias of ${previous}` });
        }
        owner.set(key, code);
      });
    }
  });

export type CountryAliases = z.output<typeof countryAliasesFile>;

export const PLACE_KINDS = ['city', 'port', 'region', 'place'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

const latitude = z.number().min(-90, 'expected a latitude from -90 to 90').max(90, 'expected a latitude from -90 to 90');
const longitude = z.number().min(-180, 'expected a longitude from -180 to 180').max(180, 'expected a longitude from -180 to 180');

/** One place of content/gazetteer.yaml. */
export const gazetteerPlace = z
  .object({
    /** Display name. Without coordinates, also the dataset (GeoNames) name to take the point from. */
    name,
    /** Other spellings, exonyms and local names that mean this place (`Moskow`, `Peking`, `Timur Tengah`). */
    aliases: z.array(name).nullish().transform((v) => v ?? []),
    /** The country it lies in; required to take the point from the dataset. Regions across borders leave it out. */
    country: iso2.optional(),
    /** What it is; defaults to `region` for a polygon, `city` for a dataset city, `place` otherwise. */
    kind: z.enum(PLACE_KINDS).optional(),
    /** Latitude of the point shown on maps (WGS 84 degrees). */
    lat: latitude.optional(),
    /** Longitude of the point shown on maps (WGS 84 degrees). */
    lon: longitude.optional(),
    /** GeoNames id of the dataset city this entry names, when its name is not unique in its country. */
    geonames: z.number().int().positive().optional(),
    /** Outline of a region as `[lon, lat]` pairs, the ring closing itself; without lat/lon its centroid is the point. */
    polygon: z.array(z.tuple([longitude, latitude])).min(3, 'expected at least 3 [lon, lat] points').optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.lat === undefined) !== (value.lon === undefined)) {
      ctx.addIssue({ code: 'custom', path: [value.lat === undefined ? 'lat' : 'lon'], message: 'expected both lat and lon, or neither' });
    }
    const located = value.lat !== undefined || value.polygon !== undefined;
    if (!located && value.country === undefined && value.geonames === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message: 'expected a country (to find the place in the dataset), a geonames id, or lat and lon',
      });
    }
  });

export type GazetteerPlace = z.output<typeof gazetteerPlace>;

/** content/gazetteer.yaml: places the datasets lack or name differently, and regions. */
export const gazetteerFile = z
  .object({
    places: orEmpty(z.array(gazetteerPlace), () => []),
  })
  .strict();

export type GazetteerFile = z.output<typeof gazetteerFile>;
