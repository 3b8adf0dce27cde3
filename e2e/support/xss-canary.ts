import type { BrowserContext, Page } from '@playwright/test';

/** What would show that untrusted content ran: canary calls, dialogs, windows, script errors. */
export interface XssCanary {
  fired: string[];
}

/**
 * Installs `__xss(id)` in every frame of every page of the context (payloads call it if they
 * ever run) and records any alert/confirm/prompt, any new window, and any script error that
 * names the canary (a payload that ran where the canary was missing).
 */
export async function installXssCanary(context: BrowserContext): Promise<XssCanary> {
  const canary: XssCanary = { fired: [] };
  await context.addInitScript({
    content: "window.__xss = (id) => console.log('XSS-CANARY ' + id);",
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.text().startsWith('XSS-CANARY')) canary.fired.push(message.text());
    });
    page.on('dialog', (dialog) => {
      canary.fired.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => {
      if (error.message.includes('__xss')) canary.fired.push(`error: ${error.message}`);
    });
    page.on('popup', (popup) => canary.fired.push(`popup: ${popup.url()}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return canary;
}

/** Elements and attributes through which markup runs script: none may come from content. */
export const RUNNABLE_MARKUP =
  '[onerror],[onload],[onmouseover],[onfocus],[ontoggle],[onbegin],[onstart],[onclick],' +
  'a[href^="javascript" i],iframe[src^="javascript" i],iframe[srcdoc],embed,object,' +
  'meta[http-equiv="refresh" i],base,svg script,form[action^="javascript" i]';
