import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run from apps/web (npm run dev|build -w @vested/web); the server serves apps/web/dist.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000' } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
