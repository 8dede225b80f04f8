// The posting core: parse, normalise, validate and serialise postings.
// Pure TypeScript with js-yaml as its only import, so the composer, the
// board, the CLI, the demo and the tests share one understanding of a file.

export { parse } from "./parse.ts";
export { serialise, frontMatterOf, CANONICAL_KEYS } from "./serialise.ts";
export {
  validate,
  MAX_TITLE_LENGTH,
  MAX_TEAM_LENGTH,
  MAX_LOCATION_LENGTH,
  MAX_CONTACT_LENGTH,
  MAX_APPLY_URL_LENGTH,
  MAX_BODY_LENGTH,
} from "./validate.ts";
export { normaliseRole } from "./normalise-role.ts";
export { normaliseContracts } from "./normalise-contracts.ts";
export { normaliseTitle } from "./normalise-title.ts";
export { guessLocation, guessRemote } from "./normalise-place.ts";
export { readDate } from "./dates.ts";
export { MAX_FILE_LENGTH } from "./front-matter.ts";
export {
  DEFAULT_VOCABULARIES,
  DEFAULT_ROLES,
  DEFAULT_CONTRACTS,
  FALLBACK_ROLE,
  employmentTypes,
} from "./vocabularies.ts";
export {
  formatIssue,
  fieldLabel,
  interpolate,
  translatorFor,
  MESSAGES_SCOPE,
} from "./messages.ts";
export type { Translate, IssueKind } from "./messages.ts";
export { postingSummary } from "./summary.ts";
export type { PostingSummary } from "./summary.ts";
export { REMOTE_MODES, PAY_PERIODS } from "./types.ts";
export {
  guessPay,
  payFromLine,
  readPayAmount,
  readPayPeriod,
} from "./pay-text.ts";
export { PAY_BOUNDS, MAX_PAY_AMOUNT } from "./validate-pay.ts";
export type * from "./types.ts";
