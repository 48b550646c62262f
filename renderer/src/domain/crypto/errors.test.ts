import { describe, expect, it } from 'vitest';
import { isVaultError, VaultError, vaultErrorKind } from './errors';

describe('VaultError', () => {
  it('is an Error with a kind, a developer message and its own name', () => {
    const error = new VaultError('tampered', 'a record failed authentication');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('VaultError');
    expect(error.kind).toBe('tampered');
    expect(error.message).toBe('a record failed authentication');
  });

  it('is recognised with or without a kind, and nothing else is', () => {
    const error = new VaultError('wrong-key', 'no');
    expect(isVaultError(error)).toBe(true);
    expect(isVaultError(error, 'wrong-key')).toBe(true);
    expect(isVaultError(error, 'corrupted')).toBe(false);
    expect(isVaultError(new Error('wrong-key'))).toBe(false);
    expect(isVaultError({ name: 'VaultError', kind: 'wrong-key' })).toBe(false);
    expect(isVaultError(undefined)).toBe(false);
  });

  it('gives its kind to a switch, and undefined for other errors', () => {
    expect(vaultErrorKind(new VaultError('kdf-out-of-range', 'x'))).toBe('kdf-out-of-range');
    expect(vaultErrorKind(new TypeError('x'))).toBeUndefined();
    expect(vaultErrorKind('corrupted')).toBeUndefined();
  });
});
