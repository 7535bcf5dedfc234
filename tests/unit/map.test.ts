import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { Topology } from 'topojson-specification';
import {
  chinaOutlines,
  defaultLabelStyle,
  formatCoordinates,
  labelBox,
  mapPlaces,
  pathData,
  placeMarkers,
  simplifyRing,
  type Frame,
  type MapPlace,
  type Point,
} from '../../src/lib/map.ts';

const frame: Frame = { width: 600, height: 500, margin: 12 };
const load = (file: string) =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${file}`), 'utf8')) as Topology;
// The coarse atlas keeps the tests fast; the site draws the 1:50m one, tested once below.
const outlines = chinaOutlines(load('countries-110m.json'), frame);
const project = (lon: number, lat: number) => outlines.projection([lon, lat])!;

const place = (id: string, lat: number, lon: number, extra: Partial<MapPlace> = {}): MapPlace => ({
  id,
  name: id.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
  level: 'city',
  comparisonOnly: false,
  programs: 1,
  lat,
  lon,
  ...extra,
});

/** Absolute points of path data written with relative commands, to check what the SVG draws. */
function absolutePoints(d: string): Point[] {
  const points: Point[] = [];
  let pen: Point = [0, 0];
  let start: Point = [0, 0];
  for (const [, command, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const numbers = (args!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = command === 'm' || command === 'l' || (command === 'M' && i > 0);
      pen = relative ? [pen[0] + numbers[i]!, pen[1] + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!];
      if (i === 0 && /[Mm]/.test(command!)) start = pen;
      points.push(pen);
    }
    if (command === 'z' || command === 'Z') pen = start;
  }
  return points;
}

test('the projection keeps the compass: Shanghai east of Chengdu, Beijing north of Guangzhou', () => {
  const shanghai = project(121.47, 31.23);
  const chengdu = project(104.07, 30.57);
  const beijing = project(116.41, 39.9);
  const guangzhou = project(113.26, 23.13);
  assert.ok(shanghai[0] > chengdu[0] + 100, `Shanghai x ${shanghai[0]} > Chengdu x ${chengdu[0]}`);
  assert.ok(beijing[1] < guangzhou[1] - 100, `Beijing y ${beijing[1]} < Guangzhou y ${guangzhou[1]}`);
});

test("China's extremes project inside the frame's margin", () => {
  // Kashgar (far west), Mohe (far north), Fuyuan (far east), Sanya (far south).
  for (const [lon, lat] of [
    [75.99, 39.47],
    [122.54, 52.97],
    [134.29, 48.36],
    [109.51, 18.25],
  ] as const) {
    const [x, y] = project(lon, lat);
    assert.ok(
      x >= frame.margin && x <= frame.width - frame.margin && y >= frame.margin && y <= frame.height - frame.margin,
      `${lon},${lat} → ${x},${y}`,
    );
  }
});

test('outlines stay inside the frame and China is drawn whole', () => {
  for (const d of [outlines.china, outlines.neighbours]) {
    const points = absolutePoints(d);
    assert.ok(points.length > 20);
    for (const [x, y] of points)
      assert.ok(x >= 0 && x <= frame.width && y >= 0 && y <= frame.height, `${x},${y} is outside`);
  }
  // Fitted to the frame: China touches the margin on two opposite sides.
  const china = absolutePoints(outlines.china);
  const spans = (axis: 0 | 1, size: number) => {
    const values = china.map((p) => p[axis]);
    return Math.min(...values) <= frame.margin + 1 && Math.max(...values) >= size - frame.margin - 1;
  };
  assert.ok(spans(0, frame.width) || spans(1, frame.height), 'China spans the frame from margin to margin');
});

test('the 1:50m outlines the site draws stay small', () => {
  const detailed = chinaOutlines(load('countries-50m.json'), frame);
  const bytes = detailed.china.length + detailed.neighbours.length;
  assert.ok(bytes < 8000, `${bytes} bytes of path data`);
});

test('path data uses whole units, relative moves, and drops specks', () => {
  const square: Point[] = [
    [10.2, 10.4],
    [20, 10],
    [20, 20],
    [10, 20],
  ];
  const speck: Point[] = [
    [50, 50],
    [51, 50],
    [51, 51],
  ];
  assert.equal(
    pathData([square, speck, square.map(([x, y]) => [x + 30, y] as Point)]),
    'M10 10l10 0 0 10-10 0zm30 0l10 0 0 10-10 0z',
  );
  assert.deepEqual(absolutePoints(pathData([square]))[2], [20, 20]);
});

test('simplification drops points on a straight edge and keeps the corners', () => {
  const ring: Point[] = [
    [0, 0],
    [5, 0.1],
    [10, 0],
    [10, 10],
    [5, 9.9],
    [0, 10],
  ];
  assert.deepEqual(simplifyRing(ring, 0.5), [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ]);
  assert.equal(simplifyRing(ring, 0.01).length, ring.length);
});

test('only places with a page and coordinates, at city level and above, go on the map, with their program counts', () => {
  const cities = [
    { id: 'china', data: { name: { en: 'China' }, level: 'country' as const, comparisonOnly: false } },
    {
      id: 'hong-kong',
      data: { name: { en: 'Hong Kong' }, level: 'special-administrative-region' as const, comparisonOnly: true },
    },
    { id: 'shanghai', data: { name: { en: 'Shanghai' }, level: 'municipality' as const, comparisonOnly: false } },
    { id: 'pudong', data: { name: { en: 'Pudong' }, level: 'district' as const, comparisonOnly: false } },
  ];
  const reference = {
    china: {},
    'hong-kong': { lat: 22.32, lon: 114.17 },
    shanghai: { lat: 31.23, lon: 121.47 },
    guiyang: { lat: 26.65, lon: 106.63 },
    pudong: { lat: 31.22, lon: 121.54 },
  };
  const places = mapPlaces(cities, reference, (id) => (id === 'shanghai' ? 3 : 0));
  assert.deepEqual(
    places.map((p) => [p.id, p.comparisonOnly, p.programs]),
    [
      ['hong-kong', true, 0],
      ['shanghai', false, 3],
    ],
  );
});

test('labels avoid each other, the markers and the frame edge, even in a crowded delta', () => {
  const places = [
    place('shanghai', 31.23, 121.47, { programs: 3 }),
    place('hangzhou', 30.27, 120.16, { programs: 8 }),
    place('hangzhou-future-sci-tech-city', 30.29, 120.0, { level: 'zone', programs: 0 }),
    place('zhejiang', 29.18, 120.09, { level: 'province' }),
    place('guangdong', 23.38, 113.42, { level: 'province' }),
    place('shenzhen', 22.54, 114.06),
    place('hong-kong', 22.32, 114.17, { comparisonOnly: true, programs: 0 }),
    place('zhuhai', 22.27, 113.58),
    place('kashgar', 39.47, 75.99),
    place('mohe', 52.97, 122.54),
  ];
  const markers = placeMarkers(places, outlines.projection, frame);
  assert.equal(markers.length, places.length);
  const r = defaultLabelStyle.markerRadius;
  const boxes = markers.map((m) => labelBox(m.label, m.name, defaultLabelStyle));
  const dots = markers.map((m) => [m.x - r, m.y - r, m.x + r, m.y + r]);
  const hit = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
  boxes.forEach((box, i) => {
    assert.ok(
      box[0] >= 0 && box[1] >= 0 && box[2] <= frame.width && box[3] <= frame.height,
      `${markers[i]!.id}'s label leaves the frame`,
    );
    boxes.forEach((other, j) =>
      assert.ok(i === j || !hit(box, other), `labels of ${markers[i]!.id} and ${markers[j]!.id} overlap`),
    );
    dots.forEach((dot, j) =>
      assert.ok(!hit(box, dot), `label of ${markers[i]!.id} covers the marker of ${markers[j]!.id}`),
    );
  });
  assert.ok(
    markers.some((m) => m.label.leader),
    'a crowded label moves out along a leader line',
  );
  assert.deepEqual(placeMarkers(places, outlines.projection, frame), markers, 'the same input gives the same map');
  assert.equal(markers.at(-1)!.id, 'hong-kong', 'comparison places are drawn over hubs');
});

test('a lone place is labelled just east of its marker, without a leader', () => {
  const [beijing] = placeMarkers([place('beijing', 39.9, 116.41)], outlines.projection, frame);
  assert.equal(beijing!.label.anchor, 'start');
  assert.ok(beijing!.label.x > beijing!.x && beijing!.label.y === beijing!.y);
  assert.equal(beijing!.label.leader, undefined);
});

test('coordinates read as degrees north and east', () => {
  assert.equal(formatCoordinates(31.23, 121.47), '31.23° N, 121.47° E');
  assert.equal(formatCoordinates(-33.9, -70.6), '33.90° S, 70.60° W');
});
