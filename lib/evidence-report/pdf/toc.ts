// The table of contents with page numbers, in one rendering pass where possible. Section headings
// record the page they land on from their render callback (which the renderer calls while laying
// out pages); the contents lines are render callbacks too, and the renderer calls those once more
// after pagination, when every heading has recorded its page. If a contents line printed a number
// that the final layout does not confirm, the document is rendered again with the numbers now known.

export type TTocEntry = { id: string; title: string; level: 1 | 2 };

export class TocRegistry {
  private readonly pages = new Map<string, number>();
  private readonly printed = new Map<string, number | null>();

  constructor(readonly entries: readonly TTocEntry[]) {}

  /** Called by a heading's render callback; the last call is the page the heading ended up on. */
  recordPage(id: string, pageNumber: number): void {
    this.pages.set(id, pageNumber);
  }

  /** Called by a contents line; remembers what it printed, to check it against the final layout. */
  pageFor(id: string): number | null {
    const page = this.pages.get(id) ?? null;
    this.printed.set(id, page);
    return page;
  }

  /** True when every contents line printed the page its heading was finally laid out on. */
  isSettled(): boolean {
    return this.entries.every((entry) => this.printed.get(entry.id) === (this.pages.get(entry.id) ?? null) && this.pages.has(entry.id));
  }
}
