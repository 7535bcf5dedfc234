import { geoConicEqualArea, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { CityData } from '../schemas/city.ts';

/** A point in the map's SVG user units. */
export type Point = [number, number];

/** The SVG canvas: its size and the blank margin kept around China. */
export type Frame = { width: number; height: number; margin: number };

/** An axis-aligned box: left, top, right, bottom. */
type Box = [number, number, number, number];

/**
 * Natural Earth ids (ISO 3166-1 numeric) drawn as China: the mainland with Hainan, Hong Kong
 * and Macao. Natural Earth keeps the two special administrative regions apart, but the site
 * places them under China.
 */
export const CHINA_IDS = ['156', '344', '446'] as const;

/**
 * A conic equal-area projection for China, fitted inside the frame's margin. Equal-area with
 * standard parallels at 25° N and 47° N (the usual choice for China) keeps the west from
 * looking larger than it is, and north stays up along the 105° E meridian.
 */
export function chinaProjection(china: GeoPermissibleObjects, frame: Frame): GeoProjection {
  const { width, height, margin } = frame;
  return geoConicEqualArea()
    .rotate([-105, 0])
    .parallels([25, 47])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      china,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** The projected rings of a shape, clipped to the projection's extent. */
export function projectRings(object: GeoPermissibleObjects, projection: GeoProjection): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  // d3 draws into anything shaped like a canvas context; recording its calls gives raw rings.
  const context: GeoContext = {
    beginPath: () => {},
    moveTo: (x, y) => {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo: (x, y) => {
      ring.push([x, y]);
    },
    closePath: () => {},
    arc: () => {},
  };
  geoPath(projection, context)(object);
  return rings;
}

const distanceToSegment = ([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number => {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};

/** Douglas–Peucker on an open line: drops points closer than `tolerance` to the simplified line. */
function simplifyLine(points: Point[], tolerance: number): Point[] {
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies a closed ring (first point not repeated) with Douglas–Peucker. The ring is split at
 * its first point and the point farthest from it, so both halves keep their ends.
 */
export function simplifyRing(ring: Point[], tolerance: number): Point[] {
  if (ring.length <= 3) return ring;
  const start = ring[0]!;
  const distance = ([x, y]: Point) => Math.hypot(x - start[0], y - start[1]);
  const split = ring.reduce((best, point, i) => (distance(point) > distance(ring[best]!) ? i : best), 1);
  const first = simplifyLine(ring.slice(0, split + 1), tolerance);
  const second = simplifyLine([...ring.slice(split), start], tolerance);
  return [...first, ...second.slice(1, -1)];
}

/** Twice the signed area of a ring (shoelace formula). */
const doubleArea = (ring: Point[]): number =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    return sum + x * ny - nx * y;
  }, 0);

/**
 * SVG path data for rings, rounded to whole units: one unit is about 9 km on the 600-unit map,
 * finer than the simplified line itself. Relative moves keep the numbers short, and rings that round to
 * less than `minArea` square units (specks of islands) are left out.
 */
export function pathData(rings: Point[][], minArea = 4): string {
  let path = '';
  let pen: Point = [0, 0];
  for (const ring of rings) {
    const rounded: Point[] = [];
    for (const [x, y] of ring) {
      const point: Point = [Math.round(x), Math.round(y)];
      const previous = rounded[rounded.length - 1];
      if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
    }
    if (rounded.length < 3 || Math.abs(doubleArea(rounded)) / 2 < minArea) continue;
    const [start, ...rest] = rounded as [Point, ...Point[]];
    const moves = rest.map(([x, y], i) => {
      const [px, py] = i === 0 ? start : rest[i - 1]!;
      return [x - px, y - py];
    });
    // After "z" the pen is back at the ring's start, so each ring moves relative to the last one.
    path += `${path ? 'm' : 'M'}${start[0] - pen[0]} ${start[1] - pen[1]}l${moves.flat().join(' ')}z`.replace(
      / -/g,
      '-',
    );
    pen = start;
  }
  return path;
}

/** The outlines the map draws, as SVG path data, and the projection that drew them. */
export type Outlines = { china: string; neighbours: string; projection: GeoProjection };

/** Douglas–Peucker tolerances in SVG units: neighbouring land is only context, so it may be coarser. */
export type Detail = { china: number; neighbours: number };

/**
 * China and the land around it from a world-atlas topology (`countries-50m.json` or `-110m`),
 * projected into the frame and simplified. Neighbouring land is drawn so that coasts read as
 * coasts; it is clipped to the frame.
 */
export function chinaOutlines(
  topology: Topology,
  frame: Frame,
  detail: Detail = { china: 0.7, neighbours: 1.5 },
): Outlines {
  const countries = topology.objects['countries'] as GeometryCollection;
  const polygons = countries.geometries.filter(
    (g): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  const isChina = (g: Polygon | MultiPolygon) => (CHINA_IDS as readonly unknown[]).includes(g.id);
  const china = merge(topology, polygons.filter(isChina));
  const projection = chinaProjection(china, frame);
  const draw = (object: GeoPermissibleObjects, tolerance: number) =>
    pathData(projectRings(object, projection).map((ring) => simplifyRing(ring, tolerance)));
  return {
    china: draw(china, detail.china),
    neighbours: draw(
      merge(
        topology,
        polygons.filter((g) => !isChina(g)),
      ),
      detail.neighbours,
    ),
    projection,
  };
}

/** A place the map can show: an entry with coordinates in the reference data. */
export type MapPlace = {
  id: string;
  name: string;
  level: CityData['level'];
  comparisonOnly: boolean;
  programs: number;
  lat: number;
  lon: number;
};

/**
 * The places that go on the map: those with a page and coordinates, at city level and above.
 * Places without coordinates (the country) are left out rather than guessed; districts and zones
 * sit inside their city's point at this scale, and their labels hid the cities' points, so they are
 * listed on their city's page instead.
 */
export function mapPlaces(
  cities: readonly { id: string; data: Pick<CityData, 'name' | 'level' | 'comparisonOnly'> }[],
  reference: Readonly<Record<string, { lat?: number | undefined; lon?: number | undefined }>>,
  programCount: (id: string) => number,
): MapPlace[] {
  return cities.flatMap(({ id, data }) => {
    const { lat, lon } = reference[id] ?? {};
    if (lat === undefined || lon === undefined || data.level === 'district' || data.level === 'zone') return [];
    return [
      {
        id,
        name: data.name.en,
        level: data.level,
        comparisonOnly: data.comparisonOnly,
        programs: programCount(id),
        lat,
        lon,
      },
    ];
  });
}

/** How a marker's label is drawn: text anchored at (x, y), with a leader line when set apart. */
export type Label = { x: number; y: number; anchor: 'start' | 'middle' | 'end'; leader?: [Point, Point] };

/** A place projected onto the map, with its label placed. */
export type Marker = MapPlace & { x: number; y: number; label: Label };

/** Sizes used to place labels, in SVG units. */
export type LabelStyle = { fontSize: number; markerRadius: number; charWidth: number };

export const defaultLabelStyle: LabelStyle = { fontSize: 12, markerRadius: 4.5, charWidth: 0.6 };

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const inside = (box: Box, frame: Frame) =>
  box[0] >= 0 && box[1] >= 0 && box[2] <= frame.width && box[3] <= frame.height;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Directions tried around a marker, best first: east and west read most naturally. */
const DIRECTIONS: Point[] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
];
/** Gaps between marker and label; beyond the first, a leader line connects them. */
const GAPS = [3, 16, 30, 46, 64];

/** The box a label's text covers, from its anchor (text is centred vertically on y). */
export function labelBox(label: Pick<Label, 'x' | 'y' | 'anchor'>, text: string, style: LabelStyle): Box {
  const width = text.length * style.fontSize * style.charWidth;
  const half = (style.fontSize * 1.2) / 2;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return [left, label.y - half, left + width, label.y + half];
}

/**
 * Projects places and places their labels so that no label overlaps another label, a marker or
 * the frame's edge. Places with more programs choose first; a label that finds no room next to
 * its marker moves further out with a leader line. Deterministic: same input, same map. Markers
 * come back in drawing (and tab) order: hubs, then places named only for comparison.
 */
export function placeMarkers(
  places: readonly MapPlace[],
  projection: (lonLat: [number, number]) => [number, number] | null,
  frame: Frame,
  style = defaultLabelStyle,
): Marker[] {
  const projected = places.flatMap((place) => {
    const point = projection([place.lon, place.lat]);
    return point ? [{ place, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }] : [];
  });
  const pad = style.markerRadius + 1;
  const obstacles: Box[] = projected.map(({ x, y }) => [x - pad, y - pad, x + pad, y + pad]);
  const order = [...projected].sort(
    (a, b) =>
      Number(a.place.comparisonOnly) - Number(b.place.comparisonOnly) ||
      b.place.programs - a.place.programs ||
      a.place.name.localeCompare(b.place.name, 'en'),
  );
  const placed = new Map<string, Label>();
  for (const { place, x, y } of order) {
    const candidates = GAPS.flatMap((gap) =>
      DIRECTIONS.map(([dx, dy]): Label => {
        const reach = style.markerRadius + gap;
        const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
        // Diagonals sit a little closer so that the text's corner, not its middle, meets the gap.
        const lx = x + dx * (dy === 0 ? reach : reach * 0.7);
        const ly = y + dy * (dx === 0 ? reach + (style.fontSize * 1.2) / 2 : reach * 0.7);
        return { x: Math.round(lx * 10) / 10, y: Math.round(ly * 10) / 10, anchor };
      }),
    );
    const fits = (label: Label) => {
      const box = labelBox(label, place.name, style);
      return inside(box, frame) && !obstacles.some((o) => overlaps(o, box));
    };
    const chosen = candidates.find(fits) ?? candidates[0]!;
    const box = labelBox(chosen, place.name, style);
    const apart = candidates.indexOf(chosen) >= DIRECTIONS.length;
    // The leader runs from the marker to the nearest point of the label's box.
    placed.set(
      place.id,
      apart
        ? {
            ...chosen,
            leader: [
              [x, y],
              [clamp(x, box[0], box[2]), clamp(y, box[1], box[3])],
            ],
          }
        : chosen,
    );
    obstacles.push(box);
  }
  // Hollow squares of comparison places are drawn last, so that a hub's dot cannot hide them.
  return projected
    .map(({ place, x, y }) => ({ ...place, x, y, label: placed.get(place.id)! }))
    .sort((a, b) => Number(a.comparisonOnly) - Number(b.comparisonOnly));
}

/** "31.23° N, 121.47° E": coordinates as a reader writes them. */
export function formatCoordinates(lat: number, lon: number): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}
