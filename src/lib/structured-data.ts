import type { CityData, placeLevels } from '../schemas/city.ts';
import type { CompanyData, organisationKinds } from '../schemas/company.ts';
import type { CollectionName } from '../registry.ts';
import type { PlaceReference } from '../schemas/places.ts';
import type { instruments, ProgramData } from '../schemas/program.ts';
import type { SourceData } from '../schemas/source.ts';
import { isKnown, kindLabels } from './money.ts';
import { entryHref } from './routes.ts';

/** A schema.org description of one entity, as JSON-LD. */
export type JsonLd = { '@type': string | string[]; [property: string]: unknown };

/** What the builders read from the knowledge base: names of linked entries, the sources an entry cites, place reference data. */
export type JsonLdKb = {
  link: (collection: CollectionName, id: string) => { name: string };
  sourcesOf: (collection: CollectionName, id: string) => readonly string[];
  places: Readonly<Record<string, PlaceReference>>;
};

type Context = { kb: JsonLdKb; site: string };

/** Places: schema.org has no province or district, so those are administrative areas. */
const placeTypes: Record<(typeof placeLevels)[number], string> = {
  country: 'Country',
  province: 'AdministrativeArea',
  municipality: 'City',
  'special-administrative-region': 'AdministrativeArea',
  city: 'City',
  district: 'AdministrativeArea',
  zone: 'Place',
};

const organisationTypes: Record<(typeof organisationKinds)[number], string> = {
  company: 'Organization',
  lab: 'ResearchOrganization',
  university: 'CollegeOrUniversity',
  'research-institute': 'ResearchOrganization',
  fund: 'Organization',
  'government-body': 'GovernmentOrganization',
  media: 'NewsMediaOrganization',
  other: 'Organization',
};

/** Instruments that hand out money, and so are grants as well as government services. */
const grantInstruments: readonly (typeof instruments)[number][] = ['grant', 'subsidy', 'voucher', 'fund'];

/** Drops absent values and empty lists, so the JSON-LD states only what is known. */
function known(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

function entity(
  type: JsonLd['@type'],
  collection: CollectionName,
  id: string,
  context: Context,
  properties: Record<string, unknown>,
): JsonLd {
  const url = new URL(entryHref(collection, id), context.site).href;
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    url,
    identifier: id,
    ...known(properties),
    ...known({
      subjectOf: context.kb
        .sourcesOf(collection, id)
        .map((source) => node('NewsArticle', 'sources', source, context, 'headline')),
    }),
  };
}

/** A reference to another entity's description by its page address, with its name. */
function node(type: string, collection: CollectionName, id: string, context: Context, nameProperty = 'name') {
  return {
    '@type': type,
    '@id': new URL(entryHref(collection, id), context.site).href,
    [nameProperty]: context.kb.link(collection, id).name,
  };
}

/** Other names of an entity: its name in the source and any given, without repeats or the English name. */
const alternateNames = (name: { en: string; original?: string | undefined }, ...others: (string | undefined)[]) =>
  [...new Set([name.original, ...others])].filter((n): n is string => n !== undefined && n !== name.en);

/** A place: Country, City, AdministrativeArea or Place, with its Chinese names and coordinates. */
export function placeJsonLd(city: { id: string; data: CityData }, kb: JsonLdKb, site: string): JsonLd {
  const { data } = city;
  const place = kb.places[city.id];
  const context = { kb, site };
  return entity(placeTypes[data.level], 'cities', city.id, context, {
    name: data.name.en,
    alternateName: alternateNames(data.name, place?.zh, place?.pinyin, ...data.aliases),
    description: data.role.text,
    geo:
      place?.lat !== undefined && place.lon !== undefined
        ? { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon }
        : undefined,
    containedInPlace: data.parent && node('Place', 'cities', data.parent.id, context),
  });
}

/**
 * A program: a GovernmentService of its jurisdiction and, when it hands out a stated amount of
 * money, also a MonetaryGrant with that amount.
 */
export function programJsonLd(program: { id: string; data: ProgramData }, kb: JsonLdKb, site: string): JsonLd {
  const { data } = program;
  const context = { kb, site };
  const amounts = data.money.flatMap((money) =>
    isKnown(money)
      ? [
          {
            '@type': 'MonetaryAmount',
            currency: money.currency,
            value: money.amount,
            description: kindLabels[money.kind],
          },
        ]
      : [],
  );
  const grant = grantInstruments.includes(data.instrument) && amounts.length > 0;
  const issuerRole = data.roles.find((r) => r.role === 'issuer');
  const issuer = issuerRole && node('Organization', 'companies', issuerRole.org.id, context);
  const place = node('AdministrativeArea', 'cities', data.jurisdiction.id, context);
  return entity(grant ? ['GovernmentService', 'MonetaryGrant'] : 'GovernmentService', 'programs', program.id, context, {
    name: data.name.en,
    alternateName: alternateNames(data.name),
    description: data.aims[0]?.text,
    serviceType: data.instrument,
    jurisdiction: place,
    areaServed: place,
    provider: issuer,
    ...(grant ? { funder: issuer, amount: amounts } : {}),
  });
}

/** An organisation, typed by its kind, located at its home place when the sources say. */
export function organisationJsonLd(company: { id: string; data: CompanyData }, kb: JsonLdKb, site: string): JsonLd {
  const { data } = company;
  const context = { kb, site };
  return entity(organisationTypes[data.kind], 'companies', company.id, context, {
    name: data.name.en,
    alternateName: alternateNames(data.name),
    description: data.knownFor[0]?.text,
    location: data.home === 'not stated' ? undefined : node('Place', 'cities', data.home.id, context),
  });
}

/** An archived source: the NewsArticle it is a copy of, archived at its page here. */
export function articleJsonLd(source: { id: string; data: SourceData }, site: string): JsonLd {
  const { data } = source;
  const archive = new URL(entryHref('sources', source.id), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': archive,
    identifier: source.id,
    ...known({
      headline: data.title === 'not stated' ? data.titleEn : data.title,
      alternativeHeadline: data.title === data.titleEn ? undefined : data.titleEn,
      inLanguage: data.language,
      publisher: data.publisher === 'not stated' ? undefined : { '@type': 'Organization', name: data.publisher },
      author: data.author && { '@type': 'Person', name: data.author },
      datePublished: data.published === 'not stated' ? undefined : data.published.date,
      url: data.url ?? archive,
      archivedAt: archive,
    }),
  };
}

/**
 * JSON-LD for a `<script type="application/ld+json">` element: "<" is escaped so no value can
 * close the element or open a comment; JSON parsers read the escape back as "<".
 */
export const serialiseJsonLd = (data: JsonLd) => JSON.stringify(data).replace(/</g, '\\u003c');
