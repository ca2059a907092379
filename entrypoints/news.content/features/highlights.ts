import { STATUS_LABEL } from '../../../components/format';
import { t } from '../../../utils/i18n/messages';
import type { StatusPainter } from '../../../utils/highlight';
import type { Annotated } from '../annotate-page';
import type { PageState, Shown } from '../page-state';

/** A figure as the keyboard, the hover tip and screen readers name it. */
function describe(a: Annotated): string {
  const who = a.match.claimant?.name ?? a.claim.speaker;
  const status = STATUS_LABEL[a.match.status].toLowerCase();
  return who
    ? t('page.tip', { figure: a.claim.text, who, status })
    : t('page.tipUnattributed', { figure: a.claim.text, status });
}

/**
 * A painted figure whose words are made when first asked for (the keyboard, the hover tip): made
 * for every figure at once, a long page's thousands of them cost a long task on each repaint.
 */
function shownOf(a: Annotated): Shown {
  let label: string | undefined;
  return {
    ...a,
    get label() {
      return (label ??= describe(a));
    },
  };
}

/**
 * Paints the figures of the last pass by status, as the display settings and
 * the hide switch allow, after every pass and every change of what to show.
 */
export function highlightsFeature(page: PageState, painter: StatusPainter): void {
  let subtle = page.display.style === 'subtle';

  const repaint = () => {
    const { pass, display } = page;
    const visible =
      page.enabled && !page.hidden && pass ? pass.annotated.filter((a) => display.show[a.match.status]) : [];
    page.shown = visible.map(shownOf);
    if (subtle !== (display.style === 'subtle')) painter.setSubtle((subtle = !subtle));
    painter.paint(page.shown.map((a) => ({ range: a.range, status: a.match.status })));
    page.emit('painted');
  };

  page.on('pass', repaint);
  page.on('style', repaint);
  page.signal.addEventListener('abort', () => painter.clear(), { once: true });
}
