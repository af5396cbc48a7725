/* SCO Archive: small additions to Material's pages, on every page: copy buttons for citations, and
 * wide tables a keyboard can scroll.
 *
 * A table wider than the screen scrolls inside the wrapper Material's script puts around it. A
 * keyboard user can only scroll it once it can take focus (WCAG 2.1.1; axe-core's
 * scrollable-region-focusable): such a wrapper becomes a named, focusable region, and stops being
 * one when the table fits again. Its name is unique on the page (the table's number and the heading
 * above it), as landmarks' names must be.
 */
"use strict";

(function () {
  // The text of the nearest heading before a node, without Material's "¶" permalink.
  function headingBefore(node) {
    for (; node && node !== document.body; node = node.parentElement) {
      for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
        if (/^H[1-6]$/.test(prev.tagName)) return prev.textContent.replace(/¶\s*$/, "").trim();
      }
    }
    return "";
  }

  function reachableTables() {
    const wraps = document.querySelectorAll(".md-typeset__scrollwrap");
    wraps.forEach((wrap, i) => {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        const heading = headingBefore(wrap);
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", `Table ${i + 1}${heading ? ` (${heading})` : ""}, scrolls sideways`);
      } else if (wrap.hasAttribute("tabindex")) {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  /* A copy button under each citation box (class sco-cite: the plain citation and the BibTeX entry).
     The clipboard needs a secure context (https, localhost); elsewhere (a site opened from disk) the
     text is selected and the reader is told to press Ctrl+C. */
  function citationText(box) {
    const code = box.querySelector("pre code");
    if (code) return code.textContent.replace(/\n$/, "");
    return Array.from(box.querySelectorAll("p:not(.admonition-title, .sco-copy)"), (p) => p.textContent.trim()).join("\n");
  }

  function select(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function copy(box, status) {
    const text = citationText(box);
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "Copied.";
    } catch (error) {
      select(box.querySelector("pre code") || box.querySelector("p:not(.admonition-title, .sco-copy)") || box);
      status.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
    }
  }

  function copyButtons() {
    document.querySelectorAll(".admonition.sco-cite").forEach((box) => {
      if (box.querySelector(".sco-copy")) return;
      const title = box.querySelector(".admonition-title");
      const bar = document.createElement("p");
      bar.className = "sco-copy";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sco-copy__button";
      button.textContent = `Copy ${title ? title.textContent.trim().replace(/^Citation$/, "citation") : "citation"}`;
      const status = document.createElement("span");
      status.className = "sco-copy__status";
      status.setAttribute("role", "status");
      button.addEventListener("click", () => copy(box, status));
      bar.append(button, " ", status);
      box.append(bar);
    });
  }

  let timer;
  const later = () => { clearTimeout(timer); timer = setTimeout(reachableTables, 100); };
  const ready = () => { copyButtons(); setTimeout(reachableTables, 0); };
  if (typeof document$ !== "undefined") document$.subscribe(ready);
  else addEventListener("DOMContentLoaded", ready);
  addEventListener("resize", later);
})();
