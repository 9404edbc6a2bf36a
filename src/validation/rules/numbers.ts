import type { Rule } from '../rule.js';

/** `exclusiveMinimum` (and OpenAPI 3.0's `minimum` with `exclusiveMinimum: true`): strictly above. */
export function exclusiveMinimum(limit: number): Rule {
  const matches = (value: unknown): boolean => typeof value !== 'number' || value > limit;
  return {
    matches,
    check: (value, path, issues) => {
      if (!matches(value)) issues.push({ path, rule: 'exclusiveMinimum', message: `must be greater than ${limit}` });
    },
  };
}

/** `exclusiveMaximum` (and OpenAPI 3.0's `maximum` with `exclusiveMaximum: true`): strictly below. */
export function exclusiveMaximum(limit: number): Rule {
  const matches = (value: unknown): boolean => typeof value !== 'number' || value < limit;
  return {
    matches,
    check: (value, path, issues) => {
      if (!matches(value)) issues.push({ path, rule: 'exclusiveMaximum', message: `must be less than ${limit}` });
    },
  };
}

/**
 * `multipleOf`, in decimal arithmetic: 0.3 is a multiple of 0.1 (in binary floating point,
 * 0.3 / 0.1 is 2.9999999999999996, and a naive check refuses an amount of 0.30 in steps of 0.01).
 * Each number is read as the decimal its shortest text gives (`String(0.1)` is "0.1").
 */
export function multipleOf(divisor: number): Rule {
  const step = decimal(divisor);
  const matches = (value: unknown): boolean => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return true;
    if (Number.isInteger(value) && Number.isInteger(divisor)) return value % divisor === 0;
    const number = decimal(value);
    const scale = Math.max(number.scale, step.scale);
    return (
      (number.digits * 10n ** BigInt(scale - number.scale)) % (step.digits * 10n ** BigInt(scale - step.scale)) === 0n
    );
  };
  return {
    matches,
    check: (value, path, issues) => {
      if (!matches(value)) issues.push({ path, rule: 'multipleOf', message: `must be a multiple of ${divisor}` });
    },
  };
}

/** A finite number as digits × 10^-scale, exactly as its shortest decimal text says (`1.5e-7` → 15 × 10^-8). */
function decimal(value: number): { digits: bigint; scale: number } {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let scale = fraction.length - Number(exponent);
  let digits = BigInt(whole + fraction);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}
