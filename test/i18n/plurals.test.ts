import { describe, expect, it } from 'vitest';
import { deadlineText, guidelinesText, meetingText } from '../../src/i18n/index.ts';

// Counts of one read as Norwegian, not "1 åpne oppgaver" or "for 1 dager siden" (a stranger's tab test).
describe('counts of one', () => {
  it('open tasks at item 3', () => {
    expect(meetingText.fillTasks(1)).toBe('1 åpen oppgave følges opp');
    expect(meetingText.fillTasks(3)).toBe('3 åpne oppgaver følges opp');
  });

  it('a deadline that passed yesterday', () => {
    expect(deadlineText.daysLeft(-1)).toBe('Fristen gikk ut i går');
    expect(deadlineText.daysLeft(-4)).toBe('Fristen gikk ut for 4 dager siden');
  });
});

describe('told facts', () => {
  it('a network of one municipality', () => {
    expect(guidelinesText.statement.municipalities(1)).toBe('1 kommune');
    expect(guidelinesText.statement.municipalities(6)).toBe('6 kommuner');
  });
});
