// Summit editor: the slug follows the edition's year while it is empty or still a year, so
// a new edition lives at /summits/2027/. A slug the editor typed is left alone; the server
// applies the same rule (events/forms.py), so this only keeps what the editor sees in step.
(function () {
  "use strict";

  const YEAR = /^\d{4}$/;

  function connect() {
    const form = document.querySelector("form[data-edit-form], form#page-edit-form");
    const year = document.getElementById("id_year");
    const slug = document.getElementById("id_slug");
    const edition = document.getElementById("id_edition_number");
    if (!form || !year || !slug || !edition || form.dataset.summitSlugConnected) {
      return;
    }
    form.dataset.summitSlugConnected = "true";
    year.addEventListener("input", function () {
      const value = year.value.trim();
      if (YEAR.test(value) && (slug.value === "" || YEAR.test(slug.value))) {
        slug.value = value;
        slug.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", connect);
  } else {
    connect();
  }
})();
