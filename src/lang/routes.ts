// How Indonesian and English news text states a movement of goods, as data: verbs
// of moving, the words that open an origin or a destination, chaining words, mode
// cues and cargo nouns. src/analysis/extract/routes.ts only applies them.
import type { Mode } from '../analysis/types.ts';

/** Verbs (and verb stems with their suffixes) that say something moved. */
export const MOVE_VERBS: readonly string[] = [
  // Indonesian: di- passive and me- active forms, with -kan/-nya.
  'dikirim', 'dikirimkan', 'mengirim', 'mengirimkan', 'mengirimkannya', 'diangkut', 'mengangkut', 'mengangkutnya',
  'dipindahkan', 'memindahkan', 'memindahkannya', 'dibawa', 'membawa', 'membawanya', 'diterbangkan', 'menerbangkan',
  'dikapalkan', 'diseberangkan', 'tiba', 'berlayar',
  // English.
  'shipped', 'ship', 'ships', 'sent', 'send', 'moved', 'move', 'transported', 'transport', 'carried', 'carry', 'delivered',
  'deliver', 'flown', 'flew', 'trucked', 'ferried', 'transferred', 'railed', 'sailed', 'arrived',
];

/** Verbs that say goods were taken on board at a place (`memuat … di X`, `loaded … at X`): X is an origin. */
export const LOAD_VERBS: readonly string[] = ['memuat', 'dimuat', 'loaded', 'loading', 'load'];
/** Words that introduce the place of loading after a load verb. */
export const LOAD_AT: readonly string[] = ['di', 'at', 'in'];

export const FROM_WORDS: readonly string[] = ['dari', 'from'];
export const TO_WORDS: readonly string[] = ['ke', 'menuju', 'to', 'into', 'towards'];

/** Words that chain a leg to the previous destination: `kemudian dikirim … ke Z`, `then moved … to Z`. */
export const CHAIN_WORDS: readonly string[] = ['kemudian', 'lalu', 'selanjutnya', 'setelah itu', 'then', 'later', 'subsequently', 'onward'];

/** Mode cues; the first found in a clause decides its mode. */
export const MODE_CUES: Readonly<Record<Exclude<Mode, 'unknown'>, readonly string[]>> = {
  sea: ['melalui laut', 'lewat laut', 'jalur laut', 'kapal', 'pelabuhan', 'by sea', 'sea', 'ship', 'ships', 'vessel', 'vessels', 'port', 'ferry', 'tanker', 'freighter'],
  rail: ['kereta api', 'kereta', 'jalur kereta', 'rel', 'by rail', 'rail', 'railway', 'train', 'trains'],
  road: ['truk', 'jalan darat', 'lewat darat', 'melalui darat', 'konvoi', 'by road', 'road', 'truck', 'trucks', 'convoy', 'lorries', 'lorry'],
  air: ['pesawat', 'udara', 'kargo udara', 'by air', 'air', 'aircraft', 'plane', 'planes', 'flight', 'flights', 'airlift'],
};

/** Nouns for what moved, normalized to one English name. */
export const CARGO_TERMS: Readonly<Record<string, readonly string[]>> = {
  containers: ['kontainer', 'peti kemas', 'container', 'containers'],
  ammunition: ['amunisi', 'ammunition', 'munitions'],
  shells: ['peluru artileri', 'peluru', 'artillery shells', 'shells'],
  missiles: ['rudal', 'misil', 'missiles', 'missile'],
  rockets: ['roket', 'rockets'],
  weapons: ['senjata', 'persenjataan', 'weapons', 'arms'],
  'military equipment': ['peralatan militer', 'military equipment', 'equipment'],
  drones: ['drone', 'drones'],
  troops: ['tentara', 'pasukan', 'troops', 'soldiers'],
  goods: ['barang', 'kargo', 'muatan', 'goods', 'cargo'],
};

/** Words that end a place phrase: what follows them is not part of the place. */
export const PHRASE_STOPS: readonly string[] = ['untuk', 'yang', 'sekitar', 'dengan', 'dan', 'for', 'which', 'that', 'where', 'with', 'and', 'by', 'via', 'melalui', 'lewat', 'sejak', 'since', 'antara', 'between'];
