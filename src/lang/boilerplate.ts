// Publisher boilerplate, as data: patterns for lines that are not part of the story.
// Indonesian and English lists are merged because outlets mix them (a Jakarta site
// prints "Read also:" as often as "Baca juga:"); no rule names a particular outlet.

/** Related-article teasers: the whole line, including the teaser headline, goes. */
export const TEASER_PATTERNS: readonly RegExp[] = [
  /^baca\s+juga\b\s*:?/i,
  // Upper-case only: "Membaca laporan itu, ..." is an ordinary Indonesian sentence.
  /^MEMBACA\b/,
  /^(?:simak|lihat|cek)\s+juga\s*:/i,
  /^(?:artikel|berita)\s+(?:terkait|lainnya)\s*:/i,
  /^(?:read|see)\s+(?:more|also)\s*:/i,
  /^also\s+read\s*:/i,
  /^related(?:\s+(?:article|story|stories|coverage))?\s*:/i,
  /^recommended\s*:/i,
];

/** Share, navigation and advertising widgets: the line is the widget. */
export const WIDGET_PATTERNS: readonly RegExp[] = [
  /^bagikan(?:\s+(?:ke|artikel(?:\s+ini)?|berita(?:\s+ini)?))?\s*:?$/i,
  /^share(?:\s+(?:this|on|via)(?:\s+(?:article|story|page))?)?\s*:?$/i,
  /^(?:scroll|back|kembali)\s+(?:to\s+top|ke\s+atas)$/i,
  /^(?:advertisement|advertisment|iklan|sponsored|ads?)$/i,
  /^(?:scroll\s+to\s+(?:continue|read)(?:\s+with\s+content)?|gulir\s+untuk\s+melanjutkan.*)$/i,
  /^(?:tweet|facebook|twitter|whatsapp|telegram|linkedin|email|e-mail|copy\s+link|salin\s+(?:tautan|link)|print|cetak)$/i,
  /^(?:ikuti|follow)\s+(?:kami|us|berita\s+\S+)\s+(?:di|on)\s+.{0,40}$/i,
  /^(?:subscribe|berlangganan)(?:\s+to\s+our\s+newsletter)?\s*[.!]?$/i,
  /^(?:komentar|comments?)\s*\(?\d*\)?$/i,
  /^(?:tags?|topik|tag)\s*:.{0,200}$/i,
];

/** Photo captions and credits: kept as captions, out of the body text. */
export const CAPTION_PATTERNS: readonly RegExp[] = [
  /\b(?:melalui|via|lewat)\s+(?:Getty\s+Images|Shutterstock|AFP|Reuters|AP|EPA(?:-EFE)?|Anadolu(?:\s+Agency)?|Antara(?:\s+Foto)?)\s*\.?$/i,
  /^(?:foto|photo|gambar|image|ilustrasi|illustration|dok(?:umentasi)?\.?)\s*:/i,
  /\((?:foto|photo|gambar|image|ilustrasi)\s*:[^)]*\)\s*$/i,
  /(?:^|\s)(?:AP\s+Photo|Reuters|AFP|EPA(?:-EFE)?|ANTARA\s+FOTO|Getty\s+Images)\/[\p{L} .'-]{2,60}$/u,
];

/**
 * A line printed twice in a row of the page source is almost always a photo
 * caption repeated as alt text; a short one is kept once, as a caption.
 */
export const REPEATED_CAPTION_MAX_WORDS = 16;

/**
 * A short line ending in a bare agency credit, `… tiba di Moskow. (Reuters)`, is a
 * photo caption when it is not the article's last line (there it credits the story).
 */
export const CREDIT_CAPTION_PATTERN = /\((?:Reuters|AP|AFP|EPA(?:-EFE)?|Getty Images|Antara(?: Foto)?|Xinhua|Yonhap|Anadolu|Shutterstock)\)\s*$/;
export const CREDIT_CAPTION_MAX_WORDS = 40;
