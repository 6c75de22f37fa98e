import type { PageBody } from '../../app/build/html-template';

export async function prerender(): Promise<PageBody> {
  return { lang: 'vi', title: 'Công khai', body: '<main id="main"><h1>Công khai</h1></main>' };
}
