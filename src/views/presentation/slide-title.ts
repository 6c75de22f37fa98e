import type { DeckSlide } from '../../domain/deck/plan-deck';
import type { Locale } from '../../i18n/locale';
import type { Messages } from '../../i18n/vi';

/** The heading of a slide, also its name in the overview and in the screen-reader announcement. */
export function slideTitle(slide: DeckSlide, year: number, t: Messages, locale: Locale): string {
  const p = t.presentation;
  switch (slide.kind) {
    case 'title':
      return p.conference(year);
    case 'glance':
      return p.glanceTitle(year);
    case 'group': {
      const name = slide.group.name[locale];
      return slide.parts > 1 ? p.groupPart(name, slide.part, slide.parts) : name;
    }
    case 'behind':
      return slide.parts > 1 ? p.behindPart(slide.part, slide.parts) : p.behindTitle;
    case 'best':
      return p.bestTitle;
    case 'years':
      return p.yearsTitle(year);
    case 'awardsByTitle':
      return p.awardsByTitle(year);
    case 'awardsByCluster':
      return p.awardsByCluster(year);
    case 'closing':
      return p.thanks;
  }
}
