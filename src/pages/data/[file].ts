import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../data/open-data.ts';

/** Every open-data download: /data/<name>, as listed on /data/. */
export const getStaticPaths = (() =>
  dataFiles.map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: (typeof dataFiles)[number] }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': props.file.type } });
