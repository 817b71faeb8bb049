import { describe, expect, it } from 'vitest';
import { redactOutgoing } from '../../src/privacy/redact.ts';
import { validNationalId } from '../support/national-id.ts';

// Review 2, items 1 and 6: the outgoing mask rewrote a form's pre-filled values (saved back with the
// mark over the person's own text), ids and links. Names of children are masked in what a card shows;
// a form's values, ids, links and a submit's data are data: only identity numbers are masked there.

const CHILD = 'saken om Emma Larsen (8 år)';
const card = {
  type: 'AdaptiveCard',
  body: [
    { type: 'TextBlock', text: `Jeg forstod ikke «${CHILD}».` },
    { type: 'Input.Text', id: 'boughtOut', value: CHILD, label: 'Frikjøpt' },
    {
      type: 'Input.ChoiceSet',
      id: 'who',
      value: 'gutten Jonas',
      choices: [{ title: 'gutten Jonas', value: 'gutten Jonas' }],
    },
    { type: 'FactSet', facts: [{ title: 'Sak', value: CHILD }] },
    { type: 'Image', url: 'https://example.no/saken/om/Emma (8 år)' },
  ],
  actions: [{ type: 'Action.Submit', title: 'Lagre', data: { verb: 'save', note: CHILD } }],
};

describe('review 2: the outgoing mask and a card', () => {
  it('masks the child in shown text, never in a value, an id, a link or submit data', () => {
    const out = redactOutgoing(card);
    const body = out.body as Record<string, unknown>[];
    expect(body[0]!.text).toBe('Jeg forstod ikke «saken om [navn fjernet] (8 år)».');
    expect(body[1]!.value).toBe(CHILD);
    expect(body[2]!.value).toBe('gutten Jonas');
    expect((body[2]!.choices as { title: string; value: string }[])[0]).toEqual({
      title: 'gutten [navn fjernet]',
      value: 'gutten Jonas',
    });
    expect((body[3]!.facts as { value: string }[])[0]!.value).toBe('saken om [navn fjernet] (8 år)');
    expect(body[4]!.url).toBe(card.body[4]!.url);
    expect(out.actions[0]!.data).toBe(card.actions[0]!.data);
  });

  it('still masks an identity number in a value, an id or submit data', () => {
    const id = validNationalId('010190', '123');
    const out = redactOutgoing({ type: 'Input.Text', id: `x${id}`, value: `nr ${id}`, data: { n: id } });
    expect(JSON.stringify(out)).not.toContain(id);
  });

  it('with childNames false (the tab’s stored data) names are left and numbers masked', () => {
    const id = validNationalId('010190', '123');
    const out = redactOutgoing({ background: CHILD, note: `linje\n${id}` }, { childNames: false });
    expect(out.background).toBe(CHILD);
    expect(out.note).not.toContain(id);
  });
});
