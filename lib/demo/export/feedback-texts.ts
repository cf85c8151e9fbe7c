/*
 * Texts of learner comments. Besides ordinary reviews, a set of deliberately awkward texts exercises every corner
 * of the export's CSV dialect and of the dashboards that display comments: delimiters, quotes, backslashes (one at
 * the very end of a field, where a naive writer produces `\"` and swallows the closing quote), raw LF and CRLF,
 * astral-plane emoji with ZWJ sequences, markup and script tags (must be shown as text, never rendered), and
 * spreadsheet formula prefixes (`=`, `+`, `-`, `@`) that must be neutralised when comments are exported to a sheet.
 */
import type { TRandom } from './create-random';

export const TRICKY_COMMENTS: readonly string[] = [
  'Great course, but the "SQL JOINs" quiz was confusing, honestly.',
  'The path in lab 3 should be C:\\Users\\student\\data, not /home/project.',
  'The regex in the reading ends with a stray backslash \\',
  'Pros:\n- clear videos\n- good labs\n\nCons:\n- the final exam covers topics the videos skip',
  'First line\r\nsecond line after a Windows line break',
  'Loved it 😀👍🏽 10/10 👩‍💻 would recommend 🚀',
  '<b>Very</b> helpful, especially the <i>Jupyter</i> notebooks &amp; labs',
  '<script>alert("xss")</script> just kidding, nice course',
  '=SUM(A1) is what I typed in the Excel lab and it worked!',
  '+1 for the instructor, very clear',
  '-2 stars because the labs time out',
  '@x thanks for the tips in the discussion forum',
  'Typing print(\\"hello\\") in the notebook gave a SyntaxError',
  'Muy buen curso, ¡gracias! / 非常好的课程 / отличный курс',
  'Column A\tand column B were swapped in the CSV lab',
  '"Excellent", "clear", "practical": three words, one course.',
];

const POSITIVE = [
  'Great introduction, the labs were really helpful.',
  'Clear explanations and good pacing. I learned a lot!',
  'Excellent course, well structured; the hands-on labs made the difference.',
  "Very practical. I'm already using what I learned at work.",
  "Loved the instructor's examples and the cheat sheets.",
  'Short videos, useful readings, fair quizzes.',
  'Perfect for beginners who want to switch careers.',
];

const NEUTRAL = [
  'Good content but some videos are outdated, the UI changed since recording.',
  'OK overall; the quizzes test details that the videos barely mention.',
  'Decent, although the workload is higher than the estimated hours.',
  'Useful, but I had to search the forums a lot to finish the labs.',
];

const NEGATIVE = [
  'Too much marketing for IBM Cloud, too little depth.',
  'The lab environment kept crashing and I lost my work twice.',
  "Peer grading was unfair; reviewers didn't read the instructions.",
  'Way more than the stated hours. The final project alone took me a week.',
];

const FLAG_TEXTS: Record<string, readonly string[]> = {
  video: ['The video freezes at 3:15.', 'Audio is very quiet <b>throughout</b>.', 'Video does not load on mobile.'],
  subtitles: ['Subtitles are out of sync after minute 2.', 'The Spanish subtitles translate "query" as "pregunta".'],
  typo: ["Typo: 'datframe' should be 'dataframe'.", 'Slide 4 says "teh" instead of "the".'],
  content: [
    'The code cell prints "None" instead of the table; see C:\\labs\\lab2.ipynb',
    'The lab link returns a 404.',
    'This reading refers to a menu that no longer exists.',
    'Instructions, step 3: the command needs sudo, otherwise "permission denied".',
  ],
  assessment: ['Question 4 has two correct answers.', 'The grader rejects 0.5 but accepts .5'],
  other: ['Please add a downloadable transcript.', '=HYPERLINK("http://example.com") shows up as text in the notes'],
};

export const FLAG_CATEGORIES = ['content', 'typo', 'video', 'subtitles', 'assessment', 'other'] as const;

/** A review or NPS reason matching the rating's sentiment; now and then one of the awkward texts. */
export function pickCommentText(random: TRandom, sentiment: 'positive' | 'neutral' | 'negative'): string {
  if (random.drawChance(0.06)) return TRICKY_COMMENTS[random.drawInt(TRICKY_COMMENTS.length)] as string;
  const pool = sentiment === 'positive' ? POSITIVE : sentiment === 'neutral' ? NEUTRAL : NEGATIVE;
  return pool[random.drawInt(pool.length)] as string;
}

export function pickFlagText(random: TRandom, category: string): string {
  const pool = FLAG_TEXTS[category] ?? FLAG_TEXTS.other ?? [];
  return (pool[random.drawInt(pool.length)] as string | undefined) ?? 'Something is wrong here.';
}
