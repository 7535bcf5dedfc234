import type { APIRoute, GetStaticPaths } from 'astro';
import { kb } from '../../../data/kb.ts';
import { nameShards, searchNames, type NameTarget } from '../../../lib/search-names.ts';

/** The exact names the search page puts first, one file per shard (lib/search-names.ts). */
export const getStaticPaths = (() =>
  nameShards(searchNames(kb)).map((names, shard) => ({
    params: { shard: String(shard) },
    props: { names },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ names: Record<string, NameTarget> }> = ({ props }) =>
  new Response(JSON.stringify(props.names), { headers: { 'Content-Type': 'application/json' } });
