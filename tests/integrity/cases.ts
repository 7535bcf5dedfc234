/**
 * Each fixture lays broken files over a small valid site (fixtures/base). The integrity check
 * must report exactly these lines (file, line, field, what is wrong, the fix), and the real
 * build must fail with them before writing any page.
 */
export const cases: Record<string, string[]> = {
  'amount-ten-times': [
    '✗ content/programs/testburg-plan.md:10 money[0].amount: "einer Milliarde Yuan" gives 1000000000 CNY, not 10000000000 CNY. Fix: write the number the words state, or correct asStated.',
  ],
  'bad-focus': [
    '✗ content/programs/testburg-plan.md:7 focus[0]: Received "quantum". Fix: use one of "compute", "models", "data", "robotics", "chips", "talent", "startups", "manufacturing", "open-source", "applications", "research".',
  ],
  'bad-id-filename': [
    '✗ content/cities/Old Town.md (file): The file name gives the id "Old Town", which is not a valid id. Fix: rename the file to lower-case letters, digits and hyphens, such as "old-town".',
  ],
  'bad-language-tag': [
    '✗ content/sources/daily-news.md:7 language: Expected a BCP 47 language tag in canonical form, such as "en", "de" or "zh-Hans". Fix: correct the value "german".',
  ],
  'bad-sha256': [
    '✗ content/sources/daily-news.md:10 sha256: Expected 64 lower-case hex digits (the sha256 of the raw file). Fix: correct the value "abc123".',
  ],
  'bad-url': [
    '✗ content/sources/daily-news.md:8 url: Expected an http(s) address, such as "https://example.com/article". Fix: correct the value "www.daily-news".',
  ],
  'body-marker-undefined': [
    '✗ content/cities/testburg.md:13 (body): The marker [@c7] names no citation. Fix: add "c7" under citations or use one of: c1.',
  ],
  'company-without-home': [
    '✗ content/companies/testlab.md:2 home: Missing required field "home". Fix: add it. Expected one of "not stated".',
  ],
  'dangling-reference': [
    '✗ content/companies/testlab.md:4 home: References "paris" in cities, which has no such entry. Fix: use an existing id or add content/cities/paris.md.',
  ],
  'date-not-quoted': [
    '✗ content/programs/testburg-plan.md:5 announced.date: Expected string, received number (2025). Fix: put the value in quotes.',
  ],
  'duplicate-id': [
    '✗ content/cities/testburg.mdx (file): Duplicate id "testburg" in cities: content/cities/testburg.md has it too. Fix: rename or remove one of the two files.',
  ],
  'duplicate-yaml-key': [
    '✗ content/cities/testburg.md:4 (frontmatter): Malformed YAML: Map keys must be unique. Fix: correct the YAML syntax (indentation, quotes, colons).',
  ],
  'empty-archived-text': [
    '✗ content/sources/daily-news.md (body): The archived text is empty. Fix: put the cleaned article text below the frontmatter (run npm run ingest).',
    '! content/sources/daily-news.md (file): No entry cites source "daily-news". Fix: cite it from the entries it supports, or remove it.',
  ],
  'empty-quote': [
    '✗ content/companies/testlab.md:10 citations.c1.quote: Expected text, received an empty string. Fix: correct the value "".',
  ],
  'empty-string': [
    '✗ content/cities/testburg.md:2 name.en: Expected text, received an empty string. Fix: correct the value "".',
  ],
  'guess-against-note': [
    '✗ content/programs/testburg-plan.md:5 status: notes[0] says the source does not give status, but the field holds {"value":"active","cite":["c1"]}. Fix: write "not stated" (or "not disclosed") and keep the note.',
  ],
  'impossible-date': [
    '✗ content/programs/testburg-plan.md:5 announced.date: "2025-02-30" is not a calendar date. Fix: give a date that exists.',
  ],
  'invalid-note-kind': [
    '✗ content/cities/testburg.md:6 notes[0].kind: Received "wrong". Fix: use one of "garbled", "inconsistent", "contradicted", "inferred", "outdated", "ambiguous", "mistranslated", "geographic-error".',
  ],
  'malformed-yaml': [
    '✗ content/cities/testburg.md:5 (frontmatter): Malformed YAML: Flow map in block collection must be sufficiently indented and end with a }. Fix: correct the YAML syntax (indentation, quotes, colons).',
  ],
  'missing-field': [
    '✗ content/programs/testburg-plan.md:2 instrument: Missing required field "instrument". Fix: add it. Expected one of "grant", "subsidy", "voucher", "fund", "tax-relief", "zone", "pilot", "initiative", "event", "budget".',
  ],
  'missing-translation': [
    '✗ content/companies/testlab.md:9 citations.c1: The quote is in "de" but has no translation. Fix: add an English translation as citations.c1.translation.',
  ],
  'money-without-kind': [
    '✗ content/programs/testburg-plan.md:10 money[0].kind: Missing required field "kind". Fix: add it. Expected one of "total", "per-recipient-cap", "per-year", "cumulative", "part-of-total", "investment", "not stated".',
  ],
  'negative-amount': [
    '✗ content/programs/testburg-plan.md:10 money[0].amount: Expected an amount greater than zero. Fix: write "not disclosed" when the source gives no figure.',
  ],
  'no-frontmatter': [
    '✗ content/cities/testburg.md:1 (frontmatter): The file has no frontmatter. Fix: start it with a line "---", the YAML fields, and another line "---".',
  ],
  'non-numeric-amount': [
    '✗ content/programs/testburg-plan.md:10 money[0].amount: Expected the amount as a number, such as 1000000000, or "not stated" / "not disclosed". Fix: correct the value "a lot".',
  ],
  'parent-loop': [
    '✗ content/cities/oldtown.md:4 parent: The parent chain loops: oldtown → testburg → oldtown. Fix: give one of these places a parent outside the loop.',
    '✗ content/cities/testburg.md:4 parent: The parent chain loops: testburg → oldtown → testburg. Fix: give one of these places a parent outside the loop.',
  ],
  'place-without-reference-data': [
    '✗ content/places.yaml places.newtown: The place "newtown" (content/cities/newtown.md) has no reference data. Fix: add its Chinese name, pinyin and coordinates under places.newtown.',
  ],
  'precision-mismatch': [
    '✗ content/programs/testburg-plan.md:5 announced.precision: Precision "day" does not match the date "2025-07". Fix: write the date as "YYYY-MM-DD" or change the precision.',
  ],
  'program-without-jurisdiction': [
    '✗ content/programs/testburg-plan.md:2 jurisdiction: Missing required field "jurisdiction". Fix: add it. Expected the id of an entry in cities.',
  ],
  'quote-in-other-source': [
    '✗ content/companies/testlab.md:10 citations.c1.quote: The quote is not in source "daily-news" but in "other-news". Fix: set citations.c1.source to "other-news".',
    '! content/sources/other-news.md (file): No entry cites source "other-news". Fix: cite it from the entries it supports, or remove it.',
  ],
  'quote-not-in-source': [
    '✗ content/companies/testlab.md:10 citations.c1.quote: The quote is not in source "daily-news" (content/sources/daily-news.md). Closest passage (¶2): "…abor Testlab in Testburg baut "große Modelle".", which differs at "…"große Model…". Fix: copy the passage exactly as the archived text has it.',
  ],
  'rates-missing-currency': [
    '✗ content/rates.yaml:3 rates.USD: Missing required field "USD". Fix: add it. Expected an object.',
  ],
  'reference-data-without-place': [
    '✗ content/places.yaml:4 places.ghosttown: "ghosttown" is not a city entry. Fix: add content/cities/ghosttown.md or remove the record.',
  ],
  'share-out-of-range': [
    '✗ content/programs/testburg-plan.md:12 breakdown[0].share.fraction: Expected a fraction of the total between 0 and 1 (one third = 0.3333). Fix: correct the value 1.5.',
  ],
  'three-in-one-file': [
    '✗ content/programs/testburg-plan.md:7 budgett: Unknown field "budgett". Fix: remove it or correct its spelling; fields allowed here: name, jurisdiction, document, relations, announced, status, instrument, voucherKinds, focus, focusCite, money, breakdown, pool, caps, rates, stacking, eligibility, application, takeUp, aims, roles, people, citations, notes.',
    '✗ content/programs/testburg-plan.md:11 money[0].amount: "zwei Milliarden Yuan" gives 2000000000 CNY, not 1000000000 CNY. Fix: write the number the words state, or correct asStated.',
    '✗ content/programs/testburg-plan.md:15 citations.c1.quote: The quote is not in source "daily-news" (content/sources/daily-news.md). Closest passage (¶1): "…rg hat einen Plan in Höhe von einer Milliarde Yuan vorgestellt.", which differs at "…einer Millia…". Fix: copy the passage exactly as the archived text has it.',
  ],
  'unclosed-mdx-tag': [
    '✗ content/programs/testburg-extra.mdx:17 (body): The MDX does not compile: Expected a closing tag for `<Aside>` (1:1-1:8). Fix: close every tag you open, escape "<" and "{" in text as "\\<" and "\\{", or rename the file to .md if it embeds no component.',
  ],
  'undefined-cite-key': [
    '✗ content/programs/testburg-plan.md:8 focusCite[0]: Citation key "c9" is not defined. Fix: add "c9" under citations, or use one of: c1.',
  ],
  'unknown-currency': [
    '✗ content/programs/testburg-plan.md:10 money[0].currency: Received "RMB". Fix: use one of "CNY", "USD", "EUR", "HKD".',
  ],
  'unknown-field': [
    '✗ content/cities/testburg.md:4 parnet: Unknown field "parnet". Fix: did you mean "parent"? remove it or correct its spelling; fields allowed here: name, level, parent, role, comparisonOnly, facts, people, levelCite, aliases, citations, notes.',
  ],
  'words-not-in-quote': [
    '✗ content/programs/testburg-plan.md:10 money[0].asStated: The words "eine Milliarde Yuan" stand in none of the quotes it cites (c1). Fix: copy the words that state the figure exactly from the quote.',
  ],
  'wrong-chinese-amount': [
    '✗ content/programs/testburg-vouchers.md:11 pool[0].amount: "2.5亿元" gives 250000000 CNY, not 2500000 CNY. Fix: write the number the words state, or correct asStated.',
  ],
  'wrong-collection-reference': [
    '✗ content/programs/testburg-plan.md:3 jurisdiction: "testlab" is an entry of companies, but this field takes an entry of cities. Fix: give the id of one of the cities, such as "testburg".',
  ],
  'wrong-german-amount': [
    '✗ content/programs/testburg-plan.md:10 money[0].amount: "einer Milliarde Yuan" gives 1000000000 CNY, not 1000000 CNY. Fix: write the number the words state, or correct asStated.',
  ],
  'wrong-rate': [
    '✗ content/programs/testburg-vouchers.md:11 rates[0].share: "30%" gives 0.3 (30%), not 0.03 (3%). Fix: write the number the words state, or correct asStated.',
  ],
  'wrong-type': [
    '✗ content/cities/testburg.md:4 comparisonOnly: Expected boolean, received string ("yes"). Fix: give a boolean.',
  ],
};

export const summary = (errors: number, warnings: number) =>
  `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in the content.`;
