/**
 * Pagefind reads a definition list's terms and descriptions as one run of text ("JurisdictionShanghaiMoney"), and
 * its excerpts show them so. Its copy of a page gets "Jurisdiction: Shanghai Money: …" instead, so that the
 * infobox facts stay searchable and read as words; readers get the page unchanged.
 */
export function separateDefinitions(html: string): string {
  return html.replace(/<\/dt>/gi, ':</dt> ').replace(/<\/dd>/gi, '</dd> ');
}
