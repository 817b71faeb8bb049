import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { phrases } from '../../src/guidelines/analyzer.ts';
import {
  asksCurrentRule,
  asWhenItCame,
  grantBodyAsked,
  splitQuestion,
  toBokmal,
} from '../../src/guidelines/question.ts';

// Round 14's causes, in our own wordings (the round's questions are in the leak check, never here).
const g = loadKnowledgeBaseSync();

describe('«bestemte» as «particular» and nynorsk words still unmapped', () => {
  it('drops «noen bestemte», «visse spesielle», but keeps the verb', () => {
    expect(phrases('skal det være noen bestemte personer med')).not.toMatch(/bestemte/);
    expect(phrases('hvem bestemte fordelingen')).toMatch(/bestemte/);
  });

  it('reads «møtst» and the foster-home compound with the linking s in bokmål', () => {
    expect(toBokmal('dei har møtst lenge')).toMatch(/har møttes/);
    expect(toBokmal('eit fosterheimsprosjekt')).toMatch(/fosterhjemsprosjekt/);
  });

  it('answers who each municipality sends, asked with «bestemte»', () => {
    const a = g.answer('Skal hver kommune ha med seg noen bestemte personer inn i nettverket?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/to personer/);
  });
});

describe('«etter de nye retningslinjene» asks what holds now', () => {
  it('reads the closing frame as «nå», which asks the current rule', () => {
    expect(toBokmal('hvem skal lede gruppa etter de nye retningslinjene?')).toMatch(/gruppa nå/);
    expect(asksCurrentRule('hva sier de nye reglene')).toBe(true);
  });

  it('keeps the guidelines as the topic after «i», «med» or «fra»', () => {
    expect(toBokmal('hva står i de nye retningslinjene?')).toMatch(/i de nye retningslinjene/);
    expect(toBokmal('hva er nytt i de nye reglene?')).toMatch(/i de nye reglene/);
    expect(toBokmal('hva er forskjellen med de nye retningslinjene')).toMatch(/med de nye retningslinjene/);
    expect(toBokmal('hva er endret fra de nye retningslinjene')).toMatch(/fra de nye retningslinjene/);
    expect(toBokmal('hvem leder gruppa ifølge de nye retningslinjene')).toMatch(/gruppa nå/);
  });

  it('answers the current rule although an older year stands in the context', () => {
    const a = g.answer(
      'I 2018 var fylkesmannen med i styringsgruppa i Hordaland. Hvem bør være med i styringsgruppa etter de nye retningslinjene?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/kommuneledelsen/);
  });
});

describe('quick typing of question words and time phrases', () => {
  it('reads a doubled last letter and «ifjor», «idag» as written out', () => {
    expect(toBokmal('nårr kommer svaret')).toBe('når kommer svaret');
    expect(toBokmal('pengene fra ifjor')).toBe('pengene fra i fjor');
    expect(toBokmal('hva gjelder idag')).toBe('hva gjelder i dag');
  });

  it('answers the report deadline asked with both', () => {
    const a = g.answer('nårr må vi sende rapport på pengene vi fikk ifjor');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1\. mars/);
  });
});

describe('«nødvendig» asks whether something is required', () => {
  it('answers a negated tag and the plain form alike', () => {
    for (const q of ['Det er vel ikke lenger nødvendig med en styringsgruppe?', 'Er en styringsgruppe nødvendig?']) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toMatch(/ikke et krav/);
    }
  });
});

describe('question words joined by «og» ask one clause', () => {
  it('keeps «hvor ofte og når …» as one question, but splits two clauses', () => {
    expect(splitQuestion('hvor lenge og hvor ofte varer samlingene?')).toHaveLength(1);
    expect(splitQuestion('hvem og hva skal med i gruppa')).toEqual(['hvem og hva skal med i gruppa']);
    expect(splitQuestion('når er fristen, og hvem sender vi rapporten til?')).toHaveLength(2);
  });

  it('does not call a part unanswered that the answer gives', () => {
    const a = g.answer('Når og hvor ofte møtes barnevernlederne i Øvre Romerike-nettverket?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/hver måned/);
    expect(a.answer).not.toMatch(/finner jeg ikke/);
  });
});

describe('a comparison asks each side, named by its own year', () => {
  it('splits «…, sammenlignet med X i <år>» into a part of its own', () => {
    expect(splitQuestion('hva var beløpet i 2018, sammenlignet med Oslo og Viken i 2022?')).toEqual([
      'hva var beløpet i 2018',
      'hva med oslo og viken i 2022',
    ]);
    expect(splitQuestion('hvordan er det sammenlignet med andre nettverk?')).toHaveLength(1);
  });

  it('keeps one question when only the other side names a year («i forhold til» as «regarding»)', () => {
    expect(splitQuestion('Hva kreves av rapporten i forhold til midlene vi fikk i 2024?')).toHaveLength(1);
    expect(splitQuestion('Hvor mye kan vi søke om i forhold til budsjettet for 2025?')).toHaveLength(1);
    expect(splitQuestion('hva var beløpet i 2018 i forhold til Oslo og Viken i 2022?')).toHaveLength(2);
    expect(splitQuestion('hva gjaldt i Hordaland, sammenlignet med Oslo og Viken i 2022?')).toEqual([
      'hva gjaldt i hordaland',
      'hva med oslo og viken i 2022',
    ]);
  });

  it('gives the rule of the older year named beside the current one', () => {
    const a = g.answer('Hva var siste frist for å bruke tilskuddet i Hordaland i 2018, og hva gjelder nå?');
    expect(a.answered).toBe(true);
    expect(`${a.answer} ${a.olderRuleNote ?? ''}`).toMatch(/31\.12\.2019/);
    expect(`${a.answer} ${a.olderRuleNote ?? ''}`).toMatch(/2025/);
  });

  it('answers both sums of a comparison', () => {
    const a = g.answer('Hvor store midler hadde Hordaland å fordele i 2018 sammenlignet med Oslo og Viken i 2022?');
    expect(a.answer).toMatch(/650 000/);
    expect(a.answer).toMatch(/1 950 000/);
  });
});

describe('«i <år>, eller kom det senere?» asks when it came', () => {
  it('asks «fra når …» without the year', () => {
    expect(asWhenItCame('Kunne skolen være med allerede i 2018, eller kom det først senere?')).toBe(
      'fra når kunne skolen være med?',
    );
    expect(asWhenItCame('Kunne skolen være med, eller kom det senere?')).toBeUndefined();
    expect(asWhenItCame('Kunne skolen være med i 2018?')).toBeUndefined();
  });

  it('answers the year the change came', () => {
    const a = g.answer('Kunne helsestasjonen være med i prosjektene allerede i 2018, eller kom det først senere?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/2021/);
  });
});

describe('another body’s own grants', () => {
  it('finds the body named as giver, as written', () => {
    expect(grantBodyAsked('Gir Sparebankstiftelsen egne midler til fagdager?')).toBe('Sparebankstiftelsen');
    expect(grantBodyAsked('kan vi søke om støtte hos Redd Barna')).toBe('Redd');
    expect(grantBodyAsked('Har kommunen egne midler til dette?')).toBeUndefined();
  });

  it('declines a body the documents never treat as a giver, but answers the scheme’s own', () => {
    expect(g.answer('Har KS noen egne midler til ledersamlinger som nettverket kan søke på?').answered).toBe(false);
    expect(g.answer('Har Statsforvalteren egne midler til ledernettverk?').answered).toBe(true);
  });
});

describe('the yearly report called «årsrapport»', () => {
  it('answers its deadline and contents', () => {
    expect(g.answer('når skal årsrapporten være levert').answer).toMatch(/1\. mars/);
    expect(g.answer('hva skal årsrapporten inneholde').answer).toMatch(/rapporteringsmal/);
  });
});
