// People, organizations and the organization index for the real seeds, computed
// once per test file the way the build runs the extractors.
import { readFileSync } from 'node:fs';
import { buildOrgIndex, parseOrganizations, type OrgIndex } from '../../src/analysis/extract/org-index.ts';
import { findOrganizations, mergeOrganizations } from '../../src/analysis/extract/organizations.ts';
import { collectPeople } from '../../src/analysis/extract/people.ts';
import { articleSentences } from '../../src/analysis/read-article.ts';
import type { AnalysisArticle, Entity, SentenceInput } from '../../src/analysis/types.ts';
import { articleFromText, seedArticles } from './seed-articles.ts';

const organizationsFile = new URL('../../content/organizations.yaml', import.meta.url);

/** The index of content/organizations.yaml as it is in the repository. */
export function orgIndex(): OrgIndex {
  return buildOrgIndex(parseOrganizations('content/organizations.yaml', readFileSync(organizationsFile, 'utf8')));
}

export interface EntityCorpus {
  articles: Map<string, AnalysisArticle>;
  sentences: SentenceInput[];
  people: Entity[];
  organizations: Entity[];
  index: OrgIndex;
}

/** Runs people and organization extraction over the given articles. */
export function entityCorpus(articles: Map<string, AnalysisArticle>): EntityCorpus {
  const index = orgIndex();
  const sentences = [...articles.values()].flatMap(articleSentences);
  const people = collectPeople(sentences, { organizations: index });
  const organizations = mergeOrganizations(
    sentences.flatMap((sentence) => findOrganizations(sentence, index)),
    index,
  );
  return { articles, sentences, people, organizations, index };
}

let seeds: EntityCorpus | undefined;

/** The five seeds, keyed `000` … `004`, with their people and organizations. */
export function seedCorpus(): EntityCorpus {
  seeds ??= entityCorpus(seedArticles());
  return seeds;
}

/** An English wire story covering every extractor, written for these tests. */
export const ENGLISH_STORY = `Allies weigh new missile deliveries to Kyiv

WASHINGTON (Reuters) - The United States will keep supplying Ukraine with air defences, officials said on Tuesday.

"We will respond to every attack on our partners," Defense Secretary Lloyd Austin told reporters at the Pentagon.

State Department spokesman Matthew Miller said the shipments would include ATACMS and Storm Shadow missiles. "These systems have already changed the battlefield. They will keep doing so," Miller said.

Britain's Ministry of Defence said Russia had fired Shahed-136 drones and Iskander-M ballistic missiles at Kyiv overnight, and that North Korean KN-23 missiles had been recovered.

"The evidence is overwhelming and it keeps growing," he added. Officials called the strikes "deliberate terror" in a statement.

Russian President Vladimir Putin met North Korean leader Kim Jong Un in September. Putin said the talks were "very useful".

Jonah Leff, head of Conflict Armament Research, told the council that the missile was made this year. "This is the first public evidence of such a missile," Leff said.

Foreign Minister Sergei Lavrov said: "Russia will answer any supply of long-range weapons to Kyiv."

"Our forces shot down two Su-35 jets and an S-400 battery," said Ukrainian Air Force spokesman Yuriy Ihnat.

The National Security Council said the COVID-19 pandemic and the G-20 summit in 2023-24 were not related. The score was 2-1.
`;

let english: EntityCorpus | undefined;

export function englishCorpus(): EntityCorpus {
  english ??= entityCorpus(new Map([['en', articleFromText('en-wire.txt', ENGLISH_STORY)]]));
  return english;
}
