// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  // Articles are rendered by the content loader (src/site/render.ts); any other
  // Markdown goes through remark/rehype too, sanitised.
  markdown: { processor: unified({ rehypePlugins: [rehypeSanitize], smartypants: false }) },
  integrations: [pagefind()],
});
