import type { NodeType } from '../../contract/graphql.js';
import { INK, NODE_TYPES, TYPE_STYLES, type TypeStyle } from '../styles/palette.js';

/** What frames the exported picture: a title, a line under it, and a legend of the node types it shows. */
export interface PngFrame {
  title: string;
  subtitle: string;
  /** Node types drawn, with their counts. */
  types: Partial<Record<NodeType, number>>;
  /** Lines under the legend ("Tool size = number of jobs that used it"). */
  notes: string[];
}

/** The graph image is drawn at twice the screen resolution; the frame's type is sized to match. */
const SCALE = 2;
const PAD = 28 * SCALE;
const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

/**
 * The graph's PNG with a title above and a legend below, so the picture explains itself when it is pasted
 * somewhere on its own. The legend repeats the page's colours and shapes.
 */
export async function framedPng(graph: Blob, frame: PngFrame): Promise<Blob> {
  const image = await createImageBitmap(graph);
  const legend = NODE_TYPES.filter((t) => (frame.types[t] ?? 0) > 0);
  const width = Math.max(image.width + 2 * PAD, 760 * SCALE);
  const itemWidth = 170 * SCALE;
  const perRow = Math.max(1, Math.floor((width - 2 * PAD) / itemWidth));
  const legendRows = Math.ceil(legend.length / perRow);
  const headHeight = PAD + 30 * SCALE + 24 * SCALE;
  const legendHeight = 20 * SCALE + legendRows * 28 * SCALE + frame.notes.length * 20 * SCALE;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = headHeight + image.height + legendHeight + PAD;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the PNG export (no 2D canvas).');
  ctx.fillStyle = INK.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  ctx.fillStyle = INK.text;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${22 * SCALE}px ${FONT}`;
  ctx.fillText(frame.title, PAD, PAD + 22 * SCALE, width - 2 * PAD);
  ctx.fillStyle = INK.muted;
  ctx.font = `500 ${13 * SCALE}px ${FONT}`;
  ctx.fillText(frame.subtitle, PAD, PAD + 46 * SCALE, width - 2 * PAD);

  ctx.drawImage(image, Math.round((width - image.width) / 2), headHeight);
  ctx.strokeStyle = '#e2e8f0';
  ctx.lineWidth = SCALE;
  const legendTop = headHeight + image.height + 10 * SCALE;
  ctx.beginPath();
  ctx.moveTo(PAD, legendTop);
  ctx.lineTo(width - PAD, legendTop);
  ctx.stroke();

  ctx.font = `500 ${13 * SCALE}px ${FONT}`;
  legend.forEach((type, i) => {
    const x = PAD + (i % perRow) * itemWidth;
    const y = legendTop + 22 * SCALE + Math.floor(i / perRow) * 28 * SCALE;
    drawShape(ctx, TYPE_STYLES[type], x + 8 * SCALE, y, 8 * SCALE);
    ctx.fillStyle = INK.text;
    ctx.fillText(`${TYPE_STYLES[type].plural} (${frame.types[type]})`, x + 22 * SCALE, y + 5 * SCALE);
  });
  ctx.fillStyle = INK.muted;
  frame.notes.forEach((note, i) => {
    ctx.fillText(note, PAD, legendTop + 22 * SCALE + legendRows * 28 * SCALE + i * 20 * SCALE);
  });
  image.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** A legend mark in the type's colour and (approximately) its node shape. */
function drawShape(ctx: CanvasRenderingContext2D, style: TypeStyle, cx: number, cy: number, r: number): void {
  ctx.fillStyle = style.color;
  ctx.beginPath();
  const polygon = (points: number, rotate = -Math.PI / 2, inner = 1) => {
    const n = inner === 1 ? points : points * 2;
    for (let i = 0; i < n; i++) {
      const radius = inner === 1 || i % 2 === 0 ? r : r * inner;
      const a = rotate + (i * 2 * Math.PI) / n;
      if (i === 0) ctx.moveTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
      else ctx.lineTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
    }
    ctx.closePath();
  };
  switch (style.shape) {
    case 'ellipse':
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      break;
    case 'round-rectangle':
      ctx.roundRect(cx - r, cy - r * 0.75, 2 * r, 1.5 * r, r / 3);
      break;
    case 'round-diamond':
      polygon(4);
      break;
    case 'round-hexagon':
      polygon(6, 0);
      break;
    case 'round-triangle':
      polygon(3);
      break;
    case 'round-octagon':
      polygon(8, Math.PI / 8);
      break;
    case 'star':
      polygon(5, -Math.PI / 2, 0.45);
      break;
  }
  ctx.fill();
}
