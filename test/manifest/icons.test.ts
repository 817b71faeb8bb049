import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { COLOR_SIZE, OUTLINE_SIZE, outlineDistance, renderColorIcon, renderOutlineIcon } from '../../manifest/icons.ts';

const MANIFEST_DIR = join(import.meta.dirname, '..', '..', 'manifest');
const read = (file: string) => PNG.sync.read(readFileSync(join(MANIFEST_DIR, file)));

function pixel(png: PNG, x: number, y: number): [number, number, number, number] {
  const o = (y * png.width + x) * 4;
  return [png.data[o], png.data[o + 1], png.data[o + 2], png.data[o + 3]];
}

describe('color.png', () => {
  const png = read('color.png');

  it('is 192×192', () => {
    expect([png.width, png.height]).toEqual([COLOR_SIZE, COLOR_SIZE]);
  });

  it('is full colour: an opaque coloured background with white dots', () => {
    // Between the hub and the top node's spoke, left of it: background.
    const [r, , b, a] = pixel(png, 40, 40);
    expect(a).toBe(255);
    expect(b).toBeGreaterThan(r + 40);
    const colours = new Set<string>();
    let white = 0;
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const p = pixel(png, x, y);
        colours.add(p.join(','));
        if (p[0] === 255 && p[1] === 255 && p[2] === 255 && p[3] === 255) white++;
      }
    }
    expect(colours.size).toBeGreaterThan(100);
    expect(white / (png.width * png.height)).toBeGreaterThan(0.05);
  });

  it('is what the generator draws (the committed file is not stale)', () => {
    expect(PNG.sync.read(renderColorIcon()).data.equals(png.data)).toBe(true);
  });
});

describe('outline.png', () => {
  const png = read('outline.png');

  it('is 32×32', () => {
    expect([png.width, png.height]).toEqual([OUTLINE_SIZE, OUTLINE_SIZE]);
  });

  it('is only white where it is not fully transparent', () => {
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const [r, g, b, a] = pixel(png, x, y);
        if (a > 0) expect([x, y, r, g, b]).toEqual([x, y, 255, 255, 255]);
      }
    }
  });

  it('is fully transparent outside the shape and along the border', () => {
    let transparent = 0;
    let opaque = 0;
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const a = pixel(png, x, y)[3];
        if (outlineDistance(x + 0.5, y + 0.5) >= 0.5) expect([x, y, a]).toEqual([x, y, 0]);
        const onBorder = x === 0 || y === 0 || x === png.width - 1 || y === png.height - 1;
        if (onBorder) expect([x, y, a]).toEqual([x, y, 0]);
        if (a === 0) transparent++;
        if (a === 255) opaque++;
      }
    }
    const total = png.width * png.height;
    expect(transparent / total).toBeGreaterThan(0.4);
    expect(opaque / total).toBeGreaterThan(0.08);
  });

  it('is what the generator draws (the committed file is not stale)', () => {
    expect(PNG.sync.read(renderOutlineIcon()).data.equals(png.data)).toBe(true);
  });
});
