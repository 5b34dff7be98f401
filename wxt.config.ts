import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'PolicyLens',
    description:
      'See what a privacy policy says about tracking, selling your data, retention and minimum age — with evidence, entirely on your device.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'PolicyLens: analyze this privacy policy' },
    browser_specific_settings: {
      gecko: {
        id: 'policylens@policylens.dev',
        strict_min_version: '128.0',
      },
    },
  },
});
