import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas } from './schemas/index.ts';

const entries = (collection: keyof typeof schemas) =>
  defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: `./content/${collection}` }),
    schema: schemas[collection],
  });

export const collections = {
  sources: entries('sources'),
  cities: entries('cities'),
  programs: entries('programs'),
  companies: entries('companies'),
};
