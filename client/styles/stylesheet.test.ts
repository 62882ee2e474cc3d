import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../graph/elements.js';
import { ACCENT, contrast, INK, NODE_TYPES, TYPE_STYLES } from './palette.js';
import { displayLabel, LABEL_MAX_WIDTH, labelBoxEstimate, labelSize, nodeSize } from './sizing.js';
import { stylesheet } from './stylesheet.js';

describe('node sizes', () => {
  it('grow with the number of jobs a tool was used in, so recurring tools stand out', () => {
    const sizes = [1, 2, 3, 4, 5, 6].map((w) => nodeSize('TOOL', w));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1] ?? 0);
    expect(nodeSize('TOOL', 6) / nodeSize('TOOL', 1)).toBeGreaterThan(3);
    expect(nodeSize('TOOL', 1_000)).toBe(90);
    expect(nodeSize('TOOL', null)).toBe(nodeSize('TOOL', 1));
  });

  it('keep the career readable at every weight, and labels of recurring tools larger', () => {
    expect(nodeSize('JOB', 1)).toBe(nodeSize('JOB', 30));
    expect(labelSize('TOOL', 6)).toBeGreaterThan(labelSize('TOOL', 1));
    expect(labelSize('JOB', 1)).toBeGreaterThan(labelSize('CHALLENGE', 1));
  });
});

describe('colours', () => {
  it('give each type its own colour and shape', () => {
    expect(new Set(NODE_TYPES.map((t) => TYPE_STYLES[t].color)).size).toBe(NODE_TYPES.length);
    expect(new Set(NODE_TYPES.map((t) => TYPE_STYLES[t].shape)).size).toBe(NODE_TYPES.length);
  });

  it('pass WCAG AA (4.5:1) for white badge text on every type colour and for the accent', () => {
    for (const type of NODE_TYPES)
      expect(contrast(TYPE_STYLES[type].color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(ACCENT, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('pass AA for label ink on the canvas and for muted text on white', () => {
    expect(contrast(INK.text, INK.canvas)).toBeGreaterThanOrEqual(7);
    expect(contrast(INK.muted, INK.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast like WCAG: black on white is 21:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });
});

describe('stylesheet', () => {
  it('applies colour, shape and weight-based size to drawn nodes', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet('detailed'),
      elements: toElements({
        nodes: [
          { id: 'tool:confluence', type: 'TOOL', label: 'Confluence', weight: 6, category: null },
          { id: 'tool:elixir', type: 'TOOL', label: 'Elixir', weight: 1, category: null },
          { id: 'job:me:1', type: 'JOB', label: 'Team Lead · Truist', weight: 21, category: null },
        ],
        edges: [],
      }),
    });
    const confluence = cy.getElementById('tool:confluence');
    const elixir = cy.getElementById('tool:elixir');
    expect(confluence.style('background-color')).toBe('rgb(194,65,12)');
    expect(cy.getElementById('job:me:1').style('shape')).toBe('round-rectangle');
    expect(Number.parseFloat(confluence.style('width'))).toBeGreaterThan(
      Number.parseFloat(elixir.style('width')),
    );
    elixir.addClass('quiet');
    expect(elixir.style('label')).toBe('');
    elixir.addClass('highlighted');
    expect(elixir.style('label')).toBe('Elixir');
    cy.destroy();
  });

  it('keeps labels short on the canvas (the inspector shows the whole text)', () => {
    const long = 'Managing the complexities of integrating various data sources and handling large-scale da…';
    const shown = displayLabel('CHALLENGE', long);
    expect(shown.length).toBeLessThanOrEqual(35);
    expect(shown.endsWith('…')).toBe(true);
    expect(displayLabel('TOOL', 'Apache Kafka')).toBe('Apache Kafka');
  });
});

describe('label boxes for the layout', () => {
  it('wrap between words at the label width, and let a long word overflow as the renderer does', () => {
    const short = labelBoxEstimate('TOOL', 'Git', 2);
    const wrapped = labelBoxEstimate('JOB', 'Senior Big Data Administrator · Hyundai Motors', null);
    expect(short.width).toBeLessThan(LABEL_MAX_WIDTH);
    expect(wrapped.height).toBeGreaterThan(2 * labelSize('JOB', null));
    expect(labelBoxEstimate('COMPANY', 'Communications', null).width).toBeGreaterThan(LABEL_MAX_WIDTH);
  });

  it('grow labels with the zoom-out factor the view gives, so zoomed-out labels stay readable', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet('detailed', () => 2),
      elements: toElements({
        nodes: [{ id: 'tool:git', type: 'TOOL', label: 'Git', weight: 1, category: null }],
        edges: [],
      }),
    });
    expect(Number.parseFloat(cy.getElementById('tool:git').style('font-size'))).toBe(
      2 * labelSize('TOOL', 1),
    );
    cy.destroy();
  });
});
