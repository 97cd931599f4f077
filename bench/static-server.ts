// A minimal static file server for the built site (proves `build/` works from any static server)
// plus an extra directory of generated benchmark files under /__bench/.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

function resolveFile(root: string, path: string): string | null {
	const file = normalize(join(root, decodeURIComponent(path)));
	if (!file.startsWith(normalize(root))) return null;
	if (existsSync(file) && statSync(file).isFile()) return file;
	if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
	return null;
}

export function serveStatic(site: string, benchDir: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const path = (request.url ?? '/').split('?')[0]!;
		const file = path.startsWith('/__bench/')
			? resolveFile(benchDir, path.slice('/__bench/'.length))
			: (resolveFile(site, path) ?? resolveFile(site, '/index.html'));
		if (!file) {
			response.writeHead(404).end('not found');
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
