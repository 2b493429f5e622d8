// Progressive enhancement only: every feature works without this file.
(() => {
  "use strict";

  // Collapse the main navigation behind a "Menu" button on narrow screens.
  const toggle = document.querySelector(".nav-toggle");
  const nav = document.getElementById("main-nav");
  if (toggle && nav) {
    const narrow = window.matchMedia("(max-width: 47.99rem)");
    const setOpen = (open) => {
      toggle.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("is-collapsed", !open && narrow.matches);
    };
    toggle.hidden = false;
    document.documentElement.classList.add("has-js");
    setOpen(false);
    toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
    narrow.addEventListener("change", () => setOpen(false));
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        toggle.focus();
      }
    });
  }
})();
