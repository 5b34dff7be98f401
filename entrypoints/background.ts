export default defineBackground(() => {
  // Wired in the extension issue: routes messages to the analyzer.
});
