import { z } from 'zod';
import { idParam } from '../common';
import {
  inboxItem,
  notificationResponse,
  notificationsPage,
  notificationsQuery,
  readAllResponse,
} from '../notifications';
import { route } from './route';

/** A unit's notifications, read marks each user's own, and what the unit must do now. */
export const notificationsRoutes = {
  list: route({
    method: 'GET',
    path: '/api/notifications',
    summary:
      "The notifications of the caller's unit, newest first, a page at a time, each with the caller's read mark, and how many are unread",
    query: notificationsQuery,
    errors: ['VALIDATION_FAILED'],
  }).output(notificationsPage),
  read: route({
    method: 'POST',
    path: '/api/notifications/{id}/read',
    summary: "Marks one notification of the caller's unit read, for the caller only",
    params: idParam,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND'],
  }).output(notificationResponse),
  readAll: route({
    method: 'POST',
    path: '/api/notifications/read-all',
    summary: "Marks every notification of the caller's unit read, for the caller only",
    errors: [],
  }).output(readAllResponse),
  inbox: route({
    method: 'GET',
    path: '/api/inbox',
    summary:
      "What the caller's unit must do now, most urgent first: confirm, re-confirm, issue, units below past their deadline (empty for a role that does not write plans)",
    errors: [],
  }).output(z.array(inboxItem)),
};
