export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {},
});
