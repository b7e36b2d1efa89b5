// Quotes: direct speech in “…” or "…" with its speaker, read from paragraph text so
// a quote that spans sentences stays one quote; speakers resolve to merged entities.
import {
  PLURAL_PRONOUNS,
  PRONOUN_ATTRIBUTIONS,
  SINGULAR_PRONOUNS,
  SPEAKER_PHRASE_ENDS,
  SPEECH_ADVERBS,
  SPEECH_VERBS_AFTER_SPEAKER,
  SPEECH_VERBS_BEFORE_SPEAKER,
} from '../../lang/attribution.ts';
import { ROLE_GAP_BREAKERS } from '../../lang/people.ts';
import type { AnalysisArticle, AnalysisParagraph, Entity, Mention, Quote } from '../types.ts';
import { fold, phraseAt, phraseEndingAt, phraseSet, tokenize, type Token } from './name-tokens.ts';
import { personKey } from './people.ts';

/** Quoted phrases of at most this many words are scare quotes (`“sangat berhasil”`), not speech. */
const SCARE_QUOTE_MAX_WORDS = 3;
/** Words a speaker phrase may have (`juru bicara keamanan nasional Istana Merdeka Budi Santoso`). */
const MAX_SPEAKER_WORDS = 10;

const PRONOUN_TAGS = phraseSet(PRONOUN_ATTRIBUTIONS);
const SPEECH_BEFORE = phraseSet(SPEECH_VERBS_BEFORE_SPEAKER.filter((verb) => verb !== 'menurut' && verb !== 'according to'));
const SPEECH_AFTER = phraseSet(SPEECH_VERBS_AFTER_SPEAKER);
const ADVERBS = phraseSet(SPEECH_ADVERBS);
const PHRASE_ENDS: ReadonlySet<string> = new Set(SPEAKER_PHRASE_ENDS);
const SINGULAR: ReadonlySet<string> = new Set(SINGULAR_PRONOUNS);
const PLURAL: ReadonlySet<string> = new Set(PLURAL_PRONOUNS);
/** Words that open a clause before its subject (`…, yang mereka katakan`, `… bahwa X mengatakan`). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(ROLE_GAP_BREAKERS);

interface QuoteSpan {
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  open: number;
  /** Offset just past the closing mark (the paragraph end when the quote runs on). */
  close: number;
}

/** Pairs “ with ” and " with ", left to right; a closing mark with no opener is a typo and is ignored. */
function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { index: number; mark: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open === null) {
      if (ch === '“' || ch === '"') open = { index: i, mark: ch };
    } else if ((open.mark === '“' && ch === '”') || (open.mark === '"' && ch === '"')) {
      spans.push({ open: open.index, start: open.index + 1, end: i, close: i + 1 });
      open = null;
    }
  }
  // A quote left open runs to the end of the paragraph (news style for a quote that goes on).
  if (open !== null) spans.push({ open: open.index, start: open.index + 1, end: text.length, close: text.length });
  return spans;
}

/** A speaker as the text gives it: the words and where they are, or a pronoun standing for one. */
type Attribution = { kind: 'phrase'; start: number; end: number } | { kind: 'pronoun' } | { kind: 'plural'; start: number; end: number };

function tokensIn(text: string, from: number, to: number): Token[] {
  return tokenize(text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
}

/** The speaker phrase starting at token `k`: up to a place/time word, punctuation or the word limit. */
function phraseFrom(tokens: readonly Token[], k: number): { start: number; end: number } | null {
  let last = -1;
  for (let m = k; m < tokens.length && m - k < MAX_SPEAKER_WORDS; m++) {
    const token = tokens[m];
    if (token === undefined || !token.word || PHRASE_ENDS.has(fold(token.text))) break;
    last = m;
  }
  const first = tokens[k];
  const end = tokens[last];
  return first === undefined || end === undefined ? null : { start: first.start, end: end.end };
}

/** The subject before a speech verb at token `verb`: back to punctuation, a clause opener or the word limit. */
function subjectBefore(tokens: readonly Token[], verb: number): { start: number; end: number } | null {
  let k = verb - 1;
  while (k >= 0 && phraseEndingAt(tokens, k, ADVERBS) > 0) k -= phraseEndingAt(tokens, k, ADVERBS);
  const end = tokens[k];
  if (end === undefined || !end.word) return null;
  let first = k;
  for (let m = k - 1; m >= 0 && k - m < MAX_SPEAKER_WORDS; m--) {
    const token = tokens[m];
    if (token === undefined || !token.word || CLAUSE_OPENERS.has(fold(token.text))) break;
    first = m;
  }
  const start = tokens[first];
  return start === undefined ? null : { start: start.start, end: end.end };
}

function classify(text: string, span: { start: number; end: number }): Attribution {
  const words = fold(text.slice(span.start, span.end)).split(/\s+/);
  if (words.length === 1 && SINGULAR.has(words[0] ?? '')) return { kind: 'pronoun' };
  if (words.length === 1 && PLURAL.has(words[0] ?? '')) return { kind: 'plural', ...span };
  return { kind: 'phrase', ...span };
}

/** `…,” kata X`, `…,” lanjutnya`, `…,” said X`, `…,” X told reporters`, `…,” he said`. */
function attributionAfter(text: string, from: number, to: number): Attribution | null {
  const tokens = tokensIn(text, from, to).filter((t, index) => !(index === 0 && t.text === ','));
  if (tokens.length === 0 || !tokens[0]?.word) return null;
  if (phraseAt(tokens, 0, PRONOUN_TAGS) > 0) return { kind: 'pronoun' };
  const before = phraseAt(tokens, 0, SPEECH_BEFORE);
  if (before > 0) {
    const span = phraseFrom(tokens, before);
    return span === null ? null : classify(text, span);
  }
  // Subject first (`Defense Secretary Lloyd Austin told reporters`, `he said`).
  for (let k = 1; k < tokens.length && k <= MAX_SPEAKER_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined || !token.word || CLAUSE_OPENERS.has(fold(token.text))) return null;
    if (phraseAt(tokens, k, SPEECH_AFTER) > 0) {
      const first = tokens[0];
      const last = tokens[k - 1];
      return first === undefined || last === undefined ? null : classify(text, { start: first.start, end: last.end });
    }
  }
  return null;
}

/** `X mengatakan, “…”`, `X said: "…"`, or, for a quote inside a sentence, the nearest speech verb before it and its subject. */
function attributionBefore(text: string, from: number, to: number): Attribution | null {
  const tokens = tokensIn(text, from, to);
  let k = tokens.length - 1;
  while (k >= 0 && /^[,:]$/u.test(tokens[k]?.text ?? '')) k--;
  for (; k >= 0; k--) {
    const token = tokens[k];
    if (token === undefined) break;
    // Another quote's closing mark: what comes before belongs to that quote.
    if (/^[”"]$/u.test(token.text)) return null;
    const length = phraseEndingAt(tokens, k, SPEECH_AFTER);
    if (length === 0) continue;
    const span = subjectBefore(tokens, k - length + 1);
    return span === null ? null : classify(text, span);
  }
  return null;
}

interface Resolved {
  speaker: string | null;
  speakerName: string | null;
}

interface Resolver {
  mentions: readonly Mention[];
  orgMentions: readonly Mention[];
  speakers: Speakers;
}

/** The entity named in a speaker phrase: a person mention inside it, else an organization's, else a name or surname match. */
function resolvePhrase(paragraph: AnalysisParagraph, article: string, span: { start: number; end: number }, r: Resolver): Resolved {
  const phrase = paragraph.text.slice(span.start, span.end);
  const inside = (m: Mention): boolean => m.article === article && m.paragraph === paragraph.anchor && m.start >= span.start && m.end <= span.end;
  const person = r.mentions.filter(inside).at(-1);
  if (person) return { speaker: person.entity, speakerName: person.text };
  const org = r.orgMentions.filter(inside).at(-1);
  if (org) return { speaker: org.entity, speakerName: phrase };
  // Without a mention (entities from elsewhere), match the phrase's last words against names.
  const words = phrase.split(/\s+/);
  for (let take = Math.min(4, words.length); take >= 1; take--) {
    const tail = words.slice(-take).join(' ');
    if (!/^\p{Lu}/u.test(tail)) continue;
    const match = take >= 2 ? byKey(r.speakers, tail) : bySurname(r.speakers, tail, article);
    if (match) return { speaker: match.id, speakerName: tail };
  }
  return { speaker: null, speakerName: phrase };
}

/** The first person one of whose names has the name's key. */
function byKey(speakers: Speakers, name: string): Entity | undefined {
  return speakers.byKey.get(personKey(name));
}

/** The one person of the article with this surname, else the one person anywhere. */
function bySurname(speakers: Speakers, word: string, article: string): Entity | undefined {
  const matching = speakers.bySurname.get(fold(word)) ?? [];
  const local = matching.filter((p) => speakers.mentionedIn.get(article)?.has(p));
  return local.length === 1 ? local[0] : matching.length === 1 ? matching[0] : undefined;
}

function sentenceIndex(paragraph: AnalysisParagraph, offset: number): number {
  let index = 0;
  paragraph.sentences.forEach((sentence, i) => {
    if (sentence.start <= offset) index = i;
  });
  return index;
}

/**
 * What speakers resolve against, indexed once for all articles: mentions of people and
 * of organizations by article (in entity order, then mention order), the people each
 * article mentions, and people by name key and by surname (in entity order).
 */
export interface Speakers {
  people: ReadonlyMap<string, readonly Mention[]>;
  organizations: ReadonlyMap<string, readonly Mention[]>;
  mentionedIn: ReadonlyMap<string, ReadonlySet<Entity>>;
  /** `personKey` of a name or alias → the first person with it. */
  byKey: ReadonlyMap<string | null, Entity>;
  /** Folded last word of the English name or an alias → the people with it. */
  bySurname: ReadonlyMap<string, readonly Entity[]>;
}

function byArticle(entities: readonly Entity[]): Map<string, Mention[]> {
  const result = new Map<string, Mention[]>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const list = result.get(mention.article);
      if (list) list.push(mention);
      else result.set(mention.article, [mention]);
    }
  }
  return result;
}

/**
 * The `Speakers` of merged people and organizations: a corpus's quotes then take one
 * pass over the mentions, not one per article.
 */
export function speakerIndex(people: readonly Entity[], organizations: readonly Entity[] = []): Speakers {
  const persons = people.filter((p) => p.type === 'person');
  const mentionedIn = new Map<string, Set<Entity>>();
  const byKey = new Map<string | null, Entity>();
  const bySurname = new Map<string, Entity[]>();
  for (const person of persons) {
    for (const mention of person.mentions) {
      const set = mentionedIn.get(mention.article);
      if (set) set.add(person);
      else mentionedIn.set(mention.article, new Set([person]));
    }
    for (const form of [person.names.en, person.names.id, ...person.aliases]) {
      const key = personKey(form);
      if (!byKey.has(key)) byKey.set(key, person);
    }
    for (const surname of new Set([person.names.en, ...person.aliases].map((form) => fold(form.split(/\s+/).at(-1) ?? '')))) {
      const list = bySurname.get(surname);
      if (list) list.push(person);
      else bySurname.set(surname, [person]);
    }
  }
  return { people: byArticle(persons), organizations: byArticle(organizations), mentionedIn, byKey, bySurname };
}

/**
 * Direct quotes of an article with their speakers. A quote is text in “…” or
 * "…" of more than three words (shorter ones are scare quotes); its speaker is
 * the attribution after it (`…,” kata Santoso`, `…,” said X`, `…,” X told
 * reporters`), else the one before it (`Santoso mengatakan, “…”`, or the subject
 * of the nearest speech verb before a quote inside a sentence). A pronoun tag
 * (`lanjutnya`, `katanya`, `he said`) takes the previous quote's speaker in
 * the paragraph, else the first person the paragraph names before the quote,
 * else the article's last speaker; a paragraph that is only a quote continues
 * the previous paragraph's speaker. `people` and `organizations` are merged
 * entities whose mentions cover this article; `speakers`, their `speakerIndex`,
 * can be made once for all articles.
 */
export function extractQuotes(
  article: AnalysisArticle,
  people: readonly Entity[],
  organizations: readonly Entity[] = [],
  speakers: Speakers = speakerIndex(people, organizations),
): Quote[] {
  const r: Resolver = {
    mentions: speakers.people.get(article.id) ?? [],
    orgMentions: speakers.organizations.get(article.id) ?? [],
    speakers,
  };
  const quotes: Quote[] = [];
  let lastSpeaker: (Resolved & { paragraph: number }) | null = null;
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const text = paragraph.text;
    let previousInParagraph: Resolved | null = null;
    const spans = quoteSpans(text);
    spans.forEach((span, spanIndex) => {
      const raw = text.slice(span.start, span.end);
      const inner = raw.replace(/[\s,]+$/u, '').trim();
      const innerStart = span.start + raw.length - raw.trimStart().length;
      const words = tokenize(inner).filter((t) => t.word).length;
      if (words <= SCARE_QUOTE_MAX_WORDS) return;
      const nextOpen = spans[spanIndex + 1]?.open ?? text.length;
      const closeSentence = paragraph.sentences[sentenceIndex(paragraph, Math.max(span.start, span.close - 1))];
      const openSentence = paragraph.sentences[sentenceIndex(paragraph, span.open)];
      const after = attributionAfter(text, span.close, Math.min(nextOpen, closeSentence?.end ?? text.length));
      const before = after === null ? attributionBefore(text, Math.max(openSentence?.start ?? 0, spans[spanIndex - 1]?.close ?? 0), span.open) : null;
      const attribution = after ?? before;
      let resolved: Resolved = { speaker: null, speakerName: null };
      if (attribution?.kind === 'phrase') resolved = resolvePhrase(paragraph, article.id, attribution, r);
      else if (attribution?.kind === 'plural') resolved = { speaker: null, speakerName: text.slice(attribution.start, attribution.end) };
      else if (attribution?.kind === 'pronoun') {
        const named = r.mentions.filter((m) => m.paragraph === paragraph.anchor && m.end <= span.open)[0];
        resolved = previousInParagraph ?? (named ? { speaker: named.entity, speakerName: named.text } : null) ?? lastSpeaker ?? resolved;
      } else if (span.open === 0 && spanIndex === 0 && lastSpeaker !== null && lastSpeaker.paragraph === paragraphIndex - 1) {
        // A paragraph that opens with an unattributed quote goes on with the previous paragraph's speaker.
        resolved = { speaker: lastSpeaker.speaker, speakerName: lastSpeaker.speakerName };
      }
      quotes.push({
        text: inner,
        speaker: resolved.speaker,
        speakerName: resolved.speakerName,
        ref: { article: article.id, paragraph: paragraph.anchor, sentence: sentenceIndex(paragraph, innerStart), start: innerStart, end: innerStart + inner.length },
      });
      if (resolved.speaker !== null || resolved.speakerName !== null) {
        previousInParagraph = resolved;
        lastSpeaker = { ...resolved, paragraph: paragraphIndex };
      }
    });
  });
  return quotes;
}
