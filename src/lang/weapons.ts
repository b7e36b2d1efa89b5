// Weapon vocabulary of Indonesian and English news text, as data: terms mapped to
// a canonical weapon class, named systems that no designator pattern catches, and
// designator look-alikes (`COVID-19`, `G-20`, `H-1`) that are not weapons.

export interface WeaponClass {
  /** Canonical class, the entity id after `weapon:`. */
  id: string;
  names: { en: string; id: string };
  /**
   * Terms as printed, in either language. Matching is case-insensitive, treats
   * a space and a hyphen alike (`permukaan-ke-udara`), and accepts an English
   * plural (`missiles`) or an Indonesian repeated plural (`roket-roket`).
   * All-capital terms (`HIMARS`) match in capitals only.
   */
  terms: readonly string[];
}

/**
 * Classes, most specific first: a longer term wins where terms overlap, so
 * `peluncur misil balistik` is a launcher and not also a ballistic missile.
 */
export const WEAPON_CLASSES: readonly WeaponClass[] = [
  {
    id: 'ballistic-missile-launcher',
    names: { en: 'ballistic missile launcher', id: 'peluncur rudal balistik' },
    terms: ['peluncur rudal balistik', 'peluncur misil balistik', 'ballistic missile launcher'],
  },
  {
    id: 'ballistic-missile',
    names: { en: 'ballistic missile', id: 'rudal balistik' },
    terms: [
      'rudal balistik', 'misil balistik', 'peluru kendali balistik', 'rudal balistik jarak pendek', 'misil balistik jarak pendek',
      'rudal balistik antarbenua', 'ballistic missile', 'short-range ballistic missile', 'intercontinental ballistic missile',
    ],
  },
  { id: 'cruise-missile', names: { en: 'cruise missile', id: 'rudal jelajah' }, terms: ['rudal jelajah', 'misil jelajah', 'cruise missile'] },
  {
    id: 'sam',
    names: { en: 'surface-to-air missile', id: 'rudal permukaan-ke-udara' },
    terms: ['rudal permukaan ke udara', 'misil permukaan ke udara', 'rudal darat ke udara', 'surface to air missile'],
  },
  { id: 'missile-launcher', names: { en: 'missile launcher', id: 'peluncur rudal' }, terms: ['peluncur rudal', 'peluncur misil', 'missile launcher'] },
  { id: 'rocket-launcher', names: { en: 'rocket launcher', id: 'peluncur roket' }, terms: ['peluncur roket', 'rocket launcher', 'multiple rocket launcher'] },
  { id: 'missile', names: { en: 'missile', id: 'rudal' }, terms: ['rudal', 'misil', 'peluru kendali', 'missile'] },
  { id: 'rocket', names: { en: 'rocket', id: 'roket' }, terms: ['roket', 'rocket'] },
  {
    id: 'artillery-shell',
    names: { en: 'artillery shell', id: 'peluru artileri' },
    terms: ['peluru artileri', 'amunisi artileri', 'artillery shell', 'artillery round', 'artillery ammunition'],
  },
  { id: 'artillery', names: { en: 'artillery', id: 'artileri' }, terms: ['artileri', 'artillery'] },
  { id: 'ammunition', names: { en: 'ammunition', id: 'amunisi' }, terms: ['amunisi', 'peluru', 'ammunition', 'munition'] },
  { id: 'warhead', names: { en: 'warhead', id: 'hulu ledak' }, terms: ['hulu ledak', 'warhead'] },
  {
    id: 'fighter-aircraft',
    names: { en: 'fighter aircraft', id: 'pesawat tempur' },
    terms: ['pesawat tempur', 'jet tempur', 'fighter jet', 'fighter aircraft', 'fighter plane', 'warplane'],
  },
  { id: 'drone', names: { en: 'drone', id: 'drone' }, terms: ['drone', 'pesawat nirawak', 'pesawat tanpa awak', 'unmanned aerial vehicle'] },
  {
    id: 'armoured-vehicle',
    names: { en: 'armoured vehicle', id: 'kendaraan lapis baja' },
    terms: ['kendaraan lapis baja', 'kendaraan tempur lapis baja', 'armoured vehicle', 'armored vehicle'],
  },
  { id: 'tank', names: { en: 'tank', id: 'tank' }, terms: ['tank tempur', 'main battle tank', 'tank'] },
  { id: 'nuclear-weapon', names: { en: 'nuclear weapon', id: 'senjata nuklir' }, terms: ['senjata nuklir', 'nuclear weapon'] },
  { id: 'air-defence-system', names: { en: 'air defence system', id: 'sistem pertahanan udara' }, terms: ['sistem pertahanan udara', 'air defence system', 'air defense system'] },
];

/**
 * Named systems without a hyphenated designator, as printed: entity id is the
 * name in lower case with hyphens (`weapon:storm-shadow`).
 */
export const NAMED_SYSTEMS: readonly string[] = [
  'ATACMS', 'HIMARS', 'NASAMS', 'IRIS-T', 'Storm Shadow', 'SCALP', 'Taurus', 'Javelin', 'Stinger', 'Kinzhal', 'Kalibr',
  'Bayraktar TB2', 'Zircon', 'Oreshnik', 'Hwasong',
];

/**
 * Prefixes of designator look-alikes that are not weapons: diseases
 * (`COVID-19`), summits (`G-20`), Indonesian day counts (`H-1`, `D-7`) and
 * legal references.
 */
export const NON_WEAPON_PREFIXES: readonly string[] = [
  'COVID', 'Covid', 'SARS', 'MERS', 'CoV', 'H', 'D', 'G', 'KTT', 'UU', 'PP', 'No', 'Nomor', 'Level', 'Tahun', 'Pasal',
  'Rp', 'ISO', 'Euro', 'Grade', 'Kelas', 'Top', 'Tier', 'Stage', 'Phase', 'Fase',
];
