import { Controller, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { authRoutes as routes } from '@cchc/contracts';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { sessionToken } from './infrastructure/authenticate.middleware.js';
import { DomainError } from '../../common/domain-error.js';
import { currentActor } from '../../common/request-context.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { ChangePasswordCommand } from './commands/change-password/change-password.command.js';
import { LoginCommand } from './commands/login/login.command.js';
import { revokeSession, sessionCookieName } from './infrastructure/sessions.js';
import { findUser, toUserResponse } from './infrastructure/user-rows.js';

@Controller()
export class AuthController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly dataSource: DataSource,
  ) {}

  /** `{accessToken, user}` for scripts (`Authorization: Bearer`), and an httpOnly cookie for the web app. */
  @Route(routes.login)
  async login(
    @Input(routes.login) { body: request }: RouteInput<typeof routes.login>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.commandBus.execute(new LoginCommand(request, req.ip ?? 'unknown'));
    res.cookie(sessionCookieName(req.secure), result.accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      expires: new Date(result.expiresAt),
    });
    return result;
  }

  @Route(routes.logout)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = sessionToken(req);
    if (token) await revokeSession(this.dataSource, token);
    res.clearCookie(sessionCookieName(req.secure), { path: '/', secure: req.secure });
  }

  /** The signed-in user's own password; its other sessions end. */
  @Route(routes.changePassword)
  async changePassword(
    @Input(routes.changePassword) { body: request }: RouteInput<typeof routes.changePassword>,
    @Req() req: Request,
  ) {
    const token = sessionToken(req);
    if (!token || !currentActor()) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    await this.commandBus.execute(new ChangePasswordCommand(request, token, req.ip ?? 'unknown'));
  }

  /** Who the session belongs to, with its unit. */
  @Route(routes.me)
  async me() {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    return toUserResponse(await findUser(this.dataSource.manager, actor.id));
  }
}
