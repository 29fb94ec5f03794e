import { describe, expect, it } from 'vitest';
import { fillVariables } from '../../../src/phrasebook/variables';

describe('fillVariables', () => {
  it('fills known variables', () => {
    expect(fillVariables('Thanks for waiting[, {client}]. I am {agent}.', { client: 'Dana', agent: 'Sam' }).text).toBe('Thanks for waiting, Dana. I am Sam.');
  });
  it('removes a group with its words when a value is unknown', () => {
    expect(fillVariables('Thanks for waiting[, {client}]. Let me check.', {}).text).toBe('Thanks for waiting. Let me check.');
    expect(fillVariables('[Hi {client}, ]let me check.', {}).text).toBe('let me check.');
    expect(fillVariables('Welcome to the show[ on {platform}]!', {}).text).toBe('Welcome to the show!');
  });
  it('removes a loose unknown variable with its space', () => {
    expect(fillVariables('Thanks {client}, done.', {}).text).toBe('Thanks, done.');
  });
  it('places the caret at {cursor}', () => {
    const r = fillVariables('Your order number is {cursor}, and I will check it.', {});
    expect(r.text).toBe('Your order number is , and I will check it.');
    expect(r.cursor).toBe('Your order number is '.length);
  });
  it('lists help resources where asked', () => {
    const r = fillVariables('Please reach out to someone who can help.[ {resources}]', { resources: [{ label: 'Emergency', contact: '112' }, { label: 'A local helpline' }] });
    expect(r.text).toBe('Please reach out to someone who can help. Emergency: 112; A local helpline');
  });
  it('does not interpret $ patterns in values', () => {
    expect(fillVariables('Hi {client}', { client: '$& $1' }).text).toBe('Hi $& $1');
  });
});
