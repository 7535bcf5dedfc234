import { createHash } from 'node:crypto';
import type { CollectionName } from '../../src/registry.ts';
import { focusAreas } from '../../src/schemas/program.ts';
import { GIVEN, SURNAMES, names, type Name } from './names.ts';
import * as say from './phrases.ts';
import { seeded, type Random } from './random.ts';

/** One entry file: its frontmatter as an author writes it (references as ids) and its body. */
export type CorpusEntry = { collection: CollectionName; id: string; data: Record<string, unknown>; body: string };

/** A place's reference data, as content/places.yaml has it. */
export type PlaceRecord = { zh: string; pinyin: string; lat?: number; lon?: number };

/** A synthetic knowledge base and the search queries the benchmark times against it. */
export type Corpus = { entries: CorpusEntry[]; places: Record<string, PlaceRecord>; queries: string[] };

/*
 * The shares below are the real content's, measured with `node scripts/bench/real-shares.ts`
 * (which reads content/ with the integrity check's own loader) on 2026-12-02: 519 entries, of
 * which 109 sources (92 in Chinese: 79 zh-Hans, 13 zh-Hant; 12 English, 5 German), 78 places,
 * 194 programs and 138 organisations. Each weight is the real count, so the proportions follow
 * the content, not a guess; run the script again when the content has grown. Two figures are
 * matched only roughly: real quotes are longer (90 characters at the median, 115 on average)
 * because several entries quote overlapping parts of one paragraph, which the generator does not
 * do; its quotes (72 and 88 at N = 1,000) and source texts (831 and 1,146 against 715 and 1,065)
 * meet half-way.
 */

/** Entries per collection: 109, 78, 194 and 138 of 519. */
export const SHARES = { sources: 109 / 519, cities: 78 / 519, programs: 194 / 519, companies: 138 / 519 } as const;

type Weights<T extends string> = readonly (readonly [T, number])[];

/** Source languages: 79 zh-Hans, 13 zh-Hant, 12 en, 5 de. */
const LANGUAGES: Weights<say.Language> = [['zh-Hans', 79], ['zh-Hant', 13], ['en', 12], ['de', 5]];
/**
 * Source types: 35 state-media, 31 official, 26 repost, 11 news, 5 aggregator, 1 blog. The 17
 * news, aggregator and blog pages match the 17 English and German sources, so each language gets
 * the types the Chinese or the foreign pages have.
 */
const CHINESE_TYPES: Weights<string> = [['state-media', 35], ['official', 31], ['repost', 26]];
const FOREIGN_TYPES: Weights<string> = [['news', 11], ['aggregator', 5], ['blog', 1]];
/** Source metadata: 94 of 109 excerpts, 41 without a headline, 22 without a publisher, 16 undated, 104 with a URL, 15 with an author, 70 with removed spans. */
const SOURCE_SHARES = { excerpt: 94 / 109, noTitle: 41 / 109, noPublisher: 22 / 109, undated: 16 / 109, url: 104 / 109, author: 15 / 109, removed: 70 / 109 };

/** Place levels of the 78 places (one country). */
const LEVELS: Weights<string> = [['city', 33], ['province', 22], ['district', 10], ['zone', 7], ['municipality', 4], ['special-administrative-region', 1]];

/** Organisation kinds of the 138 organisations: 105 government bodies. */
const KINDS: Weights<string> = [['government-body', 105], ['company', 16], ['fund', 6], ['other', 3], ['university', 3], ['media', 3], ['lab', 2]];
/** 20 of 138 organisations have no stated home, all of them outside government; 6 have products, 10 other places (6 investment, 3 office, 1 research centre). */
const ORG_SHARES = { homelessOutsideGovernment: 20 / 33, products: 6 / 16, places: 10 / 33 };
const PRESENCE: Weights<string> = [['investment', 6], ['office', 3], ['research-centre', 1]];

/** Instruments of the 194 programs. */
const INSTRUMENTS: Weights<string> = [['initiative', 59], ['voucher', 37], ['grant', 32], ['subsidy', 32], ['zone', 9], ['budget', 9], ['pilot', 7], ['fund', 6], ['event', 2], ['tax-relief', 1]];
/** Voucher kinds of the 37 voucher programs: 26 compute, 7 data, 6 model, 1 training, 1 annotation. */
const VOUCHER_KINDS: Weights<string> = [['compute', 26], ['data', 7], ['model', 6], ['training', 1], ['annotation', 1]];

/**
 * How many of the 194 programs carry each field. Pools, caps and rates come almost only with
 * vouchers, subsidies and grants (101 programs): those carry 45 pools, 69 cap lists and 46 rate
 * lists between them and the rest of the programs a few, so the shares are split that way.
 */
const PROGRAM_SHARES = {
  document: 133 / 194,
  money: 16 / 194,
  breakdownOfMoney: 7 / 16,
  stacking: 9 / 194,
  eligibility: 84 / 194,
  application: 16 / 194,
  takeUp: 14 / 194,
  aims: 153 / 194,
  people: 17 / 194,
  relations: 10 / 194,
  notStatedAnnounced: 86 / 194,
  notStatedStatus: 89 / 194,
  notStatedFocus: 6 / 194,
  originalName: 179 / 194,
};
const TERMS = {
  withTerms: { pool: 0.38, caps: 0.55, rates: 0.4 },
  others: { pool: 0.08, caps: 0.15, rates: 0.07 },
};
/** Of the 133 documents: 95 without a 文号, 53 undated, 1 with its dates in force; status 120 not stated, 10 in force, 3 drafts. */
const DOCUMENT_SHARES = { noNumber: 95 / 133, undated: 53 / 133, inForce: 1 / 133 };
const DOCUMENT_STATUS: Weights<string> = [['not stated', 120], ['in-force', 10], ['draft', 3]];
const STATUS: Weights<string> = [['announced', 64], ['active', 21], ['planned', 15], ['continued', 5]];
/** The 47 pools: 18 a year, 12 in total, 17 over no stated period (9 of them without an amount); 14 given as a ceiling. */
const POOLS: Weights<'year' | 'total' | 'unstated' | 'none'> = [['year', 18], ['total', 12], ['unstated', 8], ['none', 9]];
const POOL_UP_TO = 14 / 30;
/** The 103 caps by whom and over what period they bind (per: 36 project, 33 company, 18 not stated, 16 institution; period: 61 not stated, 19 once, 18 year, 4 total, 1 project). */
const CAPS: Weights<string> = [
  ['company/year', 12], ['company/not stated', 15], ['company/total', 4], ['company/once', 2],
  ['project/once', 15], ['project/not stated', 20], ['project/project', 1],
  ['institution/not stated', 10], ['institution/year', 3], ['institution/once', 2],
  ['not stated/not stated', 16], ['not stated/year', 3],
];
/**
 * The 56 rate tiers of 46 programs: 35 ceilings, 28 with a condition, 1 of no stated base. About
 * 10 programs have two tiers, each with its condition; 8 of the other 36 tiers have one.
 */
const RATE_SHARES = { tiered: 10 / 46, upTo: 35 / 56, singleCondition: 8 / 36, noBase: 1 / 56 };
/** The 34 take-up figures of 14 programs. */
const TAKE_UP: Weights<string> = [['output', 23], ['recipients', 7], ['amount-paid', 2], ['amount-issued', 2], ['vouchers-issued', 1]];
/** Organisations' roles on programs: 108 issuers among 194 programs, 59 operators … */
const ROLES = { issuer: 108 / 194, operator: 59 / 194, participant: 21 / 194, funder: 19 / 194, commentator: 9 / 194, recipient: 5 / 194, example: 5 / 194, 'reporting-outlet': 1 / 194 };
const RELATIONS: Weights<string> = [['implementing-rules-of', 7], ['final-text-of', 2], ['new-edition-of', 1]];
const MONEY_KINDS: Weights<string> = [['investment', 7], ['total', 3], ['per-recipient-cap', 3], ['cumulative', 1], ['per-year', 1]];

function weighted<T>(random: Random, weights: readonly (readonly [T, number])[]): T {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let at = random.next() * total;
  for (const [value, w] of weights) if ((at -= w) < 0) return value;
  return (weights.at(-1) as readonly [T, number])[0];
}

type Claim = { source: string; quote: string; en: string; translation?: string };
type Source = { id: string; language: say.Language; city: City; focus: string; claims: Claim[] };
/** A place: `zh` is its reference name (as places.yaml has it), `said` its name as a sentence writes it (大龙市). */
type City = { id: string; name: Name; zh: string; said: say.Named; level: string; parent?: City; index: number };
type Org = { id: string; name: say.Named; original?: string; kind: string; abbr?: string; home?: City; places: { city: City; why: string }[]; products: string[] };
type Program = {
  id: string;
  name: say.Named;
  city: City;
  instrument: string;
  voucherKinds: string[];
  focus: string[];
  year: number;
  source: Source;
  document?: { title: say.Named; numbered: boolean };
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Builds a knowledge base of `total` entries across the four collections with the shares,
 * relations, citations and policy terms of the real one: programs in places resting on policy
 * documents, with pools, caps, rate tiers, take-up and roles; organisations (mostly government
 * bodies) at home in places; every fact quoting a sentence that its source contains, most of them
 * in Chinese with an English translation. The same size and seed always give the same corpus.
 */
export function generateCorpus(total: number, seed = 1): Corpus {
  const random = seeded(seed);
  const supply = names();
  const nextName = () => supply.next().value as Name;
  const counts = {
    sources: Math.max(2, Math.round(total * SHARES.sources)),
    cities: Math.max(3, Math.round(total * SHARES.cities)),
    companies: Math.max(3, Math.round(total * SHARES.companies)),
  };
  const programCount = Math.max(1, total - counts.sources - counts.cities - counts.companies);

  const cities = makeCities(random, counts.cities, nextName);
  const hubs = cities.slice(1);
  const sources = makeSources(random, counts.sources, hubs);
  const sourcesOf = new Map<string, Source[]>();
  for (const s of sources) sourcesOf.set(s.city.id, [...(sourcesOf.get(s.city.id) ?? []), s]);
  /** A source about the place (or its parent), now and then another one, as national outlets report on any place. */
  const sourceFor = (city: City | undefined): Source => {
    const own = city && (sourcesOf.get(city.id) ?? (city.parent && sourcesOf.get(city.parent.id)));
    return own && !random.chance(0.15) ? random.pick(own) : random.pick(sources);
  };
  const orgs = makeOrgs(random, counts.companies, nextName, hubs);
  const programs = makePrograms(random, programCount, hubs, sourceFor);

  const bodies = orgs.filter((o) => o.kind === 'government-body');
  const context: Context = { random, orgs, bodies: bodies.length > 0 ? bodies : orgs, bodiesOf: groupBodies(orgs), programs: [] };
  const programEntries = programs.map((p) => {
    const made = programEntry(context, p);
    context.programs.push(p);
    return made;
  });
  // A place's page quotes the sentence announcing one of its programs, as the real ones do.
  const announcements = new Map<string, Claim>();
  for (const [i, p] of programs.entries()) if (!announcements.has(p.city.id)) announcements.set(p.city.id, programEntries[i]!.announcement);
  const orgEntries = orgs.map((o) => orgEntry(random, o, sourceFor));
  // Places last: a source that no entry quotes yet gives its place a fact, as every real source is cited.
  const placeEntries = cities.map((c) => cityEntry(random, c, sourceFor(c), announcements.get(c.id), (sourcesOf.get(c.id) ?? []).filter((s) => s.claims.length === 0)));
  const entities = [...placeEntries, ...orgEntries, ...programEntries.map((e) => e.entry)];
  // Sources last: only now does each hold every sentence that entries quote from it.
  const entries = [...sources.map((s) => sourceEntry(random, s)), ...entities];

  const places = Object.fromEntries(
    cities.map((c): [string, PlaceRecord] => [
      c.id,
      {
        zh: c.zh,
        pinyin: c.name.pinyin,
        ...(c.level === 'zone' || c.level === 'country' ? {} : { lat: round2(20 + random.next() * 22), lon: round2(98 + random.next() * 24) }),
      },
    ]),
  );
  // The first hub has the same names at every size, so the queries are fixed. 杭州 finds Hangzhou
  // in the real site the same way, through the Chinese name that place pages and quotes show;
  // 算力券 (compute voucher) and 补贴 (subsidy) are the policy words of the Chinese clauses.
  const hub = hubs[0] as City; // there are at least three places
  return { entries, places, queries: ['compute voucher', 'subsidy', 'robotics', hub.name.en, hub.zh, '算力券', '补贴'] };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Places and the name a sentence gives them: 大龙市, 大龙省, 大龙区, 大龙高新区. */
function makeCities(random: Random, count: number, nextName: () => Name): City[] {
  const china: City = { id: 'china', name: { en: 'China', pinyin: 'Zhōngguó', zh: '中国', id: 'china' }, zh: '中国', said: { en: 'China', zh: '中国' }, level: 'country', index: 0 };
  const cities: City[] = [china];
  const provinces: City[] = [];
  const towns: City[] = [];
  for (let index = 1; index < count; index++) {
    const name = nextName();
    // The first places are provinces and municipalities, so every later place has a parent.
    const level = index === 1 ? 'municipality' : index === 2 ? 'province' : weighted(random, LEVELS);
    const top = level === 'province' || level === 'municipality' || level === 'special-administrative-region';
    const parent = top ? china : level === 'city' || towns.length === 0 ? random.pick(provinces) : random.pick(towns);
    const zh = level === 'district' ? `${name.zh}区` : level === 'zone' ? `${name.zh}高新区` : name.zh;
    const said = { en: level === 'zone' ? `${name.en} High-Tech Zone` : name.en, zh: level === 'province' ? `${name.zh}省` : level === 'city' || level === 'municipality' ? `${name.zh}市` : zh };
    const city: City = { id: name.id, name, zh, said, level, parent, index };
    cities.push(city);
    if (top) provinces.push(city);
    else if (level === 'city') towns.push(city);
  }
  return cities;
}

function makeSources(random: Random, count: number, hubs: City[]): Source[] {
  return Array.from({ length: count }, (_, i) => {
    const city = random.skewed(hubs);
    const focus = random.pick(focusAreas);
    return { id: `${city.id}-${focus}-${i + 1}`, language: weighted(random, LANGUAGES), city, focus, claims: [] };
  });
}

/** Government bodies by the names the real ones have, in English and Chinese, with the short form their 文号 uses. */
const BODIES: readonly (say.Named & { abbr: string })[] = [
  { en: "Municipal People's Government", zh: '人民政府', abbr: '政办' },
  { en: 'Bureau of Economy and Information Technology', zh: '经济和信息化局', abbr: '经信' },
  { en: 'Science and Technology Bureau', zh: '科学技术局', abbr: '科' },
  { en: 'Development and Reform Commission', zh: '发展和改革委员会', abbr: '发改' },
  { en: 'Data Bureau', zh: '数据局', abbr: '数据' },
  { en: 'Finance Bureau', zh: '财政局', abbr: '财' },
  { en: 'Bureau of Commerce', zh: '商务局', abbr: '商务' },
  { en: 'Industry and Information Technology Bureau', zh: '工业和信息化局', abbr: '工信' },
];
const ORG_SUFFIX: Record<string, readonly say.Named[]> = {
  company: [
    { en: 'Robotics', zh: '机器人有限公司' },
    { en: 'Intelligence', zh: '智能科技有限公司' },
    { en: 'Semiconductor', zh: '半导体有限公司' },
    { en: 'Cloud', zh: '云计算有限公司' },
    { en: 'Data', zh: '数据科技有限公司' },
    { en: 'Vision', zh: '视觉科技有限公司' },
  ],
  fund: [{ en: 'Industry Investment Fund', zh: '产业投资基金' }],
  other: [{ en: 'AI Industry Alliance', zh: '人工智能产业联盟' }],
  university: [{ en: 'University', zh: '大学' }],
  media: [{ en: 'Daily', zh: '日报' }],
  lab: [{ en: 'Laboratory', zh: '实验室' }],
};

function makeOrgs(random: Random, count: number, nextName: () => Name, hubs: City[]): Org[] {
  const taken = new Set<string>();
  const orgs: Org[] = [];
  while (orgs.length < count) {
    const kind = weighted(random, KINDS);
    if (kind === 'government-body') {
      // Bodies of the hubs first, as the real ones are; a taken name is drawn again.
      const city = hubs[Math.floor(random.next() ** 2 * hubs.length)] as City;
      const body = random.pick(BODIES);
      const en = `${city.said.en} ${body.en}`;
      if (taken.has(slug(en))) continue;
      taken.add(slug(en));
      orgs.push({ id: slug(en), name: { en, zh: `${city.said.zh}${body.zh}` }, original: `${city.said.zh}${body.zh}`, kind, abbr: `${city.name.zh.charAt(0)}${body.abbr}`, home: city, places: [], products: [] });
      continue;
    }
    const base = nextName();
    const suffix = random.pick(ORG_SUFFIX[kind] ?? []);
    const en = `${base.en} ${suffix.en}`;
    const home = random.chance(ORG_SHARES.homelessOutsideGovernment) ? undefined : random.skewed(hubs);
    const places = random.chance(ORG_SHARES.places) ? [{ city: random.pick(hubs), why: weighted(random, PRESENCE) }].filter((p) => p.city !== home) : [];
    const products = kind === 'company' && random.chance(ORG_SHARES.products) ? [`${nextName().en} ${random.pick(['X', 'T', 'M'])}${random.int(1, 9) * 100}`] : [];
    orgs.push({ id: slug(en), name: { en, zh: `${base.zh}${suffix.zh}` }, ...(random.chance(0.6) ? { original: `${base.zh}${suffix.zh}` } : {}), kind, ...(home ? { home } : {}), places, products });
  }
  return orgs;
}

const groupBodies = (orgs: Org[]) => {
  const by = new Map<string, Org[]>();
  for (const o of orgs) if (o.kind === 'government-body' && o.home) by.set(o.home.id, [...(by.get(o.home.id) ?? []), o]);
  return by;
};

/** Chinese names of programs by instrument: 大龙市算力券, 大龙市机器人补贴 … */
const zhProgramName = (city: City, instrument: string, focus: string | undefined, voucher: string | undefined) =>
  voucher ? `${city.said.zh}${say.VOUCHERS[voucher]!.zh}` : `${city.said.zh}${focus ? say.FOCUS[focus]!.zh : '人工智能'}${say.INSTRUMENTS[instrument]!.zh}`;

const DOCUMENT_KINDS: readonly say.Named[] = [
  { en: 'Implementation Plan', zh: '实施方案' },
  { en: 'Several Measures', zh: '若干措施' },
  { en: 'Action Plan', zh: '行动计划' },
  { en: 'Administrative Measures', zh: '管理办法' },
];

function makePrograms(random: Random, count: number, hubs: City[], sourceFor: (city: City) => Source): Program[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, () => {
    // Squared rather than cubed: hubs get many programs, but not a third of all of them.
    const city = hubs[Math.floor(random.next() ** 2 * hubs.length)] as City;
    const instrument = weighted(random, INSTRUMENTS);
    const voucherKinds = instrument === 'voucher' ? [...new Set([weighted(random, VOUCHER_KINDS), ...(random.chance(0.1) ? [weighted(random, VOUCHER_KINDS)] : [])])] : [];
    const focus = random.sample(focusAreas, random.int(1, 3));
    if (voucherKinds.includes('compute') && !focus.includes('compute')) focus[0] = 'compute';
    const year = random.int(2017, 2026);
    let en = `${city.said.en} ${voucherKinds[0] ? say.VOUCHERS[voucherKinds[0]]!.en : `${say.FOCUS[focus[0]!]!.en} ${say.INSTRUMENTS[instrument]!.en}`} ${year}`;
    for (let phase = 2; taken.has(slug(en)); phase++) en = `${en.replace(/ phase \d+$/, '')} phase ${phase}`;
    taken.add(slug(en));
    const source = sourceFor(city);
    const kind = random.pick(DOCUMENT_KINDS);
    const document = say.isChinese(source.language) && random.chance(PROGRAM_SHARES.document / (92 / 109))
      ? {
          title: { zh: `${city.said.zh}${voucherKinds[0] ? say.VOUCHERS[voucherKinds[0]]!.zh : `${say.FOCUS[focus[0]!]!.zh}产业`}${kind.zh}`, en: `${kind.en} of ${city.said.en} for ${say.FOCUS[focus[0]!]!.en}` },
          numbered: !random.chance(DOCUMENT_SHARES.noNumber),
        }
      : undefined;
    return { id: slug(en), name: { en, zh: zhProgramName(city, instrument, focus[0], voucherKinds[0]) }, city, instrument, voucherKinds, focus, year, source, ...(document ? { document } : {}) };
  });
}

type Context = { random: Random; orgs: Org[]; bodies: Org[]; bodiesOf: Map<string, Org[]>; programs: Program[] };

/** Sentences of policy context around a quoted one: 0 (10), 1 (35), 2 (35) or 3 (20). */
const CONTEXT_SENTENCES = [[0, 10], [1, 35], [2, 35], [3, 20]] as const;

/**
 * Adds a sentence to a source in the source's language and returns it as a citation. Editors quote
 * the passage around a fact, as the real quotes do (90 characters at the median), so the quote
 * holds a sentence or two of context around the sentence that states it; `en` is that sentence's
 * English, `translation` the whole passage's.
 */
function claim(random: Random, source: Source, text: say.Tri): Claim {
  const context = random.sample(say.CONTEXT, weighted(random, CONTEXT_SENTENCES));
  const passage = say.passage(random.chance(0.3) ? [...context, text] : [text, ...context]);
  const quote = say.say(passage, source.language);
  const made: Claim = { source: source.id, quote, en: text.en, ...(source.language === 'en' ? {} : { translation: passage.en }) };
  source.claims.push(made);
  return made;
}

/** Citations keyed c1, c2, … in the order added, the key of each, and the words of a term in the source's language. */
function citations(random: Random, source: Source) {
  const list: Claim[] = [];
  return {
    list,
    add: (text: say.Tri, from = source) => {
      list.push(claim(random, from, text));
      return `c${list.length}`;
    },
    words: (text: say.Tri) => say.say(text, source.language),
    data: () => Object.fromEntries(list.map((c, i) => [`c${i + 1}`, { source: c.source, quote: c.quote, ...(c.translation ? { translation: c.translation } : {}) }])),
  };
}

/** A profile in which every sentence ends with the markers of its citations. */
function profile(random: Random, claims: Claim[]): string {
  const sentences = claims.slice(0, 5).map((c, i) => `${c.en.replace(/\.$/, '')} [@c${i + 1}].`);
  if (sentences.length > 2 && random.chance(0.3)) return `${sentences.slice(0, 2).join(' ')}\n\n${sentences.slice(2).join(' ')}\n`;
  return `${sentences.join(' ')}\n`;
}

const person = (random: Random) => `${random.pick(SURNAMES)} ${random.pick(GIVEN)}`;
const month = (random: Random, year: number) => `${year}-${random.int(1, 12).toString().padStart(2, '0')}`;
const day = (random: Random, year: number) => `${month(random, year)}-${random.int(1, 28).toString().padStart(2, '0')}`;
const dateOf = (date: string) => ({ date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day' });

const POOL_AMOUNTS = [1e7, 2e7, 3e7, 5e7, 1e8, 1.5e8, 2e8, 5e8, 1e9];
const CAP_AMOUNTS = [2e4, 5e4, 1e5, 2e5, 3e5, 5e5, 1e6, 2e6, 3e6, 5e6, 1e7];
const PERCENTS = [10, 15, 20, 25, 30, 40, 50, 60];

function programEntry(context: Context, p: Program): { entry: CorpusEntry; announcement: Claim } {
  const { random } = context;
  const cite = citations(random, p.source);
  const language = p.source.language;
  const chinese = say.isChinese(language);
  const zh = (text: string) => (language === 'zh-Hant' ? say.toTraditional(text) : text);
  const withTerms = ['voucher', 'subsidy', 'grant'].includes(p.instrument) ? TERMS.withTerms : TERMS.others;
  const voucher = p.voucherKinds[0] ? say.VOUCHERS[p.voucherKinds[0]] : undefined;
  const focusStated = !random.chance(PROGRAM_SHARES.notStatedFocus);

  // The document first: when its date is stated, the program was announced with it.
  const issued = p.document && !random.chance(DOCUMENT_SHARES.undated) ? (random.chance(0.7) ? day(random, p.year) : month(random, p.year)) : undefined;
  const inForce = p.document && random.chance(DOCUMENT_SHARES.inForce) ? { from: `${p.year}-06-01`, to: `${p.year + 2}-12-31` } : undefined;
  const issuer = p.document ? random.pick(context.bodiesOf.get(p.city.id) ?? context.bodiesOf.get(p.city.parent?.id ?? '') ?? context.bodies) : undefined;
  // The 文号 as the issuer prints it: 大经信〔2025〕12号.
  const number = p.document?.numbered && issuer ? `${issuer.abbr ?? p.city.name.zh.charAt(0)}〔${p.year}〕${random.int(1, 120)}号` : undefined;
  const documentKey = p.document && issuer ? cite.add(say.documentSentence({ issuer: issuer.name, title: p.document.title, number, issued, inForce })) : undefined;

  const money = random.chance(PROGRAM_SHARES.money) ? { amount: random.pick(POOL_AMOUNTS), kind: weighted(random, MONEY_KINDS) } : undefined;
  // Announced with the document when its date is stated, else on a date the first sentence gives.
  const announcedStated = !random.chance(PROGRAM_SHARES.notStatedAnnounced);
  const announcedDate = announcedStated && !(issued && documentKey) ? (random.chance(0.5) ? month(random, p.year) : String(p.year)) : undefined;
  const c1 = cite.add(say.announce({ name: p.name, city: p.city.said, instrument: p.instrument, focus: focusStated ? p.focus : [], date: announcedDate, money: money && { words: say.amountWords(money.amount), kind: money.kind } }));
  const announced = announcedStated && issued && documentKey ? { ...dateOf(issued), cite: [documentKey] } : announcedDate ? { ...dateOf(announcedDate), cite: [c1] } : 'not stated';

  const breakdown: Record<string, unknown>[] = [];
  if (money && random.chance(PROGRAM_SHARES.breakdownOfMoney)) {
    const half = random.chance(0.5);
    const { term, words } = say.breakdownTerm(half, say.FOCUS[p.focus[0]!]!);
    const key = cite.add({ zh: `${term.zh}。`, en: `${term.en.replace(/^./, (c) => c.toUpperCase())}.`, de: `${term.de.replace(/^./, (c) => c.toUpperCase())}.` });
    breakdown.push({ label: `Support for ${say.FOCUS[p.focus[0]!]!.en}`, share: { fraction: half ? 0.5 : 0.3333, qualifier: 'about', asStated: cite.words(words) }, cite: [key] });
  }

  // The policy clause: the pool, the rate tiers and the caps in one sentence, as real clauses state them.
  const terms: say.Tri[] = [];
  const pool: Record<string, unknown>[] = [];
  const rates: Record<string, unknown>[] = [];
  const caps: Record<string, unknown>[] = [];
  const later: ((key: string) => void)[] = [];
  if (random.chance(withTerms.pool)) {
    const kind = weighted(random, POOLS);
    const upTo = (kind === 'year' || kind === 'total') && random.chance(POOL_UP_TO);
    const amount = kind === 'none' ? undefined : random.pick(POOL_AMOUNTS);
    const years = `${p.year}–${p.year + 2}`;
    const term = say.poolTerm(kind, upTo, amount ? say.amountWords(amount) : undefined, voucher, years);
    terms.push(term);
    later.push((key) =>
      pool.push(
        amount
          ? { amount, currency: 'CNY', period: kind === 'unstated' ? 'not stated' : kind, ...(kind === 'total' ? { years } : {}), upTo, asStated: cite.words(term), cite: [key] }
          : { amount: 'not stated', period: 'not stated', cite: [key] },
      ),
    );
  }
  if (random.chance(withTerms.rates)) {
    const base = random.chance(RATE_SHARES.noBase) ? 'not stated' : random.pick(Object.keys(say.RATE_BASES));
    if (base !== 'not stated' && random.chance(RATE_SHARES.tiered)) {
      const [second, first] = random.sample(PERCENTS, 2).sort((a, b) => a - b) as [number, number];
      const threshold = random.pick([1e6, 2e6, 5e6]);
      const t = say.amountWords(threshold);
      const pair = say.tieredRateTerms(first, second, base, t);
      terms.push(...pair);
      later.push((key) =>
        rates.push(
          { share: first / 100, base, condition: `Yearly ${base} of ${t.en} or less.`, asStated: cite.words(pair[0]), cite: [key] },
          { share: second / 100, base, condition: `The part of the yearly ${base} above ${t.en}.`, asStated: cite.words(pair[1]), cite: [key] },
        ),
      );
    } else {
      const pct = random.pick(PERCENTS);
      const upTo = random.chance(RATE_SHARES.upTo);
      const condition = random.chance(RATE_SHARES.singleCondition) ? random.pick(say.RATE_CONDITIONS) : undefined;
      const term = say.rateTerm(pct, upTo, base, condition);
      terms.push(term);
      later.push((key) => rates.push({ share: pct / 100, upTo, base, ...(condition ? { condition: condition.text } : {}), asStated: cite.words(term), cite: [key] }));
    }
  }
  if (random.chance(withTerms.caps)) {
    const count = weighted(random, [[1, 60], [2, 35], [3, 5]] as const);
    const shapes = [...new Set(Array.from({ length: count }, () => weighted(random, CAPS)))];
    for (const shape of shapes) {
      const [per, period] = shape.split('/') as [string, string];
      const amount = random.pick(CAP_AMOUNTS);
      const term = say.capTerm({ per, period }, say.amountWords(amount));
      terms.push(term);
      later.push((key) => caps.push({ amount, currency: 'CNY', per, period, asStated: cite.words(term), cite: [key] }));
    }
  }
  if (terms.length > 0) {
    const key = cite.add(say.clause(say.FOCUS[p.focus[0]!]!, terms));
    for (const add of later) add(key);
  }

  const stacking = random.chance(PROGRAM_SHARES.stacking) ? [random.pick(say.STACKING)].map((s) => ({ text: s.text, cite: [cite.add(s)] })) : [];
  const eligibility = random.chance(PROGRAM_SHARES.eligibility) ? [say.eligibilitySentence(random, p.name, p.city.said)].map((s) => ({ text: s.rule, cite: [cite.add(s)] })) : [];
  const application = random.chance(PROGRAM_SHARES.application)
    ? [say.applicationSentence(...((m) => [m, m + random.int(1, 2)] as [number, number])(random.int(2, 9)))].map((s) => ({ text: s.text, cite: [cite.add(s)] }))
    : [];

  const takeUp: Record<string, unknown>[] = [];
  if (random.chance(PROGRAM_SHARES.takeUp)) {
    const date = random.chance(0.6) ? month(random, Math.min(2026, p.year + 1)) : undefined;
    const measures = TAKE_UP.filter(([measure]) => voucher || measure !== 'vouchers-issued');
    const count = weighted(random, [[1, 3], [2, 5], [3, 4], [4, 2]] as const);
    const drawn = [...new Set(Array.from({ length: count }, () => weighted(random, measures)))];
    const figures = drawn.map((measure) => {
      const money = measure === 'amount-issued' || measure === 'amount-paid';
      const n = money ? random.pick(CAP_AMOUNTS) * 10 : random.int(12, 900);
      const approximate = random.chance(0.3);
      const term = say.takeUpTerm(measure, n, money ? say.amountWords(n) : undefined, voucher, approximate);
      const unit = money ? 'CNY' : { 'vouchers-issued': 'vouchers', recipients: 'companies', output: 'projects supported' }[measure] as string;
      return { term, data: { measure, value: n, unit, approximate, asStated: cite.words(term) } };
    });
    const key = cite.add(say.progress(figures.map((f) => f.term), date));
    for (const f of figures) takeUp.push({ ...f.data, date: date ? { ...dateOf(date), cite: [key] } : 'not stated', cite: [key] });
  }

  const aims: Record<string, unknown>[] = [];
  if (random.chance(PROGRAM_SHARES.aims)) {
    const sentence = say.aimSentence(random, p.name, weighted(random, [[1, 35], [2, 45], [3, 20]] as const));
    const key = cite.add(sentence);
    for (const text of sentence.aims) aims.push({ text, cite: [key] });
  }

  // Roles: the issuer of the document cites it; the others cite a sentence that names them.
  const roles: Record<string, unknown>[] = [];
  const notes: Record<string, unknown>[] = [];
  const bodies = context.bodiesOf.get(p.city.id) ?? [];
  const pickOrg = (role: string): Org => {
    const pool = role === 'issuer' || role === 'operator' || (role === 'funder' && random.chance(0.5)) ? bodies : [];
    return pool.length > 0 ? random.pick(pool) : random.pick(context.orgs);
  };
  for (const [role, share] of Object.entries(ROLES)) {
    // Issuers: three in four documents name theirs; a few programs without one name it elsewhere.
    if (role === 'issuer' && issuer && documentKey && random.chance(0.75)) {
      roles.push({ org: issuer.id, role, cite: [documentKey] });
      continue;
    }
    // Operators come with issuers, as in the real programs (59 operators, nearly all beside an issuer).
    const chance = role === 'issuer' ? 0.1 : role === 'operator' ? (roles.length > 0 ? ROLES.operator / ROLES.issuer : 0) : share;
    if (!random.chance(chance)) continue;
    const org = pickOrg(role);
    if (roles.some((r) => r.org === org.id)) continue;
    const key = cite.add(say.roleSentence(role, p.name, org.name));
    roles.push({ org: org.id, role, cite: [key] });
    if (role === 'operator' && random.chance(0.4))
      notes.push({ kind: 'inferred', field: `roles[${roles.length - 1}]`, text: 'The body is named as the unit in charge (责任单位); "operator" is the nearest role in the list.', cite: [key] });
  }

  // Relations: to an earlier program of the same place, named in the document's own words.
  const relations: Record<string, unknown>[] = [];
  const earlier = context.programs.filter((o) => o.city === p.city);
  if (earlier.length > 0 && random.chance(PROGRAM_SHARES.relations * 1.3)) {
    const other = random.pick(earlier);
    const kind = weighted(random, RELATIONS);
    relations.push({ kind, program: other.id, cite: [cite.add(say.relationSentence(kind, other.document?.title ?? other.name))] });
  }

  const speaker = random.chance(PROGRAM_SHARES.people) ? person(random) : undefined;
  const people = speaker
    ? [{ name: speaker, role: `Deputy mayor of ${p.city.said.en}.`, cite: [cite.add(say.personSentence(speaker, { en: 'deputy mayor', de: 'stellvertretender Bürgermeister', zh: '副市长' }, p.city.said, p.name))] }]
    : [];

  const statusStated = !random.chance(PROGRAM_SHARES.notStatedStatus);
  // Notes as the editors write them: on what the text leaves open, and on inferred readings.
  if (announced === 'not stated' && random.chance(0.7)) notes.push({ kind: 'ambiguous', field: 'announced', text: 'The archived text does not say when the program was announced.', cite: [c1] });
  if (p.document && !number && documentKey) notes.push({ kind: 'ambiguous', field: 'document.number', text: 'The archived text does not print the document number (文号).', cite: [documentKey] });
  if (caps.length > 0 && random.chance(0.5)) notes.push({ kind: 'ambiguous', field: 'caps[0]', text: 'The text does not say whether the cap applies per year or over the whole program.', cite: caps[0]!.cite });
  if (notes.length === 0 || random.chance(0.4)) notes.push({ kind: 'inferred', field: 'focus', text: 'The focus areas are read from the measures the text lists.', cite: [c1] });

  const data: Record<string, unknown> = {
    // Chinese sources give the Chinese name; English and German ones now and then (179 of 194 in all).
    name: { en: p.name.en, ...(chinese || random.chance(PROGRAM_SHARES.originalName - 92 / 109) ? { original: chinese ? zh(p.name.zh) : p.name.zh } : {}) },
    jurisdiction: p.city.id,
    ...(p.document && documentKey
      ? {
          document: {
            title: zh(p.document.title.zh),
            titleEn: p.document.title.en,
            number: number ?? 'not stated',
            issued: issued ? { ...dateOf(issued), cite: [documentKey] } : 'not stated',
            inForce: inForce ? { ...dateOf(inForce.from), cite: [documentKey] } : 'not stated',
            expires: inForce ? { ...dateOf(inForce.to), cite: [documentKey] } : 'not stated',
            status: ((value) => ({ value, verified: '2026-12-01', ...(value === 'not stated' ? {} : { cite: [documentKey] }) }))(weighted(random, DOCUMENT_STATUS)),
            cite: [documentKey],
          },
        }
      : {}),
    relations,
    announced,
    status: statusStated ? { value: weighted(random, STATUS), cite: [c1] } : 'not stated',
    instrument: p.instrument,
    voucherKinds: p.voucherKinds,
    focus: focusStated ? p.focus : 'not stated',
    focusCite: [c1],
    money: money ? [{ amount: money.amount, currency: 'CNY', kind: money.kind, asStated: cite.words(say.amountWords(money.amount)), cite: [c1] }] : [],
    breakdown,
    pool,
    caps,
    rates,
    stacking,
    eligibility,
    application,
    takeUp,
    aims,
    roles,
    people,
    notes,
    citations: cite.data(),
  };
  return { entry: { collection: 'programs', id: p.id, data, body: profile(random, cite.list) }, announcement: cite.list[Number(c1.slice(1)) - 1] as Claim };
}

function cityEntry(random: Random, c: City, source: Source, announcement: Claim | undefined, uncited: Source[]): CorpusEntry {
  const cite = citations(random, source);
  const focus = random.pick(focusAreas);
  const role = cite.add(say.placeRoleSentence(random, c.said, focus, c.parent?.said));
  const facts = [
    ...Array.from({ length: random.int(1, 3) }, () => ({ key: cite.add(say.placeFactSentence(random, c.said)) })),
    ...uncited.filter((s) => s !== source).map((s) => ({ key: cite.add(say.placeFactSentence(random, c.said), s) })),
  ];
  const speaker = random.chance(0.1) ? person(random) : undefined;
  const spoke = speaker ? cite.add(say.personSentence(speaker, { en: 'mayor', de: 'Bürgermeister', zh: '市长' }, c.said, { en: 'the city plan for artificial intelligence', zh: '人工智能发展规划' })) : undefined;
  const claims = [...cite.list];
  const all = cite.data();
  if (announcement) all[`c${claims.length + 1}`] = { source: announcement.source, quote: announcement.quote, ...(announcement.translation ? { translation: announcement.translation } : {}) };
  const text = (key: string) => (key === `c${claims.length + 1}` ? announcement!.en : claims[Number(key.slice(1)) - 1]!.en);
  const factKeys = [...facts.map((f) => f.key), ...(announcement ? [`c${claims.length + 1}`] : [])];
  const data: Record<string, unknown> = {
    name: { en: c.said.en, original: c.zh },
    level: c.level,
    ...(c.parent ? { parent: c.parent.id, levelCite: [role] } : {}),
    role: { text: text(role), cite: [role] },
    comparisonOnly: false,
    facts: factKeys.map((key) => ({ text: text(key), cite: [key] })),
    people: speaker && spoke ? [{ name: speaker, role: `Mayor of ${c.said.en}.`, cite: [spoke] }] : [],
    aliases: [c.name.pinyin, ...(c.said.zh !== c.zh ? [c.said.zh] : [])],
    notes: random.chance(0.3) ? [{ kind: 'ambiguous', text: 'The articles do not say whether the figures cover the whole administrative area.', cite: [role] }] : [],
    citations: all,
  };
  return { collection: 'cities', id: c.id, data, body: profile(random, announcement ? [...claims, announcement] : claims) };
}

function orgEntry(random: Random, o: Org, sourceFor: (city: City | undefined) => Source): CorpusEntry {
  const source = sourceFor(o.home);
  const cite = citations(random, source);
  const named = o.name;
  const known = o.kind === 'government-body' && o.home ? say.bodySentence(named, o.home.said, random.pick(focusAreas)) : say.knownForSentence(random, named, o.home?.said);
  const knownKey = cite.add(known);
  const products = o.products.map((product) => ({ text: product, cite: [cite.add(say.productSentence(named, product, random.int(2016, 2026)))] }));
  const places = o.places.map((p) => ({ place: p.city.id, why: p.why, cite: [cite.add(say.presenceSentence(named, p.city.said, p.why))] }));
  const data: Record<string, unknown> = {
    name: { en: named.en, ...(o.original ? { original: o.original } : {}) },
    kind: o.kind,
    home: o.home ? o.home.id : 'not stated',
    ...(o.home ? { homeCite: [knownKey] } : {}),
    knownFor: [{ text: known.thing, cite: [knownKey] }],
    products,
    places,
    notes: [],
    citations: cite.data(),
  };
  return { collection: 'companies', id: o.id, data, body: profile(random, cite.list) };
}

const OUTLETS: Record<string, readonly string[]> = {
  official: ['市人民政府门户网站', '市经济和信息化局', '省科学技术厅'],
  'state-media': ['新华网', '人民网', '科技日报', '中国新闻网'],
  repost: ['搜狐', '网易新闻', '今日头条'],
  news: ['Tech Daily', 'South Coast Herald', 'Wirtschaftswoche Asien', 'Business Review'],
  aggregator: ['China AI Digest', 'Policy Tracker'],
  blog: ['Silicon Dragon Blog'],
};
const REMARKS = [
  'The archived text is an excerpt: the stored copy holds only the first part of the page.',
  "The page prints no headline; the English title is the editors' description.",
  'The publication date is the one the page prints beside the article.',
  'The page names no author.',
];

/** An archived article: the sentences entries quote, among the rest of its text, in paragraphs. */
function sourceEntry(random: Random, s: Source): CorpusEntry {
  const joiner = say.isChinese(s.language) ? '' : ' ';
  const paragraphs: string[] = [Array.from({ length: random.int(1, 2) }, () => say.fillerSentence(s.language, random)).join(joiner)];
  // A sentence quoted by several entries stands once in the text.
  const unique = [...new Map(s.claims.map((c) => [c.quote, c])).values()];
  const claims = random.sample(unique, unique.length);
  while (claims.length > 0) {
    const sentences = [...claims.splice(0, random.int(1, 3)).map((c) => c.quote), ...(random.chance(0.3) ? [say.fillerSentence(s.language, random)] : [])];
    paragraphs.push(random.sample(sentences, sentences.length).join(joiner));
    if (random.chance(0.12)) paragraphs.push(`## ${say.fillerSentence(s.language, random).replace(/[.。]$/, '')}`);
  }
  const body = `${paragraphs.join('\n\n')}\n`;
  const { title, titleEn } = say.headline(s.language, s.city.said, s.focus);
  const chinese = say.isChinese(s.language);
  const sourceType = weighted(random, chinese ? CHINESE_TYPES : FOREIGN_TYPES);
  const year = random.int(2017, 2026);
  const untitled = random.chance(SOURCE_SHARES.noTitle);
  const excerpt = random.chance(SOURCE_SHARES.excerpt);
  const data: Record<string, unknown> = {
    title: untitled ? 'not stated' : title,
    titleEn: untitled ? `(no headline in the archived text) ${titleEn}` : titleEn,
    publisher: random.chance(SOURCE_SHARES.noPublisher) ? 'not stated' : random.pick(OUTLETS[sourceType] ?? ['not stated']),
    sourceType,
    ...(sourceType === 'repost' ? { reposts: `The ${s.city.said.en} government's policy text, as the page names it` } : {}),
    excerpt,
    ...(random.chance(SOURCE_SHARES.author) ? { author: person(random) } : {}),
    language: s.language,
    published: random.chance(SOURCE_SHARES.undated) ? 'not stated' : random.chance(0.6) ? dateOf(day(random, year)) : dateOf(month(random, year)),
    ...(random.chance(SOURCE_SHARES.url) ? { url: `https://news.example/${s.id}` } : {}),
    archived: '2026-11-20',
    sha256: createHash('sha256').update(body).digest('hex'),
    raw: `raw/${s.id}.txt`,
    removed: random.chance(SOURCE_SHARES.removed) ? [{ from: 1, to: 1, reason: 'credit line: section, editor and reading count' }] : [],
    remarks: [...new Set([excerpt ? (REMARKS[0] as string) : random.pick(REMARKS.slice(2)), ...(untitled ? [REMARKS[1] as string] : [])])],
  };
  return { collection: 'sources', id: s.id, data, body };
}

/** What a corpus holds: entries per collection, Chinese sources, and programs carrying each term. */
export function describeCorpus(corpus: Corpus) {
  const of = (c: CollectionName) => corpus.entries.filter((e) => e.collection === c);
  const programs = of('programs');
  const has = (field: string) => programs.filter((p) => (Array.isArray(p.data[field]) ? (p.data[field] as unknown[]).length > 0 : p.data[field] !== undefined)).length;
  const sources = of('sources');
  return {
    counts: Object.fromEntries((['sources', 'cities', 'programs', 'companies'] as const).map((c) => [c, of(c).length])) as Record<CollectionName, number>,
    chineseSources: sources.filter((s) => String(s.data.language).startsWith('zh')).length,
    sourceTypes: Object.fromEntries([...new Set(sources.map((s) => String(s.data.sourceType)))].map((t) => [t, sources.filter((s) => s.data.sourceType === t).length])),
    programsWith: Object.fromEntries(
      ['document', 'voucherKinds', 'pool', 'caps', 'rates', 'stacking', 'eligibility', 'application', 'takeUp', 'roles', 'relations', 'money', 'breakdown', 'aims', 'people', 'notes'].map((f) => [f, has(f)]),
    ) as Record<string, number>,
    notStated: {
      announced: programs.filter((p) => p.data.announced === 'not stated').length,
      status: programs.filter((p) => p.data.status === 'not stated').length,
      documentNumber: programs.filter((p) => (p.data.document as { number?: string } | undefined)?.number === 'not stated').length,
    },
  };
}
