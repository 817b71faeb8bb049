import { describe, expect, it } from 'vitest';
import { decisionPhrase } from '../../src/meetings/decision-phrase.ts';

// Review s15 #4: which plain lines state a decision of the meeting, and how firmly.
describe('decisionPhrase', () => {
  it('reads the words minutes use as firm, everyday ones as loose', () => {
    expect(decisionPhrase('Vi vedtok at Nannestad blir vertskommune')).toBe('firm');
    expect(decisionPhrase('Nettverket har vedtatt at Hurdal er vert')).toBe('firm');
    expect(decisionPhrase('Det ble besluttet å søke i januar')).toBe('firm');
    expect(decisionPhrase('Vi vedtok at Nes ikke skal være vert')).toBe('firm');
    expect(decisionPhrase('Vi bestemte oss for å ta kaffepause')).toBe('loose');
    expect(decisionPhrase('Vi er enige om at dette er vanskelig')).toBe('loose');
  });

  it('finds none in a question, a negated verb or another body’s decision', () => {
    expect(decisionPhrase('Vi vedtok vel at Nes skulle skrive?')).toBeNull();
    expect(decisionPhrase('Vi vedtok ikke noe om budsjettet')).toBeNull();
    expect(decisionPhrase('Det ble ikke bestemt')).toBeNull();
    expect(decisionPhrase('Det ble vedtatt i kommunestyret at Nes går ut')).toBeNull();
    expect(decisionPhrase('Det ble vedtatt av formannskapet at vi får lokaler')).toBeNull();
    expect(decisionPhrase('Nannestad blir vertskommune')).toBeNull();
    // The body named in what was decided does not make it another body's decision.
    expect(decisionPhrase('Vi vedtok at Nes legger saken fram i kommunestyret')).toBe('firm');
  });

  // Review s16 #9: «utvalget», «arbeidsgruppa», «styret» may be the network's own working group: asked about.
  it('reads a decision of a group that may be the network’s own as loose, a political body’s as none', () => {
    expect(decisionPhrase('Utvalget vårt vedtok at vi søker i januar')).toBe('loose');
    expect(decisionPhrase('Arbeidsgruppa vedtok at Nes skriver søknaden')).toBe('loose');
    expect(decisionPhrase('Det ble vedtatt i utvalget at Hurdal er vert')).toBe('loose');
    expect(decisionPhrase('Vi vedtok i arbeidsgruppen at Nes skriver')).toBe('loose');
    expect(decisionPhrase('Det ble vedtatt av styret at vi får lokaler')).toBe('loose');
    expect(decisionPhrase('Arbeidsgruppa vedtok ikke noe')).toBeNull();
    expect(decisionPhrase('Det ble vedtatt i bystyret at Nes går ut')).toBeNull();
    expect(decisionPhrase('Det ble vedtatt i hovedutvalget at vi får midler')).toBeNull();
    expect(decisionPhrase('Bystyret vedtok at Nes går ut')).toBeNull();
  });
});
