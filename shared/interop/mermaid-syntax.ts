/**
 * What Mermaid's `journey` grammar (journey.jison, Mermaid 11) lets through, shared by the exporter and
 * the importer so that what one writes the other reads back unchanged.
 *
 * The lexer matches its rules in order at the start of every token and has no word boundaries: a task
 * named "Journey review" is read as the `journey` keyword, "Title page" as a `title` statement. Such a
 * name is written with a zero-width space in front (invisible in the diagram, not whitespace to the
 * lexer), and the importer drops it again.
 */
export const KEYWORD_GUARD = '\u200B';

/** Task names the lexer would take for a keyword (see above); colons are already gone by then. */
export const LOOKS_LIKE_KEYWORD = /^(journey|title\s|section\s|acctitle|accdescr)/i;

/**
 * A task's score when the touchpoint has no emotion yet: 3 is "neutral" on both scales (FORMAT.md), so
 * an unscored moment neither lifts nor sinks Mermaid's faces.
 */
export const NEUTRAL_SCORE = 3;

/** The name given to anything whose text is empty after sanitising: Mermaid needs at least one character. */
export const UNTITLED = 'Untitled';
