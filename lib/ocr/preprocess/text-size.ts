import type { GrayImage } from './raster.ts';
import { scaleGray } from './scale.ts';

// Above this many pixels the estimate is taken on a reduced copy: cheaper, and a screenshot's
// text stays several pixels tall.
const ANALYSIS_PIXELS = 4_000_000;
// A noise-like image (dithering, photos of fabric) can have millions of runs; give up rather
// than spend memory on labelling them.
const MAX_RUNS = 500_000;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  area: number;
}

/**
 * Median height of glyph-like connected components of ink (pixels darker than half the
 * background), or null when there are none. For Latin and Cyrillic that lands between the
 * x-height and the cap height; for Chinese it is a radical or a whole character, for Arabic a
 * letter group. Expects dark text on a light background (invert dark mode first).
 */
export function estimateTextHeight(img: GrayImage, background: number): number | null {
  const pixels = img.width * img.height;
  if (pixels > ANALYSIS_PIXELS) {
    const factor = Math.sqrt(ANALYSIS_PIXELS / pixels);
    const h = measure(scaleGray(img, factor), background);
    return h === null ? null : Math.round(h / factor);
  }
  return measure(img, background);
}

function measure(img: GrayImage, background: number): number | null {
  const boxes = inkComponents(img, background / 2);
  if (boxes === null) return null;
  const samples: { h: number; w: number }[] = [];
  for (const b of boxes) {
    const w = b.x1 - b.x0 + 1;
    const h = b.y1 - b.y0 + 1;
    // Specks, rules, bubbles, avatars and icons are not glyphs.
    if (h < 4 || b.area < 6 || h > img.height / 8 || w > 12 * h || b.area > 0.85 * w * h) continue;
    samples.push({ h, w });
  }
  if (samples.length < 5) return null;
  // Weighted by width so that Arabic dots and diacritics, many but narrow, do not outvote the
  // letter groups they sit on.
  samples.sort((a, b) => a.h - b.h);
  let half = samples.reduce((sum, s) => sum + s.w, 0) / 2;
  for (const s of samples) {
    half -= s.w;
    if (half <= 0) return s.h;
  }
  return samples[samples.length - 1]!.h;
}

/** Bounding boxes of 8-connected ink components, by run-length labelling with union-find. */
function inkComponents(img: GrayImage, threshold: number): Box[] | null {
  const { width, height, data } = img;
  const parent: number[] = [];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  // Runs of the previous and current row: [start, end, label] triples.
  let prev: number[] = [];
  const runs: number[] = []; // flat: y, start, end, label
  for (let y = 0; y < height; y++) {
    const cur: number[] = [];
    const row = y * width;
    let x = 0;
    // Runs in both rows are sorted by x: skip the previous row's runs that end too far left,
    // so each row costs linear time however many runs it has.
    let first = 0;
    while (x < width) {
      if (data[row + x]! >= threshold) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && data[row + x]! < threshold) x++;
      const end = x - 1;
      let label = -1;
      while (first < prev.length && prev[first + 1]! < start - 1) first += 3;
      for (let i = first; i < prev.length && prev[i]! <= end + 1; i += 3) {
        const other = find(prev[i + 2]!);
        if (label === -1) label = other;
        else if (other !== label) parent[other] = label;
      }
      if (label === -1) {
        label = parent.length;
        parent.push(label);
      }
      cur.push(start, end, label);
      runs.push(y, start, end, label);
      if (runs.length > 4 * MAX_RUNS) return null;
    }
    prev = cur;
  }
  const boxes = new Map<number, Box>();
  for (let i = 0; i < runs.length; i += 4) {
    const [y, start, end] = [runs[i]!, runs[i + 1]!, runs[i + 2]!];
    const root = find(runs[i + 3]!);
    const b = boxes.get(root);
    if (b === undefined) {
      boxes.set(root, { x0: start, y0: y, x1: end, y1: y, area: end - start + 1 });
    } else {
      b.x0 = Math.min(b.x0, start);
      b.x1 = Math.max(b.x1, end);
      b.y1 = y;
      b.area += end - start + 1;
    }
  }
  return [...boxes.values()];
}
