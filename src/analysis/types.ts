// Records of the briefing model: what extraction finds in the content files
// (DESIGN.md, "Records"). Every derived item carries citations to paragraphs.
import type { DatePrecision, Language, Sentence } from '../pipeline/types.ts';

export type { DatePrecision, Language, Sentence };

/** A paragraph of an article: `/sources/<article>/#<paragraph>`. */
export interface Citation {
  article: string;
  /** Paragraph anchor, `p1`, `p2`, … */
  paragraph: string;
}

/** A place in the text: the paragraph, the sentence index in it, and a span. */
export interface TextRef extends Citation {
  /** 0-based index of the sentence in the paragraph. */
  sentence: number;
  /** Offsets of the span in the paragraph text. */
  start: number;
  end: number;
}

export interface AnalysisParagraph {
  anchor: string;
  text: string;
  sentences: Sentence[];
}

/** An article as extraction reads it: the current content file, not the seed. */
export interface AnalysisArticle {
  id: string;
  title: string;
  language: Language;
  outlet: string | null;
  originalSource: string | null;
  published: string | null;
  datePrecision: DatePrecision;
  paragraphs: AnalysisParagraph[];
  /** Front-matter topics: ids pin a topic, `-id` removes one. */
  topics: string[];
}

/** One sentence handed to a sentence-level extractor, with where it sits. */
export interface SentenceInput {
  article: string;
  paragraph: string;
  /** 0-based sentence index in the paragraph. */
  sentence: number;
  text: string;
  /** Offset of the sentence in its paragraph. */
  offset: number;
  language: Language;
}

export type EntityType = 'country' | 'place' | 'person' | 'organization' | 'weapon';

/** A surface form of an entity found in a sentence. */
export interface Mention extends TextRef {
  entity: string;
  text: string;
}

export interface Entity {
  /** Canonical id, e.g. `country:KP`, `place:geonames:2127383`, `person:kim-jong-un`. */
  id: string;
  type: EntityType;
  /** Display names: English and the articles' language (Indonesian when known). */
  names: { en: string; id: string };
  aliases: string[];
  /** A person's role as the text states it (`juru bicara Dewan Keamanan Nasional`). */
  role?: string;
  /** ISO 3166-1 alpha-2 country of a place or person, when known. */
  country?: string;
  lat?: number;
  lon?: number;
  mentions: Mention[];
}

export type Qualifier = 'exact' | 'approximate' | 'at-least' | 'at-most';

export type Rate = 'day' | 'week' | 'month' | 'year';

/** A quantity stated in the text. */
export interface Figure {
  /** The value as a number (`2,5 juta` → 2500000). For a range, its low end. */
  value: number;
  /** High end of a range (`20-30`), when the text gives one. */
  max?: number;
  /** Vague quantities (`ratusan ribu`, `beberapa lusin`) have a value the text implies at least. */
  vague?: boolean;
  qualifier: Qualifier;
  /** Normalized unit: `km`, `kg`, `USD`, `containers`, `shells`, `missiles`, `troops`, … or `count`. */
  unit: string;
  /** What the figure counts or measures, normalized (`shells`, `range`), when the text says. */
  subject: string | null;
  rate?: Rate;
  /** The words of the figure as printed (`lebih dari dua juta peluru`). */
  text: string;
  ref: TextRef;
}

export interface Quote {
  text: string;
  /** Speaker entity id when resolved to a person or organization. */
  speaker: string | null;
  /** The speaker as the text names them (`Smith`, `pejabat tersebut`). */
  speakerName: string | null;
  ref: TextRef;
}

export interface TimelineEvent {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, never more precise than the text. */
  date: string;
  precision: Exclude<DatePrecision, 'none'>;
  /** The date words as printed (`pada 13 Oktober`). */
  text: string;
  sentence: string;
  ref: TextRef;
}

export type Mode = 'sea' | 'rail' | 'road' | 'air' | 'unknown';

/** An end of a route leg: the name as printed and, when resolved, the place. */
export interface LegEnd {
  name: string;
  place: string | null;
}

export interface RouteLeg {
  id: string;
  from: LegEnd;
  to: LegEnd;
  mode: Mode;
  cargo: string | null;
  citations: Citation[];
  /** Sentences stating the leg, for the unresolved list and the map's panel. */
  sentences: string[];
}

export interface Topic {
  id: string;
  title: { en: string; id: string };
  terms: { en: string[]; id: string[] };
  /** The introduction (the file's body), for the English interface. */
  intro: string;
  /** The introduction for the Indonesian interface; null when the file gives none. */
  introId: string | null;
}

/** Something extraction could not resolve, for an editor to fix in content/. */
export interface Unresolved {
  kind: 'place' | 'leg';
  name: string;
  sentence: string;
  ref: Citation;
  hint: string;
}
