import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/*
 * What the reliability suite observed, one record per scenario. The tests record what they saw
 * (before asserting, so a failure is reported too); scripts/reliability/write-report.ts turns the
 * records into RELIABILITY.md. Nothing in that file is written by hand.
 *
 * Records go to $RELIABILITY_RESULTS_DIR as JSON lines, one file per test worker. Without that
 * variable (a plain `npm test`) recording is a no-op.
 */

export type ScenarioGroup =
  'faults' | 'load' | 'hostile input' | 'header injection' | 'secrets' | 'supply chain' | 'escape routes';

export interface WorstCase {
  /** What the figure is, e.g. "settle time", "heap growth". */
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** The bound the test enforces, in the same unit, when there is one. */
  readonly budget?: number;
}

export interface ScenarioRecord {
  readonly group: ScenarioGroup;
  /** Short and specific: "reset in the middle of the body (bill update)". */
  readonly scenario: string;
  /** Which operation(s), when it matters. */
  readonly operation?: string;
  /** How many times the scenario ran (calls, inputs, requests). */
  readonly runs: number;
  /** What the calls ended in, e.g. "ConnectionError (maybeSent) after 1 attempt". */
  readonly outcome: string;
  /** Runs that broke a rule; the suite fails when this is not 0. */
  readonly failures: number;
  readonly worst?: WorstCase;
  /** Anything else a reader needs: attempts seen, token requests, … */
  readonly details?: string;
}

const directory = process.env.RELIABILITY_RESULTS_DIR;
const file = directory ? path.join(directory, `records-${process.pid}.jsonl`) : undefined;

/** Stores one observation for RELIABILITY.md (no-op outside `npm run test:reliability`). */
export function recordScenario(record: ScenarioRecord): void {
  if (!file) return;
  mkdirSync(directory!, { recursive: true });
  appendFileSync(file, `${JSON.stringify({ ...record, recordedAt: new Date().toISOString() })}\n`);
}
