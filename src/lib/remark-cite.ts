import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { CITE_MARKER } from './cite-markers.ts';

/** Anchor of citation `key` in an entity page's list of citations. */
export const citationAnchor = (key: string) => `cite-${key}`;

type VFileLike = { data: { astro?: { frontmatter?: Record<string, unknown> } } };

/**
 * Turns citation markers ("[@c1]") in entry profiles into numbered links to the page's list of
 * citations. Numbers follow the order of the entry's `citations` field, as the list does.
 */
export function remarkCite() {
  return (tree: Root, file: VFileLike) => {
    const citations = file.data.astro?.frontmatter?.citations;
    const keys = citations && typeof citations === 'object' ? Object.keys(citations) : [];
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const parts: Root['children'][number][] = [];
      let last = 0;
      for (const match of node.value.matchAll(CITE_MARKER)) {
        const key = match[1] as string;
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        const number = keys.indexOf(key) + 1;
        parts.push({
          type: 'link',
          url: `#${citationAnchor(key)}`,
          // As in CiteRefs.astro, the numbers are left out of search excerpts.
          data: { hProperties: { className: ['cite-ref'], dataPagefindIgnore: '' } },
          children: [{ type: 'text', value: `[${number || key}]` }],
        });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return index + parts.length;
    });
  };
}
