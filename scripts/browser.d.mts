/** Path of a usable Chromium executable ($CHROMIUM_PATH, Playwright's bundled one, /usr/bin/chromium), or undefined. */
export declare function resolveChromium(): string | undefined;
