import { createHash } from 'node:crypto';
import type { CollectionName } from '../../src/registry.ts';
import { focusAreas, instruments } from '../../src/schemas/program.ts';
import { GIVEN, SURNAMES, names, type Name } from './names.ts';
import * as say from './phrases.ts';
import { seeded, type Random } from './random.ts';

/** One entry file: its frontmatter as an author writes it (references as ids) and its body. */
export type CorpusEntry = { collection: CollectionName; id: string; data: Record<string, unknown>; body: string };

/** A place's reference data, as content/places.yaml has it. */
export type PlaceRecord = { zh: string; pinyin: string; lat?: number; lon?: number };

/** A synthetic knowledge base and the search queries the benchmark times against it. */
export type Corpus = { entries: CorpusEntry[]; places: Record<string, PlaceRecord>; queries: string[] };

/**
 * Shares of the entries per collection, close to the real archive's (5 sources, 15 places,
 * 24 programs, 28 organisations): every source is cited by about 50 quotes, as the real ones are.
 */
const SHARES = { sources: 0.08, cities: 0.17, companies: 0.4 } as const;

type Citation = { source: string; quote: string; translation?: string };
/** A sentence placed in a source, which the entries that cite it quote verbatim. */
type Claim = Citation & { en: string };
type Source = { id: string; language: say.Language; city: City; focus: string; claims: Claim[] };
/** A place; `zh` is its Chinese name with the character for its level, as places.yaml has it. */
type City = { id: string; name: Name; zh: string; level: string; parent?: City; comparisonOnly: boolean; index: number };
type Company = { id: string; name: string; kind: string; home?: City; places: City[]; products: string[] };
type Program = {
  id: string;
  name: string;
  city: City;
  instrument: string;
  focus: string[];
  year: number;
  issuer?: Company;
  organisations: Company[];
  amount?: number;
};

const ZH_SUFFIX: Record<string, string> = { country: '', province: '省', municipality: '市', city: '市', district: '区', zone: '园区' };
const slug = (text: string) => text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Builds a knowledge base of `total` entries across the four collections with the relations,
 * citations and quotes of the real one: programs in places, organisations at home in places and
 * taking part in programs, places within provinces, and every fact quoting a sentence that its
 * source really contains. The same size and seed always give the same corpus.
 */
export function generateCorpus(total: number, seed = 1): Corpus {
  const random = seeded(seed);
  const supply = names();
  const nextName = () => supply.next().value as Name;
  const counts = {
    sources: Math.max(2, Math.round(total * SHARES.sources)),
    cities: Math.max(3, Math.round(total * SHARES.cities)),
    companies: Math.max(2, Math.round(total * SHARES.companies)),
  };
  const programCount = Math.max(1, total - counts.sources - counts.cities - counts.companies);

  const cities = makeCities(random, counts.cities, nextName);
  const hubs = cities.slice(1);
  const companies = makeCompanies(random, counts.companies, nextName, hubs);
  const programs = makePrograms(random, programCount, hubs, companies);
  const sources: Source[] = Array.from({ length: counts.sources }, (_, i) => {
    const city = random.skewed(hubs);
    const focus = random.pick(focusAreas);
    return { id: `${city.id}-${focus}-${i + 1}`, language: random.pick(say.LANGUAGES), city, focus, claims: [] };
  });

  /** Places a sentence in one of the sources about a place (a few per place), in its language. */
  const cite = (city: City | undefined, sentence: (language: say.Language) => say.Sentence): Claim => {
    const at = city ? (city.index * 3 + random.int(0, 5)) % sources.length : random.int(0, sources.length - 1);
    const source = random.chance(0.15) ? random.pick(sources) : (sources[at] as Source);
    const { text, en } = sentence(source.language);
    const claim: Claim = { source: source.id, quote: text, en, ...(source.language === 'en' ? {} : { translation: en }) };
    source.claims.push(claim);
    return claim;
  };

  const programEntries = programs.map((p) => programEntry(random, p, cite));
  // A place's page quotes the sentence announcing one of its programs, as the real ones do.
  const announcements = new Map<string, Claim>();
  for (const [i, p] of programs.entries()) if (!announcements.has(p.city.id)) announcements.set(p.city.id, programEntries[i]!.claims[0]!);
  const entities = [
    ...cities.map((c) => cityEntry(random, c, cite, announcements.get(c.id))),
    ...companies.map((c) => companyEntry(random, c, cite)),
    ...programEntries.map((e) => e.entry),
  ];
  // Sources last: only now does each hold every sentence that entries quote from it.
  const entries = [...sources.map((s) => sourceEntry(random, s)), ...entities];

  const places = Object.fromEntries(
    cities.map((c): [string, PlaceRecord] => [
      c.id,
      {
        zh: c.zh,
        pinyin: c.name.pinyin,
        ...(c.level === 'zone' ? {} : { lat: round2(20 + random.next() * 22), lon: round2(98 + random.next() * 24) }),
      },
    ]),
  );
  // The first hub has the same names at every size, so the queries are fixed; 杭州 finds Hangzhou
  // in the real site the same way, through the Chinese name that place pages show.
  const hub = hubs[0] as City; // there are at least three places
  return { entries, places, queries: ['compute voucher', 'robotics', hub.zh, hub.name.en, 'petaflops'] };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function makeCities(random: Random, count: number, nextName: () => Name): City[] {
  const china: City = { id: 'china', name: { en: 'China', pinyin: 'Zhōngguó', zh: '中国', id: 'china' }, zh: '中国', level: 'country', comparisonOnly: false, index: 0 };
  const provinceCount = Math.max(1, Math.round(count * 0.12));
  const cities: City[] = [china];
  const provinces: City[] = [];
  const towns: City[] = [];
  for (let index = 1; index < count; index++) {
    const name = nextName();
    const level = index <= provinceCount ? (index <= 2 ? 'municipality' : 'province') : random.pick(['city', 'city', 'city', 'district', 'zone']);
    // Provinces belong to the country, cities to provinces, districts and zones to cities.
    const parent = level === 'province' || level === 'municipality' ? china : level === 'city' || towns.length === 0 ? random.pick(provinces) : random.pick(towns);
    const city: City = { id: name.id, name, zh: `${name.zh}${ZH_SUFFIX[level]}`, level, parent, comparisonOnly: random.chance(0.04), index };
    cities.push(city);
    if (parent === china) provinces.push(city);
    else if (level === 'city') towns.push(city);
  }
  return cities;
}

const KINDS = ['company', 'company', 'company', 'company', 'lab', 'university', 'research-institute', 'fund', 'government-body'] as const;
const KIND_SUFFIX: Record<string, readonly string[]> = {
  company: ['Robotics', 'Intelligence', 'Semiconductor', 'Cloud', 'Data', 'Technology', 'Vision', 'Motors'],
  lab: ['Laboratory'],
  university: ['University'],
  'research-institute': ['Institute of Artificial Intelligence'],
  fund: ['Capital'],
  'government-body': ['Science and Technology Bureau'],
};

function makeCompanies(random: Random, count: number, nextName: () => Name, hubs: City[]): Company[] {
  return Array.from({ length: count }, () => {
    const base = nextName();
    const kind = random.pick(KINDS);
    const name = `${base.en} ${random.pick(KIND_SUFFIX[kind] ?? ['Group'])}`;
    const home = random.chance(0.9) ? random.skewed(hubs) : undefined;
    const places = random.sample(hubs, random.int(0, 2)).filter((p) => p !== home);
    const products = kind === 'company' && random.chance(0.4) ? [`${nextName().en} ${random.pick(['X', 'T', 'M'])}${random.int(1, 9) * 100}`] : [];
    return { id: slug(name), name, kind, ...(home ? { home } : {}), places, products };
  });
}

function makePrograms(random: Random, count: number, hubs: City[], companies: Company[]): Program[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, () => {
    // Squared rather than cubed: hubs get many programs, but not a third of all of them.
    const city = hubs[Math.floor(random.next() ** 2 * hubs.length)] as City;
    const instrument = random.pick(instruments);
    const focus = random.sample(focusAreas, random.int(1, 3));
    const year = random.int(2015, 2026);
    let name = `${city.name.en} ${say.FOCUS[focus[0]!]!.en} ${say.INSTRUMENTS[instrument]!.en} ${year}`;
    for (let phase = 2; taken.has(slug(name)); phase++) name = `${name.replace(/ phase \d+$/, '')} phase ${phase}`;
    taken.add(slug(name));
    const issuer = random.chance(0.6) ? random.pick(companies) : undefined;
    const organisations = random.sample(companies, random.int(0, 3)).filter((c) => c !== issuer);
    const amount = random.chance(0.7) ? random.pick([5, 10, 20, 50, 100, 200, 500, 1000, 5000]) * 1e6 : undefined;
    return { id: slug(name), name, city, instrument, focus, year, ...(issuer ? { issuer } : {}), organisations, ...(amount ? { amount } : {}) };
  });
}

type Cite = (city: City | undefined, sentence: (language: say.Language) => say.Sentence) => Claim;

/** Citations keyed c1, c2, … in the order given, and the key of each claim. */
function keyed(claims: Claim[]) {
  const citations = Object.fromEntries(claims.map((c, i) => [`c${i + 1}`, { source: c.source, quote: c.quote, ...(c.translation ? { translation: c.translation } : {}) }]));
  return { citations, key: (claim: Claim) => `c${claims.indexOf(claim) + 1}` };
}

/** A profile in which every sentence ends with the markers of its citations. */
function profile(random: Random, claims: Claim[]): string {
  const sentences = claims.slice(0, 5).map((c, i) => `${c.en.replace(/\.$/, '')} [@c${i + 1}].`);
  if (sentences.length > 2 && random.chance(0.3)) return `${sentences.slice(0, 2).join(' ')}\n\n${sentences.slice(2).join(' ')}\n`;
  return `${sentences.join(' ')}\n`;
}

const person = (random: Random) => `${random.pick(SURNAMES)} ${random.pick(GIVEN)}`;

function programEntry(random: Random, p: Program, cite: Cite): { entry: CorpusEntry; claims: Claim[] } {
  const announce = cite(p.city, (l) => say.announceSentence(l, { name: p.name, city: p.city.name.en, cityZh: p.city.name.zh, instrument: p.instrument, focus: p.focus, amount: p.amount }));
  const issuer = p.issuer && cite(p.city, (l) => say.programOrganisationSentence(l, p.name, p.issuer!.name, true));
  const organisations = p.organisations.map((o) => cite(p.city, (l) => say.programOrganisationSentence(l, p.name, o.name, false)));
  let aim = '';
  const aims = random.chance(0.7) ? [cite(p.city, (l) => { const s = say.aimSentence(l, random, p.name); aim = s.aim; return s; })] : [];
  let rule = '';
  const eligibility = random.chance(0.4) ? [cite(p.city, (l) => { const s = say.eligibilitySentence(l, random, p.name, p.city.name.en); rule = s.rule; return s; })] : [];
  const speaker = random.chance(0.15) ? person(random) : undefined;
  const spoke = speaker ? [cite(p.city, (l) => say.personSentence(l, speaker, 'deputy mayor', p.city.name.en, `the ${p.name}`))] : [];
  const claims = [announce, ...(issuer ? [issuer] : []), ...organisations, ...aims, ...eligibility, ...spoke];
  const { citations, key } = keyed(claims);
  const c1 = key(announce);
  const month = random.int(1, 12).toString().padStart(2, '0');
  const precise = random.chance(0.5);
  const data: Record<string, unknown> = {
    name: { en: p.name },
    jurisdiction: p.city.id,
    announced: random.chance(0.8) ? { date: precise ? `${p.year}-${month}` : `${p.year}`, precision: precise ? 'month' : 'year', cite: [c1] } : 'not stated',
    status: random.chance(0.5) ? { value: random.pick(['announced', 'active', 'planned']), cite: [c1] } : 'not stated',
    instrument: p.instrument,
    focus: p.focus,
    focusCite: [c1],
    money: p.amount
      ? [{
          amount: p.amount,
          currency: 'CNY',
          kind: random.pick(['total', 'per-year', 'per-recipient-cap']),
          // The words in the language of the quote, as an editor copies them.
          asStated: Object.values(say.amountWords(p.amount)).find((words) => announce.quote.includes(words)),
          cite: [c1],
        }]
      : [],
    aims: aims.map((c) => ({ text: aim, cite: [key(c)] })),
    eligibility: eligibility.map((c) => ({ text: rule, cite: [key(c)] })),
    roles: [
      ...(p.issuer && issuer ? [{ org: p.issuer.id, role: 'issuer', cite: [key(issuer)] }] : []),
      ...p.organisations.map((o, i) => ({ org: o.id, role: 'participant', cite: [key(organisations[i]!)] })),
    ],
    people: speaker ? [{ name: speaker, role: `Deputy mayor of ${p.city.name.en}.`, cite: [key(spoke[0]!)] }] : [],
    notes: random.chance(0.08) ? [{ kind: 'inferred', field: 'announced', text: 'The article gives the year only through the context of the announcement.', cite: [c1] }] : [],
    citations,
  };
  return { entry: { collection: 'programs', id: p.id, data, body: profile(random, claims) }, claims };
}

function cityEntry(random: Random, c: City, cite: Cite, announcement: Claim | undefined): CorpusEntry {
  const focus = random.pick(focusAreas);
  const role = cite(c, (l) => say.roleSentence(l, random, c.name.en, c.name.zh, focus, c.parent?.name.en));
  const facts = Array.from({ length: random.int(1, 3) }, () => cite(c, (l) => say.cityFactSentence(l, random, c.name.en, c.name.zh)));
  const speaker = random.chance(0.15) ? person(random) : undefined;
  const spoke = speaker ? [cite(c, (l) => say.personSentence(l, speaker, 'mayor', c.name.en, 'the city plan for artificial intelligence'))] : [];
  const claims = [role, ...facts, ...(announcement ? [announcement] : []), ...spoke];
  const { citations, key } = keyed(claims);
  const data: Record<string, unknown> = {
    name: { en: c.name.en, original: c.zh },
    level: c.level,
    ...(c.parent ? { parent: c.parent.id, levelCite: [key(role)] } : {}),
    role: { text: role.en, cite: [key(role)] },
    comparisonOnly: c.comparisonOnly,
    facts: [...facts, ...(announcement ? [announcement] : [])].map((f) => ({ text: f.en, cite: [key(f)] })),
    people: speaker ? [{ name: speaker, role: `Mayor of ${c.name.en}.`, cite: [key(spoke[0]!)] }] : [],
    aliases: [c.name.pinyin],
    notes: random.chance(0.08) ? [{ kind: 'ambiguous', text: 'The articles do not say whether the figures cover the whole administrative area.', cite: [key(role)] }] : [],
    citations,
  };
  return { collection: 'cities', id: c.id, data, body: profile(random, claims) };
}

function companyEntry(random: Random, o: Company, cite: Cite): CorpusEntry {
  let thing = '';
  const known = cite(o.home, (l) => { const s = say.knownForSentence(l, random, o.name, o.home?.name.en); thing = s.thing; return s; });
  const products = o.products.map((product) => ({ product, claim: cite(o.home, (l) => say.productSentence(l, o.name, product, random.int(2016, 2026))) }));
  const offices = o.places.map((p) => cite(p, (l) => say.officeSentence(l, o.name, p.name.en)));
  const claims = [known, ...products.map((p) => p.claim), ...offices];
  const { citations, key } = keyed(claims);
  const data: Record<string, unknown> = {
    name: { en: o.name },
    kind: o.kind,
    home: o.home ? o.home.id : 'not stated',
    ...(o.home ? { homeCite: [key(known)] } : {}),
    knownFor: [{ text: thing, cite: [key(known)] }],
    products: products.map((p) => ({ text: p.product, cite: [key(p.claim)] })),
    places: o.places.map((p, i) => ({ place: p.id, why: 'office', cite: [key(offices[i]!)] })),
    notes: [],
    citations,
  };
  return { collection: 'companies', id: o.id, data, body: profile(random, claims) };
}

const OUTLETS = ['Tech Daily', 'Wirtschaftswoche Asien', 'South Coast Herald', '科技日报', 'Business Review', 'not stated'];

/** An archived article: the sentences entries quote, among the rest of its text, in paragraphs. */
function sourceEntry(random: Random, s: Source): CorpusEntry {
  const joiner = s.language === 'zh-Hans' ? '' : ' ';
  const paragraphs: string[] = [Array.from({ length: 3 }, () => say.fillerSentence(s.language, random)).join(joiner)];
  const claims = random.sample(s.claims, s.claims.length);
  while (claims.length > 0) {
    const sentences = [...claims.splice(0, random.int(1, 3)).map((c) => c.quote), ...Array.from({ length: random.int(0, 2) }, () => say.fillerSentence(s.language, random))];
    paragraphs.push(random.sample(sentences, sentences.length).join(joiner));
    if (random.chance(0.12)) paragraphs.push(`## ${say.fillerSentence(s.language, random).replace(/[.。]$/, '')}`);
  }
  const body = `${paragraphs.join('\n\n')}\n`;
  const { title, titleEn } = say.headline(s.language, s.city.name.en, s.city.name.zh, s.focus);
  const year = random.int(2015, 2026);
  const data: Record<string, unknown> = {
    title,
    titleEn,
    publisher: random.pick(OUTLETS),
    sourceType: random.pick(['official', 'state-media', 'news']),
    excerpt: random.chance(0.7),
    language: s.language,
    published: random.chance(0.85) ? { date: `${year}-${random.int(1, 12).toString().padStart(2, '0')}`, precision: 'month' } : 'not stated',
    ...(random.chance(0.8) ? { url: `https://news.example/${s.id}` } : {}),
    archived: '2026-11-20',
    sha256: createHash('sha256').update(body).digest('hex'),
    raw: `raw/${s.id}.txt`,
  };
  return { collection: 'sources', id: s.id, data, body };
}
