// Tiny DOM builder: h("p", { class: "note" }, "text", child). Text always goes in as text
// nodes (never parsed as HTML); "on*" keys become event listeners; other keys attributes.

export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// A view's heading: focus lands here whenever the view changes.
export function heading(text, level = 1) {
  return h(`h${level}`, { tabindex: level === 1 ? "-1" : null }, text);
}
