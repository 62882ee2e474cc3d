import type { Mention } from '../taxonomy/matcher.js';

/** What may stand between two names of one list: a comma, "and", "or", a slash, "and/or". */
const LINK = /^\s*(?:,|\/|&|\band\/or\b|\bor\b|\band\b|,\s*(?:and\/or|or|and)\b)\s*$/i;
/** "Airflow or a similar scheduler (Dagster, Prefect)", "Django or a framework close to it, such as Flask". */
const OR_SIMILAR =
  /^\s*,?\s*or\s+(?:a|an|any|another|other|some)\b[^.;:]{0,48}?(?:\(|such\s+as|like|e\.g\.,?|i\.e\.,?)\s*$/i;
const AND = /\band\b(?!\/)|&/i;
const OR = /\bor\b|\//i;

/**
 * Which tools of a sentence the posting accepts instead of one another: "Kafka or NATS", "AWS/GCP", "Terraform,
 * Pulumi, or CloudFormation", "Airflow or a similar scheduler (Dagster, Prefect)". Names joined only by list
 * punctuation form a run; "and" splits a run ("Bash and Python or Go" asks for Bash, and for Python or Go), and a
 * part joined by an "or" or a slash is one set of alternatives. Returns, for each mention, the index of its group
 * within the sentence (0, 1, ...), or undefined.
 */
export function alternativeGroups(sentence: string, mentions: readonly Mention[]): (number | undefined)[] {
  const groups: (number | undefined)[] = mentions.map(() => undefined);
  let next = 0;
  let first = 0;
  let or = false;
  const close = (last: number) => {
    if (last > first && or) {
      for (let k = first; k <= last; k++) groups[k] = next;
      next++;
    }
  };
  for (let i = 0; i + 1 <= mentions.length; i++) {
    const following = mentions[i + 1];
    const gap = following ? sentence.slice((mentions[i] as Mention).end, following.start) : undefined;
    if (gap !== undefined && OR_SIMILAR.test(gap)) {
      or = true;
      continue;
    }
    if (gap !== undefined && LINK.test(gap) && !AND.test(gap)) {
      if (OR.test(gap)) or = true;
      continue;
    }
    close(i);
    first = i + 1;
    or = false;
  }
  return groups;
}
