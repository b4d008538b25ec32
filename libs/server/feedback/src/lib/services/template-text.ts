/** Fills in the input's title for {titel} / {title} in a response (template) text. */
export const fillTemplate = (text: string, title: string) =>
  text.replace(/\{(titel|title)\}/g, () => title);
