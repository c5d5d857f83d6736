import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Served by CoSo.Web under /thon/; the build goes straight into CoSo.Web (not committed, built from the lockfile by
// CoSo.Web.csproj). The service worker precaches the app shell only: the village's data lives encrypted in IndexedDB,
// and /api is never cached by the service worker.
export default defineConfig({
  base: '/thon/',
  build: {
    outDir: '../CoSo.Web/village-app',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': { target: process.env.COSO_URL ?? 'http://localhost:5000', changeOrigin: false } },
  },
  preview: {
    // CoSo.Web's Content-Security-Policy (SecurityHeaders), so a preview shows what the real host would refuse
    headers: {
      'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    },
    proxy: { '/api': { target: process.env.COSO_URL ?? 'http://localhost:5000', changeOrigin: false } },
  },
  plugins: [
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      includeManifestIcons: false,
      manifest: {
        name: 'CoSo – Y tế thôn',
        short_name: 'Y tế thôn',
        description: 'Ứng dụng của nhân viên y tế thôn, dùng được khi không có mạng',
        lang: 'vi',
        id: '/thon/',
        start_url: '/thon/',
        scope: '/thon/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b6e4f',
        background_color: '#ffffff',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
});
