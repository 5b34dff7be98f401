import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // @wxt-dev/i18n builds _locales/ from locales/*.json (UI strings: utils/i18n.ts).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // MV3 everywhere: Firefox 140+ runs it with the same activeTab + scripting flow as Chrome.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'PolicyLens',
    default_locale: 'en',
    description:
      'See what a privacy policy says about tracking, selling your data, retention and minimum age — with evidence, entirely on your device.',
    // No host permissions: the content script is injected only into the tab the user clicks the icon on.
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked one origin at a time, at the user's click, only to fetch a site's privacy policy hosted on another origin.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_action_default_title__' },
    // Explicit strict CSP: only the extension's own scripts, no eval, no remote code (MV3's floor, stated).
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    browser_specific_settings: {
      gecko: {
        id: 'policylens@policylens.dev',
        // data_collection_permissions arrived in Firefox 140 (142 on Android).
        strict_min_version: '140.0',
        // Firefox's data collection declaration: PolicyLens collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  // Firefox's review gets a sources zip: screenshots of test runs are no source.
  zip: { excludeSources: ['e2e/artifacts/**', 'coverage/**', '*.log'] },
  hooks: {
    'build:manifestGenerated'(wxt, manifest) {
      if (wxt.config.browser !== 'firefox') delete manifest.browser_specific_settings;
      // WXT takes the icon's title from the popup's <title>; it is the localized default until the worker sets the findings.
      if (manifest.action) manifest.action.default_title = '__MSG_action_default_title__';
      // The runtime-registered content script leaves an empty list behind; keep the manifest minimal.
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
      delete manifest.host_permissions;
      // Opt-in watching of a remembered policy: its origin is asked for at the user's "Watch" click, never at install.
      // Chrome: `alarms` and an offscreen document (its worker has no DOM) are asked for at that click too. Firefox
      // cannot make `alarms` optional, so it is granted at install there (it shows no prompt and reaches no site).
      if (wxt.config.browser === 'firefox') manifest.permissions = [...(manifest.permissions ?? []), 'alarms'];
      else manifest.optional_permissions = ['alarms', 'offscreen'];
      manifest.optional_host_permissions = ['http://*/*', 'https://*/*'];
    },
    'vite:build:extendConfig'(entrypoints, config) {
      // The content script must stay small (≤ 72 KiB, e2e/package.e2e.test.ts): MV3 browsers need no promise polyfill there.
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
});
