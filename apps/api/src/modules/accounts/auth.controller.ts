import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type LoginResponse, type UserResponse, changePasswordRequest, loginRequest } from '@cchc/contracts';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { Public } from '../../common/access/access.decorators.js';
import { sessionToken } from './infrastructure/authenticate.middleware.js';
import { DomainError } from '../../common/domain-error.js';
import { currentActor } from '../../common/request-context.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { ChangePasswordCommand } from './commands/change-password/change-password.command.js';
import { LoginCommand } from './commands/login/login.command.js';
import { revokeSession, sessionCookieName } from './infrastructure/sessions.js';
import { findUser, toUserResponse } from './infrastructure/user-rows.js';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly dataSource: DataSource,
  ) {}

  /** `{accessToken, user}` for scripts (`Authorization: Bearer`), and an httpOnly cookie for the web app. */
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body(new ZodValidationPipe(loginRequest)) request: z.infer<typeof loginRequest>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
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

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = sessionToken(req);
    if (token) await revokeSession(this.dataSource, token);
    res.clearCookie(sessionCookieName(req.secure), { path: '/', secure: req.secure });
  }

  /** The signed-in user's own password; its other sessions end. */
  @Post('password')
  @HttpCode(204)
  async changePassword(
    @Body(new ZodValidationPipe(changePasswordRequest)) request: z.infer<typeof changePasswordRequest>,
    @Req() req: Request,
  ): Promise<void> {
    const token = sessionToken(req);
    if (!token || !currentActor()) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    await this.commandBus.execute(new ChangePasswordCommand(request, token, req.ip ?? 'unknown'));
  }

  /** Who the session belongs to, with its unit. */
  @Get('me')
  async me(): Promise<UserResponse> {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    return toUserResponse(await findUser(this.dataSource.manager, actor.id));
  }
}
