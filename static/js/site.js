// Progressive enhancement only: every feature works without this file.
(() => {
  "use strict";

  // Narrow screens: the "Menu" disclosure (<details>) is collapsed from the first paint and
  // opens without this file; the browser gives its toggle the expanded state. This only
  // adds Escape, which closes it from the toggle or the menu and returns to the toggle.
  const menu = document.querySelector(".nav-menu");
  const nav = document.getElementById("main-nav");
  if (menu && nav) {
    const toggle = menu.querySelector("summary");
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !menu.open) return;
      if (!menu.contains(document.activeElement) && !nav.contains(document.activeElement)) return;
      menu.open = false;
      toggle.focus();
    });
  }
  // News filters: apply each change at once, without reloading the page. Without this
  // script the form is submitted with its button, and every URL stays shareable.
  const listing = document.querySelector("[data-listing]");
  if (listing && window.fetch && window.DOMParser) {
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    listing.append(status);

    // Head tags that follow the filters: canonical address, robots rule, feed links.
    const HEAD_TAGS = ['link[rel="canonical"]', 'meta[name="robots"]', 'link[rel="alternate"][type$="+xml"]'];

    const filterUrl = (form) => {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (value && !(name === "match" && value === "any")) params.append(name, value);
      }
      const query = params.toString();
      return form.action + (query ? `?${query}` : "");
    };

    const load = async (url, push) => {
      const results = listing.querySelector("[data-results]");
      results.setAttribute("aria-busy", "true");
      try {
        const response = await fetch(url, { headers: { Accept: "text/html" } });
        if (!response.ok) throw new Error(String(response.status));
        const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
        const focusedId = document.activeElement && document.activeElement.id;
        for (const selector of ["[data-filter-form]", "[data-results]"]) {
          const replacement = fresh.querySelector(selector);
          if (replacement) listing.querySelector(selector).replaceWith(replacement);
        }
        for (const selector of HEAD_TAGS) {
          document.head.querySelectorAll(selector).forEach((element) => element.remove());
          fresh.head.querySelectorAll(selector).forEach((element) => document.head.append(element));
        }
        if (push) history.pushState({ filtered: true }, "", url);
        if (focusedId && document.getElementById(focusedId)) document.getElementById(focusedId).focus();
        const heading = listing.querySelector(".results__count");
        status.textContent = heading ? heading.textContent : "";
      } catch (error) {
        window.location.assign(url);
      } finally {
        const current = listing.querySelector("[data-results]");
        if (current) current.removeAttribute("aria-busy");
      }
    };

    listing.addEventListener("change", (event) => {
      const form = event.target.closest("[data-filter-form]");
      if (form) load(filterUrl(form), true);
    });
    listing.addEventListener("submit", (event) => {
      const form = event.target.closest("[data-filter-form]");
      if (!form) return;
      event.preventDefault();
      load(filterUrl(form), true);
    });
    window.addEventListener("popstate", () => load(window.location.href, false));
  }

  // Questions: a link to one (/en/faq/#is-my-report-anonymous) opens it. Without this
  // script the link still scrolls to the question, which then opens with one click.
  if (document.querySelector("details.faq__item")) {
    const openLinkedQuestion = () => {
      let id = "";
      try {
        id = decodeURIComponent(window.location.hash.slice(1));
      } catch (error) {
        return; // a malformed address points at no question
      }
      const target = id && document.getElementById(id);
      if (target && target.matches("details.faq__item")) target.open = true;
    };
    openLinkedQuestion();
    window.addEventListener("hashchange", openLinkedQuestion);
  }
})();
