// Draws the two Teams app icons: `node manifest/icons.ts` rewrites manifest/color.png and manifest/outline.png.
// The PNGs are committed; this script is how they were made, so a change to the design is a change here.
//
// Design: a small network of connected dots (municipalities working together) in white,
// on a deep blue-to-teal rounded square for the colour icon, alone on transparency for the outline icon.
// Shapes are signed distance functions; a pixel's coverage is how far its centre is inside the shape,
// which gives anti-aliased edges without supersampling.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

/** The network in unit coordinates: centre (0,0), outer nodes on a circle of radius 1. */
const HUB: Point = [0, 0];
const OUTER: Point[] = [-90, -18, 54, 126, 198].map((deg) => {
  const a = (deg * Math.PI) / 180;
  return [Math.cos(a), Math.sin(a)] as const;
});
const NODES: Point[] = [HUB, ...OUTER];
/** Spokes from the hub, plus a ring that leaves one gap so it reads as a network, not a wheel. */
const EDGES: [number, number][] = [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 4],
  [0, 5],
  [1, 2],
  [2, 3],
  [3, 4],
  [5, 1],
];

interface Layout {
  /** Pixel position of the unit origin and pixels per unit. */
  cx: number;
  cy: number;
  scale: number;
  hubRadius: number;
  nodeRadius: number;
  lineWidth: number;
}

const COLOR_LAYOUT: Layout = { cx: 96, cy: 100, scale: 56, hubRadius: 15, nodeRadius: 12, lineWidth: 6 };
// 1 px of clear margin around the outline icon: Teams draws it on coloured bars and it must not touch the edge.
const OUTLINE_LAYOUT: Layout = { cx: 16, cy: 16.6, scale: 11.4, hubRadius: 3.4, nodeRadius: 2.9, lineWidth: 1.5 };

const BG_TOP_LEFT: Rgb = [0x0b, 0x3d, 0x6b];
const BG_BOTTOM_RIGHT: Rgb = [0x0e, 0x8a, 0x8c];
/** Mid-point of the background gradient; the manifest's accentColor. */
export const ACCENT_COLOR = '#0C6378';

function toPixels(layout: Layout, p: Point): Point {
  return [layout.cx + p[0] * layout.scale, layout.cy + p[1] * layout.scale];
}

function circleDistance(x: number, y: number, c: Point, r: number): number {
  return Math.hypot(x - c[0], y - c[1]) - r;
}

function segmentDistance(x: number, y: number, a: Point, b: Point, width: number): number {
  const [ax, ay] = a;
  const dx = b[0] - ax;
  const dy = b[1] - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - width / 2;
}

function roundedSquareDistance(x: number, y: number, size: number, radius: number): number {
  const half = size / 2;
  const qx = Math.abs(x - half) - (half - radius);
  const qy = Math.abs(y - half) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function nodesDistance(layout: Layout, x: number, y: number): number {
  let d = Infinity;
  NODES.forEach((n, i) => {
    d = Math.min(d, circleDistance(x, y, toPixels(layout, n), i === 0 ? layout.hubRadius : layout.nodeRadius));
  });
  return d;
}

function edgesDistance(layout: Layout, x: number, y: number): number {
  let d = Infinity;
  for (const [a, b] of EDGES) {
    d = Math.min(d, segmentDistance(x, y, toPixels(layout, NODES[a]), toPixels(layout, NODES[b]), layout.lineWidth));
  }
  return d;
}

/** Distance in pixels from a point to the outline icon's shape (negative inside). Exported for the tests. */
export function outlineDistance(x: number, y: number): number {
  return Math.min(nodesDistance(OUTLINE_LAYOUT, x, y), edgesDistance(OUTLINE_LAYOUT, x, y));
}

/** Fraction of a pixel covered, from the signed distance at its centre. */
function coverage(distance: number): number {
  return Math.max(0, Math.min(1, 0.5 - distance));
}

function blend(under: number, over: number, alpha: number): number {
  return under + (over - under) * alpha;
}

export function renderColorIcon(): Buffer {
  const size = COLOR_SIZE;
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = px + 0.5;
      const y = py + 0.5;
      const t = (x + y) / (2 * size);
      let rgb = BG_TOP_LEFT.map((c, i) => blend(c, BG_BOTTOM_RIGHT[i], t));
      // Edges a little translucent so the dots read as the subject.
      const edge = coverage(edgesDistance(COLOR_LAYOUT, x, y)) * 0.72;
      rgb = rgb.map((c) => blend(c, 255, edge));
      const node = coverage(nodesDistance(COLOR_LAYOUT, x, y));
      rgb = rgb.map((c) => blend(c, 255, node));
      const alpha = coverage(roundedSquareDistance(x, y, size, 40));
      const o = (py * size + px) * 4;
      png.data[o] = Math.round(rgb[0]);
      png.data[o + 1] = Math.round(rgb[1]);
      png.data[o + 2] = Math.round(rgb[2]);
      png.data[o + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png);
}

export function renderOutlineIcon(): Buffer {
  const size = OUTLINE_SIZE;
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const o = (py * size + px) * 4;
      // White everywhere, so anti-aliased edges never darken; only alpha carries the shape.
      png.data[o] = 255;
      png.data[o + 1] = 255;
      png.data[o + 2] = 255;
      png.data[o + 3] = Math.round(coverage(outlineDistance(px + 0.5, py + 0.5)) * 255);
    }
  }
  return PNG.sync.write(png);
}

export function writeIcons(dir: string): void {
  writeFileSync(join(dir, 'color.png'), renderColorIcon());
  writeFileSync(join(dir, 'outline.png'), renderOutlineIcon());
}

if (import.meta.main) {
  writeIcons(import.meta.dirname);
  console.log(
    `Skrev color.png (${COLOR_SIZE}×${COLOR_SIZE}) og outline.png (${OUTLINE_SIZE}×${OUTLINE_SIZE}) i ${import.meta.dirname}`,
  );
}
