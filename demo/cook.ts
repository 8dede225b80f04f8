// A posting's description as the forum shows its first post: Markdown
// "cooked" to HTML with markdown-it, the engine under Discourse's cooking.
//
// core: frontend/discourse-markdown-it/src/setup.js builds its engine with
// `breaks` (the default, traditional_markdown_linebreaks off), `linkify` and
// `typographer` from site settings, and `html: true` followed by its own
// allow-list sanitizer. The demo has no sanitizer, so no raw HTML ever comes
// out: markdown-it recognises HTML (so that pasted fragments such as
// `<!--StartFragment-->` are known as HTML rather than printed as text) and
// every HTML token is rendered as nothing, which is what `html: false`
// guarantees (no tag from the source reaches the page) without showing the
// markup. Left out: Discourse's own extensions (mentions, emoji, oneboxes,
// quotes), and the typographer, whose quotes would be English ones in French.
import MarkdownIt from "markdown-it";

/** The link schemes a description may use; anything else stays plain text. */
const SAFE_LINK = /^(?:https?:|mailto:|#|\/(?!\/))/i;

const markdown = new MarkdownIt({
  html: true,
  breaks: true,
  linkify: true,
  typographer: false,
});

markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());
markdown.renderer.rules.html_block = () => "";
markdown.renderer.rules.html_inline = () => "";

// Links from a posting leave the forum: like Discourse's cooked links to
// other sites, they tell search engines and the opened page nothing.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) =>
    self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (/^https?:/i.test(String(token.attrGet("href") ?? ""))) {
    token.attrSet("rel", "nofollow ugc noopener");
  }
  return defaultLinkOpen(tokens, index, options, env, self);
};

/** The description's HTML: Markdown rendered, no raw HTML, safe links only. */
export function cook(raw: string): string {
  return markdown.render(raw);
}
