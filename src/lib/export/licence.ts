import { SITE_NAME } from '../../site.ts';

/** The licence of the editors' compilation. */
export const compilationLicence = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/**
 * The licence statement, as plain paragraphs, shared by /data/LICENCE.txt and the /data/ page.
 * It separates what the editors made, which they can license, from the words of the sources,
 * which they only quote and cannot.
 */
export const licenceStatement = {
  compilation: [
    `The compilation is the editors' work: the selection and arrangement of the entries, their structure and ids, the statements, profiles, roles and editorial notes written in the editors' words, the English translations marked as editorial, and the reference data (place names, pinyin, coordinates, exchange rates). It is licensed under the ${compilationLicence.name}: ${compilationLicence.url}. Credit "${SITE_NAME}" and the version you used.`,
  ],
  quoted: [
    "Quoted source text is not the editors' work and is not licensed by them: the archived article text of the sources, every quote (citations.<key>.quote), and the words given as the source states them (titles as printed, name.original, asStated, figure). It remains the work of its authors and publishers. It is reproduced as quotation, each passage attributed to its source, so that every fact can be checked; reuse beyond quotation may need the permission of the rights holder.",
  ],
} as const;

/** The statement as a text file. */
export const licenceText = (siteUrl: string) =>
  [
    `${SITE_NAME}: licence of the open data`,
    `Source: ${siteUrl}`,
    '',
    'THE COMPILATION',
    ...licenceStatement.compilation,
    '',
    'QUOTED SOURCE TEXT',
    ...licenceStatement.quoted,
    '',
  ].join('\n');
