// What a posting's text fields may hold: the characters short texts refuse,
// the syntax of an e-mail address and of a link. The same rules as the
// server's PostingValidator (lib/discourse_job_board/posting_validator.rb),
// written as the same steps with the same character classes.

/** Whitespace as Ruby's [[:space:]] reads it (Unicode White_Space). */
const SPACE =
  "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
/** Unicode's control characters (\p{Cc}), spelled out to keep ASCII case folding. */
const CONTROL = "\\u0000-\\u001f\\u007f-\\u009f";

/**
 * Whitespace, control and format characters: never in an address or a
 * link. Unicode's White_Space is the separators (\p{Z}) and six controls.
 */
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * Control characters, bidirectional overrides and isolates, invisible
 * spaces: they can hide or reorder what moderators and readers see. Plain
 * right-to-left text is fine.
 */
export const UNSAFE_TEXT =
  /[\p{Cc}\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/u;

// One rule for hosts, in links and e-mail addresses alike, the same as the
// server's (posting_validator.rb), checked against the same table and
// against generated inputs (test/node/posting-wire-differential-test.ts):
// an ASCII host name of two labels or more, each of letters, digits and
// inner hyphens, the last one (the top-level domain) of letters only or an
// IDN's « xn-- » form. That leaves out:
// - every IP address and its spellings a browser still reads as one
//   (127.1, 2130706433, 0x7f.1, ０１２７.0.0.1, [::1]): a job link names a
//   site, and each spelling is one more way for two parsers to disagree;
// - hosts written in Unicode (IDN): browsers map them (full-width letters,
//   ß, K, lookalikes from other scripts) before looking them up, so the
//   text a reader sees is not always the host. The « xn-- » form of such a
//   host is accepted, and a browser shows it as it should.
const HOST_LABEL = /^[a-zA-Z0-9-]{1,63}$/;
const TOP_LEVEL_LABEL = /^(?:[a-zA-Z]{2,63}|[xX][nN]--[a-zA-Z0-9-]{1,59})$/;
const MAX_HOST_LENGTH = 253;

export function isHostName(host: string): boolean {
  if (host.length > MAX_HOST_LENGTH) {
    return false;
  }
  const labels = host.split(".");
  return (
    labels.length >= 2 &&
    TOP_LEVEL_LABEL.test(labels[labels.length - 1]) &&
    labels.every(
      (label) =>
        HOST_LABEL.test(label) && !label.startsWith("-") && !label.endsWith("-")
    )
  );
}

/** What a local part never holds (nor anything INVISIBLE). */
const LOCAL_PART = /^[^@<>()[\]\\,;:"]+$/;

/**
 * Deliberately simple, like the server's: something@host, one « @ », a
 * host as isHostName reads it (so no « ? », « / », « # » or « { » after
 * the « @ »), nothing invisible.
 */
export function isEmail(text: unknown): boolean {
  if (typeof text !== "string" || INVISIBLE.test(text)) {
    return false;
  }
  const at = text.indexOf("@");
  return (
    at > 0 &&
    at === text.lastIndexOf("@") &&
    LOCAL_PART.test(text.slice(0, at)) &&
    isHostName(text.slice(at + 1))
  );
}

/**
 * A leading scheme as a browser reads it (spaces inside are dropped). ASCII
 * letters only: ſ (U+017F) or K (U+212A) make no scheme for a browser.
 */
const SCHEME = new RegExp(
  `^[${SPACE}${CONTROL}]*([a-z][a-z0-9+.\\-${SPACE}]*):`,
  "i"
);
const SPACES = new RegExp(`[${SPACE}]`, "g");

/**
 * The scheme of a link that starts with one other than http(s)
 * (javascript:, data:, ftp:, …), lower case and without its spaces; null
 * when the link names no scheme or an http(s) one.
 */
export function unsafeScheme(text: string): string | null {
  const scheme = SCHEME.exec(text)?.[1];
  return scheme === undefined || /^https?$/i.test(scheme)
    ? null
    : scheme.replace(SPACES, "").toLowerCase();
}

const HTTP_PREFIX = /^[hH][tT][tT][pP][sS]?:\/\//;
/** Where the authority (host and port) ends. */
const AUTHORITY_END = /[/?#]/;
const PORT = /^[0-9]{0,5}$/;

/**
 * http(s) only: anything else (javascript:, data:, relative) is refused,
 * and so is anything invisible, a backslash anywhere (a browser reads it as
 * a slash), user-info before the host (`https://evil.example\@beta.gouv.fr/`
 * goes to evil.example: an « @ » in the authority is refused outright), a
 * port over 65535, or a host isHostName refuses.
 */
export function isHttpUrl(text: string): boolean {
  if (typeof text !== "string" || INVISIBLE.test(text) || text.includes("\\")) {
    return false;
  }
  const prefix = HTTP_PREFIX.exec(text);
  if (prefix === null) {
    return false;
  }
  const rest = text.slice(prefix[0].length);
  const end = rest.search(AUTHORITY_END);
  const authority = end < 0 ? rest : rest.slice(0, end);
  if (authority.includes("@")) {
    return false;
  }
  const colon = authority.indexOf(":");
  const host = colon < 0 ? authority : authority.slice(0, colon);
  const port = colon < 0 ? "" : authority.slice(colon + 1);
  return PORT.test(port) && Number(port) <= 65_535 && isHostName(host);
}
