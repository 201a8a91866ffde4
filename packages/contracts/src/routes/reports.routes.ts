import { type ErrorCode, idParam } from '../common';
import { XLSX_MEDIA_TYPE, fileBytes } from '../documents';
import {
  calendarResponse,
  putCalendarRequest,
  reopenReportRequest,
  reportParams,
  reportResponse,
  rollupQuery,
  rollupResponse,
  saveReportRequest,
} from '../reports';
import { route } from './route';

const READ: readonly ErrorCode[] = ['VALIDATION_FAILED', 'NOT_FOUND'];
/** A report write: the access guard, the plan's lock and its retries. */
const REPORT_WRITE: readonly ErrorCode[] = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONCURRENT_WRITE',
  'PLAN_NOT_ISSUED',
  'PERIOD_NOT_OPEN',
  'PERIOD_LOCKED',
  'REPORT_SUBMITTED',
];

/** The year after issuing: the reporting calendar, each unit's reports, and their roll-up up the tree. */
export const reportsRoutes = {
  calendar: route({
    method: 'GET',
    path: '/api/plans/{id}/calendar',
    summary:
      "The plan's reporting periods {key, label, from, to, dueOn}: those it inherits from the plans above, then its own; seed 000's four by default",
    params: idParam,
    errors: READ,
  }).output(calendarResponse),
  putCalendar: route({
    method: 'PUT',
    path: '/api/plans/{id}/calendar',
    summary:
      "Replace the plan's own reporting periods (and lockDays), while it is a draft or being amended; a derived plan adds its own to those it inherits",
    params: idParam,
    body: putCalendarRequest,
    errors: [
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'FORBIDDEN',
      'STALE_VERSION',
      'CONCURRENT_WRITE',
      'PLAN_ISSUED',
      'PLAN_STATUS_CONFLICT',
    ],
  }).output(calendarResponse),
  report: route({
    method: 'GET',
    path: '/api/plans/{id}/reports/{period}',
    summary:
      "The unit's progress report for a period: every target and task of its plan, with what it reported so far",
    params: reportParams,
    errors: [...READ, 'FORBIDDEN'],
  }).output(reportResponse),
  saveReport: route({
    method: 'PUT',
    path: '/api/plans/{id}/reports/{period}',
    summary:
      'Save the report as a draft (any part may be left out); only the unit’s own officers, while the period is open',
    params: reportParams,
    body: saveReportRequest,
    errors: REPORT_WRITE,
  }).output(reportResponse),
  submitReport: route({
    method: 'POST',
    path: '/api/plans/{id}/reports/{period}/submit',
    summary: 'Submit the report to the level above; after the morning of its due day it is marked late',
    params: reportParams,
    errors: REPORT_WRITE,
  }).output(reportResponse),
  reopenReport: route({
    method: 'POST',
    path: '/api/plans/{id}/reports/{period}/reopen',
    summary:
      "Reopen a unit's submitted or locked report for a stated reason (an officer of the unit above): it can be saved and submitted once more",
    params: reportParams,
    body: reopenReportRequest,
    errors: [
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'FORBIDDEN',
      'CONCURRENT_WRITE',
      'PLAN_NOT_ISSUED',
      'REPORT_NOT_SUBMITTED',
    ],
  }).output(reportResponse),
  rollup: route({
    method: 'GET',
    path: '/api/plans/{id}/rollup',
    summary:
      "The period's reports of the plan's whole subtree rolled up: per target, units that meet it, miss it, have not reported, and the spread; per child unit, its report's status and targets met and missed below it",
    params: idParam,
    query: rollupQuery,
    // It lists the plans below: like the children list, only the plan's unit and those above (403 for a unit below).
    errors: [...READ, 'FORBIDDEN'],
  }).output(rollupResponse),
  rollupXlsx: route({
    method: 'GET',
    path: '/api/plans/{id}/rollup.xlsx',
    summary: 'The same roll-up as an Excel workbook: a sheet of targets, a sheet of units',
    params: idParam,
    query: rollupQuery,
    responseType: XLSX_MEDIA_TYPE,
    errors: [...READ, 'FORBIDDEN'],
  }).output(fileBytes),
};
