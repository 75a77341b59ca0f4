import type { Rule } from '../types';
/**
 * `is-output-migration`: in the signature era the entry's signature carries
 * the direction and `TensorSpec` takes no `is_output`. Every `is_output=`
 * keyword left is stale; fix deletes it once the linked param has (after
 * this run's direction fixes) at least the direction it asks for, or when
 * it is False. A keyword that is not linked or cannot be decided stays and
 * is reported with the reason: it is the last record of an output.
 */
export declare const isOutputMigrationRule: Rule;
