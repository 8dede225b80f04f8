// What the hostile-input browser tests watch for: code from a payload that
// runs (the payloads call window.__jobBoardTrap or alert), an element or an
// attribute a payload tried to create, and a link that is not http(s) or
// mailto. Read by test/browser/hostile-input-test.gts.
import { CANONICAL_KEYS } from "discourse/plugins/discourse-job-board/discourse/lib/posting/serialise";
import list from "../../fixtures/hostile-inputs.json?raw";

export interface HostileCase {
  name: string;
  kind: string;
  text: string;
  refusedIn: string[];
}

interface StoredCase {
  name: string;
  kind: string;
  payload?: string;
  repeat?: { text: string; times: number };
  refused_in: string[];
}

export const HOSTILE_CASES: HostileCase[] = (
  JSON.parse(list) as { cases: StoredCase[] }
).cases.map(({ name, kind, payload, repeat, refused_in }) => ({
  name,
  kind,
  text: payload ?? (repeat ? repeat.text.repeat(repeat.times) : ""),
  refusedIn: refused_in,
}));

/**
 * Elements the plugin's components and the demo render, including what
 * markdown-it makes of a description's Markdown (demo/cook.ts); a payload
 * makes any other.
 */
const RENDERED_TAGS = new Set(
  (
    "a button dd div dl dt fieldset form h1 h2 h3 header input label legend " +
    "li main optgroup option p section select span svg table tbody td textarea th " +
    "thead time tr ul use nav caption article " +
    "br em strong s code pre blockquote hr ol h4 h5 h6 img"
  ).split(" ")
);

const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href"];
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

type TrapWindow = Window & {
  __jobBoardTrap?: (tag: unknown) => void;
};

/** What went wrong in a rendered tree, as sentences for the assertion. */
export function problemsIn(root: Element): string[] {
  const problems: string[] = [];
  for (const element of [root, ...Array.from(root.querySelectorAll("*"))]) {
    const tag = element.localName;
    if (!RENDERED_TAGS.has(tag)) {
      problems.push(`a <${tag}> element`);
    }
    if (tag === "svg" && !element.classList.contains("d-icon")) {
      problems.push("an <svg> that is not an icon");
    }
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/i.test(name) || ["srcdoc", "autofocus"].includes(name)) {
        problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
      if (URL_ATTRIBUTES.includes(name) && !isSafeLink(value)) {
        problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
  }
  return problems;
}

function isSafeLink(value: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/**
 * Sets the trap: payload code calling __jobBoardTrap, alert, confirm or
 * prompt; an error event (a handler's code failing, an image failing to
 * load); a content-security-policy violation; and any element a payload
 * inserts, even for a moment, under `root`.
 */
export function setTrap(root: Element) {
  const sprung: string[] = [];
  const spring = (what: string) => sprung.push(what);
  const trapWindow = window as TrapWindow;
  const saved = {
    alert: window.alert,
    confirm: window.confirm,
    prompt: window.prompt,
  };
  trapWindow.__jobBoardTrap = (tag) => spring(`__jobBoardTrap(${tag})`);
  window.alert = (message) => spring(`alert(${message})`);
  window.confirm = (message) => {
    spring(`confirm(${message})`);
    return false;
  };
  window.prompt = (message) => {
    spring(`prompt(${message})`);
    return null;
  };

  const onError = (event: Event) => {
    const target = event.target as Element | null;
    spring(
      event instanceof ErrorEvent
        ? `error: ${event.message}`
        : `error loading <${target?.localName}>`
    );
  };
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    spring(`blocked by the security policy: ${event.blockedURI}`);
  window.addEventListener("error", onError, true);
  document.addEventListener("securitypolicyviolation", onViolation);

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof Element) {
          sprung.push(...problemsIn(node).map((problem) => `added ${problem}`));
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });

  return {
    sprung,
    release() {
      observer.takeRecords();
      observer.disconnect();
      window.removeEventListener("error", onError, true);
      document.removeEventListener("securitypolicyviolation", onViolation);
      Object.assign(window, saved);
      delete trapWindow.__jobBoardTrap;
    },
  };
}

/** A payload as a YAML scalar: JSON's double-quoted strings are YAML too. */
export function yamlScalar(text: string): string {
  return JSON.stringify(text);
}

/** A Markdown posting whose title, every field and body are the payload. */
export function hostileMarkdown(text: string): string {
  const value = yamlScalar(text);
  const fields = CANONICAL_KEYS;
  return [
    "---",
    ...fields.map((key) => `${key}: ${value}`),
    "---",
    "",
    text,
    "",
  ].join("\n");
}
