// Unit words (Indonesian and English) mapped to normalized units, plus the cues
// that say what a measure measures; data read by figure extraction.
import type { NumberLanguage } from './numbers.ts';

/**
 * What a unit measures. `time` units make a duration (`dua tahun`, `three
 * days`), which is not a figure of the briefing; `count` units count things.
 */
export type UnitKind = 'distance' | 'mass' | 'money' | 'percent' | 'count' | 'time';

export interface UnitWord {
  /** Normalized unit: SI-style symbols, ISO 4217 codes, or a plural English noun. */
  unit: string;
  kind: UnitKind;
}

const distance = (unit: string): UnitWord => ({ unit, kind: 'distance' });
const mass = (unit: string): UnitWord => ({ unit, kind: 'mass' });
const money = (unit: string): UnitWord => ({ unit, kind: 'money' });
const count = (unit: string): UnitWord => ({ unit, kind: 'count' });
const time = (unit: string): UnitWord => ({ unit, kind: 'time' });

/** Builds entries mapping every listed phrase to one unit word. */
function all(words: readonly string[], value: UnitWord): [string, UnitWord][] {
  return words.map((word) => [word, value]);
}

/**
 * Unit phrases after a number, lower-case, both languages in one table because
 * Indonesian reporting borrows English nouns (`drone`, `tank`) and the two
 * vocabularies do not collide. Longest phrase wins (`kapal perang` over
 * `kapal`). Miles stay miles (`mi`): the briefing shows what the text says and
 * does not convert. Money uses ISO 4217 codes; `dolar` alone is USD, as
 * Indonesian news writes it.
 */
export const UNIT_WORDS: Readonly<Record<string, UnitWord>> = Object.fromEntries([
  // Distance
  ...all(['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'], distance('km')),
  ...all(['mil', 'mile', 'miles'], distance('mi')),
  ...all(['mil laut', 'nautical mile', 'nautical miles', 'nmi'], distance('nmi')),
  ...all(['m', 'meter', 'meters', 'metre', 'metres'], distance('m')),
  // Mass
  ...all(['kg', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'], mass('kg')),
  ...all(['ton', 'tons', 'tonne', 'tonnes', 'metric tons'], mass('t')),
  ...all(['lb', 'lbs'], mass('lb')),
  // Money
  ...all(['usd', 'dolar', 'dolar as', 'dolar amerika', 'dolar amerika serikat', 'dollar', 'dollars', 'us dollars'], money('USD')),
  ...all(['rupiah', 'idr'], money('IDR')),
  ...all(['euro', 'euros', 'eur'], money('EUR')),
  ...all(['gbp', 'pound sterling', 'pounds sterling'], money('GBP')),
  ...all(['rubel', 'rubles', 'roubles', 'rub'], money('RUB')),
  ...all(['won', 'krw'], money('KRW')),
  ...all(['yuan', 'renminbi', 'cny'], money('CNY')),
  ...all(['yen', 'jpy'], money('JPY')),
  // Percent
  ...all(['%', 'persen', 'percent', 'per cent'], { unit: 'percent', kind: 'percent' }),
  // Counted things
  ...all(['kontainer', 'peti kemas', 'container', 'containers'], count('containers')),
  ...all([
    'peluru', 'peluru artileri', 'peluru meriam', 'amunisi', 'amunisi artileri', 'proyektil',
    'shell', 'shells', 'artillery shell', 'artillery shells', 'artillery rounds', 'rounds of ammunition', 'projectiles',
  ], count('shells')),
  ...all([
    'misil', 'misil balistik', 'rudal', 'rudal balistik', 'rudal jelajah', 'peluru kendali',
    'missile', 'missiles', 'ballistic missile', 'ballistic missiles', 'cruise missiles',
  ], count('missiles')),
  ...all(['roket', 'rocket', 'rockets'], count('rockets')),
  ...all(['drone', 'drones', 'drone kamikaze', 'pesawat nirawak', 'uav', 'uavs'], count('drones')),
  ...all([
    'tentara', 'pasukan', 'prajurit', 'personel', 'personel militer', 'serdadu',
    'troops', 'soldier', 'soldiers', 'servicemen', 'personnel', 'military personnel',
  ], count('troops')),
  ...all(['orang', 'jiwa', 'warga', 'warga sipil', 'penduduk', 'people', 'person', 'persons', 'civilians', 'residents'], count('people')),
  ...all(['korban', 'korban jiwa', 'korban tewas', 'casualties'], count('casualties')),
  ...all(['kapal', 'kapal perang', 'kapal kargo', 'ship', 'ships', 'vessel', 'vessels', 'warships', 'cargo ships'], count('ships')),
  ...all(['tank', 'tanks'], count('tanks')),
  ...all(['pesawat', 'pesawat tempur', 'jet tempur', 'aircraft', 'planes', 'jets', 'fighter jets'], count('aircraft')),
  ...all(['helikopter', 'helicopter', 'helicopters'], count('helicopters')),
  ...all(['kendaraan', 'kendaraan lapis baja', 'vehicle', 'vehicles', 'armored vehicles', 'armoured vehicles'], count('vehicles')),
  ...all(['truk', 'truck', 'trucks'], count('trucks')),
  ...all(['gerbong', 'railcar', 'railcars', 'rail cars', 'wagons'], count('railcars')),
  ...all(['peluncur', 'launcher', 'launchers'], count('launchers')),
  ...all(['howitzer', 'howitzers'], count('howitzers')),
  ...all(['serangan', 'serangan udara', 'attack', 'attacks', 'strike', 'strikes', 'airstrikes', 'air strikes'], count('attacks')),
  ...all(['senjata', 'weapon', 'weapons'], count('weapons')),
  ...all(['pengiriman', 'shipment', 'shipments'], count('shipments')),
  ...all(['negara', 'country', 'countries'], count('countries')),
  ...all(['insinyur', 'engineer', 'engineers'], count('engineers')),
  ...all(['perwira', 'officer', 'officers'], count('officers')),
  // Durations: recognized so that `dua tahun` is not read as a count of two.
  ...all(['detik', 'second', 'seconds'], time('s')),
  ...all(['menit', 'minute', 'minutes'], time('min')),
  ...all(['jam', 'hour', 'hours'], time('h')),
  ...all(['hari', 'day', 'days'], time('d')),
  ...all(['minggu', 'pekan', 'week', 'weeks'], time('wk')),
  ...all(['bulan', 'month', 'months'], time('mo')),
  ...all(['tahun', 'year', 'years'], time('yr')),
  ...all(['dekade', 'windu', 'abad', 'decade', 'decades', 'century', 'centuries'], time('long')),
]);

/**
 * Currency signs written before the number (`US$4,5`, `Rp 5.000`, `€3bn`),
 * lower-case, as printed with no space inside the sign. A bare `$` is read as
 * USD, the convention of both Indonesian and English wire copy.
 */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  'us$': 'USD', $: 'USD', usd: 'USD', 'rp': 'IDR', 'rp.': 'IDR', idr: 'IDR', '€': 'EUR', '£': 'GBP',
};

/**
 * Words between a number and its noun that do not change what is counted.
 * Indonesian classifiers (`lima buah truk`, `10 unit tank`; KBBI "kata
 * penggolong") may sit there. English puts adjectives before the noun (`6,000
 * shipping containers`), so up to `gap` words may be skipped when a unit word
 * follows them, unless one of them is a `stop` word that ends the phrase.
 */
export interface UnitGap {
  classifiers: readonly string[];
  gap: number;
  stop: readonly string[];
}

export const UNIT_GAPS: Readonly<Record<NumberLanguage, UnitGap>> = {
  id: { classifiers: ['buah', 'unit', 'ekor', 'biji', 'butir', 'pucuk'], gap: 0, stop: [] },
  en: {
    classifiers: [],
    gap: 2,
    stop: [
      'a', 'an', 'the', 'of', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into',
      'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'may',
      'that', 'which', 'who', 'this', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'he', 'she', 'we',
      'than', 'per', 'as', 'if', 'not', 'said', 'says',
    ],
  },
};

/**
 * Words near a measure that say what it measures, in priority order (the first
 * matching cue wins, so `hulu ledak seberat 250 kg` is the warhead, not just a
 * weight). `before` cues sit within a few words before the figure; `after`
 * cues right after it (`40 km dari perbatasan`). A cue applies only to the
 * unit kinds listed: `jangkauan` says nothing about a count of missiles.
 */
export interface SubjectCue {
  words: string;
  subject: string;
  kinds: readonly UnitKind[];
  where: 'before' | 'after';
}

const before = (words: readonly string[], subject: string, kinds: readonly UnitKind[]): SubjectCue[] =>
  words.map((word) => ({ words: word, subject, kinds, where: 'before' as const }));
const after = (words: readonly string[], subject: string, kinds: readonly UnitKind[]): SubjectCue[] =>
  words.map((word) => ({ words: word, subject, kinds, where: 'after' as const }));

export const SUBJECT_CUES: readonly SubjectCue[] = [
  ...before(['hulu ledak', 'warhead'], 'warhead', ['mass']),
  ...before(['muatan', 'daya angkut', 'payload'], 'payload', ['mass']),
  ...before(['jangkauan', 'daya jangkau', 'jarak tempuh', 'range'], 'range', ['distance']),
  ...before(['jarak', 'distance'], 'distance', ['distance']),
  ...after(['dari perbatasan', 'dari garis depan', 'from the border', 'from the front', 'from the front line', 'away'], 'distance', ['distance']),
  ...before(['seberat', 'berat', 'bobot', 'weighing', 'weight', 'weighs'], 'weight', ['mass']),
  ...before(['senilai', 'bernilai', 'nilai', 'worth', 'valued at', 'value'], 'value', ['money']),
];
