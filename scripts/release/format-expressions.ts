import { EMAIL_RE, IPV4_RE, URI_RE } from '../../src/validation/rules/address-formats.js';
import { DATE_RE, DATE_TIME_RE, DURATION_RE, TIME_RE } from '../../src/validation/rules/date-formats.js';
import { UUID_RE } from '../../src/validation/rules/formats.js';

/**
 * For the formats whose check starts from one expression, that expression: every string the format
 * accepts matches it (the check may then refuse more, as date-time does the 31st of April). The
 * release report reads them to judge a `pattern` that replaces a `format`: one that includes the
 * expression refuses nothing the format accepted.
 */
export const FORMAT_EXPRESSIONS: Readonly<Record<string, RegExp>> = {
  'date-time': DATE_TIME_RE,
  date: DATE_RE,
  time: TIME_RE,
  duration: DURATION_RE,
  uuid: UUID_RE,
  email: EMAIL_RE,
  uri: URI_RE,
  ipv4: IPV4_RE,
};
