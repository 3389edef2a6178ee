import * as migration_20261123_213557_initial from './20261123_213557_initial';
import * as migration_20261123_220342_transition_by_name from './20261123_220342_transition_by_name';
import * as migration_20261123_222744_public_site from './20261123_222744_public_site';
import * as migration_20261123_225647_comments_ratings from './20261123_225647_comments_ratings';
import * as migration_20261124_000829_search_sync from './20261124_000829_search_sync';
import * as migration_20261129_190617_daily_backup from './20261129_190617_daily_backup';
import * as migration_20261129_200117_comment_lookalike_flag from './20261129_200117_comment_lookalike_flag';
import * as migration_20261129_225346_sites from './20261129_225346_sites';
import * as migration_20261129_225613_also_on from './20261129_225613_also_on';
import * as migration_20261129_230417_share_proposals from './20261129_230417_share_proposals';
import * as migration_20261130_020306_documents from './20261130_020306_documents';
import * as migration_20261130_021411_document_file_text from './20261130_021411_document_file_text';
import * as migration_20261130_022032_localization from './20261130_022032_localization';
import * as migration_20261130_023058_pages from './20261130_023058_pages';
import * as migration_20261130_023522_leaders_links from './20261130_023522_leaders_links';
import * as migration_20261130_025823_merge_documents_pages from './20261130_025823_merge_documents_pages';
import * as migration_20261130_052329_consultations_questions from './20261130_052329_consultations_questions';
import * as migration_20261130_091553_visit_stats from './20261130_091553_visit_stats';
import * as migration_20261130_091555_editorial_board from './20261130_091555_editorial_board';
import * as migration_20261130_091558_notifications_notes_assignments from './20261130_091558_notifications_notes_assignments';
import * as migration_20261130_091650_audit_log from './20261130_091650_audit_log';
import * as migration_20261130_091857_article_audio from './20261130_091857_article_audio';
import * as migration_20261130_091920_moderation from './20261130_091920_moderation';
import * as migration_20261130_123338_two_factor from './20261130_123338_two_factor';
import * as migration_20261130_191827_visit_seen from './20261130_191827_visit_seen';

export const migrations = [
  {
    up: migration_20261123_213557_initial.up,
    down: migration_20261123_213557_initial.down,
    name: '20261123_213557_initial',
  },
  {
    up: migration_20261123_220342_transition_by_name.up,
    down: migration_20261123_220342_transition_by_name.down,
    name: '20261123_220342_transition_by_name',
  },
  {
    up: migration_20261123_222744_public_site.up,
    down: migration_20261123_222744_public_site.down,
    name: '20261123_222744_public_site',
  },
  {
    up: migration_20261123_225647_comments_ratings.up,
    down: migration_20261123_225647_comments_ratings.down,
    name: '20261123_225647_comments_ratings',
  },
  {
    up: migration_20261124_000829_search_sync.up,
    down: migration_20261124_000829_search_sync.down,
    name: '20261124_000829_search_sync',
  },
  {
    up: migration_20261129_190617_daily_backup.up,
    down: migration_20261129_190617_daily_backup.down,
    name: '20261129_190617_daily_backup',
  },
  {
    up: migration_20261129_200117_comment_lookalike_flag.up,
    down: migration_20261129_200117_comment_lookalike_flag.down,
    name: '20261129_200117_comment_lookalike_flag',
  },
  {
    up: migration_20261129_225346_sites.up,
    down: migration_20261129_225346_sites.down,
    name: '20261129_225346_sites',
  },
  {
    up: migration_20261129_225613_also_on.up,
    down: migration_20261129_225613_also_on.down,
    name: '20261129_225613_also_on',
  },
  {
    up: migration_20261129_230417_share_proposals.up,
    down: migration_20261129_230417_share_proposals.down,
    name: '20261129_230417_share_proposals',
  },
  {
    up: migration_20261130_020306_documents.up,
    down: migration_20261130_020306_documents.down,
    name: '20261130_020306_documents',
  },
  {
    up: migration_20261130_021411_document_file_text.up,
    down: migration_20261130_021411_document_file_text.down,
    name: '20261130_021411_document_file_text',
  },
  {
    up: migration_20261130_022032_localization.up,
    down: migration_20261130_022032_localization.down,
    name: '20261130_022032_localization',
  },
  {
    up: migration_20261130_023058_pages.up,
    down: migration_20261130_023058_pages.down,
    name: '20261130_023058_pages',
  },
  {
    up: migration_20261130_023522_leaders_links.up,
    down: migration_20261130_023522_leaders_links.down,
    name: '20261130_023522_leaders_links',
  },
  {
    up: migration_20261130_025823_merge_documents_pages.up,
    down: migration_20261130_025823_merge_documents_pages.down,
    name: '20261130_025823_merge_documents_pages',
  },
  {
    up: migration_20261130_052329_consultations_questions.up,
    down: migration_20261130_052329_consultations_questions.down,
    name: '20261130_052329_consultations_questions',
  },
  {
    up: migration_20261130_091553_visit_stats.up,
    down: migration_20261130_091553_visit_stats.down,
    name: '20261130_091553_visit_stats',
  },
  {
    up: migration_20261130_091555_editorial_board.up,
    down: migration_20261130_091555_editorial_board.down,
    name: '20261130_091555_editorial_board',
  },
  {
    up: migration_20261130_091558_notifications_notes_assignments.up,
    down: migration_20261130_091558_notifications_notes_assignments.down,
    name: '20261130_091558_notifications_notes_assignments',
  },
  {
    up: migration_20261130_091650_audit_log.up,
    down: migration_20261130_091650_audit_log.down,
    name: '20261130_091650_audit_log',
  },
  {
    up: migration_20261130_091857_article_audio.up,
    down: migration_20261130_091857_article_audio.down,
    name: '20261130_091857_article_audio',
  },
  {
    up: migration_20261130_091920_moderation.up,
    down: migration_20261130_091920_moderation.down,
    name: '20261130_091920_moderation',
  },
  {
    up: migration_20261130_123338_two_factor.up,
    down: migration_20261130_123338_two_factor.down,
    name: '20261130_123338_two_factor',
  },
  {
    up: migration_20261130_191827_visit_seen.up,
    down: migration_20261130_191827_visit_seen.down,
    name: '20261130_191827_visit_seen'
  },
];
