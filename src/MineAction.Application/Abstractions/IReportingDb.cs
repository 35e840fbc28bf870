namespace MineAction.Application.Abstractions;

/// <summary>
/// The database reports, exports, statistics and maps read: the read-only connection (<c>ConnectionStrings:MineActionReadOnly</c>, a hot
/// standby preferred) when one is configured, otherwise the same context as <see cref="IMineActionDb"/>. Every transaction on it is
/// read-only, so a handler that tried to write through it fails on the primary as it would on a standby.
/// </summary>
public interface IReportingDb : IMineActionDb;
