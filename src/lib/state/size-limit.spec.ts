import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_MB, overLimit, readLimitMb, toMb, writeLimitMb } from './size-limit';

function memoryStorage() {
	const items = new Map<string, string>();
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value)
	};
}

describe('size limit', () => {
	it('defaults to 500 MB and keeps a valid choice of the reader', () => {
		const storage = memoryStorage();
		expect(readLimitMb(storage)).toBe(DEFAULT_LIMIT_MB);
		writeLimitMb(50, storage);
		expect(readLimitMb(storage)).toBe(50);
		writeLimitMb(-1, storage);
		writeLimitMb(Number.NaN, storage);
		expect(readLimitMb(storage)).toBe(50);
	});

	it('ignores a saved value that is not a positive number', () => {
		expect(readLimitMb({ getItem: () => 'lots' })).toBe(DEFAULT_LIMIT_MB);
		expect(readLimitMb({ getItem: () => '0' })).toBe(DEFAULT_LIMIT_MB);
		expect(readLimitMb(null)).toBe(DEFAULT_LIMIT_MB);
	});

	it('sums the files and compares with the limit in megabytes', () => {
		const mb = 1024 * 1024;
		expect(overLimit([300 * mb, 200 * mb], 500)).toBeNull();
		expect(overLimit([300 * mb, 200 * mb + 1], 500)).toBe(500 * mb + 1);
		expect(toMb(500 * mb + 1)).toBe(501);
	});
});
