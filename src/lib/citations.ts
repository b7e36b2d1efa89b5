// Numbered citations of one page: every statement outside a source page cites the
// paragraphs that state it. Numbers follow first use on the page; the list at the
// foot (and the hover preview) shows each cited paragraph with its sentence marked.
import type { AnalysisArticle, Citation } from '../analysis/types.ts';

export interface CitedParagraph {
  n: number;
  article: string;
  paragraph: string;
  title: string;
  outlet: string | null;
  originalSource: string | null;
  published: string | null;
  datePrecision: AnalysisArticle['datePrecision'];
  language: AnalysisArticle['language'];
  /** The paragraph in pieces: `marked` pieces are the sentences this page cites. */
  pieces: { text: string; marked: boolean }[];
}

export interface CitationMark {
  n: number;
  /** `/sources/<article>/#<paragraph>`, under the site's base. */
  href: string;
  article: string;
  paragraph: string;
}

export class CitationError extends Error {
  override name = 'CitationError';
}

export interface CitationIndex {
  /** Numbers for these citations; a sentence of the paragraph containing one of `marks` is highlighted. Throws on a dangling citation. */
  cite(citations: readonly Citation[], marks?: readonly string[]): CitationMark[];
  /** Every cited paragraph, in number order. */
  list(): CitedParagraph[];
}

export function createCitationIndex(articles: ReadonlyMap<string, AnalysisArticle>, base: string, page: string): CitationIndex {
  const numbers = new Map<string, number>();
  const marked = new Map<string, Set<string>>();
  const order: Citation[] = [];
  return {
    cite(citations, marks = []) {
      return citations.map((citation) => {
        const key = `${citation.article}#${citation.paragraph}`;
        const article = articles.get(citation.article);
        const paragraph = article?.paragraphs.find((p) => p.anchor === citation.paragraph);
        if (!article || !paragraph) throw new CitationError(`${page}: Unexpected citation ${key}, expected an existing paragraph of an existing article`);
        let n = numbers.get(key);
        if (n === undefined) {
          n = order.push(citation);
          numbers.set(key, n);
        }
        const set = marked.get(key) ?? new Set<string>();
        for (const mark of marks) if (mark && paragraph.text.includes(mark)) set.add(mark);
        marked.set(key, set);
        return { n, href: `${base}sources/${citation.article}/#${citation.paragraph}`, article: citation.article, paragraph: citation.paragraph };
      });
    },
    list() {
      return order.map((citation, index) => {
        const key = `${citation.article}#${citation.paragraph}`;
        const article = articles.get(citation.article) as AnalysisArticle;
        const paragraph = article.paragraphs.find((p) => p.anchor === citation.paragraph);
        const text = paragraph?.text ?? '';
        const marks = [...(marked.get(key) ?? [])];
        const pieces: CitedParagraph['pieces'] = [];
        let at = 0;
        for (const sentence of paragraph?.sentences ?? []) {
          if (sentence.start > at) pieces.push({ text: text.slice(at, sentence.start), marked: false });
          pieces.push({ text: sentence.text, marked: marks.some((mark) => sentence.text.includes(mark) || mark.includes(sentence.text)) });
          at = sentence.end;
        }
        if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
        return {
          n: index + 1,
          article: citation.article,
          paragraph: citation.paragraph,
          title: article.title,
          outlet: article.outlet,
          originalSource: article.originalSource,
          published: article.published,
          datePrecision: article.datePrecision,
          language: article.language,
          pieces,
        };
      });
    },
  };
}
