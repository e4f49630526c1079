/* global document */
// Progressive enhancement only: every form works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // A saved reply goes into the reply box with one click (without JS, staff copy it).
  for (const button of document.querySelectorAll('button[data-insert]')) {
    const select = document.getElementById(button.dataset.insert);
    const target = select && document.getElementById(select.dataset.insertInto);
    if (!select || !target) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      target.value = target.value ? `${target.value}\n\n${select.value}` : select.value;
      target.focus();
    });
  }
  // One click sends once: the button is disabled after the first submit (the server also
  // ignores a repeated form nonce).
  for (const form of document.querySelectorAll('form[data-once]')) {
    form.addEventListener('submit', () => {
      for (const button of form.querySelectorAll('button[type=submit]')) button.disabled = true;
    });
  }
});
