/**
 * The brief's stylesheet: the HTML export carries it inline and the app can use it for the
 * preview (the DOCX writer gives Word the same look in its own terms). Plain and printable:
 * serif text, ruled tables, the questions boxed, each large part on a new page when printed.
 */
export const briefStylesheet = `
.brief { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; color: #1f2a33; line-height: 1.45; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
.brief h1 { font-size: 20pt; color: #23607a; margin: 0 0 0.75rem; }
.brief h2 { font-size: 15pt; color: #23607a; margin: 1.5rem 0 0.5rem; }
.brief h3 { font-size: 12.5pt; margin: 1.2rem 0 0.4rem; }
.brief h4 { font-size: 11pt; margin: 1rem 0 0.3rem; }
.brief table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
.brief th, .brief td { border: 1px solid #b9c2c8; padding: 3pt 5pt; text-align: left; vertical-align: top; }
.brief th { background: #eef2f4; }
.brief blockquote { border-left: 3px solid #b9c2c8; margin: 0.5rem 0; padding-left: 0.75rem; color: #4d5b66; }
.brief-questions { border: 2px solid #23607a; background: #eef5f8; padding: 6pt 12pt; margin: 1rem 0; }
.brief-questions h2 { margin-top: 0.25rem; }
.brief-chart { margin: 0.75rem 0; }
.brief-chart svg { max-width: 100%; height: auto; }
.brief table.writing-lines { margin-top: 0.5rem; }
.brief table.writing-lines td { border: 0; border-bottom: 1px solid #8a948c; padding-top: 14pt; }
@media print {
  .brief { max-width: none; margin: 0; padding: 0; }
  .brief-alliance, .brief-tensions, .brief-excerpts, .brief-notes { page-break-before: always; break-before: page; }
  .brief-chart, .brief tr { page-break-inside: avoid; break-inside: avoid; }
}
@page { size: A4; margin: 2cm; }
`;
