// What a posting's text fields may hold: the characters short texts refuse,
// the syntax of an e-mail address and of a link. The same rules as the
// server's PostingValidator (lib/discourse_job_board/posting_validator.rb),
// written to match its regular expressions character for character.

/** Whitespace as Ruby's [[:space:]] reads it (Unicode White_Space). */
const SPACE =
  "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
/** Unicode's control characters (\p{Cc}), spelled out to keep ASCII case folding. */
const CONTROL = "\\u0000-\\u001f\\u007f-\\u009f";

/** Whitespace, control and format characters: never in an address or a link. */
export const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;

/**
 * Control characters, bidirectional overrides and isolates, invisible
 * spaces: they can hide or reorder what moderators and readers see. Plain
 * right-to-left text is fine.
 */
export const UNSAFE_TEXT =
  /[\p{Cc}\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/u;

/** Deliberately simple, like the server's: something@domain.tld, nothing invisible. */
export const EMAIL_SYNTAX =
  /^[^\s\p{Cc}\p{Cf}@<>()[\]\\,;:"]+@[^\s\p{Cc}\p{Cf}@<>()[\]\\,;:"]+\.[^\s\p{Cc}\p{Cf}@<>()[\]\\,;:".]{2,}$/u;

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

const HTTP_URL = /^https?:\/\/([^/?#]*)(?:[/?#].*)?$/is;
const HOST_AND_PORT = /^(.*?)(?::(\d*))?$/s;
const HOST = /^[^#/:<>?@[\\\]^|%]+$/;

/**
 * http(s) only: anything else (javascript:, data:, relative) is refused, and
 * so is anything invisible, a port over 65535 or a host a browser would not
 * read as written (percent-escapes, brackets, backslashes).
 */
export function isHttpUrl(text: string): boolean {
  if (typeof text !== "string" || INVISIBLE.test(text)) {
    return false;
  }
  const authority = HTTP_URL.exec(text)?.[1];
  if (authority === undefined) {
    return false;
  }
  const hostAndPort = authority.slice(authority.lastIndexOf("@") + 1);
  const [, host, port] = HOST_AND_PORT.exec(hostAndPort) ?? [];
  if ((port && Number(port) > 65_535) || !HOST.test(host ?? "")) {
    return false;
  }
  try {
    const url = new URL(text);
    return (
      (url.protocol === "http:" || url.protocol === "https:") &&
      url.hostname.length > 0
    );
  } catch {
    return false;
  }
}
