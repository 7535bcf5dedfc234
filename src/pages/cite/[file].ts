import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFiles, citations } from '../../data/citations.ts';

/** /cite/<id>.bib, .ris and .json for every source and for the knowledge base itself. */
export const getStaticPaths = (() =>
  [...citations.keys()].flatMap((id) =>
    Object.keys(citationFiles).map((ext) => ({ params: { file: `${id}.${ext}` } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const [id = '', ext = ''] = (params.file ?? '').split(/\.(?=[^.]+$)/);
  const formats = citations.get(id);
  const file = citationFiles[ext as keyof typeof citationFiles];
  if (!formats || !file) return new Response('Not found', { status: 404 });
  return new Response(file.body(formats), { headers: { 'Content-Type': file.type } });
};
