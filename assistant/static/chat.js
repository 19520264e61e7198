// The chat page's own behaviour, on top of Gradio: "copy quote" puts a passage on the clipboard
// as plain text, and reading-room links open in this page's Reading room tab instead of
// reloading the app. Event delegation: replies are re-rendered, the handler stays.
(() => {
  const CONTEXT = "?passage=";

  function plainQuote(link) {
    const line = link.closest("p");
    let quote = line.previousElementSibling;
    while (quote && quote.tagName !== "BLOCKQUOTE") quote = quote.previousElementSibling;
    const context = line.querySelector(`a[href^="${CONTEXT}"]`);
    const cited = line.innerText.split(" · ")[0].replace(/^\[\d+\]\s*/, "").trim();
    const url = context ? new URL(context.getAttribute("href"), window.location.href).href : "";
    return `“${quote ? quote.innerText.trim() : ""}” — ${cited}${url ? ", " + url : ""}`;
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {
      const area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
  }

  function openInReadingRoom(passageId) {
    const field = document.querySelector("#passage-request textarea, #passage-request input");
    const open = document.querySelector("#passage-open button, button#passage-open");
    if (!field || !open) return false;
    field.value = passageId;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    setTimeout(() => open.click(), 50);
    return true;
  }

  // A reply opens at its top: the question asked, then passage [1], scrolled to the top of the
  // chat box (on a phone, where the box grows with the page, of the page).
  window.pressKitScrollToReply = () => {
    const rows = document.querySelectorAll("#answers .message-row");
    const row = rows[rows.length - 2] || rows[rows.length - 1];
    if (!row) return;
    let box = row.parentElement;
    const scrolls = (el) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY);
    while (box && box !== document.body && !scrolls(box)) box = box.parentElement;
    if (box && box !== document.body) box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top;
    else row.scrollIntoView({ block: "start" });
  };

  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a");
    if (!link) return;
    const href = link.getAttribute("href") || "";
    if (href === "#copy-quote") {
      event.preventDefault();
      const label = link.textContent;
      copy(plainQuote(link)).then(() => {
        link.textContent = "copied";
        setTimeout(() => { link.textContent = label; }, 1500);
      });
    } else if (href.startsWith(CONTEXT) && !(event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1)) {
      if (openInReadingRoom(decodeURIComponent(href.slice(CONTEXT.length)))) event.preventDefault();
    }
  }, true);

  // On a phone the options start folded, so the chat comes first (Gradio renders after the
  // page loads: wait for the accordion, up to ten seconds).
  if (window.innerWidth <= 640) {
    let tries = 0;
    const fold = setInterval(() => {
      const toggle = document.querySelector("#options > button.label-wrap");
      if (toggle || ++tries > 50) clearInterval(fold);
      if (toggle && toggle.classList.contains("open")) toggle.click();
    }, 200);
  }
})();
