import { describe, expect, it } from 'vitest';
import { contactProblem, dialable, EMPTY_SAFETY_CARD, SAFETY_ID } from './safety';

describe('dialable', () => {
  it('keeps the digits and a leading "+", as a phone dials them', () => {
    expect(dialable('+33 1 45 39 40 00')).toBe('+33145394000');
    expect(dialable('01 45 39 40 00')).toBe('0145394000');
    expect(dialable('(555) 123-4567')).toBe('5551234567');
    expect(dialable('+1 (800) 273.8255')).toBe('+18002738255');
    expect(dialable('116 123')).toBe('116123');
    expect(dialable('15')).toBe('15');
  });

  it('drops words and any "+" that is not the first character', () => {
    expect(dialable('call 3114, option 2')).toBe('31142');
    expect(dialable('33 + 1 45')).toBe('33145');
    expect(dialable('+33 +1')).toBe('+331');
    expect(dialable('++33 1')).toBe('+331');
  });

  it('writes Arabic-Indic and Eastern Arabic-Indic digits in ASCII', () => {
    expect(dialable('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(dialable('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(dialable('+٩٦١ ١ ٣٤٥ ٦٧٨')).toBe('+9611345678');
    // Mixed in one number, as a pasted number may be.
    expect(dialable('٠١ 23 ۴۵')).toBe('012345');
  });

  it('is empty when there is nothing to dial', () => {
    expect(dialable('')).toBe('');
    expect(dialable('+')).toBe('');
    expect(dialable('  +  ')).toBe('');
    expect(dialable('ask the duty nurse')).toBe('');
  });

  it('does not change a number already dialable', () => {
    for (const phone of ['+33145394000', '0145394000', '112']) {
      expect(dialable(phone)).toBe(phone);
      expect(dialable(dialable(phone))).toBe(phone);
    }
  });
});

describe('contactProblem', () => {
  it('accepts a contact with a name and at least two digits to dial', () => {
    expect(contactProblem({ name: 'SOS Amitié', phone: '09 72 39 40 50' })).toBeNull();
    expect(contactProblem({ name: 'SAMU', phone: '15' })).toBeNull();
    expect(contactProblem({ name: 'Samaritans', phone: '+44 116 123' })).toBeNull();
    expect(contactProblem({ name: 'خط المساندة', phone: '١٥٦٤' })).toBeNull();
  });

  it('asks for a name first, even when the phone is missing too', () => {
    expect(contactProblem({ name: '', phone: '15' })).toBe('name');
    expect(contactProblem({ name: '   \n', phone: '15' })).toBe('name');
    expect(contactProblem({ name: '', phone: '' })).toBe('name');
  });

  it('asks for a phone with fewer than two digits, a "+" not counting as one', () => {
    expect(contactProblem({ name: 'Crisis line', phone: '' })).toBe('phone');
    expect(contactProblem({ name: 'Crisis line', phone: '1' })).toBe('phone');
    expect(contactProblem({ name: 'Crisis line', phone: '+1' })).toBe('phone');
    expect(contactProblem({ name: 'Crisis line', phone: '+' })).toBe('phone');
    expect(contactProblem({ name: 'Crisis line', phone: 'ask at the desk' })).toBe('phone');
    expect(contactProblem({ name: 'Crisis line', phone: '٥' })).toBe('phone');
  });
});

describe('the empty safety card', () => {
  it('has no contacts and uses the built-in texts', () => {
    expect(EMPTY_SAFETY_CARD).toEqual({
      id: SAFETY_ID,
      contacts: [],
      groundingScript: '',
      confidentiality: '',
    });
  });
});
