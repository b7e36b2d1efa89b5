// Tests for the metadata stage: titles, outlets, original sources, editors,
// datelines, language and publication dates on the real seeds (through
// `ingestSeed`), and on small English and Indonesian fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../src/pipeline/metadata.ts';
import { ingestSeed } from '../../src/pipeline/run-ingest.ts';
import type { SegmentedArticle } from '../../src/pipeline/types.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);
const seedNames = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
const TODAY = '2026-11-22';

function seedName(prefix: string): string {
  const name = seedNames.find((seed) => seed.startsWith(`${prefix}_`));
  if (name === undefined) throw new Error(`No seed ${prefix}`);
  return name;
}

function ingestBytes(seed: string, bytes: Uint8Array): SegmentedArticle {
  const result = ingestSeed({ seed, bytes }, TODAY);
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.article;
}

function seed(prefix: string): SegmentedArticle {
  const name = seedName(prefix);
  return ingestBytes(name, new Uint8Array(readFileSync(new URL(name, SEEDS))));
}

function fixture(text: string): SegmentedArticle {
  return ingestBytes('fixture.txt', new TextEncoder().encode(text));
}

const paragraphs = (article: SegmentedArticle): string[] => article.paragraphs.map((paragraph) => paragraph.text);

describe('metadata on the seeds: titles', () => {
  it.each([
    ['001', 'Rusia Meluncurkan Rudal Korea Utara di Ukraina: Gedung Putih'],
    ['003', 'Korut Kirim Senjata Ke Rusia Untuk Digunakan Di Ukraina'],
    ['004', 'Foto Satelit Menunjukkan Korea Utara Mengangkut Senjata ke Rusia, Inggris Desak Penyelidikan PBB'],
  ])('should read the printed title on the first line of seed %s', (prefix, title) => {
    const article = seed(prefix);
    expect(article.meta.title).toBe(title);
    expect(article.meta.titleDerived).toBe(false);
    expect(paragraphs(article)).not.toContain(title);
  });

  it('should derive a title for seed 002 from the first words of its lede', () => {
    const article = seed('002');
    const lede = paragraphs(article)[0] ?? '';
    expect(article.meta.titleDerived).toBe(true);
    expect(article.meta.title).not.toBe('');
    expect(article.meta.title.length).toBeLessThanOrEqual(111);
    expect(lede.startsWith(article.meta.title.replace(/…$/, ''))).toBe(true);
    expect(article.meta.title.startsWith('Keterlibatan Korea Utara dalam perang Rusia-Ukraina')).toBe(true);
  });

  it('should not take the credit line of seed 002 as its title', () => {
    expect(seed('002').meta.title).not.toMatch(/^Sumber/);
  });
});

describe('metadata on the seeds: outlet, source, editor and dateline', () => {
  it('should read outlet Kontan, source The Guardian, editor Handoyo and dateline Jakarta from seed 002', () => {
    const { meta } = seed('002');
    expect(meta.outlet).toBe('Kontan');
    expect(meta.originalSource).toBe('The Guardian');
    expect(meta.editor).toBe('Handoyo');
    expect(meta.dateline).toBe('Jakarta');
  });

  it('should read outlet EGINDO.co, source CNA and dateline Washington from seed 003', () => {
    const { meta } = seed('003');
    expect(meta.outlet).toBe('EGINDO.co');
    expect(meta.originalSource).toBe('CNA');
    expect(meta.dateline).toBe('Washington');
  });

  it('should read Business Insider as the original source of seed 001', () => {
    expect(seed('001').meta.originalSource).toBe('Business Insider');
  });

  it('should read NTD as the outlet of seed 004', () => {
    expect(seed('004').meta.outlet).toBe('NTD');
  });

  it.each(['000', '001', '002', '003', '004'])('should detect Indonesian as the language of seed %s', (prefix) => {
    expect(seed(prefix).meta.language).toBe('id');
  });
});

describe('metadata on the seeds: publication dates', () => {
  it('should infer 2023-10-13 to the day for seed 003 from "Jumat (13 Oktober)"', () => {
    const { meta } = seed('003');
    expect(meta.published).toBe('2023-10-13');
    expect(meta.datePrecision).toBe('day');
    expect(meta.dateInferred).toBe(true);
  });

  it('should never invent a publication date for seed 000', () => {
    const { meta } = seed('000');
    expect(meta.published).toBeNull();
    expect(meta.datePrecision).toBe('none');
    expect(meta.dateInferred).toBe(false);
  });
});

describe('metadata on the seeds: credit lines leave the body', () => {
  it('should take "Sumber:" lines out of every paragraph', () => {
    for (const name of seedNames) {
      const article = ingestBytes(name, new Uint8Array(readFileSync(new URL(name, SEEDS))));
      for (const text of paragraphs(article)) expect(text).not.toMatch(/^Sumber\s*:/);
    }
    expect(paragraphs(seed('002')).join('\n')).not.toContain('Editor: Handoyo');
    expect(paragraphs(seed('003')).join('\n')).not.toContain('CNA/SL');
  });

  it('should take "Baca artikel asli di …" out of the paragraphs of seed 001', () => {
    const article = seed('001');
    expect(paragraphs(article).join('\n')).not.toContain('Baca artikel asli');
    expect(article.consumed).toContainEqual({ line: 41, text: 'Baca artikel asli di Business Insider' });
  });

  it('should take the "KONTAN.CO.ID - JAKARTA." prefix off the lede of seed 002', () => {
    const article = seed('002');
    expect(paragraphs(article).join('\n')).not.toContain('KONTAN.CO.ID');
    expect(paragraphs(article)[0]).toMatch(/^Keterlibatan Korea Utara/);
    expect(article.paragraphs[0]?.line).toBe(2);
  });

  it('should take the "Washington | EGINDO.co –" prefix off the lede of seed 003', () => {
    const article = seed('003');
    expect(paragraphs(article).join('\n')).not.toContain('EGINDO.co');
    expect(paragraphs(article)[0]).toMatch(/^Korea Utara telah mengirimkan/);
  });

  it('should take the lone "NTD" line out of the paragraphs of seed 004', () => {
    const article = seed('004');
    expect(paragraphs(article)).not.toContain('NTD');
    expect(article.consumed).toContainEqual({ line: 5, text: 'NTD' });
  });

  it('should take the trailing "(Hui)" off the last paragraph of seed 004', () => {
    const article = seed('004');
    const last = paragraphs(article).at(-1) ?? '';
    expect(last).not.toContain('(Hui)');
    expect(last.endsWith('termasuk bidang sensitif.”')).toBe(true);
  });

  it.each(['000', '001', '002', '003', '004'])('should leave no credit line in any paragraph of seed %s', (prefix) => {
    for (const text of paragraphs(seed(prefix))) {
      expect(text).not.toMatch(/^(?:Sumber|Source|Editor)\s*:/i);
      expect(text).not.toMatch(/^Baca artikel asli/i);
      expect(text).not.toMatch(/^KONTAN\.CO\.ID/);
      expect(text).not.toBe('NTD');
      expect(text).not.toMatch(/\(Hui\)\s*$/);
    }
  });
});

describe('metadata on English and Indonesian fixtures', () => {
  const reuters =
    'WASHINGTON (Reuters) - The U.S. said on Friday (Oct. 13) that North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia.\n\n' +
    'The White House spokesman said the shipments were a serious concern for the region and for its allies.';

  it('should read the dateline Washington and the source Reuters from a "WASHINGTON (Reuters) -" lede', () => {
    const article = fixture(reuters);
    expect(article.meta.dateline).toBe('Washington');
    expect(article.meta.originalSource).toBe('Reuters');
    expect(article.meta.language).toBe('en');
    expect(paragraphs(article)[0]).toMatch(/^The U\.S\. said on Friday/);
  });

  it('should not end a derived title at the period of an abbreviation such as "U.S."', () => {
    const { meta } = fixture(reuters);
    expect(meta.titleDerived).toBe(true);
    expect(meta.title.startsWith('The U.S. said on Friday')).toBe(true);
    expect(meta.title.length).toBeLessThanOrEqual(111);
  });

  it('should read the outlet KOMPAS.com and the dateline Jakarta after a title line', () => {
    const article = fixture(
      'Harga Beras Naik Menjelang Lebaran\n\n' +
        'JAKARTA, KOMPAS.com - Harga beras di sejumlah pasar tradisional di Jakarta naik menjelang Lebaran tahun ini.\n\n' +
        'Pedagang mengatakan pasokan dari daerah berkurang sejak awal bulan.',
    );
    expect(article.meta.title).toBe('Harga Beras Naik Menjelang Lebaran');
    expect(article.meta.titleDerived).toBe(false);
    expect(article.meta.outlet).toBe('KOMPAS.com');
    expect(article.meta.dateline).toBe('Jakarta');
    expect(article.meta.language).toBe('id');
    expect(paragraphs(article)[0]).toMatch(/^Harga beras di sejumlah pasar/);
  });

  it('should read the original source from "Read the original article at The Economist"', () => {
    const article = fixture(
      'Markets Wobble as Rates Rise\n\n' +
        'Stocks fell sharply on Monday as investors weighed the prospect of higher interest rates for longer.\n\n' +
        'Bond yields climbed to their highest level in a decade.\n\n' +
        'Read the original article at The Economist',
    );
    expect(article.meta.originalSource).toBe('The Economist');
    expect(paragraphs(article).join('\n')).not.toContain('Read the original');
  });

  it('should read the source AP and the editor Jane Doe from "Source: AP | Editor: Jane Doe"', () => {
    const article = fixture(
      'Storm Hits the Coast\n\n' +
        'A powerful storm hit the coast on Tuesday, cutting power to thousands of homes.\n\n' +
        'Officials said repairs would take several days.\n\n' +
        'Source: AP | Editor: Jane Doe',
    );
    expect(article.meta.originalSource).toBe('AP');
    expect(article.meta.editor).toBe('Jane Doe');
    expect(article.meta.language).toBe('en');
    expect(paragraphs(article).join('\n')).not.toContain('Source:');
  });

  it('should derive a title for an English article with no title line', () => {
    const lede = 'Stocks fell sharply on Monday as investors weighed the prospect of higher interest rates for longer.';
    const article = fixture(`${lede} Analysts expected more volatility.\n\nBond yields climbed to their highest level in a decade, traders said.`);
    expect(article.meta.titleDerived).toBe(true);
    expect(article.meta.title).toBe(lede.replace(/\.$/, ''));
    expect(article.meta.language).toBe('en');
    expect(paragraphs(article)[0]).toMatch(/^Stocks fell sharply/);
  });

  it('should not take an opening quote sentence as the printed title', () => {
    const quote = '“We will not back down,” the prime minister told parliament on Tuesday.';
    const article = fixture(`${quote}\n\nThe opposition walked out of the chamber in protest against the new budget.`);
    expect(article.meta.titleDerived).toBe(true);
    expect(paragraphs(article)[0]).toBe(quote);
    expect(article.consumed.map((line) => line.text)).not.toContain(quote);
  });

  it('should not take a short unpunctuated opening quote as the printed title', () => {
    const quote = '“We will not back down”';
    const article = fixture(`${quote}\n\nThe prime minister told parliament on Tuesday that the budget would pass.`);
    expect(article.meta.titleDerived).toBe(true);
    expect(paragraphs(article)).toContain(quote);
  });

  it('should credit a trailing "(Reuters)" to the original source, not the editor', () => {
    const article = fixture(
      'Talks to Resume in Geneva\n\n' +
        'The minister said on Friday that the talks would resume next week in Geneva.\n\n' +
        'Diplomats welcomed the news, officials said. (Reuters)',
    );
    expect(article.meta.originalSource).toBe('Reuters');
    expect(article.meta.editor).toBeNull();
    expect(paragraphs(article).at(-1)).toBe('Diplomats welcomed the news, officials said.');
  });
});

describe('deriveTitle', () => {
  it('should keep a short first sentence whole, without its final period', () => {
    expect(deriveTitle('Harga beras naik. Pedagang mengeluh.')).toBe('Harga beras naik');
  });

  it('should cut a long first sentence at a word and mark the cut with an ellipsis', () => {
    const title = deriveTitle(`${'kata '.repeat(40)}akhir.`);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(111);
    expect(title).not.toMatch(/\s…$/);
  });
});
