// Static badge images named by milestones' `badge_image_url` (/assets/badges/<name>.png).
import type { FastifyInstance } from 'fastify';
import { readFile } from 'node:fs/promises';
import { sendError } from './errors.js';

const badgeDir = new URL('../../assets/badges/', import.meta.url);
const cache = new Map<string, Buffer>();

/** Serves GET /assets/badges/<name>.png as image/png; unknown or odd names are a 404 in the error shape. */
export function registerAssets(app: FastifyInstance): void {
  app.get<{ Params: { file: string } }>('/assets/badges/:file', async (req, reply) => {
    const { file } = req.params;
    if (!/^[a-z0-9_-]{1,64}\.png$/.test(file))
      return sendError(reply, 404, 'NOT_FOUND', `badge '${file}' was not found`);
    let png = cache.get(file);
    if (!png) {
      try {
        png = await readFile(new URL(file, badgeDir));
      } catch {
        return sendError(reply, 404, 'NOT_FOUND', `badge '${file}' was not found`);
      }
      cache.set(file, png);
    }
    return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
  });
}
