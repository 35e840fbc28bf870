namespace MineAction.Application.Security;

/// <summary>The user is signed in but may not do this (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
