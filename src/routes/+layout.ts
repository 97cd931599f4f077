// Static single-page app: no server rendering; the shell is prerendered as index.html.
export const ssr = false;
export const prerender = true;
