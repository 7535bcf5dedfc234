import type { placeLevels } from '../schemas/city.ts';
import type { organisationKinds } from '../schemas/company.ts';

/** Display names of place levels. */
export const levelLabels: Record<(typeof placeLevels)[number], string> = {
  country: 'Country',
  province: 'Province',
  municipality: 'Municipality',
  'special-administrative-region': 'Special administrative region',
  city: 'City',
  district: 'District',
  zone: 'Zone',
};

/** Display names of organisation kinds. */
export const organisationLabels: Record<(typeof organisationKinds)[number], string> = {
  company: 'Company',
  lab: 'Laboratory',
  university: 'University',
  'research-institute': 'Research institute',
  fund: 'Fund',
  'government-body': 'Government body',
  media: 'Media outlet',
  other: 'Organisation',
};

/** Words for an identifier such as "open-source": "open source". */
export const words = (id: string) => id.replace(/-/g, ' ');
