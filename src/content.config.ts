import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { citySchema } from './schemas/city.ts';
import { companySchema } from './schemas/company.ts';
import { programSchema } from './schemas/program.ts';
import { sourceSchema } from './schemas/source.ts';

// Entries live in content/<collection>/ at the top of the repository; files starting with "_" are drafts.
const entries = (collection: string) => glob({ pattern: '**/[^_]*.{md,mdx}', base: `./content/${collection}` });

export const collections = {
  sources: defineCollection({ loader: entries('sources'), schema: sourceSchema }),
  cities: defineCollection({ loader: entries('cities'), schema: citySchema }),
  programs: defineCollection({ loader: entries('programs'), schema: programSchema }),
  companies: defineCollection({ loader: entries('companies'), schema: companySchema }),
};
