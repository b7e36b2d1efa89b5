import { describe, expect, it } from 'vitest';
import { originOf, resolveOrigins, type MediaName } from '../../../src/analysis/link/origins.ts';
import { articleFromText, seedArticles } from '../../helpers/seed-articles.ts';

const media: MediaName[] = [
  { name: 'The Guardian', forms: ['The Guardian', 'Guardian'] },
  { name: 'Bloomberg', forms: ['Bloomberg'] },
  { name: 'Financial Times', forms: ['Financial Times', 'FT'] },
  { name: 'Business Insider', forms: ['Business Insider'] },
];
const seeds = seedArticles();
const id = (key: string) => seeds.get(key)?.id ?? '';
const origins = resolveOrigins([...seeds.values()], media);

describe('resolveOrigins', () => {
  it('should make 002 (credits The Guardian in its front-matter) and 004 (credits it in its lede) one origin', () => {
    expect(origins.get(id('002'))?.article.key).toBe('media:guardian');
    expect(origins.get(id('004'))?.article.key).toBe('media:guardian');
  });

  it('should give a paragraph that credits another organization that origin (Bloomberg in 004)', () => {
    const article = seeds.get('004')!;
    const bloomberg = article.paragraphs.find((p) => p.text.startsWith('Bloomberg melaporkan'))!;
    expect(originOf(origins, { article: article.id, paragraph: bloomberg.anchor }).name).toBe('Bloomberg');
    expect(originOf(origins, { article: article.id, paragraph: 'p3' }).name).toBe('The Guardian');
  });

  it('should make an outlet’s own reporting its own origin, and an unknown outlet’s article its own', () => {
    expect(origins.get(id('003'))?.article.key).toBe('media:cna');
    expect(origins.get(id('000'))?.article).toEqual({ key: `own:${id('000')}`, name: id('000'), kind: 'own' });
  });

  it('should build the attribution chain: outlet, original source, then organizations credited in the text', () => {
    expect(origins.get(id('002'))?.chain.slice(0, 2)).toEqual(['Kontan', 'The Guardian']);
    expect(origins.get(id('001'))?.chain).toEqual([id('001'), 'Business Insider', 'Financial Times']);
  });

  it('should count a syndicated copy (most paragraphs identical) as the origin of the text it copies', () => {
    const text = 'Judul Satu\n\nSatu kalimat pertama yang panjang tentang kapal.\n\nDua kalimat kedua yang panjang tentang rel.\n\nTiga kalimat ketiga tentang pelabuhan.';
    const original = { ...articleFromText('a-original.txt', text), outlet: 'Harian A' };
    const copy = { ...articleFromText('b-copy.txt', `${text}\n\nSatu paragraf tambahan dari penyalin.`), outlet: 'Portal B' };
    const result = resolveOrigins([original, copy], media);
    expect(result.get(copy.id)?.article.key).toBe(result.get(original.id)?.article.key);
    expect(result.get(original.id)?.article.key).toBe('own:harian-a');
  });
});
