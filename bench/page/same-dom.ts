// Proof that the baseline builds what the components build: both trees as
// one canonical text (elements, sorted attributes and classes, visible
// text), leaving out what differs only in form: Glimmer's empty comment
// markers and the template's indentation.

function attributes(element: Element): string {
  return Array.from(element.attributes)
    .map((attribute) => {
      const value =
        attribute.name === "class"
          ? attribute.value.split(/\s+/).filter(Boolean).sort().join(" ")
          : attribute.value;
      return `${attribute.name}="${value}"`;
    })
    .sort()
    .join(" ");
}

export function canonical(node: Node): string {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return "";
  }
  const element = node as Element;
  const parts: string[] = [];
  let text = "";
  const flush = () => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (trimmed) {
      parts.push(JSON.stringify(trimmed));
    }
    text = "";
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      text += child.textContent ?? "";
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      flush();
      parts.push(canonical(child));
    }
  }
  flush();
  return `<${element.localName} ${attributes(element)}>${parts.join("")}</${element.localName}>`;
}
