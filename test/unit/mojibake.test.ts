import { describe, expect, it } from 'vitest';
import { hasMojibake, repairMojibake } from '../../seed/read/mojibake.js';

describe('repairMojibake', () => {
  it('restores UTF-8 that was decoded as Windows-1252, including the 0x80–0x9F characters', () => {
    expect(repairMojibake('organizationâ€™s')).toBe('organization’s');
    // The closing quote ” is E2 80 9D; 0x9D is undefined in Windows-1252 and survives as the control U+009D.
    expect(repairMojibake('â€œquotedâ€\u009d â€” dash â€¦')).toBe('“quoted” — dash …');
    expect(repairMojibake('cafÃ© naÃ¯ve Ã¼ber')).toBe('café naïve über');
    expect(repairMojibake('â‚¬ 5 and ðŸš€')).toBe('€ 5 and 🚀');
  });

  it('undoes double encoding', () => {
    const once = 'Motorsâ€™';
    const twice = Buffer.from(once, 'utf8').toString('latin1');
    expect(repairMojibake(once)).toBe('Motors’');
    expect(repairMojibake(twice)).not.toMatch(/Ã|â€/);
  });

  it('leaves correct text alone', () => {
    for (const text of [
      'café',
      'naïve façade',
      'Zürich — “quotes” ‘single’',
      '日本語テキスト',
      'emoji 🚀',
      'plain ASCII',
    ]) {
      expect(repairMojibake(text)).toBe(text);
      expect(hasMojibake(text)).toBe(false);
    }
  });

  it('detects what it would repair', () => {
    expect(hasMojibake('organizationâ€™s')).toBe(true);
  });
});
