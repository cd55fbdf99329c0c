import { describe, expect, it } from 'vitest';
import { idCheckChar, isValidId15, isValidId18, luhnValid } from '../../generator/compliance/identifiers.ts';
import { scanPrivacy } from '../../generator/compliance/privacy.ts';

describe('resident ID numbers (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', true, 'check char X'],
    ['110101199003071233', true, 'digit check char'],
    ['440304198512123451', true, 'Shenzhen'],
    ['11010519491231002x', true, 'lower-case x accepted'],
    ['110105194912310021', false, 'wrong check digit'],
    ['110101199003071234', false, 'wrong check digit'],
    ['990101199003071233', false, 'no province 99'],
    ['110101199002301236', false, 'February 30th'],
    ['110101209901011234', false, 'birth date in the future'],
    ['12345678901234567', false, '17 digits'],
  ])('%s → %s (%s)', (id, valid) => {
    expect(isValidId18(id)).toBe(valid);
  });

  it('computes the MOD 11-2 check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('11010119900307123')).toBe('3');
  });

  it('15-digit IDs need a province and a real 19YY date', () => {
    expect(isValidId15('110105491231002')).toBe(true);
    expect(isValidId15('110105491331002')).toBe(false);
    expect(isValidId15('990105491231002')).toBe(false);
  });

  it('an arbitrary 18-digit number is not reported as an ID', () => {
    expect(scanPrivacy('订单号 110105194912310021').map((h) => h.rule)).not.toContain('privacy.id-card');
    expect(scanPrivacy('证件 11010519491231002X 已登记').map((h) => h.excerpt)).toEqual(['11010519491231002X']);
  });
});

describe('card numbers (Luhn)', () => {
  it('validates', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('reports a card number after 医保卡/银行卡 only when it passes Luhn, with spaces allowed', () => {
    expect(scanPrivacy('银行卡 4111 1111 1111 1111').map((h) => h.rule)).toEqual(['privacy.card']);
    expect(scanPrivacy('银行卡 4111 1111 1111 1112').map((h) => h.rule)).toEqual([]);
  });

  it('does not also report a phone number inside an ID number', () => {
    expect(scanPrivacy('身份证 110101199003071233').map((h) => h.rule)).toEqual(['privacy.id-card']);
  });
});
